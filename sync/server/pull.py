"""The pull: current row states after a cursor, as one JSON text built from stored JSON.

`data` and `clocks` are stored as JSON text, and a page is assembled by joining those
texts with the few other values — no parsing and no re-serialising of 5,000 rows'
values — which is most of what an initial sync of a large database costs the server.
"""

from __future__ import annotations

import json

from sqlalchemy import select

from sync.server.db import Database
from sync.server.models import SyncRow

_string = json.JSONEncoder().encode  # ASCII-safe; table names and ids are short


def pull_page(db: Database, after: int, limit: int) -> bytes:
    """A PullResponse as JSON bytes: rows with seq > after, by seq, at most `limit`."""
    with db.read() as connection:
        rows = connection.execute(
            select(SyncRow.table_name, SyncRow.row_id, SyncRow.data, SyncRow.clocks, SyncRow.seq)
            .where(SyncRow.seq > after)
            .order_by(SyncRow.seq)
            .limit(limit + 1)
        ).all()
    more = len(rows) > limit
    rows = rows[:limit]
    cursor = rows[-1][4] if rows else after
    parts = [
        f'{{"table":{_string(table)},"id":{_string(row_id)},"data":{data},'
        f'"clocks":{clocks},"seq":{seq}}}'
        for table, row_id, data, clocks, seq in rows
    ]
    text = f'{{"rows":[{",".join(parts)}],"cursor":{cursor},"more":{"true" if more else "false"}}}'
    return text.encode("utf-8")
