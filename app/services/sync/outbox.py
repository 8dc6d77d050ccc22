"""Capture of local writes for sync: each flush's inserts and updates of synced rows go
to `sync_outbox`, with a fresh hybrid-logical-clock time, in the flush's transaction.

Like the audit trail (services/audit.py) it listens on the Store's sessionmaker after
each flush, when the rows are written and the write lock is held. It also stamps each
written row's `sync_clocks` (the clock of every field) and records, per changed field,
the clock it had before: the server needs that `base` to tell a sequential overwrite
from a concurrent one (docs/sync.md). Pulled rows are applied with Core and never pass
here, so they are not sent back.

Raw SQL stays here (issue 18 §5): the outbox rows and clocks are written inside every
save's flush, for any synced table (names from the mapped tables), with the driver's
executemany; benchmarks/work_orders.py and benchmarks/sync.py measure it.
"""

from __future__ import annotations

import json
import weakref
from collections import defaultdict
from typing import Any, NamedTuple, cast

from sqlalchemy import Connection, Table, event, func, select, text
from sqlalchemy.orm import InstanceState, Session, UOWTransaction, sessionmaker
from sqlalchemy.orm.attributes import instance_state

from app.db.base import SYNC_CLOCKS, SyncedMixin
from app.db.codec import TableCodec, synced_tables
from app.db.syncing import OutboxChange
from app.domain.clock import ROW_CLOCK, HybridClock, field_clock, parse_hlc
from app.domain.ids import uuid7

HLC_KEY = "hlc"
NODE_KEY = "node"
_INSERT = (
    "INSERT INTO sync_outbox (change_id, table_name, row_id, op, hlc, fields, base, "
    "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, strftime('%Y-%m-%d %H:%M:%f000', 'now'))"
)
_dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def install(factory: sessionmaker[Session]) -> None:
    """Captures the writes of every session `factory` makes (idempotent)."""
    # Not `event.contains`: SQLAlchemy's registry is keyed by id(), so a new factory at
    # the address of a collected one looked installed and its writes were not captured.
    if factory.class_ not in _INSTALLED:
        event.listen(factory, "after_flush", _capture)
        _INSTALLED.add(factory.class_)


_INSTALLED: weakref.WeakSet[type] = weakref.WeakSet()  # Session classes of factories


# --- the clock ---------------------------------------------------------------------------


def _state(connection: Connection, key: str) -> str | None:
    row = connection.execute(text("SELECT value FROM sync_state WHERE key = :k"), {"k": key})
    return row.scalar()


def _put_state(connection: Connection, key: str, value: str) -> None:
    connection.execute(
        text(
            "INSERT INTO sync_state (key, value) VALUES (:k, :v) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value"
        ),
        {"k": key, "v": value},
    )


def node_of(connection: Connection) -> str:
    """This laptop's part of every clock: 12 hex digits, made once."""
    node = _state(connection, NODE_KEY)
    if node is None:
        node = uuid7().replace("-", "")[-12:]
        _put_state(connection, NODE_KEY, node)
    return node


def load_clock(connection: Connection) -> HybridClock:
    clock = HybridClock(node_of(connection))
    saved = _state(connection, HLC_KEY)
    if saved:
        clock.observe(saved)
    return clock


def save_clock(connection: Connection, clock: HybridClock) -> None:
    _put_state(connection, HLC_KEY, clock.state())


def observe_clock(connection: Connection, seen: str) -> None:
    """Moves the local clock past `seen` (a pulled clock), so later edits win over it."""
    clock = load_clock(connection)
    if parse_hlc(seen)[:2] > (clock.wall_ms, clock.counter):
        clock.observe(seen)
        save_clock(connection, clock)


# --- capture -----------------------------------------------------------------------------


