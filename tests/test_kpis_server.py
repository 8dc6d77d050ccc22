"""`GET /kpis` on the sync server: the service manager's office-wide figures, computed
from the synced rows by the laptop's own functions, so the two agree figure by figure."""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterator
from datetime import date

import pytest
from sqlalchemy import select

from app.db.codec import synced_tables
from app.domain import local_time
from app.domain.kpi_records import TABLES
from app.domain.kpis import Kpi, Level
from app.services.kpis.tables import load_tables
from app.services.store import Store
from sync.server.models import SyncRow
from tests.kpi_fixtures import seed_office
from tests.sync_helpers import Api, state

pytest_plugins = ["tests.sync_fixtures"]
_seq = itertools.count(10_000_000)


@pytest.fixture(autouse=True)
def beijing() -> Iterator[None]:
    local_time.set_zone("Asia/Shanghai")
    yield
    local_time.set_zone(None)


def _copy_to_server(store: Store, api: Api) -> None:
    """The laptop's synced rows as a sync would store them on the server."""
    codecs = synced_tables()
    with store.reading() as laptop, state(api.app).db.session() as server:
        for name in TABLES:
            codec = codecs[name]
            for values in laptop.execute(select(codec.table)).mappings():
                wire = codec.row_to_wire(dict(values))
                server.add(
                    SyncRow(
                        table_name=name,
                        row_id=wire["id"],
                        data=json.dumps(wire),
                        clocks="{}",
                        seq=next(_seq),
                    )
                )


def test_the_server_agrees_with_the_laptop(store: Store, api: Api) -> None:
    ids = seed_office(store)
    _copy_to_server(store, api)
    manager = api.session("zhou.jianguo", "service_manager")
    for level in (Level.UNIT, Level.HOSPITAL, Level.ENGINEER):
        answer = manager.get(
            "/kpis", params={"from": "2026-03-01", "to": "2026-03-31", "level": level.value}
        )
        assert answer.status_code == 200, answer.text
        (row,) = answer.json()["rows"]
        laptop = load_tables(store, date(2026, 3, 1), date(2026, 3, 31), levels=(level,))
        (mine,) = laptop.tables[level]
        assert row["key"] == mine.key and row["period"] == "2026-03"
        for kpi in Kpi:
            assert row["figures"][kpi.value]["value"] == pytest.approx(mine.figures[kpi].value)
    figures = row["figures"]
    assert figures["mttr_hours"]["value"] == pytest.approx(32.5)
    assert figures["repeat_failures"]["work_orders"] == ["WO-again"]
    assert sorted(figures["mttr_hours"]["work_orders"]) == ["WO-again", "WO-weekend"]
    assert row["name"] == "李娜"
    assert ids["again"]  # the fixture's job is the one named


def test_only_the_service_manager_reads_kpis(api: Api) -> None:
    params = {"from": "2026-03-01", "to": "2026-03-31"}
    for role in ("engineer", "quality_control", "parts_administrator"):
        answer = api.session(f"x.{role}", role).get("/kpis", params=params)
        assert answer.status_code == 403, role
    assert api.client.get("/kpis", params=params).status_code == 401


def test_a_backwards_period_is_refused(api: Api) -> None:
    manager = api.session("zhou.jianguo", "service_manager")
    answer = manager.get("/kpis", params={"from": "2026-03-31", "to": "2026-03-01"})
    assert answer.status_code == 422
    assert (
        manager.get(
            "/kpis", params={"from": "2026-03-01", "to": "2026-03-02", "zone": "Mars/X"}
        ).status_code
        == 422
    )


def test_the_server_agrees_on_parts_at_cost(store: Store, api: Api) -> None:
    """Parts cost per unit (issue 14 §9): the part lines at the part's standard cost,
    the same on both sides."""
    from app.db.fieldwork import Part

    seed_office(store)
    with store.session() as session:
        part = session.scalars(select(Part)).one()
        part.standard_cost = 1250.0
    _copy_to_server(store, api)
    manager = api.session("zhou.jianguo", "service_manager")
    answer = manager.get(
        "/kpis", params={"from": "2026-03-01", "to": "2026-03-31", "level": "unit"}
    )
    (row,) = answer.json()["rows"]
    laptop = load_tables(store, date(2026, 3, 1), date(2026, 3, 31), levels=(Level.UNIT,))
    assert laptop.tables[Level.UNIT][0].figures[Kpi.PARTS_COST].value == 2500.0
    assert row["figures"]["parts_cost"]["value"] == 2500.0
