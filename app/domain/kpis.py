"""Service times computed from a work order's stamps (§4.4 response and downtime).

Downtime counts from the fault report until the unit is back in clinical use; its
share of *scheduled clinical hours* is what uptime (开机率) is measured against.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo
from enum import StrEnum

CLINICAL_DAY_START_HOUR = 8  # clinical sessions are counted from 08:00 local time


@dataclass(frozen=True)
class WorkOrderTimes:
    reported_at: datetime
    acknowledged_at: datetime | None = None
    arrived_at: datetime | None = None
    started_at: datetime | None = None
    finished_at: datetime | None = None
    back_in_use_at: datetime | None = None


@dataclass(frozen=True)
class ServiceTimes:
    response: timedelta | None  # reported → acknowledged
    time_to_site: timedelta | None  # reported → engineer on site
    on_site: timedelta | None  # on site → work finished
    repair: timedelta | None  # work started → finished
    downtime: timedelta | None  # reported → back in clinical use


def _span(start: datetime | None, end: datetime | None) -> timedelta | None:
    if start is None or end is None or end < start:
        return None
    return end - start


def service_times(t: WorkOrderTimes) -> ServiceTimes:
    return ServiceTimes(
        response=_span(t.reported_at, t.acknowledged_at),
        time_to_site=_span(t.reported_at, t.arrived_at),
        on_site=_span(t.arrived_at, t.finished_at),
        repair=_span(t.started_at, t.finished_at),
        downtime=_span(t.reported_at, t.back_in_use_at),
    )


def clinical_hours_lost(
    start: datetime, end: datetime, hours_per_weekday: list[float], zone: tzinfo
) -> float:
    """Scheduled clinical hours (Mon..Sun, from 08:00 local) that fall inside [start, end)."""
    if end <= start:
        return 0.0
    local_start, local_end = start.astimezone(zone), end.astimezone(zone)
    day = local_start.replace(hour=0, minute=0, second=0, microsecond=0)
    lost = timedelta()
    while day < local_end:
        hours = hours_per_weekday[day.weekday()]
        if hours > 0:
            session_start = day + timedelta(hours=CLINICAL_DAY_START_HOUR)
            session_end = session_start + timedelta(hours=hours)
            overlap = min(session_end, local_end) - max(session_start, local_start)
            if overlap > timedelta():
                lost += overlap
        day += timedelta(days=1)
    return lost.total_seconds() / 3600


# --- Service KPIs (§1, §9 figures a service business is judged on) -----------------------
#
# Computed from one fact row per work order (JobFacts) so that the laptop (from its
# database) and the office server (from synced rows) feed the same functions and can
# never disagree. Every figure carries the work orders behind it: a disputed number is
# checked record by record.

REPEAT_WINDOW = timedelta(days=30)  # same unit and subsystem again within 30 days


class Level(StrEnum):
    """Who a figure is about."""

    UNIT = "unit"
    HOSPITAL = "hospital"
    ENGINEER = "engineer"
    REGION = "region"
    ALL = "all"  # the whole office (key "")


class Grain(StrEnum):
    """How long a period is."""

    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"


class Kpi(StrEnum):
    """The figures, in the order tables show them."""

    JOBS = "jobs"  # corrective jobs reported in the period
    RESPONSE_HOURS = "response_hours"  # mean, reported → acknowledged
    TIME_TO_SITE_HOURS = "time_to_site_hours"  # mean, reported → on site
    MTTR_HOURS = "mttr_hours"  # mean, reported → back in clinical use
    MTBF_DAYS = "mtbf_days"  # mean, back in use → next corrective failure
    FIRST_TIME_FIX = "first_time_fix"  # share fixed on the first visit
    REPEAT_FAILURES = "repeat_failures"  # count
    PM_ON_TIME = "pm_on_time"  # share of PMs due in the period done by their due day
    SATISFACTION = "satisfaction"  # share of reached customers satisfied
    PARTS_QUANTITY = "parts_quantity"  # part lines' quantities
    PARTS_COST = "parts_cost"  # parts at cost (app/domain/costs.py), where every cost is known


SHARES = frozenset({Kpi.FIRST_TIME_FIX, Kpi.PM_ON_TIME, Kpi.SATISFACTION})


@dataclass(slots=True)  # not frozen: 100,000 of them are made per table, and fast
class JobFacts:
    """What the KPIs need to know of one work order (times aware, UTC or any zone)."""

    id: str
    number: str
    corrective: bool  # a repair: a failure of the unit
    preventive: bool  # planned maintenance, judged against its due day
    unit: str
    hospital: str
    region: str
    engineers: tuple[str, ...]
    reported_at: datetime
    acknowledged_at: datetime | None = None
    arrived_at: datetime | None = None
    finished_at: datetime | None = None
    back_in_use_at: datetime | None = None
    due_day: date | None = None  # app/domain/due_dates.due_day
    subsystem: str = ""  # the fault code's group, e.g. "MLC" of "LINAC/MLC-03"
    waited_for_parts: bool = False
    follow_on_job: bool = False  # another job was opened from this one (origin)
    satisfied: bool | None = None  # the follow-up's verdict; None: not reached
    parts_quantity: float = 0.0
    parts_cost: float | None = None  # None: a part without a known cost
    cancelled: bool = False


@dataclass(frozen=True)
class Figure:
    value: float | None  # None: nothing to measure in the period
    jobs: tuple[str, ...]  # the work orders behind it (ids)


@dataclass(frozen=True)
class KpiRow:
    level: Level
    key: str  # the unit's, hospital's, engineer's id or the region's name
    period: str  # "2026-03", "2026-Q1", "2026"
    figures: dict[Kpi, Figure]


def back_in_use(released_at: datetime | None, finished_at: datetime | None) -> datetime | None:
    """When the unit went back into clinical use: the physicist's release where one was
    recorded; a job finished without one (work that needed no release) at its finish."""
    return released_at or finished_at


def subsystem_of(fault_code: str) -> str:
    """The group of a fault code: "LINAC/MLC-03" → "MLC", "GUN-1" → "GUN"."""
    bare = fault_code.strip().rpartition("/")[2]
    return bare.split("-", 1)[0].strip().upper()


def period_of(moment: datetime, grain: Grain, zone: tzinfo) -> str:
    return day_period(moment.astimezone(zone).date(), grain)


def day_period(day: date, grain: Grain) -> str:
    """The period a local day falls in."""
    if grain is Grain.YEAR:
        return f"{day.year}"
    if grain is Grain.QUARTER:
        return f"{day.year}-Q{(day.month - 1) // 3 + 1}"
    return f"{day.year}-{day.month:02d}"


def _hours(span: timedelta | None) -> float | None:
    return None if span is None else span.total_seconds() / 3600


def _mean(pairs: list[tuple[str, float]]) -> Figure:
    if not pairs:
        return Figure(None, ())
    return Figure(sum(v for _, v in pairs) / len(pairs), tuple(i for i, _ in pairs))


def _share(pairs: list[tuple[str, bool]]) -> Figure:
    if not pairs:
        return Figure(None, ())
    return Figure(sum(1 for _, ok in pairs if ok) / len(pairs), tuple(i for i, _ in pairs))


def repeat_failures(jobs: Iterable[JobFacts]) -> set[str]:
    """Corrective jobs on a unit and subsystem that failed within 30 days of the last
    repair of the same subsystem there finishing (or, unfinished, being reported)."""
    last: dict[tuple[str, str], datetime] = {}
    repeats: set[str] = set()
    for job in sorted(_corrective(jobs), key=lambda j: j.reported_at):
        if not job.subsystem:
            continue
        key = (job.unit, job.subsystem)
        previous = last.get(key)
        if previous is not None and job.reported_at - previous <= REPEAT_WINDOW:
            repeats.add(job.id)
        last[key] = job.finished_at or job.back_in_use_at or job.reported_at
    return repeats


def failure_intervals(jobs: Iterable[JobFacts]) -> list[tuple[JobFacts, JobFacts, float]]:
    """(previous failure, next failure, days in use between them) per unit: from the
    unit back in clinical use after one corrective job to the next one's report."""
    by_unit: dict[str, list[JobFacts]] = defaultdict(list)
    for job in _corrective(jobs):
        by_unit[job.unit].append(job)
    out: list[tuple[JobFacts, JobFacts, float]] = []
    for failures in by_unit.values():
        failures.sort(key=lambda j: j.reported_at)
        for before, after in zip(failures, failures[1:], strict=False):
            restored = before.back_in_use_at or before.finished_at
            if restored is None or restored > after.reported_at:
                continue  # overlapping failures: no time in use between them
            out.append((before, after, (after.reported_at - restored).total_seconds() / 86400))
    return out


