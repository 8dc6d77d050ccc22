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
"""

from __future__ import annotations

import json
from collections.abc import Collection

from sqlalchemy import func, select

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
) -> bytes:
    """A PullResponse as JSON bytes: rows with seq > after, by seq, at most `limit`,
    none of the `hidden` tables, of the `own_only` tables only `login`'s own rows."""
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
        rows = connection.execute(query.order_by(SyncRow.seq).limit(limit + 1)).all()
    more = len(rows) > limit
    rows = rows[:limit]
    cursor = rows[-1][4] if rows else after
    if not more and last is not None:
        cursor = max(cursor, last)
    if own_only and any(row[0] in own_only for row in rows):
        reader = reader_for(db, login)
        rows = [
            row
            for row in rows
            if row[0] not in own_only or owns_row(reader, row[0], json.loads(row[2]))
        ]
    parts = [
        f'{{"table":{_string(table)},"id":{_string(row_id)},"data":{data},'
        f'"clocks":{clocks},"seq":{seq}}}'
        for table, row_id, data, clocks, seq in rows
    ]
    text = f'{{"rows":[{",".join(parts)}],"cursor":{cursor},"more":{"true" if more else "false"}}}'
    return text.encode("utf-8")


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
