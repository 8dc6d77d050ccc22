"""Uptime (开机率) against hand-computed hours on a small fixture (app/domain/uptime.py).

The unit works 10 h Monday..Friday and 4 h on Saturday from 08:00 (Shanghai, no
daylight saving). March 2026 starts on a Sunday: 22 weekdays (220 h) and 4 Saturdays
(16 h) make 236 scheduled hours.
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from app.domain.service_plan import UptimeClock
from app.domain.uptime import (
    DowntimeCause,
    Outage,
    UnitSchedule,
    UptimeTerms,
    scheduled_spans,
    total,
    unit_uptime,
)

SH = ZoneInfo("Asia/Shanghai")
MARCH = (date(2026, 3, 1), date(2026, 3, 31))
HOURS = (10.0, 10.0, 10.0, 10.0, 10.0, 4.0, 0.0)


def at(day: int, hour: int, minute: int = 0, month: int = 3) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=SH)


def terms(**kw: object) -> UptimeTerms:
    values: dict[str, object] = {
        "contract": "c1",
        "starts_on": date(2026, 1, 1),
        "ends_on": date(2026, 12, 31),
        "guarantee": 0.95,
    }
    values.update(kw)
    return UptimeTerms(**values)  # type: ignore[arg-type]


def unit(*contracts: UptimeTerms, exceptions: dict[date, float] | None = None) -> UnitSchedule:
    return UnitSchedule("linac-1", HOURS, exceptions or {}, contracts or (terms(),))


def march(schedule: UnitSchedule, *outages: Outage, now: datetime | None = None):  # type: ignore[no-untyped-def]
    return unit_uptime(schedule, outages, *MARCH, SH, now=now)


def test_a_month_without_downtime_is_all_up() -> None:
    figure = march(unit())
    assert figure.scheduled_hours == pytest.approx(236.0)
    assert figure.lost_hours == 0.0
    assert figure.value == 1.0
    assert figure.guarantee == pytest.approx(0.95)
    assert figure.shortfall_hours == 0.0
    assert figure.contracts == ("c1",)


def test_holidays_and_longer_days_replace_their_weekdays_hours() -> None:
    # Wednesday the 4th a holiday (−10 h), Saturday the 14th a 6-hour day (+2 h).
    schedule = unit(exceptions={date(2026, 3, 4): 0.0, date(2026, 3, 14): 6.0})
    assert march(schedule).scheduled_hours == pytest.approx(228.0)
    # A repair on the holiday costs nothing.
    down = Outage("wo-1", at(4, 8), at(4, 20))
    assert march(schedule, down).lost_hours == 0.0
    assert march(schedule, down).jobs == ()


def test_a_repair_over_midnight_and_the_weekend_loses_only_clinical_hours() -> None:
    # Friday 6th 17:00 → Monday 9th 10:00: Fri 17–18 (1 h) + Sat 08–12 (4 h) + Sun (0)
    # + Mon 08–10 (2 h) = 7 h of 236.
    down = Outage("wo-1", at(6, 17), at(9, 10))
    figure = march(unit(), down)
    assert figure.lost_hours == pytest.approx(7.0)
    assert figure.value == pytest.approx(229 / 236)
    assert figure.jobs == ("wo-1",)
    # 5 % of 236 h allows 11.8 h: no shortfall.
    assert figure.shortfall_hours == 0.0


def test_round_the_clock_counts_every_hour() -> None:
    schedule = unit(terms(clock=UptimeClock.ROUND_THE_CLOCK))
    down = Outage("wo-1", at(6, 17), at(9, 10))  # 65 h of 31 × 24 = 744 h
    figure = march(schedule, down)
    assert figure.scheduled_hours == pytest.approx(744.0)
    assert figure.lost_hours == pytest.approx(65.0)
    # 5 % of 744 h = 37.2 h allowed: 27.8 h short.
    assert figure.shortfall_hours == pytest.approx(27.8)
    assert figure.below_guarantee


def test_round_the_clock_ignores_holidays() -> None:
    schedule = unit(terms(clock=UptimeClock.ROUND_THE_CLOCK), exceptions={date(2026, 3, 4): 0})
    assert march(schedule).scheduled_hours == pytest.approx(744.0)


def test_the_contracts_exclusions() -> None:
    planned = Outage("pm-1", at(2, 8), at(2, 12), DowntimeCause.PLANNED)  # 4 h
    customer = Outage("wo-2", at(3, 8), at(3, 11), DowntimeCause.CUSTOMER_CAUSED)  # 3 h
    # Mon 9th 08:00 → Tue 10th 18:00 (20 h), 5 h of it waiting for the hospital.
    waiting = Outage("wo-3", at(9, 8), at(10, 18), waiting_for_customer=((at(9, 13), at(9, 18)),))
    all_excluded = march(unit(), planned, customer, waiting)
    assert all_excluded.lost_hours == pytest.approx(15.0)
    assert all_excluded.jobs == ("wo-3",)
    assert all_excluded.excluded_jobs == ("pm-1", "wo-2")
    none_excluded = unit(
        terms(
            excludes_planned=False,
            excludes_customer_caused=False,
            excludes_waiting_for_customer=False,
        )
    )
    figure = march(none_excluded, planned, customer, waiting)
    assert figure.lost_hours == pytest.approx(4 + 3 + 20)
    assert figure.jobs == ("pm-1", "wo-2", "wo-3")
    assert figure.excluded_jobs == ()


def test_overlapping_outages_lose_an_hour_once() -> None:
    a = Outage("wo-1", at(2, 8), at(2, 14))
    b = Outage("wo-2", at(2, 12), at(2, 16))
    figure = march(unit(), b, a)
    assert figure.lost_hours == pytest.approx(8.0)
    assert figure.jobs == ("wo-1", "wo-2")


def test_a_shortfall_is_the_lost_hours_beyond_the_guarantee() -> None:
    # Two full weeks down from Mon 2nd 08:00 to Mon 16th 08:00: 2 × (50 + 4) = 108 h;
    # 5 % of 236 h = 11.8 h allowed → 96.2 h short.
    figure = march(unit(), Outage("wo-1", at(2, 8), at(16, 8)))
    assert figure.lost_hours == pytest.approx(108.0)
    assert figure.shortfall_hours == pytest.approx(96.2)
    assert figure.value == pytest.approx(128 / 236)


def test_an_open_outage_runs_until_now_and_later_hours_do_not_count_yet() -> None:
    now = at(10, 12)  # Tuesday 10th noon
    figure = march(unit(), Outage("wo-1", at(9, 16), None), now=now)
    # Scheduled so far: Mon 2–Fri 6 (50 h) + Sat 7 (4 h) + Mon 9 (10 h) + Tue 08–12 (4 h).
    assert figure.scheduled_hours == pytest.approx(68.0)
    # Mon 16–18 (2 h) + Tue 08–12 (4 h).
    assert figure.lost_hours == pytest.approx(6.0)


def test_days_without_a_contract_do_not_count_and_each_day_follows_its_contract() -> None:
    first = terms(contract="c1", ends_on=date(2026, 3, 15), guarantee=0.95)
    second = terms(
        contract="c2",
        starts_on=date(2026, 3, 16),
        ends_on=date(2026, 3, 20),
        guarantee=0.0,
        excludes_planned=False,
    )
    pm = Outage("pm-1", at(17, 8), at(17, 10), DowntimeCause.PLANNED)
    earlier = Outage("pm-0", at(2, 8), at(2, 10), DowntimeCause.PLANNED)
    figure = march(unit(first, second), pm, earlier)
    # 1–15: 10 weekdays + 2 Saturdays = 108 h; 16–20: 50 h; nothing after the 20th.
    assert figure.scheduled_hours == pytest.approx(158.0)
    assert figure.lost_hours == pytest.approx(2.0)  # only c2 counts planned work
    assert figure.guarantee == pytest.approx(0.95)  # c2 promised nothing
    assert figure.contracts == ("c1", "c2")
    assert figure.jobs == ("pm-1",)
    assert figure.excluded_jobs == ("pm-0",)


def test_no_contract_no_uptime() -> None:
    figure = unit_uptime(UnitSchedule("u", HOURS), [], *MARCH, SH)
    assert figure.value is None
    assert figure.guarantee is None


def test_units_add_up_without_one_hiding_anothers_shortfall() -> None:
    bad = march(unit(), Outage("wo-1", at(2, 8), at(16, 8)))  # 96.2 h short
    good = march(unit())
    both = total([bad, good])
    assert both.scheduled_hours == pytest.approx(472.0)
    assert both.lost_hours == pytest.approx(108.0)
    # Together 108 h lost of 23.6 h allowed would be 84.4 h; per unit it is 96.2 h.
    assert both.shortfall_hours == pytest.approx(96.2)
    assert both.guarantee == pytest.approx(0.95)


def test_the_clinical_day_starts_when_the_contract_says() -> None:
    schedule = unit(terms(day_start_minute=7 * 60 + 30))
    spans = scheduled_spans(schedule, date(2026, 3, 2), SH)
    assert spans == [(at(2, 7, 30), at(2, 17, 30))]
