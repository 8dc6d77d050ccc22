"""The repair record (§4.4) and the installation record (§3) of a work order.

Both are saved as the engineer types (the forms autosave), so each save is a small,
complete transaction; finished or cancelled work is read-only.
"""

from __future__ import annotations

from dataclasses import asdict, fields

from sqlalchemy import select

from app.db.base import utcnow
from app.db.fieldwork import InstallationRecord, RepairRecord
from app.db.models import Equipment, WorkOrder
from app.domain import fault_codes as namespaces
from app.domain import local_time
from app.domain.enums import EquipmentStatus, Modality, TrialRunResult
from app.domain.field_records import InstallationDraft, RepairDraft
from app.services.records import check, editable_order, live, upsert
from app.services.registry import fault_codes
from app.services.store import Store


def modality_of(store: Store, work_order_id: str) -> Modality:
    """The kind of unit a work order is about (it picks the fault-code list)."""
    with store.reading() as session:
        return live(session, WorkOrder, work_order_id).equipment.model.modality


def load_repair(store: Store, work_order_id: str) -> RepairDraft:
    with store.reading() as session:
        record = session.scalar(
            select(RepairRecord).where(
                RepairRecord.work_order_id == work_order_id, RepairRecord.deleted_at.is_(None)
            )
        )
        if record is None:
            order = live(session, WorkOrder, work_order_id)
            return RepairDraft(symptom=order.description)  # as reported, to start from
        return RepairDraft(**{f.name: getattr(record, f.name) for f in fields(RepairDraft)})


def save_repair(store: Store, work_order_id: str, draft: RepairDraft) -> None:
    """Saves the record; the fault code is stored in the unit's namespace, and a code
    that could have harmed someone needs the adverse-event question answered."""
    modality = modality_of(store, work_order_id)
    draft.fault_code = namespaces.qualified(modality, draft.fault_code)
    reportable = fault_codes.is_reportable(modality, draft.fault_code)
    check(draft.validate() + draft.adverse_event_errors(reportable, local_time.today()))
    if draft.back_in_clinical_use and draft.back_in_use_at is None:
        draft.back_in_use_at = utcnow()
    if not draft.back_in_clinical_use:
        draft.back_in_use_at = None
    with store.session() as session:
        order = editable_order(session, work_order_id)
        existing = session.scalar(
            select(RepairRecord.id).where(
                RepairRecord.work_order_id == work_order_id, RepairRecord.deleted_at.is_(None)
            )
        )
        values = asdict(draft)
        values["work_order_id"] = work_order_id
        upsert(session, store, RepairRecord, existing, values)
        if draft.back_in_clinical_use and draft.trial_run_result is TrialRunResult.PASSED:
            unit = session.get(Equipment, order.equipment_id)
            if unit is not None and unit.status is not EquipmentStatus.CLINICAL:
                unit.status = EquipmentStatus.CLINICAL
                unit.updated_by = store.user_login


def load_installation(store: Store, work_order_id: str) -> InstallationDraft:
    with store.reading() as session:
        live(session, WorkOrder, work_order_id)
        record = session.scalar(
            select(InstallationRecord).where(
                InstallationRecord.work_order_id == work_order_id,
                InstallationRecord.deleted_at.is_(None),
            )
        )
        if record is None:
            return InstallationDraft()
        return InstallationDraft(
            **{f.name: getattr(record, f.name) for f in fields(InstallationDraft)}
        )


def save_installation(store: Store, work_order_id: str, draft: InstallationDraft) -> None:
    check(draft.validate())
    with store.session() as session:
        editable_order(session, work_order_id)
        existing = session.scalar(
            select(InstallationRecord.id).where(
                InstallationRecord.work_order_id == work_order_id,
                InstallationRecord.deleted_at.is_(None),
            )
        )
        values = asdict(draft)
        values["work_order_id"] = work_order_id
        upsert(session, store, InstallationRecord, existing, values)
