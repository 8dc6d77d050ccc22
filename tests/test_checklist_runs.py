"""Checklist runs: snapshot, judged values saved at once, completion rules, read-only."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.db.fieldwork import ChecklistRun, ChecklistValue
from app.db.models import WorkOrder
from app.domain.enums import RunState, Verdict, WorkOrderState
from app.domain.records import ValidationError
from app.domain.tolerance import WRONG_UNIT
from app.services.checklists import checklist_runs as runs
from app.services.checklists.checklist_templates import templates_dir
from app.services.store import Store
from tests import factories

MONTHLY = "linac_qa_monthly_tg142"


def make_order(store: Store, model: tuple[str, str] = ("Varian", "TrueBeam")) -> str:
    _, _, unit_id = factories.hospital_with_unit(store, model=model)
    return factories.work_order(store, unit_id).id


CYBERKNIFE = ("Accuray", "CyberKnife S7")


def start(store: Store, template: str = MONTHLY, machine_class: str = "imrt") -> str:
    return runs.start_run(store, make_order(store), template, machine_class)


def value_rows(store: Store, run_id: str) -> list[ChecklistValue]:
    with store.reading() as session:
        return list(session.scalars(select(ChecklistValue).where(ChecklistValue.run_id == run_id)))


def reasons(error: pytest.ExceptionInfo[ValidationError]) -> dict[str, str]:
    return {e.field: e.message for e in error.value.errors}


def test_start_run_snapshots_the_whole_template(store: Store) -> None:
    run_id = start(store)
    with store.reading() as session:
        run = session.get(ChecklistRun, run_id)
        assert run is not None
        assert (run.template_id, run.template_version, run.machine_class) == (MONTHLY, 4, "imrt")
        assert run.state is RunState.IN_PROGRESS and run.updated_by == "tester"
        assert run.template_snapshot["sections"][0]["items"][0]["id"] == "xray_output"
    view = runs.load_run(store, run_id)
    assert view.title_zh == "直线加速器每月质控（AAPM TG-142）" and view.class_label_en == "IMRT"
    # 27 tests of Table II, 5 MLC tests of Table V, 1 of Table IV, 18 of Table VI, 3 VMAT
    counts = runs.summary(view)
    assert view.editable and counts.pending == counts.total == 54


def test_snapshot_is_unaffected_by_a_later_template_change(store: Store, tmp_path: Path) -> None:
    folder = tmp_path / "checklists"
    folder.mkdir()
    source = folder / f"{MONTHLY}.yaml"
    shutil.copy(templates_dir() / f"{MONTHLY}.yaml", source)
    run_id = runs.start_run(store, make_order(store), MONTHLY, "non_imrt", folder=folder)
    text = source.read_text(encoding="utf-8")
    changed = text.replace("tolerance: 2\n        action: 3", "tolerance: 5\n        action: 8", 1)
    changed = changed.replace("X-ray output constancy, Δ from baseline", "Changed label", 1)
    source.write_text(changed.replace("version: 1", "version: 2"), encoding="utf-8")
    assert runs.start_run(store, make_order(store), MONTHLY, "non_imrt", folder=folder)

    item = runs.load_run(store, run_id).item("xray_output")
    assert item is not None
    assert (item.label_en, item.tolerance_text, item.action_text) == (
        "X-ray output constancy, Δ from baseline",
        "±2%",
        "±3%",
    )
    assert runs.record_value(store, run_id, "xray_output", "4").verdict is Verdict.FAIL


def test_record_value_judges_and_saves_with_the_value(store: Store) -> None:
    run_id = start(store)
    result = runs.record_value(store, run_id, "xray_output", "2,5 %", comment="recalibrated")
    assert (result.verdict, result.number, result.unit, result.text) == (
        Verdict.WARNING,
        2.5,
        "%",
        "2,5 %",
    )
    [row] = value_rows(store, run_id)
    assert (row.item_id, row.verdict, row.number, row.unit, row.comment) == (
        "xray_output",
        Verdict.WARNING,
        2.5,
        "%",
        "recalibrated",
    )
    assert row.entered_at is not None and row.updated_by == "tester"


def test_values_are_judged_with_the_run_machine_class(store: Store) -> None:
    non_imrt, srs = start(store, machine_class="non_imrt"), start(store, machine_class="srs_sbrt")
    assert runs.record_value(store, non_imrt, "couch_position", "1.5").verdict is Verdict.PASS
    assert runs.record_value(store, srs, "couch_position", "1.5").verdict is Verdict.FAIL
    with pytest.raises(ValidationError):  # dose-rate constancy is not a non-IMRT test
        runs.record_value(store, non_imrt, "dose_rate_output", "1")
    assert runs.load_run(store, non_imrt).item("dose_rate_output") is None


def test_one_value_per_item_updated_in_place(store: Store) -> None:
    run_id = start(store)
    first = runs.record_value(store, run_id, "localizing_lasers", "0.5 mm")
    second = runs.record_value(store, run_id, "localizing_lasers", "1.4")
    assert first.value_id == second.value_id
    [row] = value_rows(store, run_id)
    assert (row.number, row.verdict) == (1.4, Verdict.FAIL)


def test_a_refusal_saves_nothing(store: Store) -> None:
    run_id = start(store)
    runs.record_value(store, run_id, "localizing_lasers", "0.5")
    with pytest.raises(runs.ValueRefused) as refused:
        runs.record_value(store, run_id, "localizing_lasers", "0.2 %")
    assert (refused.value.reason, refused.value.reason_args) == (WRONG_UNIT, ("mm",))
    assert refused.value.errors[0].field == "localizing_lasers"
    assert "measured in mm" in refused.value.errors[0].message
    with pytest.raises(ValidationError):
        runs.record_value(store, run_id, "xray_output", "about two")
    [row] = value_rows(store, run_id)
    assert (row.item_id, row.number) == ("localizing_lasers", 0.5)


def test_start_run_refusals(store: Store) -> None:
    order = make_order(store)
    with pytest.raises(ValidationError) as error:
        runs.start_run(store, order, "no_such_template")
    assert reasons(error) == {"template_id": runs.NO_TEMPLATE}
    with pytest.raises(ValidationError) as error:
        runs.start_run(store, order, MONTHLY)
    assert reasons(error) == {"machine_class": runs.CLASS_REQUIRED}
    with pytest.raises(ValidationError) as error:
        runs.start_run(store, order, MONTHLY, "tomotherapy")
    assert reasons(error) == {"machine_class": runs.NO_SUCH_CLASS}
    assert runs.start_run(store, order, "linac_site_readiness")  # a template with no classes


def test_completion_refused_while_items_are_pending_or_uncommented(store: Store) -> None:
    run_id = runs.start_run(store, make_order(store), "electrical_safety_iec62353", "direct")
    runs.record_value(store, run_id, "visual_inspection", "p")
    runs.record_value(store, run_id, "protective_earth", "0.12 Ω")
    runs.record_value(store, run_id, "insulation_resistance", "1.5 MΩ")  # below 2 MΩ: fail
    runs.record_value(store, run_id, "equipment_leakage", "120 uA")
    with pytest.raises(ValidationError) as error:
        runs.complete_run(store, run_id)
    assert reasons(error) == {
        "insulation_resistance": runs.NEEDS_COMMENT,
        "applied_part_leakage_bf": runs.NOT_ENTERED,
        "applied_part_leakage_cf": runs.NOT_ENTERED,
        "functional_test": runs.NOT_ENTERED,
        "tester_details": runs.NOT_ENTERED,
        "tester_report": runs.NOT_ENTERED,
    }
    runs.set_comment(store, run_id, "insulation_resistance", "Mains filter replaced; 2.4 MΩ")
    for item in ("applied_part_leakage_bf", "applied_part_leakage_cf"):
        runs.record_value(store, run_id, item, "n/a")
    runs.record_value(store, run_id, "functional_test", "pass")
    runs.record_value(store, run_id, "tester_details", "Fluke ESA615 #123, due 2026-09")
    with pytest.raises(ValidationError) as error:
        runs.complete_run(store, run_id)
    assert reasons(error) == {"tester_report": runs.NOT_ENTERED}
    runs.record_value(store, run_id, "tester_report", "IMG_0042.jpg")
    runs.complete_run(store, run_id)
    view = runs.load_run(store, run_id)
    assert view.state is RunState.COMPLETED and view.completed_at is not None
    assert not view.editable


def test_a_warning_needs_a_comment_too(store: Store) -> None:
    run_id = runs.start_run(store, make_order(store), "linac_qa_daily_tg142", "non_imrt")
    view = runs.load_run(store, run_id)
    for item in view.items():
        runs.record_value(store, run_id, item.id, "0" if item.unit else "p")
    site = runs.start_run(store, make_order(store), "linac_site_readiness")
    runs.record_value(store, site, "supply_voltage", "410 V")  # beyond 7%, within 10%
    with pytest.raises(ValidationError) as error:
        runs.complete_run(store, site)
    assert reasons(error)["supply_voltage"] == runs.NEEDS_COMMENT
    runs.complete_run(store, run_id)  # every daily item passed: no comment needed


def test_a_completed_run_is_read_only(store: Store) -> None:
    run_id = runs.start_run(store, make_order(store), "linac_qa_daily_tg142", "srs_sbrt")
    for item in runs.load_run(store, run_id).items():
        runs.record_value(store, run_id, item.id, "n/a")
    runs.complete_run(store, run_id)
    before = value_rows(store, run_id)
    for attempt in (
        lambda: runs.record_value(store, run_id, "laser_localization", "0.5"),
        lambda: runs.set_comment(store, run_id, "laser_localization", "late note"),
        lambda: runs.complete_run(store, run_id),
    ):
        with pytest.raises(ValidationError) as error:
            attempt()
        assert reasons(error) == {"": runs.RUN_COMPLETED}
    after = value_rows(store, run_id)
    assert [(r.text, r.comment, r.updated_at) for r in after] == [
        (r.text, r.comment, r.updated_at) for r in before
    ]


def test_runs_of_a_closed_work_order_are_read_only(store: Store) -> None:
    order = make_order(store)
    run_id = runs.start_run(store, order, "linac_site_readiness")
    with store.session() as session:
        work_order = session.get(WorkOrder, order)
        assert work_order is not None
        work_order.state = WorkOrderState.CLOSED
    with pytest.raises(ValidationError) as error:
        runs.record_value(store, run_id, "ct_number_water", "2")
    assert reasons(error) == {"": runs.ORDER_CLOSED}
    with pytest.raises(ValidationError):
        runs.start_run(store, order, "linac_site_readiness")
    assert not runs.load_run(store, run_id).editable


def test_summary_counts(store: Store) -> None:
    run_id = start(store, machine_class="non_imrt")
    runs.record_value(store, run_id, "xray_output", "0.4")  # pass
    runs.record_value(store, run_id, "electron_output", "-2.6 %")  # warning
    runs.record_value(store, run_id, "photon_profile", "1.5")  # fail
    runs.record_value(store, run_id, "electron_profile", "-1.2")  # fail
    runs.record_value(store, run_id, "compensator_placement", "n/a")
    runs.record_value(store, run_id, "accessory_latching", "ok")  # pass
    view = runs.load_run(store, run_id)
    total = sum(1 for _ in view.items())
    assert runs.summary(view) == runs.RunSummary(
        passed=2, warnings=1, failures=2, pending=total - 6, not_applicable=1
    )
    assert runs.summary(view).total == total


def test_empty_text_clears_a_value_back_to_pending(store: Store) -> None:
    run_id = start(store)
    runs.record_value(store, run_id, "xray_output", "1")
    assert runs.record_value(store, run_id, "xray_output", "  ").verdict is Verdict.PENDING
    item = runs.load_run(store, run_id).item("xray_output")
    assert item is not None and (item.verdict, item.number, item.text) == (
        Verdict.PENDING,
        None,
        "",
    )


def test_comment_before_a_value_and_load_run_view(store: Store) -> None:
    run_id = start(store)
    runs.set_comment(store, run_id, "gating_output", "Gating not installed yet")
    runs.record_value(store, run_id, "gating_output", "0.5")
    item = runs.load_run(store, run_id).item("gating_output")
    assert item is not None
    assert (item.verdict, item.comment, item.number) == (
        Verdict.PASS,
        "Gating not installed yet",
        0.5,
    )
    with store.reading() as session:
        count = session.scalar(select(func.count()).select_from(ChecklistValue))
    assert count == 1
    laser = runs.load_run(store, run_id).item("localizing_lasers")
    assert laser is not None
    assert (laser.tolerance_text, laser.action_text, laser.unit) == ("±1 mm", "", "mm")
    assert "TG-142" in laser.source and laser.label_zh == "定位激光灯"


def test_a_template_not_made_for_the_unit_needs_a_reason_kept_on_the_run(store: Store) -> None:
    order = make_order(store, CYBERKNIFE)
    for blank in ("", "   "):
        with pytest.raises(ValidationError) as error:
            runs.start_run(store, order, "linac_qa_daily_tg142", "srs_sbrt", fit_exception=blank)
        assert reasons(error) == {"fit_exception": runs.REASON_REQUIRED}
    with store.reading() as session:
        assert session.scalar(select(func.count()).select_from(ChecklistRun)) == 0
    reason = "  物理师要求按 TG-142 复核激光  "
    run_id = runs.start_run(store, order, "linac_qa_daily_tg142", "srs_sbrt", fit_exception=reason)
    with store.reading() as session:
        assert session.get_one(ChecklistRun, run_id).fit_exception == reason.strip()
    assert runs.load_run(store, run_id).fit_exception == reason.strip()
    fitting = runs.start_run(store, order, "cyberknife_qa_daily_tg135", fit_exception="why not")
    assert runs.load_run(store, fitting).fit_exception == ""  # it fits: nothing to explain
    with pytest.raises(ValidationError) as error:
        runs.start_run(store, order, "linac_pm", "imrt", fit_exception="x" * 5000)
    assert reasons(error) == {"fit_exception": runs.TOO_LONG}


def test_templates_for_a_work_order_offer_what_fits_its_unit(store: Store) -> None:
    from app.services.checklists.work_order_checklists import templates_for

    choice = templates_for(store, make_order(store, CYBERKNIFE))
    fitting, others = {t.id for t in choice.fitting}, {t.id for t in choice.others}
    assert choice.unit.name == "Accuray CyberKnife S7"
    assert {"cyberknife_qa_daily_tg135", "cyberknife_pm"} <= fitting
    assert not any("tg142" in t or "tomotherapy" in t for t in fitting)
    assert {"linac_qa_annual_tg142", "tomotherapy_qa_daily_tg148", "ct_simulator_pm"} <= others
    assert fitting.isdisjoint(others) and choice.problems == []
    radixact = templates_for(store, make_order(store, ("Accuray", "TomoTherapy Radixact")))
    assert "linac_qa_annual_tg142" not in {t.id for t in radixact.fitting}
    assert "tomotherapy_qa_annual_tg148" in {t.id for t in radixact.fitting}
