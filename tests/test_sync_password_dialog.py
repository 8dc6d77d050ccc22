"""The Sync page's "Change password…" dialog against a real server, driven with the
keyboard as a user would (issue 15): a change that works, a refusal of the policy
shown in the user's language, a wrong current password, and typing errors caught
before anything is sent."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.services.store import Store
from app.ui.i18n import install_translators
from app.ui.sync.sync_page import SyncPage
from app.ui.sync.sync_password_dialog import ChangePasswordDialog
from app.ui.tasks import wait_for_background
from sync.server.settings import LoginThrottle, ThrottleRule
from tests.sync_live import PASSWORD, LiveServer, running_server
from tests.test_sync_page import log_in_through_the_dialog, make_page, shown

NEW = "Blue-kettle-orbit-59"


@pytest.fixture
def live_server(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[LiveServer]:
    yield from running_server(tmp_path, monkeypatch)


@pytest.fixture(autouse=True)
def english(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    install_translators(qapp, "en")
    monkeypatch.setenv("BEAMSIDE_TOKEN_STORE", "file")
    yield
    wait_for_background()
    install_translators(qapp, "en")


def logged_in_page(qtbot: QtBot, store: Store, server: LiveServer) -> SyncPage:
    page = make_page(qtbot, store)
    shown(qtbot, page)
    assert not page.password_button.isEnabled()  # nobody logged in yet
    log_in_through_the_dialog(qtbot, page, server)
    qtbot.waitUntil(page.password_button.isEnabled)
    return page


def open_dialog(qtbot: QtBot, page: SyncPage) -> ChangePasswordDialog:
    qtbot.mouseClick(page.password_button, Qt.MouseButton.LeftButton)
    dialog = page.findChild(ChangePasswordDialog)
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def type_passwords(qtbot: QtBot, dialog: ChangePasswordDialog, *texts: str) -> None:
    """Types into the fields in order, moving on with Tab, and presses Enter."""
    dialog.activateWindow()
    dialog.current.setFocus()
    qtbot.waitUntil(dialog.current.hasFocus)
    for text in texts:
        focused = QApplication.focusWidget()
        assert focused is not None
        qtbot.keyClicks(focused, text)
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    qtbot.keyClick(dialog.repeat, Qt.Key.Key_Return)


def logs_in(server: LiveServer, password: str) -> bool:
    body = {"user": "li.na", "password": password, "device_id": "other", "protocol": 3}
    return httpx.post(f"{server.url}/auth/login", json=body, timeout=30).status_code == 200


def test_the_password_is_changed_and_the_laptop_stays_logged_in(
    qtbot: QtBot, store: Store, live_server: LiveServer
) -> None:
    page = logged_in_page(qtbot, store, live_server)
    dialog = open_dialog(qtbot, page)
    with qtbot.waitSignal(page.controller.password_changed, timeout=10_000):
        type_passwords(qtbot, dialog, PASSWORD, NEW, NEW)
    assert dialog.message.text().startswith("Your password was changed.")
    assert not dialog.ok.isVisible() and dialog.cancel.text() == "Close"
    assert logs_in(live_server, NEW) and not logs_in(live_server, PASSWORD)
    page.refresh()
    qtbot.waitUntil(lambda: "Logged in as li.na" in page.login_state.text())


def test_a_policy_refusal_is_shown_in_chinese(
    qtbot: QtBot, qapp: QApplication, store: Store, live_server: LiveServer
) -> None:
    page = logged_in_page(qtbot, store, live_server)
    install_translators(qapp, "zh_CN")
    dialog = open_dialog(qtbot, page)
    with qtbot.waitSignal(page.controller.password_change_failed, timeout=10_000):
        type_passwords(qtbot, dialog, PASSWORD, "password123456", "password123456")
    qtbot.waitUntil(dialog.ok.isEnabled)
    assert dialog.message.text() == (
        "⚠ 新密码太容易被猜到（常见密码、单词、姓名或键盘排列）。"
        "请选择更长、更不常见的密码，例如几个不相关的词。"
    )
    assert dialog.new.hasFocus() and dialog.repeat.text() == ""
    short = "short"
    dialog.new.setText(short)
    dialog.repeat.setText(short)
    with qtbot.waitSignal(page.controller.password_change_failed, timeout=10_000):
        dialog.ok.click()
    qtbot.waitUntil(dialog.ok.isEnabled)
    assert dialog.message.text() == "⚠ 新密码太短：至少需要 10 个字符。"
    assert logs_in(live_server, PASSWORD)  # nothing changed


def test_a_wrong_current_password_is_said_and_nothing_changes(
    qtbot: QtBot, store: Store, live_server: LiveServer
) -> None:
    page = logged_in_page(qtbot, store, live_server)
    dialog = open_dialog(qtbot, page)
    with qtbot.waitSignal(page.controller.password_change_failed, timeout=10_000):
        type_passwords(qtbot, dialog, "not my password", NEW, NEW)
    qtbot.waitUntil(dialog.ok.isEnabled)
    assert dialog.message.text() == "⚠ The current password is not right. Nothing was changed."
    assert dialog.current.hasFocus()
    assert "Logged in as li.na" in page.login_state.text()
    assert logs_in(live_server, PASSWORD)


def test_typing_mistakes_are_caught_before_anything_is_sent(
    qtbot: QtBot, store: Store, live_server: LiveServer
) -> None:
    page = logged_in_page(qtbot, store, live_server)
    dialog = open_dialog(qtbot, page)
    sent: list[object] = []
    page.controller.password_change_failed.connect(lambda *a: sent.append(a))
    page.controller.password_changed.connect(sent.append)
    type_passwords(qtbot, dialog, PASSWORD, NEW, NEW + "x")
    assert dialog.message.text() == "⚠ The two new passwords differ. Type it again."
    assert dialog.repeat.hasFocus()
    dialog.current.clear()
    dialog.ok.click()
    assert dialog.message.text() == "⚠ Enter your current password."
    wait_for_background()
    assert sent == [] and logs_in(live_server, PASSWORD)


def test_a_locked_account_and_an_offline_server_are_explained(
    qtbot: QtBot, store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Wrong current passwords lock the account like failed logins (a server set to
    lock at 2); then the server goes away. Each is said, and the laptop stays logged in."""
    monkeypatch.setenv("BEAMSIDE_TOKEN_STORE", "file")
    rule = ThrottleRule(free=1, lock_after=2, base_delay=0, max_delay=0, lock_seconds=900)
    server = LiveServer(tmp_path / "server", login_throttle=LoginThrottle(account=rule))
    server.add_user("li.na")
    server.start()
    try:
        page = logged_in_page(qtbot, store, server)  # the login's success resets the count
        dialog = open_dialog(qtbot, page)
        for _attempt in range(3):
            dialog.current.setText("not my password")
            dialog.new.setText(NEW)
            dialog.repeat.setText(NEW)
            with qtbot.waitSignal(page.controller.password_change_failed, timeout=10_000):
                dialog.ok.click()
            qtbot.waitUntil(dialog.ok.isEnabled)
        assert dialog.message.text() == (
            "⚠ Too many failed logins: logging in is locked for 15 minute(s). Try again "
            "later, or ask the service office to unlock the account."
        )
    finally:
        server.stop()
    dialog.repeat.setText(NEW)
    with qtbot.waitSignal(page.controller.password_change_failed, timeout=10_000):
        dialog.ok.click()
    qtbot.waitUntil(dialog.ok.isEnabled)
    assert dialog.message.text() == (
        "⚠ Cannot reach the sync server. Check the network and the server address."
    )
    assert dialog.isVisible() and dialog.current.hasFocus()
