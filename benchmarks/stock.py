"""The stock ledger on a large database: on-hand is always the sum of movements.

Generates 1,000,000 movements of 20,000 parts over 50 locations (2 warehouses, 48
engineers' kits: receipts, transfers to the kits, issues, a few scraps), then times
the two aggregates the Stock pages run — on-hand of one location
(`views.on_hand_at`) and the low-stock list (`views.low_stock_rows`) — against the
same aggregate written by hand as raw SQL on the same database, the median of a few
rounds each, in one run. The goal: each within 2× of its raw SQL.

    python benchmarks/stock.py [--movements 1000000] [--parts 20000] [--locations 50]
                               [--data-dir DIR]
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

ROUNDS = 5
GOAL_RATIO = 2.0
WAREHOUSES = 2
STAMP = "%Y-%m-%d %H:%M:%S.%f"

RAW_ON_HAND = """
SELECT part_id, SUM(quantity) FROM (
    SELECT part_id, quantity FROM stock_movement
     WHERE to_location_id = ? AND deleted_at IS NULL
    UNION ALL
    SELECT part_id, 0.0 - quantity FROM stock_movement
     WHERE from_location_id = ? AND deleted_at IS NULL
) GROUP BY part_id
"""
RAW_LOW_STOCK = """
WITH w AS (SELECT id FROM stock_location WHERE kind = 'warehouse' AND deleted_at IS NULL),
held AS (
    SELECT part_id, SUM(quantity) AS quantity FROM (
        SELECT part_id, quantity FROM stock_movement
         WHERE to_location_id IN (SELECT id FROM w) AND deleted_at IS NULL
        UNION ALL
        SELECT part_id, 0.0 - quantity FROM stock_movement
         WHERE from_location_id IN (SELECT id FROM w) AND deleted_at IS NULL
    ) GROUP BY part_id
)
SELECT part.id, COALESCE(held.quantity, 0.0) FROM part
  LEFT JOIN held ON held.part_id = part.id
 WHERE part.deleted_at IS NULL AND part.reorder_level > 0
   AND COALESCE(held.quantity, 0.0) <= part.reorder_level
 ORDER BY part.part_number
