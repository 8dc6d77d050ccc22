"""The demo's rows before they are added: ids from a fixed-seed stream, stamps, and
groups added parents first.

Everything comes from fixed seeds, so the same `today` gives the same rows; reference
rows (hospitals, people, units) even keep the same ids whatever `today` is, which is
how a second seeding recognises the first (`first_customer_id`). The registry and the
work-order planner draw from one random stream (`rng`) in a fixed order: changing the
order of the draws changes the demo.
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta
from typing import Any

from app.db.base import Base
from app.domain.ids import uuid7

SEED = 20_240_901
DEMO_BY = "demo"
# Reference rows are stamped with this instant, not with `today`, so their ids are fixed.
EPOCH = datetime(2024, 1, 1, tzinfo=UTC)
_EPOCH_MS = int(EPOCH.timestamp() * 1000)
BEIJING = timedelta(hours=8)


def first_customer_id() -> str:
    """Id of the first demo hospital; its presence means the demo is already seeded."""
    return uuid7(unix_ms=_EPOCH_MS, rand=random.Random(SEED).randbytes(10))


def local_time(day: date, hour: float = 9.5) -> datetime:
    """The UTC instant of `hour` o'clock Beijing time on `day` (work happens by local clock)."""
    return datetime(day.year, day.month, day.day, tzinfo=UTC) + timedelta(hours=hour) - BEIJING


class DemoRows:
    """All demo rows built in memory, so `seed_demo` only adds them."""

    def __init__(self, today: date) -> None:
        self.today = today
        self.now = datetime(today.year, today.month, today.day, tzinfo=UTC)
        self.ids = random.Random(SEED)  # ids only: the first one is first_customer_id()
        self.rng = random.Random(SEED + 1)
        self.count = 0
        # Added group by group, parents first: contacts point at sites through a
        # foreign key without a relationship the unit of work could order by.
        self.groups: list[list[object]] = [[], [], [], []]

    def new_id(self, when: datetime | None = None) -> str:
        """A UUIDv7 from the id stream: at `when`, or at the fixed epoch (+1 ms per row)."""
        self.count += 1
        ms = int(when.timestamp() * 1000) if when else _EPOCH_MS + self.count - 1
        return uuid7(unix_ms=ms, rand=self.ids.randbytes(10))

    def add(self, group: int, cls: type[Base], when: datetime | None = None, **values: Any) -> str:
        """Queues a demo row with a fresh id, stamped at `when` (default: the epoch)."""
        row_id = self.new_id(when)
        stamps = {"created_at": when or EPOCH, "updated_at": when or EPOCH, "updated_by": DEMO_BY}
        self.groups[group].append(cls(**{"id": row_id, **stamps, **values}))
        return row_id