def _capture(session: Session, _context: UOWTransaction) -> None:
    codecs = synced_tables()
    inserts: list[tuple[TableCodec, dict[str, Any]]] = []
    updates: list[tuple[TableCodec, str, dict[str, Any]]] = []
    for obj in session.new:
        if isinstance(obj, SyncedMixin):
            state = instance_state(obj)
            inserts.append((codecs[_table_name(state)], state.dict))
    for obj in session.dirty:
        if isinstance(obj, SyncedMixin):
            state = instance_state(obj)
            codec = codecs[_table_name(state)]
            changed = {
                key: state.dict.get(key)
                for key in codec.columns
                if key in state.attrs and state.attrs[key].history.has_changes()
            }
            if changed:
                # `onupdate` stamps are written by the flush without attribute history
                if "updated_at" in state.dict:
                    changed["updated_at"] = state.dict["updated_at"]
                updates.append((codec, state.dict["id"], changed))
    if not inserts and not updates:
        return
    connection = session.connection()
    clock = load_clock(connection)
    outbox: list[tuple[Any, ...]] = []
    stamps: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for codec, values in inserts:
        hlc = clock.now()
        fields = codec.row_to_wire(values)
        row_id = fields["id"]
        outbox.append((uuid7(), codec.table.name, row_id, "insert", hlc, _dumps(fields), "{}"))
        stamps[codec.table.name].append((_dumps({ROW_CLOCK: hlc}), row_id))
    unclocked: dict[str, list[str]] = defaultdict(list)
    for codec, table, clocks in _with_clocks(connection, updates):
        row_id, changed = table
        if ROW_CLOCK not in clocks:  # a row from before sync: it travels whole
            unclocked[codec.table.name].append(row_id)
            continue
        hlc = clock.now()
        fields = {k: codec.to_wire[k](v) for k, v in changed.items()}
        base = {k: field_clock(clocks, k) for k in fields}
        outbox.append(
            (uuid7(), codec.table.name, row_id, "update", hlc, _dumps(fields), _dumps(base))
        )
        new_clocks = dict(clocks)
        new_clocks.update(dict.fromkeys(fields, hlc))
        stamps[codec.table.name].append((_dumps(new_clocks), row_id))
    for table_name, ids in unclocked.items():
        _whole_rows(connection, codecs[table_name], ids, clock, outbox, stamps[table_name])
    _write(connection, outbox, stamps)
    save_clock(connection, clock)


class Queued(NamedTuple):
    """A row queued as an insert: its wire values, and them as the JSON text queued."""

    fields: dict[str, Any]
    text: str


def queue_inserts(
    connection: Connection, table_name: str, rows: list[dict[str, Any]]
) -> list[Queued]:
    """Queues rows about to be inserted with one bulk statement (the flush never sees
    them) as a flush queues new objects: an outbox insert with a fresh clock each, in
    order; each row's `sync_clocks` is set here, so the insert writes it. Returns what
    was queued of each row, which the caller may store and audit from."""
    codec = synced_tables()[table_name]
    clock = load_clock(connection)
    outbox: list[tuple[Any, ...]] = []
    queued = []
    for values in rows:
        hlc = clock.now()
        fields = codec.row_to_wire(values)
        text = _dumps(fields)
        queued.append(Queued(fields, text))
        outbox.append((uuid7(), table_name, fields["id"], "insert", hlc, text, "{}"))
        values[SYNC_CLOCKS] = f'{{"{ROW_CLOCK}":"{hlc}"}}'  # _dumps({ROW_CLOCK: hlc})
    if outbox:
        _write(connection, outbox, {})
        save_clock(connection, clock)
    return queued


def queue_updates(
    connection: Connection, table_name: str, changes: list[tuple[str, dict[str, Any]]]
) -> None:
    """Queues updates written with one bulk Core statement as a flush queues changed
    objects: per (row id, changed fields as Python values), an outbox update with a
    fresh clock and the fields' clocks before, and the row's clocks moved on."""
    codec = synced_tables()[table_name]
    updates = [(codec, row_id, fields) for row_id, fields in changes]
    if not updates:
        return
    clock = load_clock(connection)
    outbox: list[tuple[Any, ...]] = []
    stamps: dict[str, list[tuple[str, str]]] = defaultdict(list)
    unclocked: list[str] = []
    for _codec, (row_id, changed), clocks in _with_clocks(connection, updates):
        if ROW_CLOCK not in clocks:  # a row from before sync: it travels whole
            unclocked.append(row_id)
            continue
        hlc = clock.now()
        fields = {k: codec.to_wire[k](v) for k, v in changed.items()}
        base = {k: field_clock(clocks, k) for k in fields}
        outbox.append((uuid7(), table_name, row_id, "update", hlc, _dumps(fields), _dumps(base)))
        new_clocks = dict(clocks)
        new_clocks.update(dict.fromkeys(fields, hlc))
        stamps[table_name].append((_dumps(new_clocks), row_id))
    if unclocked:
        _whole_rows(connection, codec, unclocked, clock, outbox, stamps[table_name])
    _write(connection, outbox, stamps)
    save_clock(connection, clock)


