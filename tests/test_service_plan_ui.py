"""The Service plan page: the plan and its standing, the calendar's month and week with
conflicts, rescheduling by drop and by keyboard (with a reason), the contract dialog,
and the page by role."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QMimeData, QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from app.db.service_plan import PlanVisit
from app.domain.service_plan import VisitState
from app.services.service_plan import planning, views
from app.services.store import Store
from app.ui.i18n import install_translators
from app.ui.service_plan.calendar_model import BOOKED_WORK, VISIT_MIME
from app.ui.service_plan.calendar_page import CalendarPage
from app.ui.service_plan.contract_dialog import ContractDialog
from app.ui.service_plan.contracts_page import ContractsPage
from app.ui.service_plan.plan_page import PlanPage
from app.ui.service_plan.reschedule_dialog import RescheduleDialog
from tests.plan_helpers import people, unit_under_contract


@pytest.fixture(autouse=True)
def english(qapp: QApplication) -> Iterator[None]:
    install_translators(qapp, "en")
    yield
    QLocale.setDefault(QLocale("en"))


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def plan(store: Store) -> dict[str, str]:
    ids = people(store)
    unit_under_contract(store, "江苏省肿瘤医院", "H1")
    unit_under_contract(store, "山东省肿瘤医院", "H2")
    planning.generate_plan(store, 2027)
    return ids


def test_the_plan_page_lists_the_visits_and_approves_them(
    qtbot: QtBot, store: Store, settings: QSettings, plan: dict[str, str]
) -> None:
    page = PlanPage(store, settings)
    qtbot.addWidget(page)
    page.year.setValue(2027)
    page.refresh()
    qtbot.waitUntil(lambda: page.model.rowCount() == 16)
    assert "16 visits · 16 awaiting approval" in page.summary.text()
    states = {page.model.index(r, 8).data() for r in range(16)}
    assert states == {"Proposed"}
    page.approve()
    qtbot.waitUntil(lambda: "0 awaiting approval" in page.summary.text())
    assert {page.model.index(r, 8).data() for r in range(16)} == {"Approved"}
    assert page.notice_hospital.count() == 2


def test_an_engineer_sees_their_own_visits_read_only(
    qtbot: QtBot, store: Store, settings: QSettings, plan: dict[str, str]
) -> None:
    store.user_login = "li.na"
    page = PlanPage(store, settings)
    qtbot.addWidget(page)
    page.show()
    page.year.setValue(2027)
    page.refresh()
    mine = len(views.year_visits(store, 2027))
    qtbot.waitUntil(lambda: page.model.rowCount() == mine)
    assert 0 < mine < 16
    assert not page.generate_button.isVisible() and not page.notice_button.isVisible()


def test_the_month_calendar_shows_conflicts_and_a_drop_asks_why(
    qtbot: QtBot,
    store: Store,
    settings: QSettings,
    plan: dict[str, str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    rows = views.year_visits(store, 2027)
    a = rows[0]
    b = next(r for r in rows if r.customer_id != a.customer_id)
    # put b's engineer at a's hospital the day b is planned: an engineer in two places
    planning.reschedule(store, a.id, b.planned_on, "测试", engineer_id=b.engineer_id)
    page = CalendarPage(store, settings)
    qtbot.addWidget(page)
    page.show_day(b.planned_on)
    qtbot.waitUntil(lambda: "booked work orders shown" in page.status.text())
    assert " 0 in conflict" not in page.status.text(), page.status.text()
    assert {a.id, b.id} <= page.model.clashing
    offset = (b.planned_on - page.model.start).days
    index = page.model.index(*divmod(offset, 7))
    assert "⚠" in index.data()
    assert index.data(Qt.ItemDataRole.BackgroundRole) is not None
    asked: list[tuple[str, date | None]] = []

    def fake_exec(dialog: RescheduleDialog) -> int:
        asked.append((dialog.visit.id, dialog.day.date().toPython()))  # type: ignore[arg-type]
        dialog.reason.setText("医院要求")
        dialog.save()
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(RescheduleDialog, "exec", fake_exec)
    target = page.model.index(*divmod(offset + 1, 7))
    data = QMimeData()
    data.setData(VISIT_MIME, a.id.encode())
    page.model.dropMimeData(data, Qt.DropAction.MoveAction, -1, -1, target)
    new_day = page.model.day_of(target)
    assert asked == [(a.id, new_day)]
    with store.reading() as session:
        moved = session.get(PlanVisit, a.id)
        assert moved is not None
        assert (moved.planned_on, moved.reschedule_reason, moved.state) == (
            new_day,
            "医院要求",
            VisitState.PROPOSED,
        )
    qtbot.waitUntil(lambda: a.id not in page.model.clashing)


def test_the_week_view_has_a_row_per_engineer_and_ctrl_r_reschedules(
    qtbot: QtBot,
    store: Store,
    settings: QSettings,
    plan: dict[str, str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    first = min(views.year_visits(store, 2027), key=lambda r: r.planned_on)
    page = CalendarPage(store, settings)
    qtbot.addWidget(page)
    page.anchor = first.planned_on
    page.mode.setCurrentIndex(1)
    qtbot.waitUntil(lambda: page.model.mode == "week" and page.model.rowCount() >= 1)
    labels = {
        page.model.headerData(r, Qt.Orientation.Vertical) for r in range(page.model.rowCount())
    }
    assert first.engineer in labels
    row = [k for k, _ in page.model.keys].index(first.engineer_id or "")
    page.table.setCurrentIndex(page.model.index(row, first.planned_on.weekday()))
    assert page.day_list.count() >= 1
    opened: list[str] = []

    def fake_exec(dialog: RescheduleDialog) -> int:
        opened.append(dialog.visit.id)
        return 0

    monkeypatch.setattr(RescheduleDialog, "exec", fake_exec)
    page.reschedule_selected()
    assert opened and opened[0] in {v.id for v in views.year_visits(store, 2027)}


def test_the_contract_dialog_saves_hours_and_holidays_and_lists_contracts(
    qtbot: QtBot, store: Store, settings: QSettings, plan: dict[str, str]
) -> None:
    page = ContractsPage(store, settings)
    qtbot.addWidget(page)
    page.refresh()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    contract_id = page.model.rows[0].id
    dialog = ContractDialog(store, contract_id)
    qtbot.addWidget(dialog)
    dialog.exceptions.setPlainText("2027-10-01 0 国庆节\nnot a date")
    dialog.save()
    assert "line 2" in dialog.error.text()
    dialog.exceptions.setPlainText("2027-10-01 0 国庆节")
    dialog.hours[5].setValue(6)
    dialog.pm.setValue(6)
    dialog.save()
    assert dialog.result() == int(QDialog.DialogCode.Accepted), dialog.error.text()
    from app.services.service_plan import contracts

    draft = contracts.load_contract(store, contract_id)
    assert (draft.pm_visits_per_year, draft.clinical_hours[5]) == (6, 6.0)
    assert contracts.exceptions_of(store, draft.equipment_id) == [
        (date(2027, 10, 1), 0.0, "国庆节")
    ]


def test_the_window_shows_the_service_plan_but_not_to_the_parts_administrator(
    qtbot: QtBot, store: Store, settings: QSettings
) -> None:
    from app.db.models import User
    from app.domain.enums import UserRole
    from app.ui.main_window import MainWindow

    with store.session() as session:
        session.add(User(display_name="孙丽", login="sun.li", role=UserRole.PARTS_ADMINISTRATOR))
    store.user_login = "sun.li"
    window = MainWindow(store, settings, "K7")
    qtbot.addWidget(window)
    row = list(window.page_titles).index("service_plan")
    assert window.nav.item(row).isHidden()
    people(store)
    window._show_user()
    assert not window.nav.item(row).isHidden()
    window.show_page("service_plan")
    assert window.current_page().key == "service_plan"
    assert window.service_plan_page.plan.generate_button.isVisibleTo(window)


def test_opening_the_plan_issues_the_work_orders_due_within_the_lead_time(
    qtbot: QtBot, store: Store, settings: QSettings, plan: dict[str, str]
) -> None:
    from app import settings_keys
    from app.domain import local_time

    planning.approve(store, 2027)
    first = min(views.year_visits(store, 2027), key=lambda r: r.planned_on)
    # the lead time reaches exactly the first visit from today
    settings.setValue(settings_keys.PLAN_LEAD_DAYS, (first.planned_on - local_time.today()).days)
    page = PlanPage(store, settings)
    qtbot.addWidget(page)
    page.year.setValue(2027)
    page.refresh()
    qtbot.waitUntil(lambda: page.model.rowCount() == 16)
    issued = [r for r in views.year_visits(store, 2027) if r.booked]
    assert first.id in {r.id for r in issued}
    assert all(r.planned_on <= first.planned_on for r in issued)


def _booked_repair(store: Store, equipment_id: str, engineer_id: str, day: date) -> str:
    """A repair (not from the plan) whose engineer set out for it on `day` at 10:30."""
    from datetime import datetime, time

    from app.db.models import WorkOrder
    from app.domain import local_time
    from app.domain.enums import WorkOrderType
    from app.domain.records import WorkOrderDraft
    from app.services.work_orders.orders import save_work_order

    draft = WorkOrderDraft(
        type=WorkOrderType.REPAIR,
        equipment_id=equipment_id,
        description="MLC 叶片 A23 运动超差",
        reported_at=local_time.now(),
        engineer_ids=[engineer_id],
    )
    order = save_work_order(store, None, draft)
    with store.session() as session:
        row = session.get(WorkOrder, order.id)
        assert row is not None
        row.travelling_at = local_time.from_local(datetime.combine(day, time(10, 30)))
    return order.id


def test_booked_work_outside_the_plan_is_read_with_the_visits(
    store: Store, plan: dict[str, str]
) -> None:
    from app.services.service_plan import issuing

    rows = views.year_visits(store, 2027)
    a = rows[0]
    b = next(r for r in rows if r.customer_id != a.customer_id)
    assert a.engineer_id
    order = _booked_repair(store, b.equipment_id, a.engineer_id, a.planned_on)
    entries = views.calendar_entries(store, a.planned_on, a.planned_on)
    work = [e for e in entries if not e.from_plan]
    assert [(e.work_order_id, e.engineer_id, e.planned_on, e.time_text) for e in work] == [
        (order, a.engineer_id, a.planned_on, "10:30")
    ]
    assert {a.id, work[0].id} <= views.conflicting(entries)  # one engineer, two hospitals
    # the plan's own work orders are its visits (✓), not booked work a second time
    planning.approve(store, 2027)
    issuing.issue_due_work_orders(store, date(2026, 12, 20), lead_days=400)
    entries = views.calendar_entries(store, date(2027, 1, 1), date(2027, 12, 31))
    assert [e.work_order_id for e in entries if not e.from_plan] == [order]
    # an engineer sees only their own booked work
    other = next(login for login in ("li.na", "wang.lei") if plan[login] != a.engineer_id)
    store.user_login = other
    assert not views.booked_work(store, date(2027, 1, 1), date(2027, 12, 31))


def test_the_calendar_shows_booked_work_distinctly_and_in_its_conflicts(
    qtbot: QtBot,
    store: Store,
    settings: QSettings,
    plan: dict[str, str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    rows = views.year_visits(store, 2027)
    a = rows[0]
    b = next(r for r in rows if r.customer_id != a.customer_id)
    assert a.engineer_id
    order = _booked_repair(store, b.equipment_id, a.engineer_id, a.planned_on)
    entry = f"{order}/{a.engineer_id}"
    page = CalendarPage(store, settings)
    qtbot.addWidget(page)
    page.show_day(a.planned_on)
    qtbot.waitUntil(lambda: "booked work orders shown" in page.status.text())
    assert " 1 booked work orders shown" in page.status.text(), page.status.text()
    assert {a.id, entry} <= page.model.clashing
    offset = (a.planned_on - page.model.start).days
    index = page.model.index(*divmod(offset, 7))
    assert f"⚠ ◆ 10:30 Repair {b.serial} " in index.data(), index.data()
    page.table.setCurrentIndex(index)
    texts = [page.day_list.item(i).text() for i in range(page.day_list.count())]
    work = next(i for i, t in enumerate(texts) if "◆" in t)
    assert "work order " in texts[work] and "Reported" in texts[work]
    item = page.day_list.item(work)
    assert not item.flags() & Qt.ItemFlag.ItemIsDragEnabled
    opened: list[str] = []

    def fake_exec(dialog: RescheduleDialog) -> int:
        opened.append(dialog.visit.id)
        return 0

    monkeypatch.setattr(RescheduleDialog, "exec", fake_exec)
    page.day_list.setCurrentRow(work)
    page.reschedule_selected()
    assert opened == []  # booked work is moved on its work order
    # the week by engineer: the engineer's row holds both that day
    page.mode.setCurrentIndex(1)
    qtbot.waitUntil(lambda: page.model.mode == "week" and page.model.rowCount() >= 1)
    row = [k for k, _ in page.model.keys].index(a.engineer_id)
    cell = page.model.visits_at(page.model.index(row, a.planned_on.weekday()))
    assert {v.id for v in cell} >= {a.id, entry}
    # without the conflict, the booked work's day is tinted, not red
    page.mode.setCurrentIndex(0)
    with store.session() as session:
        from app.db.models import WorkOrder

        moved = session.get(WorkOrder, order)
        assert moved is not None and moved.travelling_at is not None
        busy = {r.planned_on for r in rows}
        free = next(d for d in range(1, 29) if a.planned_on.replace(day=d) not in busy)
        moved.travelling_at = moved.travelling_at.replace(day=free)
    with qtbot.waitSignal(page.loaded):
        page.refresh()
    assert entry not in page.model.clashing
    (cell_at,) = [k for k, c in page.model.cells.items() if any(v.id == entry for v in c)]
    shade = page.model.index(*cell_at).data(Qt.ItemDataRole.BackgroundRole)
    assert shade.color() == BOOKED_WORK


def _history_rows(dialog: QDialog, qtbot: QtBot) -> list[tuple[str, ...]]:
    from app.ui.history_dialog import HistoryDialog

    assert isinstance(dialog, HistoryDialog)
    model = dialog.proxy
    qtbot.waitUntil(lambda: model.rowCount() > 0)
    return [
        tuple(str(model.index(r, c).data()) for c in range(model.columnCount()))
        for r in range(model.rowCount())
    ]


@pytest.mark.parametrize(
    ("language", "generated", "changed"),
    [("en", "Generated", "Changed"), ("zh_CN", "生成", "修改")],
)
def test_the_visit_history_shows_its_generation_and_each_later_change(
    store: Store,
    plan: dict[str, str],
    settings: QSettings,
    qtbot: QtBot,
    qapp: QApplication,
    language: str,
    generated: str,
    changed: str,
) -> None:
    install_translators(qapp, language)
    first = min(views.year_visits(store, 2027), key=lambda r: r.planned_on)
    moved = first.planned_on.replace(day=27 if first.planned_on.day != 27 else 26)
    planning.reschedule(store, first.id, moved, "医院设备检修")
    page = PlanPage(store, settings)
    qtbot.addWidget(page)
    page.year.setValue(2027)
    with qtbot.waitSignal(page.loaded):
        page.refresh()
    assert page.visit_history_button.text() == (
        "Visit history…" if language == "en" else "访视历史…"
    )
    assert page.visit_history_dialog() is None  # nothing selected: it says so
    assert page.status.text()
    row = next(
        r for r in range(page.proxy.rowCount())
        if page.proxy.index(r, 0).data(Qt.ItemDataRole.UserRole) == first.id
    )  # fmt: skip
    page.table.selectRow(row)
    dialog = page.visit_history_dialog()
    assert dialog is not None
    rows = _history_rows(dialog, qtbot)
    by_field = {(r[2], r[3]): r for r in rows}
    # the change field by field, newest first; then the first values, as generated
    assert rows[0][2] == changed
    assert by_field[(changed, "planned_on")][4:] == (
        first.planned_on.isoformat(),
        moved.isoformat(),
    )
    assert by_field[(changed, "reschedule_reason")][5] == "医院设备检修"
    assert by_field[(generated, "planned_on")][4:] == ("—", first.planned_on.isoformat())
    assert by_field[(generated, "state")][5] == "proposed"
    assert {r[1] for r in rows} == {"boss"}
    assert (generated, "id") not in by_field and (generated, "updated_at") not in by_field

    plans = _history_rows(page.plan_history_dialog(), qtbot)
    assert {r[3]: r[5] for r in plans} == {
        "year": "2027",
        "units": "2",
        "visits": str(len(views.year_visits(store, 2027))),
        "kept": "0",
        "replaced": "0",
    }
    assert {(r[1], r[2]) for r in plans} == {("boss", generated)}
