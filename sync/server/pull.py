"""The pull: current row states after a cursor, as one JSON text built from stored JSON.

`data` and `clocks` are stored as JSON text, and a page is assembled by joining those
texts with the few other values — no parsing and no re-serialising of 5,000 rows'
values — which is most of what an initial sync of a large database costs the server.

Tables the caller's role may not read (permissions.READ_ROLES) are left out; the last
page's cursor still moves past them, so the laptop does not scan them again. Of the
tables the role reads only its own rows of (permissions.own_row_tables: an engineer's
plan visits, complaints and staff assessments), the others' rows are left out of the
page, which then holds fewer rows than asked; its cursor still passes them. Only those
rows are parsed.

Rows whose owner changed (docs/architecture.md, "Own rows whose owner changes"): a
change of owner is a write of the row, so it comes after the puller's cursor. A row of
an own-rows table in the page that is not the puller's is named in `gone` (the laptop
drops its copy, if it has one); the older rows read only through such a row
(`sync.protocol.DEPENDENTS`: a complaint's entries), whose sequence is at or below the
cursor, come with it — as rows when the parent is the puller's, in `gone` when not.
Both follow from the rows as stored now and the cursor, nothing else.
"""

from __future__ import annotations

import json
from collections.abc import Collection

from sqlalchemy import func, select

from sync.protocol import DEPENDENTS
from sync.server.db import Database
from sync.server.models import SyncRow
from sync.server.permissions import Reader, owns_complaint, owns_row

_string = json.JSONEncoder().encode  # ASCII-safe; table names and ids are short


def pull_page(
    db: Database,
    after: int,
    limit: int,
    hidden: Collection[str] = (),
    own_only: Collection[str] = (),
    login: str = "",
    with_gone: bool = True,
) -> bytes:
    """A PullResponse as JSON bytes: rows with seq > after, by seq, at most `limit`,
    none of the `hidden` tables, of the `own_only` tables only `login`'s own rows (the
    others in `gone`, left out for a client that reads none: `with_gone`)."""
    query = select(
        SyncRow.table_name, SyncRow.row_id, SyncRow.data, SyncRow.clocks, SyncRow.seq
    ).where(SyncRow.seq > after)
    last = None
    with db.read() as connection:
        if hidden:
            # The end first: sequence numbers are handed out in commit order (push.py),
            # so every row up to it is committed, and the cursor may pass it.
            last = connection.execute(select(func.max(SyncRow.seq))).scalar()
            query = query.where(
                SyncRow.table_name.not_in(sorted(hidden)), SyncRow.seq <= (last or 0)
            )
        found = connection.execute(query.order_by(SyncRow.seq).limit(limit + 1)).all()
    more = len(found) > limit
    rows: list[Row] = [tuple(row) for row in found[:limit]]
    cursor = rows[-1][4] if rows else after
    if not more and last is not None:
        cursor = max(cursor, last)
    gone: list[tuple[str, str]] = []
    if own_only and any(row[0] in own_only for row in rows):
        reader = reader_for(db, login)
        kept: list[Row] = []
        parents: dict[str, set[str]] = {}
        for row in rows:
            if row[0] in own_only and not owns_row(reader, row[0], json.loads(row[2])):
                gone.append((row[0], row[1]))
            else:
                kept.append(row)
            if row[0] in DEPENDENTS:
                parents.setdefault(row[0], set()).add(row[1])
        rows = kept
        if after and parents:
            extra, extra_gone = _dependents(db, reader, parents, after, own_only)
            rows += extra
            gone += extra_gone
    parts = [
        f'{{"table":{_string(table)},"id":{_string(row_id)},"data":{data},'
        f'"clocks":{clocks},"seq":{seq}}}'
        for table, row_id, data, clocks, seq in rows
    ]
    refs = ""
    if with_gone and after:  # a laptop at cursor 0 holds nothing pulled to drop
        named = ",".join(f'{{"table":{_string(t)},"id":{_string(i)}}}' for t, i in gone)
        refs = f',"gone":[{named}]'
    more_text = "true" if more else "false"
    text = f'{{"rows":[{",".join(parts)}],"cursor":{cursor},"more":{more_text}{refs}}}'
    return text.encode("utf-8")


Row = tuple[str, str, str, str, int]  # table, id, data text, clocks text, seq


def _dependents(
    db: Database,
    reader: Reader,
    parents: dict[str, set[str]],
    after: int,
    own_only: Collection[str],
) -> tuple[list[Row], list[tuple[str, str]]]:
    """The rows at or below the cursor read only through a parent of this page (a
    complaint's earlier entries): the puller's own to send, the others to name as
    gone. Rows above the cursor are judged where their own sequence puts them."""
    wanted: dict[str, tuple[str, set[str]]] = {}  # child table -> (parent field, parents)
    for parent, children in DEPENDENTS.items():
        for child, field in children.items():
            if parent in parents and child in own_only:
                wanted[child] = (field, parents[parent])
    if not wanted:
        return [], []
    query = select(
        SyncRow.table_name, SyncRow.row_id, SyncRow.data, SyncRow.clocks, SyncRow.seq
    ).where(SyncRow.table_name.in_(sorted(wanted)), SyncRow.seq <= after)
    rows: list[Row] = []
    gone: list[tuple[str, str]] = []
    with db.read() as connection:
        for table, row_id, data, clocks, seq in connection.execute(query.order_by(SyncRow.seq)):
            field, ids = wanted[table]
            values = json.loads(data)
            if values.get(field) not in ids:
                continue
            if owns_row(reader, table, values):
                rows.append((table, row_id, data, clocks, seq))
            else:
                gone.append((table, row_id))
    return rows, gone


def reader_for(db: Database, login: str) -> Reader:
    """The puller's user record and the complaints they own or recorded, as stored now
    (a complaint's entries may arrive in the same page as the complaint)."""
    user_id = ""
    complaints = set()
    with db.read() as connection:
        for (data,) in connection.execute(select(SyncRow.data).where(SyncRow.table_name == "user")):
            user = json.loads(data)
            if user.get("login") == login and user.get("deleted_at") is None:
                user_id = str(user.get("id") or "")
        for row_id, data in connection.execute(
            select(SyncRow.row_id, SyncRow.data).where(SyncRow.table_name == "complaint")
        ):
            if owns_complaint(login, json.loads(data)):
                complaints.add(row_id)
    return Reader(login, user_id, frozenset(complaints))
