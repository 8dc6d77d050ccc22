"""What the server knows about the laptop's synced tables: names, fields and types.

Read once from the laptop's own SQLAlchemy models (`app.db.tables`), so the server
validates exactly the schema the app writes: every `SyncedMixin` table, every column
(except `sync_clocks`, which travels as the clocks, never as a field). Values arrive
as JSON (docs/sync.md): text, numbers, booleans, null; datetimes and dates as ISO 8601
text; enums by value; JSON columns as JSON.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from typing import Any, cast

from sqlalchemy import JSON, Boolean, Column, Date, DateTime, Enum, Float, Integer, String, Table
from sqlalchemy.types import TypeDecorator, TypeEngine

from app.db import tables
from app.db.base import SYNC_CLOCKS, SyncedMixin

Check = Callable[[Any], str | None]  # the problem with a non-null value, or None
NOT_FIELDS = frozenset({SYNC_CLOCKS})
_INT_LIMIT = 2**63


@dataclass(frozen=True)
class ColumnSpec:
    name: str
    check: Check
    nullable: bool
    required: bool  # an insert must give it (no default, not nullable)


@dataclass(frozen=True)
class TableSpec:
    name: str
    columns: dict[str, ColumnSpec]
    required: tuple[str, ...]  # what an insert must give, sorted

    @property
    def has_work_order_id(self) -> bool:
        return "work_order_id" in self.columns


def _text(length: int | None) -> Check:
    def check(value: Any) -> str | None:
        if not isinstance(value, str):
            return "expected text"
        if length is not None and len(value) > length:
            return f"longer than {length} characters"
        return None

    return check


def _enum(values: frozenset[str]) -> Check:
    def check(value: Any) -> str | None:
        if isinstance(value, str) and value in values:
            return None
        return f"not one of {sorted(values)}"

    return check


def _bool(value: Any) -> str | None:
    return None if isinstance(value, bool) else "expected true or false"


def _int(value: Any) -> str | None:
    if isinstance(value, bool) or not isinstance(value, int):
        return "expected a whole number"
    return None if -_INT_LIMIT < value < _INT_LIMIT else "number out of range"


def _float(value: Any) -> str | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return "expected a number"
    if isinstance(value, float) and not math.isfinite(value):
        return "not a finite number"
    return None if not isinstance(value, int) or -_INT_LIMIT < value < _INT_LIMIT else "too big"


def _datetime(value: Any) -> str | None:
    if not isinstance(value, str) or len(value) > 40:
        return "expected an ISO 8601 date and time"
    try:
        datetime.fromisoformat(value)
    except ValueError:
        return "expected an ISO 8601 date and time"
    return None


def _date(value: Any) -> str | None:
    if not isinstance(value, str) or len(value) != 10:
        return "expected an ISO 8601 date (YYYY-MM-DD)"
    try:
        date.fromisoformat(value)
    except ValueError:
        return "expected an ISO 8601 date (YYYY-MM-DD)"
    return None


def _any(_value: Any) -> str | None:
    return None  # JSON columns: any JSON (serialising it catches NaN and the like)


def _check_for(kind: TypeEngine[Any]) -> Check:
    if isinstance(kind, TypeDecorator):
        kind = kind.impl_instance
    if isinstance(kind, Enum):  # before String: Enum is a String
        return _enum(frozenset(kind.enums))
    if isinstance(kind, String):
        return _text(kind.length)
    if isinstance(kind, Boolean):
        return _bool
    if isinstance(kind, Integer):
        return _int
    if isinstance(kind, Float):
        return _float
    if isinstance(kind, DateTime):
        return _datetime
    if isinstance(kind, Date):
        return _date
    if isinstance(kind, JSON):
        return _any
    raise TypeError(f"no sync check for column type {kind!r}")  # a new type: add it here


def _column_spec(column: Column[Any]) -> ColumnSpec:
    required = not (
        column.nullable
        or column.primary_key
        or column.default is not None
        or column.server_default is not None
    )
    return ColumnSpec(column.name, _check_for(column.type), bool(column.nullable), required)


@cache
def synced_tables() -> dict[str, TableSpec]:
    """Every synced table of the laptop's schema, by name."""
    specs: dict[str, TableSpec] = {}
    for mapper in tables.Base.registry.mappers:
        if not issubclass(mapper.class_, SyncedMixin):
            continue
        table = cast(Table, mapper.local_table)
        columns = {c.name: _column_spec(c) for c in table.columns if c.name not in NOT_FIELDS}
        required = tuple(sorted(c.name for c in columns.values() if c.required))
        specs[table.name] = TableSpec(table.name, columns, required)
    return specs


def storable_text(value: str) -> bool:
    """Text a database column can hold: no NUL (PostgreSQL refuses it) and no lone
    surrogates (JSON's "\\ud800" decodes to one; UTF-8 cannot encode it)."""
    if "\x00" in value:
        return False
    if value.isascii():
        return True
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True
