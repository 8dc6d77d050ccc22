"""Demo service costs (procedure §9): the finance person who approves budgets, the
field staff's hourly rates (a raise at New Year), tickets and hotels on the demo
year's finished jobs, and this year's budget, drafted by the service manager and
approved by finance, which travel overruns.

The approval is finance's own: made as 钱慧 (qian.hui) through the service the Costs
page uses (app/services/costs/budgets.approve), so it is recorded under her login. The
server takes a budget's approval only from finance; a laptop's sync keeps it in the
outbox until finance syncs from that laptop (sync/client/round.py holds back changes
of fields the syncing role may not set), so the manager's sync of the demo refuses
nothing.

The demo has one year of work, not two, so its budget is made the way the service
manager would have drafted it from the previous year's figures: each month's costs
of the demo year, a little over for most categories, but travel at what it cost when
the engineers went by train — this year they fly, and travel runs well over budget.
"""

from __future__ import annotations

import dataclasses
import random
from collections import defaultdict
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from app.db.costs import Budget, BudgetLine, CostEntry, EngineerRate
from app.db.models import User, WorkOrder, WorkOrderAssignment
from app.demo.rows import DEMO_BY
from app.domain import costs as rules
from app.domain import local_time
from app.domain.enums import CostCategory, CostKind, UserRole, WorkOrderState
from app.services.costs import budgets
from app.services.costs.ledger import year_cost_lines
from app.services.store import Store

FINANCE = ("钱慧", "qian.hui", "150 0123 4510")
MANAGER = "zhou.jianguo"
# Hourly cost rates by role: last year's, and this year's after the raise.
RATES = {UserRole.ENGINEER: (180.0, 195.0), UserRole.REPAIR_TECHNICIAN: (150.0, 160.0)}
# (kind, description, low, high) of a job's expenses.
TRAVEL = (CostKind.TRAVEL, "机票往返", 1400, 2600)
HOTEL = (CostKind.ACCOMMODATION, "酒店住宿", 280, 520)
EXTERNAL = (CostKind.EXTERNAL, "外协电离室校准", 2500, 4200)
SEED = 914
# The budget's share of the demo year's costs: travel as it cost by train, the rest
# with a little margin.
BY_TRAIN, MARGIN = 0.6, 1.08


def seed_costs(store: Store, today: date) -> bool:
    """Adds the demo's costs once; False when the finance person is already there."""
    rng = random.Random(SEED)
    with store.session() as session:
        if session.scalar(select(User.id).where(User.login == FINANCE[1])):
            return False
        session.add(
            User(display_name=FINANCE[0], login=FINANCE[1], role=UserRole.FINANCE,
                 phone=FINANCE[2], updated_by=DEMO_BY)
        )  # fmt: skip
        staff = session.execute(
            select(User.id, User.role).where(User.role.in_(list(RATES)), User.deleted_at.is_(None))
        ).all()
        for user_id, role in staff:
            for index, year in enumerate((today.year - 1, today.year)):
                session.add(
                    EngineerRate(user_id=user_id, valid_from=date(year, 1, 1),
                                 hourly_rate=RATES[role][index], updated_by=MANAGER)
                )  # fmt: skip
        jobs = session.execute(
            select(WorkOrder.id, WorkOrder.finished_at, func.min(User.login))
            .join(WorkOrderAssignment, and_(
                WorkOrderAssignment.work_order_id == WorkOrder.id,
                WorkOrderAssignment.deleted_at.is_(None)))
            .join(User, User.id == WorkOrderAssignment.user_id)
            .where(WorkOrder.deleted_at.is_(None), WorkOrder.finished_at.is_not(None),
                   WorkOrder.state != WorkOrderState.CANCELLED)
            .group_by(WorkOrder.id)
            .order_by(WorkOrder.finished_at)
        ).all()  # fmt: skip
        entries = []
        for wo_id, finished, login in jobs:
            day = local_time.day_of(finished)
            chosen = [TRAVEL]
            if rng.random() < 0.45:
                chosen.append(HOTEL)
            if rng.random() < 0.04:
                chosen.append(EXTERNAL)
            for kind, text, low, high in chosen:
                entries.append(
                    CostEntry(
                        work_order_id=wo_id, kind=kind, category=rules.DEFAULT_CATEGORY[kind],
                        department=rules.department_of(UserRole.ENGINEER),
                        amount=float(round(rng.uniform(low, high), -1)), incurred_on=day,
                        description=text, by_login=login, updated_by=login,
                    )
                )  # fmt: skip
        session.add_all(entries)
        session.flush()
        budget_id = _budget(session, today)
    # After the manager's draft is committed: finance approves it, as finance does.
    finance = dataclasses.replace(store, user_login=FINANCE[1])
    approved = local_time.from_local(datetime(today.year, 1, 12, 10, 30))
    budgets.approve(finance, budget_id, min(approved, datetime.now(UTC)))
    return True


def _budget(session: Session, today: date) -> str:
    """This year's budget, drafted by the service manager (see the module's note)."""
    year = today.year
    since = today - timedelta(days=365)
    amounts: dict[rules.Key, float] = defaultdict(float)
    rng = random.Random(SEED + 1)
    by_train = {month: BY_TRAIN * rng.uniform(0.85, 1.2) for month in range(1, 13)}
    for line in year_cost_lines(session, year - 1) + year_cost_lines(session, year):
        if line.amount is None or line.on < since:
            continue
        travel = line.category is CostCategory.TRAVEL
        share = by_train[line.on.month] if travel else MARGIN
        amounts[(line.category, line.project, line.department, line.on.month)] += (
            line.amount * share
        )
    budget = Budget(
        year=year,
        title=f"{year} 年售后服务费用预算",
        drafted_by=MANAGER,
        notes="按上年实际费用和年度服务计划编制，报财务部审核批准。",
        updated_by=MANAGER,
        created_at=datetime(year, 1, 5, 2, 0, tzinfo=UTC),
    )
    session.add(budget)
    session.flush()
    session.add_all(
        BudgetLine(budget_id=budget.id, category=category, customer_id=project or None,
                   department=department, month=month, amount=round(amount, -1),
                   updated_by=MANAGER)
        for (category, project, department, month), amount in amounts.items()
        if amount >= 1
    )  # fmt: skip
    return budget.id
