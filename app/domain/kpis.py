"""Service times computed from a work order's stamps (§4.4 response and downtime).

Downtime counts from the fault report until the unit is back in clinical use; its
share of *scheduled clinical hours* is what uptime (开机率) is measured against.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from enum import StrEnum

from app.domain.enums import WorkOrderType
from app.domain.uptime import (
    Conversions,
    DowntimeCause,
    Exclusion,
    Outage,
    UnitSchedule,
    Uptime,
    scheduled_slots,
    slots_uptime,
    total,
)

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
    CONTRACT = "contract"  # a service contract (of one unit, for its term)
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
    UPTIME = "uptime"  # 开机率: share of scheduled hours not lost (app/domain/uptime.py)
    UPTIME_GUARANTEE = "uptime_guarantee"  # the contracts' promise (hours-weighted)
    HOURS_LOST = "hours_lost"  # scheduled hours lost to downtime that counts
    UPTIME_SHORTFALL_HOURS = "uptime_shortfall_hours"  # lost beyond the guarantee
    HOURS_EXCLUDED = "hours_excluded"  # down, but not counted: the contract's exclusions


SHARES = frozenset(
    {Kpi.FIRST_TIME_FIX, Kpi.PM_ON_TIME, Kpi.SATISFACTION, Kpi.UPTIME, Kpi.UPTIME_GUARANTEE}
)
UPTIME_KPIS = (
    Kpi.UPTIME,
    Kpi.UPTIME_GUARANTEE,
    Kpi.HOURS_LOST,
    Kpi.UPTIME_SHORTFALL_HOURS,
    Kpi.HOURS_EXCLUDED,
)


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
    # Uptime: how the job kept the unit out of clinical use (None: it did not), when
    # the work started (planned work is down from then), the unit's contract then, and
    # the parts of the downtime spent waiting for the customer.
    downtime: DowntimeCause | None = None
    started_at: datetime | None = None
    contract: str = ""
    waiting_for_customer: tuple[tuple[datetime, datetime], ...] = ()


@dataclass(frozen=True)
class Figure:
    value: float | None  # None: nothing to measure in the period
    jobs: tuple[str, ...]  # the work orders behind it (ids)
    # Uptime's: the downtime the contract did not count, per job and why.
    exclusions: tuple[Exclusion, ...] = ()


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
    if level is Level.CONTRACT:
        return (job.contract,) if job.contract else ()
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
        **{kpi: Figure(None, ()) for kpi in UPTIME_KPIS},  # kpi_table adds uptime
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
    schedules: Iterable[UnitSchedule] = (),
    days: tuple[date, date] | None = None,
    now: datetime | None = None,
) -> list[KpiRow]:
    """One row per (key at `level`, period) with `periods[0] <= period <= periods[1]`,
    sorted by key then period.

    Repeat failures and failure intervals are found over all the jobs given (a repeat
    in January may follow a December repair), then counted in the later job's period.

    Uptime needs the units' `schedules` and the local `days` (first, last) it covers;
    every unit under contract then has a row per period, jobs or not. Open downtime
    runs until `now` (default: the end of `today`)."""
    every = list(jobs)
    repeats = repeat_failures(every)
    intervals = failure_intervals(every)
    first, last = periods
    find = PeriodFinder((job.reported_at for job in every), grain, zone)
    groups: dict[tuple[str, str], list[JobFacts]] = defaultdict(list)
    # one key per job at most levels: no tuple to walk (an engineer's job may have two,
    # a job outside any contract none)
    single = level not in (Level.ENGINEER, Level.CONTRACT)
    for job in every:
        when = _job_period(job, grain, find)
        if first <= when <= last:
            if single:
                groups[(_keys(job, level)[0], when)].append(job)
            else:
                for key in _keys(job, level):
                    groups[(key, when)].append(job)
    spans: dict[tuple[str, str], list[tuple[JobFacts, JobFacts, float]]] = defaultdict(list)
    for interval in intervals:
        later = interval[1]
        when = find(later.reported_at)
        if first <= when <= last:
            for key in _keys(later, level):
                spans[(key, when)].append(interval)
    uptimes: dict[tuple[str, str], Uptime] = {}
    if days is not None:
        cut = now or datetime.combine(today + timedelta(days=1), time(), zone)
        if level is Level.ENGINEER:
            by_unit = uptime_table(every, schedules, Level.UNIT, grain, days, zone, cut)
            uptimes = engineer_uptime(groups, by_unit)
        else:
            uptimes = uptime_table(every, schedules, level, grain, days, zone, cut)
        uptimes = {k: v for k, v in uptimes.items() if first <= k[1] <= last}
    rows = []
    for key, when in sorted(set(groups) | set(spans) | set(uptimes)):
        figures = figures_for(
            groups.get((key, when), []), spans.get((key, when), []), repeats, zone, today
        )
        if (key, when) in uptimes:
            figures.update(uptime_figures(uptimes[(key, when)]))
        rows.append(KpiRow(level, key, when, figures))
    return rows


def engineer_uptime(
    groups: dict[tuple[str, str], list[JobFacts]], by_unit: dict[tuple[str, str], Uptime]
) -> dict[tuple[str, str], Uptime]:
    """An engineer's uptime in a period: that of the units they worked on then (a job
    of theirs counted in the period, as their other figures are), added up as a
    hospital's units are. Uptime is a unit's, not a person's: a unit two engineers
    served counts for both, with all its downtime, whoever's job it was."""
    out: dict[tuple[str, str], Uptime] = {}
    for (engineer, when), jobs in groups.items():
        units = dict.fromkeys(j.unit for j in jobs if not j.cancelled)
        found = [by_unit[(unit, when)] for unit in units if (unit, when) in by_unit]
        if found:
            out[(engineer, when)] = total(found)
    return out


