"""Service contracts and the annual maintenance plan (procedure §4.1), without a database.

A contract promises a number of preventive-maintenance (PM) visits and inspections a
year. The plan spreads them over the year: visit k of n aims at an even step after
the unit's last visit of that kind and may move inside its *window* (a quarter of the
step either side). Within the window the visit goes on one of the unit's working days
(a day with scheduled clinical hours: the department is open to hand the unit over
and take it back into clinical use), outside those hours: after the clinic's day where
it fits by 22:00, before it where it fits from 07:00. Such a day nearest the target
wins; failing one, the lightest working day (the unit stops for the visit, and the
customer notice says for how long); then a day the department is closed (no clinical
hours); a holiday last. Engineers are chosen among those
who know the modality and the region (from the work they did), the least loaded first,
never sent to two hospitals on one day while another day of the window is free.

A visit is on time when done within its window, late when done after it, missed when
its window passed with nothing done.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from app.domain.enums import ContractLevel, LabelledEnum, UserRole, WorkOrderType
from app.domain.i18n import QT_TRANSLATE_NOOP
from app.domain.records import FieldError

# Who keeps contracts and plans (here and on the server); engineers read their own visits.
PLAN_ROLES = frozenset({UserRole.SERVICE_MANAGER})
# Who reads every visit of the plan; the others only the visits assigned to them.
READ_ALL_VISITS_ROLES = frozenset({UserRole.SERVICE_MANAGER, UserRole.QUALITY_CONTROL})
PLANNED_KINDS = (WorkOrderType.PREVENTIVE_MAINTENANCE, WorkOrderType.INSPECTION)
# How long a visit keeps the unit out of clinical use, in minutes.
VISIT_MINUTES = {WorkOrderType.PREVENTIVE_MAINTENANCE: 240, WorkOrderType.INSPECTION: 120}
EARLIEST_START = 7 * 60  # no visit starts before 07:00 …
LATEST_END = 22 * 60  # … or ends after 22:00
DEFAULT_DAY_START = 8 * 60  # the clinic's day starts at 08:00 unless the contract says


class UptimeClock(LabelledEnum):
    """Which hours the guaranteed uptime is counted over."""

    BUSINESS_HOURS = "business_hours"  # the unit's scheduled clinical hours
    ROUND_THE_CLOCK = "round_the_clock"  # 24 × 7

    @property
    def label(self) -> str:
        return _CLOCK_LABELS[self]


_CLOCK_LABELS = {
    UptimeClock.BUSINESS_HOURS: QT_TRANSLATE_NOOP("Enum", "Scheduled clinical hours"),
    UptimeClock.ROUND_THE_CLOCK: QT_TRANSLATE_NOOP("Enum", "24 × 7"),
}


class VisitState(LabelledEnum):
    PROPOSED = "proposed"  # generated or edited, waiting for the manager
    APPROVED = "approved"  # the manager approved it: it becomes a work order in time

    @property
    def label(self) -> str:
        return _STATE_LABELS[self]


_STATE_LABELS = {
    VisitState.PROPOSED: QT_TRANSLATE_NOOP("Enum", "Proposed"),
    VisitState.APPROVED: QT_TRANSLATE_NOOP("Enum", "Approved"),
}


class Punctuality(LabelledEnum):
    """How a planned visit stands against its window."""

    PLANNED = "planned"  # not done, window still open (or ahead)
    ON_TIME = "on_time"
    LATE = "late"
    MISSED = "missed"

    @property
    def label(self) -> str:
        return _PUNCTUALITY_LABELS[self]


_PUNCTUALITY_LABELS = {
    Punctuality.PLANNED: QT_TRANSLATE_NOOP("Enum", "Planned"),
    Punctuality.ON_TIME: QT_TRANSLATE_NOOP("Enum", "Done on time"),
    Punctuality.LATE: QT_TRANSLATE_NOOP("Enum", "Done late"),
    Punctuality.MISSED: QT_TRANSLATE_NOOP("Enum", "Missed"),
}

NOT_ALLOWED = QT_TRANSLATE_NOOP("ServicePlan", "Only the service manager may change this.")
ENDS_BEFORE_START = QT_TRANSLATE_NOOP("ServicePlan", "The contract ends before it starts.")
BAD_COUNT = QT_TRANSLATE_NOOP("ServicePlan", "Enter a number from 0 to 52.")
BAD_PERCENT = QT_TRANSLATE_NOOP("ServicePlan", "Enter a percentage from 0 to 100.")
BAD_HOURS = QT_TRANSLATE_NOOP("ServicePlan", "Enter hours from 0 to 24 for each day.")
BAD_RESPONSE = QT_TRANSLATE_NOOP("ServicePlan", "Enter a response time from 1 to 720 hours.")
BAD_DAY_START = QT_TRANSLATE_NOOP("ServicePlan", "The clinical day must end by midnight.")
NEED_REASON = QT_TRANSLATE_NOOP("ServicePlan", "Say why the visit moves.")
NOT_IN_YEAR = QT_TRANSLATE_NOOP("ServicePlan", "The new date must be in the plan's year.")
ALREADY_ISSUED = QT_TRANSLATE_NOOP(
    "ServicePlan", "This visit's work order is issued; reschedule the work order instead."
)


NAME_TOO_LONG = QT_TRANSLATE_NOOP("ServicePlan", "At most 100 characters.")
SIGNER_NAME_REQUIRED = QT_TRANSLATE_NOOP(
    "ServicePlan", "Name the person who signs the clinical release, or leave the role empty."
)


@dataclass
class ContractDraft:
    """What the contract form edits. Uptime is guaranteed over `uptime_clock` hours
    (the scheduled clinical hours: the unit's `clinical_hours` per weekday from
    `clinical_day_start`, its clinical exceptions overriding a day), less the
    excluded causes ticked here."""

    equipment_id: str = ""
    number: str = ""
    level: ContractLevel = ContractLevel.FULL_SERVICE
    starts_on: date | None = None
    ends_on: date | None = None
    pm_visits_per_year: int = 4
    inspections_per_year: int = 4
    response_hours: int = 24
    uptime_percent: float = 95.0
    excludes_planned: bool = True
    excludes_customer_caused: bool = True
    excludes_waiting_for_customer: bool = True
    uptime_clock: UptimeClock = UptimeClock.BUSINESS_HOURS
    clinical_day_start: int = DEFAULT_DAY_START  # minutes after midnight
    clinical_hours: list[float] = field(default_factory=lambda: [10.0] * 5 + [0.0, 0.0])
    notes: str = ""
    # Who the contract names to sign the clinical release after a repair or upgrade
    # (empty: the hospital's physicist among its contacts).
    release_signer_name: str = ""
    release_signer_role: str = ""

    def validate(self) -> list[FieldError]:
        errors: list[FieldError] = []
        required = QT_TRANSLATE_NOOP("Validation", "This field is required.")
        if not self.equipment_id:
            errors.append(
                FieldError("equipment_id", QT_TRANSLATE_NOOP("Validation", "Choose the equipment."))
            )
        if self.starts_on is None:
            errors.append(FieldError("starts_on", required))
        if self.ends_on is None:
            errors.append(FieldError("ends_on", required))
        if self.starts_on and self.ends_on and self.ends_on < self.starts_on:
            errors.append(FieldError("ends_on", ENDS_BEFORE_START))
        for name in ("pm_visits_per_year", "inspections_per_year"):
            if not 0 <= getattr(self, name) <= 52:
                errors.append(FieldError(name, BAD_COUNT))
        if not 1 <= self.response_hours <= 720:
            errors.append(FieldError("response_hours", BAD_RESPONSE))
        if not 0 <= self.uptime_percent <= 100:
            errors.append(FieldError("uptime_percent", BAD_PERCENT))
        hours = self.clinical_hours
        if len(hours) != 7 or any(not 0 <= h <= 24 for h in hours):
            errors.append(FieldError("clinical_hours", BAD_HOURS))
        elif self.clinical_day_start + 60 * max(hours) > 24 * 60:
            errors.append(FieldError("clinical_day_start", BAD_DAY_START))
        for name in ("release_signer_name", "release_signer_role"):
            if len(getattr(self, name)) > 100:
                errors.append(FieldError(name, NAME_TOO_LONG))
        if self.release_signer_role and not self.release_signer_name:
            errors.append(FieldError("release_signer_name", SIGNER_NAME_REQUIRED))
        return errors


@dataclass(frozen=True)
class UnitToPlan:
    """A unit under contract, as the planner needs it."""

    equipment_id: str
    customer_id: str
    region: str
    modality: str
    contract_id: str
    starts_on: date
    ends_on: date
    pm_visits: int
    inspections: int
    clinical_day_start: int
    clinical_hours: Sequence[float]
    # Days whose clinical hours differ from the weekday's (a holiday: 0).
    exceptions: Mapping[date, float] = field(default_factory=dict)
    last_visit: Mapping[WorkOrderType, date] = field(default_factory=dict)
    templates: Mapping[WorkOrderType, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Engineer:
    id: str
    # What they worked on before: modalities and regions (empty: anything, a newcomer).
    modalities: frozenset[str] = frozenset()
    regions: frozenset[str] = frozenset()


@dataclass(frozen=True)
class PlannedVisit:
    equipment_id: str
    contract_id: str
    kind: WorkOrderType
    template_id: str
    planned_on: date
    start_minute: int
    duration_minutes: int
    window_start: date
    window_end: date
    engineer_id: str | None


def clinical_hours_on(unit: UnitToPlan, day: date) -> float:
    if day in unit.exceptions:
        return unit.exceptions[day]
    hours = unit.clinical_hours
    return float(hours[day.weekday()]) if len(hours) == 7 else 0.0


def start_minute(day_start: int, clinical_hours: float, duration: int) -> int:
    """After the clinic's day where the visit fits by 22:00, before it where it fits
    from 07:00, else at the day's start (the unit must stop: the letter says so)."""
    if clinical_hours <= 0:
        return 9 * 60
    day_end = day_start + round(clinical_hours * 60)
    if day_end + duration <= LATEST_END:
        return day_end
    if day_start - duration >= EARLIEST_START:
        return day_start - duration
    return day_start


