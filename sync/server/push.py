"""The push: a batch of changes checked, merged and stored in one ordered transaction.

Order. The transaction first takes the `counter` row named "seq" FOR UPDATE
(PostgreSQL) — on SQLite `BEGIN IMMEDIATE` already holds the database's write lock —
and keeps it until commit. Every row the batch writes gets the next numbers of that
counter, so no push can commit a smaller sequence number after a larger one became
visible: a pull cursor never skips a change committed late, with any number of server
processes on one PostgreSQL.

Speed. The database work is per batch, not per change: one query for the change ids
already seen, one for the rows touched, one each for the checklist runs and the
signatures/amendments the lock rules need; then the rules run in memory
(rules.decide) and the results go back with one executemany per table.

Cheap checks that need no database (types, clocks) run before the lock is taken, so
the lock is held only for the reads, the merge and the writes.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Connection, Table, bindparam, select, update

from sync.clock import FieldConflict
from sync.protocol import Change
from sync.server.catalog import storable_text
from sync.server.db import Database
from sync.server.models import SEQ_COUNTER, Counter, Device, SyncChange, SyncConflict, SyncRow
from sync.server.principal import Principal
from sync.server.rules import (
    CONTENT_TABLES,
    LOCK_TABLES,
    Decision,
    WorkingSet,
    WorkRow,
    decide,
    validate,
)

_dumps = json.JSONEncoder(ensure_ascii=False, allow_nan=False, separators=(",", ":")).encode
_ROW = cast(Table, SyncRow.__table__)
_CHANGE = cast(Table, SyncChange.__table__)
_CONFLICT = cast(Table, SyncConflict.__table__)


@dataclass
class Outcome:
    """One change's result, as ChangeResult fields (row as a WorkRow)."""

    change_id: str
    status: str
    reason: str
    conflicts: list[dict[str, Any]]
    row: WorkRow | None


def conflict_out(conflict: FieldConflict) -> dict[str, Any]:
    return {
        "field": conflict.field,
        "kind": conflict.kind,
        "lost_value": conflict.lost_value,
        "lost_clock": conflict.lost_clock,
        "won_value": conflict.won_value,
        "won_clock": conflict.won_clock,
    }


def push(db: Database, who: Principal, changes: list[Change], now: datetime) -> list[Outcome]:
    now_ms = int(now.timestamp() * 1000)
    checked = [validate(change, now_ms) for change in changes]
    with db.write() as connection:
        seq = connection.execute(
            select(Counter.value).where(Counter.name == SEQ_COUNTER).with_for_update()
        ).scalar_one()
        seen = _seen_changes(connection, changes)
        rows = _load_rows(connection, changes)
        outcomes: list[Outcome] = []
        change_records: list[dict[str, Any]] = []
        conflict_records: list[dict[str, Any]] = []
        for change, (invalid, fields_json) in zip(changes, checked, strict=True):
            stored = seen.get(change.change_id)
            if stored is not None:
                row = rows.get(change.table, change.id)
                outcomes.append(Outcome(change.change_id, "duplicate", *stored, row))
                continue
            decision = decide(change, who.role, rows, invalid, fields_json)
            if decision.changed and decision.row is not None:
                seq += 1
                decision.row.seq = seq
            conflicts = [conflict_out(c) for c in decision.conflicts]
            outcomes.append(
                Outcome(change.change_id, decision.status, decision.reason, conflicts, decision.row)
            )
            seen[change.change_id] = (decision.reason, conflicts)
            if _storable(change):
                change_records.append(
                    _change_record(change, who, decision, fields_json, conflicts, seq, now)
                )
                conflict_records.extend(
                    _conflict_record(change, who, c, now) for c in decision.conflicts
                )
        _write_rows(connection, rows.rows.values())
        connection.execute(update(Counter).where(Counter.name == SEQ_COUNTER).values(value=seq))
        if change_records:
            connection.execute(_CHANGE.insert(), change_records)
        if conflict_records:
            connection.execute(_CONFLICT.insert(), conflict_records)
        connection.execute(
            update(Device).where(Device.device_id == who.device_id).values(last_push_at=now)
        )
    return outcomes


def _storable(change: Change) -> bool:
    return all(storable_text(t) for t in (change.change_id, change.table, change.id, change.hlc))


def _seen_changes(
    connection: Connection, changes: list[Change]
) -> dict[str, tuple[str, list[dict[str, Any]]]]:
    """change id → (reason, conflicts) of changes stored before."""
    ids = [c.change_id for c in changes if storable_text(c.change_id)]
    if not ids:
        return {}
    found = connection.execute(
        select(SyncChange.change_id, SyncChange.reason, SyncChange.conflicts).where(
            SyncChange.change_id.in_(ids)
        )
    )
    return {cid: (reason, json.loads(conflicts)) for cid, reason, conflicts in found}


