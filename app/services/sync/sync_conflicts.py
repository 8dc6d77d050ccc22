"""Resolving a sync conflict: re-apply the value that lost, or dismiss it.

A conflict row (`sync_conflict`, written by sync/client/round.py) keeps a value that lost to
a concurrent edit, to a signature or a deletion elsewhere, or that the server refused.
Re-applying is a *new local edit* made through the ORM in a Store session, exactly as
if the person had typed the value again: the audit trail records who brought it back,
the outbox carries it to the server with fresh clocks (so it now wins by clock), and
the record lock refuses it on a signed record (an amendment is needed first). The
conflict is marked resolved in the same transaction, so a refused re-apply leaves it
open.

Values in the conflict are in wire form (app/db/codec.py): datetimes as ISO text with
+00:00, dates as YYYY-MM-DD, enums by value, booleans as JSON booleans. The model
wants Python values, so each is converted by its column's type before it is set.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from functools import cache
from typing import Any, cast

from sqlalchemy import JSON, Boolean, Column, Date, Float, Integer, Table
from sqlalchemy import Enum as SqlEnum
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Mapper, Session

from app.db.base import Base, SyncedMixin, UTCDateTime, utcnow
from app.db.syncing import SyncConflict
from app.domain.i18n import QT_TRANSLATE_NOOP
from app.domain.records import FieldError, ValidationError
from app.services.store import Store

REAPPLIED = "reapplied"
DISMISSED = "dismissed"
STAMPS = frozenset({"updated_at", "updated_by"})

# Refusals (context "SyncConflicts"); a signed record raises record_lock.RecordLocked,
# whose message already says an amendment is needed.
GONE = QT_TRANSLATE_NOOP("SyncConflicts", "This conflict no longer exists.")
ALREADY = QT_TRANSLATE_NOOP("SyncConflicts", "This conflict has already been resolved.")
NO_RECORD = QT_TRANSLATE_NOOP(
    "SyncConflicts", "The record is not on this laptop, so the value cannot be re-applied."
)
DELETED_SINCE = QT_TRANSLATE_NOOP(
    "SyncConflicts", "The record has been deleted since; the value cannot be re-applied."
)
UNKNOWN_FIELD = QT_TRANSLATE_NOOP(
    "SyncConflicts", "This version of Beamside does not know that field; update Beamside."
)
BAD_VALUE = QT_TRANSLATE_NOOP(
    "SyncConflicts", "The value cannot be stored in this version of Beamside."
)
CLASHES = QT_TRANSLATE_NOOP(
    "SyncConflicts", "The value clashes with another record (it must be unique)."
)


class ConflictRefused(ValidationError):
    """Why a conflict could not be re-applied; the conflict stays open."""

    def __init__(self, message: str) -> None:
        super().__init__([FieldError("", message)])


@dataclass(frozen=True)
class Reapplied:
    """What re-applying did: `changed` is False when the record already held the value
    (nothing new to send; the conflict is closed all the same)."""

    conflict_id: int
    table_name: str
    row_id: str
    changed: bool
    restored: bool  # the record had been deleted elsewhere and is back


# --- wire values to Python values --------------------------------------------------------


@cache
def mappers() -> dict[str, Mapper[Any]]:
    """The mapped class of every synced table, by table name."""
    import app.db.tables  # noqa: F401  (registers every model)

    return {
        cast(Table, mapper.local_table).name: mapper
        for mapper in Base.registry.mappers
        if issubclass(mapper.class_, SyncedMixin)
    }


def column_of(table_name: str, field: str) -> Column[Any] | None:
    mapper = mappers().get(table_name)
    if mapper is None:
        return None
    return cast(Table, mapper.local_table).columns.get(field)


def to_python(column: Column[Any], value: Any) -> Any:
    """The Python value the model expects for a wire value; raises ValueError."""
    if value is None:
        return None
    kind = column.type
    if isinstance(kind, UTCDateTime):
        parsed = datetime.fromisoformat(str(value))
        if parsed.tzinfo is None:
            raise ValueError(f"datetime without zone: {value!r}")
        return parsed.astimezone(UTC)
    if isinstance(kind, SqlEnum) and kind.enum_class is not None:
        return kind.enum_class(value)
    if isinstance(kind, Date):
        return value if isinstance(value, date) else date.fromisoformat(str(value))
    if isinstance(kind, Boolean):
        return bool(value)
    if isinstance(kind, Float):
        return float(value)
    if isinstance(kind, Integer):
        return int(value)
    if isinstance(kind, JSON):
        return value
    return value


def display_value(table_name: str, field: str, value: Any) -> Any:
    """A wire value as Python for showing: enums, dates and datetimes typed, anything
    this version cannot convert left as it came."""
    column = column_of(table_name, field)
    if column is None:
        return value
    try:
        return to_python(column, value)
    except (TypeError, ValueError):
        return value


# --- resolving ---------------------------------------------------------------------------


def _open_conflict(session: Session, conflict_id: int) -> SyncConflict:
    conflict = session.get(SyncConflict, conflict_id)
    if conflict is None:
        raise ConflictRefused(GONE)
    if conflict.resolved_at is not None:
        raise ConflictRefused(ALREADY)
    return conflict


def _values(conflict: SyncConflict) -> dict[str, Any]:
    """Field → lost wire value. A whole refused change (field "") carries a dict."""
    if conflict.field:
        return {conflict.field: conflict.lost_value}
    if isinstance(conflict.lost_value, dict):
        return {k: v for k, v in conflict.lost_value.items() if k not in STAMPS and k != "id"}
    raise ConflictRefused(UNKNOWN_FIELD)


def reapply(store: Store, conflict_id: int) -> Reapplied:
    """Writes the lost value back as a new local edit and closes the conflict.

    Raises `record_lock.RecordLocked` on a signed record and `ConflictRefused` for
    anything else that stops it; either way nothing is written and the conflict stays
    open. A record deleted elsewhere (a "deleted" conflict) is brought back, since
    re-applying an edit to it says the person wants it kept."""
    restored = False
    try:
        with store.session() as session:
            conflict = _open_conflict(session, conflict_id)
            mapper = mappers().get(conflict.table_name)
            if mapper is None:
                raise ConflictRefused(UNKNOWN_FIELD)
            record = session.get(mapper.class_, conflict.row_id)
            if record is None:
                raise ConflictRefused(NO_RECORD)
            values = _values(conflict)
            typed: dict[str, Any] = {}
            for field, wire in values.items():
                column = column_of(conflict.table_name, field)
                if column is None:
                    raise ConflictRefused(UNKNOWN_FIELD)
                try:
                    typed[mapper.get_property_by_column(column).key] = to_python(column, wire)
                except (TypeError, ValueError) as exc:
                    raise ConflictRefused(BAD_VALUE) from exc
            if record.deleted_at is not None and "deleted_at" not in typed:
                if conflict.kind != "deleted":
                    raise ConflictRefused(DELETED_SINCE)
                record.deleted_at = None
                restored = True
            changed = restored
            for key, value in typed.items():
                if getattr(record, key) != value:
                    setattr(record, key, value)
                    changed = True
            if changed:
                record.updated_by = store.user_login
                session.flush()  # the record lock and the outbox act here
            conflict.resolved_at = utcnow()
            conflict.resolution = REAPPLIED
            table_name, row_id = conflict.table_name, conflict.row_id
    except IntegrityError as exc:
        raise ConflictRefused(CLASHES) from exc
    return Reapplied(conflict_id, table_name, row_id, changed, restored)


def dismiss(store: Store, conflict_id: int) -> None:
    """Closes the conflict and keeps what the record holds now."""
    with store.session() as session:
        conflict = _open_conflict(session, conflict_id)
        conflict.resolved_at = utcnow()
        conflict.resolution = DISMISSED
