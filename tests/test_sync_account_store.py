"""The sync server and user are stored once, in the database's sync_state (issue 18
§7). A laptop upgraded from a version that also kept them in settings.ini keeps its
account: the first read moves them into sync_state (unless it has its own) and
removes the old keys; nothing writes them to the settings any more."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.services.store import Store
from app.services.sync import sync_status
from app.ui.i18n import install_translators
from app.ui.sync.sync_controller import SyncController
from app.ui.sync.sync_page import SyncPage
from app.ui.tasks import wait_for_background

OLD_SERVER, OLD_USER = "https://sync.example.cn:8765", "li.na"


@pytest.fixture(autouse=True)
def english(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    install_translators(qapp, "en")
    monkeypatch.setenv("BEAMSIDE_TOKEN_STORE", "file")
    yield
    wait_for_background()


def old_settings(store: Store) -> QSettings:
    """settings.ini as a Beamside before this change left it."""
    settings = QSettings(str(store.data_dir / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("sync/interval_minutes", 0)
    settings.setValue("sync/server", OLD_SERVER)
    settings.setValue("sync/user", OLD_USER)
    settings.sync()
    return settings


def open_page(qtbot: QtBot, store: Store, settings: QSettings) -> SyncPage:
    controller = SyncController(store, settings)
    page = SyncPage(store, controller, settings)
    qtbot.addWidget(page)
    with qtbot.waitSignal(controller.snapshot_read):
        page.show()
    return page


def test_an_upgraded_laptop_keeps_its_server_and_user(qtbot: QtBot, store: Store) -> None:
    settings = old_settings(store)
    assert sync_status.status(store).server == ""  # the old version kept them only there
    page = open_page(qtbot, store, settings)
    state = sync_status.status(store)
    assert (state.server, state.user) == (OLD_SERVER, OLD_USER)
    assert (page.server.text(), page.user.text()) == (OLD_SERVER, OLD_USER)
    assert "Not logged in on this laptop yet." in page.login_state.text()
    settings.sync()
    reread = QSettings(str(store.data_dir / "settings.ini"), QSettings.Format.IniFormat)
    assert not reread.contains("sync/server") and not reread.contains("sync/user")
    assert reread.value("sync/interval_minutes") in (0, "0")  # other settings stay


def test_the_database_wins_over_an_old_copy_in_the_settings(qtbot: QtBot, store: Store) -> None:
    sync_status.configure(store, "https://office.example.cn", "wang.fang")
    settings = old_settings(store)  # a stale copy
    page = open_page(qtbot, store, settings)
    state = sync_status.status(store)
    assert (state.server, state.user) == ("https://office.example.cn", "wang.fang")
    assert page.server.text() == "https://office.example.cn"
    assert not settings.contains("sync/server")


def test_a_new_account_is_stored_in_sync_state_only(qtbot: QtBot, store: Store) -> None:
    settings = QSettings(str(store.data_dir / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("sync/interval_minutes", 0)
    page = open_page(qtbot, store, settings)
    page.server.setText("https://sync.example.cn")
    page.user.setText("zhou.min")
    with qtbot.waitSignal(page.controller.snapshot_read, timeout=5000):
        page.server.editingFinished.emit()
    state = sync_status.status(store)
    assert (state.server, state.user) == ("https://sync.example.cn", "zhou.min")
    assert not settings.contains("sync/server") and not settings.contains("sync/user")
