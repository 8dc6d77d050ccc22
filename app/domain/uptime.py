"""Uptime (开机率) of a unit against its service contract, without a database.

Uptime = (scheduled hours − unscheduled lost hours) / scheduled hours over a window of
local days. The contract decides which hours are scheduled (its *clock*: the unit's
scheduled clinical hours per weekday, from the contract's clinical day start, with a
day's exception replacing its weekday's hours — 0 on a holiday —, or 24 × 7) and
which downtime does not count against the company (planned maintenance, downtime the
customer caused, time waiting for the customer). Days no contract covers are not
counted: without a contract nothing was promised.

Overlapping outages are counted once (two jobs open on one unit lose the same hour
only once). The shortfall is the lost hours beyond what the guarantee allows; it is
found per unit and summed when units are added up, so one unit's spare hours never
hide another unit's shortfall.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from enum import StrEnum
from typing import NamedTuple

from app.domain.service_plan import DEFAULT_DAY_START, UptimeClock

Span = tuple[datetime, datetime]  # [start, end), aware


class DowntimeCause(StrEnum):
    """Why a unit was out of clinical use."""

    FAILURE = "failure"  # a breakdown: always counts (unscheduled)
    PLANNED = "planned"  # planned maintenance or inspection
    CUSTOMER_CAUSED = "customer_caused"  # e.g. the hospital's power, water or misuse


@dataclass(frozen=True)
class UptimeTerms:
    """What one contract says about uptime, for the local days `starts_on`..`ends_on`."""

    contract: str  # the contract's id
    starts_on: date
    ends_on: date
    guarantee: float  # a share, 0.97 for 97 %; 0: nothing promised
    clock: UptimeClock = UptimeClock.BUSINESS_HOURS
    excludes_planned: bool = True
    excludes_customer_caused: bool = True
    excludes_waiting_for_customer: bool = True
    day_start_minute: int = DEFAULT_DAY_START  # the clinical day starts this long after 00:00

    def covers(self, day: date) -> bool:
        return self.starts_on <= day <= self.ends_on

    def excludes(self, cause: DowntimeCause) -> bool:
        if cause is DowntimeCause.PLANNED:
            return self.excludes_planned
        if cause is DowntimeCause.CUSTOMER_CAUSED:
            return self.excludes_customer_caused
        return False


@dataclass(frozen=True)
class UnitSchedule:
    """A unit's clinical hours (kept on the unit) and its contracts."""

    unit: str  # the unit's id
    hours_per_weekday: Sequence[float]  # Monday..Sunday
    exceptions: Mapping[date, float] = field(default_factory=dict)  # day → hours (0: holiday)
    contracts: Sequence[UptimeTerms] = ()
    hospital: str = ""  # where the unit is, so figures add up by hospital and region
    region: str = ""

    def terms_on(self, day: date) -> UptimeTerms | None:
        """The contract covering `day` (the latest starting, if two overlap)."""
        found = None
        for terms in self.contracts:  # `covers` inline: asked for every day of a year's table
            if terms.starts_on <= day <= terms.ends_on and (
                found is None or terms.starts_on > found.starts_on
            ):
                found = terms
        return found


class Outage(NamedTuple):
    """A time the unit was out of clinical use, from one work order (a named tuple: a
    year's table makes one per job, 40,000 of them)."""

    job: str  # the work order's id
    start: datetime
    end: datetime | None  # None: still down
    cause: DowntimeCause = DowntimeCause.FAILURE
    waiting_for_customer: tuple[Span, ...] = ()  # parts of it spent waiting for the hospital


class ExclusionReason(StrEnum):
    """Why a contract did not count a job's downtime (or part of it)."""

    PLANNED = "planned"
    CUSTOMER_CAUSED = "customer_caused"
    WAITING_FOR_CUSTOMER = "waiting_for_customer"


@dataclass(frozen=True)
class Exclusion:
    """Scheduled hours of one job's downtime that the contract did not count, and why
    (the drill-down shows it, so an exclusion can be checked record by record)."""

    job: str
    reason: ExclusionReason
    hours: float