def first_time_fixed(job: JobFacts) -> bool:
    """Fixed on the first visit: no wait for parts and no job opened to finish it."""
    return not job.waited_for_parts and not job.follow_on_job


def pm_on_time(job: JobFacts, zone: tzinfo, today: date) -> bool | None:
    """Done by its due day (local); None while it is still open and not yet due."""
    if job.due_day is None:
        return None
    if job.finished_at is None:
        return False if today > job.due_day else None
    return job.finished_at.astimezone(zone).date() <= job.due_day


def _corrective(jobs: Iterable[JobFacts]) -> list[JobFacts]:
    return [j for j in jobs if j.corrective and not j.cancelled]


def _keys(job: JobFacts, level: Level) -> tuple[str, ...]:
    if level is Level.UNIT:
        return (job.unit,)
    if level is Level.HOSPITAL:
        return (job.hospital,)
    if level is Level.REGION:
        return (job.region,)
    if level is Level.ALL:
        return ("",)
    return job.engineers  # a job done by two engineers counts for both


def figures_for(
    jobs: list[JobFacts],
    intervals: list[tuple[JobFacts, JobFacts, float]],
    repeats: set[str],
    zone: tzinfo,
    today: date,
) -> dict[Kpi, Figure]:
    """The KPIs of one group of jobs (already chosen by level and period), in one pass
    over the jobs: 100,000 of them are grouped per table."""
    corrective: list[str] = []
    responses: list[tuple[str, float]] = []
    to_site: list[tuple[str, float]] = []
    repair: list[tuple[str, float]] = []
    fixed: list[tuple[str, bool]] = []
    repeated: list[str] = []
    pms: list[tuple[str, bool]] = []
    satisfied: list[tuple[str, bool]] = []
    with_parts: list[str] = []
    quantity, cost, priced = 0.0, 0.0, True
    for j in jobs:
        if j.cancelled:
            continue
        if j.corrective:
            corrective.append(j.id)
            reported = j.reported_at
            moment = j.acknowledged_at
            if moment is not None and moment >= reported:
                responses.append((j.id, (moment - reported).total_seconds() / 3600))
            moment = j.arrived_at
            if moment is not None and moment >= reported:
                to_site.append((j.id, (moment - reported).total_seconds() / 3600))
            moment = j.back_in_use_at
            if moment is not None and moment >= reported:
                repair.append((j.id, (moment - reported).total_seconds() / 3600))
            if j.finished_at is not None:
                fixed.append((j.id, first_time_fixed(j)))
            if j.id in repeats:
                repeated.append(j.id)
        if j.preventive:
            on_time = pm_on_time(j, zone, today)
            if on_time is not None:
                pms.append((j.id, on_time))
        if j.satisfied is not None:
            satisfied.append((j.id, j.satisfied))
        quantity += j.parts_quantity
        cost += j.parts_cost or 0.0
        if j.parts_quantity:
            with_parts.append(j.id)
            priced = priced and j.parts_cost is not None
    parts = tuple(with_parts)
    return {
        Kpi.JOBS: Figure(float(len(corrective)), tuple(corrective)),
        Kpi.RESPONSE_HOURS: _mean(responses),
        Kpi.TIME_TO_SITE_HOURS: _mean(to_site),
        Kpi.MTTR_HOURS: _mean(repair),
        Kpi.MTBF_DAYS: _mtbf(intervals),
        Kpi.FIRST_TIME_FIX: _share(fixed),
        Kpi.REPEAT_FAILURES: Figure(float(len(repeated)), tuple(repeated)),
        Kpi.PM_ON_TIME: _share(pms),
        Kpi.SATISFACTION: _share(satisfied),
        Kpi.PARTS_QUANTITY: Figure(quantity, parts),
        Kpi.PARTS_COST: Figure(cost if priced else None, parts),
    }