def targets(
    year: int, count: int, last: date | None, starts_on: date, ends_on: date
) -> list[tuple[date, date, date]]:
    """(target, window start, window end) of each of `count` visits in `year`, evenly
    stepped after `last`, inside the contract's days."""
    if count <= 0:
        return []
    first_day, last_day = date(year, 1, 1), date(year, 12, 31)
    step = (last_day - first_day).days / count + 1 / count
    first = (last + timedelta(days=round(step))) if last else None
    if first is None or first < first_day or first > first_day + timedelta(days=round(step)):
        first = first_day + timedelta(days=round(step / 2))
    slack = timedelta(days=max(1, round(step / 4)))
    result = []
    for k in range(count):
        target = min(first + timedelta(days=round(k * step)), last_day)
        if not starts_on <= target <= ends_on:
            continue
        start = max(first_day, starts_on, target - slack)
        end = min(last_day, ends_on, target + slack)
        result.append((target, start, end))
    return result


DayKey = tuple[bool, bool, bool, float]


def day_key(clinical_hours: float, holiday: bool, day_start: int, duration: int) -> DayKey:
    """How a day suits a visit, best first (module docstring): not a holiday, the
    department open, the visit outside the clinical hours; where it cannot be, the
    fewest of them (the shortest stop)."""
    closed = clinical_hours <= 0
    start = start_minute(day_start, clinical_hours, duration)
    inside = not closed and start == day_start  # fits neither before nor after
    return (holiday, closed, inside, clinical_hours if inside else 0.0)


