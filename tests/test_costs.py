"""Service costs and budgets (procedure §9, issue 14): labour at the engineer's dated
rate × the hours the job records, parts at what they cost (purchase receipts, else
standard cost; issued from stock, else the job's part lines), hand-entered expenses on
one's own jobs, budgets drafted from last year and the plan, approved only by finance,
budget vs actual with the variance, the .xlsx export read back, and the migration."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from alembic import command
from openpyxl import load_workbook
from sqlalchemy import select

from app.db import schema
from app.db.costs import Budget, BudgetLine, CostEntry
from app.db.engine import make_engine
from app.db.fieldwork import Part, PartUsage, RepairRecord, WorkOrderEvent
from app.db.models import User, WorkOrder, WorkOrderAssignment
from app.db.purchasing import PurchaseOrder, PurchaseOrderLine, PurchaseReceipt, Supplier
from app.db.stock import StockLocation, StockMovement
from app.domain import costs as rules
from app.domain.costs import CostRefusal, Rate, Receipt, VarianceRow
from app.domain.enums import (
    CostCategory,
    CostKind,
    Department,
    LocationKind,
    MovementKind,
    TrialRunResult,
    UserRole,
    WorkOrderState,
)
from app.paths import backups_dir, database_path
from app.services.costs import budgets, entries, ledger
from app.services.costs.export import export_budget
from app.services.store import Store
from tests import factories
from tests.test_schema import alembic_config

ENGINEER, OTHER, MANAGER, FINANCE = "li.na", "wang.qiang", "zhou.jianguo", "qian.hui"
FINISHED = datetime(2026, 3, 3, 6, 0, tzinfo=UTC)  # 14:00 in Beijing, 3 March


def _people(store: Store) -> dict[str, str]:
    ids = {}
    with store.session() as session:
        for login, role in (
            (ENGINEER, UserRole.ENGINEER),
            (OTHER, UserRole.REPAIR_TECHNICIAN),
            (MANAGER, UserRole.SERVICE_MANAGER),
            (FINANCE, UserRole.FINANCE),
        ):
            user = User(display_name=login, login=login, role=role)
            session.add(user)
            session.flush()
            ids[login] = user.id
    return ids


def as_user(store: Store, login: str) -> Store:
    store.user_login = login
    return store


def _job(store: Store, unit_id: str, people: list[str], labour: float = 0.0) -> str:
    order = factories.work_order(store, unit_id)
    with store.session() as session:
        wo = session.get(WorkOrder, order.id)
        assert wo is not None
        wo.started_at = datetime(2026, 3, 3, 2, 0, tzinfo=UTC)
        wo.finished_at = FINISHED
        wo.travelling_at = datetime(2026, 3, 3, 0, 30, tzinfo=UTC)
        wo.arrived_at = datetime(2026, 3, 3, 1, 30, tzinfo=UTC)
        for user_id in people:
            session.add(WorkOrderAssignment(work_order_id=order.id, user_id=user_id))
        if labour:
            session.add(
                RepairRecord(
                    work_order_id=order.id,
                    labour_hours=labour,
                    trial_run_result=TrialRunResult.PASSED,
                )
            )
    return order.id


@pytest.fixture
def setup(store: Store) -> tuple[Store, dict[str, str], str, str]:
    people = _people(store)
    customer_id, _, unit_id = factories.hospital_with_unit(store)
    return store, people, customer_id, unit_id


def _lines(store: Store, job: str) -> list[rules.CostLine]:
    with store.reading() as session:
        return ledger.job_cost_lines(session, job)


# --- the rules -----------------------------------------------------------------------------


def test_the_rate_on_a_day_is_the_latest_started_by_then() -> None:
    rates = [Rate("u", date(2026, 1, 1), 200.0), Rate("u", date(2026, 7, 1), 260.0)]
    assert rules.rate_on(rates, "u", date(2025, 12, 31)) is None
    assert rules.rate_on(rates, "u", date(2026, 6, 30)) == 200.0
    assert rules.rate_on(rates, "u", date(2026, 7, 1)) == 260.0
    assert rules.labour_cost(3.5, 200.0) == 700.0
    assert rules.labour_cost(3.5, None) is None


def test_a_part_costs_the_weighted_average_of_its_receipts_else_its_standard_cost() -> None:
    costs = rules.unit_costs(
        [Receipt("a", 2, 100.0), Receipt("a", 6, 140.0), Receipt("b", 1, 0.0)],
        {"a": 999.0, "b": 50.0, "c": 0.0},
    )
    assert costs == {"a": 130.0, "b": 50.0}
    assert rules.parts_cost([("a", 3), ("b", 2)], costs) == (490.0, True)
    assert rules.parts_cost([("a", 1), ("c", 1)], costs) == (130.0, False)
    # Issued from stock wins over the part lines; a job without issues keeps its lines.
    parts = rules.parts_by_job([("j1", "a", 1.0)], [("j1", "b", 5.0), ("j2", "b", 2.0)])
    assert parts == {"j1": [("a", 1.0)], "j2": [("b", 2.0)]}
    assert rules.job_parts_costs(parts, costs) == {"j1": 130.0, "j2": 100.0}


def test_the_variance_is_actual_less_budget_by_key_and_month() -> None:
    key = (CostCategory.TRAVEL, "h1", Department.FIELD_SERVICE)
    rows = rules.budget_vs_actual({(*key, 1): 1000.0, (*key, 2): 500.0}, {(*key, 1): 1250.0})
    assert [(r.month, r.budget, r.actual, r.variance, r.variance_percent) for r in rows] == [
        (1, 1000.0, 1250.0, 250.0, 25.0),
        (2, 500.0, 0.0, -500.0, -100.0),
    ]
    year = rules.budget_vs_actual({(*key, 1): 1000.0, (*key, 2): 500.0}, {(*key, 1): 1250.0}, False)
    assert [(r.month, r.budget, r.actual, r.variance) for r in year] == [(0, 1500, 1250, -250)]
    assert VarianceRow(*key, 3, 0.0, 80.0).variance_percent is None


def test_a_draft_follows_last_year_and_the_planned_visits() -> None:
    f = Department.FIELD_SERVICE
    last = {
        (CostCategory.MAINTENANCE, "h1", f, 5): 3000.0,
        (CostCategory.TRAVEL, "h1", f, 5): 1000.0,
        (CostCategory.PARTS_PURCHASE, "h1", Department.PARTS, 5): 8000.0,
    }
    # Two visits done last year: 1,500 maintenance and 500 travel per visit.
    draft = rules.draft_budget(last, 2, {("h1", 4): 1, ("h2", 9): 3})
    assert draft == {
        (CostCategory.PARTS_PURCHASE, "h1", Department.PARTS, 5): 8000.0,
        (CostCategory.MAINTENANCE, "h1", f, 4): 1500.0,
        (CostCategory.TRAVEL, "h1", f, 4): 500.0,
        (CostCategory.MAINTENANCE, "h2", f, 9): 4500.0,
        (CostCategory.TRAVEL, "h2", f, 9): 1500.0,
    }


# --- labour and parts derived from the job -------------------------------------------------


def test_with_nothing_saying_who_worked_the_jobs_hours_are_shared_evenly_once(
    setup: tuple,
) -> None:
    store, people, customer_id, unit_id = setup
    as_user(store, MANAGER)
    entries.set_rate(store, people[ENGINEER], 200.0, date(2026, 1, 1))
    entries.set_rate(store, people[ENGINEER], 300.0, date(2026, 3, 4))  # after the job
    entries.set_rate(store, people[OTHER], 150.0, date(2026, 1, 1))
    job = _job(store, unit_id, [people[ENGINEER], people[OTHER]], labour=3.5)
    lines = {(line.kind, line.text): line for line in _lines(store, job)}
    # 3.5 h recorded, no steps by either: 1.75 h each, not 3.5 h each.
    mine = lines[(CostKind.LABOUR, ENGINEER)]
    assert (mine.quantity, mine.unit_amount, mine.amount) == (1.75, 200.0, 350.0)
    assert mine.category is CostCategory.MAINTENANCE
    assert (mine.project, mine.on) == (customer_id, date(2026, 3, 3))
    theirs = lines[(CostKind.LABOUR, OTHER)]
    assert (theirs.amount, theirs.department) == (262.5, Department.REPAIR_WORKSHOP)
    # Travel time from the workflow's stamps (travelling 08:30 → on site 09:30), shared.
    travel = lines[(CostKind.TRAVEL_TIME, ENGINEER)]
    assert (travel.quantity, travel.amount, travel.category) == (0.5, 100.0, CostCategory.TRAVEL)


def _steps(store: Store, job: str, steps: list[tuple[int, int, WorkOrderState, str]]) -> None:
    """Workflow steps on 3 March (UTC hour, minute, into state, by whom)."""
    with store.session() as session:
        previous = WorkOrderState.ACKNOWLEDGED
        for hour, minute, state, login in steps:
            session.add(
                WorkOrderEvent(work_order_id=job, from_state=previous, to_state=state,
                               at=datetime(2026, 3, 3, hour, minute, tzinfo=UTC), by_login=login)
            )  # fmt: skip
            previous = state


def test_each_engineer_is_charged_their_own_hours_at_their_own_rate(setup: tuple) -> None:
    """Li Na (200 ¥/h) travels 08:30–09:30 and works 10:00–13:00, then waits for a part;
    Wang Qiang (150 ¥/h) works 13:30–14:30 and runs the trial to 15:00; Zhou, also
    assigned, took no step. Li Na: 1 h travel = 200, 3 h work = 600; Wang Qiang: 1.5 h
    work = 225; Zhou nothing. With 9 h recorded on the repair record the 9 h are shared
    3 : 1.5 — Li Na 6 h = 1200, Wang Qiang 3 h = 450."""
    store, people, _, unit_id = setup
    as_user(store, MANAGER)
    entries.set_rate(store, people[ENGINEER], 200.0, date(2026, 1, 1))
    entries.set_rate(store, people[OTHER], 150.0, date(2026, 1, 1))
    entries.set_rate(store, people[MANAGER], 500.0, date(2026, 1, 1))
    crew = [people[ENGINEER], people[OTHER], people[MANAGER]]
    S = WorkOrderState
    steps = [
        (0, 30, S.TRAVELLING, ENGINEER), (1, 30, S.ON_SITE, ENGINEER),
        (2, 0, S.IN_PROGRESS, ENGINEER), (5, 0, S.AWAITING_PARTS, ENGINEER),
        (5, 30, S.IN_PROGRESS, OTHER), (6, 30, S.TRIAL_RUN, OTHER), (7, 0, S.COMPLETED, OTHER),
    ]  # fmt: skip
    stamped = _job(store, unit_id, crew)
    _steps(store, stamped, steps)
    lines = {(line.kind, line.text): line for line in _lines(store, stamped)}
    assert set(lines) == {
        (CostKind.TRAVEL_TIME, ENGINEER), (CostKind.LABOUR, ENGINEER), (CostKind.LABOUR, OTHER)
    }  # fmt: skip
    assert (lines[(CostKind.TRAVEL_TIME, ENGINEER)].quantity,
            lines[(CostKind.TRAVEL_TIME, ENGINEER)].amount) == (1.0, 200.0)  # fmt: skip
    assert (lines[(CostKind.LABOUR, ENGINEER)].quantity,
            lines[(CostKind.LABOUR, ENGINEER)].amount) == (3.0, 600.0)  # fmt: skip
    assert (lines[(CostKind.LABOUR, OTHER)].quantity,
            lines[(CostKind.LABOUR, OTHER)].amount) == (1.5, 225.0)  # fmt: skip
    recorded = _job(store, unit_id, crew, labour=9.0)
    _steps(store, recorded, steps)
    labour = {line.text: line.amount for line in _lines(store, recorded)
              if line.kind is CostKind.LABOUR}  # fmt: skip
    assert labour == {ENGINEER: 1200.0, OTHER: 450.0}


def test_without_recorded_hours_the_stamps_give_them_and_no_rate_is_unknown(
    setup: tuple,
) -> None:
    store, people, _, unit_id = setup
    job = _job(store, unit_id, [people[ENGINEER]])  # started 10:00, finished 14:00
    labour = next(line for line in _lines(store, job) if line.kind is CostKind.LABOUR)
    assert (labour.quantity, labour.amount, labour.known) == (4.0, None, False)


def _received(store: Store, part_id: str, quantity: float, price: float) -> None:
    with store.session() as session:
        supplier = Supplier(name="上海医疗")
        session.add(supplier)
        session.flush()
        order = PurchaseOrder(number="PO-1", supplier_id=supplier.id, ordered_on=date(2026, 1, 5))
        session.add(order)
        session.flush()
        line = PurchaseOrderLine(
            order_id=order.id, part_id=part_id, quantity=quantity, unit_price=price
        )
        session.add(line)
        session.flush()
        session.add(PurchaseReceipt(order_line_id=line.id, accepted_quantity=quantity))


def test_parts_are_costed_from_stock_issues_at_their_purchase_price(setup: tuple) -> None:
    store, people, _, unit_id = setup
    job = _job(store, unit_id, [people[ENGINEER]])
    with store.session() as session:
        magnetron = Part(part_number="MAG-1", description="磁控管", standard_cost=90000.0)
        fuse = Part(part_number="FU-2", description="保险丝", standard_cost=12.5)
        session.add_all([magnetron, fuse])
        session.flush()
        ids = magnetron.id, fuse.id
        kit = StockLocation(kind=LocationKind.KIT, name_zh="李娜的工具箱", holder_login=ENGINEER)
        session.add(kit)
        session.flush()
        for part_id, quantity in ((ids[0], 1.0), (ids[1], 4.0)):
            session.add(
                StockMovement(kind=MovementKind.ISSUE, part_id=part_id, quantity=quantity,
                              from_location_id=kit.id, work_order_id=job)
            )  # fmt: skip
        # A part line too: the issues are what count, it is not costed twice.
        session.add(PartUsage(work_order_id=job, part_id=ids[0], quantity=1.0))
    _received(store, ids[0], 2.0, 80000.0)
    _received(store, ids[0], 2.0, 84000.0)
    parts = {ln.text.split()[0]: ln for ln in _lines(store, job) if ln.kind is CostKind.PARTS}
    assert (parts["MAG-1"].quantity, parts["MAG-1"].amount) == (1.0, 82000.0)
    assert (parts["FU-2"].quantity, parts["FU-2"].amount) == (4.0, 50.0)  # standard cost
    assert parts["FU-2"].category is CostCategory.PARTS_PURCHASE


def test_without_stock_issues_the_part_lines_are_costed(setup: tuple) -> None:
    store, people, _, unit_id = setup
    job = _job(store, unit_id, [people[ENGINEER]])
    with store.session() as session:
        part = Part(part_number="FU-2", description="保险丝", standard_cost=12.5)
        session.add(part)
        session.flush()
        session.add(PartUsage(work_order_id=job, part_id=part.id, quantity=2.0))
    parts = [ln for ln in _lines(store, job) if ln.kind is CostKind.PARTS]
    assert [(p.text, p.amount) for p in parts] == [("FU-2 保险丝", 25.0)]


# --- entered by hand ------------------------------------------------------------------------


def test_engineers_enter_expenses_only_on_their_own_jobs(setup: tuple) -> None:
    store, people, _, unit_id = setup
    mine = _job(store, unit_id, [people[ENGINEER]])
    theirs = _job(store, unit_id, [people[OTHER]])
    as_user(store, ENGINEER)
    assert entries.may_enter(store, mine) and not entries.may_enter(store, theirs)
    entries.add_entry(store, mine, CostKind.ACCOMMODATION, 380.0, date(2026, 3, 3), "如家酒店")
    with pytest.raises(CostRefusal) as refused:
        entries.add_entry(store, theirs, CostKind.TRAVEL, 120.0, date(2026, 3, 3))
    assert refused.value.message == rules.M_NOT_YOUR_JOB
    for kind, amount in ((CostKind.LABOUR, 100.0), (CostKind.TRAVEL, 0.0)):
        with pytest.raises(CostRefusal):
            entries.add_entry(store, mine, kind, amount, date(2026, 3, 3))
    as_user(store, FINANCE)
    entries.add_entry(store, theirs, CostKind.EXTERNAL, 5000.0, date(2026, 3, 4), "外协校准")
    entered = [ln for ln in _lines(store, mine) if ln.entry_id]
    assert [(e.kind, e.category, e.department, e.amount, e.text) for e in entered] == [
        (CostKind.ACCOMMODATION, CostCategory.TRAVEL, Department.FIELD_SERVICE, 380.0, "如家酒店")
    ]
    with store.reading() as session:
        entry = session.scalars(select(CostEntry).where(CostEntry.work_order_id == theirs)).one()
        assert (entry.by_login, entry.category) == (FINANCE, CostCategory.TECHNICAL_SUPPORT)
    as_user(store, ENGINEER)
    entries.delete_entry(store, entered[0].entry_id or "")
    assert not [ln for ln in _lines(store, mine) if ln.entry_id]


def test_only_finance_and_the_manager_keep_rates(setup: tuple) -> None:
    store, people, _, _ = setup
    as_user(store, ENGINEER)
    with pytest.raises(CostRefusal):
        entries.set_rate(store, people[ENGINEER], 999.0, date(2026, 1, 1))
    as_user(store, FINANCE)
    with pytest.raises(CostRefusal):
        entries.set_rate(store, people[ENGINEER], 0.0, date(2026, 1, 1))


# --- budgets ---------------------------------------------------------------------------------


def _year_with_travel(store: Store, people: dict[str, str], unit_id: str) -> str:
    as_user(store, MANAGER)
    entries.set_rate(store, people[ENGINEER], 200.0, date(2025, 1, 1))
    job = _job(store, unit_id, [people[ENGINEER]], labour=2.0)
    entries.add_entry(store, job, CostKind.TRAVEL, 1800.0, date(2026, 3, 3), "机票")
    return job


def test_only_finance_approves_a_budget_once_and_it_is_then_locked(setup: tuple) -> None:
    store, people, customer_id, unit_id = setup
    _year_with_travel(store, people, unit_id)
    as_user(store, MANAGER)
    budget_id = budgets.draft(store, 2026, "2026 年售后服务费用预算")
    budgets.set_amount(
        store, budget_id, CostCategory.TRAVEL, customer_id, Department.FIELD_SERVICE, 3, 1000.0
    )
    with pytest.raises(CostRefusal) as refused:
        budgets.approve(store, budget_id)
    assert refused.value.message == rules.M_NOT_APPROVER
    as_user(store, ENGINEER)
    with pytest.raises(CostRefusal):
        budgets.draft(store, 2026)
    as_user(store, FINANCE)
    at = datetime(2026, 1, 10, 2, 0, tzinfo=UTC)
    budgets.approve(store, budget_id, at)
    with store.reading() as session:
        budget = session.get(Budget, budget_id)
        assert budget is not None
        assert (budget.approved_by, budget.approved_at) == (FINANCE, at)
    with pytest.raises(CostRefusal) as again:
        budgets.approve(store, budget_id)
    assert again.value.message == rules.M_ALREADY_APPROVED
    with pytest.raises(CostRefusal) as locked:
        budgets.set_amount(
            store, budget_id, CostCategory.TRAVEL, customer_id, Department.FIELD_SERVICE, 3, 1.0
        )
    assert locked.value.message == rules.M_APPROVED_LOCKED
    from app.services import audit

    approved = [h for h in audit.history(store, "budget", budget_id) if h.field == "approved_by"]
    assert [(h.user_login, h.new_value) for h in approved] == [(FINANCE, FINANCE)]
    view = budgets.budget_view(store, 2026)
    assert view.budget is not None and view.budget.approved_by == FINANCE
    assert view.may_approve and view.may_keep
    travel = [r for r in view.rows if r.category is CostCategory.TRAVEL and r.month == 3]
    # 1,800 of tickets and one hour's travel time at 200 against 1,000 budgeted.
    assert [(r.budget, r.actual, r.variance, r.variance_percent) for r in travel] == [
        (1000.0, 2000.0, 1000.0, 100.0)
    ]


def test_a_draft_carries_last_years_actuals(setup: tuple) -> None:
    store, people, customer_id, unit_id = setup
    _year_with_travel(store, people, unit_id)
    as_user(store, FINANCE)
    budget_id = budgets.draft(store, 2027)
    with store.reading() as session:
        lines = session.scalars(select(BudgetLine).where(BudgetLine.budget_id == budget_id))
        got = {(ln.category, ln.customer_id, ln.department, ln.month): ln.amount for ln in lines}
    # No maintenance visit done in 2026: the visit categories carry over as they were.
    assert got == {
        (CostCategory.MAINTENANCE, customer_id, Department.FIELD_SERVICE, 3): 400.0,
        (CostCategory.TRAVEL, customer_id, Department.FIELD_SERVICE, 3): 2000.0,
    }


def test_budget_vs_actual_exports_to_xlsx_and_reads_back(setup: tuple, tmp_path: Path) -> None:
    store, people, customer_id, unit_id = setup
    _year_with_travel(store, people, unit_id)
    budget_id = budgets.draft(store, 2026)
    budgets.set_amount(
        store, budget_id, CostCategory.TRAVEL, customer_id, Department.FIELD_SERVICE, 3, 1500.0
    )
    view = budgets.budget_view(store, 2026)
    out = tmp_path / "budget.xlsx"
    written = export_budget(view, out, lambda text: text, lambda member: member.label)
    book = load_workbook(out)
    assert book.sheetnames == ["By category", "By project and department"]
    detail = list(book["By project and department"].iter_rows(values_only=True))
    assert detail[0] == (
        "Category", "Project", "Department", "Month", "Budget", "Actual", "Variance",
        "Variance %",
    )  # fmt: skip
    assert ("Travel", "江苏省肿瘤医院", "Field service", 3, 1500, 2000, 500, 33.3) in detail
    summary = list(book["By category"].iter_rows(values_only=True))
    assert ("Travel", "Company-wide", "All departments", 3, 1500, 2000, 500, 33.3) in summary
    assert written == len(detail) - 1 + len(summary) - 1


# --- the migration ---------------------------------------------------------------------------


def test_migration_0027_upgrades_a_database_with_users_and_work(data_dir: Path) -> None:
    path = database_path(data_dir)
    engine = make_engine(path)
    stamps = "'2026-01-05 09:00:00.000000', '2026-01-05 09:00:00.000000', 'old', NULL"
    with engine.begin() as con:
        command.upgrade(alembic_config(con), "0026")
        con.exec_driver_sql(
            "INSERT INTO user (display_name, login, role, phone, id, created_at, updated_at, "
            f"updated_by, deleted_at) VALUES ('李娜', 'li.na', 'engineer', '', 'u1', {stamps})"
        )
    engine.dispose()
    opened = schema.open_database(path, backups_dir(data_dir))
    assert opened.migrated_from == "0026"
    store = Store(opened.engine, data_dir, "li.na")
    with store.session() as session:
        session.add(User(display_name="钱慧", login=FINANCE, role=UserRole.FINANCE))
    as_user(store, FINANCE)
    entries.set_rate(store, "u1", 220.0, date(2026, 1, 1))
    budget_id = budgets.draft(store, 2026)
    budgets.approve(store, budget_id)
    assert budgets.budget_view(store, 2026).budget is not None
    opened.engine.dispose()


def test_parts_cost_per_unit_kpi_comes_from_parts_at_cost(store: Store) -> None:
    from app.domain import local_time
    from app.domain.kpis import Kpi, Level
    from app.services.kpis.tables import load_tables
    from tests.kpi_fixtures import seed_office

    local_time.set_zone("Asia/Shanghai")
    try:
        ids = seed_office(store)
        with store.session() as session:
            part = session.scalars(select(Part)).one()
            part_id = part.id
        _received(store, part_id, 3.0, 900.0)
        _received(store, part_id, 1.0, 1300.0)  # 1,000 a piece on average
        tables = load_tables(store, date(2026, 3, 1), date(2026, 3, 31), levels=(Level.UNIT,))
        (unit,) = tables.tables[Level.UNIT]
        assert unit.key == ids["unit"]
        assert unit.figures[Kpi.PARTS_COST].value == 2000.0  # two motors on "again"
        assert unit.figures[Kpi.PARTS_COST].jobs == (ids["again"],)
    finally:
        local_time.set_zone(None)


def test_a_typed_budget_amount_is_yuan_to_the_fen_and_not_negative() -> None:
    assert rules.parse_budget_amount(" ¥12,500.5 ") == 12500.5
    assert rules.parse_budget_amount("１") == 1.0  # a full-width digit, as a Chinese IME types
    assert rules.parse_budget_amount("") == 0.0
    for text, message in (
        ("-0.01", rules.M_BUDGET_NEGATIVE),
        ("nan", rules.M_BUDGET_NEGATIVE),
        ("0.001", rules.M_BUDGET_PRECISION),
        ("inf", rules.M_BUDGET_TOO_LARGE),
        ("10000000000.01", rules.M_BUDGET_TOO_LARGE),
        ("十万", rules.M_NOT_A_NUMBER),
    ):
        with pytest.raises(CostRefusal) as refused:
            rules.parse_budget_amount(text)
        assert refused.value.message == message, text


def test_own_hours_run_from_a_persons_step_to_the_next_and_are_shared_once() -> None:
    at = datetime(2026, 3, 3, 1, 0, tzinfo=UTC)
    S = WorkOrderState
    steps = [
        rules.Step(at, S.TRAVELLING, "a"),
        rules.Step(at.replace(hour=2), S.IN_PROGRESS, "a"),
        rules.Step(at.replace(hour=4), S.IN_PROGRESS, "b"),
        rules.Step(at.replace(hour=5), S.COMPLETED, "b"),
    ]
    own = rules.own_hours(steps)
    assert own == {"a": {CostKind.TRAVEL_TIME: 1.0, CostKind.LABOUR: 2.0},
                   "b": {CostKind.LABOUR: 1.0}}  # fmt: skip
    labour = {p: h.get(CostKind.LABOUR, 0.0) for p, h in own.items()}
    assert rules.share_hours(6.0, labour, ["a", "b", "c"]) == {"a": 4.0, "b": 2.0}
    assert rules.share_hours(3.0, {}, ["a", "b"]) == {"a": 1.5, "b": 1.5}
    assert rules.share_hours(3.0, labour, []) == {}
