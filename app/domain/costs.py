"""The rules of service costs and budgets (procedure §9), free of the database.

A job's cost is what its records say, so nothing is typed twice: labour is each
assigned engineer's own hours on the job at their own hourly rate on that day (the
job's hours counted once, shared by who worked: `share_hours`), travel time
likewise, parts are the parts issued to the job from stock at what they cost (the
weighted average price of the purchase receipts, else the catalogue's standard cost;
the job's part lines stand in when nothing was issued from stock). Travel expenses,
accommodation, external services and training fees are entered by hand.

A budget (§9.1) holds one amount per category, project (the hospital), department
and month; it is drafted from last year's actuals and the year's service plan and
approved by finance — once, after which its lines stay as approved. Budget vs actual
(§9.2.2) sums both over the same keys; the variance is actual less budget.

Messages are English source texts translated in the "Costs" context.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from app.domain.enums import (
    CostCategory,
    CostKind,
    Department,
    UserRole,
    WorkOrderState,
    WorkOrderType,
)
from app.domain.i18n import QT_TRANSLATE_NOOP

R = UserRole
# Approving a budget (§9.1.3: finance approves).
APPROVER_ROLES = frozenset({R.FINANCE})
# Drafting and changing budgets, and keeping engineers' hourly rates.
BUDGET_ROLES = frozenset({R.FINANCE, R.SERVICE_MANAGER})
# Entering a job's travel, accommodation and other expenses (engineers on their own jobs).
ENTRY_ROLES = frozenset({R.ENGINEER, R.REPAIR_TECHNICIAN, R.SERVICE_MANAGER, R.FINANCE})
# Who sees the Costs page.
VIEW_ROLES = BUDGET_ROLES
# Whose hours are costed at an hourly rate.
RATED_ROLES = frozenset({R.ENGINEER, R.REPAIR_TECHNICIAN})
# Roles that enter costs on any job, not only their own.
OFFICE_ROLES = BUDGET_ROLES

M_NOT_APPROVER = QT_TRANSLATE_NOOP("Costs", "Only finance approves a budget.")
M_ALREADY_APPROVED = QT_TRANSLATE_NOOP("Costs", "This budget is already approved.")
M_APPROVED_LOCKED = QT_TRANSLATE_NOOP(
    "Costs", "An approved budget is not changed: draft a new one for changes."
)
M_NOT_BUDGET_KEEPER = QT_TRANSLATE_NOOP(
    "Costs", "Only finance and the service manager keep budgets and rates."
)
M_NOT_YOUR_JOB = QT_TRANSLATE_NOOP(
    "Costs", "You enter costs only on work orders you are assigned to."
)
M_NOT_ENTRY_ROLE = QT_TRANSLATE_NOOP("Costs", "Your role does not enter costs.")
M_AMOUNT = QT_TRANSLATE_NOOP("Costs", "The amount must be more than zero.")
M_RATE = QT_TRANSLATE_NOOP("Costs", "The hourly rate must be more than zero.")
M_DERIVED_KIND = QT_TRANSLATE_NOOP(
    "Costs", "Labour and parts come from the job's records; they are not entered by hand."
)
M_MONTH = QT_TRANSLATE_NOOP("Costs", "The month must be from 1 to 12.")
M_BUDGET_NEGATIVE = QT_TRANSLATE_NOOP("Costs", "A budget amount must be zero or more.")
M_BUDGET_PRECISION = QT_TRANSLATE_NOOP(
    "Costs", "A budget amount is in yuan with at most two decimals (fen)."
)
M_BUDGET_TOO_LARGE = QT_TRANSLATE_NOOP(
    "Costs", "A budget amount above 10,000,000,000 yuan is surely a typing error."
)
M_NOT_A_NUMBER = QT_TRANSLATE_NOOP("Costs", "Type an amount in yuan, such as 12500 or 980.50.")
# The largest amount one budget cell takes (a year's whole service budget is far less).
MAX_BUDGET_AMOUNT = 10_000_000_000.0

DERIVED_KINDS = frozenset({CostKind.LABOUR, CostKind.TRAVEL_TIME, CostKind.PARTS})
MANUAL_KINDS = tuple(k for k in CostKind if k not in DERIVED_KINDS)
# The category a job's own work is accounted to, by the job's type.
WORK_CATEGORY = {
    WorkOrderType.INSTALLATION: CostCategory.INSTALLATION,
    WorkOrderType.COMMISSIONING: CostCategory.INSTALLATION,
    WorkOrderType.ACCEPTANCE: CostCategory.INSTALLATION,
    WorkOrderType.INSPECTION: CostCategory.MAINTENANCE,
    WorkOrderType.PREVENTIVE_MAINTENANCE: CostCategory.MAINTENANCE,
    WorkOrderType.REPAIR: CostCategory.MAINTENANCE,
    WorkOrderType.UPGRADE: CostCategory.TECHNICAL_SUPPORT,
    WorkOrderType.TRAINING: CostCategory.TECHNICAL_SUPPORT,
}
# The category a hand-entered line starts in (the person may choose another).
DEFAULT_CATEGORY = {
    CostKind.TRAVEL: CostCategory.TRAVEL,
    CostKind.ACCOMMODATION: CostCategory.TRAVEL,
    CostKind.EXTERNAL: CostCategory.TECHNICAL_SUPPORT,
    CostKind.TRAINING: CostCategory.STAFF_TRAINING,
}
# The department a person's costs fall to, by their role.
ROLE_DEPARTMENT = {
    R.ENGINEER: Department.FIELD_SERVICE,
    R.REPAIR_TECHNICIAN: Department.REPAIR_WORKSHOP,
    R.PARTS_ADMINISTRATOR: Department.PARTS,
}
# Categories whose cost follows the number of planned visits (drafting a budget).
VISIT_CATEGORIES = frozenset({CostCategory.MAINTENANCE, CostCategory.TRAVEL})


class CostRefusal(ValueError):
    """What costing will not do; `message` is translated in the "Costs" context."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def department_of(role: UserRole) -> Department:
    return ROLE_DEPARTMENT.get(role, Department.FIELD_SERVICE)


