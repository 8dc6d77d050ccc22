"""KPI tables for a date range: a table per level, labels translatable.

Labels are marked with QT_TRANSLATE_NOOP (context "Kpis"); the UI and the command
translate them, so the .xlsx and the screen say the same in either language.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, tzinfo

from app.domain import local_time
from app.domain.i18n import QT_TRANSLATE_NOOP
from app.domain.kpis import (
    Grain,
    JobFacts,
    Kpi,
    KpiRow,
    Level,
    assign_contracts,
    kpi_table,
    period_of,
)
from app.domain.uptime import Exclusion, ExclusionReason, UnitSchedule
from app.services.collector import collector_paused
from app.services.kpis.facts import LOOK_BACK, Names, load_facts, window
from app.services.kpis.uptime import load_schedules
from app.services.store import Store

CONTEXT = "Kpis"
Translate = Callable[[str], str]

KPI_LABELS: dict[Kpi, str] = {
    Kpi.JOBS: QT_TRANSLATE_NOOP("Kpis", "Repairs"),
    Kpi.RESPONSE_HOURS: QT_TRANSLATE_NOOP("Kpis", "Response (h)"),
    Kpi.TIME_TO_SITE_HOURS: QT_TRANSLATE_NOOP("Kpis", "To site (h)"),
    Kpi.MTTR_HOURS: QT_TRANSLATE_NOOP("Kpis", "MTTR (h)"),
    Kpi.MTBF_DAYS: QT_TRANSLATE_NOOP("Kpis", "MTBF (days)"),
    Kpi.FIRST_TIME_FIX: QT_TRANSLATE_NOOP("Kpis", "First-time fix"),
    Kpi.REPEAT_FAILURES: QT_TRANSLATE_NOOP("Kpis", "Repeat failures"),
    Kpi.PM_ON_TIME: QT_TRANSLATE_NOOP("Kpis", "PM on time"),
    Kpi.SATISFACTION: QT_TRANSLATE_NOOP("Kpis", "Satisfied"),
    Kpi.PARTS_QUANTITY: QT_TRANSLATE_NOOP("Kpis", "Parts used"),
    Kpi.PARTS_COST: QT_TRANSLATE_NOOP("Kpis", "Parts cost"),
    Kpi.UPTIME: QT_TRANSLATE_NOOP("Kpis", "Uptime"),
    Kpi.UPTIME_GUARANTEE: QT_TRANSLATE_NOOP("Kpis", "Guaranteed"),
    Kpi.HOURS_LOST: QT_TRANSLATE_NOOP("Kpis", "Clinical hours lost"),
    Kpi.UPTIME_SHORTFALL_HOURS: QT_TRANSLATE_NOOP("Kpis", "Shortfall (h)"),
    Kpi.HOURS_EXCLUDED: QT_TRANSLATE_NOOP("Kpis", "Excluded (h)"),
}
LEVEL_LABELS: dict[Level, str] = {
    Level.UNIT: QT_TRANSLATE_NOOP("Kpis", "Unit"),
    Level.HOSPITAL: QT_TRANSLATE_NOOP("Kpis", "Hospital"),
    Level.CONTRACT: QT_TRANSLATE_NOOP("Kpis", "Contract"),
    Level.ENGINEER: QT_TRANSLATE_NOOP("Kpis", "Engineer"),
    Level.REGION: QT_TRANSLATE_NOOP("Kpis", "Region"),
    Level.ALL: QT_TRANSLATE_NOOP("Kpis", "All"),
}
# Why the contract did not count a job's downtime (the drill-down says it).
EXCLUSION_LABELS: dict[ExclusionReason, str] = {
    ExclusionReason.PLANNED: QT_TRANSLATE_NOOP("Kpis", "planned work"),
    ExclusionReason.CUSTOMER_CAUSED: QT_TRANSLATE_NOOP("Kpis", "caused by the customer"),
    ExclusionReason.WAITING_FOR_CUSTOMER: QT_TRANSLATE_NOOP("Kpis", "waiting for the customer"),
}
NOT_COUNTED_LABEL = QT_TRANSLATE_NOOP("Kpis", "not counted")
PERIOD_LABEL = QT_TRANSLATE_NOOP("Kpis", "Period")
WORK_ORDERS_LABEL = QT_TRANSLATE_NOOP("Kpis", "Work orders")
FIGURE_LABEL = QT_TRANSLATE_NOOP("Kpis", "Figure")
DRILL_SHEET_LABEL = QT_TRANSLATE_NOOP("Kpis", "Behind the figures")
TABLE_LEVELS = (
    Level.UNIT,
    Level.HOSPITAL,
    Level.CONTRACT,
    Level.ENGINEER,
    Level.REGION,
    Level.ALL,
)


@dataclass(frozen=True)
class KpiTables:
    start: date
    end: date
    grain: Grain
    tables: dict[Level, list[KpiRow]]
    names: Names
    facts: list[JobFacts]  # every job read (the look-back included)
    schedules: list[UnitSchedule] = field(default_factory=list)  # for uptime


def zone() -> tzinfo:
    """The installation's zone, as the KPIs count local days in it."""
    found = local_time.now().tzinfo
    assert found is not None
    return found


