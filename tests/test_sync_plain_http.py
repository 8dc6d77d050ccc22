"""The laptop never sends a password over plain http:// to another machine unless the
user allowed it: the Sync page's setting (settings.ini) or `sync --allow-http` (issue 15).

"beamside.invalid" is a name that never resolves (RFC 6761): refused, the client says
so before any connection ("insecure"); allowed, it tries and finds no server
("unreachable"). A loopback http:// server still logs in as before.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.services.store import Store
from app.ui.i18n import install_translators
from app.ui.sync.sync_login_dialog import LoginDialog
from app.ui.tasks import wait_for_background
from sync.client.round import SyncClient, SyncError, sends_in_the_clear
from tests.sync_harness import ROOT, child_env
from tests.sync_live import PASSWORD, LiveServer, running_server
from tests.test_sync_page import make_page, shown

LAN = "http://beamside.invalid:8765"


@pytest.fixture
def live_server(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[LiveServer]:
    yield from running_server(tmp_path, monkeypatch)


@pytest.fixture(autouse=True)
def drained(store: Store) -> Iterator[None]:
    yield
    wait_for_background()


@pytest.mark.parametrize(
    ("url", "clear"),
    [
        ("http://192.168.1.10:8765", True),
        ("http://beamside.lan:8765", True),
        ("http://127.0.0.1:8765", False),
        ("http://localhost:8765", False),
        ("http://[::1]:8765", False),
        ("https://192.168.1.10:8765", False),
    ],
)
def test_which_addresses_send_in_the_clear(url: str, clear: bool) -> None:
    assert sends_in_the_clear(url) is clear


def test_the_client_refuses_then_tries_when_allowed(
    store: Store, live_server: LiveServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    refused = SyncClient(store, LAN, "li.na", timeout=5)
    with pytest.raises(SyncError) as caught:
        refused.login(PASSWORD)
    assert caught.value.kind == "insecure"
    assert "the password would cross the network unencrypted" in caught.value.message
    allowed = SyncClient(store, LAN, "li.na", timeout=5, allow_http=True)
    with pytest.raises(SyncError) as tried:
        allowed.login(PASSWORD)
    assert tried.value.kind == "unreachable"
    on_loopback = SyncClient(store, live_server.url, "li.na", timeout=10)
    assert on_loopback.login(PASSWORD).user == "li.na"


def _log_in(qtbot: QtBot, page: object, server: str) -> LoginDialog:
    page.server.setText(server)  # type: ignore[attr-defined]
    page.user.setText("li.na")  # type: ignore[attr-defined]
    page.login_button.click()  # type: ignore[attr-defined]
    shown = [d for d in page.findChildren(LoginDialog) if d.isVisible()]  # type: ignore[attr-defined]
    assert len(shown) == 1  # a closed one may still wait for its deletion
    dialog = shown[0]
    qtbot.keyClicks(dialog.password, PASSWORD)
    with qtbot.waitSignal(page.controller.login_failed, timeout=15_000):  # type: ignore[attr-defined]
        dialog.ok.click()
    return dialog


@pytest.mark.parametrize(
    ("language", "refusal", "unreachable"),
    [
        ("en", "The server address starts with http://", "Cannot reach the sync server"),
        (
            "zh_CN",
            "服务器地址以 http:// 开头，密码将以未加密方式在网络上传输",
            "无法连接同步服务器",
        ),
    ],
)
def test_the_sync_page_setting_allows_plain_http(
    qtbot: QtBot,
    qapp: QApplication,
    store: Store,
    monkeypatch: pytest.MonkeyPatch,
    language: str,
    refusal: str,
    unreachable: str,
) -> None:
    install_translators(qapp, language)
    monkeypatch.setenv("BEAMSIDE_TOKEN_STORE", "file")
    try:
        page = make_page(qtbot, store)
        shown(qtbot, page)
        assert not page.allow_http.isChecked() and not page.http_warning.isVisible()
        dialog = _log_in(qtbot, page, LAN)
        qtbot.waitUntil(lambda: refusal in dialog.error.text())
        dialog.reject()
        page.allow_http.click()
        assert page.http_warning.isVisible()
        ini = QSettings(str(store.data_dir / "settings.ini"), QSettings.Format.IniFormat)
        assert ini.value("sync/allow_http") == "true"
        dialog = _log_in(qtbot, page, LAN)
        qtbot.waitUntil(lambda: unreachable in dialog.error.text())
        dialog.reject()
        again = make_page(qtbot, store)
        again.build()
        assert again.allow_http.isChecked()  # kept for the next start
    finally:
        install_translators(qapp, "en")


def _sync_cli(data_dir: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    env = child_env()
    env["BEAMSIDE_PASSWORD"] = PASSWORD
    return subprocess.run(
        [
            sys.executable,
            str(ROOT / "main.py"),
            "--data-dir",
            str(data_dir),
            *extra,
            "sync",
            "--server",
            LAN,
            "--user",
            "li.na",
        ],  # fmt: skip
        cwd=ROOT,
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_the_sync_command_needs_allow_http(tmp_path: Path) -> None:
    refused = _sync_cli(tmp_path / "laptop", "--lang", "en")
    assert refused.returncode == 4
    assert refused.stderr.startswith(
        "beamside: The server address starts with http://, so the password would cross "
        "the network unencrypted."
    )
    in_chinese = _sync_cli(tmp_path / "laptop", "--lang", "zh_CN")
    assert in_chinese.returncode == 4
    assert "密码将以未加密方式在网络上传输" in in_chinese.stderr
    env = child_env()
    env["BEAMSIDE_PASSWORD"] = PASSWORD
    allowed = subprocess.run(
        [
            sys.executable,
            str(ROOT / "main.py"),
            "--data-dir",
            str(tmp_path / "laptop"),
            "sync",
            "--server",
            LAN,
            "--user",
            "li.na",
            "--allow-http",
        ],  # fmt: skip
        cwd=ROOT,
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert allowed.returncode == 3, allowed.stderr  # it tried: no such host