def _mtbf(intervals: list[tuple[JobFacts, JobFacts, float]]) -> Figure:
    if not intervals:
        return Figure(None, ())
    jobs = tuple(dict.fromkeys(i for a, b, _ in intervals for i in (a.id, b.id)))
    return Figure(sum(d for _, _, d in intervals) / len(intervals), jobs)


def _period_start(day: date, grain: Grain) -> date:
    if grain is Grain.YEAR:
        return date(day.year, 1, 1)
    if grain is Grain.QUARTER:
        return date(day.year, (day.month - 1) // 3 * 3 + 1, 1)
    return date(day.year, day.month, 1)


def _next_start(start: date, grain: Grain) -> date:
    months = {Grain.MONTH: 1, Grain.QUARTER: 3, Grain.YEAR: 12}[grain]
    month = start.month - 1 + months
    return date(start.year + month // 12, month % 12 + 1, 1)


class PeriodFinder:
    """The period of a moment, found by bisecting the periods' starts as UTC instants
    (local midnights): the same answer as `period_of`, without converting every one
    of 100,000 moments to the local zone."""

    def __init__(self, moments: Iterable[datetime], grain: Grain, zone: tzinfo) -> None:
        self.grain, self.zone = grain, zone
        every = list(moments)
        self.starts: list[datetime] = []
        self.labels: list[str] = []
        if not every:
            return
        first = min(every).astimezone(zone).date()
        last = max(every).astimezone(zone).date()
        start = _period_start(first, grain)
        while True:  # the starts, and the end of the last period after them
            midnight = datetime(start.year, start.month, start.day, tzinfo=zone)
            self.starts.append(midnight.astimezone(UTC))
            if start > last:
                break
            self.labels.append(day_period(start, grain))
            start = _next_start(start, grain)

    def __call__(self, moment: datetime) -> str:
        index = bisect_right(self.starts, moment) - 1
        if 0 <= index < len(self.labels):
            return self.labels[index]
        return period_of(moment, self.grain, self.zone)  # outside the moments given


def _job_period(job: JobFacts, grain: Grain, find: PeriodFinder) -> str:
    """A PM counts in the period of its due day; any other job in that of its report."""
    if job.preventive and job.due_day is not None:
        return day_period(job.due_day, grain)
    return find(job.reported_at)


def kpi_table(
    jobs: Iterable[JobFacts],
    level: Level,
    grain: Grain,
    zone: tzinfo,
    today: date,
    periods: tuple[str, str] = ("", "~"),
) -> list[KpiRow]:
    """One row per (key at `level`, period) with `periods[0] <= period <= periods[1]`,
    sorted by key then period.

    Repeat failures and failure intervals are found over all the jobs given (a repeat
    in January may follow a December repair), then counted in the later job's period."""
    every = list(jobs)
    repeats = repeat_failures(every)
    intervals = failure_intervals(every)
    first, last = periods
    find = PeriodFinder((job.reported_at for job in every), grain, zone)
    groups: dict[tuple[str, str], list[JobFacts]] = defaultdict(list)
    single = level is not Level.ENGINEER  # one key per job: no tuple to walk
    for job in every:
        when = _job_period(job, grain, find)
        if first <= when <= last:
            if single:
                groups[(_keys(job, level)[0], when)].append(job)
            else:
                for key in job.engineers:
                    groups[(key, when)].append(job)
    spans: dict[tuple[str, str], list[tuple[JobFacts, JobFacts, float]]] = defaultdict(list)
    for interval in intervals:
        later = interval[1]
        when = find(later.reported_at)
        if first <= when <= last:
            for key in _keys(later, level):
                spans[(key, when)].append(interval)
    rows = []
    for key, when in sorted(set(groups) | set(spans)):
        figures = figures_for(
            groups.get((key, when), []), spans.get((key, when), []), repeats, zone, today
        )
        rows.append(KpiRow(level, key, when, figures))
    return rows


@dataclass(frozen=True)
class Bar:
    """One bar of a chart, with the work orders it stands for."""

    label: str
    value: float
    jobs: tuple[str, ...]


def downtime_by_subsystem(jobs: Iterable[JobFacts]) -> list[Bar]:
    """Hours from report to back in clinical use, summed per subsystem, largest first
    (a Pareto chart: the few subsystems that cost most of the downtime)."""
    hours: dict[str, float] = defaultdict(float)
    behind: dict[str, list[str]] = defaultdict(list)
    for job in _corrective(jobs):
        span = _hours(_span(job.reported_at, job.back_in_use_at))
        if span is None:
            continue
        hours[job.subsystem] += span
        behind[job.subsystem].append(job.id)
    bars = [Bar(name, hours[name], tuple(behind[name])) for name in hours]
    return sorted(bars, key=lambda b: (-b.value, b.label))


RESPONSE_EDGES_HOURS = (1.0, 2.0, 4.0, 8.0, 24.0)  # bins: <1 h, 1–2 h, … , ≥24 h


def response_distribution(
    jobs: Iterable[JobFacts], edges: tuple[float, ...] = RESPONSE_EDGES_HOURS
) -> list[Bar]:
    """Corrective jobs by hours from report to the engineer's first reaction, binned;
    labels are the bins' lower bounds ("0", "1", … "24")."""
    bins: list[list[str]] = [[] for _ in range(len(edges) + 1)]
    for job in _corrective(jobs):
        hours = _hours(_span(job.reported_at, job.acknowledged_at))
        if hours is None:
            continue
        index = sum(1 for edge in edges if hours >= edge)
        bins[index].append(job.id)
    lows = (0.0, *edges)
    return [
        Bar(f"{low:g}", float(len(ids)), tuple(ids)) for low, ids in zip(lows, bins, strict=True)
    ]
