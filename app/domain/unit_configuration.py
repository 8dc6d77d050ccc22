"""A treatment unit's configuration and the rules checklist runs take from it (issue 11 §3).

A linac is tested per beam: each photon and electron energy it delivers (6 MV, 6 MV FFF,
9 MeV …) has its own reference output and its own constancy results. Items marked per
beam take one value per beam of the unit, each judged on its own; the item's verdict
is the worst of its beams, so one failing energy fails the item for clinical release.

Items judged "from baseline" take the measured value and compute the difference from
the unit's stored baseline for that item and beam themselves — as a percent of the
baseline, or in the item's unit — so nobody subtracts by hand.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from app.domain.enums import LabelledEnum, Verdict
from app.domain.i18n import QT_TRANSLATE_NOOP


class TreatmentClass(LabelledEnum):
    """The machine classes of TG-142 (their ids are the templates' machine classes)."""

    NON_IMRT = "non_imrt"
    IMRT = "imrt"
    SRS_SBRT = "srs_sbrt"

    @property
    def label(self) -> str:
        return _CLASS_LABELS[self]


_CLASS_LABELS = {
    TreatmentClass.NON_IMRT: QT_TRANSLATE_NOOP("Enum", "Non-IMRT"),
    TreatmentClass.IMRT: QT_TRANSLATE_NOOP("Enum", "IMRT"),
    TreatmentClass.SRS_SBRT: QT_TRANSLATE_NOOP("Enum", "SRS/SBRT"),
}


class Particle(LabelledEnum):
    PHOTON = "photon"
    ELECTRON = "electron"

    @property
    def label(self) -> str:
        return _PARTICLE_LABELS[self]

    @property
    def energy_unit(self) -> str:
        return "MV" if self is Particle.PHOTON else "MeV"


_PARTICLE_LABELS = {
    Particle.PHOTON: QT_TRANSLATE_NOOP("Enum", "Photon"),
    Particle.ELECTRON: QT_TRANSLATE_NOOP("Enum", "Electron"),
}


class BeamScope(StrEnum):
    """Which beams of the unit a per-beam item is measured on."""

    ALL = "all"
    PHOTON = "photon"
    ELECTRON = "electron"

    def admits(self, particle: Particle) -> bool:
        return self is BeamScope.ALL or self.value == particle.value


class BaselineDifference(StrEnum):
    ABSOLUTE = "absolute"  # measured − baseline, in the item's unit
    PERCENT = "percent"  # (measured − baseline) / baseline × 100


def beam_label(particle: Particle, energy: float, fff: bool) -> str:
    """ "6 MV", "6 MV FFF", "9 MeV": how physicists name a beam, in any language."""
    number = f"{energy:g}"
    return f"{number} {particle.energy_unit}" + (" FFF" if fff else "")


def difference(measured: Decimal, baseline: Decimal, how: BaselineDifference) -> Decimal:
    """The measured value's difference from its baseline, rounded to what a report shows."""
    if how is BaselineDifference.ABSOLUTE:
        return measured - baseline
    if baseline == 0:
        raise ZeroDivisionError("a percent difference needs a baseline other than 0")
    return ((measured - baseline) / baseline * 100).quantize(Decimal("0.01"))


def item_verdict(beam_verdicts: list[Verdict]) -> Verdict:
    """A per-beam item's verdict: a FAIL on any beam fails it; otherwise it waits for
    every beam, then takes the worst (warning over pass; n/a only when all are n/a)."""
    if not beam_verdicts:
        return Verdict.PENDING
    if Verdict.FAIL in beam_verdicts:
        return Verdict.FAIL
    if Verdict.PENDING in beam_verdicts:
        return Verdict.PENDING
    if Verdict.WARNING in beam_verdicts:
        return Verdict.WARNING
    if all(v is Verdict.NOT_APPLICABLE for v in beam_verdicts):
        return Verdict.NOT_APPLICABLE
    return Verdict.PASS


class BaselineOccasion(LabelledEnum):
    """When a baseline was set: TG-142 baselines come from acceptance, or are reset
    after a recalibration of the beam."""

    ACCEPTANCE = "acceptance"
    RECALIBRATION = "recalibration"

    @property
    def label(self) -> str:
        return _OCCASION_LABELS[self]


_OCCASION_LABELS = {
    BaselineOccasion.ACCEPTANCE: QT_TRANSLATE_NOOP("Enum", "Acceptance"),
    BaselineOccasion.RECALIBRATION: QT_TRANSLATE_NOOP("Enum", "Recalibration"),
}


@dataclass(frozen=True)
class Beam:
    """One beam of a unit as the rules see it."""

    id: str
    particle: Particle
    energy: float
    fff: bool
    reference_output: float | None  # cGy/MU at reference conditions

    @property
    def label(self) -> str:
        return beam_label(self.particle, self.energy, self.fff)