@dataclass
class _Load:
    """Who is where on which day, and how many visits each engineer has."""

    team: int = 0
    # day → engineer → the hospital they are at; (day, hospital) → engineers there
    busy: dict[date, dict[str, str]] = field(default_factory=lambda: defaultdict(dict))
    there: dict[tuple[date, str], list[str]] = field(default_factory=lambda: defaultdict(list))
    visits: dict[str, int] = field(default_factory=lambda: defaultdict(int))

    def engineer_for(
        self, day: date, customer: str, by_load: Sequence[Engineer], fitting: frozenset[str]
    ) -> str | None:
        """One already at `customer` that day (one trip), else the least loaded free
        one; None when all of `by_load` are elsewhere."""
        for engineer in self.there.get((day, customer), ()):
            if engineer in fitting:
                return engineer
        busy = self.busy[day]
        if len(busy) >= self.team:
            return None  # everyone is out that day: no need to look further
        return next((e.id for e in by_load if e.id not in busy), None)

    def book(self, engineer: str, day: date, customer: str) -> None:
        if engineer not in self.busy[day]:
            self.busy[day][engineer] = customer
            self.there[(day, customer)].append(engineer)
        self.visits[engineer] += 1


def plan_year(
    year: int, units: Iterable[UnitToPlan], engineers: Sequence[Engineer]
) -> list[PlannedVisit]:
    """Next year's visits for `units` (module docstring)."""
    load = _Load(team=len(engineers))
    visits: list[PlannedVisit] = []
    first = date(year, 1, 1)
    calendar = [first + timedelta(days=i) for i in range(366)]
    weekdays = [d.weekday() for d in calendar]
    for unit in units:
        fitting = [
            e
            for e in engineers
            if (not e.modalities or unit.modality in e.modalities)
            and (not e.regions or unit.region in e.regions)
        ] or [e for e in engineers if not e.modalities or unit.modality in e.modalities]
        fitting = fitting or list(engineers)
        ids = frozenset(e.id for e in fitting)
        hours = (
            [float(h) for h in unit.clinical_hours] if len(unit.clinical_hours) == 7 else [0.0] * 7
        )
        for kind in PLANNED_KINDS:
            count = (
                unit.pm_visits
                if kind is WorkOrderType.PREVENTIVE_MAINTENANCE
                else (unit.inspections)
            )
            duration = VISIT_MINUTES[kind]
            week = [day_key(h, False, unit.clinical_day_start, duration) for h in hours]
            keys = [week[w] for w in weekdays]
            for day, value in unit.exceptions.items():
                if day.year == year:
                    keys[(day - first).days] = day_key(
                        value, value <= 0, unit.clinical_day_start, duration
                    )
            last = unit.last_visit.get(kind)
            for target, start, end in targets(year, count, last, unit.starts_on, unit.ends_on):
                visits.append(
                    _place(
                        unit,
                        kind,
                        duration,
                        (target, start, end),
                        calendar,
                        keys,
                        fitting,
                        ids,
                        load,
                    )
                )
    return visits


