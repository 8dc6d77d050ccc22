"""Which kind of linac a model is, and which units a template's `fits` admits."""

from __future__ import annotations

import pytest

from app.domain.checklists import Fit, MachineKind, Unit, machine_kind
from app.domain.enums import Modality

K = MachineKind


@pytest.mark.parametrize(
    ("maker", "model", "kind"),
    [
        ("Varian", "TrueBeam", K.GANTRY_LINAC),
        ("Varian", "Halcyon", K.GANTRY_LINAC),  # a ring gantry, but tested per TG-142
        ("Elekta", "Versa HD", K.GANTRY_LINAC),
        ("Accuray", "TomoTherapy Radixact", K.HELICAL_TOMOTHERAPY),
        ("Accuray", "Radixact X9", K.HELICAL_TOMOTHERAPY),
        ("TomoTherapy", "Hi·Art", K.HELICAL_TOMOTHERAPY),
        ("Accuray", "Tomo HDA", K.HELICAL_TOMOTHERAPY),
        ("Accuray", "CyberKnife S7", K.ROBOTIC_RADIOSURGERY),
        ("Accuray", "Cyber Knife M6", K.ROBOTIC_RADIOSURGERY),
    ],
)
def test_the_kind_of_a_linac_comes_from_its_name(maker: str, model: str, kind: K) -> None:
    assert machine_kind(Modality.LINAC, maker, model) is kind


def test_other_modalities_have_no_linac_kind() -> None:
    assert machine_kind(Modality.CT_SIMULATOR, "Accuray", "TomoTherapy") is None


def test_a_fit_by_kind_and_by_model_name() -> None:
    radixact = Unit(Modality.LINAC, "Accuray", "TomoTherapy Radixact")
    hi_art = Unit(Modality.LINAC, "TomoTherapy", "Hi·Art")
    truebeam = Unit(Modality.LINAC, "Varian", "TrueBeam")
    assert Fit().admits(truebeam) and Fit().admits(radixact)
    tomo = Fit(kinds=(K.HELICAL_TOMOTHERAPY,))
    assert tomo.admits(radixact) and tomo.admits(hi_art) and not tomo.admits(truebeam)
    only_radixact = Fit(kinds=(K.HELICAL_TOMOTHERAPY,), models=("RADIXACT",))
    assert only_radixact.admits(radixact) and not only_radixact.admits(hi_art)
