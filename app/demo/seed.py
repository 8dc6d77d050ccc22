"""Demo data: a year of service work on real-world radiotherapy equipment.

Lets a new user (and a screenshot, a test, a benchmark) see Beamside full of plausible
records without typing any. The entry point: the registry (app/demo/registry.py) and
the year's work orders (work_orders.py) are built in memory from fixed seeds
(rows.py) and added in one transaction; then the field work on them (fieldwork.py:
records, checklists, findings, signatures) in another.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import Customer, EquipmentModel, User
from app.demo.company import seed_company
from app.demo.registry import RegistryBuilder
from app.demo.rows import DEMO_BY, DemoRows, first_customer_id
from app.demo.unit_configuration import add_unit_configuration
from app.demo.work_orders import WorkOrderPlanner, add_work_orders
from app.services.store import Store


def seed_demo(store: Store, today: date | None = None) -> int:
    """Adds the demo hospitals, units, staff and a year of work orders up to the day
    before `today`; returns how many work orders were added (0: demo already there)."""
    today = today or date.today()
    with store.session() as session:
        # Checked with deleted rows too: a tombstoned demo must not come back twice.
        if session.get(Customer, first_customer_id()) is not None:
            return 0
        rows = DemoRows(today)
        registry = RegistryBuilder(rows, set(session.scalars(select(User.login))), _models(session))
        registry.build()
        plans = WorkOrderPlanner(rows, registry.units).plan()
        add_work_orders(rows, plans, registry.user_ids)
        for group in rows.groups:
            session.add_all(group)
            session.flush()
        seed_company(session, DEMO_BY)
        add_unit_configuration(session, today)
    from app.demo.fieldwork import seed_field_work

    seeded = seed_field_work(store, today)
    from app.demo.instruments import seed_instruments

    seed_instruments(store, today)
    if seeded:
        from app.demo.releases import seed_releases

        seed_releases(store)
    from app.demo.stock import seed_stock

    seed_stock(store, today)
    from app.demo.purchasing import seed_purchasing

    seed_purchasing(store, today)
    from app.demo.qa_trends import seed_qa_trend

    seed_qa_trend(store, today)
    from app.demo.service_plan import seed_service_plan

    seed_service_plan(store, today)
    from app.demo.uptime import seed_uptime_shortfall

    seed_uptime_shortfall(store, today)
    from app.demo.customer_downtime import seed_customer_downtime

    seed_customer_downtime(store, today)
    from app.demo.upgrades import seed_upgrades

    seed_upgrades(store, today)
    from app.demo.complaints import seed_complaints

    seed_complaints(store, today)
    from app.demo.costs import seed_costs

    seed_costs(store, today)
    from app.demo.staff import seed_staff

    seed_staff(store, today)
    from app.demo.acceptance_specs import seed_acceptance_specs

    seed_acceptance_specs(store)
    return len(plans)


def _models(session: Session) -> dict[tuple[str, str], str]:
    """The user's equipment models by (maker, model), so the demo does not duplicate them."""
    rows = session.execute(
        select(EquipmentModel.maker, EquipmentModel.model, EquipmentModel.id).where(
            EquipmentModel.deleted_at.is_(None)
        )
    )
    return {(maker, model): model_id for maker, model, model_id in rows}
