"""The dashboard by role (an engineer's own day, the office's month), its exports (every
chart as PNG and PDF, every table as .xlsx read back) and that the page never reads
the database on the GUI thread."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot
from sqlalchemy import event

from app.domain.enums import UserRole
from app.services.kpis import dashboard
from app.services.store import Store
from app.ui.kpis import dashboard_page
from app.ui.kpis.charts import export_chart
from app.ui.kpis.dashboard_page import DashboardPage
from app.ui.kpis.table_export import model_rows, write_table
from tests.instrument_helpers import as_role
from tests.test_my_day import Day
from tests.test_my_day import day as day  # noqa: F401 - the fixture, by its name
from tests.test_my_day import english as english  # noqa: F401 - the fixture

PNG = b"\x89PNG\r\n\x1a\n"


def _failed(error: BaseException) -> None:
    pytest.fail(str(error))


def _page(qtbot: QtBot, store: Store, tmp_path: Path) -> DashboardPage:
    page = DashboardPage(store, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(page)
    page.resize(1366, 768)
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.show()
    return page


def test_an_engineer_sees_their_own_day(
    qtbot: QtBot, store: Store, day: Day, tmp_path: Path
) -> None:
    page = _page(qtbot, store, tmp_path)
    view = page.engineer_view
    assert view.isVisible() and not page.month_view.isVisible()
    assert page.day is not None and page.dashboard is None
    assert view.title.text().startswith("李娜's day")
    tiles = {key: tile.text().split("\n") for key, tile in view.tiles.items()}
    assert tiles["overdue"] == ["Overdue jobs", "2"]
    assert tiles["today"] == ["Due today", "1"]
    assert tiles["parts"] == ["Waiting for parts", "1"]
    assert tiles["follow_ups"] == ["Follow-up calls due", "1"]
    assert tiles["later"] == ["Due later", "1"]
    assert [job.id for job in view.overdue.model.rows] == [day.overdue, day.parts]
    assert [job.id for job in view.today.model.rows] == [day.today]
    assert [job.id for job in view.parts.model.rows] == [day.parts]
    assert [f.work_order_id for f in view.follow_ups.model.rows] == [day.follow_up_of]
    with qtbot.waitSignal(page.open_requested) as opened:
        view.overdue.table.activated_row.emit(0)
    assert opened.args == ["work_orders", day.overdue]


def test_every_table_of_the_day_exports_as_xlsx(
    qtbot: QtBot, store: Store, day: Day, tmp_path: Path
) -> None:
    page = _page(qtbot, store, tmp_path)
    view = page.engineer_view
    for number, table in enumerate((view.overdue, view.today, view.parts, view.follow_ups)):
        out = tmp_path / f"t{number}.xlsx"
        with qtbot.waitSignal(view.exported, timeout=10000) as written:
            write_table(table.model, table.heading.text(), out, view.exported.emit, _failed)
        assert written.args == [str(out)]
        headers, rows = model_rows(table.model)
        sheet = load_workbook(out).active
        assert sheet is not None
        read = [[cell.value or "" for cell in row] for row in sheet.iter_rows()]
        assert read == [headers, *rows] and rows
    sheet = load_workbook(tmp_path / "t0.xlsx").active
    assert sheet is not None and sheet.title == "Overdue (2)"
    assert view.overdue.model.rows[0].number in [cell.value for cell in sheet[2]]


def test_the_months_charts_and_urgent_table_export(
    qtbot: QtBot, store: Store, tmp_path: Path
) -> None:
    from tests.kpi_fixtures import seed_office

    seed_office(store)
    as_role(store, UserRole.SERVICE_MANAGER, "zhou.jianguo")
    page = _page(qtbot, store, tmp_path)
    assert page.month_view.isVisible() and not page.engineer_view.isVisible()
    with qtbot.waitSignal(page.loaded, timeout=10000):  # tables, then charts
        page.month.setDate(page.month.date().fromString("2026-03-01", "yyyy-MM-dd"))
    qtbot.waitUntil(lambda: page.dashboard is not None and page.dashboard.first.month == 3)
    for chart, words in (
        (page.pareto, ["Downtime by subsystem", "MLC", "Cumulative share"]),
        (page.responses, ["Response time", "Repairs", "Hours", "0–1", "≥24"]),
    ):
        png, pdf = tmp_path / "c.png", tmp_path / "c.pdf"
        export_chart(chart, png)
        export_chart(chart, pdf)
        assert png.read_bytes()[:8] == PNG
        text = " ".join(PdfReader(pdf).pages[0].extract_text().split())
        assert all(word in text for word in words), text
    out = tmp_path / "urgent.xlsx"
    with qtbot.waitSignal(page.exported, timeout=10000):
        write_table(page.table.model(), page.urgent_label.text(), out, page.exported.emit, _failed)
    sheet = load_workbook(out).active
    assert sheet is not None
    assert [c.value for c in sheet[1]] == ["Number", "Hospital", "Unit", "State", "Reported"]


def test_the_page_reads_nothing_on_the_gui_thread(
    qtbot: QtBot, store: Store, day: Day, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Built, it has issued no query; shown, every read runs in a worker."""
    queries: list[str] = []

    def seen(*_args: Any) -> None:
        if threading.current_thread() is threading.main_thread():
            queries.append("gui")

    event.listen(store.engine, "before_cursor_execute", seen)
    try:
        page = DashboardPage(store, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
        qtbot.addWidget(page)
        assert queries == []  # the constructor asked the database nothing
        threads: list[str] = []

        def watched(real: Callable[..., Any]) -> Callable[..., Any]:
            def call(*args: Any, **kwargs: Any) -> Any:
                gui = threading.current_thread() is threading.main_thread()
                threads.append("gui" if gui else "worker")
                return real(*args, **kwargs)

            return call

        monkeypatch.setattr(dashboard_page, "load_for_role", watched(dashboard.load_for_role))
        with qtbot.waitSignal(page.loaded, timeout=10000):
            page.show()
        assert threads == ["worker"]
        assert queries == []  # nor did showing it, on the GUI thread
    finally:
        event.remove(store.engine, "before_cursor_execute", seen)


def test_the_window_shows_the_dashboard_to_the_office_and_field_staff(
    qtbot: QtBot, store: Store, tmp_path: Path
) -> None:
    from app.ui.main_window import MainWindow

    as_role(store, UserRole.PARTS_ADMINISTRATOR, "qian.parts")
    window = MainWindow(store, QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat), "K7")
    qtbot.addWidget(window)
    row = list(window.page_titles).index("dashboard")
    assert window.nav.item(row).isHidden()
    for role, login in ((UserRole.ENGINEER, "li.na"), (UserRole.SERVICE_MANAGER, "zhou.jg")):
        as_role(store, role, login)
        window._show_user()
        assert not window.nav.item(row).isHidden()
