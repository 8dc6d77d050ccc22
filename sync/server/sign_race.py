"""A signature that raced an edit: the signer signed what their laptop showed.

A laptop pushes its changes with the pull `cursor` it had, so the server knows what it
had seen: every sequence number up to the cursor, plus its own device's changes. When
a push adds a signature to a work order, content changes to that order that other
devices pushed *after* the cursor were not part of what was signed. They are reverted
by a new server write (a clock newer than theirs, so every laptop takes it) and each
reverted value is kept as a `signed` conflict for the office, as when such a change
arrives after the signature (rules.py).

What is reverted: a field whose current value is still the unseen change's (a later
seen write is left alone) goes back to its value before the first unseen change; a
content row the signer never saw (inserted after the cursor) is deleted (tombstone).
Workflow fields of the work order itself are not content and stay.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, and_, select

from app.domain.clock import ROW_CLOCK, STAMP_FIELDS, HybridClock, field_clock
from app.domain.signed_record import RUN_CHILD_TABLES, WORK_ORDER, WORKFLOW_FIELDS
from sync.server.models import SyncChange, SyncRow
from sync.server.principal import Principal
from sync.server.records import Batch, dumps, select_rows
from sync.server.rules import CONTENT_TABLES, WorkingSet, WorkRow

SERVER = "server"  # device, user and clock node of the server's own writes
_TABLES = frozenset({*CONTENT_TABLES, *RUN_CHILD_TABLES, WORK_ORDER})
_NOT_CONTENT = frozenset({"id", *STAMP_FIELDS})


@dataclass
class _Revert:
    """The plan for one row: fields to restore, or a tombstone."""

    values: dict[str, Any] = field(default_factory=dict)
    lost: dict[str, tuple[str, str]] = field(default_factory=dict)  # field -> (clock, change)
    delete_by: str = ""  # change id of the unseen insert that made the row


def revert_unseen(
    connection: Connection,
    rows: WorkingSet,
    batch: Batch,
    order_id: str,
    cursor: int,
    signer: Principal,
    now: datetime,
) -> None:
    unseen = connection.execute(
        select(
            SyncChange.change_id,
            SyncChange.table_name,
            SyncChange.row_id,
            SyncChange.op,
            SyncChange.hlc,
            SyncChange.fields,
            SyncChange.prior,
        )
        .join(
            SyncRow,
            and_(
                SyncRow.table_name == SyncChange.table_name,
                SyncRow.row_id == SyncChange.row_id,
            ),
        )
        .where(
            SyncRow.work_order_id == order_id,
            SyncRow.table_name.in_(_TABLES),
            SyncChange.seq > cursor,
            SyncChange.status == "applied",
            SyncChange.device_id.not_in([signer.device_id, SERVER]),  # reverts stay
        )
        .order_by(SyncChange.seq)
    ).all()
    if not unseen:
        return
    missing = {r.row_id for r in unseen if rows.get(r.table_name, r.row_id) is None}
    if missing:
        for loaded in select_rows(connection, SyncRow.row_id.in_(missing)):
            rows.add(loaded)
    plans: dict[tuple[str, str], _Revert] = {}
    for change in unseen:
        row = rows.get(change.table_name, change.row_id)
        if row is None:
            continue
        plan = plans.setdefault((row.table, row.id), _Revert())
        if change.op == "insert" and row.clocks.get(ROW_CLOCK) == change.hlc:
            if row.table != "work_order":
                plan.delete_by = change.change_id
            continue
        prior = json.loads(change.prior) if change.prior else {}
        for name in json.loads(change.fields):
            if name in _NOT_CONTENT or (row.table == "work_order" and name in WORKFLOW_FIELDS):
                continue
            if name in prior and name not in plan.values:
                plan.values[name] = prior[name]
            if field_clock(row.clocks, name) == change.hlc:
                plan.lost[name] = (change.hlc, change.change_id)
    clock = HybridClock(SERVER)
    clock.observe(max(c for r in rows.rows.values() for c in r.clocks.values()))
    for (table, row_id), plan in plans.items():
        target = rows.get(table, row_id)
        assert target is not None
        _apply(target, plan, clock.now(), batch, order_id, signer, now)


def _apply(
    row: WorkRow,
    plan: _Revert,
    hlc: str,
    batch: Batch,
    order_id: str,
    signer: Principal,
    now: datetime,
) -> None:
    if plan.delete_by:
        if row.data.get("deleted_at") is not None:
            return
        taken = {"deleted_at": now.astimezone(UTC).isoformat(timespec="microseconds")}
        lost = {n: (row.clocks.get(n, row.clocks[ROW_CLOCK]), plan.delete_by) for n in row.data}
        lost = {n: v for n, v in lost.items() if n not in _NOT_CONTENT and n != "deleted_at"}
    else:
        taken = {n: plan.values[n] for n in plan.lost if n in plan.values}
        lost = {n: plan.lost[n] for n in taken}
    if not taken:
        return
    prior = {n: row.data.get(n) for n in taken}
    reason = f"signed: not seen by {signer.user_name} when signing work order {order_id}"
    for name, (lost_clock, change_id) in lost.items():
        won = row.data.get(name) if plan.delete_by else taken[name]
        batch.conflicts.append(
            {
                "change_id": change_id,
                "table_name": row.table,
                "row_id": row.id,
                "field": name,
                "kind": "signed",
                "lost_value": dumps(row.data.get(name)),
                "lost_clock": lost_clock,
                "won_value": dumps(won),
                "won_clock": hlc,
                "device_id": SERVER,
                "user_name": SERVER,
                "created_at": now,
            }
        )
    row.data.update(taken)
    row.clocks.update(dict.fromkeys(taken, hlc))
    row.data_text = row.clocks_text = None
    row.dirty = True
    row.seq = batch.next_seq()
    batch.changes.append(
        {
            "change_id": f"server-{uuid.uuid4()}",
            "seq": row.seq,
            "device_id": SERVER,
            "user_name": SERVER,
            "table_name": row.table,
            "row_id": row.id,
            "op": "update",
            "hlc": hlc,
            "fields": dumps(taken),
            "status": "applied",
            "reason": reason,
            "prior": dumps(prior),
            "conflicts": "[]",
            "received_at": now,
        }
    )
