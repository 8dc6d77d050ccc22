"""The "My day" start page: my jobs due today and overdue, parts waiting, follow-ups
due, and the one search box over every kind of record."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from app.domain import local_time
from app.domain.awaited_parts import AwaitedPartDraft
from app.domain.due_dates import due_day, waiting_on
from app.domain.enums import Priority, UserRole, WorkOrderState, WorkOrderType
from app.domain.records import ContactDraft, CustomerDraft, WorkOrderDraft
from app.services.my_day.day import load_my_day
from app.services.my_day.search import HitKind, search_everything
from app.services.registry import customers, parts
from app.services.store import Store
from app.services.work_orders import awaited_parts, follow_ups
from app.services.work_orders import orders as work_orders
from app.ui.i18n import install_translators
from app.ui.main_window import MainWindow
from app.ui.my_day.day_tables import parts_text
from app.ui.my_day.my_day_page import MyDayPage
from tests import factories
from tests.test_ui import type_text

S = WorkOrderState


@pytest.fixture(autouse=True)
def english(qapp: QApplication) -> None:
    install_translators(qapp, "en")


@dataclass
class Day:
    overdue: str  # urgent, two days overdue, in progress
    today: str  # urgent, reported today
    parts: str  # low, ten days ago, awaiting a part
    later: str  # normal, reported today: due in three days
    closed: str
    cancelled: str
    signed: str  # waits on whoever closes it, not on me
    someone_elses: str
    follow_up_of: str


def _job(
    store: Store,
    unit: str,
    number_of_days_ago: int,
    priority: Priority,
    engineers: list[str],
    state: WorkOrderState = S.IN_PROGRESS,
    description: str = "MLC 叶片 A23 运动超差",
) -> str:
    today = local_time.today()
    start = local_time.start_of_day(today - timedelta(days=number_of_days_ago))
    reported = min(start + timedelta(hours=9), datetime.now(UTC) - timedelta(minutes=1))
    if number_of_days_ago == 0:
        reported = max(reported, start)  # still today, whatever the hour
    draft = WorkOrderDraft(
        type=WorkOrderType.REPAIR,
        priority=priority,
        state=state,
        equipment_id=unit,
        description=description,
        reported_at=reported,
        engineer_ids=engineers,
    )
    return work_orders.save_work_order(store, None, draft).id


@pytest.fixture
def day(store: Store) -> Day:
    me = factories.engineer(store, "li.na", "李娜")
    other = factories.engineer(store, "wang.lei", "王磊")
    hospital, _, unit = factories.hospital_with_unit(store, "江苏省肿瘤医院", "H191234")
    customers.save_contact(
        store, None, ContactDraft(hospital, "胡振宇", "放疗科主任", "025-8637 4240")
    )
    customers.save_customer(
        store, hospital, CustomerDraft(name_zh="江苏省肿瘤医院", name_en="Jiangsu Cancer Hospital")
    )
    result = Day(
        overdue=_job(store, unit, 2, Priority.URGENT, [me], description="真空泵报警，治疗中断"),
        today=_job(store, unit, 0, Priority.URGENT, [me, other], S.REPORTED),
        parts=_job(store, unit, 10, Priority.LOW, [me], S.AWAITING_PARTS),
        later=_job(store, unit, 0, Priority.NORMAL, [me], S.ACKNOWLEDGED),
        closed=_job(store, unit, 5, Priority.HIGH, [me], S.CLOSED),
        cancelled=_job(store, unit, 4, Priority.URGENT, [me], S.CANCELLED),
        signed=_job(store, unit, 6, Priority.HIGH, [me], S.CUSTOMER_SIGNED),
        someone_elses=_job(store, unit, 3, Priority.URGENT, [other]),
        follow_up_of="",
    )
    part = parts.create_part(store, parts.PartDraft("VAR-1107012", "电子枪灯丝电源板"))
    parts.record_usage(store, result.parts, parts.UsageDraft(part.id, 1.0))
    result.follow_up_of = result.closed
    with store.session() as session:  # completed eight days ago, called back after 7
        follow_ups.schedule_follow_up(
            session, store, result.closed, datetime.now(UTC) - timedelta(days=8), 7
        )
    store.user_login = "li.na"
    return result


def numbers(store: Store, *ids: str) -> list[str]:
    return [work_orders.load_work_order(store, i)[0] for i in ids]


def test_the_due_day_follows_the_priority_or_the_agreed_date() -> None:
    reported = date(2026, 12, 1)
    assert due_day(reported, Priority.URGENT) == reported
    assert due_day(reported, Priority.HIGH) == date(2026, 12, 2)
    assert due_day(reported, Priority.LOW) == date(2026, 12, 8)
    assert due_day(reported, Priority.LOW, date(2026, 12, 3)) == date(2026, 12, 3)
    assert S.CUSTOMER_SIGNED not in waiting_on(UserRole.ENGINEER)
    assert S.CUSTOMER_SIGNED in waiting_on(UserRole.SERVICE_MANAGER)
    assert not waiting_on(UserRole.ENGINEER) & {S.CLOSED, S.CANCELLED}


def test_my_day_holds_my_jobs_due_today_and_overdue(store: Store, day: Day) -> None:
    mine = load_my_day(store)
    assert [j.id for j in mine.jobs] == [day.overdue, day.today, day.parts]  # urgency, then due
    assert [j.days_overdue for j in mine.jobs] == [2, 0, 3]
    assert mine.later == 1 and mine.overdue == 2
    first = mine.jobs[0]
    assert first.contact is not None and first.contact.phone == "025-8637 4240"
    assert first.hospital_en == "Jiangsu Cancer Hospital"
    assert [j.id for j in mine.parts_waiting] == [day.parts]
    assert [p.part_number for p in mine.parts_waiting[0].parts] == ["VAR-1107012"]
    assert [f.work_order_id for f in mine.follow_ups] == [day.follow_up_of]
    assert mine.follow_ups[0].days_overdue == 1

    store.user_login = "wang.lei"  # the other engineer's day is theirs
    theirs = load_my_day(store)
    assert [j.id for j in theirs.jobs] == [day.someone_elses, day.today]  # longer due first


def test_a_login_without_a_user_record_has_an_empty_day(store: Store) -> None:
    store.user_login = "nobody"
    empty = load_my_day(store)
    assert empty.jobs == [] and empty.parts_waiting == [] and empty.follow_ups == []


def test_the_search_finds_every_kind_of_record(store: Store, day: Day) -> None:
    def titles(text: str, kind: HitKind) -> list[str]:
        return [h.title for h in search_everything(store, text).hits[kind]]

    assert titles("江苏省", HitKind.HOSPITAL) == ["江苏省肿瘤医院"]
    assert titles("jiangsu cancer", HitKind.HOSPITAL) == ["江苏省肿瘤医院"]  # any case
    assert titles("h191234", HitKind.UNIT) == ["Varian TrueBeam · H191234"]
    part_hits = search_everything(store, "var-1107").hits[HitKind.PART]
    assert [(h.title, h.open_id, h.uses) for h in part_hits] == [("VAR-1107012", day.parts, 1)]
    number = numbers(store, day.overdue)[0]
    assert titles(number, HitKind.WORK_ORDER) == [number]
    assert titles("真空泵", HitKind.WORK_ORDER) == [number]
    assert search_everything(store, "没有这种东西").empty


def test_the_search_says_when_there_are_more(store: Store, day: Day) -> None:
    results = search_everything(store, "WO-", per_kind=3)
    assert len(results.hits[HitKind.WORK_ORDER]) == 3
    assert HitKind.WORK_ORDER in results.more


# --- the page ---------------------------------------------------------------------------


def settings(data_dir: Path) -> QSettings:
    return QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat)


def window_on_my_day(qtbot: QtBot, store: Store) -> tuple[MainWindow, MyDayPage]:
    window = MainWindow(store, settings(store.data_dir), "K7M3")
    qtbot.addWidget(window)
    page = window.page("my_day").list_page
    assert isinstance(page, MyDayPage)
    with qtbot.waitSignal(page.model.loaded, timeout=5000):
        window.show()
    return window, page


def test_an_engineer_starts_on_my_day_with_contacts_and_phones(
    qtbot: QtBot, store: Store, day: Day
) -> None:
    window, page = window_on_my_day(qtbot, store)
    assert window.current_page().key == "my_day"
    assert window.nav.item(0).text() == "My day"
    model = page.model
    shown = [model.index(r, 2).data() for r in range(model.rowCount())]
    assert shown == numbers(store, day.overdue, day.today, day.parts)
    for absent in numbers(store, day.closed, day.cancelled, day.signed, day.someone_elses):
        assert absent not in shown
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    row = {headers[c]: model.index(0, c).data() for c in range(model.columnCount())}
    assert row["Due"] == "2 days overdue"
    assert row["Urgency"] == "Urgent"
    assert row["Hospital"] == "Jiangsu Cancer Hospital"  # English screens, English names
    assert row["Contact"] == "胡振宇 (放疗科主任)"
    assert row["Phone"] == "025-8637 4240"
    assert model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is not None  # overdue red
    assert model.index(1, 0).data() == "Today"
    assert page.count.text() == "Due today and overdue: 3 (2 overdue)"
    assert "真空泵报警，治疗中断" in page.job_detail.text()
    assert "1 more open job of yours is due later" in page.later_note.text()
    assert page.parts_model.index(0, 2).data() == "VAR-1107012 电子枪灯丝电源板 ×1"
    assert page.follow_ups_model.rowCount() == 1
    assert "025-8637 4240" in page.follow_ups_model.index(0, 3).data()


def test_nothing_due_says_so(qtbot: QtBot, store: Store) -> None:
    factories.engineer(store, "li.na", "李娜")
    store.user_login = "li.na"
    _, page = window_on_my_day(qtbot, store)
    assert page.jobs_empty.isVisible() and not page.table.isVisible()
    assert "Nothing due today" in page.jobs_empty.text()
    assert page.parts_empty.isVisible() and page.follow_ups_empty.isVisible()


def test_a_login_without_a_record_keeps_its_last_page(qtbot: QtBot, store: Store) -> None:
    window = MainWindow(store, settings(store.data_dir), "K7M3")
    qtbot.addWidget(window)
    assert window.current_page().key == "work_orders"
    page = window.page("my_day").list_page
    assert isinstance(page, MyDayPage)
    with qtbot.waitSignal(page.model.loaded):
        window.show()
        window.show_page("my_day")
    assert "users arrive with the first sync" in page.jobs_empty.text()


def test_activating_a_job_opens_its_work_order(
    qtbot: QtBot, store: Store, day: Day, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[str] = []

    def shown(dialog: QDialog) -> int:
        opened.append(f"{type(dialog).__name__} {dialog.windowTitle()}")
        return 0

    monkeypatch.setattr(QDialog, "exec", shown)
    _, page = window_on_my_day(qtbot, store)
    page.table.setFocus()
    page.table.selectRow(1)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert opened == [f"WorkOrderWindow {numbers(store, day.today)[0]}"]
    with qtbot.waitSignal(page.model.loaded):  # read again: the job may have moved on
        page.parts_table.activated_row.emit(0)
    assert opened[-1] == f"WorkOrderWindow {numbers(store, day.parts)[0]}"
    page.follow_ups_table.activated_row.emit(0)  # the call, recorded as on Follow-ups
    assert opened[-1] == "OutcomeDialog Follow-up call"


def test_the_search_box_finds_and_opens_records(
    qtbot: QtBot, store: Store, day: Day, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[str] = []

    def shown(dialog: QDialog) -> int:
        opened.append(dialog.windowTitle())
        return 0

    monkeypatch.setattr(QDialog, "exec", shown)
    window, page = window_on_my_day(qtbot, store)
    window.show_page("work_orders")
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page().key == "my_day" and page.search.hasFocus()

    def found(kind: HitKind) -> list[str]:
        return [h.title for h in page.search_panel.results.hits() if h.kind is kind]

    type_text(qtbot, page.search, "江苏省肿瘤")
    qtbot.waitUntil(lambda: found(HitKind.HOSPITAL) == ["江苏省肿瘤医院"], timeout=3000)
    page.search.clear()
    assert page.body.currentIndex() == 1  # back to the day
    qtbot.keyClicks(page.search, "H191234")
    qtbot.waitUntil(lambda: found(HitKind.UNIT) == ["Varian TrueBeam · H191234"], timeout=3000)
    page.search.clear()
    qtbot.keyClicks(page.search, "VAR-1107012")
    qtbot.waitUntil(lambda: found(HitKind.PART) == ["VAR-1107012"], timeout=3000)
    page.search.clear()
    number = numbers(store, day.parts)[0]
    qtbot.keyClicks(page.search, number)
    qtbot.waitUntil(lambda: found(HitKind.WORK_ORDER) == [number], timeout=3000)
    qtbot.keyClick(page.search, Qt.Key.Key_Down)
    assert page.search_panel.results.hasFocus()
    qtbot.keyClick(page.search_panel.results, Qt.Key.Key_Return)
    assert opened == [number]


def test_nothing_found_says_where_it_looked(qtbot: QtBot, store: Store, day: Day) -> None:
    _, page = window_on_my_day(qtbot, store)
    type_text(qtbot, page.search, "没有这种东西")
    qtbot.waitUntil(lambda: "Nothing matches" in page.search_panel.note.text(), timeout=3000)
    assert "hospital names in Chinese and English" in page.search_panel.note.text()


def test_a_completed_job_is_due_for_its_signature_from_the_day_it_was_finished(
    store: Store, repaired: str
) -> None:
    me = factories.engineer(store, "li.na", "李娜")
    _, draft = work_orders.load_work_order(store, repaired)
    draft.engineer_ids = [me]
    work_orders.save_work_order(store, repaired, draft)  # reported months ago
    store.user_login = "li.na"
    (job,) = load_my_day(store).jobs
    assert (job.id, job.state) == (repaired, S.COMPLETED)
    assert (job.due, job.days_overdue) == (local_time.today(), 0)


def test_the_day_and_the_search_are_read_off_the_gui_thread(
    qtbot: QtBot, store: Store, day: Day, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    from app.ui.my_day import my_day_page, search_panel

    threads: list[str] = []

    def watched(real: Callable[..., Any]) -> Callable[..., Any]:
        def call(*args: Any, **kwargs: Any) -> Any:
            threads.append(
                real.__name__ if threading.current_thread() is threading.main_thread() else "worker"
            )
            return real(*args, **kwargs)

        return call

    monkeypatch.setattr(my_day_page, "load_my_day", watched(load_my_day))
    monkeypatch.setattr(search_panel, "search_everything", watched(search_everything))
    _, page = window_on_my_day(qtbot, store)
    qtbot.keyClicks(page.search, "H19")
    qtbot.waitUntil(lambda: bool(page.search_panel.results.hits()), timeout=3000)
    assert threads and set(threads) == {"worker"}


def test_a_job_awaiting_parts_names_the_part_its_order_and_date(
    qtbot: QtBot, store: Store, day: Day
) -> None:
    """What is on order shows on the day, as in the work-order window (issue 20)."""
    expected = local_time.today() + timedelta(days=5)
    with store.session() as session:
        awaited_parts.add(
            session,
            day.parts,
            [AwaitedPartDraft(None, "MLC 电机", 1.0, "PO-2026-0412", expected)],
            "li.na",
        )
    job = load_my_day(store).parts_waiting[0]
    assert [(a.name, a.order_reference, a.expected_on) for a in job.awaited] == [
        ("MLC 电机", "PO-2026-0412", expected)
    ]
    text = parts_text(job)
    assert "MLC 电机" in text and "PO-2026-0412" in text and "VAR-1107012" in text


def test_switching_to_an_engineer_reads_users_off_the_gui_thread_and_opens_my_day(
    qtbot: QtBot, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QInputDialog

    factories.engineer(store, "li.na", "李娜")
    offered: list[list[str]] = []

    def choose(*args: Any) -> tuple[str, bool]:
        names = args[3]
        offered.append(list(names))
        return next(n for n in names if n.startswith("李娜")), True

    monkeypatch.setattr(QInputDialog, "getItem", choose)
    window = MainWindow(store, settings(store.data_dir), "K7M3")
    qtbot.addWidget(window)
    window.show()
    assert window.current_page().key == "work_orders"
    window._switch_user()
    assert offered == []  # the users are still being read in the worker
    qtbot.waitUntil(lambda: window.current_page().key == "my_day", timeout=10_000)
    assert store.user_login == "li.na" and "李娜" in window.user_label.text()
    assert any(n.startswith("李娜") for n in offered[0])
