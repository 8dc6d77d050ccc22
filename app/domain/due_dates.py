"""When an open job is due, for an engineer's day (§4.4 "timely response").

A work order carries no appointment date (an installation's agreed date aside), so
a job is due by its priority's response time counted in calendar days from the day
it was reported: urgent work the same day, high the next day, normal within three
days, low within a week. An agreed installation date, when there is one, is the
due day instead. "Today" is the installation's local day (app/domain/local_time).
"""

from __future__ import annotations

from datetime import date, timedelta

from app.domain.enums import Priority, UserRole, WorkOrderState, WorkOrderType
from app.domain.workflow import TERMINAL, transitions

RESPONSE_DAYS: dict[Priority, int] = {
    Priority.URGENT: 0,
    Priority.HIGH: 1,
    Priority.NORMAL: 3,
    Priority.LOW: 7,
}

# Most pressing first: how the day's list is ordered before the time of reporting.
URGENCY_ORDER: dict[Priority, int] = {
    Priority.URGENT: 0,
    Priority.HIGH: 1,
    Priority.NORMAL: 2,
    Priority.LOW: 3,
}


def due_day(reported_day: date, priority: Priority, agreed_day: date | None = None) -> date:
    """The local day a job reported on `reported_day` should be dealt with by."""
    if agreed_day is not None:
        return agreed_day
    return reported_day + timedelta(days=RESPONSE_DAYS[priority])


def days_overdue(due: date, today: date) -> int:
    """Whole days past `due` (0 when due today or later)."""
    return max(0, (today - due).days)


def waiting_on(role: UserRole) -> frozenset[WorkOrderState]:
    """The states of a job in which `role` has a next step (the job waits on them): a
    customer-signed job waits on whoever closes it, not on the field engineer."""
    return frozenset(
        source
        for kind in WorkOrderType
        for (source, _target), roles in transitions(kind).items()
        if role in roles and source not in TERMINAL
    )