_PLANNED = DowntimeCause.PLANNED
_DOWNTIME_OF_KIND = {  # by stored value: read for every job of a year's table
    WorkOrderType.REPAIR.value: DowntimeCause.FAILURE,
    WorkOrderType.PREVENTIVE_MAINTENANCE.value: DowntimeCause.PLANNED,
    WorkOrderType.INSPECTION.value: DowntimeCause.PLANNED,
}


def downtime_of(kind: str) -> DowntimeCause | None:
    """How a work order of type `kind` keeps its unit out of use: a repair is a failure,
    PM and inspection planned work; installation, training etc. are not downtime."""
    return _DOWNTIME_OF_KIND.get(str(kind))


def assign_contracts(
    jobs: Iterable[JobFacts], schedules: Iterable[UnitSchedule], zone: tzinfo
) -> None:
    """Sets each job's contract: its unit's covering the local day it was reported."""
    by_unit = {s.unit: s for s in schedules}
    for job in jobs:
        schedule = by_unit.get(job.unit)
        terms = (
            None if schedule is None else schedule.terms_on(job.reported_at.astimezone(zone).date())
        )
        job.contract = "" if terms is None else terms.contract


def outage_of(job: JobFacts) -> Outage | None:
    """The time a job kept its unit out of clinical use: a repair from its report until
    back in use (still open: until now); planned work from its start (or arrival) to
    its finish. None for a cancelled job or one that took no unit out of use."""
    if job.downtime is None or job.cancelled:
        return None
    if job.downtime is _PLANNED:
        start = job.started_at or job.arrived_at
        if start is None or job.finished_at is None:
            return None
        return Outage(job.id, start, job.finished_at, job.downtime)
    return Outage(
        job.id, job.reported_at, job.back_in_use_at, job.downtime, job.waiting_for_customer
    )


def periods_between(first: date, last: date, grain: Grain) -> list[tuple[str, date, date]]:
    """(period, its first day, its last day) covering `first`..`last`, clipped to it."""
    out: list[tuple[str, date, date]] = []
    day = first
    while day <= last:
        if grain is Grain.YEAR:
            following = date(day.year + 1, 1, 1)
            name = f"{day.year}"
        elif grain is Grain.QUARTER:
            quarter = (day.month - 1) // 3
            following = (
                date(day.year + 1, 1, 1) if quarter == 3 else date(day.year, quarter * 3 + 4, 1)
            )
            name = f"{day.year}-Q{quarter + 1}"
        else:
            following = date(day.year + (day.month == 12), day.month % 12 + 1, 1)
            name = f"{day.year}-{day.month:02d}"
        out.append((name, day, min(last, following - timedelta(days=1))))
        day = following
    return out


