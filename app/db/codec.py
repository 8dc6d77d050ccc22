"""Values of synced rows between three forms: Python (the ORM's), wire (JSON) and
storage (what the laptop's SQLite holds).

Wire values are plain JSON so the server can check them: datetimes as ISO 8601 UTC
with microseconds (``2026-11-25T09:30:00.000000+00:00``), dates as ``YYYY-MM-DD``,
enums by value, booleans as JSON booleans, JSON columns as JSON. The conversions are
per column kind and mostly string slicing, because a first sync converts every value of
every row: the storage form SQLAlchemy writes for a datetime is the wire form with a
space for the ``T`` and no zone.
"""

from __future__ import annotations

import enum
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from functools import cache
from typing import Any, cast

from sqlalchemy import JSON, Boolean, Date, Table

from app.db.base import SYNC_CLOCKS, Base, SyncedMixin, UTCDateTime

Convert = Callable[[Any], Any]


def _identity(value: Any) -> Any:
    return value


def _dt_to_wire(value: Any) -> Any:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat(timespec="microseconds")
    text = str(value)  # storage: "YYYY-MM-DD HH:MM:SS.ffffff"
    if len(text) == 26:
        return f"{text[:10]}T{text[11:]}+00:00"
    return datetime.fromisoformat(text).replace(tzinfo=UTC).isoformat(timespec="microseconds")


def _dt_to_storage(value: Any) -> Any:
    if value is None:
        return None
    text = str(value)
    if len(text) == 32 and text.endswith("+00:00") and text[10] == "T":
        return f"{text[:10]} {text[11:26]}"
    parsed = datetime.fromisoformat(text)
    if parsed.tzinfo is None:
        raise ValueError(f"datetime without zone: {text!r}")
    return parsed.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


# Public names of two converters: the server checks pushed datetimes with the first;
# the sync client's bulk apply tells by them which columns need converting at all.
dt_to_storage = _dt_to_storage
unchanged = _identity


def _date_to_wire(value: Any) -> Any:
    if value is None or isinstance(value, str):
        return value
    assert isinstance(value, date)
    return value.isoformat()


def _enum_to_wire(value: Any) -> Any:
    return value.value if isinstance(value, enum.Enum) else value


def _bool_to_wire(value: Any) -> Any:
    return None if value is None else bool(value)


def _bool_to_storage(value: Any) -> Any:
    return None if value is None else int(bool(value))


def _json_to_wire(value: Any) -> Any:
    if isinstance(value, str):  # storage text
        return json.loads(value)
    return json.loads(json.dumps(value))  # tuples to lists: one form everywhere


def _json_to_storage(value: Any) -> Any:
    # json.dumps' defaults, as SQLAlchemy's JSON type writes it: the same bytes as a
    # row the ORM wrote on the laptop that made it
    return None if value is None else json.dumps(value)


@dataclass(frozen=True)
class TableCodec:
    """The synced columns of one table and how each converts."""

    table: Table
    columns: tuple[str, ...]  # every column but sync_clocks, in table order
    to_wire: dict[str, Convert]  # from Python or storage values
    to_storage: dict[str, Convert]
    # What a column holds in a row written by a version without it: the column's scalar
    # default (checklist_run.fit_exception is ""), else None.
    absent: dict[str, Any] = field(default_factory=dict)

    def row_to_wire(self, values: dict[str, Any]) -> dict[str, Any]:
        return {name: self.to_wire[name](values.get(name)) for name in self.columns}

    def check(self, name: str) -> None:
        if name not in self.to_wire:
            raise KeyError(f"{self.table.name} has no synced column {name!r}")


def _kinds(column_type: Any) -> tuple[Convert, Convert]:
    if isinstance(column_type, UTCDateTime):
        return _dt_to_wire, _dt_to_storage
    if isinstance(column_type, JSON):
        return _json_to_wire, _json_to_storage
    if isinstance(column_type, Boolean):
        return _bool_to_wire, _bool_to_storage
    if isinstance(column_type, Date):
        return _date_to_wire, _identity
    return _enum_to_wire, _identity


@cache
def synced_tables() -> dict[str, TableCodec]:
    """Every synced table by name, parents before children (insert order)."""
    import app.db.tables  # noqa: F401  (registers every model)

    synced = {
        cast(Table, mapper.local_table).name
        for mapper in Base.registry.mappers
        if issubclass(mapper.class_, SyncedMixin)
    }
    codecs: dict[str, TableCodec] = {}
    for table in Base.metadata.sorted_tables:
        if table.name not in synced:
            continue
        names = tuple(c.name for c in table.columns if c.name != SYNC_CLOCKS)
        pairs = {c.name: _kinds(c.type) for c in table.columns if c.name != SYNC_CLOCKS}
        codecs[table.name] = TableCodec(
            table,
            names,
            {n: p[0] for n, p in pairs.items()},
            {n: p[1] for n, p in pairs.items()},
            {c.name: _absent(c) for c in table.columns if c.name != SYNC_CLOCKS},
        )
    return codecs


def _absent(column: Any) -> Any:
    default = column.default
    return default.arg if default is not None and default.is_scalar else None


@cache
def natural_key(table_name: str) -> tuple[str, ...] | None:
    """The unique column set of a synced table other than its id (`user.login`,
    `work_order.number`, one repair record per work order …), or None."""
    from sqlalchemy import UniqueConstraint

    codec = synced_tables().get(table_name)
    if codec is None:
        return None
    keys = [
        tuple(c.name for c in constraint.columns)
        for constraint in codec.table.constraints
        if isinstance(constraint, UniqueConstraint)
    ]
    keys += [(c.name,) for c in codec.table.columns if c.unique]
    return keys[0] if keys else None


def natural_key_text(table_name: str, data: dict[str, Any]) -> str | None:
    """The row's natural key as one comparable text (JSON), or None."""
    columns = natural_key(table_name)
    if columns is None or any(data.get(c) is None for c in columns):
        return None
    return json.dumps([data[c] for c in columns], ensure_ascii=False, separators=(",", ":"))
