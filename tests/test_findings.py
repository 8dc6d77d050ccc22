"""Inspection findings and readings (§4.2), and escalating a finding to a repair."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from app.db.fieldwork import Finding, RunningParameter
from app.db.models import WorkOrder
from app.domain import records as domain_records
from app.domain.enums import FindingSeverity, Priority, WorkOrderState, WorkOrderType
from app.domain.records import ValidationError
from app.services import records
from app.services.store import Store
from app.services.work_orders import findings
from app.services.work_orders.findings import FindingDraft, ParameterDraft
from app.ui.i18n import install_translators
from app.ui.work_orders.findings_panel import FindingsPanel, FindingsTableModel, ParameterDialog
from tests import factories
from tests.conftest import ROOT

S = FindingSeverity


@pytest.fixture(autouse=True)
def english(qapp: QApplication) -> None:
    install_translators(qapp, "en")


@pytest.fixture
def inspection(store: Store) -> tuple[str, str]:
    """(inspection work order id, equipment id)."""
    _, _, unit = factories.hospital_with_unit(store)
    order = factories.work_order(store, unit, "年度巡检", kind=WorkOrderType.INSPECTION)
    return order.id, unit


def reasons(exc: pytest.ExceptionInfo[ValidationError]) -> list[str]:
    return [e.message for e in exc.value.errors]


def test_readings_are_added_edited_and_removed(store: Store, inspection: tuple[str, str]) -> None:
    order, _ = inspection
    hours = findings.save_parameter(
        store, order, None, ParameterDraft(" 磁控管累计高压时间 ", "11820", "h")
    )
    findings.save_parameter(store, order, None, ParameterDraft("SF6 气压", "32", "psi"))
    findings.save_parameter(store, order, hours, ParameterDraft("磁控管累计高压时间", "11830", "h"))
    assert [(p.name, p.value) for p in findings.parameters_of(store, order)] == [
        ("磁控管累计高压时间", "11830"),
        ("SF6 气压", "32"),
    ]
    with pytest.raises(ValidationError) as refused:
        findings.save_parameter(store, order, None, ParameterDraft("", "", "x" * 21))
    assert [e.field for e in refused.value.errors] == ["name", "value", "unit"]
    findings.delete_parameter(store, hours)
    assert [p.name for p in findings.parameters_of(store, order)] == ["SF6 气压"]
    with store.reading() as session:  # a tombstone that syncs, not a removed row
        assert session.get_one(RunningParameter, hours).deleted_at is not None


def test_findings_list_most_severe_first(store: Store, inspection: tuple[str, str]) -> None:
    order, _ = inspection
    findings.save_finding(store, order, None, FindingDraft("床面有划痕", S.MINOR))
    critical = findings.save_finding(store, order, None, FindingDraft("门联锁偶发失效", S.CRITICAL))
    findings.save_finding(store, order, None, FindingDraft("冷却水流量偏低", S.MAJOR, True))
    rows = findings.findings_of(store, order)
    assert [r.severity for r in rows] == [S.CRITICAL, S.MAJOR, S.MINOR]
    assert rows[0].id == critical and rows[1].fixed_on_site
    with pytest.raises(ValidationError) as refused:
        findings.save_finding(store, order, None, FindingDraft("   "))
    assert reasons(refused) == [domain_records.REQUIRED]


def test_findings_belong_to_inspections_and_closed_ones_are_read_only(
    store: Store, inspection: tuple[str, str]
) -> None:
    order, unit = inspection
    repair = factories.work_order(store, unit)
    with pytest.raises(ValidationError) as refused:
        findings.save_finding(store, repair.id, None, FindingDraft("x"))
    assert reasons(refused) == [findings.NOT_AN_INSPECTION]
    finding = findings.save_finding(store, order, None, FindingDraft("x"))
    with store.session() as session:
        session.get_one(WorkOrder, order).state = WorkOrderState.CLOSED
    with pytest.raises(ValidationError) as refused:
        findings.delete_finding(store, finding)
    assert reasons(refused) == [records.READ_ONLY]


@pytest.mark.parametrize(
    ("severity", "priority"),
    [(S.CRITICAL, Priority.URGENT), (S.MAJOR, Priority.HIGH), (S.MINOR, Priority.NORMAL)],
)
def test_escalating_opens_a_linked_repair_once(
    store: Store, inspection: tuple[str, str], severity: FindingSeverity, priority: Priority
) -> None:
    order, unit = inspection
    finding = findings.save_finding(
        store, order, None, FindingDraft("MLC 叶片 A23 运动超差", severity)
    )
    repair = findings.escalate_finding(store, finding)
    with store.reading() as session:
        inspection_number = session.get_one(WorkOrder, order).number
        saved = session.get_one(WorkOrder, repair.id)
        assert saved.number == repair.number != inspection_number
        assert saved.type is WorkOrderType.REPAIR and saved.priority is priority
        assert saved.equipment_id == unit and saved.origin_id == order
        assert saved.description == f"Finding of {inspection_number}: MLC 叶片 A23 运动超差"
        assert session.get_one(Finding, finding).escalated_to_id == repair.id
    assert findings.findings_of(store, order)[0].escalated_to_number == repair.number

    with pytest.raises(ValidationError) as refused:
        findings.escalate_finding(store, finding)
    assert reasons(refused) == [findings.ALREADY_ESCALATED]
    with pytest.raises(ValidationError) as refused:  # the repair refers to it: kept
        findings.delete_finding(store, finding)
    assert reasons(refused) == [findings.ESCALATED_KEEP]
    with store.reading() as session:
        assert session.query(WorkOrder).count() == 2


def test_a_finding_fixed_on_site_is_not_escalated(
    store: Store, inspection: tuple[str, str]
) -> None:
    order, _ = inspection
    finding = findings.save_finding(store, order, None, FindingDraft("灯光野偏移", S.MINOR, True))
    with pytest.raises(ValidationError) as refused:
        findings.escalate_finding(store, finding)
    assert reasons(refused) == [findings.FIXED_NOTHING_TO_ESCALATE]


def test_escalating_in_two_windows_at_once_opens_one_repair(
    store: Store, inspection: tuple[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    order, _ = inspection
    finding = findings.save_finding(store, order, None, FindingDraft("离子泵电流偏高", S.MAJOR))
    first: list[str] = []
    save = findings.write_work_order

    def other_window_first(*args: object) -> findings.SavedWorkOrder:
        # The other window escalates while this one is issuing its number.
        monkeypatch.setattr(findings, "write_work_order", save)
        first.append(findings.escalate_finding(store, finding).id)
        return save(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(findings, "write_work_order", other_window_first)
    with pytest.raises(ValidationError) as refused:
        findings.escalate_finding(store, finding)
    assert reasons(refused) == [findings.ALREADY_ESCALATED]
    with store.reading() as session:
        # The loser's repair was rolled back with its transaction, not left as a tombstone.
        assert {w.id for w in session.query(WorkOrder)} == {order, first[0]}
        assert session.get_one(Finding, finding).escalated_to_id == first[0]


# --- UI ------------------------------------------------------------------------------------


def test_escalate_button_opens_the_repair_and_the_row_shows_the_link(
    qtbot: QtBot, store: Store, inspection: tuple[str, str]
) -> None:
    order, _ = inspection
    fixed = findings.save_finding(store, order, None, FindingDraft("灯光野偏移", S.MINOR, True))
    finding = findings.save_finding(store, order, None, FindingDraft("离子泵电流偏高", S.MAJOR))
    panel = FindingsPanel(store, order)
    qtbot.addWidget(panel)
    panel.show()
    panel.select_finding(fixed)
    assert not panel.escalate.isEnabled()  # nothing to escalate
    panel.select_finding(finding)
    assert panel.escalate.isEnabled()
    with qtbot.waitSignal(panel.work_order_created) as created:
        qtbot.mouseClick(panel.escalate, Qt.MouseButton.LeftButton)
    repair_id = created.args[0]
    with store.reading() as session:
        number = session.get_one(WorkOrder, repair_id).number
    row = next(i for i, r in enumerate(panel.findings.rows) if r.id == finding)
    link = panel.findings.index(row, FindingsTableModel.REPAIR)
    assert panel.findings.data(link) == f"→ {number}"
    assert number in panel.message.text()
    assert not panel.escalate.isEnabled()  # escalated once only


def test_adding_a_reading_through_the_dialog(
    qtbot: QtBot, store: Store, inspection: tuple[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    order, _ = inspection
    panel = FindingsPanel(store, order)
    qtbot.addWidget(panel)

    def fill_in() -> None:
        dialog = panel.findChild(ParameterDialog)
        assert dialog is not None
        dialog.buttons.accepted.emit()  # empty: refused inline
        assert dialog.error_text("name") == "⚠ This field is required."
        qtbot.keyClicks(dialog.name, "SF6 pressure")
        qtbot.keyClicks(dialog.value, "32")
        qtbot.keyClicks(dialog.unit, "psi")
        dialog.buttons.accepted.emit()

    QTimer.singleShot(0, fill_in)
    with qtbot.waitSignal(panel.changed):
        panel._add_parameter()
    assert panel.parameters.rowCount() == 1
    assert panel.parameters.data(panel.parameters.index(0, 1)) == "32"

    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    panel.parameter_table.setCurrentIndex(panel.parameters.index(0, 0))
    panel._remove_parameter()
    assert panel.parameters.rowCount() == 0


# --- one unit of work ------------------------------------------------------------------


@pytest.mark.parametrize("point", ["flush", "commit"])
def test_a_crash_during_escalation_leaves_all_or_nothing(
    store: Store, inspection: tuple[str, str], data_dir: Path, point: str
) -> None:
    """Killed after the repair is written but before it commits, nothing is kept; killed
    right after the first commit holding the repair, the link is there too: never an
    unlinked repair order that would sync."""
    order, _ = inspection
    finding = findings.save_finding(store, order, None, FindingDraft("离子泵电流偏高", S.MAJOR))
    store.engine.dispose()
    child = subprocess.run(
        [
            sys.executable,
            str(ROOT / "tests" / "escalation_child.py"),
            str(data_dir),
            finding,
            point,
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert child.returncode == -signal.SIGKILL, child.stdout + child.stderr
    with store.reading() as session:
        repairs = session.query(WorkOrder).filter(WorkOrder.type == WorkOrderType.REPAIR).all()
        escalated_to = session.get_one(Finding, finding).escalated_to_id
        queued = session.execute(
            text("SELECT count(DISTINCT row_id) FROM sync_outbox WHERE table_name = 'work_order'")
        ).scalar_one()
    if point == "flush":
        assert repairs == [] and escalated_to is None
    else:
        assert [r.id for r in repairs] == [escalated_to]
        assert repairs[0].origin_id == order
    assert queued == 1 + len(repairs)  # the inspection, and the repair only if it exists


def test_an_open_critical_finding_makes_the_inspection_unfit_for_use(
    store: Store, inspection: tuple[str, str]
) -> None:
    """Only a critical finding left open counts; the report says the unit is not fit."""
    from app.domain.conclusions import Outcome
    from app.domain.enums import ReportKind
    from app.reports import labels
    from app.services.reports import conclusions

    order_id, _ = inspection
    for description, severity, fixed in (
        ("Couch pendant worn", FindingSeverity.MINOR, False),
        ("Interlock bypassed at the door", FindingSeverity.CRITICAL, True),
    ):
        findings.save_finding(store, order_id, None, FindingDraft(description, severity, fixed))
    facts = conclusions.facts(store, order_id, ReportKind.INSPECTION)
    assert (facts.open_findings, facts.critical_findings) == (1, 0)

    findings.save_finding(
        store, order_id, None, FindingDraft("Dose channels disagree", FindingSeverity.CRITICAL)
    )
    facts = conclusions.facts(store, order_id, ReportKind.INSPECTION)
    assert (facts.open_findings, facts.critical_findings) == (2, 1)
    sentence = labels.outcome("en", Outcome.CRITICAL_FINDINGS, critical=1)
    assert "1 critical finding(s)" in sentence and "should not be used clinically" in sentence
    assert "不宜用于临床" in labels.outcome("zh_CN", Outcome.CRITICAL_FINDINGS, critical=1)