@dataclass(frozen=True)
class Uptime:
    """Scheduled and lost hours of a window, for one unit or summed over several.

    `value` is the uptime share (None: no scheduled hours), `guarantee` the promised
    share (hours-weighted over the guaranteed days; None: nothing promised),
    `shortfall_hours` the lost hours beyond what the guarantee allows (summed per unit).
    `jobs` are the work orders whose downtime was counted, `excluded_jobs` those whose
    downtime overlapped scheduled hours but was excluded by the contract.
    `excluded_hours` are the scheduled hours of downtime the contract did not count
    (hours a counted job lost too are not among them), `exclusions` per job and why:
    a counted repair's time waiting for the customer is one too."""

    scheduled_hours: float = 0.0
    lost_hours: float = 0.0
    guaranteed_hours: float = 0.0  # scheduled hours on days with a guarantee
    allowed_hours: float = 0.0  # lost hours the guarantee allows on those days
    shortfall_hours: float = 0.0
    jobs: tuple[str, ...] = ()
    excluded_jobs: tuple[str, ...] = ()
    contracts: tuple[str, ...] = ()
    excluded_hours: float = 0.0
    exclusions: tuple[Exclusion, ...] = ()

    @property
    def value(self) -> float | None:
        if self.scheduled_hours <= 0:
            return None
        return (self.scheduled_hours - self.lost_hours) / self.scheduled_hours

    @property
    def guarantee(self) -> float | None:
        if self.guaranteed_hours <= 0:
            return None
        return 1.0 - self.allowed_hours / self.guaranteed_hours

    @property
    def below_guarantee(self) -> bool:
        return self.shortfall_hours > 1e-9

    def __add__(self, other: Uptime) -> Uptime:
        return Uptime(
            self.scheduled_hours + other.scheduled_hours,
            self.lost_hours + other.lost_hours,
            self.guaranteed_hours + other.guaranteed_hours,
            self.allowed_hours + other.allowed_hours,
            self.shortfall_hours + other.shortfall_hours,
            tuple(dict.fromkeys((*self.jobs, *other.jobs))),
            tuple(dict.fromkeys((*self.excluded_jobs, *other.excluded_jobs))),
            tuple(dict.fromkeys((*self.contracts, *other.contracts))),
            self.excluded_hours + other.excluded_hours,
            _merged(self.exclusions, other.exclusions),
        )


def _merged(first: tuple[Exclusion, ...], second: tuple[Exclusion, ...]) -> tuple[Exclusion, ...]:
    """One exclusion per (job, reason), hours summed (a job spanning two contracts)."""
    if not second:
        return first
    if not first:
        return second
    hours: dict[tuple[str, ExclusionReason], float] = {}
    for e in (*first, *second):
        hours[(e.job, e.reason)] = hours.get((e.job, e.reason), 0.0) + e.hours
    return tuple(Exclusion(job, reason, h) for (job, reason), h in hours.items())


def total(figures: Iterable[Uptime]) -> Uptime:
    """Several units' (or periods') uptime added up (in one pass: an office's month adds
    hundreds of units)."""
    items = list(figures)
    if len(items) <= 1:
        return items[0] if items else Uptime()
    exclusions: dict[tuple[str, ExclusionReason], float] = {}
    for figure in items:
        for e in figure.exclusions:
            exclusions[(e.job, e.reason)] = exclusions.get((e.job, e.reason), 0.0) + e.hours
    return Uptime(
        sum(f.scheduled_hours for f in items),
        sum(f.lost_hours for f in items),
        sum(f.guaranteed_hours for f in items),
        sum(f.allowed_hours for f in items),
        sum(f.shortfall_hours for f in items),
        tuple(dict.fromkeys(j for f in items for j in f.jobs)),
        tuple(dict.fromkeys(j for f in items for j in f.excluded_jobs)),
        tuple(dict.fromkeys(c for f in items for c in f.contracts)),
        sum(f.excluded_hours for f in items),
        tuple(Exclusion(job, reason, h) for (job, reason), h in exclusions.items()),
    )


def scheduled_spans(schedule: UnitSchedule, day: date, zone: tzinfo) -> list[Span]:
    """The hours of local `day` that count under the contract covering it (none without)."""
    terms = schedule.terms_on(day)
    if terms is None:
        return []
    hours = _hours_on(schedule, terms, day)
    return [] if hours <= 0 else [_local_span(day, terms, hours, zone)]


