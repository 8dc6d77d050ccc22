"""The manager's month shows uptime by contract against its guarantee (a contract below
it stands out) and a chart of uptime per month per unit whose points open their jobs."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from app.domain import local_time
from app.domain.kpis import Kpi
from app.services.store import Store
from app.ui.kpis.dashboard_page import BELOW, DashboardPage
from tests.test_uptime_kpis import seed


@pytest.fixture(autouse=True)
def beijing() -> Iterator[None]:
    local_time.set_zone("Asia/Shanghai")
    yield
    local_time.set_zone(None)


def test_uptime_by_contract_and_per_month(store: Store, qtbot: QtBot, tmp_path: Path) -> None:
    ids = seed(store)  # 97 % promised, 215 of 226 h in March 2026: 4.22 h short
    page = DashboardPage(store, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    page.month.setDate(page.month.date().fromString("2026-03-01", "yyyy-MM-dd"))
    qtbot.addWidget(page)
    page.resize(1366, 768)
    with qtbot.waitSignal(page.loaded, timeout=10000):  # tables, then charts
        page.show()
    qtbot.waitUntil(lambda: page.dashboard is not None and page.dashboard.first == date(2026, 3, 1))
    assert page.tiles[Kpi.UPTIME].text().endswith("95.1%")
    assert page.tiles[Kpi.UPTIME_SHORTFALL_HOURS].text().endswith("4.2")
    assert page.uptime_label.text() == "Uptime by contract: 1 of 1 below the guarantee"
    items = [page.contracts.item(0, c) for c in range(8)]
    cells = [item.text() if item else "" for item in items]
    assert cells[0] == "HT-2026-01"
    assert cells[3:] == ["95.1%", "97.0%", "11.0", "4.2", "4.0"]  # the PM's 4 h excluded
    assert items[3] is not None and items[3].background().color() == BELOW
    page.contracts.doubleClicked.emit(page.contracts.model().index(0, 0))
    dialog = page.drill_dialog
    assert dialog is not None
    listed = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert sorted(listed[:2]) == ["WO-again", "WO-weekend"]
    assert listed[2] == "WO-pm2 — not counted: planned work 4.0 h"
    dialog.close()
    # The chart: April 2025 … March 2026, the unit's line ends at March's uptime.
    assert page.dashboard is not None
    assert page.dashboard.uptime_months[0] == "2025-04"
    assert page.dashboard.uptime_months[-1] == "2026-03"
    (unit,) = page.chart_units()
    assert unit.unit == ids["unit"]
    assert unit.values[-1] == pytest.approx(215 / 226)
    assert unit.values[-2] == pytest.approx(1.0)  # February: nothing lost
    assert unit.values[0] is None  # April 2025: before the contract
    with qtbot.waitSignal(page.uptime_chart.point_clicked) as clicked:
        qtbot.mouseClick(
            page.uptime_chart.viewport(),
            Qt.MouseButton.LeftButton,
            pos=page.uptime_chart.point_position(0, 11).toPoint(),
        )
    assert clicked.args[1] == 11
    assert page.drill_dialog is not None
    assert page.drill_dialog.list.count() == 3