@dataclass(frozen=True)
class Rate:
    """An engineer's hourly rate from `valid_from` on (until a later one starts)."""

    user_id: str
    valid_from: date
    hourly_rate: float


def rate_on(rates: Iterable[Rate], user_id: str, day: date) -> float | None:
    """The rate that applied to `user_id` on `day`: the latest started by then."""
    best: Rate | None = None
    for r in rates:
        if r.user_id == user_id and r.valid_from <= day:
            if best is None or r.valid_from > best.valid_from:
                best = r
    return best.hourly_rate if best else None


def labour_cost(hours: float, rate: float | None) -> float | None:
    """Hours × rate; None when the engineer has no rate on that day (unknown, not 0)."""
    if rate is None:
        return None
    return round(hours * rate, 2)


# The workflow states whose time is the person's work or travel: the time from a step
# into one of them, counted to the next step, is the hours of whoever took that step.
STEP_KINDS = {
    WorkOrderState.TRAVELLING: CostKind.TRAVEL_TIME,
    WorkOrderState.IN_PROGRESS: CostKind.LABOUR,
    WorkOrderState.TRIAL_RUN: CostKind.LABOUR,
}


@dataclass(frozen=True)
class Step:
    """One workflow step of a job: into `to_state` at `at`, taken by `by_login`."""

    at: datetime
    to_state: WorkOrderState
    by_login: str


def own_hours(steps: Iterable[Step]) -> dict[str, dict[CostKind, float]]:
    """Each login's hours of travel and of work on the job from its steps: the time
    from a step into travelling, in progress or trial run to the next step is the
    hours of the person who took it (the last step's state has no end: not counted)."""
    ordered = sorted(steps, key=lambda s: s.at)
    hours: dict[str, dict[CostKind, float]] = defaultdict(lambda: defaultdict(float))
    for step, following in zip(ordered, ordered[1:], strict=False):
        kind = STEP_KINDS.get(step.to_state)
        if kind is not None and following.at > step.at:
            hours[step.by_login][kind] += (following.at - step.at).total_seconds() / 3600.0
    return {login: dict(kinds) for login, kinds in hours.items()}


def share_hours(total: float, own: dict[str, float], people: Sequence[str]) -> dict[str, float]:
    """The job's `total` hours of one kind, counted once, shared among the assigned
    `people`: in proportion to each one's own stamped hours (`own`, by login), so who
    did not work is not charged; evenly when none of them stamped any (nothing says
    who worked). Rounded to hundredths of an hour."""
    if total <= 0 or not people:
        return {}
    worked = {p: own.get(p, 0.0) for p in people if own.get(p, 0.0) > 0}
    if not worked:
        return {p: round(total / len(people), 2) for p in people}
    stamped = sum(worked.values())
    return {p: round(total * h / stamped, 2) for p, h in worked.items()}


@dataclass(frozen=True)
class Receipt:
    """Parts accepted into stock at the price of their order line."""

    part_id: str
    quantity: float
    unit_price: float


