"""The lock on signed records: their canonical content, its hash, and a guard on every
flush of every Beamside session that refuses changes to a signed work order's content
(unless an amendment is open). It lives apart from signing.py so Store can install it.
What a signature covers (tables, workflow fields, the hash) is the shared kernel's
`app/domain/signed_record.py`, which the sync server's push rules follow too.
"""

from __future__ import annotations

import weakref
from typing import Any

from sqlalchemy import event, inspect, select
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.attributes import get_history

from app.db.fieldwork import (
    Attachment,
    ChecklistRun,
    ChecklistValue,
    Finding,
    InstallationRecord,
    PartUsage,
    RepairRecord,
    RunningParameter,
)
from app.db.instruments import InstrumentUse
from app.db.models import WorkOrder, WorkOrderAssignment
from app.db.signing import Amendment, Signature
from app.db.training import Trainee
from app.db.unit_configuration import ChecklistBeamValue
from app.domain import signed_record
from app.domain.i18n import QT_TRANSLATE_NOOP
from app.domain.records import FieldError, ValidationError

LOCKED = QT_TRANSLATE_NOOP(
    "Validation", "This record is signed and cannot be changed; amend it to correct it."
)


class RecordLocked(ValidationError):
    def __init__(self) -> None:
        super().__init__([FieldError("", LOCKED)])


# Rows whose content is part of the signed record (all carry work_order_id): the models
# of signed_record.CONTENT_TABLES, in its order (a test holds them together).
CONTENT = (
    RepairRecord,
    InstallationRecord,
    ChecklistRun,
    PartUsage,
    Finding,
    RunningParameter,
    WorkOrderAssignment,
    Attachment,
    Trainee,
)
# Rows that are content through their checklist run (all carry run_id): the models of
# signed_record.RUN_CHILD_TABLES, in its order, with the order their rows are hashed in.
RUN_CHILDREN = (ChecklistValue, InstrumentUse, ChecklistBeamValue)
_RUN_CHILD_ORDER: dict[type, tuple[Any, ...]] = {
    ChecklistValue: (ChecklistValue.run_id, ChecklistValue.item_id),
    InstrumentUse: (InstrumentUse.run_id, InstrumentUse.section_id, InstrumentUse.instrument_id),
    ChecklistBeamValue: (
        ChecklistBeamValue.run_id,
        ChecklistBeamValue.item_id,
        ChecklistBeamValue.beam_id,
    ),
}
# What may still change on a signed work order: its workflow (closing it, for one).
WORKFLOW_FIELDS = signed_record.WORKFLOW_FIELDS
_SKIPPED = signed_record.UNSIGNED_FIELDS


def _row(record: Any) -> dict[str, Any]:
    mapper = inspect(type(record))
    row = {c.key: getattr(record, c.key) for c in mapper.column_attrs if c.key not in _SKIPPED}
    for key in signed_record.OPTIONAL_FIELDS & row.keys():
        if row[key] in ("", None):  # a field added later, empty: as signed before it
            del row[key]
    return row


def canonical_content(session: Session, work_order_id: str) -> dict[str, Any]:
    """The record as signed: the work order and every live row recorded on it."""
    order = session.get(WorkOrder, work_order_id)
    content: dict[str, Any] = {"work_order": _row(order)}
    for model in CONTENT:
        rows = session.scalars(
            select(model)
            .where(model.work_order_id == work_order_id, model.deleted_at.is_(None))
            .order_by(model.id)
        )
        content[model.__tablename__] = [_row(r) for r in rows]
    run_ids = [run["id"] for run in content[ChecklistRun.__tablename__]]
    for child in RUN_CHILDREN:
        rows = session.scalars(
            select(child)
            .where(child.run_id.in_(run_ids), child.deleted_at.is_(None))
            .order_by(*_RUN_CHILD_ORDER[child])
        )
        found = [_row(r) for r in rows]
        # An optional table is left out when empty: records signed before it was content
        # keep their hash.
        if found or child.__tablename__ not in signed_record.OPTIONAL_TABLES:
            content[child.__tablename__] = found
    return content


def content_hash(session: Session, work_order_id: str) -> str:
    """The hash a signature fixes: the shared rule over the record as it is now."""
    return signed_record.content_hash(canonical_content(session, work_order_id))


# --- the lock ---------------------------------------------------------------------------


def open_amendment_of(session: Session, work_order_id: str) -> Amendment | None:
    """The newest amendment no signature has closed yet."""
    latest = session.scalars(
        select(Amendment)
        .where(Amendment.work_order_id == work_order_id, Amendment.deleted_at.is_(None))
        .order_by(Amendment.created_at.desc())
    ).first()
    if latest is None:
        return None
    signed = session.scalar(select(Signature.id).where(Signature.amendment_id == latest.id))
    return None if signed else latest


def is_locked(session: Session, work_order_id: str) -> bool:
    signed = session.scalar(
        select(Signature.id).where(
            Signature.work_order_id == work_order_id, Signature.deleted_at.is_(None)
        )
    )
    return bool(signed) and open_amendment_of(session, work_order_id) is None


def _touched_orders(session: Session) -> set[str]:
    """Work orders whose signed content this flush would change."""
    ids: set[str] = set()
    run_ids: set[str] = set()
    for record in (*session.new, *session.dirty, *session.deleted):
        if isinstance(record, WorkOrder):
            if record in session.new:
                continue
            state = inspect(record)
            changed = {a.key for a in state.attrs if a.history.has_changes()}
            if changed - WORKFLOW_FIELDS:
                ids.add(record.id)
        elif isinstance(record, CONTENT):
            ids.add(record.work_order_id)
        elif isinstance(record, RUN_CHILDREN):
            run_ids.add(record.run_id)
            before = get_history(record, "run_id").deleted
            run_ids.update(r for r in before if isinstance(r, str))  # moved off a run
    pending = {r.id: r.work_order_id for r in session.new if isinstance(r, ChecklistRun)}
    stored = set(run_ids) - set(pending)
    if stored:  # one query for all, not one per value
        pending.update(
            session.execute(
                select(ChecklistRun.id, ChecklistRun.work_order_id).where(
                    ChecklistRun.id.in_(stored)
                )
            )
            .tuples()
            .all()
        )
    ids.update(pending[r] for r in run_ids if r in pending)
    return ids


def _refuse_changes_to_signed(session: Session, _context: object, _instances: object) -> None:
    with session.no_autoflush:
        for work_order_id in _touched_orders(session):
            if is_locked(session, work_order_id):
                raise RecordLocked()


def install(factory: sessionmaker[Session]) -> None:
    """Guards every session the factory makes (called by Store)."""
    # Not `event.contains`: SQLAlchemy's registry is keyed by id(), so a new factory at
    # the address of a collected one looked guarded and was not.
    if factory.class_ not in _INSTALLED:
        event.listen(factory, "before_flush", _refuse_changes_to_signed)
        _INSTALLED.add(factory.class_)


_INSTALLED: weakref.WeakSet[type] = weakref.WeakSet()  # Session classes of factories
