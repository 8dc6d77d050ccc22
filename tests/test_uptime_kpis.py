"""Uptime in the KPI tables (laptop) and `GET /kpis` (server), against hand-computed hours.

tests/kpi_fixtures.seed_office's linac gets a contract (97 %, scheduled clinical hours,
every exclusion) and works 10 h Monday..Friday and 4 h Saturday from 08:00; Wednesday
4 March 2026 is a holiday. March: 236 h − 10 h = 226 h scheduled.

- the weekend repair, Fri 6th 22:00 → Mon 9th 09:00: Sat 08–12 (4 h) + Mon 08–09 (1 h);
- the MLC repair, Thu 12th 10:00 → 16:00: 6 h;
- a PM worked Mon 16th 08:00 → 12:00: planned, excluded (0 h, but named);
11 h lost, uptime 215/226; 3 % of 226 h allows 6.78 h: 4.22 h short.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from app.db.models import Equipment, WorkOrder
from app.db.service_plan import ClinicalException, ServiceContract
from app.domain import local_time
from app.domain.enums import ContractLevel, Priority, WorkOrderState, WorkOrderType
from app.domain.kpis import Grain, Kpi, Level
from app.domain.service_plan import UptimeClock
from app.services.kpis.export import export_tables
from app.services.kpis.tables import load_tables
from app.services.kpis.uptime import load_uptime
from app.services.store import Store
from tests.kpi_fixtures import bj, seed_office
from tests.sync_helpers import Api
from tests.test_kpis_server import _copy_to_server

pytest_plugins = ["tests.sync_fixtures"]
MARCH = (date(2026, 3, 1), date(2026, 3, 31))


@pytest.fixture(autouse=True)
def beijing() -> Iterator[None]:
    local_time.set_zone("Asia/Shanghai")
    yield
    local_time.set_zone(None)


def seed(store: Store, clock: UptimeClock = UptimeClock.BUSINESS_HOURS) -> dict[str, str]:
    ids = seed_office(store)
    with store.session() as session:
        unit = session.get(Equipment, ids["unit"])
        assert unit is not None
        unit.clinical_hours = [10.0, 10.0, 10.0, 10.0, 10.0, 4.0, 0.0]
        contract = ServiceContract(
            equipment_id=ids["unit"],
            number="HT-2026-01",
            level=ContractLevel.FULL_SERVICE,
            starts_on=date(2026, 1, 1),
            ends_on=date(2026, 12, 31),
            uptime_percent=97.0,
            uptime_clock=clock,
        )
        session.add(contract)
        session.add(ClinicalException(equipment_id=ids["unit"], day=date(2026, 3, 4), hours=0))
        pm = WorkOrder(
            number="WO-pm2",
            type=WorkOrderType.PREVENTIVE_MAINTENANCE,
            state=WorkOrderState.CLOSED,
            priority=Priority.NORMAL,
            equipment_id=ids["unit"],
            reported_at=bj(16, 7),
            started_at=bj(16, 8),
            finished_at=bj(16, 12),
        )
        session.add(pm)
        session.flush()
        ids["contract"], ids["pm2"] = contract.id, pm.id
    return ids


def test_uptime_by_unit_contract_hospital_and_office(store: Store) -> None:
    ids = seed(store)
    tables = load_tables(store, *MARCH, Grain.MONTH, today=date(2026, 4, 30))
    for level, key in (
        (Level.UNIT, ids["unit"]),
        (Level.CONTRACT, ids["contract"]),
        (Level.HOSPITAL, ids["hospital"]),
        (Level.ALL, ""),
    ):
        (row,) = [r for r in tables.tables[level] if r.key == key]
        f = row.figures
        assert row.period == "2026-03"
        assert f[Kpi.UPTIME].value == pytest.approx(215 / 226), level
        assert f[Kpi.UPTIME_GUARANTEE].value == pytest.approx(0.97)
        assert f[Kpi.HOURS_LOST].value == pytest.approx(11.0)
        assert f[Kpi.UPTIME_SHORTFALL_HOURS].value == pytest.approx(11 - 0.03 * 226)
        assert set(f[Kpi.HOURS_LOST].jobs) == {ids["weekend"], ids["again"]}
        # The drill-down names the excluded PM too, after the counted jobs.
        assert f[Kpi.UPTIME].jobs[-1] == ids["pm2"]
    assert tables.names.name(Level.CONTRACT, ids["contract"]) == "HT-2026-01"
    # The engineer worked on the unit in March: its uptime is theirs.
    (engineer,) = tables.tables[Level.ENGINEER]
    assert engineer.figures[Kpi.UPTIME].value == pytest.approx(215 / 226)
    assert engineer.figures[Kpi.HOURS_LOST].value == pytest.approx(11.0)
    # The contract's jobs count in its row for the other KPIs as well.
    (contract,) = tables.tables[Level.CONTRACT]
    assert contract.figures[Kpi.JOBS].value == 2


def test_round_the_clock_counts_the_whole_outage(store: Store) -> None:
    ids = seed(store, UptimeClock.ROUND_THE_CLOCK)
    tables = load_tables(store, *MARCH, Grain.MONTH, levels=(Level.UNIT,))
    (row,) = [r for r in tables.tables[Level.UNIT] if r.key == ids["unit"]]
    # 59 h + 6 h of 744 h; the holiday does not matter around the clock.
    assert row.figures[Kpi.HOURS_LOST].value == pytest.approx(65.0)
    assert row.figures[Kpi.UPTIME].value == pytest.approx(679 / 744)


def test_a_unit_without_jobs_still_has_its_uptime_and_quarters_add_months(store: Store) -> None:
    ids = seed(store)
    tables = load_tables(
        store, date(2026, 2, 1), date(2026, 3, 31), Grain.QUARTER, levels=(Level.UNIT,)
    )
    (row,) = [r for r in tables.tables[Level.UNIT] if r.key == ids["unit"]]
    # February 2026: 20 weekdays + 4 Saturdays = 216 h, nothing lost.
    assert row.period == "2026-Q1"
    assert row.figures[Kpi.UPTIME].value == pytest.approx((216 + 215) / (216 + 226))


def test_the_server_agrees_on_uptime(store: Store, api: Api) -> None:
    ids = seed(store)
    _copy_to_server(store, api)
    manager = api.session("zhou.jianguo", "service_manager")
    for level in (Level.UNIT, Level.CONTRACT, Level.HOSPITAL, Level.REGION, Level.ALL):
        answer = manager.get(
            "/kpis", params={"from": "2026-03-01", "to": "2026-03-31", "level": level.value}
        )
        assert answer.status_code == 200, answer.text
        laptop = load_tables(store, *MARCH, levels=(level,))
        mine = {(r.key, r.period): r for r in laptop.tables[level]}
        served = answer.json()["rows"]
        assert {(r["key"], r["period"]) for r in served} == set(mine)
        for row in served:
            for kpi in Kpi:
                value = mine[(row["key"], row["period"])].figures[kpi].value
                assert row["figures"][kpi.value]["value"] == pytest.approx(value), (level, kpi)
    contract = manager.get(
        "/kpis", params={"from": "2026-03-01", "to": "2026-03-31", "level": "contract"}
    ).json()["rows"][0]
    assert contract["key"] == ids["contract"] and contract["name"] == "HT-2026-01"
    assert contract["figures"]["uptime"]["value"] == pytest.approx(215 / 226)
    assert sorted(contract["figures"]["hours_lost"]["work_orders"]) == ["WO-again", "WO-weekend"]


def test_uptime_alone_gives_the_tables_figures(store: Store) -> None:
    ids = seed(store)
    alone = load_uptime(store, *MARCH)
    figure = alone[(ids["unit"], "2026-03")]
    assert figure.value == pytest.approx(215 / 226)
    assert figure.shortfall_hours == pytest.approx(11 - 0.03 * 226)
    by_contract = load_uptime(store, *MARCH, level=Level.CONTRACT)
    assert set(by_contract) == {(ids["contract"], "2026-03")}


def test_the_xlsx_has_uptime_per_contract(store: Store, tmp_path: Path) -> None:
    seed(store)
    out = tmp_path / "kpis.xlsx"
    export_tables(load_tables(store, *MARCH), out, lambda text: text)
    sheet = load_workbook(out)["Contract"]
    header = [c.value for c in sheet[1]]
    (row,) = [list(r) for r in sheet.iter_rows(min_row=2)]
    cells = dict(zip(header, row, strict=True))
    assert cells["Contract"].value == "HT-2026-01"
    assert cells["Uptime"].value == pytest.approx(215 / 226)
    assert cells["Uptime"].number_format == "0.0%"
    assert cells["Guaranteed"].value == pytest.approx(0.97)
    assert cells["Clinical hours lost"].value == pytest.approx(11.0)
    assert cells["Shortfall (h)"].value == pytest.approx(4.22)