def _hours_on(schedule: UnitSchedule, terms: UptimeTerms, day: date) -> float:
    """The scheduled hours of `day` under `terms` (24 round the clock)."""
    if terms.clock is UptimeClock.ROUND_THE_CLOCK:
        return 24.0
    return schedule.exceptions.get(day, schedule.hours_per_weekday[day.weekday()])


def _local_span(day: date, terms: UptimeTerms, hours: float, zone: tzinfo) -> Span:
    midnight = datetime.combine(day, time(), zone)
    if terms.clock is UptimeClock.ROUND_THE_CLOCK:
        return (midnight, datetime.combine(day + timedelta(days=1), time(), zone))
    # Wall-clock start (a DST day keeps its 08:00); the length is the scheduled hours.
    start = midnight + timedelta(minutes=terms.day_start_minute)
    return (start, start + timedelta(hours=hours))


Slot = tuple[date, UptimeTerms, Span]  # a local day, its contract, its hours in UTC
# (day, day start minute or None round the clock, hours) → the span in UTC: units share
# their days and mostly their hours, so a table converts each day's hours once.
Conversions = dict[tuple[date, int | None, float], Span]


def scheduled_slots(
    schedule: UnitSchedule,
    first: date,
    last: date,
    zone: tzinfo,
    cut: datetime | None = None,
    conversions: Conversions | None = None,
) -> list[Slot]:
    """The scheduled hours of the local days `first`..`last` (one span a day at most)
    as UTC spans, each with its day and contract, cut at `cut` (UTC); empty ones left
    out. Share `conversions` among units to convert each day's hours only once."""
    memo: Conversions = {} if conversions is None else conversions
    round_the_clock = UptimeClock.ROUND_THE_CLOCK
    out: list[Slot] = []
    one = timedelta(days=1)
    day = first
    while day <= last:
        terms = schedule.terms_on(day)
        if terms is not None:
            hours = _hours_on(schedule, terms, day)
            if hours > 0:
                minute = None if terms.clock is round_the_clock else terms.day_start_minute
                span = memo.get((day, minute, hours))
                if span is None:
                    start, end = _local_span(day, terms, hours, zone)
                    span = memo[(day, minute, hours)] = (start.astimezone(UTC), end.astimezone(UTC))
                if cut is not None and cut < span[1]:
                    span = (span[0], cut)
                if span[1] > span[0]:
                    out.append((day, terms, span))
        day += one
    return out


def unit_uptime(
    schedule: UnitSchedule,
    outages: Iterable[Outage],
    first: date,
    last: date,
    zone: tzinfo,
    now: datetime | None = None,
) -> Uptime:
    """The unit's uptime over the local days `first`..`last` (both in).

    Pass only this unit's `outages`. An outage still open (`end` None) runs until
    `now`; with `now` given, scheduled hours after it are not counted yet (a month in
    progress is judged on its hours so far). Each day is judged by the contract
    covering it; the result is the same whatever order the outages come in."""
    # In UTC (as stored): comparing times of one tzinfo skips offset look-ups, most of
    # the time of a year's table.
    cut = None if now is None else now.astimezone(UTC)
    return slots_uptime(scheduled_slots(schedule, first, last, zone, cut), outages, cut)


