"""The repair record (§4.4) and the installation record (§3) of a work order.

Both are saved as the engineer types (the forms autosave), so each save is a small,
complete transaction; finished or cancelled work is read-only.
"""

from __future__ import annotations

from dataclasses import asdict, fields

from sqlalchemy import select

from app.db.fieldwork import InstallationRecord, RepairRecord
from app.db.models import WorkOrder
from app.domain import fault_codes as namespaces
from app.domain import local_time
from app.domain.enums import Modality
from app.domain.field_records import InstallationDraft, RepairDraft
from app.domain.i18n import QT_TRANSLATE_NOOP
from app.domain.records import FieldError, ValidationError
from app.services.clinical import acceptance
from app.services.clinical.return_to_service import return_to_service
from app.services.records import check, editable_order, live, upsert
from app.services.store import Store

UNKNOWN_COMPONENT = QT_TRANSLATE_NOOP("Validation", "This component is not on the list.")


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
        values = {f.name: getattr(record, f.name) for f in fields(RepairDraft)}
        values["replaced_components"] = tuple(record.replaced_components.split())
        return RepairDraft(**values)


def save_repair(store: Store, work_order_id: str, draft: RepairDraft) -> None:
    """Saves the record; the fault code is stored in the unit's namespace, and a
    replaced major component flags the unit for acceptance-level testing in the same
    transaction (app/services/clinical/acceptance.py). The adverse-event question of a
    possibly reportable code may stay open here: signing waits for it."""
    draft.fault_code = namespaces.qualified(modality_of(store, work_order_id), draft.fault_code)
    check(draft.validate() + draft.adverse_event_errors(local_time.today()))
    known = return_to_service().components
    unknown = [c for c in draft.replaced_components if c not in known]
    if unknown:
        raise ValidationError([FieldError("replaced_components", UNKNOWN_COMPONENT)])
    with store.session() as session:
        order = editable_order(session, work_order_id)
        existing = session.scalar(
            select(RepairRecord.id).where(
                RepairRecord.work_order_id == work_order_id, RepairRecord.deleted_at.is_(None)
            )
        )
        values = asdict(draft)
        values["replaced_components"] = " ".join(dict.fromkeys(draft.replaced_components))
        values["work_order_id"] = work_order_id
        upsert(session, store, RepairRecord, existing, values)
        acceptance.flag_replacements(session, store, order, draft.replaced_components)


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