def uptime_table(
    jobs: Iterable[JobFacts],
    schedules: Iterable[UnitSchedule],
    level: Level,
    grain: Grain,
    days: tuple[date, date],
    zone: tzinfo,
    now: datetime | None,
) -> dict[tuple[str, str], Uptime]:
    """Uptime per (key at `level`, period) of the units under contract in `days`:
    hospitals, regions and the office add their units up; a contract is judged on its
    own days. Engineers: `engineer_uptime` (it needs the jobs grouped per engineer)."""
    if level is Level.ENGINEER:
        return {}
    outages: dict[str, list[Outage]] = defaultdict(list)
    for job in jobs:
        outage = outage_of(job)
        if outage is not None:
            outages[job.unit].append(outage)
    parts: dict[tuple[str, str], list[Uptime]] = defaultdict(list)
    periods = periods_between(*days, grain)
    cut = None if now is None else now.astimezone(UTC)
    conversions: Conversions = {}
    for schedule in schedules:
        if not schedule.contracts:
            continue
        if level is Level.CONTRACT:
            pieces = [
                (
                    t.contract,
                    UnitSchedule(
                        schedule.unit, schedule.hours_per_weekday, schedule.exceptions, (t,)
                    ),
                )
                for t in schedule.contracts
            ]
        else:
            key = {
                Level.UNIT: schedule.unit,
                Level.HOSPITAL: schedule.hospital,
                Level.REGION: schedule.region,
            }.get(level, "")
            pieces = [(key, schedule)]
        near = _NearOutages(outages.get(schedule.unit, []))
        for key, piece in pieces:
            # the whole window's scheduled hours at once, then each period's share
            slots = scheduled_slots(piece, days[0], days[1], zone, cut, conversions)
            slot_days = [slot[0] for slot in slots]
            for name, start, end in periods:
                mine = slots[bisect_left(slot_days, start) : bisect_right(slot_days, end)]
                if mine:  # else no scheduled hours: no figure
                    parts[(key, name)].append(
                        slots_uptime(mine, near.around(start, end, zone), cut)
                    )
    return {k: total(v) for k, v in parts.items()}


class _NearOutages:
    """A unit's outages by start, to hand each period only those that can reach into it
    (a year's table asks twelve times; a unit has hundreds of outages)."""

    def __init__(self, outages: list[Outage]) -> None:
        self.ordered = sorted(outages, key=lambda o: o.start)
        self.starts = [o.start.astimezone(UTC) for o in self.ordered]
        self.longest = max((o.end - o.start for o in self.ordered if o.end), default=timedelta())
        self.still_open = [o for o in self.ordered if o.end is None]

    def around(self, first: date, last: date, zone: tzinfo) -> list[Outage]:
        early = (datetime.combine(first, time(), zone) - self.longest).astimezone(UTC)
        early -= timedelta(days=1)
        late = datetime.combine(last + timedelta(days=2), time(), zone).astimezone(UTC)
        low, high = bisect_left(self.starts, early), bisect_left(self.starts, late)
        older_open = [o for o in self.still_open if o.start.astimezone(UTC) < early]
        return self.ordered[low:high] + older_open


def uptime_figures(figure: Uptime) -> dict[Kpi, Figure]:
    """The uptime KPIs of one row; the drill-down lists the counted work orders and,
    after them, those the contract excluded (so an exclusion can be checked too)."""
    behind = (*figure.jobs, *figure.excluded_jobs)
    why = figure.exclusions
    return {
        Kpi.UPTIME: Figure(figure.value, behind, why),
        Kpi.UPTIME_GUARANTEE: Figure(figure.guarantee, ()),
        Kpi.HOURS_LOST: Figure(figure.lost_hours, figure.jobs),
        Kpi.UPTIME_SHORTFALL_HOURS: Figure(
            figure.shortfall_hours if figure.guarantee is not None else None, figure.jobs
        ),
        Kpi.HOURS_EXCLUDED: Figure(
            figure.excluded_hours, tuple(dict.fromkeys(e.job for e in why)), why
        ),
    }


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
