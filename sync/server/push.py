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

A signature added by the batch also reverts the content edits its signer had not
seen (sign_race.py), in the same transaction.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, select, update

from app.db.codec import natural_key_text
from app.domain.clock import make_hlc, parse_hlc
from sync.protocol import Change, Code, code_of
from sync.server.catalog import storable_text
from sync.server.db import Database
from sync.server.models import SEQ_COUNTER, Counter, Device, ServerUser, SyncChange, SyncRow
from sync.server.permissions import DECIDER_FIELDS, STOCK_LOCATION_FIELDS
from sync.server.principal import Principal
from sync.server.records import (
    CHANGE,
    CONFLICT,
    Batch,
    change_record,
    conflict_out,
    conflict_record,
    select_rows,
    write_rows,
)
from sync.server.release_gate import release_refusal
from sync.server.rules import (
    CONTENT_TABLES,
    LOCK_TABLES,
    OWN_JOB_TABLES,
    RUN_CHILD_TABLES,
    Author,
    WorkingSet,
    WorkRow,
    decide,
    explained_steps,
    parent_ids,
    validate,
)
from sync.server.sign_race import revert_unseen

MAX_CURSOR = 2**62


@dataclass
class Outcome:
    """One change's result, as ChangeResult fields (row as a WorkRow)."""

    change_id: str
    status: str
    reason: str
    conflicts: list[dict[str, Any]]
    row: WorkRow | None
    code: Code | None = None


def push(
    db: Database, who: Principal, changes: list[Change], now: datetime, cursor: int = 0
) -> list[Outcome]:
    """Applies a batch; `cursor` is the pull cursor the laptop had (what it had seen)."""
    now_ms = int(now.timestamp() * 1000)
    checked = [validate(change, now_ms) for change in changes]
    changes = clamp_clocks(changes, [invalid for invalid, _ in checked], now_ms)
    author = Author(who.role, who.user_name, now, explained_steps(changes))
    valid = [c for c, (invalid, _) in zip(changes, checked, strict=True) if invalid is None]
    with db.write() as connection:
        if any(c.table in DECIDER_FIELDS for c in valid):
            names = connection.execute(select(ServerUser.name)).scalars()
            author = replace(author, accounts=frozenset(names))
        seq = connection.execute(
            select(Counter.value).where(Counter.name == SEQ_COUNTER).with_for_update()
        ).scalar_one()
        batch = Batch(seq)
        seen = _seen_changes(connection, changes)
        rows = _load_rows(connection, valid)
        outcomes: list[Outcome] = []
        signed: list[str] = []  # work orders a signature of this batch was added to
        for change, (invalid, fields_json) in zip(changes, checked, strict=True):
            stored = seen.get(change.change_id)
            if stored is not None:
                row = rows.get(change.table, change.id)
                # a replayed refusal's code is read back from its stored reason
                reason, replayed = stored
                code = code_of(reason) if reason else None
                outcomes.append(Outcome(change.change_id, "duplicate", reason, replayed, row, code))
                continue
            invalid = invalid or release_refusal(connection, change, rows)
            decision = decide(change, author, rows, invalid, fields_json)
            row = decision.row
            if decision.changed and row is not None:
                row.seq = batch.next_seq()
                if change.table == "signature" and change.op == "insert" and row.work_order_id:
                    signed.append(row.work_order_id)
            conflicts = [conflict_out(c) for c in decision.conflicts]
            outcomes.append(
                Outcome(
                    change.change_id,
                    decision.status,
                    decision.reason,
                    conflicts,
                    row,
                    decision.refusal_code(),
                )
            )
            seen[change.change_id] = (decision.reason, conflicts)
            if _storable(change):
                batch.changes.append(
                    change_record(change, who, decision, fields_json, conflicts, batch.seq, now)
                )
                batch.conflicts.extend(
                    conflict_record(change, who, c, now) for c in decision.conflicts
                )
        for order_id in dict.fromkeys(signed):
            revert_unseen(connection, rows, batch, order_id, min(cursor, MAX_CURSOR), who, now)
        write_rows(connection, rows.rows.values())
        connection.execute(
            update(Counter).where(Counter.name == SEQ_COUNTER).values(value=batch.seq)
        )
        if batch.changes:
            connection.execute(CHANGE.insert(), batch.changes)
        if batch.conflicts:
            connection.execute(CONFLICT.insert(), batch.conflicts)
        connection.execute(
            update(Device).where(Device.device_id == who.device_id).values(last_push_at=now)
        )
    return outcomes


