"""Contracts and the annual plan: the planner keeps the contract's counts, the clinic's
hours and holidays, balances engineers and sends none to two hospitals at once; only
approved visits become work orders, at the lead time; on-time is judged by window."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select

from app.db.models import WorkOrder, WorkOrderAssignment
from app.db.service_plan import PlanVisit
from app.domain.enums import WorkOrderType
from app.domain.records import ValidationError
from app.domain.service_plan import (
    Booking,
    ContractDraft,
    Engineer,
    Punctuality,
    UnitToPlan,
    VisitState,
    conflicts,
    plan_year,
    punctuality,
)
from app.services import audit
from app.services.service_plan import contracts, issuing, planning, views
from app.services.store import Store
from tests.plan_helpers import people, unit_under_contract

PM = WorkOrderType.PREVENTIVE_MAINTENANCE
INSPECTION = WorkOrderType.INSPECTION


def _unit(i: int = 0, customer: str = "c1", **fields: object) -> UnitToPlan:
    values: dict[str, object] = {
        "equipment_id": f"e{i}",
        "customer_id": customer,
        "region": "江苏",
        "modality": "linac",
        "contract_id": f"k{i}",
        "starts_on": date(2027, 1, 1),
        "ends_on": date(2027, 12, 31),
        "pm_visits": 4,
        "inspections": 6,
        "clinical_day_start": 8 * 60,
        "clinical_hours": [10, 10, 10, 10, 10, 6, 0],
    }
    values.update(fields)
    return UnitToPlan(**values)  # type: ignore[arg-type]


def test_the_plan_keeps_the_contracts_counts_spread_over_the_year() -> None:
    visits = plan_year(2027, [_unit()], [Engineer("a")])
    assert Counter(v.kind for v in visits) == {PM: 4, INSPECTION: 6}
    pm_days = sorted(v.planned_on for v in visits if v.kind is PM)
    gaps = [(b - a).days for a, b in zip(pm_days, pm_days[1:], strict=False)]
    assert all(60 <= g <= 120 for g in gaps), gaps
    assert all(v.window_start <= v.planned_on <= v.window_end for v in visits)


def test_visits_outside_the_contract_are_not_planned() -> None:
    unit = _unit(ends_on=date(2027, 6, 30))
    visits = plan_year(2027, [unit], [Engineer("a")])
    assert visits and all(v.planned_on <= date(2027, 6, 30) for v in visits)
    assert Counter(v.kind for v in visits)[PM] == 2


def test_visits_fall_on_the_units_working_days_outside_its_clinical_hours() -> None:
    # Mon-Fri 08:00-18:00, Saturday mornings 08:00-12:00, closed on Sundays
    saturdays = dict.fromkeys((date(2027, 1, 2), date(2027, 5, 1), date(2027, 10, 2)), 0.0)
    unit = _unit(clinical_hours=[10, 10, 10, 10, 10, 4, 0], exceptions=saturdays)
    visits = plan_year(2027, [unit], [Engineer("a")])
    assert len(visits) == 10
    for v in visits:
        assert v.planned_on not in saturdays  # holidays: the department is closed
        assert v.planned_on.weekday() != 6, v  # Sundays: closed too
        open_at = 8 * 60
        closes_at = open_at + (4 if v.planned_on.weekday() == 5 else 10) * 60
        ends = v.start_minute + v.duration_minutes
        assert ends <= open_at or v.start_minute >= closes_at, v  # outside clinical hours
        assert ends <= 22 * 60
    # the day nearest each target: the visits spread over the working week
    assert len({v.planned_on.weekday() for v in visits}) >= 3


def test_a_unit_open_only_on_weekdays_is_visited_on_weekdays() -> None:
    # the demo's CT simulators: 8 h from 08:00 Mon-Fri, weekends closed
    unit = _unit(clinical_hours=[8, 8, 8, 8, 8, 0, 0])
    visits = plan_year(2027, [unit], [Engineer("a")])
    assert visits and all(v.planned_on.weekday() < 5 for v in visits)
    assert {v.start_minute for v in visits} == {16 * 60}  # after the clinic's day


def test_a_closed_day_is_taken_only_when_no_working_day_is_free_of_the_clinic() -> None:
    # 08:00-21:00 every weekday: a PM (4 h) fits neither side, so the unit must stop
    # on a working day; a unit with no working day at all is visited when closed
    long_days = _unit(clinical_hours=[13, 13, 13, 13, 12, 0, 0], inspections=0)
    visits = plan_year(2027, [long_days], [Engineer("a")])
    assert all(v.planned_on.weekday() == 4 for v in visits)  # the lightest working day
    closed = _unit(clinical_hours=[0] * 7, exceptions={date(2027, 2, 15): 0.0})
    days = {v.planned_on for v in plan_year(2027, [closed], [Engineer("a")])}
    assert days and date(2027, 2, 15) not in days


def test_a_visit_starts_after_the_clinical_day_when_it_must_fall_on_one() -> None:
    busy = _unit(clinical_hours=[10] * 7)  # treats every day 08:00-18:00
    visits = plan_year(2027, [busy], [Engineer("a")])
    assert {v.start_minute for v in visits} == {18 * 60}
    late_start = _unit(clinical_day_start=11 * 60, clinical_hours=[10] * 7)  # 11:00-21:00
    starts = {v.kind: v.start_minute for v in plan_year(2027, [late_start], [Engineer("a")])}
    # after 21:00 neither fits by 22:00: before the day, from 07:00 (PM 4 h) and 09:00
    assert starts == {PM: 7 * 60, INSPECTION: 9 * 60}
    long_day = _unit(clinical_hours=[13] * 7)  # 08:00-21:00: fits neither side
    starts = {v.kind: v.start_minute for v in plan_year(2027, [long_day], [Engineer("a")])}
    assert starts == {PM: 8 * 60, INSPECTION: 8 * 60}


def test_engineers_are_balanced_and_chosen_by_skill_and_region() -> None:
    units = [_unit(i, customer=f"c{i}") for i in range(6)]
    team = [Engineer("a", frozenset({"linac"})), Engineer("b", frozenset({"linac"}))]
    counts = Counter(v.engineer_id for v in plan_year(2027, units, team))
    assert abs(counts["a"] - counts["b"]) <= 2
    specialist = [
        Engineer("ct", frozenset({"ct_simulator"}), frozenset({"江苏"})),
        Engineer("far", frozenset({"linac"}), frozenset({"广东"})),
        Engineer("near", frozenset({"linac"}), frozenset({"江苏"})),
    ]
    assert {v.engineer_id for v in plan_year(2027, units[:2], specialist)} == {"near"}


def test_no_engineer_is_planned_at_two_hospitals_on_one_day() -> None:
    units = [_unit(i, customer=f"c{i}") for i in range(12)]
    visits = plan_year(2027, units, [Engineer("a"), Engineer("b")])
    bookings = [
        Booking(str(i), v.engineer_id, v.planned_on, f"c{v.equipment_id[1:]}")
        for i, v in enumerate(visits)
    ]
    assert conflicts(bookings) == set()


def test_conflicts_name_an_engineer_at_two_hospitals() -> None:
    day = date(2027, 3, 7)
    bookings = [
        Booking("v1", "a", day, "c1"),
        Booking("v2", "a", day, "c1"),  # the same hospital: one trip
        Booking("v3", "b", day, "c2"),
    ]
    assert conflicts(bookings) == set()
    assert conflicts([*bookings, Booking("v4", "a", day, "c2")]) == {"v1", "v2", "v4"}


@pytest.mark.parametrize(
    ("done", "today", "expected"),
    [
        (date(2027, 3, 10), date(2027, 6, 1), Punctuality.ON_TIME),
        (date(2027, 3, 20), date(2027, 6, 1), Punctuality.LATE),
        (None, date(2027, 6, 1), Punctuality.MISSED),
        (None, date(2027, 3, 12), Punctuality.PLANNED),
    ],
)
def test_on_time_is_judged_by_the_window(
    done: date | None, today: date, expected: Punctuality
) -> None:
    assert punctuality(date(2027, 3, 1), date(2027, 3, 15), done, today) is expected


def test_a_contract_needs_sound_fields() -> None:
    draft = ContractDraft(
        equipment_id="e",
        starts_on=date(2027, 1, 1),
        ends_on=date(2026, 1, 1),
        pm_visits_per_year=60,
        uptime_percent=120,
        clinical_hours=[10] * 6,
    )
    fields = {e.field for e in draft.validate()}
    assert fields == {"ends_on", "pm_visits_per_year", "uptime_percent", "clinical_hours"}


def test_only_the_service_manager_keeps_contracts_and_plans(store: Store) -> None:
    people(store)
    _customer, unit, _contract = unit_under_contract(store)
    store.user_login = "li.na"
    with pytest.raises(ValidationError):
        contracts.save_contract(store, None, ContractDraft(equipment_id=unit))
    with pytest.raises(ValidationError):
        planning.generate_plan(store, 2027)


def test_generated_visits_need_approval_before_work_orders_are_issued(store: Store) -> None:
    ids = people(store)
    _customer, unit, contract = unit_under_contract(store)
    made = planning.generate_plan(store, 2027)
    assert (made.units, made.visits) == (1, 8)
    rows = views.year_visits(store, 2027)
    assert {r.state for r in rows} == {VisitState.PROPOSED}
    assert {r.template_id for r in rows if r.kind is PM} == {"linac_pm"}
    assert {r.template_id for r in rows if r.kind is INSPECTION} == {"linac_qa_monthly_tg142"}
    first = min(rows, key=lambda r: r.planned_on)
    before = date.fromordinal(first.planned_on.toordinal() - 10)
    assert issuing.issue_due_work_orders(store, before) == 0  # nothing approved yet
    assert planning.approve(store, 2027) == 8
    # 31 days ahead: outside the 30-day lead time; 30 days ahead: issued
    early = date.fromordinal(first.planned_on.toordinal() - 31)
    assert issuing.issue_due_work_orders(store, early) == 0
    on_time = date.fromordinal(first.planned_on.toordinal() - 30)
    assert issuing.issue_due_work_orders(store, on_time) >= 1
    assert issuing.issue_due_work_orders(store, on_time) == 0  # never twice
    with store.reading() as session:
        visit = session.get(PlanVisit, first.id)
        assert visit is not None and visit.work_order_id is not None
        order = session.get(WorkOrder, visit.work_order_id)
        assert order is not None
        assert (order.type, order.equipment_id) == (first.kind, unit)
        assigned = session.scalars(
            select(WorkOrderAssignment.user_id).where(WorkOrderAssignment.work_order_id == order.id)
        ).all()
    assert list(assigned) == [first.engineer_id]
    assert first.engineer_id in (ids["li.na"], ids["wang.lei"])
    assert contract
    # the unit's history (the audit trail) shows the plan's rows
    assert audit.history(store, "plan_visit", first.id)


def test_regenerating_keeps_an_approved_plan(store: Store) -> None:
    people(store)
    unit_under_contract(store)
    planning.generate_plan(store, 2027)
    planning.approve(store, 2027)
    again = planning.generate_plan(store, 2027)
    assert (again.units, again.visits, again.kept) == (0, 0, 1)
    assert len(views.year_visits(store, 2027)) == 8


def test_rescheduling_needs_a_reason_and_asks_for_approval_again(store: Store) -> None:
    people(store)
    unit_under_contract(store)
    planning.generate_plan(store, 2027)
    planning.approve(store, 2027)
    visit = views.year_visits(store, 2027)[0]
    with pytest.raises(ValidationError):
        planning.reschedule(store, visit.id, date(2027, 4, 2), "  ")
    with pytest.raises(ValidationError):
        planning.reschedule(store, visit.id, date(2028, 1, 2), "客户要求")
    planning.reschedule(store, visit.id, date(2027, 4, 2), "客户要求改期")
    moved = next(r for r in views.year_visits(store, 2027) if r.id == visit.id)
    assert (moved.planned_on, moved.state, moved.reschedule_reason) == (
        date(2027, 4, 2),
        VisitState.PROPOSED,
        "客户要求改期",
    )


def test_an_engineer_sees_only_their_own_visits(store: Store) -> None:
    ids = people(store)
    for i in range(3):
        unit_under_contract(store, f"医院{i}", f"H{i}")
    planning.generate_plan(store, 2027)
    everyone = views.year_visits(store, 2027)
    store.user_login = "li.na"
    own = views.year_visits(store, 2027)
    assert own and len(own) < len(everyone)
    assert {r.engineer_id for r in own} == {ids["li.na"]}
    assert views.year_visits(store, 2027, engineer_id=ids["wang.lei"]) == []


def test_the_plan_starts_from_the_units_last_visit(store: Store) -> None:
    people(store)
    _c, unit, _k = unit_under_contract(store, pm=4, inspections=0)
    from tests import factories

    order = factories.work_order(
        store, unit, "保养", PM, reported_at=datetime(2026, 11, 20, 8, tzinfo=UTC)
    )
    with store.session() as session:
        row = session.get(WorkOrder, order.id)
        assert row is not None
        row.finished_at = datetime(2026, 11, 25, 9, tzinfo=UTC)
    planning.generate_plan(store, 2027)
    first = min(r.planned_on for r in views.year_visits(store, 2027))
    # a visit every ~91 days: the first is near 25 Nov + 91 days, not mid-January
    assert date(2027, 2, 5) <= first <= date(2027, 3, 15)


def test_contracts_about_to_end_are_listed(store: Store) -> None:
    people(store)
    unit_under_contract(store, "甲", "A1", ends=date(2027, 1, 20))
    unit_under_contract(store, "乙", "B1", ends=date(2027, 12, 31))
    soon = contracts.ending_soon(store, date(2026, 12, 4), days=90)
    assert [r.hospital for r in soon] == ["甲"]
    assert soon[0].days_left(date(2026, 12, 4)) == 47


def test_the_units_page_names_its_contract_and_next_visit(store: Store) -> None:
    people(store)
    _c, unit, contract = unit_under_contract(store)
    planning.generate_plan(store, 2027)
    plan = views.unit_plan(store, unit, date(2026, 12, 4))
    assert plan.contract_id == contract
    assert plan.contract_text == "SC-H191234 · 2026-01-01 – 2027-12-31"
    first = min(views.year_visits(store, 2027), key=lambda r: (r.planned_on, r.start_minute))
    assert plan.next_visit is not None and plan.next_visit.planned_on == first.planned_on
    # the contract's changes are in its audit history (the unit page's "Contract history…")
    assert {h.field for h in audit.history(store, "service_contract", contract)} >= {
        "pm_visits_per_year",
        "ends_on",
    }
