"""The pull: current row states after a cursor, as one JSON text built from stored JSON.

`data` and `clocks` are stored as JSON text, and a page is assembled by joining those
texts with the few other values — no parsing and no re-serialising of 5,000 rows'
values — which is most of what an initial sync of a large database costs the server.

Tables the caller's role may not read (permissions.READ_ROLES) are left out, and so are
private rows (permissions.PRIVATE_ROWS) whose owner field is not the caller's login; the
last page's cursor still moves past them, so the laptop does not scan them again.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Mapping
from typing import Any

from sqlalchemy import ColumnElement, cast, func, or_, select
from sqlalchemy.dialects.postgresql import JSONB

from sync.server.db import Database
from sync.server.models import SyncRow

_string = json.JSONEncoder().encode  # ASCII-safe; table names and ids are short


def _field_text(dialect: str, field: str) -> ColumnElement[Any]:
    """A field of the stored JSON `data` as text, in the server database's own terms."""
    if dialect == "postgresql":
        return cast(SyncRow.data, JSONB)[field].astext
    return func.json_extract(SyncRow.data, f"$.{field}")


def pull_page(
    db: Database,
    after: int,
    limit: int,
    hidden: Collection[str] = (),
    private: Mapping[str, str] | None = None,
    login: str = "",
) -> bytes:
    """A PullResponse as JSON bytes: rows with seq > after, by seq, at most `limit`,
    none of the `hidden` tables, and of the `private` tables (table → owner field) only
    the rows whose owner field is `login`."""
    query = select(
        SyncRow.table_name, SyncRow.row_id, SyncRow.data, SyncRow.clocks, SyncRow.seq
    ).where(SyncRow.seq > after)
    last = None
    with db.read() as connection:
        for table, field in (private or {}).items():
            owned = _field_text(connection.dialect.name, field) == login
            query = query.where(or_(SyncRow.table_name != table, owned))
        if hidden or private:
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
    parts = [
        f'{{"table":{_string(table)},"id":{_string(row_id)},"data":{data},'
        f'"clocks":{clocks},"seq":{seq}}}'
        for table, row_id, data, clocks, seq in rows
    ]
    text = f'{{"rows":[{",".join(parts)}],"cursor":{cursor},"more":{"true" if more else "false"}}}'
    return text.encode("utf-8")
