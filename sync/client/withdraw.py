"""Removing the rows the server withdrew from this user's reading (`PullResponse.gone`:
a plan visit given to a colleague, a complaint handed to another owner, and the rows
read only through it), so they leave this laptop's calendar and lists.

Nothing the user wrote is lost with them. A row's unpushed changes — and those of its
local dependents (`sync.protocol.DEPENDENTS`: a progress entry written here and not
sent yet, which the server never named) — would be refused by the server (nobody
writes what they cannot read), so they are not sent: each of their fields is kept as
a refused change (`sync_conflict`, kind "rejected", code "withdrawn") on the Sync page,
as a refusal of the server would be, and the rows go. Runs inside the pulled page's
transaction, so a crash leaves both the rows and the page to come again.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import Connection, delete, select

from app.db.codec import synced_tables
from app.db.syncing import OutboxChange
from sync.protocol import DEPENDENTS, Code, FieldConflict, RowRef

# A withdrawn change's reason: the code alone (the Sync page says it in a sentence).
REASON = f"{Code.WITHDRAWN.value}: "
STAMPS = frozenset({"updated_at", "updated_by"})
CHUNK = 500
Kept = tuple[str, str, str, str, FieldConflict]  # table, id, kind, reason, conflict


@dataclass
class Withdrawn:
    """What removing the rows did: how many rows went, and the unpushed values kept."""

    removed: int = 0
    kept: list[Kept] = field(default_factory=list)
    changes: int = 0  # unpushed changes taken out of the outbox


def withdraw(connection: Connection, gone: Iterable[RowRef]) -> Withdrawn:
    """Removes the named rows (and their local dependents) this laptop holds; their
    unpushed changes become refused changes kept for the user."""
    done = Withdrawn()
    codecs = synced_tables()
    wanted: dict[str, set[str]] = {}
    for ref in gone:
        if ref.table in codecs:  # a table this version does not know holds nothing
            wanted.setdefault(ref.table, set()).add(ref.id)
    for parent, children in DEPENDENTS.items():
        parents = sorted(wanted.get(parent, ()))
        for child, parent_field in children.items():
            if child not in codecs or not parents:
                continue
            table = codecs[child].table
            for start in range(0, len(parents), CHUNK):
                chunk = parents[start : start + CHUNK]
                found = connection.execute(
                    select(table.c.id).where(table.c[parent_field].in_(chunk))
                ).scalars()
                wanted.setdefault(child, set()).update(found)
    for name in reversed(codecs):  # children before their parents
        ids = wanted.get(name)
        if not ids:
            continue
        _keep_unpushed(connection, name, sorted(ids), done)
        table = codecs[name].table
        ordered = sorted(ids)
        for start in range(0, len(ordered), CHUNK):
            chunk = ordered[start : start + CHUNK]
            done.removed += connection.execute(delete(table).where(table.c.id.in_(chunk))).rowcount
    return done


def _keep_unpushed(connection: Connection, table: str, ids: list[str], done: Withdrawn) -> None:
    """The outbox changes of these rows, as refused changes; out of the outbox."""
    o = OutboxChange
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        where = (o.table_name == table) & o.row_id.in_(chunk)
        changes = connection.execute(
            select(o.row_id, o.hlc, o.fields).where(where).order_by(o.seq)
        ).all()
        for row_id, hlc, fields in changes:
            done.kept.extend(
                (
                    table,
                    row_id,
                    "rejected",
                    REASON,
                    FieldConflict(name, "concurrent", value, hlc, None, None),
                )
                for name, value in fields.items()
                if name not in STAMPS
            )
        if changes:
            done.changes += len(changes)
            connection.execute(delete(o).where(where))