def clamp_clocks(changes: list[Change], invalid: list[str | None], now_ms: int) -> list[Change]:
    """Valid changes whose clock is ahead of the server's time get the server's time
    instead (issue 21): a laptop whose clock runs ahead — or that claims so — wins
    nothing by it. The clamped clocks keep the order the author gave them, after every
    other clock of the batch at this millisecond; a base naming a clamped clock of the
    batch (a second edit of one field) names the new one."""
    ahead = sorted(
        (change.hlc, i)
        for i, (change, why) in enumerate(zip(changes, invalid, strict=True))
        if why is None and parse_hlc(change.hlc)[0] > now_ms
    )
    if not ahead:
        return changes
    counter = 1 + max(
        (parse_hlc(c.hlc)[1] for c, why in zip(changes, invalid, strict=True)
         if why is None and parse_hlc(c.hlc)[0] == now_ms),
        default=-1,
    )  # fmt: skip
    renamed: dict[str, str] = {}
    for hlc, _ in ahead:
        if hlc not in renamed:
            renamed[hlc] = make_hlc(now_ms, min(counter, 9999), parse_hlc(hlc)[2])
            counter += 1
    out = list(changes)
    for i, change in enumerate(changes):
        hlc = renamed.get(change.hlc, change.hlc) if invalid[i] is None else change.hlc
        base = {k: renamed.get(v, v) if v else v for k, v in change.base.items()}
        if hlc != change.hlc or base != change.base:
            out[i] = change.model_copy(update={"hlc": hlc, "base": base})
    return out


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


def _load_rows(connection: Connection, changes: list[Change]) -> WorkingSet:
    """Rows the batch changes, the checklist runs of its run children (checklist values,
    instrument use), and the signatures and amendments of the work orders it touches."""
    rows = WorkingSet()
    ids = {c.id for c in changes if storable_text(c.id)}
    if ids:
        for row in select_rows(connection, SyncRow.row_id.in_(ids)):
            rows.add(row)
    keys: dict[str, set[str]] = {}
    for change in changes:
        key = natural_key_text(change.table, change.fields) if change.op == "insert" else None
        if key is not None:
            keys.setdefault(change.table, set()).add(key)
    for table, wanted in keys.items():
        where = (SyncRow.table_name == table) & SyncRow.natural_key.in_(wanted)
        for row in select_rows(connection, where):
            if (row.table, row.id) not in rows.rows:
                rows.add(row)
    run_ids = set()
    for change in changes:
        if change.table in RUN_CHILD_TABLES:
            current = rows.get(change.table, change.id)
            for run_id in (change.fields.get("run_id"), current and current.data.get("run_id")):
                if isinstance(run_id, str) and storable_text(run_id):
                    run_ids.add(run_id)
    run_ids -= {row_id for table, row_id in rows.rows if table == "checklist_run"}
    if run_ids:
        where = (SyncRow.table_name == "checklist_run") & SyncRow.row_id.in_(run_ids)
        for row in select_rows(connection, where):
            rows.add(row)
    plan_lines = {c.fields.get("plan_line_id") for c in changes if c.table == "purchase_order_line"}
    wanted_lines = {i for i in plan_lines if isinstance(i, str) and storable_text(i)}
    wanted_lines -= {row_id for table, row_id in rows.rows if table == "purchase_plan_line"}
    if wanted_lines:  # an order line is checked against its plan line's decision
        where = (SyncRow.table_name == "purchase_plan_line") & SyncRow.row_id.in_(wanted_lines)
        for row in select_rows(connection, where):
            rows.add(row)
    moved = {c.id for c in changes if c.table == "work_order" and "state" in c.fields}
    if moved:  # their workflow events, which may explain a reopening pushed earlier
        where = (SyncRow.table_name == "work_order_event") & SyncRow.work_order_id.in_(moved)
        for row in select_rows(connection, where):
            rows.add(row)
    places: set[str] = set()
    for change in changes:
        current = rows.get(change.table, change.id)
        fields = {**(current.data if current else {}), **change.fields}
        for name in STOCK_LOCATION_FIELDS.get(change.table, ()):
            if isinstance(fields.get(name), str) and storable_text(fields[name]):
                places.add(fields[name])
    places -= {row_id for table, row_id in rows.rows if table == "stock_location"}
    if places:  # the kits a stock change names: whose they are decides who may
        where = (SyncRow.table_name == "stock_location") & SyncRow.row_id.in_(places)
        for row in select_rows(connection, where):
            rows.add(row)
    _load_cost_jobs(connection, changes, rows)
    _load_parents(connection, changes, rows)
    _load_budgets(connection, changes, rows)
    orders = _orders_touched(changes, rows)
    if orders:
        where = SyncRow.work_order_id.in_(orders) & SyncRow.table_name.in_(LOCK_TABLES)
        for row in select_rows(connection, where):
            if (row.table, row.id) not in rows.rows:
                rows.add(row)
    return rows


