"""A year's uptime table takes each unit's scheduled hours for the whole window at once
and hands each period its share (app/domain/kpis.uptime_table); the figures must be
those of each period judged on its own (app/domain/uptime.unit_uptime) and the
hand-computed hours below.

Asia/Shanghai, "now" Monday 16 February 2026 00:00 (later hours not counted yet):

- unit A, 10 h Mon..Fri from 08:00, 95 %: January has 22 weekdays (220 h), February
  until the 15th 10 (100 h). A repair Fri 30 Jan 16:00 → Mon 2 Feb 10:00 loses
  2 h in January (16–18) and 2 h in February (08–10); one still open since Fri 13 Feb
  17:00 loses 1 h (17–18). A PM on Tue 3 Feb is planned: excluded, but named.
- unit B, round the clock from 1 February, 99 %: 15 days (360 h); a repair Tue 10 Feb
  00:00 → 06:00 loses 6 h, 2.4 h beyond the 3.6 h allowed.
- unit C, 10 h Mon..Fri like A but from 07:30, January only: 220 h; a repair Fri 2 Jan
  07:00 → 08:00 loses 0.5 h (A's hours that day would lose none: the day conversions
  the units share must tell the start minutes apart).
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from app.domain.kpis import Grain, JobFacts, Level, outage_of, periods_between, uptime_table
from app.domain.service_plan import UptimeClock
from app.domain.uptime import DowntimeCause, UnitSchedule, UptimeTerms, unit_uptime

SH = ZoneInfo("Asia/Shanghai")
NOW = datetime(2026, 2, 16, tzinfo=SH)
DAYS = (date(2026, 1, 1), date(2026, 3, 31))
WEEKDAYS_10 = (10.0, 10.0, 10.0, 10.0, 10.0, 0.0, 0.0)


def at(month: int, day: int, hour: int) -> datetime:
    return datetime(2026, month, day, hour, tzinfo=SH)


def job(
    unit: str, name: str, start: datetime, end: datetime | None, planned: bool = False
) -> JobFacts:
    facts = JobFacts(name, name, not planned, planned, unit, "h1", "north", (), start)
    facts.downtime = DowntimeCause.PLANNED if planned else DowntimeCause.FAILURE
    if planned:
        facts.started_at, facts.finished_at = start, end
    else:
        facts.back_in_use_at = end
    return facts


SCHEDULES = [
    UnitSchedule(
        "A",
        WEEKDAYS_10,
        contracts=(UptimeTerms("cA", date(2026, 1, 1), date(2026, 12, 31), 0.95),),
        hospital="h1",
    ),
    UnitSchedule(
        "B",
        WEEKDAYS_10,
        contracts=(
            UptimeTerms(
                "cB", date(2026, 2, 1), date(2026, 12, 31), 0.99, UptimeClock.ROUND_THE_CLOCK
            ),
        ),
        hospital="h1",
    ),
    UnitSchedule(
        "C",
        WEEKDAYS_10,
        contracts=(
            UptimeTerms("cC", date(2026, 1, 1), date(2026, 1, 31), 0.95, day_start_minute=450),
        ),
        hospital="h1",
    ),
]
JOBS = [
    job("A", "a-weekend", at(1, 30, 16), at(2, 2, 10)),
    job("A", "a-pm", at(2, 3, 8), at(2, 3, 12), planned=True),
    job("A", "a-open", at(2, 13, 17), None),
    job("B", "b-night", at(2, 10, 0), at(2, 10, 6)),
    job("C", "c-early", at(1, 2, 7), at(1, 2, 8)),
]


def table(level: Level) -> dict[tuple[str, str], tuple[float, float, float, tuple[str, ...]]]:
    found = uptime_table(JOBS, SCHEDULES, level, Grain.MONTH, DAYS, SH, NOW)
    return {
        key: (f.scheduled_hours, f.lost_hours, f.shortfall_hours, f.jobs + f.excluded_jobs)
        for key, f in found.items()
    }


def test_each_unit_and_month_as_computed_by_hand() -> None:
    assert table(Level.UNIT) == {
        ("A", "2026-01"): (220.0, 2.0, 0.0, ("a-weekend",)),
        ("A", "2026-02"): (100.0, pytest.approx(3.0), 0.0, ("a-weekend", "a-open", "a-pm")),
        ("B", "2026-02"): (360.0, 6.0, pytest.approx(2.4), ("b-night",)),
        ("C", "2026-01"): (220.0, 0.5, 0.0, ("c-early",)),
    }


def test_the_office_adds_units_up_and_each_shortfall_counts() -> None:
    office = table(Level.ALL)
    assert office[("", "2026-01")][:3] == (440.0, 2.5, 0.0)
    assert office[("", "2026-02")][:3] == (460.0, pytest.approx(9.0), pytest.approx(2.4))


def test_the_same_figures_as_each_period_judged_on_its_own() -> None:
    for level in (Level.UNIT, Level.CONTRACT, Level.HOSPITAL, Level.ALL):
        found = uptime_table(JOBS, SCHEDULES, level, Grain.MONTH, DAYS, SH, NOW)
        for schedule in SCHEDULES:
            outages = [o for j in JOBS if j.unit == schedule.unit and (o := outage_of(j))]
            for name, first, last in periods_between(*DAYS, Grain.MONTH):
                alone = unit_uptime(schedule, outages, first, last, SH, NOW)
                if level is Level.UNIT and alone.scheduled_hours > 0:
                    assert found[(schedule.unit, name)] == alone
                if level is Level.UNIT and alone.scheduled_hours == 0:
                    assert (schedule.unit, name) not in found
        if level is Level.ALL:
            for name, first, last in periods_between(*DAYS, Grain.MONTH):
                parts = [
                    unit_uptime(s, [o for j in JOBS if j.unit == s.unit and (o := outage_of(j))],
                                first, last, SH, NOW)
                    for s in SCHEDULES
                ]  # fmt: skip
                scheduled = sum(p.scheduled_hours for p in parts)
                if scheduled:
                    assert found[("", name)].scheduled_hours == scheduled
                    assert found[("", name)].lost_hours == sum(p.lost_hours for p in parts)
