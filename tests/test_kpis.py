"""Service KPIs against figures worked out by hand on small fixtures (app/domain/kpis.py)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from app.domain.kpis import (
    Grain,
    JobFacts,
    Kpi,
    Level,
    clinical_hours_lost,
    failure_intervals,
    kpi_table,
    period_of,
    repeat_failures,
    subsystem_of,
)

SH = ZoneInfo("Asia/Shanghai")
TODAY = date(2026, 4, 30)


def at(day: int, hour: int, minute: int = 0, month: int = 3) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=SH)


def job(id: str, **kw: object) -> JobFacts:
    base: dict[str, object] = {
        "number": id.upper(),
        "corrective": True,
        "preventive": False,
        "unit": "linac-1",
        "hospital": "h1",
        "region": "east",
        "engineers": ("wang",),
        "reported_at": at(2, 9),
    }
    base.update(kw)
    return JobFacts(id=id, **base)  # type: ignore[arg-type]


# A repair reported on Friday 6 March 2026 at 22:00, over midnight and the weekend:
# engineer acknowledges at 22:30, on site Saturday 07:00, done Saturday 15:00, the
# physicist releases the unit on Monday at 09:00.
WEEKEND = job(
    "weekend",
    reported_at=at(6, 22),
    acknowledged_at=at(6, 22, 30),
    arrived_at=at(7, 7),
    finished_at=at(7, 15),
    back_in_use_at=at(9, 9),
    subsystem="MLC",
)


def row(rows, key: str, period: str):  # type: ignore[no-untyped-def]
    (found,) = [r for r in rows if r.key == key and r.period == period]
    return found


def test_a_repair_over_midnight_and_a_weekend() -> None:
    (r,) = kpi_table([WEEKEND], Level.UNIT, Grain.MONTH, SH, TODAY)
    assert r.period == "2026-03"
    assert r.figures[Kpi.RESPONSE_HOURS].value == pytest.approx(0.5)
    assert r.figures[Kpi.TIME_TO_SITE_HOURS].value == pytest.approx(9.0)
    # Friday 22:00 → Monday 09:00 = 59 hours of wall clock
    assert r.figures[Kpi.MTTR_HOURS].value == pytest.approx(59.0)
    assert r.figures[Kpi.MTTR_HOURS].jobs == ("weekend",)
    # ... but only one scheduled clinical hour (Mon 08:00–09:00) on a Mon–Fri 10 h plan
    hours = [10.0] * 5 + [0.0, 0.0]
    assert clinical_hours_lost(WEEKEND.reported_at, at(9, 9), hours, SH) == 1.0


def test_mttr_mtbf_first_time_fix_and_repeats() -> None:
    jobs = [
        WEEKEND,  # 59 h, fixed first time, MLC
        # 12 March 10:00 → 12 March 16:00 (6 h); waited for parts: not a first-time fix;
        # MLC again 5 days after the weekend repair finished: a repeat failure
        job(
            "mlc-again",
            reported_at=at(12, 10),
            finished_at=at(12, 15),
            back_in_use_at=at(12, 16),
            subsystem="MLC",
            waited_for_parts=True,
        ),
        # 20 March 08:00 → 21 March 08:00 (24 h); a different subsystem: no repeat
        job(
            "gun",
            reported_at=at(20, 8),
            finished_at=at(20, 20),
            back_in_use_at=at(21, 8),
            subsystem="GUN",
            follow_on_job=True,
        ),
        # MLC on 20 April: 39 days after 12 March: no repeat
        job("mlc-april", reported_at=at(20, 8, month=4), subsystem="MLC"),
    ]
    rows = kpi_table(jobs, Level.UNIT, Grain.MONTH, SH, TODAY)
    march = row(rows, "linac-1", "2026-03")
    assert march.figures[Kpi.JOBS].value == 3
    assert march.figures[Kpi.MTTR_HOURS].value == pytest.approx((59 + 6 + 24) / 3)
    # in use 9 Mar 09:00 → 12 Mar 10:00 = 3 d 1 h; 12 Mar 16:00 → 20 Mar 08:00 = 7 d 16 h
    assert march.figures[Kpi.MTBF_DAYS].value == pytest.approx((3 + 1 / 24 + 7 + 16 / 24) / 2)
    assert march.figures[Kpi.FIRST_TIME_FIX].value == pytest.approx(1 / 3)
    assert march.figures[Kpi.REPEAT_FAILURES].value == 1
    assert march.figures[Kpi.REPEAT_FAILURES].jobs == ("mlc-again",)
    april = row(rows, "linac-1", "2026-04")
    # 21 Mar 08:00 → 20 Apr 08:00 = 30 days in use; the open job has no MTTR yet
    assert april.figures[Kpi.MTBF_DAYS].value == pytest.approx(30.0)
    assert april.figures[Kpi.MTBF_DAYS].jobs == ("gun", "mlc-april")
    assert april.figures[Kpi.MTTR_HOURS].value is None
    assert april.figures[Kpi.FIRST_TIME_FIX].value is None  # nothing finished
    assert repeat_failures(jobs) == {"mlc-again"}
    assert len(failure_intervals(jobs)) == 3


def test_repeat_window_is_thirty_days_inclusive() -> None:
    first = job("a", reported_at=at(1, 8), finished_at=at(1, 10), subsystem="MLC")
    edge = job("b", reported_at=at(31, 10), subsystem="mlc".upper())
    late = job("c", reported_at=at(1, 8), finished_at=at(1, 10), subsystem="GUN", unit="u2")
    later = job("d", reported_at=at(31, 10, 1), subsystem="GUN", unit="u2")
    assert repeat_failures([first, edge, late, later]) == {"b"}


def test_pm_on_time_by_due_day_local() -> None:
    pm = {"corrective": False, "preventive": True}
    jobs = [
        # due 10 March, finished 10 March 23:30 Beijing (15:30 UTC): on time
        job("pm-ok", **pm, due_day=date(2026, 3, 10), finished_at=at(10, 23, 30)),
        # due 10 March, finished 11 March 00:10 Beijing (still 10 March in UTC): late
        job("pm-late", **pm, due_day=date(2026, 3, 10), finished_at=at(11, 0, 10)),
        # due 20 March, still open on 30 April: late
        job("pm-open", **pm, due_day=date(2026, 3, 20)),
        # due 5 May, open: not yet judged
        job("pm-future", **pm, due_day=date(2026, 5, 5), reported_at=at(28, 9, month=4)),
    ]
    rows = kpi_table(jobs, Level.HOSPITAL, Grain.MONTH, SH, TODAY)
    march = row(rows, "h1", "2026-03")
    assert march.figures[Kpi.PM_ON_TIME].value == pytest.approx(1 / 3)
    assert set(march.figures[Kpi.PM_ON_TIME].jobs) == {"pm-ok", "pm-late", "pm-open"}
    assert march.figures[Kpi.JOBS].value == 0  # PMs are not failures
    may = row(rows, "h1", "2026-05")
    assert may.figures[Kpi.PM_ON_TIME].value is None


def test_satisfaction_parts_and_levels() -> None:
    jobs = [
        job("a", satisfied=True, parts_quantity=2.0, parts_cost=300.0, engineers=("wang", "li")),
        job("b", satisfied=False, parts_quantity=1.0, parts_cost=50.0, unit="ct-1"),
        job("c", satisfied=None, region="west", hospital="h2", unit="hdr-1"),
    ]
    by_region = kpi_table(jobs, Level.REGION, Grain.YEAR, SH, TODAY)
    east = row(by_region, "east", "2026")
    assert east.figures[Kpi.SATISFACTION].value == pytest.approx(0.5)
    assert east.figures[Kpi.PARTS_QUANTITY].value == 3.0
    assert east.figures[Kpi.PARTS_COST].value == 350.0
    assert east.figures[Kpi.PARTS_COST].jobs == ("a", "b")
    west = row(by_region, "west", "2026")
    assert west.figures[Kpi.SATISFACTION].value is None
    by_engineer = kpi_table(jobs, Level.ENGINEER, Grain.QUARTER, SH, TODAY)
    assert row(by_engineer, "li", "2026-Q1").figures[Kpi.JOBS].jobs == ("a",)
    assert row(by_engineer, "wang", "2026-Q1").figures[Kpi.JOBS].value == 3
    # one part line without a price: the cost is unknown, not understated
    unpriced = [*jobs, job("d", parts_quantity=1.0, parts_cost=None)]
    east = row(kpi_table(unpriced, Level.REGION, Grain.YEAR, SH, TODAY), "east", "2026")
    assert east.figures[Kpi.PARTS_COST].value is None


def test_cancelled_jobs_count_for_nothing() -> None:
    rows = kpi_table([WEEKEND, job("x", cancelled=True)], Level.UNIT, Grain.MONTH, SH, TODAY)
    assert row(rows, "linac-1", "2026-03").figures[Kpi.JOBS].jobs == ("weekend",)


def test_periods_are_local() -> None:
    new_year = datetime(2025, 12, 31, 16, 30, tzinfo=ZoneInfo("UTC"))  # 00:30 in Beijing
    assert period_of(new_year, Grain.YEAR, SH) == "2026"
    assert period_of(new_year, Grain.QUARTER, SH) == "2026-Q1"
    assert period_of(new_year, Grain.MONTH, SH) == "2026-01"
    assert subsystem_of("LINAC/MLC-03") == "MLC"
    assert subsystem_of("gun-1") == "GUN"


def test_back_in_use_is_the_release_else_the_finish() -> None:
    from app.domain.kpis import back_in_use

    assert back_in_use(at(9, 9), at(7, 15)) == at(9, 9)
    assert back_in_use(None, at(7, 15)) == at(7, 15)
    assert back_in_use(None, None) is None


@pytest.mark.parametrize("zone_name", ["Asia/Shanghai", "Europe/Berlin", "America/Sao_Paulo"])
@pytest.mark.parametrize("grain", list(Grain))
def test_the_period_finder_agrees_with_period_of(zone_name: str, grain: Grain) -> None:
    """Bisecting the periods' UTC starts gives the local period, across summer time and
    midnights, and falls back for moments outside those it was built from."""
    import random

    from app.domain.kpis import PeriodFinder

    zone = ZoneInfo(zone_name)
    rng = random.Random(7)
    start = datetime(2017, 12, 31, 12, tzinfo=UTC)
    moments = [start + timedelta(minutes=rng.randrange(0, 60 * 24 * 900)) for _ in range(3000)]
    # every local midnight of a month's first day, and a minute either side of it
    for year in (2018, 2019):
        for month in range(1, 13):
            midnight = datetime(year, month, 1, tzinfo=zone).astimezone(UTC)
            moments += [midnight - timedelta(minutes=1), midnight, midnight + timedelta(minutes=1)]
    find = PeriodFinder(moments[:2000], grain, zone)
    assert [find(m) for m in moments] == [period_of(m, grain, zone) for m in moments]


def test_downtime_by_subsystem_is_a_pareto_of_hours_down() -> None:
    """Hours from report to back in use per subsystem, largest first, each bar with its
    repairs; cancelled, unfinished and non-corrective jobs add nothing."""
    from app.domain.kpis import downtime_by_subsystem

    jobs = [
        WEEKEND,  # MLC, 59 h
        job("gun", subsystem="GUN", reported_at=at(10, 8), back_in_use_at=at(10, 12)),  # 4 h
        job("mlc2", subsystem="MLC", reported_at=at(12, 10), back_in_use_at=at(12, 16)),  # 6 h
        job("open", subsystem="DOS", reported_at=at(13, 8)),  # not back in use yet
        job("off", subsystem="GUN", cancelled=True, back_in_use_at=at(2, 20)),
        job("pm", corrective=False, subsystem="COL", back_in_use_at=at(2, 20)),
    ]
    bars = downtime_by_subsystem(jobs)
    assert [(b.label, b.value, b.jobs) for b in bars] == [
        ("MLC", 65.0, ("weekend", "mlc2")),
        ("GUN", 4.0, ("gun",)),
    ]


def test_response_times_fall_in_bins_by_their_lower_bound() -> None:
    from app.domain.kpis import response_distribution

    def answered(name: str, minutes: int) -> JobFacts:
        return job(name, acknowledged_at=at(2, 9) + timedelta(minutes=minutes))

    jobs = [
        answered("a", 30),  # 0–1 h
        answered("b", 60),  # exactly 1 h: 1–2 h
        answered("c", 239),  # 3 h 59: 2–4 h
        answered("d", 24 * 60),  # a day: ≥24 h
        job("e"),  # not acknowledged: in no bin
        job("f", cancelled=True, acknowledged_at=at(2, 10)),  # cancelled: not counted
    ]
    bars = response_distribution(jobs)
    assert [b.label for b in bars] == ["0", "1", "2", "4", "8", "24"]
    assert [b.jobs for b in bars] == [("a",), ("b",), ("c",), (), (), ("d",)]
    assert [b.value for b in bars] == [1.0, 1.0, 1.0, 0.0, 0.0, 1.0]
