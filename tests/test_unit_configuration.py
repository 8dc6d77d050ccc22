"""Issue 11 §3: the unit's configuration, per-beam items, baselines, class from the unit."""

from __future__ import annotations

from datetime import date

import pytest

from app.domain.enums import Verdict
from app.domain.records import ValidationError
from app.domain.unit_configuration import BaselineOccasion, Particle, TreatmentClass
from app.services.checklists import beam_values
from app.services.checklists import checklist_runs as runs
from app.services.registry import unit_configuration as config
from app.services.registry.unit_configuration import BeamDraft
from app.services.store import Store
from tests import factories

ANNUAL = "linac_qa_annual_tg142"
BEAMS = [
    BeamDraft(Particle.PHOTON, 6, reference_output=1.0),
    BeamDraft(Particle.PHOTON, 10, reference_output=1.0),
    BeamDraft(Particle.PHOTON, 6, fff=True, reference_output=1.0),
    BeamDraft(Particle.ELECTRON, 9, reference_output=1.0),
]


def configured_unit(store: Store, treatment_class: str = "imrt") -> tuple[str, str]:
    """A TrueBeam with four beams and a class; returns (unit id, work order id)."""
    _, _, unit_id = factories.hospital_with_unit(store)
    config.save_configuration(store, unit_id, treatment_class, ["RapidArc", "OBI"], BEAMS)
    return unit_id, factories.work_order(store, unit_id).id


def beam_ids(store: Store, unit_id: str) -> dict[str, str]:
    return {b.label: b.id for b in config.load_configuration(store, unit_id).beams}


def test_configuration_saves_class_options_and_beams(store: Store) -> None:
    unit_id, _ = configured_unit(store)
    loaded = config.load_configuration(store, unit_id)
    assert loaded.treatment_class is TreatmentClass.IMRT
    assert loaded.options == ("RapidArc", "OBI")
    assert [b.label for b in loaded.beams] == ["6 MV", "10 MV", "6 MV FFF", "9 MeV"]
    kept = [BeamDraft(b.particle, b.energy, b.fff, 1.01, b.id) for b in loaded.beams[:2]]
    config.save_configuration(store, unit_id, "srs_sbrt", [], kept)
    again = config.load_configuration(store, unit_id)
    assert [(b.label, b.reference_output) for b in again.beams] == [
        ("6 MV", 1.01),
        ("10 MV", 1.01),
    ]
    assert again.beams[0].id == loaded.beams[0].id  # edited in place, not replaced


def test_configuration_refuses_bad_beams(store: Store) -> None:
    _, _, unit_id = factories.hospital_with_unit(store)
    bad = [
        BeamDraft(Particle.PHOTON, 0),
        BeamDraft(Particle.ELECTRON, 9, fff=True),
        BeamDraft(Particle.PHOTON, 6, reference_output=-1),
        BeamDraft(Particle.PHOTON, 6),
    ]
    with pytest.raises(ValidationError) as error:
        config.save_configuration(store, unit_id, "imrt", [], bad)
    messages = {e.message for e in error.value.errors}
    assert messages == {
        config.BAD_ENERGY,
        config.ELECTRON_FFF,
        config.BAD_OUTPUT,
        config.DUPLICATE_BEAM,
    }
    assert config.load_configuration(store, unit_id).beams == ()


def test_record_version_keeps_a_dated_history(store: Store) -> None:
    unit_id, order_id = configured_unit(store)
    config.record_version(store, unit_id, "TrueBeam console", "2.7 MR3", date(2024, 3, 1))
    config.record_version(
        store, unit_id, "TrueBeam console", "4.1", date(2026, 11, 20), work_order_id=order_id
    )
    config.record_version(store, unit_id, "MLC firmware", "B.07", date(2025, 6, 2))
    loaded = config.load_configuration(store, unit_id)
    assert [(v.component, v.version, v.installed_on) for v in loaded.versions] == [
        ("TrueBeam console", "4.1", date(2026, 11, 20)),
        ("MLC firmware", "B.07", date(2025, 6, 2)),
        ("TrueBeam console", "2.7 MR3", date(2024, 3, 1)),
    ]
    assert loaded.versions[0].work_order_number.startswith("WO-")
    assert loaded.versions[0].recorded_by == "tester"
    assert loaded.current_versions() == {"TrueBeam console": "4.1", "MLC firmware": "B.07"}
    with pytest.raises(ValidationError):
        config.record_version(store, unit_id, " ", "1", date(2026, 1, 1))


