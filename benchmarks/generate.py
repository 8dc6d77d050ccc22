"""Makes a large Beamside database for benchmarks: the demo plus bulk work orders.

    python benchmarks/generate.py --data-dir /tmp/bench --work-orders 100000

Bulk rows go in through SQLAlchemy Core in batches (the ORM unit of work would take
minutes for 100,000 rows). Their numbers use prefixes B0..B9, which neither the demo's
laptops nor a real 4-character device prefix use, continuing any earlier run's sequences.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import cast

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from sqlalchemy import Table, func, insert, select  # noqa: E402
from sqlalchemy.orm import Session  # noqa: E402

from app.db.models import Equipment, EquipmentModel, WorkOrder  # noqa: E402
from app.db.schema import open_database  # noqa: E402
from app.demo.rows import DEMO_BY  # noqa: E402
from app.demo.seed import seed_demo  # noqa: E402
from app.demo.work_order_mix import REACHED, WORK_HOURS  # noqa: E402
from app.demo.work_orders import describe  # noqa: E402
from app.domain.enums import (  # noqa: E402
    EquipmentStatus,
    Modality,
    Priority,
    WorkOrderState,
    WorkOrderType,
)
from app.domain.ids import uuid7  # noqa: E402
from app.domain.numbering import format_number, parse_number  # noqa: E402
from app.paths import backups_dir, database_path  # noqa: E402
from app.services.store import Store  # noqa: E402

BULK_PREFIXES = tuple(f"B{i}" for i in range(10))
BATCH = 20_000
DAYS = 3 * 365
S = WorkOrderState
T = WorkOrderType
_TYPES = (T.REPAIR, T.INSPECTION, T.PREVENTIVE_MAINTENANCE, T.UPGRADE, T.TRAINING)
_TYPE_WEIGHTS = (45, 25, 20, 6, 4)
_OPEN = tuple(s for s in S if s not in (S.CLOSED, S.CANCELLED))
_TIMES = ("acknowledged_at", "arrived_at", "started_at", "finished_at", "closed_at")
# Typical gap before each timestamp, in hours: acknowledge, travel, start, work, close.
_GAPS = ((0.1, 3.0), (2.0, 72.0), (0.2, 0.8), None, (24.0, 240.0))


def existing_sequences(session: Session) -> dict[tuple[int, str], int]:
    """Highest bulk sequence per (year, prefix) already in the database."""
    highest: dict[tuple[int, str], int] = {}
    for number in session.scalars(
        select(WorkOrder.number).where(WorkOrder.number.like("WO-%-B_-%"))
    ):
        parsed = parse_number(number)
        if parsed and parsed[1] in BULK_PREFIXES:
            key = (parsed[0], parsed[1])
            highest[key] = max(highest.get(key, 0), parsed[2])
    return highest


def bulk_rows(
    rng: random.Random,
    count: int,
    units: list[tuple[str, Modality, str]],
    today: date,
    sequences: dict[tuple[int, str], int],
) -> list[dict[str, object]]:
    """`count` work-order rows over `units` and the 3 years before `today`, reported order."""
    now = datetime(today.year, today.month, today.day, tzinfo=UTC)
    reported = sorted(
        now - timedelta(seconds=rng.uniform(3600, DAYS * 86400)) for _ in range(count)
    )
    rows: list[dict[str, object]] = []
    for at in reported:
        unit_id, modality, model = rng.choice(units)
        wo_type = rng.choices(_TYPES, weights=_TYPE_WEIGHTS)[0]
        age_days = (now - at).days
        state: WorkOrderState
        if age_days < 20:
            state = rng.choice(_OPEN) if rng.random() < 0.7 else S.CLOSED
        else:
            state = S.CANCELLED if rng.random() < 0.02 else S.CLOSED
        times: list[datetime] = []
        t = at
        for gap in _GAPS[: REACHED[state]]:
            low, high = gap or WORK_HOURS[wo_type]
            t += timedelta(hours=rng.uniform(low, high))
            times.append(t)
        if t > now:  # keep every timestamp in the past
            shift = t - now + timedelta(minutes=rng.uniform(10, 600))
            at, times = at - shift, [x - shift for x in times]
        prefix = rng.choice(BULK_PREFIXES)
        key = (at.year, prefix)
        sequences[key] = sequences.get(key, 0) + 1
        urgent = (Priority.HIGH, Priority.URGENT) if wo_type is T.REPAIR else (Priority.NORMAL,)
        row: dict[str, object] = {
            "id": uuid7(unix_ms=int(at.timestamp() * 1000), rand=rng.randbytes(10)),
            "number": format_number(at.year, prefix, sequences[key]),
            "type": wo_type,
            "state": state,
            "priority": rng.choice((*urgent, Priority.NORMAL, Priority.LOW)),
            "equipment_id": unit_id,
            "description": describe(rng, wo_type, modality, model),
            "reported_at": at,
            "created_at": at,
            "updated_at": times[-1] if times else at,
            "updated_by": DEMO_BY,
            "deleted_at": None,
        }
        padded: list[datetime | None] = [*times, None, None, None, None, None]
        row.update(zip(_TIMES, padded, strict=False))
        rows.append(row)
    return rows


def work_order_total(text: str) -> int:
    """argparse type of --work-orders: a count, so a typo is refused, not run as 0."""
    try:
        value = int(text)
    except ValueError:
        value = -1
    if value < 0:
        raise argparse.ArgumentTypeError(
            f"the total of work orders wanted is a whole number, 0 or more; not {text}"
        )
    return value


def main(argv: list[str] | None = None) -> int:
    """Creates (or tops up) the database and prints what it did and how long it took."""
    parser = argparse.ArgumentParser(description="Make a large Beamside database.")
    parser.add_argument("--data-dir", type=Path, required=True)
    parser.add_argument(
        "--work-orders", type=work_order_total, required=True, help="total wanted (0 or more)"
    )
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    started = time.perf_counter()
    data_dir: Path = args.data_dir
    opened = open_database(database_path(data_dir), backups_dir(data_dir))
    store = Store(engine=opened.engine, data_dir=data_dir)
    today = date.today()
    seed_demo(store, today)
    bulk_started = time.perf_counter()
    with store.session() as session:
        have = session.scalar(select(func.count()).select_from(WorkOrder)) or 0
        missing = max(0, args.work_orders - have)
        # A top-up run must not replay the first run's draws (same instants, same ids).
        rng = random.Random(f"{args.seed}:{have}")
        units = [
            (unit_id, modality, model)
            for unit_id, modality, model in session.execute(
                select(Equipment.id, EquipmentModel.modality, EquipmentModel.model)
                .join(EquipmentModel, Equipment.model_id == EquipmentModel.id)
                .where(
                    Equipment.updated_by == DEMO_BY,
                    Equipment.status != EquipmentStatus.INSTALLING,
                )
                .order_by(Equipment.id)
            )
        ]
        sequences = existing_sequences(session)
        rows = bulk_rows(rng, missing, units, today, sequences) if missing else []
        for i in range(0, len(rows), BATCH):
            session.execute(insert(cast(Table, WorkOrder.__table__)), rows[i : i + BATCH])
        total = session.scalar(select(func.count()).select_from(WorkOrder)) or 0
    bulk = time.perf_counter() - bulk_started
    elapsed = time.perf_counter() - started
    print(
        f"{database_path(data_dir)}: {total} work orders ({missing} added in {bulk:.2f} s); "
        f"total {elapsed:.2f} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
