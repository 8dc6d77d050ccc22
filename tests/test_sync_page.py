"""The Sync page driven as a user would: pending changes, logging in, Sync now against a
real server, an unreachable server, and conflicts from two laptops re-applied with the
page's buttons."""

from __future__ import annotations

import socket
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.db.models import WorkOrder
from app.db.syncing import OutboxChange, SyncConflict
from app.services.signing import signatures as signing
from app.services.store import Store
from app.services.work_orders import orders as work_orders
from app.ui.i18n import install_translators
from app.ui.main_window import MainWindow
from app.ui.sync.sync_controller import SyncController
from app.ui.sync.sync_login_dialog import LoginDialog
from app.ui.sync.sync_page import ResultDelegate, SyncPage
from app.ui.tasks import wait_for_background
from sync.client import token_store
from sync.server.settings import LoginThrottle, ThrottleRule
from tests import factories
from tests.sync_live import PASSWORD, LiveServer, running_server, second_laptop
from tests.test_signing import engineer, signature
from tests.test_sync_conflicts import add_conflict


@pytest.fixture
def live_server(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[LiveServer]:
    yield from running_server(tmp_path, monkeypatch)


@pytest.fixture
def laptop_b(tmp_path: Path) -> Iterator[Store]:
    yield from second_laptop(tmp_path)


@pytest.fixture(autouse=True)
def english(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> None:
    install_translators(qapp, "en")
    monkeypatch.setenv("BEAMSIDE_TOKEN_STORE", "file")


@pytest.fixture(autouse=True)
def drained(store: Store) -> Iterator[None]:
    yield
    wait_for_background()


def make_page(qtbot: QtBot, store: Store) -> SyncPage:
    settings = QSettings(str(store.data_dir / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("sync/interval_minutes", 0)  # rounds only when the test asks
    controller = SyncController(store, settings)
    controller.timeout_s = 5
    page = SyncPage(store, controller, settings)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    return page


def shown(qtbot: QtBot, page: SyncPage) -> None:
    with qtbot.waitSignal(page.controller.snapshot_read):
        page.show()


def log_in_through_the_dialog(qtbot: QtBot, page: SyncPage, server: LiveServer) -> None:
    page.server.setText(server.url)
    page.user.setText("li.na")
    page.login_button.click()
    dialog = page.findChild(LoginDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.password, PASSWORD)
    with qtbot.waitSignal(page.controller.logged_in, timeout=10_000):
        dialog.ok.click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    qtbot.waitUntil(lambda: "Logged in as li.na" in page.login_state.text())


def sync_now(qtbot: QtBot, page: SyncPage) -> None:
    with qtbot.waitSignal(page.controller.synced, timeout=20_000):
        page.sync_button.click()
        assert page.progress.isVisible() and not page.sync_button.isEnabled()
    qtbot.waitUntil(lambda: page.sync_button.isEnabled())


def test_the_page_shows_pending_changes_from_the_outbox(qtbot: QtBot, store: Store) -> None:
    factories.work_order(store, factories.hospital_with_unit(store)[2])
    with store.reading() as session:
        pending = session.query(OutboxChange).count()
    page = make_page(qtbot, store)
    shown(qtbot, page)
    assert page.pending.text() == f"{pending} changes"
    assert page.last_sync.text() == "never"
    assert "Enter the server address" in page.login_state.text()


def test_sync_now_against_a_real_server(
    qtbot: QtBot, store: Store, live_server: LiveServer
) -> None:
    factories.work_order(store, factories.hospital_with_unit(store)[2])
    page = make_page(qtbot, store)
    shown(qtbot, page)
    log_in_through_the_dialog(qtbot, page, live_server)
    assert "sync-token.json" in page.login_state.text()  # the fallback is said, not silent
    sync_now(qtbot, page)
    qtbot.waitUntil(lambda: page.pending.text() == "0 changes")
    page.tabs.setCurrentWidget(page.list_page)  # the history loads when first seen
    qtbot.waitUntil(lambda: page.list_page.model.rowCount() == 1)
    assert page.list_page.table.model().index(0, 6).data() == ""  # no error: "Done"
    assert "received" in page.last_round.text() and page.last_error.text() == "none"
    assert page.last_sync.text() != "never"


def test_a_locked_account_is_explained_in_the_users_language(
    qtbot: QtBot, qapp: QApplication, store: Store, tmp_path: Path
) -> None:
    """Three wrong passwords lock the account (a server set so); the fourth attempt, with
    the right password, is refused, and the dialog says why, in Chinese."""
    rule = ThrottleRule(free=3, lock_after=3, base_delay=1, max_delay=1, lock_seconds=900)
    server = LiveServer(tmp_path / "server", login_throttle=LoginThrottle(account=rule))
    server.add_user("li.na")
    server.start()
    install_translators(qapp, "zh_CN")
    try:
        page = make_page(qtbot, store)
        shown(qtbot, page)
        page.server.setText(server.url)
        page.user.setText("li.na")
        page.login_button.click()
        dialog = page.findChild(LoginDialog)
        assert dialog is not None
        for password in ("wrong one", "wrong two", "wrong three", PASSWORD):
            dialog.password.setText(password)
            with qtbot.waitSignal(page.controller.login_failed, timeout=10_000):
                dialog.ok.click()
        qtbot.waitUntil(lambda: dialog.password.isEnabled())
        assert dialog.error.text() == (
            "⚠ 登录失败次数过多：登录已锁定 15 分钟。请稍后再试，或请服务办公室为该账户解锁。"
        )
        assert dialog.isVisible()
    finally:
        install_translators(qapp, "en")
        server.stop()


def test_an_unreachable_server_is_explained_and_the_gui_stays_responsive(
    qtbot: QtBot, store: Store
) -> None:
    # A server that accepts the connection and never answers: the round waits for its
    # timeout in a worker while the GUI keeps running.
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(8)
        address = f"http://127.0.0.1:{silent.getsockname()[1]}"
        token_store.save_token(store.data_dir, address, "li.na", "a-token")
        page = make_page(qtbot, store)
        page.controller.timeout_s = 1.5
        shown(qtbot, page)
        page.server.setText(address)
        page.user.setText("li.na")
        page.server.editingFinished.emit()
        qtbot.waitUntil(lambda: "Logged in as li.na" in page.login_state.text())
        ticks: list[int] = []
        timer = QTimer()
        timer.timeout.connect(lambda: ticks.append(1))
        timer.start(50)
        with qtbot.waitSignal(page.controller.round_failed, timeout=10_000) as failed:
            page.sync_button.click()
        timer.stop()
    assert failed.args[0] == "unreachable"
    assert len(ticks) >= 10  # the event loop ran all along
    qtbot.waitUntil(lambda: page.last_error.text().startswith("Cannot reach the sync server"))
    qtbot.waitUntil(lambda: "Cannot reach the sync server" in page.last_round.text())
    assert page.sync_button.isEnabled() and not page.progress.isVisible()


def edit_description(store: Store, order_id: str, text: str) -> None:
    _number, draft = work_orders.load_work_order(store, order_id)
    draft.description = text
    work_orders.save_work_order(store, order_id, draft)


def test_a_conflict_from_two_laptops_is_listed_and_reapplied(
    qtbot: QtBot, store: Store, laptop_b: Store, live_server: LiveServer
) -> None:
    order = factories.work_order(store, factories.hospital_with_unit(store)[2])
    page_a = make_page(qtbot, store)
    shown(qtbot, page_a)
    log_in_through_the_dialog(qtbot, page_a, live_server)
    sync_now(qtbot, page_a)
    page_b = make_page(qtbot, laptop_b)
    shown(qtbot, page_b)
    log_in_through_the_dialog(qtbot, page_b, live_server)
    sync_now(qtbot, page_b)  # B now holds the work order
    # Both edit the same field offline; B first, so A's later edit wins.
    edit_description(laptop_b, order.id, "B: 更换 MLC 电机")
    edited_ms = time.time_ns() // 1_000_000
    # Clocks are milliseconds: A's edit must be in a later one.
    qtbot.waitUntil(lambda: time.time_ns() // 1_000_000 > edited_ms + 1)
    edit_description(store, order.id, "A: 校准 MLC 叶片")
    sync_now(qtbot, page_a)
    sync_now(qtbot, page_b)
    view = page_b.conflicts
    qtbot.waitUntil(lambda: page_b.tabs.tabText(0) == "Conflicts (1)")
    assert view.model.rowCount() == 1
    assert page_b.tabs.currentWidget() is view
    row = view.current()
    assert row is not None and row.lost_here
    assert view.model.index(0, 0).data() == f"Work order {order.number}"
    assert view.model.index(0, 1).data() == "Description"
    assert view.model.index(0, 2).data() == "Edited on two laptops at once"
    assert (view.lost.toPlainText(), view.kept.toPlainText()) == (
        "B: 更换 MLC 电机",
        "A: 校准 MLC 叶片",
    )
    assert view.reapply_button.text() == "Re-apply my value"
    with qtbot.waitSignal(view.resolved):
        view.reapply_button.click()
    with laptop_b.reading() as session:
        stored = session.get(WorkOrder, order.id)
        assert stored is not None and stored.description == "B: 更换 MLC 电机"
        assert session.query(OutboxChange).filter_by(row_id=order.id).count() == 1
        assert session.query(SyncConflict).one().resolution == "reapplied"
    qtbot.waitUntil(lambda: view.model.rowCount() == 0)
    sync_now(qtbot, page_b)
    sync_now(qtbot, page_a)  # the re-applied value reaches the other laptop
    with store.reading() as session:
        stored = session.get(WorkOrder, order.id)
        assert stored is not None and stored.description == "B: 更换 MLC 电机"


def test_the_conflicts_tab_counts_the_list_it_shows(
    qtbot: QtBot, store: Store, repaired: str
) -> None:
    """The tab label and the list come from one read: when the list changes, the label
    already says so (it used to wait for the controller's separate status read)."""
    page = make_page(qtbot, store)
    shown(qtbot, page)
    view = page.conflicts
    qtbot.waitUntil(lambda: "No conflicts" in view.explanation.text())
    labels: list[str] = []
    view.model.modelReset.connect(lambda: labels.append(page.tabs.tabText(0)))
    add_conflict(store, "work_order", repaired, "description", "我的描述", "原描述")
    view.refresh()  # the list alone re-reads (as after a round or a re-apply)
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    assert labels[-1] == "Conflicts (1)"
    view.show_resolved.setChecked(True)  # the list shows none; one is still open
    qtbot.waitUntil(lambda: len(labels) == 2)
    assert view.model.rowCount() == 0 and labels[-1] == "Conflicts (1)"


def test_a_signed_record_is_refused_in_the_page(qtbot: QtBot, store: Store, repaired: str) -> None:
    signing.sign(store, repaired, engineer())
    signing.sign(store, repaired, signature())
    add_conflict(
        store,
        "work_order",
        repaired,
        "description",
        "我的描述",
        "原描述",
        "signed",
        "signed: the work order is signed",
    )
    page = make_page(qtbot, store)
    shown(qtbot, page)
    view = page.conflicts
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    assert "signed elsewhere" in view.explanation.text()
    view.reapply_button.click()
    qtbot.waitUntil(lambda: view.refusal.isVisible())
    assert "amend" in view.refusal.text()
    view.dismiss_button.click()
    qtbot.waitUntil(lambda: view.model.rowCount() == 0)
    view.show_resolved.setChecked(True)
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    assert "Dismissed on" in view.explanation.text()


def test_a_refused_audit_anchoring_fails_the_round_on_the_page(
    qtbot: QtBot, qapp: QApplication, store: Store, live_server: LiveServer
) -> None:
    """An entry altered before it was anchored: the server refuses the trail, and the
    page says so in the user's language (the server's reason in the tooltip)."""
    from app.services.sync import sync_status
    from sync.client.round import SyncClient

    sync_status.configure(store, live_server.url, "li.na")
    client = SyncClient(store, live_server.url, "li.na")
    client.login(PASSWORD)
    client.sync_and_record()
    client.http.close()
    factories.hospital_with_unit(store)
    with store.engine.begin() as connection:  # behind Beamside's back, hash not recomputed
        connection.exec_driver_sql(
            "UPDATE audit_entry SET new_value = '别的医院' WHERE seq = (SELECT max(seq) FROM "
            "audit_entry)"
        )
    install_translators(qapp, "zh_CN")
    try:
        page = make_page(qtbot, store)
        shown(qtbot, page)
        with qtbot.waitSignal(page.controller.round_failed, timeout=20_000) as failed:
            page.sync_button.click()
        assert failed.args[0] == "audit"
        qtbot.waitUntil(
            lambda: page.last_error.text().startswith("审计记录未能在服务器上存证："),
            timeout=20_000,
        )
        assert "does not continue at entry" in page.last_error.text()
        assert page.last_error.toolTip().startswith("audit: audit trail of this device")
        page.tabs.setCurrentWidget(page.list_page)
        qtbot.waitUntil(lambda: page.list_page.model.rowCount() == 2, timeout=20_000)
        table = page.list_page.table
        delegate = table.itemDelegateForColumn(6)
        assert isinstance(delegate, ResultDelegate)
        shown_results = {
            delegate.displayText(table.model().index(row, 6).data(), QLocale()) for row in (0, 1)
        }
        assert shown_results == {"审计记录未存证", "完成"}
        assert page.sync_button.isEnabled()
    finally:
        install_translators(qapp, "en")


def test_the_main_window_has_a_sync_page_and_status(qtbot: QtBot, store: Store) -> None:
    factories.hospital_with_unit(store)
    settings = QSettings(str(store.data_dir / "s.ini"), QSettings.Format.IniFormat)
    window = MainWindow(store, settings, "K7M3")
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.sync_controller.state_changed):
        window.sync_controller.refresh()
    qtbot.waitUntil(lambda: window.sync_indicator.text() == "⇅ Not set up for sync yet")
    window.sync_indicator.click()
    assert window.current_page().key == "sync"
    qtbot.keyClick(
        window,
        Qt.Key.Key_S,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: window.sync_page.account_error.isVisible())  # no server set yet
    from app.services.sync.sync_status import configure

    configure(store, "https://beamside.example", "wang")
    window.sync_controller.refresh()
    qtbot.waitUntil(lambda: "waiting" in window.sync_indicator.text())
    assert "Not set up" not in window.sync_indicator.text()


def test_refusals_and_errors_read_as_sentences(qapp: QApplication) -> None:
    from app.ui.sync.sync_texts import error_text, reason_text, run_result, short_error

    assert reason_text("permission: the role 'engineer' may not change 'part' records") == (
        "Your role may not make this change. (the role 'engineer' may not change 'part' records)"
    )
    assert reason_text("append-only: signature").startswith("This kind of record cannot")
    assert reason_text("unknown row: work_order 1").startswith("The server does not have")
    assert reason_text("something new") == "something new"  # unknown: the server's own text
    assert error_text("too_old", "426").startswith("This Beamside is too old")
    assert run_result("clock: 7 minutes ahead") == short_error("clock") == "clock is wrong"
    install_translators(qapp, "zh_CN")
    try:
        assert error_text("unreachable", "x").startswith("无法连接同步服务器")
        assert reason_text("validation: bad date").startswith("服务器认为该值无效。")
    finally:
        install_translators(qapp, "en")


def test_a_record_the_laptop_could_not_read_is_listed(
    qtbot: QtBot, qapp: QApplication, store: Store
) -> None:
    """A pulled row the laptop skipped (issue 21) is on the page, in the user's words."""
    from app.ui.sync.sync_texts import kind_short, reason_text
    from sync.client.apply import Applied
    from sync.client.round import Unreadable, _save_conflicts, _unreadable

    skipped = Unreadable("equipment", "poison-row", "recursion limit exceeded")
    with store.engine.connect() as connection:
        assert _save_conflicts(connection, [_unreadable(skipped)], Applied()) == 1
        connection.commit()
    page = make_page(qtbot, store)
    shown(qtbot, page)
    view = page.conflicts
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    assert view.model.index(0, 2).data() == "Could not be read"
    assert "cannot read" in view.explanation.text()
    assert "recursion limit exceeded" in view.explanation.text()
    install_translators(qapp, "zh_CN")
    try:
        assert kind_short("unreadable") == "无法读取"
        assert reason_text("lost: a newer edit").startswith("保留了另一台电脑上较新的编辑。")
    finally:
        install_translators(qapp, "en")


def test_the_status_bar_sync_words_read_in_chinese(qapp: QApplication) -> None:
    from PySide6.QtCore import QCoreApplication

    install_translators(qapp, "zh_CN")
    try:
        tr = QCoreApplication.translate
        assert tr("SyncIndicator", "⇅ Not set up for sync yet") == "⇅ 尚未设置同步"
        assert tr("SyncIndicator", "⇅ %n change(s) waiting", "", 3) == "⇅ 3 项更改待发送"
        assert tr("SyncIndicator", "last sync %1") == "上次同步 %1"
    finally:
        install_translators(qapp, "en")


def test_an_unsent_edit_of_a_record_handed_away_is_listed_as_refused(
    qtbot: QtBot, qapp: QApplication, store: Store
) -> None:
    """A complaint the server withdrew (handed to a colleague) leaves the laptop; the
    user's unsent cause is on the page as a refused change, in the user's words."""
    from app.services.complaints import register
    from sync.client.apply import Applied
    from sync.client.round import _save_conflicts
    from sync.client.withdraw import withdraw
    from sync.protocol import RowRef
    from tests.complaint_helpers import assessment, complaint, setting

    customer_id, unit_id = setting(store)
    store.user_login = "boss"
    complaint_id = register.receive(store, complaint(customer_id, unit_id))
    register.assess(store, complaint_id, assessment("boss"))
    register.record_cause(store, complaint_id, "批次缺陷", "更换批次")
    with store.engine.connect() as connection:
        gone = withdraw(connection, [RowRef(table="complaint", id=complaint_id)])
        assert _save_conflicts(connection, gone.kept, Applied()) >= 2
        connection.commit()
    page = make_page(qtbot, store)
    shown(qtbot, page)
    view = page.conflicts
    qtbot.waitUntil(lambda: view.model.rowCount() > 0)
    cause = next(
        r for r in range(view.model.rowCount()) if view.model.index(r, 3).data() == "批次缺陷"
    )
    view.table.selectRow(cause)
    assert view.model.index(cause, 2).data() == "Refused by the server"
    assert "handed to someone else" in view.explanation.text()
    install_translators(qapp, "zh_CN")
    try:
        from app.ui.sync.sync_texts import reason_text

        assert reason_text(gone.kept[0][3]).startswith("该记录已转交他人")
    finally:
        install_translators(qapp, "en")


def test_a_change_kept_for_finance_is_explained_while_the_manager_syncs(
    qtbot: QtBot, store: Store
) -> None:
    from app.services.costs import budgets
    from app.services.sync import sync_status
    from sync.client.round import _put
    from tests.test_costs import FINANCE, MANAGER, _people, as_user

    _people(store)
    as_user(store, MANAGER)
    budget_id = budgets.draft(store, 2026)
    as_user(store, FINANCE)
    budgets.approve(store, budget_id)  # finance approves on the manager's laptop
    sync_status.configure(store, "https://office.example", MANAGER)
    with store.engine.begin() as connection:
        _put(connection, "role", "service_manager")  # as the manager's login stores it
    with store.reading() as session:
        pending = session.query(OutboxChange).count()
    page = make_page(qtbot, store)
    shown(qtbot, page)
    assert page.pending.text() == (
        f"{pending} changes (1 kept for a colleague whose role may send them, e.g. "
        "finance's approval of a budget: they go when that person syncs from this laptop)"
    )