def test_the_run_takes_the_class_of_its_unit(store: Store) -> None:
    unit_id, order_id = configured_unit(store, "srs_sbrt")
    run_id = runs.start_run(store, order_id, ANNUAL)
    view = runs.load_run(store, run_id)
    assert (view.machine_class, view.class_override_reason) == ("srs_sbrt", "")
    with pytest.raises(ValidationError) as error:
        runs.start_run(store, order_id, ANNUAL, "imrt")
    assert error.value.errors[0].message == runs.CLASS_OVERRIDE_REASON
    other = runs.start_run(
        store, order_id, ANNUAL, "imrt", class_override_reason="Physicist: IMRT only here"
    )
    view = runs.load_run(store, other)
    assert (view.machine_class, view.class_override_reason) == (
        "imrt",
        "Physicist: IMRT only here",
    )


def test_per_beam_values_are_judged_each_and_a_fail_fails_the_item(store: Store) -> None:
    unit_id, order_id = configured_unit(store)
    run_id = runs.start_run(store, order_id, ANNUAL)
    beams = beam_ids(store, unit_id)
    item = runs.load_run(store, run_id).item("output_calibration")
    assert item is not None
    assert [b.beam_label for b in item.beams] == ["6 MV", "10 MV", "6 MV FFF", "9 MeV"]
    result = beam_values.record_beam_value(
        store, run_id, "output_calibration", beams["6 MV"], "1.004"
    )
    assert result.verdict is Verdict.PENDING  # three beams to go
    for label in ("10 MV", "9 MeV"):
        beam_values.record_beam_value(store, run_id, "output_calibration", beams[label], "0.998")
    result = beam_values.record_beam_value(
        store, run_id, "output_calibration", beams["6 MV FFF"], "1.02"
    )
    assert result.verdict is Verdict.FAIL
    item = runs.load_run(store, run_id).item("output_calibration")
    assert item is not None and item.verdict is Verdict.FAIL
    assert [b.verdict for b in item.beams] == [Verdict.PASS] * 2 + [Verdict.FAIL, Verdict.PASS]
    beam_values.record_beam_value(store, run_id, "output_calibration", beams["6 MV FFF"], "1.009")
    item = runs.load_run(store, run_id).item("output_calibration")
    assert item is not None and item.verdict is Verdict.PASS
    with pytest.raises(runs.ValueRefused) as refused:
        runs.record_value(store, run_id, "output_calibration", "1.0")
    assert refused.value.reason == runs.PER_BEAM


def test_from_baseline_items_compute_the_difference(store: Store) -> None:
    unit_id, order_id = configured_unit(store)
    run_id = runs.start_run(store, order_id, ANNUAL)
    beams = beam_ids(store, unit_id)
    with pytest.raises(runs.ValueRefused) as refused:
        beam_values.record_beam_value(store, run_id, "xray_beam_quality", beams["6 MV"], "66.9")
    assert refused.value.reason == beam_values.NO_BASELINE and refused.value.reason_args == (
        "6 MV",
    )
    beam_values.set_baseline(
        store, run_id, "xray_beam_quality", beams["6 MV"], "66.5", BaselineOccasion.ACCEPTANCE
    )
    beam_values.record_beam_value(store, run_id, "xray_beam_quality", beams["6 MV"], "67.3")
    item = runs.load_run(store, run_id).item("xray_beam_quality")
    assert item is not None
    six = item.beams[0]
    assert (six.number, six.baseline, six.difference) == (67.3, 66.5, 1.2)
    assert six.verdict is Verdict.FAIL  # 1.2 % beyond the 1 % tolerance
    assert six.current_baseline is not None and six.current_baseline.set_by == "tester"
    # Electron R50: an absolute difference in mm.
    beam_values.set_baseline(
        store,
        run_id,
        "electron_beam_quality",
        beams["9 MeV"],
        "37.8 mm",
        BaselineOccasion.RECALIBRATION,
    )
    beam_values.record_beam_value(store, run_id, "electron_beam_quality", beams["9 MeV"], "37.4")
    electron = runs.load_run(store, run_id).item("electron_beam_quality")
    assert electron is not None and [b.beam_label for b in electron.beams] == ["9 MeV"]
    assert electron.beams[0].difference == pytest.approx(-0.4)
    assert electron.verdict is Verdict.PASS
    # A later baseline leaves the stored comparison as it was.
    beam_values.set_baseline(
        store, run_id, "xray_beam_quality", beams["6 MV"], "67.0", BaselineOccasion.RECALIBRATION
    )
    item = runs.load_run(store, run_id).item("xray_beam_quality")
    assert item is not None and item.beams[0].baseline == 66.5
    assert item.beams[0].current_baseline is not None
    assert item.beams[0].current_baseline.value == 67.0