def unit_costs(receipts: Iterable[Receipt], standard: dict[str, float]) -> dict[str, float]:
    """What one piece of each part cost: the quantity-weighted average price of what
    was received with a price, else the catalogue's standard cost (0 there: unknown,
    left out)."""
    spent: dict[str, float] = defaultdict(float)
    count: dict[str, float] = defaultdict(float)
    for r in receipts:
        if r.quantity > 0 and r.unit_price > 0:
            spent[r.part_id] += r.quantity * r.unit_price
            count[r.part_id] += r.quantity
    costs = {p: c for p, c in standard.items() if c > 0}
    costs.update({p: spent[p] / count[p] for p in count})
    return costs


def parts_cost(issued: Iterable[tuple[str, float]], costs: dict[str, float]) -> tuple[float, bool]:
    """The cost of (part, quantity) pairs, and whether every part's cost was known
    (an unknown part counts 0 and makes the total a lower bound)."""
    total, known = 0.0, True
    for part_id, quantity in issued:
        cost = costs.get(part_id)
        if cost is None:
            known = False
            continue
        total += quantity * cost
    return round(total, 2), known


@dataclass(frozen=True)
class CostLine:
    """One cost of one job: derived (labour, travel time, parts) or entered."""

    work_order_id: str
    kind: CostKind
    category: CostCategory
    department: Department
    project: str  # the hospital (customer id)
    on: date
    amount: float | None  # None: not known (an engineer without a rate)
    text: str = ""  # who worked, which part, what was bought
    quantity: float = 0.0  # hours or pieces
    unit_amount: float | None = None  # rate or unit cost
    entry_id: str | None = None  # the hand-entered line's record
    known: bool = True  # every part of it had a cost


def check_entry(kind: CostKind, amount: float) -> None:
    if kind in DERIVED_KINDS:
        raise CostRefusal(M_DERIVED_KIND)
    if not amount > 0:
        raise CostRefusal(M_AMOUNT)


def check_entry_author(role: UserRole, assigned: bool) -> None:
    """Engineers enter costs on their own jobs; finance and the manager on any."""
    if role not in ENTRY_ROLES:
        raise CostRefusal(M_NOT_ENTRY_ROLE)
    if role not in OFFICE_ROLES and not assigned:
        raise CostRefusal(M_NOT_YOUR_JOB)


def check_budget_keeper(role: UserRole) -> None:
    if role not in BUDGET_ROLES:
        raise CostRefusal(M_NOT_BUDGET_KEEPER)


def check_approval(role: UserRole, approved: bool) -> None:
    """Only finance approves, and a budget once."""
    if role not in APPROVER_ROLES:
        raise CostRefusal(M_NOT_APPROVER)
    if approved:
        raise CostRefusal(M_ALREADY_APPROVED)


def check_budget_amount(amount: float) -> None:
    """One cell of a budget: zero or more yuan, to the fen, and not absurdly large (a
    misplaced key adds zeros)."""
    if math.isnan(amount) or amount < 0:
        raise CostRefusal(M_BUDGET_NEGATIVE)
    if amount > MAX_BUDGET_AMOUNT:
        raise CostRefusal(M_BUDGET_TOO_LARGE)
    if abs(amount * 100 - round(amount * 100)) > 1e-6:
        raise CostRefusal(M_BUDGET_PRECISION)


def parse_budget_amount(text: str) -> float:
    """An amount as typed in a budget cell: digits with an optional decimal point,
    thousands separators and a yuan sign allowed; checked by `check_budget_amount`."""
    cleaned = text.strip().replace(",", "").replace("，", "").replace("¥", "").replace("￥", "")
    if not cleaned:
        return 0.0
    try:
        amount = float(cleaned)
    except ValueError:
        raise CostRefusal(M_NOT_A_NUMBER) from None
    if math.isinf(amount):
        raise CostRefusal(M_BUDGET_TOO_LARGE)
    check_budget_amount(amount)
    return amount


def check_rate(rate: float) -> None:
    if not rate > 0:
        raise CostRefusal(M_RATE)


# (category, project, department, month) — project "" is the company as a whole.
Key = tuple[CostCategory, str, Department, int]


@dataclass(frozen=True)
class VarianceRow:
    category: CostCategory
    project: str
    department: Department | None  # None: every department together
    month: int  # 1..12; 0: the whole year
    budget: float
    actual: float

    @property
    def variance(self) -> float:
        """Actual less budget: positive is an overrun."""
        return round(self.actual - self.budget, 2)

    @property
    def variance_percent(self) -> float | None:
        """The variance as a share of the budget; None without a budget."""
        if self.budget == 0:
            return None
        return round(100.0 * (self.actual - self.budget) / self.budget, 1)


