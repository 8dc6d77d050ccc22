"""JobFacts from synced records in their wire form (dicts, ISO 8601 UTC times), for the
office server: it stores every synced row generically and computes the same KPIs as the
laptop (app/domain/kpis.py), so the two never disagree."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from datetime import date, datetime, tzinfo
from typing import Any

from app.domain.costs import Receipt, job_parts_costs, parts_by_job, unit_costs
from app.domain.customer_downtime import repair_cause, waiting_spans
from app.domain.due_dates import due_day
from app.domain.enums import (
    FollowUpOutcome,
    MovementKind,
    Priority,
    WorkOrderState,
    WorkOrderType,
)
from app.domain.kpis import JobFacts, back_in_use, downtime_of, subsystem_of
from app.domain.service_plan import DEFAULT_DAY_START, UptimeClock
from app.domain.uptime import UnitSchedule, UptimeTerms

Record = Mapping[str, Any]
# The synced tables the facts are made of.
TABLES = (
    "work_order",
    "equipment",
    "site",
    "customer",
    "user",
    "work_order_assignment",
    "repair_record",
    "work_order_event",
    "clinical_release",
    "follow_up",
    "part_usage",
    "part",
    "stock_movement",
    "purchase_order_line",
    "purchase_receipt",
    "service_contract",
    "clinical_exception",
    "downtime_cause",
    "customer_wait",
)


def _moment(value: Any) -> datetime | None:
    if not value:
        return None
    return datetime.fromisoformat(str(value))


def _live(records: Iterable[Record]) -> list[Record]:
    return [r for r in records if not r.get("deleted_at")]


def _parts_costs(t: Mapping[str, list[Record]]) -> dict[str, float | None]:
    """Each job's parts at cost, by the laptop's rule (app/domain/costs.py)."""
    prices = {r["id"]: r for r in t["purchase_order_line"]}
    receipts = [
        Receipt(
            str(prices[r["order_line_id"]]["part_id"]),
            float(r.get("accepted_quantity") or 0),
            float(prices[r["order_line_id"]].get("unit_price") or 0),
        )
        for r in t["purchase_receipt"]
        if r.get("order_line_id") in prices
    ]
    standard = {r["id"]: float(r.get("standard_cost") or 0) for r in t["part"]}
    issued = [
        (str(m["work_order_id"]), str(m["part_id"]), float(m.get("quantity") or 0))
        for m in t["stock_movement"]
        if m.get("kind") == MovementKind.ISSUE.value and m.get("work_order_id")
    ]
    lines = [
        (str(p["work_order_id"]), str(p["part_id"]), float(p.get("quantity") or 0))
        for p in t["part_usage"]
    ]
    return job_parts_costs(parts_by_job(issued, lines), unit_costs(receipts, standard))


def facts_from_records(
    tables: Mapping[str, Iterable[Record]], since: datetime, until: datetime, zone: tzinfo
) -> tuple[list[JobFacts], dict[str, dict[str, str]]]:
    """(facts of the work orders reported in [since, until), names by level value)."""
    t = {name: _live(tables.get(name, ())) for name in TABLES}
    by_id = {name: {r["id"]: r for r in t[name]} for name in ("equipment", "site", "customer")}
    users = {r["id"]: r for r in t["user"]}
    engineers: dict[str, list[str]] = defaultdict(list)
    for a in t["work_order_assignment"]:
        engineers[a["work_order_id"]].append(a["user_id"])
    codes = {r["work_order_id"]: r.get("fault_code") or "" for r in t["repair_record"]}
    waited = {
        e["work_order_id"]
        for e in t["work_order_event"]
        if e.get("to_state") == WorkOrderState.AWAITING_PARTS.value
    }
    released: dict[str, datetime] = {}
    for r in t["clinical_release"]:
        at = _moment(r.get("released_at"))
        if at is not None and (
            r["work_order_id"] not in released or at < released[r["work_order_id"]]
        ):
            released[r["work_order_id"]] = at
    verdicts: dict[str, bool] = {}
    reached = (FollowUpOutcome.SATISFIED.value, FollowUpOutcome.DISSATISFIED.value)
    for f in sorted(t["follow_up"], key=lambda f: str(f.get("done_at") or "")):
        if f.get("outcome") in reached:
            verdicts[f["work_order_id"]] = f["outcome"] == FollowUpOutcome.SATISFIED.value
    parts_costs = _parts_costs(t)
    quantities: dict[str, float] = defaultdict(float)
    for p in t["part_usage"]:
        quantities[p["work_order_id"]] += float(p.get("quantity") or 0.0)
    follow_ons = {w.get("origin_id") for w in t["work_order"] if w.get("origin_id")}
    causes = {r["work_order_id"]: str(r.get("cause") or "") for r in t["downtime_cause"]}
    periods: dict[str, list[tuple[datetime, datetime | None]]] = defaultdict(list)
    for r in t["customer_wait"]:
        started = _moment(r.get("started_at"))
        if started is not None:
            periods[r["work_order_id"]].append((started, _moment(r.get("ended_at"))))
    names: dict[str, dict[str, str]] = defaultdict(dict)
    facts: list[JobFacts] = []
    for w in t["work_order"]:
        reported = _moment(w.get("reported_at"))
        if reported is None or not since <= reported < until:
            continue
        unit = by_id["equipment"].get(w.get("equipment_id"), {})
        site = by_id["site"].get(unit.get("site_id"), {})
        hospital = by_id["customer"].get(site.get("customer_id"), {})
        kind = w.get("type")
        preventive = kind == WorkOrderType.PREVENTIVE_MAINTENANCE.value
        due: date | None = None
        if preventive:
            due = due_day(reported.astimezone(zone).date(), Priority(w.get("priority", "normal")))
        wo_id = w["id"]
        for user_id in engineers.get(wo_id, ()):
            names["engineer"][user_id] = str(users.get(user_id, {}).get("display_name", user_id))
        names["unit"][unit.get("id", "")] = str(unit.get("serial_number", ""))
        names["hospital"][hospital.get("id", "")] = str(hospital.get("name_zh", ""))
        names["number"][wo_id] = str(w.get("number", wo_id))
        quantity = quantities.get(wo_id, 0.0)
        facts.append(
            JobFacts(
                id=wo_id,
                number=str(w.get("number", "")),
                corrective=kind == WorkOrderType.REPAIR.value,
                preventive=preventive,
                unit=str(unit.get("id", "")),
                hospital=str(hospital.get("id", "")),
                region=str(hospital.get("region", "")),
                engineers=tuple(engineers.get(wo_id, ())),
                reported_at=reported,
                acknowledged_at=_moment(w.get("acknowledged_at")),
                arrived_at=_moment(w.get("arrived_at")),
                finished_at=_moment(w.get("finished_at")),
                back_in_use_at=back_in_use(released.get(wo_id), _moment(w.get("finished_at"))),
                due_day=due,
                subsystem=subsystem_of(codes.get(wo_id, "")),
                waited_for_parts=wo_id in waited,
                follow_on_job=wo_id in follow_ons,
                satisfied=verdicts.get(wo_id),
                parts_quantity=quantity,
                parts_cost=parts_costs.get(wo_id, 0.0),
                cancelled=w.get("state") == WorkOrderState.CANCELLED.value,
                downtime=repair_cause(downtime_of(str(kind)), causes.get(wo_id)),
                started_at=_moment(w.get("started_at")),
                waiting_for_customer=waiting_spans(periods.get(wo_id, ())),
            )
        )
    for c in t["service_contract"]:
        names["contract"][c["id"]] = str(c.get("number") or c["id"])
    for unit in t["equipment"]:
        names["unit"].setdefault(unit["id"], str(unit.get("serial_number", "")))
    for hospital in t["customer"]:
        names["hospital"].setdefault(hospital["id"], str(hospital.get("name_zh", "")))
    return facts, dict(names)


def schedules_from_records(tables: Mapping[str, Iterable[Record]]) -> list[UnitSchedule]:
    """Every unit's clinical hours, exceptions and contracts (for uptime), by unit id."""
    t = {name: _live(tables.get(name, ())) for name in TABLES}
    sites = {r["id"]: r for r in t["site"]}
    customers = {r["id"]: r for r in t["customer"]}
    contracts: dict[str, list[UptimeTerms]] = defaultdict(list)
    for c in t["service_contract"]:
        contracts[c["equipment_id"]].append(
            UptimeTerms(
                contract=c["id"],
                starts_on=date.fromisoformat(c["starts_on"]),
                ends_on=date.fromisoformat(c["ends_on"]),
                guarantee=float(c.get("uptime_percent") or 0.0) / 100,
                clock=UptimeClock(c.get("uptime_clock") or UptimeClock.BUSINESS_HOURS.value),
                excludes_planned=bool(c.get("excludes_planned", True)),
                excludes_customer_caused=bool(c.get("excludes_customer_caused", True)),
                excludes_waiting_for_customer=bool(c.get("excludes_waiting_for_customer", True)),
                day_start_minute=int(c.get("clinical_day_start") or DEFAULT_DAY_START),
            )
        )
    exceptions: dict[str, dict[date, float]] = defaultdict(dict)
    for x in t["clinical_exception"]:
        exceptions[x["equipment_id"]][date.fromisoformat(x["day"])] = float(x.get("hours") or 0)
    out = []
    for unit in sorted(t["equipment"], key=lambda u: u["id"]):
        hospital = customers.get(sites.get(unit.get("site_id"), {}).get("customer_id"), {})
        out.append(
            UnitSchedule(
                unit["id"],
                hours_of(unit.get("clinical_hours")),
                exceptions.get(unit["id"], {}),
                tuple(sorted(contracts.get(unit["id"], []), key=lambda c: c.starts_on)),
                str(hospital.get("id", "")),
                str(hospital.get("region", "")),
            )
        )
    return out


def hours_of(clinical_hours: Any) -> tuple[float, ...]:
    """A unit's stored clinical hours as seven numbers (none kept: no scheduled hours)."""
    hours = [float(h or 0.0) for h in (clinical_hours or [])][:7]
    return tuple(hours + [0.0] * (7 - len(hours)))
