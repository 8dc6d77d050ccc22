"""What the server knows about the laptop's synced tables: names, fields and types.

Read once from the laptop's own SQLAlchemy models (`app.db.tables`), so the server
validates exactly the schema the app writes: every `SyncedMixin` table, every column
(except `sync_clocks`, which travels as the clocks, never as a field). Values arrive
as JSON (docs/sync.md): text, numbers, booleans, null; datetimes and dates as ISO 8601
text; enums by value; JSON columns as JSON.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from typing import Any, cast

from sqlalchemy import JSON, Boolean, Column, Date, DateTime, Enum, Float, Integer, String, Table
from sqlalchemy.types import TypeDecorator, TypeEngine

from app.db import codec, tables
from app.db.base import SYNC_CLOCKS, SyncedMixin
from sync.protocol import MAX_VALUE_DEPTH

Check = Callable[[Any], str | None]  # the problem with a non-null value, or None
NOT_FIELDS = frozenset({SYNC_CLOCKS})
_INT_LIMIT = 2**63


@dataclass(frozen=True)
class ColumnSpec:
    name: str
    check: Check
    nullable: bool
    required: bool  # an insert must give it (no default, not nullable)
    default: Callable[[], Any] | None = None  # the laptop model's default, wire form


@dataclass(frozen=True)
class TableSpec:
    name: str
    columns: dict[str, ColumnSpec]
    required: tuple[str, ...]  # what an insert must give, sorted

    @property
    def has_work_order_id(self) -> bool:
        return "work_order_id" in self.columns


LONE_SURROGATE = "text with a lone surrogate (not Unicode text)"


def lone_surrogate(text: str) -> bool:
    """JSON's "\\ud800" decodes to a half of a UTF-16 pair, which no database or
    UTF-8 text can hold: the only str that UTF-8 cannot encode."""
    if text.isascii():
        return False
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _text(length: int | None) -> Check:
    def check(value: Any) -> str | None:
        if not isinstance(value, str):
            return "expected text"
        if lone_surrogate(value):
            return LONE_SURROGATE
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


_STORED_MOMENT = re.compile(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d{6}")


def _datetime(value: Any) -> str | None:
    """As the laptop stores it: with a zone, converted to UTC (`app.db.codec`), a year
    of four digits — else every laptop would fail on the pulled row."""
    if not isinstance(value, str) or len(value) > 40:
        return "expected an ISO 8601 date and time"
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return "expected an ISO 8601 date and time"
    if moment.tzinfo is None:
        return "expected a date and time with a time zone"
    try:
        stored = codec.dt_to_storage(value)
    except (ValueError, OverflowError):
        return "a date and time out of range"
    if not _STORED_MOMENT.fullmatch(stored):
        return "a date and time out of range"
    return None


def _date(value: Any) -> str | None:
    if not isinstance(value, str) or len(value) != 10:
        return "expected an ISO 8601 date (YYYY-MM-DD)"
    try:
        date.fromisoformat(value)
    except ValueError:
        return "expected an ISO 8601 date (YYYY-MM-DD)"
    return None


def _any(value: Any) -> str | None:
    """JSON columns: any JSON the laptops can read back — at most MAX_VALUE_DEPTH levels,
    finite numbers, Unicode text (keys too). Iterative: depth is what is checked."""
    level = [value]
    for _level in range(MAX_VALUE_DEPTH):
        inner: list[Any] = []
        for item in level:
            if isinstance(item, dict):
                if any(not isinstance(k, str) or lone_surrogate(k) for k in item):
                    return LONE_SURROGATE
                inner.extend(item.values())
            elif isinstance(item, list):
                inner.extend(item)
            elif isinstance(item, str):
                if lone_surrogate(item):
                    return LONE_SURROGATE
            elif isinstance(item, float) and not math.isfinite(item):
                return "not a finite number"
            elif isinstance(item, int) and not isinstance(item, bool):
                if not -_INT_LIMIT < item < _INT_LIMIT:
                    return "number out of range"
        if not inner:
            return None
        level = inner
    return f"nested deeper than {MAX_VALUE_DEPTH} levels"


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


def _default(table: str, column: Column[Any]) -> Callable[[], Any] | None:
    """The value the laptop's model gives a column an insert leaves out, as the wire
    form: laptops insert pulled rows column by column, so the server stores whole rows."""
    default = column.default
    if default is None or column.primary_key:
        return None if not column.nullable or column.primary_key else (lambda: None)
    to_wire = codec.synced_tables()[table].to_wire[column.name]
    if getattr(default, "is_callable", False):
        make = cast(Any, default).arg
        return lambda: to_wire(make(None))
    value = cast(Any, default).arg
    return lambda: to_wire(value)


def _column_spec(table: str, column: Column[Any]) -> ColumnSpec:
    required = not (
        column.nullable
        or column.primary_key
        or column.default is not None
        or column.server_default is not None
    )
    return ColumnSpec(
        column.name,
        _check_for(column.type),
        bool(column.nullable),
        required,
        _default(table, column),
    )


@cache
def synced_tables() -> dict[str, TableSpec]:
    """Every synced table of the laptop's schema, by name."""
    specs: dict[str, TableSpec] = {}
    for mapper in tables.Base.registry.mappers:
        if not issubclass(mapper.class_, SyncedMixin):
            continue
        table = cast(Table, mapper.local_table)
        columns = {
            c.name: _column_spec(table.name, c) for c in table.columns if c.name not in NOT_FIELDS
        }
        required = tuple(sorted(c.name for c in columns.values() if c.required))
        specs[table.name] = TableSpec(table.name, columns, required)
    return specs


def completed(table: str, fields: dict[str, Any]) -> dict[str, Any]:
    """An inserted row's fields with the model's defaults for the fields it left out."""
    spec = synced_tables()[table]
    missing = [c for name, c in spec.columns.items() if name not in fields and c.default]
    if not missing:
        return fields
    return {**fields, **{c.name: cast(Callable[[], Any], c.default)() for c in missing}}


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
