"""Demo contracts and plans: a contract for every demo unit (its level, PM and
inspection counts by modality), the national holidays as clinical exceptions, the rest
of this year's plan and next year's generated and approved by the demo's service
manager, the work orders due within the lead time issued, and notices sent to the
first hospitals."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select

from app.db.models import Equipment, EquipmentModel
from app.db.service_plan import ClinicalException, ServiceContract
from app.demo.rows import DEMO_BY
from app.domain.enums import ContractLevel, Modality
from app.domain.service_plan import UptimeClock
from app.services.store import Store

MANAGER = "zhou.jianguo"
# (PM visits, inspections) a year by modality.
VISITS = {
    Modality.LINAC: (4, 8),
    Modality.CT_SIMULATOR: (2, 4),
    Modality.AFTERLOADER: (4, 4),
    Modality.TPS: (1, 2),
    Modality.QA_INSTRUMENT: (1, 1),
}
# Public holidays of the planned year the hospitals' radiotherapy departments close on.
HOLIDAYS = {
    (1, 1): "元旦",
    (5, 1): "劳动节",
    (5, 2): "劳动节",
    (10, 1): "国庆节",
    (10, 2): "国庆节",
    (10, 3): "国庆节",
}
NOTICED_HOSPITALS = 3


def seed_service_plan(store: Store, today: date) -> None:
    year = today.year + 1
    with store.session() as session:
        units = session.execute(
            select(
                Equipment.id,
                Equipment.contract_level,
                Equipment.warranty_end,
                Equipment.install_date,
                EquipmentModel.modality,
            )
            .join(EquipmentModel, EquipmentModel.id == Equipment.model_id)
            .where(Equipment.deleted_at.is_(None))
            .order_by(Equipment.serial_number)
        ).all()
        for index, (unit_id, level, warranty_end, installed, modality) in enumerate(units):
            pm, inspections = VISITS.get(Modality(modality), (2, 2))
            starts = (
                date(today.year, 1, 1)
                if installed is None
                else max(installed, date(today.year - 2, 1, 1))
            )
            # A few contracts end soon (to renew), the others run through next year.
            ends = date(year, 12, 31)
            if level is ContractLevel.WARRANTY and warranty_end is not None:
                ends = max(warranty_end, ends)
            if index % 9 == 4:
                ends = today + timedelta(days=10 + 7 * (index // 9))
            session.add(
                ServiceContract(
                    equipment_id=unit_id,
                    number=f"SC-{today.year}-{index + 1:03d}",
                    level=level,
                    starts_on=starts,
                    ends_on=ends,
                    pm_visits_per_year=pm,
                    inspections_per_year=inspections,
                    response_hours=24 if level is ContractLevel.FULL_SERVICE else 48,
                    uptime_percent=95.0
                    if level in (ContractLevel.FULL_SERVICE, ContractLevel.WARRANTY)
                    else 0.0,
                    uptime_clock=UptimeClock.BUSINESS_HOURS
                    if index % 4
                    else UptimeClock.ROUND_THE_CLOCK,
                    updated_by=DEMO_BY,
                )
            )
            session.add_all(
                ClinicalException(
                    equipment_id=unit_id,
                    day=date(year, m, d),
                    hours=0.0,
                    note=name,
                    updated_by=DEMO_BY,
                )
                for (m, d), name in HOLIDAYS.items()
            )
    _plan(store, year, today)


def _plan(store: Store, year: int, today: date) -> None:
    """Generated, approved, issued and noticed as the demo's service manager: the rest
    of this year (so the calendar's current month shows planned work) and next year."""
    from app.services.service_plan import issuing, notices, planning

    acting, store.user_login = store.user_login, MANAGER
    try:
        planning.generate_plan(store, today.year, from_day=today)
        planning.generate_plan(store, year)
        planning.approve(store, year)
        issuing.issue_due_work_orders(store, today)
        grouped = notices.hospitals_with_visits(store, year)
        for customer_id in list(grouped)[:NOTICED_HOSPITALS]:
            count = len(grouped[customer_id])
            notices.record_sent(store, customer_id, year, "zh_CN", today, count)
        # approved after the issuing: their work orders are issued when the manager
        # opens the plan (with the clock's time and numbers, not the demo's)
        planning.approve(store, today.year)
    finally:
        store.user_login = acting