def enqueue_unclocked(connection: Connection) -> int:
    """Queues every synced row that has no clocks yet (written before sync existed, or
    by a bulk tool) as an insert; run before each push. Returns how many."""
    clock = load_clock(connection)
    outbox: list[tuple[Any, ...]] = []
    stamps: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for name, codec in synced_tables().items():
        ids = [
            r[0]
            for r in connection.exec_driver_sql(
                f'SELECT id FROM "{name}" WHERE sync_clocks IS NULL'
            )
        ]
        if ids:
            _whole_rows(connection, codec, ids, clock, outbox, stamps[name])
    if outbox:
        _write(connection, outbox, stamps)
        save_clock(connection, clock)
    return len(outbox)


def _whole_rows(
    connection: Connection,
    codec: TableCodec,
    ids: list[str],
    clock: HybridClock,
    outbox: list[tuple[Any, ...]],
    stamps: list[tuple[str, str]],
) -> None:
    columns = ", ".join(f'"{c}"' for c in codec.columns)
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ", ".join("?" * len(chunk))
        rows = connection.exec_driver_sql(
            f'SELECT {columns} FROM "{codec.table.name}" WHERE id IN ({marks})', tuple(chunk)
        )
        for row in rows:
            hlc = clock.now()
            fields = codec.row_to_wire(dict(zip(codec.columns, row, strict=True)))
            outbox.append(
                (uuid7(), codec.table.name, fields["id"], "insert", hlc, _dumps(fields), "{}")
            )
            stamps.append((_dumps({ROW_CLOCK: hlc}), fields["id"]))


def _write(
    connection: Connection,
    outbox: list[tuple[Any, ...]],
    stamps: dict[str, list[tuple[str, str]]],
) -> None:
    connection.exec_driver_sql(_INSERT, outbox)
    for table_name, rows in stamps.items():
        connection.exec_driver_sql(
            f'UPDATE "{table_name}" SET sync_clocks = ? WHERE id = ?',  # name from metadata
            rows,
        )


def _table_name(state: InstanceState[Any]) -> str:
    return cast(Table, state.mapper.local_table).name


def _with_clocks(
    connection: Connection, updates: list[tuple[TableCodec, str, dict[str, Any]]]
) -> list[tuple[TableCodec, tuple[str, dict[str, Any]], dict[str, str]]]:
    """Each update with the row's clocks before it (one query per table)."""
    by_table: dict[str, list[str]] = defaultdict(list)
    for codec, row_id, _ in updates:
        by_table[codec.table.name].append(row_id)
    known: dict[tuple[str, str], dict[str, str]] = {}
    for table_name, ids in by_table.items():
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ", ".join("?" * len(chunk))
            rows = connection.exec_driver_sql(
                f'SELECT id, sync_clocks FROM "{table_name}" WHERE id IN ({marks})',
                tuple(chunk),
            )
            for row_id, clocks in rows:
                known[(table_name, row_id)] = json.loads(clocks) if clocks else {}
    return [
        (codec, (row_id, changed), known.get((codec.table.name, row_id), {}))
        for codec, row_id, changed in updates
    ]


def pending_count(connection: Connection) -> int:
    counting = select(func.count()).select_from(OutboxChange)
    return int(connection.execute(counting).scalar() or 0)


def queue_update(
    connection: Connection, table_name: str, row_id: str, fields: dict[str, Any]
) -> None:
    """Queues a write made with Core (not the ORM) for sync: `fields` in wire form are
    already stored; this records them with a new clock and their clocks before."""
    codec = synced_tables()[table_name]
    clock = load_clock(connection)
    [(_, _, clocks)] = _with_clocks(connection, [(codec, row_id, fields)])
    hlc = clock.now()
    base = {k: field_clock(clocks, k) for k in fields}
    new_clocks = dict(clocks)
    new_clocks.update(dict.fromkeys(fields, hlc))
    _write(
        connection,
        [(uuid7(), table_name, row_id, "update", hlc, _dumps(fields), _dumps(base))],
        {table_name: [(_dumps(new_clocks), row_id)]},
    )
    save_clock(connection, clock)
