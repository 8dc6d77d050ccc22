"""What the Costs page and a work order's Costs tab show, read in one go (plain data)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from app.db.costs import EngineerRate
from app.db.models import User
from app.domain import costs as rules
from app.domain.costs import CostLine
from app.domain.enums import UserRole
from app.services.costs import entries
from app.services.costs.budgets import BudgetView, read_view
from app.services.costs.ledger import job_cost_lines
from app.services.registry.users import acting_user
from app.services.store import Store


@dataclass(frozen=True)
class JobCosts:
    """A job's cost lines, derived and entered, with their total."""

    lines: list[CostLine]
    total: float
    complete: bool  # every line's amount is known (no engineer without a rate)
    may_enter: bool


def job_costs(store: Store, work_order_id: str) -> JobCosts:
    may = entries.may_enter(store, work_order_id)
    with store.reading() as session:
        lines = job_cost_lines(session, work_order_id)
    total = round(sum(line.amount or 0.0 for line in lines), 2)
    complete = all(line.amount is not None and line.known for line in lines)
    return JobCosts(lines, total, complete, may)


@dataclass(frozen=True)
class RateRow:
    user_id: str
    name: str
    role: UserRole
    hourly_rate: float | None  # today's
    valid_from: date | None


@dataclass(frozen=True)
class CostsView:
    year: int
    budget: BudgetView
    rates: list[RateRow]  # field staff with today's rate (finance and the manager only)


def costs_view(store: Store, year: int, today: date, budget_id: str | None = None) -> CostsView:
    role = acting_user(store).role
    keeps = role in rules.BUDGET_ROLES
    with store.reading() as session:
        view = read_view(session, year, keeps, role in rules.APPROVER_ROLES, budget_id)
        rates: list[RateRow] = []
        if keeps:
            history = [
                rules.Rate(u, d, r)
                for u, d, r in session.execute(
                    select(EngineerRate.user_id, EngineerRate.valid_from, EngineerRate.hourly_rate)
                    .where(EngineerRate.deleted_at.is_(None))
                )
            ]  # fmt: skip
            staff = session.execute(
                select(User.id, User.display_name, User.role)
                .where(User.deleted_at.is_(None), User.role.in_(list(rules.RATED_ROLES)))
                .order_by(User.role, User.display_name)
            )  # fmt: skip
            for user_id, name, user_role in staff:
                started = [r for r in history if r.user_id == user_id and r.valid_from <= today]
                latest = max(started, key=lambda r: r.valid_from, default=None)
                rates.append(
                    RateRow(user_id, name, user_role,
                            latest.hourly_rate if latest else None,
                            latest.valid_from if latest else None)
                )  # fmt: skip
    return CostsView(year, view, rates)
