"""The installation's time zone, once: wherever a person reads a time or a value is
derived from one (a work order's year, a report's dates, "today", a follow-up's day).

Times are stored in UTC; they become local only here. The zone is a setting of the
installation (default: the system's), so a laptop taken abroad or a report read in
another office still says what the engineer's clock said.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

_zone: tzinfo | None = None  # None: the system's local time rules


class UnknownZoneError(ValueError):
    """A zone name the tz database does not know."""


def set_zone(name: str | None) -> None:
    """Use the IANA zone `name` (e.g. "Asia/Shanghai"); empty or None: the system's."""
    global _zone
    if not name:
        _zone = None
        return
    try:
        _zone = ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as error:
        raise UnknownZoneError(name) from error


def zone_name() -> str:
    """The IANA name in use, or "" for the system's zone."""
    return getattr(_zone, "key", "") if _zone is not None else ""


def zone_names() -> list[str]:
    """Every IANA zone name, sorted, for a chooser."""
    return sorted(available_timezones())


def local(moment: datetime) -> datetime:
    """`moment` (aware; naive is taken as UTC) in the installation's zone."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(_zone) if _zone is not None else moment.astimezone()


def now() -> datetime:
    return local(datetime.now(UTC))


def today() -> date:
    return now().date()


def day_of(moment: datetime) -> date:
    """The calendar day `moment` falls on here, not in UTC."""
    return local(moment).date()


def year_of(moment: datetime) -> int:
    """The year `moment` falls in here: a work order reported at 01:00 on 1 January in
    Beijing belongs to the new year, though UTC still says 31 December."""
    return local(moment).year


def from_local(naive: datetime) -> datetime:
    """A wall-clock time typed here (naive) as an aware UTC time."""
    if naive.tzinfo is not None:
        return naive.astimezone(UTC)
    if _zone is not None:
        return naive.replace(tzinfo=_zone).astimezone(UTC)
    return naive.astimezone().astimezone(UTC)  # the system's rules


def start_of_day(day: date) -> datetime:
    """Local midnight of `day`, aware."""
    return from_local(datetime(day.year, day.month, day.day))


def offset_label(moment: datetime) -> str:
    """The zone as printed beside a time, e.g. "UTC+8", "UTC+5:30", "UTC"."""
    offset = local(moment).utcoffset() or timedelta(0)
    minutes = int(offset.total_seconds() // 60)
    if minutes == 0:
        return "UTC"
    sign = "+" if minutes > 0 else "-"
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours}" + (f":{rest:02d}" if rest else "")
