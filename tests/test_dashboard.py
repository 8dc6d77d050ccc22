"""The manager's dashboard and the QA trend chart: what they show, where clicks lead,
and the exports (PNG, PDF, .xlsx read back)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from app.domain import local_time
from app.domain.kpis import Kpi
from app.services.kpis.trends import load_trend, trend_items
from app.services.store import Store
from app.ui.kpis.charts import export_chart
from app.ui.kpis.dashboard_page import DashboardPage
from tests.kpi_fixtures import BEAM_QUALITY, OUTPUTS, seed_beam_trend, seed_office, seed_trend


@pytest.fixture(autouse=True)
def beijing() -> Iterator[None]:
    local_time.set_zone("Asia/Shanghai")
    yield
    local_time.set_zone(None)


def test_the_trend_has_its_bands_and_marks_the_point_outside(store: Store) -> None:
    ids = seed_office(store)
    runs = seed_trend(store, ids["unit"])
    trend = load_trend(store, ids["unit"], "xray_output")
    assert [p.value for p in trend.points] == OUTPUTS
    assert (trend.tolerance.low, trend.tolerance.high) == (-2.0, 2.0)  # type: ignore[union-attr]
    assert (trend.action.low, trend.action.high) == (-3.0, 3.0)  # type: ignore[union-attr]
    assert [p.work_order_id for p in trend.points if p.outside_tolerance] == [runs[3]]
    assert trend.unit == "%"


@pytest.fixture
def page(store: Store, qtbot: QtBot, tmp_path: Path) -> DashboardPage:
    ids = seed_office(store)
    seed_trend(store, ids["unit"])
    page = DashboardPage(store, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    page.ids = ids  # type: ignore[attr-defined]
    page.month.setDate(page.month.date().fromString("2026-03-01", "yyyy-MM-dd"))
    qtbot.addWidget(page)
    page.resize(1366, 768)
    with qtbot.waitSignal(page.trend_loaded, timeout=10000):
        page.show()
    qtbot.waitUntil(lambda: page.dashboard is not None and page.dashboard.first == date(2026, 3, 1))
    return page


def test_the_month_with_drill_down(page: DashboardPage, qtbot: QtBot) -> None:
    ids = page.ids  # type: ignore[attr-defined]
    assert page.tiles[Kpi.MTTR_HOURS].text().endswith("32.5")
    assert page.tiles[Kpi.REPEAT_FAILURES].text().endswith("1")
    page.tiles[Kpi.REPEAT_FAILURES].click()
    dialog = page.drill_dialog
    assert dialog is not None
    assert [dialog.list.item(i).text() for i in range(dialog.list.count())] == ["WO-again"]
    with qtbot.waitSignal(page.open_requested) as opened:
        dialog.list.itemDoubleClicked.emit(dialog.list.item(0))
    assert opened.args == ["work_orders", ids["again"]]
    dialog.close()
    # Pareto: the MLC cost 59 + 6 hours; its bar opens both repairs
    (mlc,) = page.pareto.bars
    assert mlc.label == "MLC" and mlc.value == pytest.approx(65.0)
    with qtbot.waitSignal(page.pareto.bar_clicked) as clicked:
        qtbot.mouseClick(
            page.pareto.viewport(),
            Qt.MouseButton.LeftButton,
            pos=page.pareto.bar_centre(0).toPoint(),
        )
    assert set(clicked.args[0].jobs) == {ids["weekend"], ids["again"]}
    # response: 0.5 h and 1 h → the "0–1" and "1–2" bins
    assert [b.value for b in page.responses.bars][:2] == [1.0, 1.0]


def test_a_point_outside_tolerance_opens_its_run(page: DashboardPage, qtbot: QtBot) -> None:
    chart = page.trend_chart
    (outside,) = chart.outside
    assert outside.value == 2.4
    spot = chart.point_position(outside).toPoint()
    with qtbot.waitSignal(page.open_requested) as opened:
        qtbot.mouseClick(chart.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    assert opened.args == ["work_orders", outside.work_order_id]


def test_charts_export_png_and_pdf(page: DashboardPage, tmp_path: Path) -> None:
    png, pdf = tmp_path / "t.png", tmp_path / "t.pdf"
    export_chart(page.trend_chart, png)
    export_chart(page.trend_chart, pdf)
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    text = " ".join(PdfReader(pdf).pages[0].extract_text().split())
    assert "X-ray output constancy" in text and "Outside tolerance" in text


def test_the_tables_export_from_the_page(page: DashboardPage, qtbot: QtBot, tmp_path: Path) -> None:
    out = tmp_path / "k.xlsx"
    with qtbot.waitSignal(page.exported, timeout=10000):
        page.write_tables(out)
    sheet = load_workbook(out)["Unit"]
    periods = [row[1].value for row in sheet.iter_rows(min_row=2)]
    assert "2026-03" in periods


def test_the_window_shows_the_dashboard_to_a_manager(
    qtbot: QtBot, store: Store, tmp_path: Path
) -> None:
    from app.domain.enums import UserRole
    from app.ui.main_window import MainWindow
    from tests.instrument_helpers import as_role

    as_role(store, UserRole.PARTS_ADMINISTRATOR, "qian.parts")
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(store, settings, "K7")
    qtbot.addWidget(window)
    row = list(window.page_titles).index("dashboard")
    assert window.nav.item(row).isHidden()
    as_role(store, UserRole.SERVICE_MANAGER, "zhou.jianguo")
    window._show_user()
    assert not window.nav.item(row).isHidden()
    window.show()
    window.show_page("dashboard")
    page = window.current_page().widget
    assert isinstance(page, DashboardPage)
    qtbot.waitUntil(lambda: page.dashboard is not None, timeout=10000)


def test_a_per_beam_item_from_baseline_has_a_series_per_beam_and_its_baselines(
    store: Store,
) -> None:
    ids = seed_office(store)
    beams = seed_beam_trend(store, ids["unit"])
    items = {item.item_id: item.count for item in trend_items(store, ids["unit"])}
    assert items["xray_beam_quality"] == 8  # two beams, four runs
    trend = load_trend(store, ids["unit"], "xray_beam_quality")
    assert trend.from_baseline and trend.nominal == 0.0 and trend.unit == "%"
    assert [(s.beam, s.baseline) for s in trend.series] == [("6 MV", 66.8), ("10 MV", 73.4)]
    six = trend.series[0].points
    # charted as the rule judges them: % from the beam's baseline, the measurement kept
    assert [p.value for p in six] == [0.15, -0.3, 0.3, 1.2]
    assert [p.measured for p in six] == BEAM_QUALITY["6 MV"][1]
    assert {p.baseline for p in six} == {66.8}
    assert (trend.tolerance.low, trend.tolerance.high) == (-1.0, 1.0)  # type: ignore[union-attr]
    (outside,) = [p for p in trend.points if p.outside_tolerance]
    assert (outside.beam, outside.work_order_id) == ("6 MV", beams["4"])


def test_the_chart_draws_each_beam_and_the_baseline_and_opens_the_run_outside(
    page: DashboardPage, qtbot: QtBot
) -> None:
    beams = seed_beam_trend(page.store, page.ids["unit"])  # type: ignore[attr-defined]
    with qtbot.waitSignal(page.trend_loaded, timeout=10000):
        page._load_items()
    # the most measured item comes first: two beams' values per run
    assert page.item.currentData() == "xray_beam_quality"
    chart = page.trend_chart
    names = [series.name() for series in chart.chart().series()]
    assert "6 MV (baseline 66.8 %)" in names and "10 MV (baseline 73.4 %)" in names
    assert "Baseline" in names and "Tolerance" in names
    (outside,) = chart.outside
    spot = chart.point_position(outside).toPoint()
    with qtbot.waitSignal(page.open_requested) as opened:
        qtbot.mouseClick(chart.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    assert opened.args == ["work_orders", beams["4"]]


def test_the_pareto_line_climbs_to_the_whole_downtime(qtbot: QtBot) -> None:
    from app.domain.kpis import Bar
    from app.ui.kpis.charts import BarChart

    chart = BarChart()
    qtbot.addWidget(chart)
    bars = [Bar("MLC", 60.0, ("a",)), Bar("GUN", 30.0, ("b",)), Bar("DOS", 10.0, ("c",))]
    chart.show_bars(bars, "Downtime", ["MLC", "GUN", "DOS"], "Hours", "Cumulative share", "X")
    from PySide6.QtCharts import QLineSeries

    (line,) = [
        s
        for s in chart.chart().series()
        if isinstance(s, QLineSeries) and s.name() == "Cumulative share"
    ]
    assert [(p.x(), p.y()) for p in line.points()] == [(0, 60.0), (1, 90.0), (2, 100.0)]
    assert chart.chart().axes()[0].titleText() == "X"
