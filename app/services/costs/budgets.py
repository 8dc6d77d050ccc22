"""Yearly budgets (§9.1): drafted from last year's actuals and the year's service plan,
approved by finance once (who and when are recorded), compared with the actuals by
category, project, department and month (§9.2.2)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from app.db.base import utcnow
from app.db.costs import Budget, BudgetLine
from app.db.models import Customer, Equipment, Site, User, WorkOrder
from app.db.service_plan import PlanVisit
from app.domain import costs as rules
from app.domain import local_time
from app.domain.costs import Key, VarianceRow
from app.domain.enums import CostCategory, Department, WorkOrderState, WorkOrderType
from app.services.costs.ledger import year_cost_lines
from app.services.records import live
from app.services.registry.users import acting_user
from app.services.store import Store

VISIT_TYPES = (WorkOrderType.PREVENTIVE_MAINTENANCE, WorkOrderType.INSPECTION)


def _visits_done(session: Session, year: int) -> int:
    since = local_time.start_of_day(datetime(year, 1, 1).date())
    until = local_time.start_of_day(datetime(year + 1, 1, 1).date())
    return int(
        session.scalar(
            select(func.count(WorkOrder.id)).where(
                WorkOrder.deleted_at.is_(None),
                WorkOrder.type.in_(VISIT_TYPES),
                WorkOrder.state != WorkOrderState.CANCELLED,
                WorkOrder.finished_at >= since,
                WorkOrder.finished_at < until,
            )
        )
        or 0
    )


def _planned_visits(session: Session, year: int) -> dict[tuple[str, int], int]:
    planned: dict[tuple[str, int], int] = defaultdict(int)
    for customer_id, planned_on in session.execute(
        select(Site.customer_id, PlanVisit.planned_on)
        .join(Equipment, Equipment.id == PlanVisit.equipment_id)
        .join(Site, Site.id == Equipment.site_id)
        .where(PlanVisit.deleted_at.is_(None), PlanVisit.year == year)
    ):
        planned[(customer_id, planned_on.month)] += 1
    return dict(planned)


def draft(store: Store, year: int, title: str = "") -> str:
    """A new budget for `year`, its lines drafted (app/domain/costs.draft_budget)."""
    rules.check_budget_keeper(acting_user(store).role)
    with store.session() as session:
        last = rules.actual_by_key(year_cost_lines(session, year - 1), year - 1)
        amounts = rules.draft_budget(
            last, _visits_done(session, year - 1), _planned_visits(session, year)
        )
        budget = Budget(
            year=year,
            title=title.strip(),
            drafted_by=store.user_login,
            updated_by=store.user_login,
        )
        session.add(budget)
        session.flush()
        session.add_all(
            BudgetLine(
                budget_id=budget.id,
                category=category,
                customer_id=project or None,
                department=department,
                month=month,
                amount=amount,
                updated_by=store.user_login,
            )
            for (category, project, department, month), amount in amounts.items()
        )
        return budget.id


def set_amount(
    store: Store,
    budget_id: str,
    category: CostCategory,
    project: str,
    department: Department,
    month: int,
    amount: float | None,
) -> None:
    """Sets one cell of a budget still in draft (a new line where there was none);
    None removes the cell's line (undoing the edit that made it). An approved budget
    is refused: finance approved its amounts (`rules.M_APPROVED_LOCKED`)."""
    rules.check_budget_keeper(acting_user(store).role)
    if not 1 <= month <= 12:
        raise rules.CostRefusal(rules.M_MONTH)
    if amount is not None:
        rules.check_budget_amount(amount)
    with store.session() as session:
        budget = live(session, Budget, budget_id)
        if budget.approved_at is not None:
            raise rules.CostRefusal(rules.M_APPROVED_LOCKED)
        line = session.scalar(
            select(BudgetLine).where(
                BudgetLine.budget_id == budget_id,
                BudgetLine.deleted_at.is_(None),
                BudgetLine.category == category,
                _project_is(project),
                BudgetLine.department == department,
                BudgetLine.month == month,
            )
        )
        if amount is None:
            if line is not None:
                line.deleted_at = utcnow()
                line.updated_by = store.user_login
            return
        if line is None:
            line = BudgetLine(
                budget_id=budget_id, category=category, customer_id=project or None,
                department=department, month=month,
            )  # fmt: skip
            session.add(line)
        line.amount = round(amount, 2)
        line.updated_by = store.user_login


def _project_is(project: str) -> ColumnElement[bool]:
    """A line of the project (none: company-wide)."""
    if not project:
        return BudgetLine.customer_id.is_(None)
    return BudgetLine.customer_id == project


def approve(store: Store, budget_id: str, at: datetime | None = None) -> None:
    """Finance approves the budget: recorded with who and when, and locked."""
    role = acting_user(store).role
    with store.session() as session:
        budget = live(session, Budget, budget_id)
        rules.check_approval(role, budget.approved_at is not None)
        budget.approved_by = store.user_login
        budget.approved_at = at or utcnow()
        budget.updated_by = store.user_login


@dataclass(frozen=True)
class BudgetSummary:
    id: str
    year: int
    title: str
    drafted_by: str
    approved_by: str  # the person's name; "" while in draft
    approved_at: datetime | None
    total: float


@dataclass(frozen=True)
class BudgetView:
    """One budget against the year's actuals, for the Costs page and the export."""

    budgets: list[BudgetSummary]  # every budget of the year, newest first
    budget: BudgetSummary | None  # the one compared (approved first, else newest)
    rows: list[VarianceRow]  # by category, project, department and month
    projects: dict[str, str]  # customer id → hospital name
    may_keep: bool
    may_approve: bool


