"""Reading and writing the stored forms of a batch: `sync_row` rows as WorkRows (their
JSON texts kept, so they are serialised at most once), and the `sync_change` and
`sync_conflict` records of what a push decided."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Connection, Table, bindparam, select, update

from app.db.codec import natural_key_text
from app.domain.clock import FieldConflict
from sync.protocol import Change
from sync.server.models import SyncChange, SyncConflict, SyncRow
from sync.server.principal import Principal
from sync.server.rules import Decision, WorkRow


@dataclass
class Batch:
    """What one push writes besides rows: the sequence it has reached, and the change
    and conflict records (dicts ready for executemany)."""

    seq: int
    changes: list[dict[str, Any]] = field(default_factory=list)
    conflicts: list[dict[str, Any]] = field(default_factory=list)

    def next_seq(self) -> int:
        self.seq += 1
        return self.seq


dumps = json.JSONEncoder(ensure_ascii=False, allow_nan=False, separators=(",", ":")).encode
_ROW = cast(Table, SyncRow.__table__)
CHANGE = cast(Table, SyncChange.__table__)
CONFLICT = cast(Table, SyncConflict.__table__)


def conflict_out(conflict: FieldConflict) -> dict[str, Any]:
    return {
        "field": conflict.field,
        "kind": conflict.kind,
        "lost_value": conflict.lost_value,
        "lost_clock": conflict.lost_clock,
        "won_value": conflict.won_value,
        "won_clock": conflict.won_clock,
    }


def select_rows(connection: Connection, where: Any) -> Iterable[WorkRow]:
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


def row_texts(row: WorkRow) -> tuple[str, str]:
    """The row's data and clocks as JSON text, serialised at most once."""
    if row.data_text is None:
        row.data_text = dumps(row.data)
    if row.clocks_text is None:
        row.clocks_text = dumps(row.clocks)
    return row.data_text, row.clocks_text


def _live_key(row: WorkRow) -> str | None:
    """A deleted record holds no natural key: a new live one may take it."""
    if row.data.get("deleted_at") is not None:
        return None
    return natural_key_text(row.table, row.data)


def write_rows(connection: Connection, rows: Iterable[WorkRow]) -> None:
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
            "natural_key": _live_key(row),
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
                natural_key=bindparam("natural_key"),
            )
        )
        connection.execute(statement, updates)


def change_record(
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
        "prior": dumps(decision.prior) if decision.prior else None,
        "conflicts": dumps(conflicts) if conflicts else "[]",
        "received_at": now,
    }


def conflict_record(
    change: Change, who: Principal, conflict: FieldConflict, now: datetime
) -> dict[str, Any]:
    return {
        "change_id": change.change_id,
        "table_name": change.table,
        "row_id": change.id,
        "field": conflict.field,
        "kind": conflict.kind,
        "lost_value": dumps(conflict.lost_value),
        "lost_clock": conflict.lost_clock,
        "won_value": dumps(conflict.won_value),
        "won_clock": conflict.won_clock,
        "device_id": who.device_id,
        "user_name": who.user_name,
        "created_at": now,
    }
