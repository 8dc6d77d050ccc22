"""Applying the server's rows to the laptop's database, field by field by clock.

Runs on a plain connection inside the caller's transaction, with SQLAlchemy Core and
driver-level statements (a first sync brings every row the office has), so it writes
neither audit entries nor outbox rows. A field with an unpushed local edit keeps it
when its clock is newer; when it is older the local value becomes a conflict.

Raw SQL stays here (issue 18 §5): one statement shape serves every synced table, its
column names taken from the mapped tables (`app.db.codec`), run with the driver's
executemany on the pull's hot path that benchmarks/sync.py measures.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection

from app.db.codec import TableCodec, dt_to_storage, synced_tables, unchanged
from sync.client import duplicates
from sync.protocol import ROW_CLOCK, FieldConflict, RowState, merge_fields

_dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
_string = json.encoder.encode_basestring
CHUNK = 500


@dataclass
class Applied:
    """What applying a set of rows did."""

    inserted: int = 0
    updated: int = 0
    conflicts: list[tuple[str, str, FieldConflict]] = field(default_factory=list)
    max_clock: str = ""
    blob_rows: list[tuple[str, str]] = field(default_factory=list)  # (table, sha256)


# table -> row id -> fields with unpushed local edits
Pending = dict[str, dict[str, set[str]]]


def pending_fields(connection: Connection, rows: Iterable[RowState] | None = None) -> Pending:
    """Fields of rows that have unpushed local edits (all of them, or of `rows`)."""
    pending: Pending = defaultdict(lambda: defaultdict(set))
    query = "SELECT table_name, row_id, fields FROM sync_outbox"
    if rows is None:
        result = connection.exec_driver_sql(query)
    else:
        ids = list({r.id for r in rows})
        if not ids or connection.exec_driver_sql(f"{query} LIMIT 1").first() is None:
            return pending  # nothing unpushed (a first sync): no lookup of every id
        marks = ", ".join("?" * len(ids))
        result = connection.exec_driver_sql(f"{query} WHERE row_id IN ({marks})", tuple(ids))
    for table_name, row_id, fields in result:
        pending[table_name][row_id].update(json.loads(fields))
    return pending


def apply_rows(
    connection: Connection,
    rows: list[RowState],
    pending: Pending,
    *,
    force: dict[tuple[str, str], set[str]] | None = None,
) -> Applied:
    """Merges `rows` into the local tables. `force` names fields (per (table, id)) to
    take from the server — value and clock — whatever the clocks: the fields of a
    change it answered (refused, or stored under a clock the server clamped)."""
    applied = Applied()
    codecs = synced_tables()
    by_table: dict[str, list[RowState]] = defaultdict(list)
    for row in rows:
        if row.table in codecs:  # a table this version does not know is left alone
            by_table[row.table].append(row)
        for clock in row.clocks.values():
            applied.max_clock = max(applied.max_clock, clock)
    for name, codec in codecs.items():  # parents first
        table_rows = by_table.get(name)
        if table_rows:
            _apply_table(connection, codec, table_rows, pending.get(name, {}), force, applied)
    return applied


def _apply_table(
    connection: Connection,
    codec: TableCodec,
    rows: list[RowState],
    pending: dict[str, set[str]],
    force: dict[tuple[str, str], set[str]] | None,
    applied: Applied,
) -> None:
    name = codec.table.name
    local = _local_rows(connection, codec, [r.id for r in rows])
    new: list[RowState] = []
    for row in rows:
        mine = local.get(row.id)
        if mine is None:
            new.append(row)
            continue
        values, clocks = mine
        data = {k: v for k, v in row.data.items() if k in codec.to_wire}
        forced = (force or {}).get((name, row.id), set())
        merge = merge_fields(
            values,
            clocks,
            data,
            row.clocks,
            pending=frozenset(pending.get(row.id, set())),
        )
        for key in forced:
            if key not in data or key in pending.get(row.id, ()):
                continue
            server = row.clocks.get(key, row.clocks.get(ROW_CLOCK, ""))
            if values.get(key) != data[key]:
                merge.taken[key] = data[key]
                merge.clocks[key] = server
            elif clocks.get(key, clocks.get(ROW_CLOCK)) != server:
                merge.clocks[key] = server  # the server clamped the clock (or restamped)
        server_row = row.clocks.get(ROW_CLOCK)
        if forced and forced >= data.keys() and server_row and clocks.get(ROW_CLOCK) != server_row:
            merge.clocks[ROW_CLOCK] = server_row  # our whole insert, under the server's clock
        applied.conflicts.extend((name, row.id, c) for c in merge.conflicts)
        if merge.taken or merge.clocks:
            _update(connection, codec, row.id, merge.taken, {**clocks, **merge.clocks})
        if merge.taken:
            applied.updated += 1
            _note_blob(codec, {**values, **merge.taken}, applied)
    if new:
        skipped = duplicates.resolve(connection, codec, (r.data for r in new))
        new = [r for r in new if r.id not in skipped] if skipped else new
    if new:
        _insert(connection, codec, new)
        applied.inserted += len(new)
        for row in new:
            _note_blob(codec, row.data, applied)


def _note_blob(codec: TableCodec, values: dict[str, Any], applied: Applied) -> None:
    sha = values.get("sha256")
    if sha and "sha256" in codec.to_wire and not values.get("deleted_at"):
        applied.blob_rows.append((codec.table.name, str(sha)))


def _local_rows(
    connection: Connection, codec: TableCodec, ids: list[str]
) -> dict[str, tuple[dict[str, Any], dict[str, str]]]:
    """Wire-form values and clocks of the rows the laptop already has."""
    columns = ", ".join(f'"{c}"' for c in codec.columns)
    found: dict[str, tuple[dict[str, Any], dict[str, str]]] = {}
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        marks = ", ".join("?" * len(chunk))
        result = connection.exec_driver_sql(
            f'SELECT {columns}, sync_clocks FROM "{codec.table.name}" WHERE id IN ({marks})',
            tuple(chunk),
        )
        for *values, clocks in result:
            wire = codec.row_to_wire(dict(zip(codec.columns, values, strict=True)))
            found[wire["id"]] = (wire, json.loads(clocks) if clocks else {})
    return found


def _insert(connection: Connection, codec: TableCodec, rows: list[RowState]) -> None:
    columns = codec.columns
    # A first sync converts every value of every row (benchmarks/sync.py): values are
    # taken in one call, datetimes in the wire form the server normally stores are cut
    # in place, and only the other columns whose storage form differs are converted.
    take = itemgetter(*columns)
    times = [i for i, c in enumerate(columns) if codec.to_storage[c] is dt_to_storage]
    convert = [
        (i, codec.to_storage[c])
        for i, c in enumerate(columns)
        if codec.to_storage[c] not in (unchanged, dt_to_storage)
    ]
    names = ", ".join(f'"{c}"' for c in columns)
    marks = ", ".join("?" * (len(columns) + 1))
    statement = f'INSERT INTO "{codec.table.name}" ({names}, sync_clocks) VALUES ({marks})'
    params = []
    for row in rows:
        data = row.data
        try:
            values = list(take(data))
        except KeyError:  # written by a version without one of our columns
            values = [data[col] if col in data else codec.absent[col] for col in columns]
        for i in times:
            text = values[i]
            if text is not None:
                if len(text) == 32 and text[10] == "T" and text.endswith("+00:00"):
                    values[i] = f"{text[:10]} {text[11:26]}"
                else:
                    values[i] = dt_to_storage(text)
        for i, conv in convert:
            values[i] = conv(values[i])
        values.append(_clocks_text(row.clocks))
        params.append(tuple(values))
    connection.exec_driver_sql(statement, params)


def _clocks_text(clocks: dict[str, str]) -> str:
    """The clocks as stored; a row written once has only its insert clock, the common
    case of a first sync, which needs no JSON encoder."""
    if len(clocks) == 1 and ROW_CLOCK in clocks:
        return f'{{"*":{_string(clocks[ROW_CLOCK])}}}'
    return _dumps(clocks)


def _update(
    connection: Connection,
    codec: TableCodec,
    row_id: str,
    taken: dict[str, Any],
    clocks: dict[str, str],
) -> None:
    keys = list(taken)
    assignments = "".join(f'"{k}" = ?, ' for k in keys)
    values = [codec.to_storage[k](taken[k]) for k in keys]
    connection.exec_driver_sql(
        f'UPDATE "{codec.table.name}" SET {assignments}sync_clocks = ? WHERE id = ?',
        (*values, _dumps(_compact(clocks)), row_id),
    )


def _compact(clocks: dict[str, str]) -> dict[str, str]:
    """Drops field clocks equal to the row clock (they add nothing)."""
    row = clocks.get(ROW_CLOCK)
    return {k: v for k, v in clocks.items() if k == ROW_CLOCK or v != row}
