"""KPI tables read from the database, the .xlsx they export to, and the `kpis` command."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from app.domain import local_time
from app.domain.kpis import Grain, Kpi, Level
from app.services.kpis.export import export_tables
from app.services.kpis.tables import load_tables
from app.services.store import Store
from tests.kpi_fixtures import seed_office

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def beijing() -> object:
    local_time.set_zone("Asia/Shanghai")
    yield
    local_time.set_zone(None)


def test_tables_from_the_database(store: Store) -> None:
    ids = seed_office(store)
    tables = load_tables(store, date(2026, 3, 1), date(2026, 3, 31), today=date(2026, 4, 1))
    (unit,) = tables.tables[Level.UNIT]
    f = unit.figures
    assert unit.key == ids["unit"] and unit.period == "2026-03"
    assert f[Kpi.JOBS].value == 2
    assert f[Kpi.MTTR_HOURS].value == pytest.approx((59 + 6) / 2)
    assert set(f[Kpi.MTTR_HOURS].jobs) == {ids["weekend"], ids["again"]}
    assert f[Kpi.RESPONSE_HOURS].value == pytest.approx((0.5 + 1) / 2)
    # back in use Monday 09:00 → failed again Thursday 10:00: 3 days 1 hour
    assert f[Kpi.MTBF_DAYS].value == pytest.approx(3 + 1 / 24)
    assert f[Kpi.FIRST_TIME_FIX].value == pytest.approx(0.5)  # "again" waited for parts
    assert f[Kpi.REPEAT_FAILURES].jobs == (ids["again"],)
    assert f[Kpi.PM_ON_TIME].value == 1.0 and f[Kpi.PM_ON_TIME].jobs == (ids["pm"],)
    assert f[Kpi.SATISFACTION].value == 1.0
    assert f[Kpi.PARTS_QUANTITY].value == 2.0
    assert f[Kpi.PARTS_COST].value is None  # the part has no cost: unknown, not 0
    (engineer,) = tables.tables[Level.ENGINEER]
    assert tables.names.name(Level.ENGINEER, engineer.key) == "李娜"
    assert tables.names.numbers[ids["again"]] == "WO-again"


def test_a_quiet_month_has_no_rows(store: Store) -> None:
    seed_office(store)
    tables = load_tables(store, date(2026, 5, 1), date(2026, 5, 31))
    assert tables.tables[Level.UNIT] == []


def test_xlsx_reads_back(store: Store, tmp_path: Path) -> None:
    seed_office(store)
    tables = load_tables(
        store, date(2026, 1, 1), date(2026, 12, 31), Grain.QUARTER, today=date(2026, 4, 1)
    )
    out = tmp_path / "kpis.xlsx"
    assert export_tables(tables, out, lambda text: text) == 5  # one row per level
    book = load_workbook(out)
    assert book.sheetnames == [
        "Unit",
        "Hospital",
        "Contract",
        "Engineer",
        "Region",
        "All",
        "Behind the figures",
    ]
    sheet = book["Hospital"]
    header = [c.value for c in sheet[1]]
    row = dict(zip(header, [c.value for c in sheet[2]], strict=True))
    assert row["Hospital"] == "江苏省肿瘤医院" and row["Period"] == "2026-Q1"
    assert row["MTTR (h)"] == pytest.approx(32.5)
    assert row["Repeat failures"] == 1
    drill = [[c.value for c in r][:5] for r in book["Behind the figures"].iter_rows(min_row=2)]
    assert ["Hospital", "江苏省肿瘤医院", "2026-Q1", "Repeat failures", "WO-again"] in drill


@pytest.mark.slow
def test_the_kpis_command(store: Store, data_dir: Path, tmp_path: Path) -> None:
    """In a child process, as a user runs it (the command makes its own Qt application)."""
    seed_office(store)
    store.engine.dispose()
    out = tmp_path / "k.xlsx"
    base = [sys.executable, "main.py", "--data-dir", str(data_dir), "--lang", "zh_CN", "kpis"]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [*base, *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
        )

    done = run("--from", "2026-03-01", "--to", "2026-03-31", "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert "已写入" in done.stdout
    book = load_workbook(out)
    assert book.sheetnames == ["设备", "医院", "合同", "工程师", "区域", "全部", "指标明细"]
    assert book["医院"].cell(1, 6).value == "平均修复时间 MTTR（小时）"
    backwards = run("--from", "2026-03-31", "--to", "2026-03-01", "--out", str(out))
    assert backwards.returncode == 2
    assert "早于开始日期" in backwards.stderr


def test_the_look_back_reads_repairs_and_jobs_falling_due_in_the_window(store: Store) -> None:
    """April's tables read March's repairs (repeats, MTBF look back at them) and a PM
    reported on 29 March that falls due on 1 April, but not March's other jobs."""
    from app.db.models import WorkOrder
    from app.domain.enums import Priority, WorkOrderState, WorkOrderType
    from tests.kpi_fixtures import bj

    ids = seed_office(store)
    with store.session() as session:
        late_pm = WorkOrder(
            number="WO-late-pm",
            type=WorkOrderType.PREVENTIVE_MAINTENANCE,
            state=WorkOrderState.CLOSED,
            priority=Priority.NORMAL,
            equipment_id=ids["unit"],
            reported_at=bj(29, 9),
            finished_at=bj(1, 15, month=4),
        )
        session.add(late_pm)
        session.flush()
        ids["late_pm"] = late_pm.id
    tables = load_tables(store, date(2026, 4, 1), date(2026, 4, 30), today=date(2026, 5, 1))
    read = {fact.id for fact in tables.facts}
    assert {ids["weekend"], ids["again"], ids["late_pm"]} <= read
    assert ids["pm"] not in read  # a March PM due in March: nothing in April looks at it
    (unit,) = tables.tables[Level.UNIT]
    assert unit.period == "2026-04"
    assert unit.figures[Kpi.PM_ON_TIME].jobs == (ids["late_pm"],)
    assert unit.figures[Kpi.PM_ON_TIME].value == 1.0