def _load_parents(connection: Connection, changes: list[Change], rows: WorkingSet) -> None:
    """The complaints a complaint entry or link names: whose they are decides who may
    write it (`permissions.own_row_refusal`)."""
    wanted: dict[str, set[str]] = {}
    for change in changes:
        for table, row_id in parent_ids(change, rows.get(change.table, change.id)):
            if storable_text(row_id) and (table, row_id) not in rows.rows:
                wanted.setdefault(table, set()).add(row_id)
    for table, ids in wanted.items():
        where = (SyncRow.table_name == table) & SyncRow.row_id.in_(ids)
        for row in select_rows(connection, where):
            if (row.table, row.id) not in rows.rows:
                rows.add(row)


def _load_cost_jobs(connection: Connection, changes: list[Change], rows: WorkingSet) -> None:
    """The assignments (and their people) of the jobs a cost entry names: an engineer
    enters costs (and records customer downtime) on their own jobs only
    (`rules._cost_refusal`)."""
    jobs = set()
    for change in changes:
        if change.table in OWN_JOB_TABLES:
            current = rows.get(change.table, change.id)
            job = change.fields.get("work_order_id", current and current.data.get("work_order_id"))
            if isinstance(job, str) and storable_text(job):
                jobs.add(job)
    if not jobs:
        return
    where = (SyncRow.table_name == "work_order_assignment") & SyncRow.work_order_id.in_(jobs)
    people = set()
    for row in select_rows(connection, where):
        if (row.table, row.id) not in rows.rows:
            rows.add(row)
        if isinstance(row.data.get("user_id"), str):
            people.add(row.data["user_id"])
    people -= {row_id for table, row_id in rows.rows if table == "user"}
    if people:
        for row in select_rows(
            connection, (SyncRow.table_name == "user") & SyncRow.row_id.in_(people)
        ):
            rows.add(row)


def _load_budgets(connection: Connection, changes: list[Change], rows: WorkingSet) -> None:
    """The budgets of the budget lines a push changes: an approved one's lines stay
    (`rules._budget_refusal`)."""
    wanted = set()
    for change in changes:
        if change.table == "budget_line":
            current = rows.get(change.table, change.id)
            budget = change.fields.get("budget_id", current and current.data.get("budget_id"))
            if isinstance(budget, str) and storable_text(budget):
                wanted.add(budget)
    wanted -= {row_id for table, row_id in rows.rows if table == "budget"}
    if wanted:
        where = (SyncRow.table_name == "budget") & SyncRow.row_id.in_(wanted)
        for row in select_rows(connection, where):
            rows.add(row)


def _orders_touched(changes: list[Change], rows: WorkingSet) -> set[str]:
    orders: set[str] = set()
    for change in changes:
        current = rows.get(change.table, change.id)
        candidates: list[Any] = [current.work_order_id if current else None]
        if change.table == "work_order":
            candidates.append(change.id)
        elif change.table in CONTENT_TABLES or change.table in LOCK_TABLES:
            candidates.append(change.fields.get("work_order_id"))
        elif change.table in RUN_CHILD_TABLES:
            held = current.data.get("run_id") if current else None
            for run_id in (change.fields.get("run_id"), held):
                run = rows.get("checklist_run", run_id)
                candidates.append(run.work_order_id if run else None)
        orders.update(c for c in candidates if isinstance(c, str) and storable_text(c))
    return orders
