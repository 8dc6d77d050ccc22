"""Automatic sync against a real server: login once, rounds in the background, one at a
time, and a round as soon as the server can be reached again."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from app.services.store import Store
from app.services.sync import sync_status
from app.ui.sync.sync_controller import SyncController
from app.ui.sync.sync_work import SyncSnapshot
from app.ui.tasks import wait_for_background
from sync.client import token_store
from tests import factories
from tests.sync_live import PASSWORD, LiveServer, free_port, running_server

pytestmark = pytest.mark.usefixtures("no_keyring")


@pytest.fixture
def live_server(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[LiveServer]:
    yield from running_server(tmp_path, monkeypatch)


@pytest.fixture
def no_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BEAMSIDE_TOKEN_STORE", "file")


@pytest.fixture(autouse=True)
def drained(store: Store) -> Iterator[None]:
    """Workers finish before the store's engine is disposed."""
    yield
    wait_for_background()


def controller_for(store: Store, interval: int = 5) -> SyncController:
    settings = QSettings(str(store.data_dir / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("sync/interval_minutes", interval)
    controller = SyncController(store, settings)
    controller.tick_ms = 200
    controller.probe_every_s = 0.2
    controller.timeout_s = 5
    controller.probe_timeout_s = 1
    return controller


def snapshot(qtbot: QtBot, controller: SyncController) -> SyncSnapshot:
    with qtbot.waitSignal(controller.snapshot_read) as read:
        controller.refresh()
    result = read.args[0]
    assert isinstance(result, SyncSnapshot)
    return result


def log_in(qtbot: QtBot, controller: SyncController, server: LiveServer) -> None:
    with qtbot.waitSignal(controller.logged_in, timeout=10_000):
        controller.login(server.url, "li.na", PASSWORD)


def test_the_state_is_read_in_the_background(qtbot: QtBot, store: Store) -> None:
    factories.hospital_with_unit(store)
    controller = controller_for(store)
    with qtbot.waitSignal(controller.state_changed) as state:
        controller.refresh()
    pending, last_sync, error, running = state.args
    assert pending == sync_status.status(store).pending > 0
    assert (last_sync, error, running) == ("", "", False)
    found = snapshot(qtbot, controller)
    assert not found.logged_in and found.token_where.endswith("sync-token.json")


def test_a_wrong_password_is_refused_by_kind(
    qtbot: QtBot, store: Store, live_server: LiveServer
) -> None:
    controller = controller_for(store)
    with qtbot.waitSignal(controller.login_failed, timeout=10_000) as failed:
        controller.login(live_server.url, "li.na", "wrong")
    assert failed.args[0] == "login"
    assert not snapshot(qtbot, controller).logged_in


def test_sync_now_runs_one_round_at_a_time(
    qtbot: QtBot, store: Store, live_server: LiveServer
) -> None:
    factories.work_order(store, factories.hospital_with_unit(store)[2])
    controller = controller_for(store, interval=0)  # automatic sync off
    log_in(qtbot, controller, live_server)
    assert snapshot(qtbot, controller).logged_in
    with qtbot.waitSignal(controller.synced, timeout=20_000) as synced:
        assert controller.sync_now()
        assert controller.running
        assert not controller.sync_now()  # never two rounds at once
    report = synced.args[0]
    assert report.pushed >= 5 and report.rejected == 0
    qtbot.waitUntil(lambda: sync_status.status(store).pending == 0)
    assert not controller.running
    [run] = sync_status.history(store)
    assert run.error == "" and run.pushed == report.pushed


def test_a_round_starts_when_the_server_can_be_reached_again(
    qtbot: QtBot, store: Store, live_server: LiveServer
) -> None:
    controller = controller_for(store)
    log_in(qtbot, controller, live_server)
    live_server.stop()
    factories.hospital_with_unit(store)
    with qtbot.waitSignal(controller.round_failed, timeout=20_000) as failed:
        controller.start()  # logged in, reachability unknown: probe, then a round
        controller.sync_now()
    assert failed.args[0] == "unreachable"
    assert controller.reachable is False
    assert sync_status.status(store).last_error.startswith("unreachable:")
    live_server.start()  # the same port: the network is back
    with qtbot.waitSignal(controller.synced, timeout=20_000) as synced:
        pass  # no button pressed: the probe finds the server and a round follows
    assert synced.args[0].pushed >= 4
    assert controller.reachable is True
    qtbot.waitUntil(lambda: sync_status.status(store).last_error == "")
    controller.stop()


def test_an_unreachable_address_is_not_probed_as_reachable(qtbot: QtBot, store: Store) -> None:
    controller = controller_for(store)
    address = f"http://127.0.0.1:{free_port()}"
    sync_status.configure(store, address, "li.na")
    token_store.save_token(store.data_dir, address, "li.na", "a-token")
    with qtbot.waitSignal(controller.reachable_changed, timeout=10_000) as changed:
        controller.start()
    assert changed.args == [False]
    assert controller.running is False  # no round against a server that is not there
    controller.stop()


def test_a_round_that_breaks_is_recorded_as_failed(
    qtbot: QtBot, store: Store, live_server: LiveServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Not only SyncErrors: any failure is history, never "synced at …"."""
    from sync.client.round import SyncClient

    controller = controller_for(store, interval=0)
    log_in(qtbot, controller, live_server)

    def broken(_self: SyncClient, _progress: object = None) -> None:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(SyncClient, "sync", broken)
    with qtbot.waitSignal(controller.round_failed, timeout=10_000) as failed:
        controller.sync_now()
    assert failed.args == ["", "disk on fire"]
    state = sync_status.status(store)
    assert state.last_sync_at is None
    assert state.last_error == "RuntimeError: disk on fire"
    assert sync_status.history(store)[0].error == "RuntimeError: disk on fire"
