"""The rules of a repair's customer downtime (issue 14 §KPIs): who records it, what a
customer-caused cause and a waiting period must say, and how the recorded rows become
the spans app/domain/uptime.py excludes under the contract's flags.

The laptop's services and the sync server (sync/server/rules.py) follow the same rules:
engineers and repair technicians record it on repairs assigned to them, the service
manager on any repair.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from app.domain.enums import UserRole, WorkOrderType
from app.domain.i18n import QT_TRANSLATE_NOOP
from app.domain.records import MAX_TEXT, FieldError, ValidationError
from app.domain.uptime import DowntimeCause, Span

R = UserRole
# Who records a repair's downtime cause and waiting periods.
RECORD_ROLES = frozenset({R.ENGINEER, R.REPAIR_TECHNICIAN, R.SERVICE_MANAGER})
# Who records them on any repair, not only those assigned to them.
OFFICE_ROLES = frozenset({R.SERVICE_MANAGER})
# The causes a repair may have (planned work is a work order type, not a cause).
REPAIR_CAUSES = (DowntimeCause.FAILURE, DowntimeCause.CUSTOMER_CAUSED)
# An open waiting period runs on until the downtime ends: this far, for the spans.
OPEN_END = datetime(9999, 1, 1, tzinfo=UTC)
# A time a little ahead of the laptop's clock is a clock skew, not the future.
CLOCK_SLACK = timedelta(minutes=5)

M_NOT_RECORDER = QT_TRANSLATE_NOOP(
    "Validation", "Your role does not record downtime causes or waiting for the customer."
)
M_NOT_YOURS = QT_TRANSLATE_NOOP(
    "Validation", "You record downtime only on repairs assigned to you."
)
M_NOT_REPAIR = QT_TRANSLATE_NOOP(
    "Validation", "Downtime causes and waiting for the customer are recorded on repairs only."
)
M_REASON = QT_TRANSLATE_NOOP("Validation", "Say why: the reason is required.")
M_TOO_LONG = QT_TRANSLATE_NOOP("Validation", "This text is too long.")
M_END_BEFORE_START = QT_TRANSLATE_NOOP("Validation", "The end must be after the start.")
M_BEFORE_REPORT = QT_TRANSLATE_NOOP(
    "Validation", "Waiting cannot start before the fault was reported."
)
M_FUTURE = QT_TRANSLATE_NOOP("Validation", "This time is in the future.")
M_OVERLAP = QT_TRANSLATE_NOOP(
    "Validation", "This period overlaps another waiting period of this repair."
)
M_ALREADY_WAITING = QT_TRANSLATE_NOOP(
    "Validation", "The repair is already waiting for the customer; end that period first."
)
M_NOT_WAITING = QT_TRANSLATE_NOOP("Validation", "The repair is not waiting for the customer.")
M_NOT_CAUSE = QT_TRANSLATE_NOOP(
    "Validation", "A repair's downtime is a failure or caused by the customer."
)


@dataclass(frozen=True)
class WaitPeriod:
    """One waiting period as the rules see it (None end: still waiting)."""

    id: str
    started_at: datetime
    ended_at: datetime | None


def check_recorder(role: UserRole, assigned: bool, kind: WorkOrderType) -> None:
    """Engineers and technicians on their own repairs, the service manager on any."""
    if kind is not WorkOrderType.REPAIR:
        raise ValidationError([FieldError("", M_NOT_REPAIR)])
    if role not in RECORD_ROLES:
        raise ValidationError([FieldError("", M_NOT_RECORDER)])
    if role not in OFFICE_ROLES and not assigned:
        raise ValidationError([FieldError("", M_NOT_YOURS)])


def check_cause(cause: DowntimeCause, reason: str) -> None:
    """A customer-caused repair says what the customer did (its power, water, misuse)."""
    errors = []
    if cause not in REPAIR_CAUSES:
        errors.append(FieldError("cause", M_NOT_CAUSE))
    if cause is DowntimeCause.CUSTOMER_CAUSED and not reason.strip():
        errors.append(FieldError("reason", M_REASON))
    if len(reason) > MAX_TEXT:
        errors.append(FieldError("reason", M_TOO_LONG))
    if errors:
        raise ValidationError(errors)


def check_wait(
    period: WaitPeriod,
    reason: str,
    reported_at: datetime,
    now: datetime,
    others: Iterable[WaitPeriod],
) -> None:
    """A waiting period says why, lies between the report and now, ends after it starts
    and overlaps no other period of the repair (one open period at a time)."""
    errors = []
    if not reason.strip():
        errors.append(FieldError("reason", M_REASON))
    elif len(reason) > MAX_TEXT:
        errors.append(FieldError("reason", M_TOO_LONG))
    start, end = period.started_at, period.ended_at
    latest = now + CLOCK_SLACK
    if start < reported_at:
        errors.append(FieldError("started_at", M_BEFORE_REPORT))
    if start > latest:
        errors.append(FieldError("started_at", M_FUTURE))
    if end is not None and end > latest:
        errors.append(FieldError("ended_at", M_FUTURE))
    if end is not None and end <= start:
        errors.append(FieldError("ended_at", M_END_BEFORE_START))
    for other in others:
        if other.id == period.id:
            continue
        if end is None and other.ended_at is None:
            errors.append(FieldError("started_at", M_ALREADY_WAITING))
            break
        if _overlap((start, end or OPEN_END), (other.started_at, other.ended_at or OPEN_END)):
            errors.append(FieldError("started_at", M_OVERLAP))
            break
    if errors:
        raise ValidationError(errors)


def _overlap(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def waiting_spans(periods: Iterable[tuple[datetime, datetime | None]]) -> tuple[Span, ...]:
    """The periods as uptime's spans, in order; one still open runs on (`OPEN_END`):
    the outage's own end, or now, cuts it."""
    return tuple(sorted((start, end or OPEN_END) for start, end in periods))


def repair_cause(kind_cause: DowntimeCause | None, recorded: str | None) -> DowntimeCause | None:
    """A job's downtime cause: a repair recorded as customer-caused is; everything else
    keeps its type's (`kpis.downtime_of`)."""
    if kind_cause is DowntimeCause.FAILURE and recorded == DowntimeCause.CUSTOMER_CAUSED.value:
        return DowntimeCause.CUSTOMER_CAUSED
    return kind_cause
