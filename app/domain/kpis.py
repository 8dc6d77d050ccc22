"""Service times computed from a work order's stamps (§4.4 response and downtime).

Downtime counts from the fault report until the unit is back in clinical use; its
share of *scheduled clinical hours* is what uptime (开机率) is measured against.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo

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
