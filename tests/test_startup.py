"""Start-up as the user sees it: the window's frame first, the database after (issue 10 §7)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QTableView
from pytestqt.qtbot import QtBot

from app import settings_keys
from app.db import first_page
from app.db.schema import backup_database, open_database
from app.domain import local_time
from app.paths import backups_dir, database_path
from app.services.store import Store
from app.ui import application
from app.ui.application import EXIT_DATABASE, LaunchOptions, StartUp, settings_for
from app.ui.i18n import install_translators
from app.ui.main_window import MainWindow
from tests import factories
from tests.conftest import ROOT
from tests.db_templates import DemoSeed


@pytest.fixture(autouse=True)
def english(qapp: QApplication) -> None:
    install_translators(qapp, "en")


@pytest.fixture
def held(monkeypatch: pytest.MonkeyPatch) -> Iterator[threading.Event]:
    """Holds the database opening (in its worker) until the test lets it go."""
    gate = threading.Event()
    real = application.open_store

    def held_open(*args: Any, **kwargs: Any) -> application.OpenedStore:
        if not gate.wait(30):
            raise TimeoutError("the test never let the opening go")
        return real(*args, **kwargs)

    monkeypatch.setattr(application, "open_store", held_open)
    yield gate
    gate.set()


def start(qtbot: QtBot, data_dir: Path, ended: list[int]) -> tuple[MainWindow, StartUp]:
    """What `run` does, without its event loop: the window, then the opening once drawn."""
    settings = settings_for(data_dir)
    window = MainWindow(None, settings)
    qtbot.addWidget(window)
    startup = StartUp(LaunchOptions(data_dir), settings, window, ended.append)
    startup.start()
    with qtbot.waitSignal(window.first_painted, timeout=10_000):
        window.show()
    return window, startup


def listed(window: MainWindow, rows: int) -> bool:
    if not window.pages:
        return False
    page = window.page("work_orders").list_page
    return page.model.rowCount() == rows and page.isVisible()


def test_the_frame_and_an_opening_state_come_before_the_list(
    qtbot: QtBot,
    store: Store,
    held: threading.Event,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # the state itself
    monkeypatch.setattr(first_page, "read_first_page", lambda _path, _english=False: None)
    _, _, unit = factories.hospital_with_unit(store, "江苏省肿瘤医院", "H100001")
    first = factories.work_order(store, unit, description="真空泵报警")
    factories.work_order(store, unit, description="季度巡检")
    ended: list[int] = []

    window, startup = start(qtbot, store.data_dir, ended)

    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert titles == [
        "My day",
        "Work orders",
        "Equipment",
        "Hospitals and sites",
        "Follow-ups",
        "Test instruments",
        "Stock",
        "Service plan",  # hidden for the parts administrator
        "Hotline",  # hotline and complaints: hidden for the parts administrator
        "Complaints",
        "Dashboard",  # hidden for field roles (test_dashboard.py)
        "Upgrades",
        "Purchasing",  # the parts administrator's, the service manager's and QC's
        "Costs",  # finance's and the service manager's (test_costs_ui.py)
        "Staff",  # the manager and the field staff (their own records)
        "Sync",
    ]
    assert window.nav.isVisible() and window.menuBar().isVisible()
    assert window.opening.isVisible()
    assert window.opening.text() == "Opening the database…"
    assert window.pages == []
    for action in (window.new_action, window.open_action, window.refresh_action):
        assert not action.isEnabled()  # nothing to act on yet
    picture = window.grab()
    assert picture.width() > 600 and picture.save(str(tmp_path / "opening.png"))

    held.set()
    qtbot.waitUntil(lambda: listed(window, 2), timeout=10_000)
    page = window.page("work_orders").list_page
    assert window.stack.currentWidget() is page
    assert page.count.text() == "2 work orders"
    shown = {page.model.index(row, 0).data() for row in range(2)}
    assert first.number in shown
    assert window.new_action.isEnabled() and window.refresh_action.isEnabled()
    # Not in the status bar, clipped: the prefix and the data folder are in About.
    status = " ".join(label.text() for label in window.statusBar().findChildren(QLabel))
    assert str(store.data_dir) not in status and "prefix" not in status
    assert window.about_text().endswith(f"Data folder: {store.data_dir}")
    assert ended == []
    startup.finish()


def shown_rows(view: QTableView, rows: int | None = None) -> list[list[str]]:
    """The texts of the first `rows` rows (all by default) as the view displays them."""
    model = view.model()
    return [
        [model.index(row, column).data() for column in range(model.columnCount())]
        for row in range(model.rowCount() if rows is None else rows)
    ]


def test_the_first_page_shows_before_the_store_and_the_real_list_takes_over(
    qtbot: QtBot,
    store: Store,
    held: threading.Event,
    demo_seed: DemoSeed,
) -> None:
    demo_seed(store)
    ended: list[int] = []

    window, startup = start(qtbot, store.data_dir, ended)

    qtbot.waitUntil(lambda: window.first_page is not None and window.first_page.isVisible())
    assert window.pages == []  # the Store is still held
    early = window.first_page
    assert early is not None
    early_view = early.findChild(QTableView)
    early_count = early.findChild(QLabel, "first_page_count")
    assert early_view is not None and early_count is not None
    early_rows = shown_rows(early_view)
    headers = [
        early_view.model().headerData(c, Qt.Orientation.Horizontal)
        for c in range(early_view.model().columnCount())
    ]
    count_text = early_count.text()
    early_current = early_view.currentIndex().row()
    early_widths = [early_view.columnWidth(c) for c in range(len(headers))]
    assert early_rows and count_text.endswith("work orders") and early_current == 0

    held.set()
    qtbot.waitUntil(lambda: listed(window, startup.first_count or -1), timeout=15_000)
    page = window.page("work_orders").list_page
    assert window.stack.currentWidget() is page
    assert page.count.text() == count_text
    assert shown_rows(page.table, len(early_rows)) == early_rows  # its first page, no more
    assert headers == [
        page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(page.model.columnCount())
    ]
    assert page.table.currentIndex().row() == early_current
    assert [page.table.columnWidth(c) for c in range(len(headers))] == early_widths
    assert window.first_page is None
    assert window.stack.count() == len(window.pages)  # the early view went with the opening
    startup.finish()


def test_a_damaged_database_is_offered_its_backup_over_the_window(
    qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = database_path(data_dir)
    opened = open_database(path, backups_dir(data_dir))
    store = Store(opened.engine, data_dir, "tester")
    _, _, unit = factories.hospital_with_unit(store)
    kept = factories.work_order(store, unit, description="保存在备份里的工单")
    opened.engine.dispose()
    backup = backup_database(path, backups_dir(data_dir), "manual")
    path.write_bytes(b"\0garbage" * 4096)
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    asked: list[str] = []

    def answer(*args: Any) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    ended: list[int] = []

    window, startup = start(qtbot, data_dir, ended)

    qtbot.waitUntil(lambda: listed(window, 1), timeout=15_000)
    assert len(asked) == 1
    assert "is damaged" in asked[0] and backup.name in asked[0]
    page = window.page("work_orders").list_page
    assert page.model.index(0, 0).data() == kept.number
    assert list(data_dir.glob("beamside.db.damaged-*"))  # kept aside, never overwritten
    assert ended == []
    startup.finish()


def test_a_newer_database_is_refused_after_the_frame_and_the_app_ends(
    qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_database(database_path(data_dir), backups_dir(data_dir)).engine.dispose()
    con = sqlite3.connect(database_path(data_dir))
    con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.commit()
    con.close()
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *args: shown.append(str(args[2])))
    ended: list[int] = []

    window, startup = start(qtbot, data_dir, ended)

    qtbot.waitUntil(lambda: ended == [EXIT_DATABASE], timeout=10_000)
    assert len(shown) == 1 and "newer version of Beamside (schema 9999)" in shown[0]
    assert not window.isVisible()
    assert window.pages == []
    startup.finish()


FIRST_FRAME = """
import enum, sys

