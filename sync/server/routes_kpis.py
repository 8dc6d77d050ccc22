"""`GET /kpis`: the office-wide service KPIs for the service manager, computed by the
laptop's own functions (app/domain/kpis.py) over the synced rows, with the work-order
numbers behind every figure. Other roles are refused (403)."""

from __future__ import annotations

import json
from datetime import date, datetime, time, timedelta
from typing import Annotated, Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from fastapi import APIRouter, HTTPException, Query
from pydantic import BaseModel
from sqlalchemy import select

from app.domain.kpi_records import TABLES, facts_from_records, schedules_from_records
from app.domain.kpis import Grain, Kpi, Level, assign_contracts, kpi_table, period_of
from sync.server.deps import ManagerUser, Server
from sync.server.models import SyncRow

router = APIRouter(tags=["office"])
LOOK_BACK = timedelta(days=120)  # repeats and MTBF look back before the period
MAX_DAYS = 3 * 366 + 1


class KpiExclusion(BaseModel):
    """Downtime of one work order the contract did not count, and why."""

    work_order: str  # number
    reason: str  # planned, customer_caused, waiting_for_customer
    hours: float  # scheduled hours not counted


class KpiFigure(BaseModel):
    value: float | None
    work_orders: list[str]  # numbers
    excluded: list[KpiExclusion] = []  # uptime's: what was not counted, and why


class KpiRecord(BaseModel):
    key: str
    name: str
    period: str
    figures: dict[str, KpiFigure]


class KpiAnswer(BaseModel):
    level: str
    grain: str
    rows: list[KpiRecord]


@router.get("/kpis", response_model=KpiAnswer)
def kpis_route(
    server: Server,
    _user: ManagerUser,
    start: Annotated[date, Query(alias="from")],
    end: Annotated[date, Query(alias="to")],
    level: Level = Level.UNIT,
    by: Grain = Grain.MONTH,
    zone: Annotated[str, Query(max_length=64)] = "Asia/Shanghai",
) -> KpiAnswer:
    if end < start or (end - start).days > MAX_DAYS:
        raise HTTPException(422, detail="period: 'to' must follow 'from', at most three years")
    try:
        here = ZoneInfo(zone)
    except (ZoneInfoNotFoundError, ValueError):
        raise HTTPException(422, detail=f"zone: unknown time zone {zone!r}") from None
    try:
        since = datetime.combine(start, time(), here)
        until = datetime.combine(end + timedelta(days=1), time(), here)
        earliest = since - LOOK_BACK
    except OverflowError:
        raise HTTPException(422, detail="period: outside the calendar") from None
    with server.db.reading() as session:
        stored = session.execute(
            select(SyncRow.table_name, SyncRow.data).where(SyncRow.table_name.in_(TABLES))
        ).all()
    tables: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLES}
    for table, data in stored:
        tables[table].append(json.loads(data))
    facts, names = facts_from_records(tables, earliest, until, here)
    schedules = schedules_from_records(tables)
    assign_contracts(facts, schedules, here)
    first, last = period_of(since, by, here), period_of(until - timedelta(seconds=1), by, here)
    today = datetime.now(here).date()
    numbers = names.get("number", {})
    rows = [
        KpiRecord(
            key=row.key,
            name=names.get(level.value, {}).get(row.key, row.key),
            period=row.period,
            figures={
                kpi.value: KpiFigure(
                    value=row.figures[kpi].value,
                    work_orders=[numbers.get(i, i) for i in row.figures[kpi].jobs],
                    excluded=[
                        KpiExclusion(
                            work_order=numbers.get(e.job, e.job), reason=e.reason, hours=e.hours
                        )
                        for e in row.figures[kpi].exclusions
                    ],
                )
                for kpi in Kpi
            },
        )
        for row in kpi_table(facts, level, by, here, today, (first, last), schedules, (start, end))
    ]
    return KpiAnswer(level=level.value, grain=by.value, rows=rows)