def actual_by_key(lines: Iterable[CostLine], year: int) -> dict[Key, float]:
    totals: dict[Key, float] = defaultdict(float)
    for line in lines:
        if line.on.year == year and line.amount is not None:
            key = (line.category, line.project, line.department, line.on.month)
            totals[key] += line.amount
    return dict(totals)


def budget_vs_actual(
    budget: dict[Key, float], actual: dict[Key, float], by_month: bool = True
) -> list[VarianceRow]:
    """One row per key either side holds; without `by_month` the months are summed.
    Sorted by category, project, department and month."""
    summed_budget: dict[Key, float] = defaultdict(float)
    summed_actual: dict[Key, float] = defaultdict(float)
    for source, target in ((budget, summed_budget), (actual, summed_actual)):
        for (category, project, department, month), amount in source.items():
            target[(category, project, department, month if by_month else 0)] += amount
    keys = sorted(
        set(summed_budget) | set(summed_actual),
        key=lambda k: (list(CostCategory).index(k[0]), k[1], list(Department).index(k[2]), k[3]),
    )
    return [
        VarianceRow(k[0], k[1], k[2], k[3], round(summed_budget[k], 2), round(summed_actual[k], 2))
        for k in keys
    ]


def by_category(rows: Iterable[VarianceRow]) -> list[VarianceRow]:
    """The rows summed per category and month (projects and departments together)."""
    budget: dict[tuple[CostCategory, int], float] = defaultdict(float)
    actual: dict[tuple[CostCategory, int], float] = defaultdict(float)
    for r in rows:
        budget[(r.category, r.month)] += r.budget
        actual[(r.category, r.month)] += r.actual
    keys = sorted(set(budget) | set(actual), key=lambda k: (list(CostCategory).index(k[0]), k[1]))
    return [
        VarianceRow(c, "", None, m, round(budget[(c, m)], 2),
                    round(actual[(c, m)], 2))
        for c, m in keys
    ]  # fmt: skip


def draft_budget(
    last_year: dict[Key, float],
    last_year_visits: int,
    planned_visits: dict[tuple[str, int], int],
) -> dict[Key, float]:
    """Next year's amounts: last year's actual per key, except that the categories
    that follow visits (maintenance, travel) are, for each project and month with
    planned visits, the planned visits × last year's cost per visit of that category
    and department. `last_year_visits`: the maintenance visits done last year;
    `planned_visits`: (project, month) → visits in the year's plan."""
    draft: dict[Key, float] = {
        k: round(v, 2) for k, v in last_year.items() if k[0] not in VISIT_CATEGORIES
    }
    if last_year_visits <= 0 or not planned_visits:  # nothing to scale by: carry over
        draft.update({k: round(v, 2) for k, v in last_year.items() if k[0] in VISIT_CATEGORIES})
        return draft
    per_visit: dict[tuple[CostCategory, Department], float] = defaultdict(float)
    for (category, _project, department, _month), amount in last_year.items():
        if category in VISIT_CATEGORIES:
            per_visit[(category, department)] += amount / last_year_visits
    for (project, month), visits in planned_visits.items():
        for (category, department), cost in per_visit.items():
            key = (category, project, department, month)
            draft[key] = round(draft.get(key, 0.0) + visits * cost, 2)
    return draft


def parts_by_job(
    issued: Iterable[tuple[str, str, float]], lines: Iterable[tuple[str, str, float]]
) -> dict[str, list[tuple[str, float]]]:
    """(work order, part, quantity) issued from stock, else the job's part lines: a job
    with any stock issue is costed from its issues alone, so nothing counts twice."""
    by_job: dict[str, list[tuple[str, float]]] = defaultdict(list)
    for job, part, quantity in issued:
        by_job[job].append((part, quantity))
    from_lines: dict[str, list[tuple[str, float]]] = defaultdict(list)
    for job, part, quantity in lines:
        if job not in by_job:
            from_lines[job].append((part, quantity))
    return {**by_job, **from_lines}


def job_parts_costs(
    parts: dict[str, list[tuple[str, float]]], costs: dict[str, float]
) -> dict[str, float | None]:
    """Each job's parts at cost; None where a part's cost is not known (KPIs show an
    unknown rather than a low figure)."""
    result: dict[str, float | None] = {}
    for job, pairs in parts.items():
        total, known = parts_cost(pairs, costs)
        result[job] = total if known else None
    return result
