"""Installed units and their per-unit service archive."""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass
from datetime import date, datetime

from sqlalchemy import select

from app.db.models import Customer, Equipment, EquipmentModel, Site, WorkOrder
from app.domain.enums import (
    ContractLevel,
    EquipmentStatus,
    Modality,
    WorkOrderState,
    WorkOrderType,
)
from app.domain.i18n import QT_TRANSLATE_NOOP
from app.domain.records import EquipmentDraft, FieldError, ValidationError
from app.services.lists import customer_name_en
from app.services.records import check, live, soft_delete, upsert
from app.services.store import Store

DUPLICATE_SERIAL = QT_TRANSLATE_NOOP(
    "Validation", "Another unit of this model already has this serial number."
)
_OPEN_STATES = set(WorkOrderState) - {
    WorkOrderState.CLOSED,
    WorkOrderState.CANCELLED,
    WorkOrderState.CUSTOMER_SIGNED,
}


@dataclass(frozen=True)
class EquipmentSummary:
    """Everything the equipment detail shows above the service history."""

    id: str
    maker: str
    model: str
    modality: Modality
    serial_number: str
    nmpa_registration_no: str
    udi: str
    customer: str
    customer_en: str  # the stored English name ("" when none): English screens show it
    site: str
    install_date: date | None
    acceptance_date: date | None
    warranty_end: date | None
    contract_level: ContractLevel
    status: EquipmentStatus
    clinical_hours: list[float]
    work_orders_by_type: dict[WorkOrderType, int]
    open_work_orders: int
    last_service: datetime | None


def save_equipment(store: Store, equipment_id: str | None, draft: EquipmentDraft) -> str:
    draft.serial_number = draft.serial_number.strip()
    draft.nmpa_registration_no = draft.nmpa_registration_no.strip()
    check(draft.validate())
    with store.session() as session:
        live(session, EquipmentModel, draft.model_id)
        live(session, Site, draft.site_id)
        clash = session.scalar(
            select(Equipment.id).where(
                Equipment.model_id == draft.model_id,
                Equipment.serial_number == draft.serial_number,
                Equipment.deleted_at.is_(None),
                Equipment.id != (equipment_id or ""),
            )
        )
        if clash:
            raise ValidationError([FieldError("serial_number", DUPLICATE_SERIAL)])
        values = asdict(draft)
        values["clinical_hours"] = [float(h) for h in draft.clinical_hours]
        return upsert(session, store, Equipment, equipment_id, values).id


def load_equipment(store: Store, equipment_id: str) -> EquipmentDraft:
    with store.reading() as session:
        e = live(session, Equipment, equipment_id)
        return EquipmentDraft(
            model_id=e.model_id,
            site_id=e.site_id,
            serial_number=e.serial_number,
            nmpa_registration_no=e.nmpa_registration_no,
            udi=e.udi,
            install_date=e.install_date,
            acceptance_date=e.acceptance_date,
            warranty_end=e.warranty_end,
            contract_level=e.contract_level,
            status=e.status,
            clinical_hours=list(e.clinical_hours),
        )


def delete_equipment(store: Store, equipment_id: str) -> None:
    """Soft-deletes the unit; its work orders stay in the archive."""
    soft_delete(store, Equipment, equipment_id)


def equipment_summary(store: Store, equipment_id: str) -> EquipmentSummary:
    with store.reading() as session:
        e = live(session, Equipment, equipment_id)
        site = session.get(Site, e.site_id)
        customer = session.get(Customer, site.customer_id) if site else None
        rows = session.execute(
            select(WorkOrder.type, WorkOrder.state, WorkOrder.finished_at).where(
                WorkOrder.equipment_id == equipment_id, WorkOrder.deleted_at.is_(None)
            )
        ).all()
        finished = [r.finished_at for r in rows if r.finished_at is not None]
        return EquipmentSummary(
            id=e.id,
            maker=e.model.maker,
            model=e.model.model,
            modality=e.model.modality,
            serial_number=e.serial_number,
            nmpa_registration_no=e.nmpa_registration_no,
            udi=e.udi,
            customer=customer.name_zh if customer else "",
            customer_en=customer.name_en if customer else "",
            site=site.name if site else "",
            install_date=e.install_date,
            acceptance_date=e.acceptance_date,
            warranty_end=e.warranty_end,
            contract_level=e.contract_level,
            status=e.status,
            clinical_hours=list(e.clinical_hours),
            work_orders_by_type=dict(Counter(r.type for r in rows)),
            open_work_orders=sum(1 for r in rows if r.state in _OPEN_STATES),
            last_service=max(finished) if finished else None,
        )


def model_choices(store: Store) -> list[tuple[str, str]]:
    """(id, "maker model") of every equipment model, for pickers."""
    with store.reading() as session:
        rows = session.execute(
            select(EquipmentModel.id, EquipmentModel.maker, EquipmentModel.model)
            .where(EquipmentModel.deleted_at.is_(None))
            .order_by(EquipmentModel.maker, EquipmentModel.model)
        )
        return [(r[0], f"{r[1]} {r[2]}") for r in rows]


def equipment_choices(store: Store, english: bool = False) -> list[tuple[str, str]]:
    """(id, "hospital · model · serial") of every unit, for the work-order form;
    `english`: the hospital by its stored English name (English screens)."""
    hospital = customer_name_en if english else Customer.name_zh
    with store.reading() as session:
        rows = session.execute(
            select(Equipment.id, hospital, EquipmentModel.model, Equipment.serial_number)
            .join(EquipmentModel, EquipmentModel.id == Equipment.model_id)
            .join(Site, Site.id == Equipment.site_id)
            .join(Customer, Customer.id == Site.customer_id)
            .where(Equipment.deleted_at.is_(None))
            .order_by(hospital, EquipmentModel.model)
        )
        return [(r[0], f"{r[1]} · {r[2]} · {r[3]}") for r in rows]
