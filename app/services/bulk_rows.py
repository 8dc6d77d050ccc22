"""Many new synced rows written at once, as the flush would write them one by one.

The ORM's unit of work costs about 100 µs per new object before the audit trail and
the sync outbox have seen it; a year's plan for 2,000 units is ~20,000 rows. Here the
rows go in with one Core `insert()` executemany, and the trail and the outbox record
exactly what a flush of the same objects records (services/audit.py `record_inserts`,
services/sync/outbox.py `queue_inserts`), in the caller's transaction: nothing is
skipped, a rolled-back save leaves nothing. benchmarks/plan.py measures it.
"""

from __future__ import annotations

from typing import Any, cast

from sqlalchemy import Table, bindparam, insert, update
from sqlalchemy.orm import Session

from app.db.base import SyncedMixin, utcnow
from app.services import audit
from app.services.collector import collector_paused
from app.services.sync import outbox


def insert_new(
    session: Session, model: type[SyncedMixin], rows: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """Inserts `rows` (column values as the model's constructor takes them) as new
    records, audited and queued for sync; returns them with their defaults (ids)."""
    table = cast(Table, model.__table__)  # type: ignore[attr-defined]
    full = [_with_defaults(table, row) for row in rows]
    if not full:
        return full
    connection = session.connection()
    with collector_paused():
        outbox.queue_inserts(connection, table.name, full)  # stamps each row's clocks
        connection.execute(insert(table), full)
        audit.record_inserts(session, model, full)  # after the insert: the write lock is held
    return full


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


def _with_defaults(table: Table, row: dict[str, Any]) -> dict[str, Any]:
    """Every column's value: given, else the column's default as the ORM would set it."""
    values = dict(row)
    for column in table.columns:
        if column.key in values:
            continue
        default = column.default
        if default is None:
            values[column.key] = None
        elif default.is_scalar:
            values[column.key] = default.arg  # type: ignore[attr-defined]
        elif default.is_callable:
            values[column.key] = default.arg(None)  # type: ignore[attr-defined]
        else:
            raise ValueError(f"{table.name}.{column.key}: a default made by the database")
    unknown = set(values) - set(table.columns.keys())
    if unknown:
        raise KeyError(f"{table.name} has no column {sorted(unknown)}")
    return values
