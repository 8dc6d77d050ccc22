"""Two laptops offline can each create "the same" record under different ids: a repair
record for one work order, a user with one login, a catalogue part with one number.
Those tables have a unique natural key, so the second copy to arrive must not stop sync.

When a row arrives (pulled, or the server refused ours as a duplicate) whose natural
key a different local row already holds:

* MERGE (the same person, part or record): the local row gives way. Its values are
  kept as conflicts on the surviving row, so a person can re-apply any of them; rows
  pointing at it are re-pointed at the survivor (and queued for sync); it is removed.
* RENAME (work-order numbers, which name different jobs): the local row keeps its
  record and gets a suffixed number, queued for sync, with a note in the conflicts.

Raw SQL stays here (issue 18 §5): it works on whichever synced table holds the key,
with table and column names from the mapped tables (`app.db.codec`), not typed in.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, ForeignKeyConstraint, delete

from app.db.codec import TableCodec, natural_key, synced_tables
from app.db.syncing import OutboxChange
from app.services.sync import outbox

RENAMED = frozenset({"work_order"})
IGNORED_IN_CONFLICTS = frozenset({"id", "created_at", "updated_at", "updated_by"})


def natural_keys(codec: TableCodec) -> list[tuple[str, ...]]:
    """The table's unique column sets other than the id."""
    key = natural_key(codec.table.name)
    return [key] if key else []


def _children(table_name: str) -> list[tuple[str, str]]:
    """(child table, column) of every synced foreign key that points at `table_name`."""
    found: list[tuple[str, str]] = []
    for name, codec in synced_tables().items():
        for constraint in codec.table.constraints:
            if isinstance(constraint, ForeignKeyConstraint):
                if constraint.referred_table.name == table_name:
                    found.extend((name, c.name) for c in constraint.columns)
    return found


def resolve(
    connection: Connection, codec: TableCodec, incoming: Iterable[dict[str, Any]]
) -> set[str]:
    """Makes room for `incoming` rows (wire form) whose natural key a different local row
    holds. A deleted record never blocks a live one: a local tombstone in the way is
    dropped here (the server keeps it), and an incoming tombstone in a live row's way is
    not stored here. Returns the ids of incoming rows not to insert."""
    keys = natural_keys(codec)
    skipped: set[str] = set()
    if not keys:
        return skipped
    rows = list(incoming)
    for key in keys:
        wanted = {
            tuple(r.get(c) for c in key): r for r in rows if None not in (r.get(c) for c in key)
        }
        if not wanted:
            continue
        for local_id, local_key, local_deleted in _holders(connection, codec, key, list(wanted)):
            winner = wanted[local_key]
            if winner["id"] == local_id:
                continue
            if winner.get("deleted_at") is not None and not local_deleted:
                skipped.add(winner["id"])
            elif local_deleted:
                _drop(connection, codec.table.name, local_id)
            elif codec.table.name in RENAMED:
                _rename(connection, codec, key, local_id)
            else:
                _merge(connection, codec, local_id, winner["id"])
    return skipped


def _drop(connection: Connection, name: str, row_id: str) -> None:
    connection.execute(
        delete(OutboxChange).where(OutboxChange.table_name == name, OutboxChange.row_id == row_id)
    )
    connection.exec_driver_sql(f'DELETE FROM "{name}" WHERE id = ?', (row_id,))


def _holders(
    connection: Connection, codec: TableCodec, key: tuple[str, ...], values: list[tuple[Any, ...]]
) -> list[tuple[str, tuple[Any, ...], bool]]:
    """(id, key in wire form, deleted) of local rows holding one of `values`."""
    first = key[0]
    firsts = list({v[0] for v in values})
    wanted = set(values)
    columns = ", ".join(f'"{c}"' for c in key)
    found: list[tuple[str, tuple[Any, ...], bool]] = []
    for start in range(0, len(firsts), 500):
        chunk = firsts[start : start + 500]
        marks = ", ".join("?" * len(chunk))
        storage = tuple(codec.to_storage[first](v) for v in chunk)
        result = connection.exec_driver_sql(
            f'SELECT id, deleted_at, {columns} FROM "{codec.table.name}" '
            f'WHERE "{first}" IN ({marks})',
            storage,
        )
        for row_id, deleted_at, *stored in result:
            wire = tuple(codec.to_wire[c](v) for c, v in zip(key, stored, strict=True))
            if wire in wanted:
                found.append((row_id, wire, deleted_at is not None))
    return found


def _merge(connection: Connection, codec: TableCodec, loser: str, winner: str) -> None:
    name = codec.table.name
    columns = ", ".join(f'"{c}"' for c in codec.columns)
    row = connection.exec_driver_sql(f'SELECT {columns} FROM "{name}" WHERE id = ?', (loser,)).one()
    values = codec.row_to_wire(dict(zip(codec.columns, row, strict=True)))
    reason = "duplicate: the same record was also created on another laptop; kept theirs"
    _note(
        connection,
        name,
        winner,
        [
            (k, v)
            for k, v in values.items()
            if k not in IGNORED_IN_CONFLICTS and v not in (None, "")
        ],
        reason,
        loser,
    )
    for child, column in _children(name):
        ids = [
            r[0]
            for r in connection.exec_driver_sql(
                f'SELECT id FROM "{child}" WHERE "{column}" = ?', (loser,)
            )
        ]
        for child_id in ids:
            connection.exec_driver_sql(
                f'UPDATE "{child}" SET "{column}" = ? WHERE id = ?', (winner, child_id)
            )
            outbox.queue_update(connection, child, child_id, {column: winner})
    connection.execute(
        delete(OutboxChange).where(OutboxChange.table_name == name, OutboxChange.row_id == loser)
    )
    connection.exec_driver_sql(f'DELETE FROM "{name}" WHERE id = ?', (loser,))


def _rename(connection: Connection, codec: TableCodec, key: tuple[str, ...], row_id: str) -> None:
    column = key[0]
    old = connection.exec_driver_sql(
        f'SELECT "{column}" FROM "{codec.table.name}" WHERE id = ?', (row_id,)
    ).scalar()
    new = f"{old}-{row_id.replace('-', '')[-4:].upper()}"
    connection.exec_driver_sql(
        f'UPDATE "{codec.table.name}" SET "{column}" = ? WHERE id = ?', (new, row_id)
    )
    outbox.queue_update(connection, codec.table.name, row_id, {column: new})
    reason = f"duplicate: {old} was also issued on another laptop; this one is now {new}"
    _note(connection, codec.table.name, row_id, [(column, old)], reason, row_id, won=new)


def _note(
    connection: Connection,
    table: str,
    row_id: str,
    fields: list[tuple[str, Any]],
    reason: str,
    origin: str,
    won: Any = None,
) -> None:
    now = datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
    connection.exec_driver_sql(
        "INSERT OR IGNORE INTO sync_conflict (table_name, row_id, field, kind, reason, "
        "lost_value, lost_clock, won_value, won_clock, created_at, resolution) "
        "VALUES (?, ?, ?, 'duplicate', ?, ?, ?, ?, '', ?, '')",
        [
            (
                table,
                row_id,
                name,
                reason,
                json.dumps(value, ensure_ascii=False),
                f"duplicate:{origin}",
                json.dumps(won, ensure_ascii=False),
                now,
            )
            for name, value in fields
        ],
    )