def _select_rows(connection: Connection, where: Any) -> Iterable[WorkRow]:
    result = connection.execute(
        select(
            SyncRow.table_name,
            SyncRow.row_id,
            SyncRow.data,
            SyncRow.clocks,
            SyncRow.work_order_id,
            SyncRow.seq,
        ).where(where)
    )
    for table, row_id, data, clocks, order_id, seq in result:
        yield WorkRow(
            table,
            row_id,
            json.loads(data),
            json.loads(clocks),
            order_id,
            seq,
            data_text=data,
            clocks_text=clocks,
        )


def _load_rows(connection: Connection, changes: list[Change]) -> WorkingSet:
    """Rows the batch changes, the checklist runs of its checklist values, and the
    signatures and amendments of the work orders it touches."""
    rows = WorkingSet()
    ids = {c.id for c in changes if storable_text(c.id)}
    if ids:
        for row in _select_rows(connection, SyncRow.row_id.in_(ids)):
            rows.add(row)
    run_ids = set()
    for change in changes:
        if change.table == "checklist_value":
            current = rows.get(change.table, change.id)
            for run_id in (change.fields.get("run_id"), current and current.data.get("run_id")):
                if isinstance(run_id, str) and storable_text(run_id):
                    run_ids.add(run_id)
    run_ids -= {row_id for table, row_id in rows.rows if table == "checklist_run"}
    if run_ids:
        where = (SyncRow.table_name == "checklist_run") & SyncRow.row_id.in_(run_ids)
        for row in _select_rows(connection, where):
            rows.add(row)
    orders = _orders_touched(changes, rows)
    if orders:
        where = SyncRow.work_order_id.in_(orders) & SyncRow.table_name.in_(LOCK_TABLES)
        for row in _select_rows(connection, where):
            if (row.table, row.id) not in rows.rows:
                rows.add(row)
    return rows


def _orders_touched(changes: list[Change], rows: WorkingSet) -> set[str]:
    orders: set[str] = set()
    for change in changes:
        current = rows.get(change.table, change.id)
        candidates: list[Any] = [current.work_order_id if current else None]
        if change.table == "work_order":
            candidates.append(change.id)
        elif change.table in CONTENT_TABLES or change.table in LOCK_TABLES:
            candidates.append(change.fields.get("work_order_id"))
        elif change.table == "checklist_value":
            run = rows.get("checklist_run", change.fields.get("run_id"))
            candidates.append(run.work_order_id if run else None)
        orders.update(c for c in candidates if isinstance(c, str) and storable_text(c))
    return orders


def row_texts(row: WorkRow) -> tuple[str, str]:
    """The row's data and clocks as JSON text, serialised at most once."""
    if row.data_text is None:
        row.data_text = _dumps(row.data)
    if row.clocks_text is None:
        row.clocks_text = _dumps(row.clocks)
    return row.data_text, row.clocks_text


def _write_rows(connection: Connection, rows: Iterable[WorkRow]) -> None:
    inserts: list[dict[str, Any]] = []
    updates: list[dict[str, Any]] = []
    for row in rows:
        if not row.dirty:
            continue
        values = {
            "data": row_texts(row)[0],
            "clocks": row_texts(row)[1],
            "seq": row.seq,
            "work_order_id": row.work_order_id,
        }
        if row.stored:
            updates.append({"k_table": row.table, "k_id": row.id, **values})
        else:
            inserts.append({"table_name": row.table, "row_id": row.id, **values})
        row.stored, row.dirty = True, False
    if inserts:
        connection.execute(_ROW.insert(), inserts)
    if updates:
        statement = (
            update(_ROW)
            .where(_ROW.c.table_name == bindparam("k_table"), _ROW.c.row_id == bindparam("k_id"))
            .values(
                data=bindparam("data"),
                clocks=bindparam("clocks"),
                seq=bindparam("seq"),
                work_order_id=bindparam("work_order_id"),
            )
        )
        connection.execute(statement, updates)


def _change_record(
    change: Change,
    who: Principal,
    decision: Decision,
    fields_json: str,
    conflicts: list[dict[str, Any]],
    seq: int,
    now: datetime,
) -> dict[str, Any]:
    return {
        "change_id": change.change_id,
        "seq": seq if decision.changed else None,
        "device_id": who.device_id,
        "user_name": who.user_name,
        "table_name": change.table,
        "row_id": change.id,
        "op": change.op,
        "hlc": change.hlc,
        "fields": fields_json,
        "status": decision.status,
        "reason": decision.reason,
        "prior": _dumps(decision.prior) if decision.prior else None,
        "conflicts": _dumps(conflicts) if conflicts else "[]",
        "received_at": now,
    }


def _conflict_record(
    change: Change, who: Principal, conflict: FieldConflict, now: datetime
) -> dict[str, Any]:
    return {
        "change_id": change.change_id,
        "table_name": change.table,
        "row_id": change.id,
        "field": conflict.field,
        "kind": conflict.kind,
        "lost_value": _dumps(conflict.lost_value),
        "lost_clock": conflict.lost_clock,
        "won_value": _dumps(conflict.won_value),
        "won_clock": conflict.won_clock,
        "device_id": who.device_id,
        "user_name": who.user_name,
        "created_at": now,
    }
