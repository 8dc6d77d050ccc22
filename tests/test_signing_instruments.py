"""Which instruments a signed run was measured with is part of the signed record (the
report prints them): the lock refuses changing them, the hash covers them, and a record
without instrument use hashes exactly as it did before they were content."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from app.db.fieldwork import ChecklistRun, ChecklistValue
from app.db.instruments import InstrumentUse
from app.db.models import WorkOrder
from app.domain import signed_record
from app.domain.enums import UserRole
from app.services.checklists import checklist_runs as runs
from app.services.instruments import run_instruments
from app.services.signing import record_lock
from app.services.signing import signatures as signing
from app.services.signing.record_lock import RecordLocked
from app.services.store import Store
from tests.instrument_helpers import add, as_role, run_on_new_order
from tests.test_signing import signature


def _old_content(session: Session, work_order_id: str) -> dict[str, Any]:
    """The canonical content as it was before instrument use was content: the work
    order, its content tables and the checklist values of its runs."""
    skipped = signed_record.UNSIGNED_FIELDS

    def row(record: Any) -> dict[str, Any]:
        mapper = inspect(type(record))
        values = {c.key: getattr(record, c.key) for c in mapper.column_attrs}
        # Fields that did not exist then (signed_record.OPTIONAL_FIELDS) were not there.
        later = {k for k in signed_record.OPTIONAL_FIELDS if values.get(k) in ("", None)}
        return {k: v for k, v in values.items() if k not in skipped | later}

    content: dict[str, Any] = {"work_order": row(session.get(WorkOrder, work_order_id))}
    for model in record_lock.CONTENT:
        rows = session.scalars(
            select(model)
            .where(model.work_order_id == work_order_id, model.deleted_at.is_(None))
            .order_by(model.id)
        )
        content[model.__tablename__] = [row(r) for r in rows]
    run_ids = [run["id"] for run in content["checklist_run"]]
    values = session.scalars(
        select(ChecklistValue)
        .where(ChecklistValue.run_id.in_(run_ids), ChecklistValue.deleted_at.is_(None))
        .order_by(ChecklistValue.run_id, ChecklistValue.item_id)
    )
    content["checklist_value"] = [row(v) for v in values]
    return content


def _run_with_a_value(store: Store) -> tuple[str, str, list[str]]:
    """(work order, run, section ids) of a run with one recorded value."""
    as_role(store, UserRole.SERVICE_MANAGER, "boss")
    run_id = run_on_new_order(store)
    loaded = runs.load_run(store, run_id)
    item = loaded.sections[0].items[0]
    runs.record_value(store, run_id, item.id, "1.0")
    with store.reading() as session:
        order_id = session.get(ChecklistRun, run_id).work_order_id  # type: ignore[union-attr]
    return order_id, run_id, [s.id for s in loaded.sections]


def _sign(store: Store, order_id: str) -> None:
    """A signature as signing writes it (its checks of a finished job aside: what is
    under test is the lock, not when a job may be signed)."""
    with store.session() as session:
        signing.write_signature(session, store, order_id, signature())


def test_a_record_without_instrument_use_hashes_as_before(store: Store) -> None:
    order_id, _run, _sections = _run_with_a_value(store)
    with store.reading() as session:
        old = signed_record.content_hash(_old_content(session, order_id))
        content = record_lock.canonical_content(session, order_id)
        assert content["checklist_value"]  # the old way hashed a real value
        assert "instrument_use" not in content
        assert record_lock.content_hash(session, order_id) == old
    _sign(store, order_id)
    assert signing.signatures_of(store, order_id)[0].record_hash == old


def test_instrument_use_is_hashed_and_locked_once_signed(store: Store) -> None:
    order_id, run_id, sections = _run_with_a_value(store)
    chamber, electrometer, spare = add(store, "000001"), add(store, "000002"), add(store, "000003")
    with store.reading() as session:
        before = record_lock.content_hash(session, order_id)
    run_instruments.set_section_instruments(store, run_id, sections[0], [chamber, electrometer])
    with store.reading() as session:
        after = record_lock.content_hash(session, order_id)
        used = record_lock.canonical_content(session, order_id)["instrument_use"]
        old = signed_record.content_hash(_old_content(session, order_id))
    assert after not in (before, old)  # the instruments are in the hash
    assert {u["instrument_id"] for u in used} == {chamber, electrometer}

    _sign(store, order_id)
    assert signing.signatures_of(store, order_id)[0].record_hash == after
    # Bypassing the services, each change of the instruments is refused: another one,
    with pytest.raises(RecordLocked), store.session() as session:
        session.add(InstrumentUse(run_id=run_id, section_id=sections[1], instrument_id=spare))
    # a swapped one,
    with pytest.raises(RecordLocked), store.session() as session:
        row = session.scalars(select(InstrumentUse).order_by(InstrumentUse.id)).first()
        assert row is not None
        row.instrument_id = spare
    # an unchecked one (a tombstone) and a removed row.
    with pytest.raises(RecordLocked), store.session() as session:
        row = session.scalars(select(InstrumentUse).order_by(InstrumentUse.id)).first()
        assert row is not None
        row.deleted_at = row.created_at
    with pytest.raises(RecordLocked), store.session() as session:
        row = session.scalars(select(InstrumentUse).order_by(InstrumentUse.id)).first()
        session.delete(row)
    with store.reading() as session:
        assert record_lock.content_hash(session, order_id) == after  # as signed
    # An amendment opens the record again, instruments included.
    signing.open_amendment(store, order_id, "仪器记录错误")
    run_instruments_rows(store, run_id, sections[0], spare)
    with store.reading() as session:
        assert record_lock.content_hash(session, order_id) != after


def run_instruments_rows(store: Store, run_id: str, section_id: str, instrument_id: str) -> None:
    """Records one more instrument on the run directly (the run may be completed)."""
    with store.session() as session:
        session.add(
            InstrumentUse(run_id=run_id, section_id=section_id, instrument_id=instrument_id)
        )
