"""The plain-sqlite3 first page start-up shows equals the real list's first page."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import func
from sqlalchemy.dialects import sqlite

from app.db import first_page, schema
from app.paths import database_path
from app.services import lists
from app.services.store import Store
from app.ui.table_model import PAGE_SIZE
from tests.db_templates import DemoSeed


def compiled(query: object) -> str:
    return str(query.compile(dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True}))  # type: ignore[attr-defined]


def test_the_stored_sql_is_the_work_order_lists_default_first_page() -> None:
    spec = lists.WORK_ORDERS
    sort = spec.column(spec.default_sort)
    assert spec.default_descending
    for language, stored in (
        (spec, first_page.ROWS_SQL),
        (spec.in_english(), first_page.ROWS_SQL_EN),
    ):
        rows = (
            language.base.with_only_columns(language.id_expr, *(c.expr for c in language.columns))
            .order_by(sort.expr.desc(), spec.id_expr.desc())
            .offset(0)
            .limit(PAGE_SIZE)
        )
        assert stored == compiled(rows)
    assert first_page.COUNT_SQL == compiled(spec.base.with_only_columns(func.count()))
    datetimes = tuple(i + 1 for i, c in enumerate(spec.columns) if c.kind is lists.Kind.DATETIME)
    assert first_page.DATETIME_FIELDS == datetimes
    assert first_page.head_revision() == schema.head_revision()


def test_first_page_equals_the_real_one_on_the_demo(
    store: Store, data_dir: Path, demo_seed: DemoSeed
) -> None:
    demo_seed(store)
    request = lists.ListRequest()
    page = first_page.read_first_page(database_path(data_dir))
    assert page is not None
    assert page.count == lists.count_rows(store, lists.WORK_ORDERS, request) > 0
    assert page.rows == lists.fetch_rows(store, lists.WORK_ORDERS, request, 0, PAGE_SIZE)


def test_a_database_to_migrate_takes_the_ordinary_path(
    store: Store, data_dir: Path, demo_seed: DemoSeed
) -> None:
    demo_seed(store)
    path = database_path(data_dir)
    store.engine.dispose()
    con = sqlite3.connect(path)
    with con:
        con.execute("UPDATE alembic_version SET version_num = ?", (schema.known_revisions()[0],))
    con.close()
    assert first_page.read_first_page(path) is None


def test_damaged_empty_or_absent_files_take_the_ordinary_path(tmp_path: Path) -> None:
    garbage = tmp_path / "garbage.db"
    garbage.write_bytes(b"not a database at all" * 100)
    empty = tmp_path / "empty.db"
    empty.write_bytes(b"")
    foreign = tmp_path / "foreign.db"
    con = sqlite3.connect(foreign)
    con.execute("CREATE TABLE notes (body TEXT)")
    con.close()
    for path in (garbage, empty, foreign, tmp_path / "absent.db"):
        assert first_page.read_first_page(path) is None


def test_the_early_views_columns_are_the_lists() -> None:
    from app.ui.list_page import column_width
    from app.ui.work_orders import first_page as early

    spec = lists.WORK_ORDERS
    assert early.COLUMNS == tuple((c.header, c.enum) for c in spec.columns)
    assert early.WIDTHS == tuple(column_width(c) for c in spec.columns)
    assert spec.columns[early.SORTED_COLUMN].key == spec.default_sort and spec.default_descending
    assert early.HEADER_KEY == f"lists/{spec.name}/header"