made = []
real_create = enum.EnumType._create_


def spy(cls, name, *args, **kwargs):
    made.append(name)
    return real_create(cls, name, *args, **kwargs)


enum.EnumType._create_ = spy

import app.cli
from app.ui import application


def at_first_frame(self):
    heavy = (
        "sqlalchemy", "pydantic", "pyhanko", "reportlab",
        "app.ui.work_orders.work_order_window",
        # light, but a bare window's time matters: applied or opened after the frame
        "app.installation", "configparser", "zoneinfo", "logging.handlers",
        "app.domain.enums", "app.ui.tasks",
    )
    print("loaded:", [m for m in heavy if m in sys.modules])
    print("Qt namespace enums made:", "AlignmentFlag" in made)
    print("fonts at the first frame:", application.QApplication.font().families())
    self._after_first_frame()
    print("fonts after it:", application.QApplication.font().families())
    application.QApplication.exit(0)


application.StartUp._open_first = at_first_frame
app.cli.main(["--data-dir", sys.argv[1], "--lang", sys.argv[2], "--smoke"])
"""


def first_frame(data_dir: Path, language: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", FIRST_FRAME, str(data_dir), language],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        check=False,
    )


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_first_frame_is_drawn_without_the_database_machinery(
    data_dir: Path, language: str
) -> None:
    """What the first paint pays for: a guard for benchmarks/startup.py's first ratio
    (nothing of the database, the time zone or the log file's rotation)."""
    result = first_frame(data_dir, language)
    assert result.returncode == 0, result.stderr
    assert "loaded: []" in result.stdout, result.stdout
    # ~90 Python enums made at the first use of `Qt.…` (see FRAME_ONLY in main_window.py)
    assert "Qt namespace enums made: False" in result.stdout, result.stdout
    assert not database_path(data_dir).exists()  # the frame never touched the database
    # The CJK font is added before a Chinese first frame, after an English one (which
    # shows no Chinese), before any record can show.
    fonts = dict(line.split(": ", 1) for line in result.stdout.splitlines() if "fonts" in line)
    assert ("WenQuanYi" in fonts["fonts at the first frame"]) == (language == "zh_CN")
    assert "WenQuanYi" in fonts["fonts after it"]


def test_the_first_page_shows_times_in_the_installations_zone(
    qtbot: QtBot, store: Store, held: threading.Event
) -> None:
    """The zone is applied after the first frame, yet before any time is read or shown."""
    _, _, unit = factories.hospital_with_unit(store, "江苏省肿瘤医院", "H100001")
    factories.work_order(store, unit, reported_at=datetime(2026, 3, 2, 8, 30, tzinfo=UTC))
    settings_for(store.data_dir).setValue(settings_keys.TIME_ZONE, "America/New_York")
    ended: list[int] = []
    try:
        window, startup = start(qtbot, store.data_dir, ended)
        qtbot.waitUntil(lambda: window.first_page is not None and window.first_page.isVisible())
        early = window.first_page
        assert early is not None
        view = early.findChild(QTableView)
        assert view is not None
        assert "2026-03-02 03:30" in shown_rows(view)[0]  # not Beijing's 16:30
        held.set()
        qtbot.waitUntil(lambda: listed(window, 1), timeout=10_000)
        assert "2026-03-02 03:30" in shown_rows(window.page("work_orders").list_page.table)[0]
        startup.finish()
    finally:
        local_time.set_zone(None)


@pytest.fixture
def gui_thread_queries() -> Iterator[list[str]]:
    """Every SQL statement run on the GUI thread, with where the app issued it."""
    import traceback

    from sqlalchemy import event
    from sqlalchemy.engine import Engine

    found: list[str] = []

    def on_query(*_args: Any) -> None:
        if threading.current_thread() is threading.main_thread():
            frames = [f for f in traceback.extract_stack() if f"{os.sep}app{os.sep}" in f.filename]
            found.append(" < ".join(f"{Path(f.filename).name}:{f.lineno}" for f in frames[::-1]))

    event.listen(Engine, "before_cursor_execute", on_query)
    yield found
    event.remove(Engine, "before_cursor_execute", on_query)


@pytest.mark.parametrize("login", ["zhou.jianguo", "zhang.wei"])
def test_no_query_runs_on_the_gui_thread_while_the_pages_are_built_and_shown(
    qtbot: QtBot, store: Store, login: str, gui_thread_queries: list[str], demo_seed: DemoSeed
) -> None:
    """A page constructor (or a page's first showing) that reads the database on the GUI
    thread fails here: the role and the start page come with the opening, in its worker,
    and pages read in workers (app/ui/tasks.py). The service manager sees every page;
    the engineer starts on My day."""
    demo_seed(store)
    settings = settings_for(store.data_dir)
    settings.setValue(settings_keys.USER_LOGIN, login)
    settings.sync()
    gui_thread_queries.clear()  # the seeding's own, above
    ended: list[int] = []
    window, startup = start(qtbot, store.data_dir, ended)
    qtbot.waitUntil(lambda: bool(window.pages), timeout=15_000)
    for page in window.pages:
        window.show_page(page.key)
        qtbot.wait(50)  # each page's first showing starts its reading
    window.show_page("work_orders")
    qtbot.waitUntil(lambda: listed(window, startup.first_count or -1), timeout=15_000)
    assert window.acting is not None and window.acting.login == login
    assert gui_thread_queries == []
    startup.finish()
