"""The first page of the work-order list, read with plain `sqlite3` before SQLAlchemy loads.

Start-up shows these rows while SQLAlchemy, the Store and the pages import in the
background (about 4 bare windows of CPU); the real list then takes over with the same
rows. The SQL below is `services.lists.WORK_ORDERS` in its default order compiled for
SQLite (tests/test_first_page.py compiles it again and compares, so the two cannot drift).
Anything unexpected (a schema to migrate, damage, a locked file) gives None: start-up
then takes the ordinary path, which explains or repairs it.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"

_ROWS_SQL = (
    "SELECT work_order.id, work_order.number, work_order.type, work_order.state, "
    "work_order.priority, {hospital}, equipment_model.maker || ' ' || "
    "equipment_model.model || ' · ' || equipment.serial_number AS anon_1, "
    "work_order.reported_at, (SELECT group_concat("
    "trim(coalesce(part.description, awaited_part.description) || ' ' || "
    "coalesce(part.part_number, '')) || CASE WHEN (awaited_part.order_reference = '') "
    "THEN '' ELSE ' · ' || awaited_part.order_reference END || ' · ' || "
    "coalesce(strftime('%Y-%m-%d', awaited_part.expected_on), '—'), '; ') AS group_concat_1 \n"
    "FROM awaited_part LEFT OUTER JOIN part ON part.id = awaited_part.part_id \n"
    "WHERE awaited_part.work_order_id = work_order.id AND awaited_part.received_at IS NULL "
    "AND awaited_part.deleted_at IS NULL) AS anon_2, work_order.description \n"
    "FROM work_order JOIN equipment ON equipment.id = work_order.equipment_id "
    "JOIN equipment_model ON equipment_model.id = equipment.model_id "
    "JOIN site ON site.id = equipment.site_id "
    "JOIN customer ON customer.id = site.customer_id \n"
    "WHERE work_order.deleted_at IS NULL "
    "ORDER BY work_order.reported_at DESC, work_order.id DESC\n"
    " LIMIT 200 OFFSET 0"
)
ROWS_SQL = _ROWS_SQL.format(hospital="customer.name_zh")
# English screens show the stored English name of a hospital (issue 20).
ROWS_SQL_EN = _ROWS_SQL.format(
    hospital="coalesce(nullif(customer.name_en, ''), customer.name_zh) AS coalesce_1"
)
COUNT_SQL = (
    "SELECT count(*) AS count_1 \n"
    "FROM work_order JOIN equipment ON equipment.id = work_order.equipment_id "
    "JOIN equipment_model ON equipment_model.id = equipment.model_id "
    "JOIN site ON site.id = equipment.site_id "
    "JOIN customer ON customer.id = site.customer_id \n"
    "WHERE work_order.deleted_at IS NULL"
)
DATETIME_FIELDS = (7,)  # reported_at: stored as naive UTC text, shown as an aware datetime


@dataclass(frozen=True)
class FirstPage:
    count: int  # all work orders the list holds, not only this page
    rows: list[tuple[Any, ...]]  # (id, values…) as `lists.fetch_rows` gives them


def head_revision() -> str:
    """The newest migration's id, read off the file names as `schema.head_revision` does."""
    names = (p.name.split("_", 1)[0] for p in (MIGRATIONS_DIR / "versions").glob("[0-9]*.py"))
    return max(names)


def read_first_page(path: Path, english: bool = False) -> FirstPage | None:
    """The list's first page and count, or None when only the ordinary path may open `path`;
    `english`: as the English screens show it."""
    if not path.is_file() or path.stat().st_size == 0:
        return None
    try:
        con = sqlite3.connect(f"file:{quote(path.as_posix())}?mode=ro", uri=True)
    except sqlite3.Error:
        return None
    try:
        version = con.execute("SELECT version_num FROM alembic_version").fetchall()
        if version != [(head_revision(),)]:
            return None  # to migrate, newer or not ours: the ordinary path decides
        count = int(con.execute(COUNT_SQL).fetchone()[0])
        rows = [_converted(row) for row in con.execute(ROWS_SQL_EN if english else ROWS_SQL)]
    except (sqlite3.Error, ValueError, TypeError):
        return None
    finally:
        con.close()
    return FirstPage(count, rows)


def _converted(row: tuple[Any, ...]) -> tuple[Any, ...]:
    values = list(row)
    for i in DATETIME_FIELDS:
        if values[i] is not None:
            values[i] = datetime.fromisoformat(values[i]).replace(tzinfo=UTC)
    return tuple(values)