"""


def _median_ms(work: Callable[[], object]) -> float:
    times = []
    for _ in range(ROUNDS):
        started = time.perf_counter()
        work()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def _stamps(at: datetime) -> tuple[str, str, str]:
    text = at.strftime(STAMP)
    return text, text, text


def generate(path: Path, movements: int, parts: int, locations: int) -> None:
    """Writes the catalogue, the locations and the movements straight into the tables
    (in bulk: the ORM's audit trail and outbox are not what is measured)."""
    rng = random.Random(12)
    con = sqlite3.connect(path)
    start = datetime(2025, 1, 1, tzinfo=UTC)
    created = start.strftime(STAMP)
    part_ids = [str(uuid.UUID(int=rng.getrandbits(128))) for _ in range(parts)]
    con.executemany(
        "INSERT INTO part (id, part_number, description, unit, serialised, reorder_level, "
        "created_at, updated_at, updated_by) VALUES (?, ?, ?, 'pc', 0, ?, ?, ?, 'bench')",
        (
            (pid, f"BP-{i:06d}", f"备件 {i}", float(rng.choice((0, 0, 2, 5, 10))), created, created)
            for i, pid in enumerate(part_ids)
        ),
    )
    location_ids = [str(uuid.UUID(int=rng.getrandbits(128))) for _ in range(locations)]
    con.executemany(
        "INSERT INTO stock_location (id, kind, name_zh, name_en, holder_login, active, "
        "created_at, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, 1, ?, ?, 'bench')",
        (
            (
                lid,
                "warehouse" if i < WAREHOUSES else "kit",
                f"仓库 {i}" if i < WAREHOUSES else f"备件箱 {i}",
                f"Store {i}" if i < WAREHOUSES else f"Kit {i}",
                "" if i < WAREHOUSES else f"eng{i:02d}",
                created,
                created,
            )
            for i, lid in enumerate(location_ids)
        ),
    )
    warehouses, kits = location_ids[:WAREHOUSES], location_ids[WAREHOUSES:]

    def rows() -> Iterator[tuple[Any, ...]]:
        for n in range(movements):
            at = start + timedelta(seconds=n * 30)
            part = rng.choice(part_ids)
            roll = rng.random()
            if roll < 0.35:
                kind, source, target, qty = "receipt", None, rng.choice(warehouses), 10.0
            elif roll < 0.7:
                kind, source, target = "transfer", rng.choice(warehouses), rng.choice(kits)
                qty = float(rng.randint(1, 3))
            elif roll < 0.97:
                kind, source, target, qty = "issue", rng.choice(kits), None, 1.0
            else:
                kind, source, target, qty = "scrap", rng.choice(warehouses), None, 1.0
            yield (
                str(uuid.UUID(int=rng.getrandbits(128))), kind, part, qty, source, target,
                "", "bench" if kind == "scrap" else "", "", "bench", *_stamps(at),
            )  # fmt: skip

    con.executemany(
        "INSERT INTO stock_movement (id, kind, part_id, quantity, from_location_id, "
        "to_location_id, serial, reason, reference, by_login, at, created_at, updated_at, "
        "updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'bench')",
        rows(),
    )
    con.commit()
    con.execute("ANALYZE")
    con.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--movements", type=int, default=1_000_000)
    parser.add_argument("--parts", type=int, default=20_000)
    parser.add_argument("--locations", type=int, default=50)
    parser.add_argument("--data-dir", type=Path)
    args = parser.parse_args()
    tmp = tempfile.TemporaryDirectory()
    data = args.data_dir or Path(tmp.name) / "data"
    from app.db.schema import open_database
    from app.paths import backups_dir, database_path
    from app.services.stock import views
    from app.services.store import Store

    path = database_path(data)
    fresh = not path.exists()
    opened = open_database(path, backups_dir(data))
    if fresh:
        started = time.perf_counter()
        generate(path, args.movements, args.parts, args.locations)
        took = time.perf_counter() - started
        print(f"generated {args.movements:,} movements in {took:.1f} s")  # noqa: T201
    store = Store(opened.engine, data, "bench")
    raw = sqlite3.connect(path)
    kit = raw.execute(
        "SELECT id FROM stock_location WHERE kind = 'kit' ORDER BY name_zh LIMIT 1"
    ).fetchone()[0]
    warehouse = raw.execute(
        "SELECT id FROM stock_location WHERE kind = 'warehouse' ORDER BY name_zh LIMIT 1"
    ).fetchone()[0]
    failed = False
    checks: list[tuple[str, Callable[..., Any], Callable[..., Any]]] = []
    for label, location in (("on-hand of a warehouse", warehouse), ("on-hand of a kit", kit)):

        def ours(location: str = location) -> object:
            with store.reading() as session:
                return views.on_hand_at(session, location)

        def theirs(location: str = location) -> object:
            return raw.execute(RAW_ON_HAND, (location, location)).fetchall()

        checks.append((label, ours, theirs))

    def low_ours() -> object:
        with store.reading() as session:
            return views.low_stock_rows(session)

    checks.append(("low-stock list", low_ours, lambda: raw.execute(RAW_LOW_STOCK).fetchall()))
    for label, ours, theirs in checks:
        ours_result, theirs_result = ours(), theirs()  # warm both, and compare
        assert _same(ours_result, theirs_result), f"{label}: the results differ"
        mine, plain = _median_ms(ours), _median_ms(theirs)
        ratio = mine / plain
        ok = ratio <= GOAL_RATIO
        failed |= not ok
        print(  # noqa: T201
            f"{label:24} {mine:8.1f} ms  raw SQL {plain:8.1f} ms  ratio {ratio:4.2f}"
            f"  {'ok' if ok else 'SLOW'}"
        )
    raw.close()
    opened.engine.dispose()
    sys.exit(1 if failed else 0)


def _same(ours: Any, theirs: Any) -> bool:
    """Both answers hold the same (part, quantity) pairs."""
    pairs = ours.items() if isinstance(ours, dict) else ours
    mine = sorted((str(p), round(float(q), 6)) for p, q in pairs)
    plain = sorted((str(p), round(float(q), 6)) for p, q in theirs)
    return mine == plain


if __name__ == "__main__":
    main()