def test_the_units_history_holds_its_configuration_changes(store: Store) -> None:
    unit_id, _ = configured_unit(store)
    config.record_version(store, unit_id, "MLC firmware", "B.07", date(2025, 6, 2))
    loaded = config.load_configuration(store, unit_id)
    six = loaded.beams[0]
    kept = [BeamDraft(b.particle, b.energy, b.fff, b.reference_output, b.id) for b in loaded.beams]
    kept[0] = BeamDraft(six.particle, six.energy, six.fff, 1.004, six.id)
    config.save_configuration(store, unit_id, "imrt", ["RapidArc", "OBI"], kept)
    rows = config.unit_history(store, unit_id)
    fields = {(row.field, row.new_value) for row in rows}
    assert ("6 MV · reference_output", "1.004") in fields
    assert ("MLC firmware · version", "B.07") in fields
    assert ("treatment_class", "imrt") in fields
    assert [row.seq for row in rows] == sorted((row.seq for row in rows), reverse=True)


def test_signed_content_covers_beam_values_and_keeps_older_hashes(store: Store) -> None:
    """Per-beam values are part of what a signature covers; a run without them, and
    without a class override, hashes as runs signed before this feature did."""
    from app.services.signing import record_lock

    unit_id, order_id = configured_unit(store)
    runs.start_run(store, order_id, "linac_qa_monthly_tg142")
    _, other_order = configured_unit(store)
    run_id = runs.start_run(store, other_order, ANNUAL)
    beam = beam_ids(store, unit_id)  # a beam of another unit is refused
    with pytest.raises(runs.ValueRefused):
        beam_values.record_beam_value(store, run_id, "output_calibration", beam["6 MV"], "1")
    with store.reading() as session:
        plain = record_lock.canonical_content(session, order_id)
    assert "checklist_beam_value" not in plain
    assert "class_override_reason" not in plain["checklist_run"][0]
    other_unit = runs.load_run(store, run_id).item("output_calibration")
    assert other_unit is not None
    beam_values.record_beam_value(
        store, run_id, "output_calibration", other_unit.beams[0].beam_id, "1.001"
    )
    with store.reading() as session:
        measured = record_lock.canonical_content(session, other_order)
    assert [(r["beam_label"], r["number"]) for r in measured["checklist_beam_value"]] == [
        ("6 MV", 1.001)
    ]


def test_one_failing_beam_is_listed_by_the_clinical_release_gate(store: Store) -> None:
    from app.domain import clinical_release as cr
    from app.services.clinical import release

    unit_id, order_id = configured_unit(store)
    run_id = runs.start_run(store, order_id, ANNUAL)
    beams = beam_ids(store, unit_id)
    for label in ("6 MV", "10 MV", "9 MeV"):
        beam_values.record_beam_value(store, run_id, "output_calibration", beams[label], "1.0")
    beam_values.record_beam_value(store, run_id, "output_calibration", beams["6 MV FFF"], "1.03")
    subjects = [(r.reason, r.subject.en) for r in release.release_view(store, order_id).refusals]
    assert (cr.FAILED_ITEM, "Output calibration at reference conditions (TG-51)") in subjects
    beam_values.record_beam_value(store, run_id, "output_calibration", beams["6 MV FFF"], "1.0")
    subjects = [(r.reason, r.subject.en) for r in release.release_view(store, order_id).refusals]
    assert not any("Output calibration" in subject for _, subject in subjects)
