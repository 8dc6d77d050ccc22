"""Opening and filtering the work-order list on a large database, against raw SQLite.

For each search (none, then a few typical ones) it measures, in the same run:
- raw: the count and first page of the same SQL through plain `sqlite3`;
- app: `PagedTableModel` from `set_search()` until its `loaded` signal and the first
  page's cells are formatted, as the list view shows them;
and the longest gap between ticks of a 5 ms timer on the GUI thread (a stall).
Goals: app/raw ≤ 2×, no stall over 100 ms.

    python benchmarks/work_orders.py [--work-orders 100000] [--data-dir DIR]
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SEARCHES = ["", "真空泵", "H19", "WO-2025", "Repair 河南"]
ROUNDS = 5


def raw_sql(store: object, text: str) -> tuple[str, list[object], str, list[object]]:
    """The count and first-page SQL the model runs, compiled for plain sqlite3."""
    from sqlalchemy.dialects import sqlite

    from app.services import lists
    from app.ui.table_model import PAGE_SIZE, search_terms

    spec = lists.WORK_ORDERS
    request = lists.ListRequest(search_terms(spec, text))
    where = lists._where(spec, request)  # noqa: SLF001 - the very clauses the app uses
    count = spec.base.with_only_columns(lists.func.count()).where(*where)
    sort = spec.column(spec.default_sort)
    page = (
        spec.base.with_only_columns(spec.id_expr, *(c.expr for c in spec.columns))
        .where(*where)
        .order_by(sort.expr.desc(), spec.id_expr.desc())
        .limit(PAGE_SIZE)
    )
    dialect = sqlite.dialect(paramstyle="qmark")
    compiled = [
        q.compile(dialect=dialect, compile_kwargs={"render_postcompile": True})
        for q in (count, page)
    ]
    return (
        str(compiled[0]),
        [compiled[0].params[k] for k in compiled[0].positiontup or []],
        str(compiled[1]),
        [compiled[1].params[k] for k in compiled[1].positiontup or []],
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--work-orders", type=int, default=100_000)
    parser.add_argument("--data-dir", type=Path)
    args = parser.parse_args()
    tmp = tempfile.TemporaryDirectory()
    data = args.data_dir or Path(tmp.name) / "data"
    subprocess.run(
        [
            sys.executable,
            str(ROOT / "benchmarks" / "generate.py"),
            "--data-dir",
            str(data),
            "--work-orders",
            str(args.work_orders),
        ],
        check=True,
        capture_output=True,
    )

    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from app.db.schema import open_database
    from app.paths import backups_dir, database_path
    from app.services import lists
    from app.services.store import Store
    from app.ui.table_model import PagedTableModel

    app = QApplication([])
    opened = open_database(database_path(data), backups_dir(data))
    store = Store(opened.engine, data)
    raw = sqlite3.connect(database_path(data))

    clock = QElapsedTimer()
    clock.start()
    last_tick = [clock.elapsed()]
    worst_gap = [0]

    def tick() -> None:
        now = clock.elapsed()
        worst_gap[0] = max(worst_gap[0], now - last_tick[0])
        last_tick[0] = now

    ticker = QTimer()
    ticker.setInterval(5)
    ticker.timeout.connect(tick)
    ticker.start()

    model = PagedTableModel(store, lists.WORK_ORDERS)
    model.start()

    def app_time(text: str) -> float:
        loop = QEventLoop()
        model.loaded.connect(loop.quit)
        start = time.perf_counter()
        model.set_search(text)
        loop.exec()
        model.loaded.disconnect(loop.quit)
        for row in range(min(40, model.rowCount())):  # what a 1366×768 view shows
            for column in range(model.columnCount()):
                model.index(row, column).data()
        return time.perf_counter() - start

    def raw_time(text: str) -> float:
        count_sql, count_args, page_sql, page_args = raw_sql(store, text)
        start = time.perf_counter()
        raw.execute(count_sql, count_args).fetchone()
        raw.execute(page_sql, page_args).fetchall()
        return time.perf_counter() - start

    print(f"work orders: {args.work_orders}")
    print(f"{'search':<14}{'rows':>8}{'raw ms':>10}{'app ms':>10}{'ratio':>8}")
    ratios: list[float] = []
    stalls: list[int] = []
    for text in SEARCHES:
        app_runs, raw_runs = [], []
        for _ in range(ROUNDS):
            raw_runs.append(raw_time(text))
            worst_gap[0] = 0
            last_tick[0] = clock.elapsed()
            app_runs.append(app_time(text))
            stalls.append(worst_gap[0])
        raw_ms = statistics.median(raw_runs) * 1000
        app_ms = statistics.median(app_runs) * 1000
        ratios.append(app_ms / raw_ms)
        label = repr(text) if text else "(none)"
        ratio = app_ms / raw_ms
        print(f"{label:<14}{model.rowCount():>8}{raw_ms:>10.1f}{app_ms:>10.1f}{ratio:>7.2f}x")
    # Scrolling: jump to the end; the page arrives in the background.
    worst_gap[0] = 0
    last_tick[0] = clock.elapsed()
    model.set_search("")
    loop = QEventLoop()
    model.loaded.connect(loop.quit)
    loop.exec()
    model.index(model.rowCount() - 1, 0).data()
    loop2 = QEventLoop()
    model.dataChanged.connect(lambda *_: loop2.quit())
    loop2.exec()
    stalls.append(worst_gap[0])
    print(f"worst ratio: {max(ratios):.2f}x (goal <= 2x)")
    print(f"longest GUI-thread stall: {max(stalls)} ms (goal < 100 ms)")
    opened.engine.dispose()
    del app


if __name__ == "__main__":
    main()
