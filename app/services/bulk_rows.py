"""Many new synced rows written at once, as the flush would write them one by one.

The ORM's unit of work costs about 100 µs per new object before the audit trail and
the sync outbox have seen it; a year's plan for 2,000 units is ~20,000 rows. Here the
rows go in with one Core `insert()` executemany, and the trail and the outbox record
exactly what a flush of the same objects records (services/audit.py `record_inserts`,
services/sync/outbox.py `queue_inserts`), in the caller's transaction: nothing is
skipped, a rolled-back save leaves nothing. benchmarks/plan.py measures it.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from operator import itemgetter
from typing import Any, cast

from sqlalchemy import Connection, Table, bindparam, update
from sqlalchemy.orm import Session

from app.db.base import SYNC_CLOCKS, SyncedMixin, utcnow
from app.db.codec import TableCodec, synced_tables, unchanged
from app.services import audit
from app.services.collector import collector_paused
from app.services.sync import outbox


def insert_new(
    session: Session,
    model: type[SyncedMixin],
    rows: list[dict[str, Any]],
    generation: tuple[str, str, dict[str, Any]] | None = None,
) -> list[dict[str, Any]]:
    """Inserts `rows` (column values as the model's constructor takes them) as new
    records, audited and queued for sync; returns them with their defaults (ids).

    Audited field by field as a flush would, or, when the rows are what a
    `generation` made (what, its id, made from what), as that generation: one entry
    for it and one per row with all its values as queued for sync
    (audit.record_generated)."""
    table = cast(Table, model.__table__)  # type: ignore[attr-defined]
    if not rows:
        return []
    connection = session.connection()
    with collector_paused():
        full = _with_defaults(table, rows)
        # the outbox stamps each row's clocks and gives what it queued of each
        queued = outbox.queue_inserts(connection, table.name, full)
        _store(connection, synced_tables()[table.name], [q.fields for q in queued], full)
        # after the insert: the write lock is held
        if generation is None:
            audit.record_inserts(session, model, full)
        else:
            records = [(q.fields["id"], q.text) for q in queued]
            audit.record_generated(session, table.name, records, generation)
    return full


def _store(
    connection: Connection,
    codec: TableCodec,
    wires: list[dict[str, Any]],
    full: list[dict[str, Any]],
) -> None:
    """Writes the rows in their storage form, converted from the wire values the outbox
    made of them (the form a pull stores, the same bytes the ORM writes: app/db/codec.py),
    with one driver executemany. Raw SQL here (issue 18 §5): Core's per-value type
    processing was a quarter of a plan's save; the statement's names come from the
    mapped table."""
    columns = codec.columns
    take = itemgetter(*columns)
    convert = [
        (i, codec.to_storage[c])
        for i, c in enumerate(columns)
        if codec.to_storage[c] is not unchanged
    ]
    params = []
    for wire, values in zip(wires, full, strict=True):
        row = list(take(wire))
        for i, to_storage in convert:
            row[i] = to_storage(row[i])
        row.append(values[SYNC_CLOCKS])
        params.append(tuple(row))
    names = ", ".join(f'"{c}"' for c in (*columns, SYNC_CLOCKS))
    marks = ", ".join("?" * (len(columns) + 1))
    connection.exec_driver_sql(
        f'INSERT INTO "{codec.table.name}" ({names}) VALUES ({marks})', params
    )


def soft_delete(
    session: Session, model: type[SyncedMixin], rows: list[tuple[str, str]], login: str
) -> None:
    """Soft-deletes records given as (id, their `updated_by`) with one Core update,
    audited and queued for sync as a flush of `deleted_at` and `updated_by` set on
    each: the deletion entry, and an outbox update of the changed fields and the
    `updated_at` stamp. Call it after `insert_new` of the same save: a flush records
    new rows before changed ones."""
    table = cast(Table, model.__table__)  # type: ignore[attr-defined]
    if not rows:
        return
    deleted_at, stamped_at = utcnow(), utcnow()
    connection = session.connection()
    with collector_paused():
        connection.execute(
            update(table).where(table.c.id == bindparam("row_id")),
            [
                {"row_id": row_id, "deleted_at": deleted_at, "updated_at": stamped_at,
                 "updated_by": login}
                for row_id, _by in rows
            ],
        )  # fmt: skip
        audit.record_deletes(session, model, [(row_id, deleted_at) for row_id, _by in rows])
        changed = []
        for row_id, by in rows:
            fields: dict[str, Any] = {"updated_by": login} if by != login else {}
            fields.update(deleted_at=deleted_at, updated_at=stamped_at)
            changed.append((row_id, fields))
        outbox.queue_updates(connection, table.name, changed)


def _with_defaults(table: Table, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Every column's value of each row: given, else the column's default as the ORM
    would set it (a callable one called per row)."""
    fixed, made, known = _defaults(table)
    full = []
    for row in rows:
        if not row.keys() <= known:
            raise KeyError(f"{table.name} has no column {sorted(row.keys() - known)}")
        values = {**fixed, **row}
        for key, default in made:
            if key not in row:
                values[key] = default(None)
        full.append(values)
    return full


@cache
def _defaults(
    table: Table,
) -> tuple[dict[str, Any], list[tuple[str, Callable[[Any], Any]]], frozenset[str]]:
    """(scalar defaults, None for columns without one; callable defaults; column keys)."""
    fixed: dict[str, Any] = {}
    made: list[tuple[str, Callable[[Any], Any]]] = []
    for column in table.columns:
        default = column.default
        if default is None:
            fixed[column.key] = None
        elif default.is_scalar:
            fixed[column.key] = default.arg  # type: ignore[attr-defined]
        elif default.is_callable:
            made.append((column.key, default.arg))  # type: ignore[attr-defined]
        else:
            raise ValueError(f"{table.name}.{column.key}: a default made by the database")
    return fixed, made, frozenset(table.columns.keys())