def _place(
    unit: UnitToPlan,
    kind: WorkOrderType,
    duration: int,
    window: tuple[date, date, date],
    calendar: list[date],
    keys: list[DayKey],
    fitting: Sequence[Engineer],
    ids: frozenset[str],
    load: _Load,
) -> PlannedVisit:
    target, start, end = window
    first = calendar[0]
    low, high, aim = (start - first).days, (end - first).days, (target - first).days
    # Working days outside the clinical hours first (day_key), then nearest the target.
    order = sorted(range(low, high + 1), key=lambda i: (*keys[i], abs(i - aim)))
    days = [calendar[i] for i in order]
    engineer: str | None = None
    chosen = days[0]
    by_load = sorted(fitting, key=lambda e: (load.visits[e.id], e.id))
    for day in days[:14]:
        engineer = load.engineer_for(day, unit.customer_id, by_load, ids)
        if engineer is not None:
            chosen = day
            break
    if engineer is None and by_load:
        engineer = by_load[0].id  # everyone busy all window: a conflict the calendar shows
    if engineer is not None:
        load.book(engineer, chosen, unit.customer_id)
    return PlannedVisit(
        equipment_id=unit.equipment_id,
        contract_id=unit.contract_id,
        kind=kind,
        template_id=unit.templates.get(kind, ""),
        planned_on=chosen,
        start_minute=start_minute(
            unit.clinical_day_start, clinical_hours_on(unit, chosen), duration
        ),
        duration_minutes=duration,
        window_start=start,
        window_end=end,
        engineer_id=engineer,
    )


def punctuality(
    window_start: date, window_end: date, done_on: date | None, today: date
) -> Punctuality:
    """On time, late, missed or still planned (module docstring)."""
    if done_on is not None:
        return Punctuality.LATE if done_on > window_end else Punctuality.ON_TIME
    return Punctuality.MISSED if today > window_end else Punctuality.PLANNED


@dataclass(frozen=True)
class Booking:
    """One visit in the calendar, as conflict detection needs it."""

    visit_id: str
    engineer_id: str | None
    day: date
    customer_id: str


def conflicts(bookings: Iterable[Booking]) -> set[str]:
    """Visits whose engineer is at another hospital the same day (several units of one
    hospital on a day are one trip)."""
    by_day: dict[tuple[str, date], list[Booking]] = defaultdict(list)
    for b in bookings:
        if b.engineer_id:
            by_day[(b.engineer_id, b.day)].append(b)
    clashing: set[str] = set()
    for same_day in by_day.values():
        if len(same_day) < 2:
            continue
        if len({b.customer_id for b in same_day}) > 1:
            clashing.update(b.visit_id for b in same_day)
    return clashing


def may_plan(role: UserRole) -> bool:
    return role in PLAN_ROLES
