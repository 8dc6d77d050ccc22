"""Periodic assessments of service staff (§8.3): self, supervisor and customer ratings,
the work figures from the KPIs, and the manager's result.

Private: an assessment is read by the person assessed and the manager only — here (every
read goes through `may_see_assessment`) and on the server (permissions.PRIVATE_ROWS), so
other engineers' laptops never hold the rows. The customer rating is computed from the
follow-ups of the engineer's jobs in the period and the complaints raised from them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from app.db.base import utcnow
from app.db.complaints import Complaint
from app.db.fieldwork import FollowUp
from app.db.models import User
from app.db.staff import StaffAssessment
from app.domain import local_time
from app.domain.kpis import Kpi, figures_for, repeat_failures
from app.domain.refusals import Refused
from app.domain.staff import (
    BAD_RATING,
    FAIL_NEEDS_ACTION,
    MANAGER_ROLES,
    NOT_A_MANAGER,
    NOT_YOURS,
    AssessmentAction,
    AssessmentResult,
    check_rating,
    customer_rating,
    may_see_assessment,
    period_bounds,
)
from app.services.kpis.facts import load_facts, window
from app.services.kpis.tables import zone
from app.services.records import live
from app.services.registry.users import ActingUser, acting_user
from app.services.store import Store

CONTEXT = "Staff"


@dataclass(frozen=True)
class WorkFigures:
    """What the KPIs and the follow-ups say of one engineer's period."""

    jobs: int
    first_time_fix: float | None
    satisfaction: float | None
    complaints: int
    customer_rating: float | None


@dataclass(frozen=True)
class AssessmentRow:
    id: str
    engineer: str
    engineer_login: str
    period: str
    self_rating: int | None
    supervisor_rating: int | None
    customer_rating: float | None
    jobs: int
    first_time_fix: float | None
    satisfaction: float | None
    complaints: int
    result: AssessmentResult | None
    action: AssessmentAction
    note: str


def work_figures(store: Store, user_id: str, period: str) -> WorkFigures:
    """The engineer's figures over the period's local days, from the KPI functions."""
    return period_figures(store, period, [user_id])[user_id]


def period_figures(store: Store, period: str, user_ids: list[str]) -> dict[str, WorkFigures]:
    """Each engineer's figures over the period, from one reading of the period's jobs."""
    start, end = period_bounds(period)
    since, until = window(start, end)
    with store.reading() as session:
        facts, _names = load_facts(session, since, until)
        complained = list(
            session.scalars(
                select(FollowUp.work_order_id)
                .join(Complaint, Complaint.follow_up_id == FollowUp.id)
                .where(Complaint.deleted_at.is_(None), FollowUp.deleted_at.is_(None))
            )
        )
    here, today = zone(), local_time.today()
    out = {}
    for user_id in user_ids:
        mine = [f for f in facts if user_id in f.engineers]
        ids = {f.id for f in mine}
        complaints = sum(1 for wo in complained if wo in ids)
        figures = figures_for(mine, [], repeat_failures(mine), here, today)
        reached = [f.satisfied for f in mine if f.satisfied is not None]
        happy = sum(1 for ok in reached if ok)
        out[user_id] = WorkFigures(
            int(figures[Kpi.JOBS].value or 0),
            figures[Kpi.FIRST_TIME_FIX].value,
            figures[Kpi.SATISFACTION].value,
            complaints,
            customer_rating(happy, len(reached) - happy, complaints),
        )
    return out


def record_assessment(
    store: Store,
    user_id: str,
    period: str,
    supervisor_rating: int | None,
    result: AssessmentResult | None,
    action: AssessmentAction = AssessmentAction.NONE,
    note: str = "",
    user: ActingUser | None = None,
) -> str:
    """The manager's assessment of one engineer for a period (created or updated), with
    the work figures and customer rating as they stand now."""
    who = user or acting_user(store)
    if who.role not in MANAGER_ROLES:
        raise Refused(CONTEXT, NOT_A_MANAGER)
    if not check_rating(supervisor_rating):
        raise Refused(CONTEXT, BAD_RATING)
    if result is AssessmentResult.FAIL and action is AssessmentAction.NONE:
        raise Refused(CONTEXT, FAIL_NEEDS_ACTION)
    period_bounds(period)  # a malformed period fails before anything is written
    figures = work_figures(store, user_id, period)
    with store.session() as session:
        engineer = live(session, User, user_id)
        row = session.scalar(
            select(StaffAssessment).where(
                StaffAssessment.user_id == user_id,
                StaffAssessment.period == period,
                StaffAssessment.deleted_at.is_(None),
            )
        )
        if row is None:
            row = StaffAssessment(user_id=user_id, engineer_login=engineer.login, period=period)
            session.add(row)
        row.supervisor_rating = supervisor_rating
        row.customer_rating = figures.customer_rating
        row.jobs = figures.jobs
        row.first_time_fix = figures.first_time_fix
        row.satisfaction = figures.satisfaction
        row.complaints = figures.complaints
        row.result = result
        row.action = action
        row.note = note
        row.decided_by = who.login if result is not None else ""
        row.decided_at = utcnow() if result is not None else None
        session.flush()
        return row.id


def rate_myself(
    store: Store, assessment_id: str, rating: int, user: ActingUser | None = None
) -> None:
    """The person assessed gives their own rating, on their own assessment only."""
    who = user or acting_user(store)
    if not check_rating(rating):
        raise Refused(CONTEXT, BAD_RATING)
    with store.session() as session:
        row = live(session, StaffAssessment, assessment_id)
        if row.engineer_login != who.login:
            raise Refused(CONTEXT, NOT_YOURS)
        row.self_rating = rating


def list_assessments(store: Store, user: ActingUser | None = None) -> list[AssessmentRow]:
    """Every assessment the acting user may see: all for the manager, else their own."""
    who = user or acting_user(store)
    with store.reading() as session:
        query = (
            select(StaffAssessment, User.display_name)
            .join(User, User.id == StaffAssessment.user_id)
            .where(StaffAssessment.deleted_at.is_(None))
            .order_by(StaffAssessment.period.desc(), User.display_name)
        )
        if who.role not in MANAGER_ROLES:
            query = query.where(StaffAssessment.engineer_login == who.login)
        rows = session.execute(query).all()
    return [
        AssessmentRow(
            a.id,
            name,
            a.engineer_login,
            a.period,
            a.self_rating,
            a.supervisor_rating,
            a.customer_rating,
            a.jobs,
            a.first_time_fix,
            a.satisfaction,
            a.complaints,
            a.result,
            a.action,
            a.note,
        )
        for a, name in rows
        if may_see_assessment(who.login, who.role, a.engineer_login)
    ]


def current_period(today: date) -> str:
    return f"{today.year}-H{1 if today.month <= 6 else 2}"