def slots_uptime(slots: Sequence[Slot], outages: Iterable[Outage], cut: datetime | None) -> Uptime:
    """The uptime of a unit's scheduled `slots` (from `scheduled_slots`, cut at `cut`)
    given its `outages`: a table takes a year's slots once and hands each period its
    share."""
    days: dict[UptimeTerms, list[Span]] = {}
    latest: UptimeTerms | None = None
    spans: list[Span] = []
    for _day, terms, span in slots:
        if terms is not latest:  # a contract's days come together: hash it once
            latest, spans = terms, days.setdefault(terms, [])
        spans.append(span)
    if not days:
        return Uptime()
    window_start = min(s[0] for spans in days.values() for s in spans)
    window_end = max(s[1] for spans in days.values() for s in spans)
    items = sorted(
        (o for o in outages if o.start < window_end and (o.end is None or o.end > window_start)),
        key=lambda o: (o.start, o.job),
    )
    scheduled = lost = guaranteed = allowed = lost_guaranteed = not_counted = 0.0
    jobs: dict[str, None] = {}
    excluded: dict[str, None] = {}
    exclusions: dict[tuple[str, ExclusionReason], float] = {}
    for terms, spans in sorted(days.items(), key=lambda kv: kv[1][0]):
        per_job = [(o, *_lost_spans(o, terms, cut)) for o in items]
        counted_spans = _union([s for _, ok, ss, _ in per_job if ok for s in ss])
        counted = _Sorted(counted_spans)
        hours = sum(_hours(s) for s in spans)
        lost_hours = sum(counted.overlap_hours(s) for s in spans)
        scheduled += hours
        lost += lost_hours
        if terms.guarantee > 0:
            guaranteed += hours
            allowed += hours * (1.0 - terms.guarantee)
            lost_guaranteed += lost_hours
        here = _Sorted(spans)
        spared: list[Span] = []
        for outage, ok, job_spans, holes in per_job:
            if ok:
                if any(here.overlap_hours(s) > 0 for s in job_spans):
                    jobs[outage.job] = None
                if not holes:
                    continue
                reason = ExclusionReason.WAITING_FOR_CUSTOMER
            else:
                reason = _reason(outage.cause)
            held = sum(here.overlap_hours(s) for s in holes)  # an excluded job: all of it
            if held > 0:
                if not ok:
                    excluded[outage.job] = None
                key = (outage.job, reason)
                exclusions[key] = exclusions.get(key, 0.0) + held
                spared += holes
        if spared:
            not_counted += sum(
                here.overlap_hours(piece)
                for hole in _union(spared)
                for piece in _subtract(hole, counted_spans)
            )
    return Uptime(
        scheduled,
        lost,
        guaranteed,
        allowed,
        max(0.0, lost_guaranteed - allowed) if guaranteed else 0.0,
        tuple(jobs),
        tuple(j for j in excluded if j not in jobs),
        tuple(t.contract for t in sorted(days, key=lambda t: days[t][0])),
        not_counted,
        tuple(Exclusion(job, reason, h) for (job, reason), h in exclusions.items()),
    )


def _reason(cause: DowntimeCause) -> ExclusionReason:
    return (
        ExclusionReason.PLANNED
        if cause is DowntimeCause.PLANNED
        else ExclusionReason.CUSTOMER_CAUSED
    )


class _Sorted:
    """Sorted, disjoint spans, for the hours another span shares with them."""

    def __init__(self, spans: list[Span]) -> None:
        self.spans = spans
        self.starts = [s[0] for s in spans]

    def overlap_hours(self, span: Span) -> float:
        start, end = span
        seconds = 0.0
        index = bisect_left(self.starts, end) - 1
        while index >= 0 and self.spans[index][1] > start:
            s_start, s_end = self.spans[index]
            seconds += (min(end, s_end) - max(start, s_start)).total_seconds()
            index -= 1
        return seconds / 3600

    def touches(self, span: Span) -> bool:
        """Whether the span shares any time with them (`overlap_hours(span) > 0`)."""
        index = bisect_left(self.starts, span[1]) - 1
        return index >= 0 and self.spans[index][1] > span[0]


def _lost_spans(
    outage: Outage, terms: UptimeTerms, cut: datetime | None
) -> tuple[bool, list[Span], list[Span]]:
    """(counted?, the spans, the spans not counted) of one outage under `terms`: an
    excluded cause gives its whole span as not counted; excluded waiting for the
    customer is cut out of it."""
    end = outage.end if outage.end is not None else cut
    if end is None or end <= outage.start:
        return True, [], []
    span = (outage.start, end)
    if terms.excludes(outage.cause):
        return False, [span], [span]
    if terms.excludes_waiting_for_customer and outage.waiting_for_customer:
        waits = _union(list(outage.waiting_for_customer))
        kept = _subtract(span, waits)
        return True, kept, _subtract(span, _union(kept))
    return True, [span], []


def _hours(span: Span) -> float:
    return (span[1] - span[0]).total_seconds() / 3600


def _union(spans: list[Span]) -> list[Span]:
    out: list[Span] = []
    for start, end in sorted(spans):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def _subtract(span: Span, holes: list[Span]) -> list[Span]:
    out: list[Span] = []
    start, end = span
    for hole_start, hole_end in holes:  # sorted and disjoint
        if hole_end <= start or hole_start >= end:
            continue
        if hole_start > start:
            out.append((start, hole_start))
        start = max(start, hole_end)
    if start < end:
        out.append((start, end))
    return out