def budget_amounts(session: Session, budget_id: str) -> dict[Key, float]:
    amounts: dict[Key, float] = defaultdict(float)
    for category, customer_id, department, month, amount in session.execute(
        select(BudgetLine.category, BudgetLine.customer_id, BudgetLine.department,
               BudgetLine.month, BudgetLine.amount)
        .where(BudgetLine.budget_id == budget_id, BudgetLine.deleted_at.is_(None))
    ):  # fmt: skip
        amounts[(category, customer_id or "", department, month)] += amount
    return dict(amounts)


def _summaries(session: Session, year: int) -> list[BudgetSummary]:
    """Every live budget of `year` with its total, newest first."""
    names = dict(session.execute(select(User.login, User.display_name)).tuples().all())
    summaries = []
    live_line = BudgetLine.deleted_at.is_(None)
    for b, total in session.execute(
        select(Budget, func.coalesce(func.sum(BudgetLine.amount), 0.0))
        .outerjoin(BudgetLine, live_line & (BudgetLine.budget_id == Budget.id))
        .where(Budget.deleted_at.is_(None), Budget.year == year)
        .group_by(Budget.id)
        .order_by(Budget.created_at.desc())
    ).tuples():  # fmt: skip
        summaries.append(
            BudgetSummary(b.id, b.year, b.title, names.get(b.drafted_by, b.drafted_by),
                          names.get(b.approved_by, b.approved_by), b.approved_at,
                          round(float(total), 2))
        )  # fmt: skip
    return summaries


def read_view(session: Session, year: int, role_keeps: bool, role_approves: bool,
              budget_id: str | None = None) -> BudgetView:  # fmt: skip
    summaries = _summaries(session, year)
    chosen = next((s for s in summaries if s.id == budget_id), None)
    if chosen is None:
        chosen = next((s for s in summaries if s.approved_at), summaries[0] if summaries else None)
    budget = budget_amounts(session, chosen.id) if chosen else {}
    actual = rules.actual_by_key(year_cost_lines(session, year), year)
    projects = dict(session.execute(select(Customer.id, Customer.name_zh)).tuples().all())
    return BudgetView(
        summaries, chosen, rules.budget_vs_actual(budget, actual), projects,
        role_keeps, role_approves,
    )  # fmt: skip


def budget_view(store: Store, year: int, budget_id: str | None = None) -> BudgetView:
    role = acting_user(store).role
    with store.reading() as session:
        return read_view(
            session, year, role in rules.BUDGET_ROLES, role in rules.APPROVER_ROLES, budget_id
        )


def year_view(store: Store, year: int) -> BudgetView:
    """The year's budget (the approved one, else the newest) against its actuals, for
    the command line's export: whoever holds the data folder reads it; nothing is kept
    or approved through it."""
    with store.reading() as session:
        return read_view(session, year, False, False)


# A row of the budget sheet: (category, project — "" company-wide —, department).
SheetKey = tuple[CostCategory, str, Department]


@dataclass(frozen=True)
class BudgetSheet:
    """One budget's amounts as the editor shows them: a row per category, project and
    department, one amount per month (None: no line for that month)."""

    budget: BudgetSummary
    rows: dict[SheetKey, list[float | None]]  # 12 months, January first
    projects: dict[str, str]  # customer id → hospital name, every live hospital
    may_edit: bool  # the person keeps budgets and the budget is not approved


def budget_sheet(store: Store, budget_id: str) -> BudgetSheet:
    """The budget's lines for editing, in category, hospital and department order."""
    keeps = acting_user(store).role in rules.BUDGET_ROLES
    with store.reading() as session:
        year = live(session, Budget, budget_id).year
        summary = next(s for s in _summaries(session, year) if s.id == budget_id)
        projects = dict(
            session.execute(
                select(Customer.id, Customer.name_zh)
                .where(Customer.deleted_at.is_(None))
                .order_by(Customer.name_zh)
            )
            .tuples()
            .all()
        )
        rows: dict[SheetKey, list[float | None]] = {}
        for (category, project, department, month), amount in budget_amounts(
            session, budget_id
        ).items():
            rows.setdefault((category, project, department), [None] * 12)[month - 1] = amount
    order = sorted(
        rows,
        key=lambda k: (list(CostCategory).index(k[0]), k[1] != "", projects.get(k[1], k[1]),
                       list(Department).index(k[2])),
    )  # fmt: skip
    return BudgetSheet(
        summary, {k: rows[k] for k in order}, projects, keeps and summary.approved_at is None
    )
