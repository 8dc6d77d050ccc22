"""The QA content of issue 11 §4 in the demo: an afterloader's source exchanged, and a
hospital site that set its own action level for the monthly output.

- The exchange is a job of its own on a demo afterloader, done through the services a
  user's actions go through: the source-exchange checklist offered first, filled in
  from the certificate to the old source's return, completed, and the job completed.
- The site is the department of a demo C-arm linac; its physicist (quality control,
  吴敏) stops treating beyond 2.5 % instead of the template's 3 %, with the reason.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select

from app.db.fieldwork import ChecklistRun
from app.db.models import Equipment, EquipmentModel
from app.db.site_levels import SiteActionLevel
from app.domain import local_time
from app.domain.enums import Modality, UserRole, WorkOrderState, WorkOrderType
from app.domain.records import WorkOrderDraft
from app.services.checklists import checklist_runs, site_levels
from app.services.store import Store
from app.services.work_orders import orders, workflow

EXCHANGE = "afterloader_source_exchange"
PHYSICIST_LOGIN = "wu.min"  # quality control in app/demo/people.py
SITE_LEVEL = ("linac_qa_monthly_tg142", "xray_output", "2.5")
SITE_REASON = "科室物理师决定：月检输出偏差超过 2.5% 即停机校准（院内质控制度 2026 版）"
DESCRIPTION = "后装机换源：Ir-192 新源到货（证书已随货），旧源装入运输容器返还厂家"

# The run as the engineer fills it in, item by item.
VALUES = {
    "package_survey": "pass",
    "certificate_received": "pass",
    "new_source_serial": "Ir-192 源编号 D36K-2611",
    "certificate_strength": "40.75 mGy·m²/h（370 GBq），参考日期见证书",
    "certificate_photo": "IMG_4711.jpg",
    "exchange_by_authorised": "pass",
    "old_source_in_container": "pass",
    "new_source_loaded": "pass",
    "instrument_traceable": "pass",
    "source_strength": "-1.2",
    "console_strength_entered": "pass",
    "source_position": "0.4 mm",
    "dwell_time": "60.2 s",
    "wipe_test": "12 Bq",
    "room_survey": "0.35 μSv/h",
    "old_source_serial": "Ir-192 源编号 D36G-1804",
    "container_survey": "表面 18 μSv/h，运输指数 0.3",
    "return_paperwork": "IMG_4725.jpg",
    "authority_notified": "pass",
}


def seed_qa_content(store: Store) -> None:
    """Adds both once; nothing when the demo has no afterloader or C-arm linac."""
    with store.reading() as session:
        if session.scalar(select(ChecklistRun.id).where(ChecklistRun.template_id == EXCHANGE)):
            return
        afterloader = _first_unit(session, Modality.AFTERLOADER)
        linac_site = session.scalar(
            select(Equipment.site_id)
            .join(EquipmentModel, EquipmentModel.id == Equipment.model_id)
            .where(EquipmentModel.model.in_(("TrueBeam", "VitalBeam", "Versa HD")))
            .order_by(Equipment.serial_number)
        )
        has_level = session.scalar(select(SiteActionLevel.id)) is not None
    acting = store.user_login
    store.user_login = PHYSICIST_LOGIN
    try:
        if linac_site is not None and not has_level:
            template_id, item_id, level = SITE_LEVEL
            site_levels.set_level(store, linac_site, template_id, item_id, level, SITE_REASON)
        if afterloader is not None:
            _source_exchange(store, afterloader)
    finally:
        store.user_login = acting


def _first_unit(session: object, modality: Modality) -> str | None:
    from sqlalchemy.orm import Session

    assert isinstance(session, Session)
    return session.scalar(
        select(Equipment.id)
        .join(EquipmentModel, EquipmentModel.id == Equipment.model_id)
        .where(EquipmentModel.modality == modality, Equipment.deleted_at.is_(None))
        .order_by(Equipment.serial_number)
    )


def _source_exchange(store: Store, unit_id: str) -> None:
    """Stamped by the clock as a user's job is (its run's values are entered now)."""
    start = local_time.now() - timedelta(hours=3)
    draft = WorkOrderDraft(
        type=WorkOrderType.PREVENTIVE_MAINTENANCE,
        equipment_id=unit_id,
        description=DESCRIPTION,
        reported_at=start,
    )
    order_id = orders.save_work_order(store, None, draft).id
    steps = (
        WorkOrderState.ACKNOWLEDGED,
        WorkOrderState.ON_SITE,
        WorkOrderState.IN_PROGRESS,
    )
    for minutes, state in enumerate(steps, start=1):
        workflow.move(store, order_id, state, UserRole.SERVICE_MANAGER, at=_at(start, 40 * minutes))
    run_id = checklist_runs.start_run(store, order_id, EXCHANGE)
    for item_id, text in VALUES.items():
        checklist_runs.record_value(store, run_id, item_id, text)
    checklist_runs.complete_run(store, run_id)
    workflow.move(store, order_id, WorkOrderState.COMPLETED, UserRole.SERVICE_MANAGER)


def _at(start: datetime, minutes: int) -> datetime:
    return start + timedelta(minutes=minutes)