def compute_tables(
    facts: list[JobFacts],
    names: Names,
    start: date,
    end: date,
    grain: Grain,
    levels: tuple[Level, ...] = TABLE_LEVELS,
    today: date | None = None,
    schedules: list[UnitSchedule] | None = None,
) -> KpiTables:
    """The rows of periods from `start`'s on (the look-back only feeds repeats/MTBF);
    with the units' `schedules`, uptime for the days `start`..`end` too."""
    here = zone()
    first = period_of(local_time.start_of_day(start), grain, here)
    last = period_of(local_time.start_of_day(end), grain, here)
    today = today or local_time.today()
    days = (start, end) if schedules is not None else None
    if schedules is not None:
        assign_contracts(facts, schedules, here)
    tables = {
        level: kpi_table(facts, level, grain, here, today, (first, last), schedules or (), days)
        for level in levels
    }
    return KpiTables(start, end, grain, tables, names, facts, schedules or [])


@collector_paused()  # tens of thousands of facts and spans made at once
def load_tables(
    store: Store,
    start: date,
    end: date,
    grain: Grain = Grain.MONTH,
    levels: tuple[Level, ...] = TABLE_LEVELS,
    today: date | None = None,
) -> KpiTables:
    """KPI tables for the local days `start`..`end` (inclusive)."""
    since, until = window(start, end)
    with store.reading() as session:
        facts, names = load_facts(session, since, until, Level.ENGINEER in levels, LOOK_BACK)
        schedules, more = load_schedules(session)
    return compute_tables(
        facts, with_names(names, more), start, end, grain, levels, today, schedules
    )


def with_names(names: Names, more: dict[Level, dict[str, str]]) -> Names:
    """`names` with those of units, hospitals and contracts that had no jobs added."""
    by_level = {level: dict(found) for level, found in names.by_level.items()}
    for level, extra in more.items():
        by_level[level] = {**extra, **by_level.get(level, {})}
    return Names(by_level, names.numbers)


def exclusions_by_job(exclusions: tuple[Exclusion, ...], tr: Translate) -> dict[str, str]:
    """Per job, what the contract did not count and why: "caused by the customer 6.0 h"."""
    out: dict[str, list[str]] = {}
    for e in exclusions:
        out.setdefault(e.job, []).append(f"{tr(EXCLUSION_LABELS[e.reason])} {e.hours:.1f} h")
    return {job: "; ".join(parts) for job, parts in out.items()}


def display(kpi: Kpi, value: float | None) -> str:
    """A figure as a table shows it: shares as percentages, hours and days to 0.1."""
    if value is None:
        return "–"
    from app.domain.kpis import SHARES

    if kpi in (Kpi.UPTIME, Kpi.UPTIME_GUARANTEE):
        return f"{value * 100:.1f}%"
    if kpi in SHARES:
        return f"{value * 100:.0f}%"
    if kpi in (Kpi.JOBS, Kpi.REPEAT_FAILURES):
        return f"{value:.0f}"
    return f"{value:.1f}"
