"""The Hotline and Complaints pages and dialogs: lists load off the GUI thread with
overdue rows marked, the dialogs save through the services and show translated
refusals, what a role may not do is disabled, and the window shows the pages by role."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem, QTableWidgetItem
from pytestqt.qtbot import QtBot

from app.domain import local_time
from app.domain.complaints import (
    ComplaintCategory,
    ComplaintSeverity,
    ComplaintState,
    CustomerSatisfaction,
)
from app.services.complaints import hotline, register
from app.services.store import Store
from app.ui.complaints.call_dialog import CallDialog
from app.ui.complaints.complaint_dialog import ComplaintDialog, ReceiveDialog
from app.ui.complaints.complaints_page import ComplaintsPage
from app.ui.complaints.hotline_page import HotlinePage, LateDelegate
from app.ui.complaints.statistics_dialog import StatisticsDialog
from app.ui.i18n import install_translators
from app.ui.list_page import ListPage
from app.ui.widgets import select_value
from tests.complaint_helpers import as_user, assessed, call, setting


def _text(item: QTableWidgetItem | None) -> str:
    assert item is not None
    return item.text()


@pytest.fixture(autouse=True)
def english(qapp: QApplication) -> Iterator[None]:
    install_translators(qapp, "en")
    yield
    install_translators(qapp, "en")
    QLocale.setDefault(QLocale("en"))


def test_the_hotline_page_marks_a_late_open_question(qtbot: QtBot, store: Store) -> None:
    customer_id, unit_id = setting(store)
    late = local_time.today() - timedelta(days=1)
    hotline.save_call(store, None, call(customer_id, unit_id, owner_login="li.na", due_date=late))
    hotline.save_call(store, None, call(customer_id, unit_id, "复位即可"))
    page = HotlinePage(store)
    qtbot.addWidget(page)
    page.show()
    model = page.list_page.model
    qtbot.waitUntil(lambda: model.rowCount() == 2)
    texts = {model.index(r, 1).data() for r in range(2)}
    assert texts == {"…", "✓"}
    late_row = next(r for r in range(2) if model.index(r, 1).data() == "…")
    option = QStyleOptionViewItem()
    delegate = page.list_page.table.itemDelegate()
    assert isinstance(delegate, LateDelegate)
    delegate.initStyleOption(option, model.index(late_row, 0))
    assert option.backgroundBrush.color().name() == "#fbdddd"
    page.open_only.setChecked(True)
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    assert page.list_page.count.text() == "1 call(s)"


def test_the_call_dialog_refuses_an_open_question_without_owner_then_opens_a_repair(
    qtbot: QtBot, store: Store
) -> None:
    customer_id, unit_id = setting(store)
    dialog = CallDialog(store, None)
    qtbot.addWidget(dialog)
    select_value(dialog.hospital, customer_id)
    select_value(dialog.unit, unit_id)
    dialog.caller_name.setText("张医生")
    dialog.question.setPlainText("MLC 报警")
    select_value(dialog.owner, "")
    assert not dialog.try_save()
    assert dialog.error_text("owner_login") == (
        "⚠ An unanswered question needs an owner and a due date."
    )
    assert not dialog.repair_button.isVisibleTo(dialog)
    dialog.answer.setPlainText("需上门维修")
    assert dialog.try_save() and dialog.call_id is not None
    opened: list[tuple[str, str]] = []
    dialog.opened.connect(lambda kind, rid: opened.append((kind, rid)))
    dialog._show_links(hotline.load_call(store, dialog.call_id))
    dialog.repair_button.click()
    view = hotline.load_call(store, dialog.call_id)
    assert opened == [("work_order", view.work_order_id)]
    assert view.work_order_number in dialog.status.text()
    assert not dialog.repair_button.isEnabled() and dialog.complaint_button.isEnabled()


def test_receiving_and_handling_a_complaint_through_its_dialogs(qtbot: QtBot, store: Store) -> None:
    customer_id, unit_id = setting(store)
    receive = ReceiveDialog(store)
    qtbot.addWidget(receive)
    assert not receive.try_save()
    assert receive.error_text("complainant") == "⚠ This field is required."
    select_value(receive.hospital, customer_id)
    receive.complainant.setText("王主任")
    receive.matter.setPlainText("响应慢")
    assert receive.try_save() and receive.complaint_id is not None
    complaint_id = receive.complaint_id
    dialog = ComplaintDialog(store, complaint_id)  # li.na, an engineer: no assessment
    qtbot.addWidget(dialog)
    assert not dialog.assess_button.isEnabled() and not dialog.progress_button.isEnabled()
    as_user(store, "boss")
    dialog = ComplaintDialog(store, complaint_id)
    qtbot.addWidget(dialog)
    assert dialog.assess_button.isEnabled()
    assert not dialog.save_assessment()
    assert "Give a deadline." in dialog.error.text()
    assert "Choose the severity." in dialog.error.text()
    select_value(dialog.category, ComplaintCategory.RESPONSE_TIME)
    select_value(dialog.severity, ComplaintSeverity.MEDIUM)
    select_value(dialog.owner, "li.na")
    dialog.deadline.set_value(local_time.today() + timedelta(days=10))
    assert dialog.save_assessment()
    assert register.load_complaint(store, complaint_id).state is ComplaintState.ASSESSED
    dialog.progress.setPlainText("已电话联系客户")
    assert dialog.add_progress()
    assert dialog.entries.rowCount() == 3
    assert _text(dialog.entries.item(2, 3)) == "Told by phone"
    assert not dialog.close_complaint()
    assert "A complaint closes only with its root cause." in dialog.error.text()
    dialog.root_cause.setPlainText("周末无人值班")
    select_value(dialog.satisfaction, CustomerSatisfaction.SATISFIED)
    dialog.feedback.setPlainText("满意")
    assert dialog.close_complaint()
    assert "Closed" in dialog.summary.text()
    assert dialog.reopen_button.isEnabled() and not dialog.close_button.isEnabled()


def test_the_complaints_page_counts_overdue_for_the_office_only(qtbot: QtBot, store: Store) -> None:
    customer_id, unit_id = setting(store)
    late = assessed(store, customer_id, unit_id, owner="wang.wei")  # deadline 2026-11-20
    assessed(store, customer_id, unit_id, owner="li.na")
    assert late
    as_user(store, "boss")
    page = ComplaintsPage(store)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.list_page.model.rowCount() == 2)
    overdue = register.overdue_count(store)
    if local_time.today() > date(2026, 11, 20):
        qtbot.waitUntil(lambda: page.overdue.text() == f"{overdue} overdue")
        page.overdue_only.setChecked(True)
        qtbot.waitUntil(lambda: page.list_page.model.rowCount() == overdue)
    as_user(store, "wang.wei")  # owns one; li.na recorded both
    page.update_role()
    assert not page.stats_button.isVisibleTo(page)
    qtbot.waitUntil(lambda: page.list_page.model.rowCount() == 1)  # only his


def test_the_statistics_dialog_loads_in_the_background(qtbot: QtBot, store: Store) -> None:
    customer_id, unit_id = setting(store)
    assessed(store, customer_id, unit_id)
    as_user(store, "boss")
    dialog = StatisticsDialog(store)
    qtbot.addWidget(dialog)
    dialog.since.set_value(date(2026, 1, 1))
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1)
    dialog.dimension.setCurrentIndex(3)  # by hospital
    assert _text(dialog.table.item(0, 0)) == "江苏省肿瘤医院"
    assert _text(dialog.table.item(0, 1)) == "1"


def test_the_window_shows_hotline_and_complaints_by_role(
    qtbot: QtBot, store: Store, tmp_path: Path
) -> None:
    from app.ui.main_window import MainWindow

    setting(store)
    as_user(store, "parts")
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(store, settings, "K7")
    qtbot.addWidget(window)
    rows = [list(window.page_titles).index(k) for k in ("hotline", "complaints")]
    assert all(window.nav.item(r).isHidden() for r in rows)
    as_user(store, "li.na")
    window._show_user()
    assert not any(window.nav.item(r).isHidden() for r in rows)
    window.show_page("complaints")
    assert window.current_page().key == "complaints" and window.new_action.isEnabled()


def test_the_unit_history_shows_its_calls_and_complaints(qtbot: QtBot, store: Store) -> None:
    from PySide6.QtWidgets import QTabWidget

    from app.ui.registry.equipment_detail import EquipmentDetailDialog

    customer_id, unit_id = setting(store)
    hotline.save_call(store, None, call(customer_id, unit_id, "复位即可"))
    hotline.save_call(store, None, call(customer_id, None, "一般咨询"))  # not about the unit
    assessed(store, customer_id, unit_id)
    detail = EquipmentDetailDialog(store, unit_id)
    qtbot.addWidget(detail)
    detail.show()
    assert "1 hotline call(s) · 1 complaint(s) · 1 open" in detail.counts.text()
    tabs = detail.findChild(QTabWidget)
    assert tabs is not None
    assert [tabs.tabText(i) for i in range(tabs.count())] == [
        "Work orders",
        "Hotline calls",
        "Complaints",
        "Customer downtime",
    ]
    for index in (1, 2):
        tabs.setCurrentIndex(index)
        page = tabs.currentWidget()
        assert isinstance(page, ListPage)
        model = page.model
        qtbot.waitUntil(lambda: model.rowCount() == 1)  # noqa: B023 - waited on here


def test_a_dissatisfied_follow_up_offers_a_prefilled_complaint(
    qtbot: QtBot, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.domain.enums import FollowUpOutcome
    from app.services.work_orders import follow_ups
    from app.ui.work_orders.follow_ups_page import FollowUpsPage
    from tests import factories
    from tests.complaint_helpers import RECEIVED

    customer_id, unit_id = setting(store)
    order = factories.work_order(store, unit_id)
    with store.session() as session:
        follow_up = follow_ups.schedule_follow_up(session, store, order.id, RECEIVED)
    follow_ups.record_outcome(store, follow_up, FollowUpOutcome.DISSATISFIED, "修后仍报警")
    seen: list[ReceiveDialog] = []

    def fill_and_accept(dialog: ReceiveDialog) -> int:
        seen.append(dialog)
        dialog.complainant.setText("物理师 陈工")
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(ReceiveDialog, "exec", fill_and_accept)
    page = FollowUpsPage(store)
    qtbot.addWidget(page)
    complaint_id = page.open_complaint(follow_up)
    [dialog] = seen
    assert not dialog.source.isEnabled()  # it came from the follow-up
    assert "修后仍报警" in dialog.matter.toPlainText()
    assert complaint_id is not None
    view = register.load_complaint(store, complaint_id)
    assert (view.draft.customer_id, view.draft.equipment_id) == (customer_id, unit_id)
    assert register.complaint_of_follow_up(store, follow_up) == complaint_id
