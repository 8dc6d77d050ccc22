"""Quality follow-ups (§4.5): scheduled on completion, recorded once, re-check on complaint."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app import settings_keys
from app.db.fieldwork import FollowUp
from app.db.models import WorkOrder
from app.domain.enums import FollowUpOutcome, Priority, WorkOrderState, WorkOrderType
from app.domain.records import ContactDraft, ValidationError
from app.services import lists
from app.services.registry import customers
from app.services.store import Store
from app.services.work_orders import follow_ups
from app.services.work_orders.follow_up_lists import DUE_FOLLOW_UPS, DueState
from app.ui.i18n import install_translators
from app.ui.widgets import select_value
from app.ui.work_orders.follow_ups_page import (
    FollowUpsPage,
    OutcomeDialog,
    follow_up_days,
)
from tests import factories

Outcome = FollowUpOutcome
DONE_AT = datetime(2026, 3, 5, 6, 0, tzinfo=UTC)  # 14:00 in Beijing


@pytest.fixture(autouse=True)
def english(qapp: QApplication) -> None:
    install_translators(qapp, "en")


def completed(
    store: Store, unit_id: str, kind: WorkOrderType = WorkOrderType.REPAIR, days: int = 10
) -> tuple[str, str]:
    """(work order id, follow-up id) of a work order completed at DONE_AT."""
    order = factories.work_order(store, unit_id, kind=kind)
    with store.session() as session:
        session.get_one(WorkOrder, order.id).state = WorkOrderState.COMPLETED
        follow_up_id = follow_ups.schedule_follow_up(session, store, order.id, DONE_AT, days)
    return order.id, follow_up_id


def row(store: Store, follow_up_id: str) -> FollowUp:
    with store.reading() as session:
        return session.get_one(FollowUp, follow_up_id)


def test_completing_a_repair_schedules_one_call_ten_days_later(store: Store) -> None:
    _, _, unit = factories.hospital_with_unit(store)
    order_id, follow_up_id = completed(store, unit)
    saved = row(store, follow_up_id)
    assert follow_ups.DEFAULT_DAYS == 10
    assert saved.due_date == DONE_AT.astimezone().date() + timedelta(days=10)
    assert saved.outcome is Outcome.OPEN and saved.done_at is None and saved.updated_by == "tester"
    with store.session() as session:  # completing again (e.g. after a reopen) adds none
        again = follow_ups.schedule_follow_up(session, store, order_id, DONE_AT, 14)
    assert again == follow_up_id
    with store.reading() as session:
        assert session.query(FollowUp).count() == 1


def test_the_number_of_days_is_between_7_and_14(store: Store) -> None:
    _, _, unit = factories.hospital_with_unit(store)
    _, seven = completed(store, unit, WorkOrderType.PREVENTIVE_MAINTENANCE, days=7)
    assert row(store, seven).due_date == DONE_AT.astimezone().date() + timedelta(days=7)
    with pytest.raises(ValidationError) as refused:
        completed(store, unit, days=15)
    assert refused.value.errors[0].message == follow_ups.DAYS_OUT_OF_RANGE
    assert [follow_ups.days_from_setting(v) for v in ("12", 6, None, "x", 14)] == [
        12,
        10,
        10,
        10,
        14,
    ]


def test_satisfied_closes_the_follow_up(store: Store) -> None:
    _, _, unit = factories.hospital_with_unit(store)
    _, follow_up_id = completed(store, unit)
    result = follow_ups.record_outcome(store, follow_up_id, Outcome.SATISFIED, " 科室满意 ")
    assert result.done and result.new_work_order is None and result.outcome is Outcome.SATISFIED
    saved = row(store, follow_up_id)
    assert saved.done_at is not None and saved.notes.endswith("科室满意")
    with pytest.raises(ValidationError) as refused:  # recorded once only
        follow_ups.record_outcome(store, follow_up_id, Outcome.DISSATISFIED, "又报警了")
    assert refused.value.errors[0].message == follow_ups.ALREADY_RECORDED


def test_a_satisfied_first_call_schedules_the_end_of_tracking_contact(store: Store) -> None:
    """The procedure's two readings (1–2 weeks; 12 weeks): a first call, then a second
    contact at the end of the tracking period, which schedules nothing more."""
    _, _, unit = factories.hospital_with_unit(store)
    order_id, first = completed(store, unit)
    with store.session() as session:
        session.get_one(WorkOrder, order_id).finished_at = DONE_AT
    before = DONE_AT + timedelta(days=10)
    follow_ups.record_outcome(store, first, Outcome.SATISFIED, "满意", now=before, tracking_weeks=8)
    with store.reading() as session:
        rows = session.scalars(select(FollowUp).where(FollowUp.work_order_id == order_id)).all()
        second = next(r for r in rows if r.id != first)
    assert [r.contact for r in rows if r.id == first] == [1]
    assert second.contact == 2 and second.outcome is Outcome.OPEN
    assert second.due_date == DONE_AT.astimezone().date() + timedelta(weeks=8)
    assert follow_ups.load_follow_up(store, second.id).contact == 2
    follow_ups.record_outcome(store, second.id, Outcome.SATISFIED, "运行稳定", now=before)
    with store.reading() as session:
        assert len(session.scalars(select(FollowUp.id)).all()) == 2  # no third contact
    assert [follow_ups.weeks_from_setting(v) for v in ("6", 13, None, 1)] == [6, 12, 12, 12]


def test_an_unsatisfied_or_unanswered_call_schedules_no_second_contact(store: Store) -> None:
    _, _, unit = factories.hospital_with_unit(store)
    _, first = completed(store, unit)
    follow_ups.record_outcome(store, first, Outcome.UNREACHABLE, "")
    follow_ups.record_outcome(store, first, Outcome.DISSATISFIED, "仍报警")
    with store.reading() as session:
        assert session.scalars(select(FollowUp.contact)).all() == [1]


def test_nobody_answered_keeps_it_open_and_due_again_in_two_days(store: Store) -> None:
    _, _, unit = factories.hospital_with_unit(store)
    _, follow_up_id = completed(store, unit)
    due = row(store, follow_up_id).due_date
    late = datetime.combine(due + timedelta(days=3), datetime.min.time()).astimezone()
    result = follow_ups.record_outcome(
        store, follow_up_id, Outcome.UNREACHABLE, "无人接听", now=late
    )
    assert not result.done and result.outcome is Outcome.UNREACHABLE
    assert result.due_date == due + timedelta(days=5)  # two days after the attempt
    early = late - timedelta(days=10)  # an early attempt does not bring the due date forward
    follow_ups.record_outcome(store, follow_up_id, Outcome.UNREACHABLE, "", now=early)
    assert row(store, follow_up_id).due_date == due + timedelta(days=5)
    assert len(row(store, follow_up_id).notes.splitlines()) == 2  # each attempt noted, dated
    assert follow_ups.record_outcome(store, follow_up_id, Outcome.SATISFIED, "").done


def test_dissatisfied_needs_a_reason_and_opens_a_re_check_repair(store: Store) -> None:
    _, _, unit = factories.hospital_with_unit(store)
    order_id, follow_up_id = completed(store, unit)
    with pytest.raises(ValidationError) as refused:
        follow_ups.record_outcome(store, follow_up_id, Outcome.DISSATISFIED, "  ")
    assert [(e.field, e.message) for e in refused.value.errors] == [("notes", follow_ups.SAY_WHY)]
    with pytest.raises(ValidationError):
        follow_ups.record_outcome(store, follow_up_id, Outcome.OPEN, "")
    assert row(store, follow_up_id).done_at is None

    result = follow_ups.record_outcome(store, follow_up_id, Outcome.DISSATISFIED, "MLC 又报警")
    assert result.new_work_order is not None and result.done
    with store.reading() as session:
        original = session.get_one(WorkOrder, order_id)
        repair = session.get_one(WorkOrder, result.new_work_order.id)
        assert repair.number == result.new_work_order.number != original.number
        assert repair.type is WorkOrderType.REPAIR and repair.priority is Priority.HIGH
        assert repair.equipment_id == unit and repair.origin_id == order_id
        assert repair.description == f"Follow-up of {original.number}: MLC 又报警"
        assert repair.state is WorkOrderState.REPORTED
    assert row(store, follow_up_id).new_work_order_id == result.new_work_order.id


def test_the_list_shows_open_calls_first_by_due_date_with_whom_to_call(store: Store) -> None:
    customer_id, _, unit = factories.hospital_with_unit(store)
    customers.save_contact(store, None, ContactDraft(customer_id, "王主任", "科主任", ""))
    customers.save_contact(store, None, ContactDraft(customer_id, "张工", "设备科", "13912345678"))
    _, done = completed(store, unit, days=7)
    follow_ups.record_outcome(store, done, Outcome.SATISFIED, "")
    _, later = completed(store, unit, days=14)
    _, sooner = completed(store, unit, days=8)
    today = date.today()
    with store.session() as session:  # one overdue, one due today, one not yet due
        session.get_one(FollowUp, later).due_date = today + timedelta(days=3)
        session.get_one(FollowUp, sooner).due_date = today
        session.get_one(FollowUp, done).due_date = today - timedelta(days=30)
    _, overdue = completed(store, unit)
    with store.session() as session:
        session.get_one(FollowUp, overdue).due_date = today - timedelta(days=2)

    with store.reading() as session:  # the satisfied call's end-of-tracking contact
        second = session.scalars(select(FollowUp.id).where(FollowUp.contact == 2)).one()
    rows = lists.fetch_rows(store, DUE_FOLLOW_UPS, lists.ListRequest(), 0, 50)
    assert [r[0] for r in rows] == [overdue, sooner, later, second, done]
    assert [r[2] for r in rows] == ["overdue", "today", "later", "later", None]
    assert rows[0][7] == "张工 13912345678" and rows[0][4] == "repair"
    by_hospital = lists.ListRequest(sort_key="customer", descending=True)
    assert lists.fetch_rows(store, DUE_FOLLOW_UPS, by_hospital, 0, 50)[-1][0] == done
    overdue_only = lists.SearchTerm("overdue", {"due_state": [DueState.OVERDUE.value]})
    request = lists.ListRequest(terms=(overdue_only,))
    assert lists.count_rows(store, DUE_FOLLOW_UPS, request) == 1


# --- UI ------------------------------------------------------------------------------------


def settings(store: Store) -> QSettings:
    return QSettings(str(store.data_dir / "settings.ini"), QSettings.Format.IniFormat)


def test_the_days_setting_is_read_and_kept_in_range(store: Store) -> None:
    stored = settings(store)
    assert follow_up_days(stored) == 10
    stored.setValue(settings_keys.FOLLOW_UP_DAYS, 12)
    assert follow_up_days(stored) == 12
    stored.setValue(settings_keys.FOLLOW_UP_DAYS, 30)
    assert follow_up_days(stored) == 10


def test_recording_dissatisfied_in_the_page_opens_a_repair_and_says_its_number(
    qtbot: QtBot, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, _, unit = factories.hospital_with_unit(store)
    _, follow_up_id = completed(store, unit)
    page = FollowUpsPage(store, settings(store))
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.list_page.model.loaded, timeout=5000):
        page.show()
    assert page.list_page.model.rowCount() == 1
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: told.append(str(args[2])))

    def decline(*args: object) -> QMessageBox.StandardButton:
        told.append(str(args[2]).split("\n\n")[0])  # the offer of a complaint: declined
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", decline)

    def fill_in() -> None:
        dialog = page.findChild(OutcomeDialog)
        assert dialog is not None and dialog.isVisible()
        select_value(dialog.outcome, Outcome.DISSATISFIED)
        dialog.buttons.accepted.emit()  # no reason yet: refused inline, nothing saved
        assert "not satisfied" in dialog.error_text("notes")
        dialog.notes.setPlainText("治疗中断两次")
        dialog.buttons.accepted.emit()

    QTimer.singleShot(0, fill_in)  # once the dialog runs
    with qtbot.waitSignal(page.list_page.model.loaded, timeout=5000):
        page.record_action.trigger()
    number = row(store, follow_up_id).new_work_order_id
    assert number is not None
    with store.reading() as session:
        new_number = session.get_one(WorkOrder, number).number
    assert len(told) == 1 and new_number in told[0]
    assert page.list_page.model.data(page.list_page.model.index(0, 7)) == "Dissatisfied"


def test_a_recorded_follow_up_opens_read_only(qtbot: QtBot, store: Store) -> None:
    _, _, unit = factories.hospital_with_unit(store)
    _, follow_up_id = completed(store, unit)
    result = follow_ups.record_outcome(store, follow_up_id, Outcome.DISSATISFIED, "仍有报警")
    dialog = OutcomeDialog(store, follow_up_id)
    qtbot.addWidget(dialog)
    save = dialog.buttons.button(dialog.buttons.StandardButton.Save)
    assert save.isHidden()
    assert result.new_work_order is not None
    shown = [label.text() for label in dialog.findChildren(QLabel)]
    assert "Dissatisfied" in shown and result.new_work_order.number in shown
