"""The clock and the merge rule every copy of the data uses (docs/sync.md).

* Every field of a synced row carries the hybrid logical clock (HLC) of the write that
  set it. A row's clocks are stored compactly: ``{"*": insert_clock, field: clock, …}``,
  a field without its own entry having the row's ``"*"`` clock.
* A field takes an incoming value when the incoming clock is greater (last writer wins;
  the device part of the clock breaks ties deterministically).
* A change also says which clock each field had when its author edited it (``base``).
  When that is not the clock the field has now, the two writes were concurrent: the
  losing value (either side's) becomes a *conflict* a person can review and re-apply.

Pure Python with no imports beyond the standard library: the laptop loads it at start.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any, Literal

ROW_CLOCK = "*"
# Fields whose values are stamps of the write itself, never a reason for a conflict.
STAMP_FIELDS = frozenset({"updated_at", "updated_by"})

# --- the hybrid logical clock ------------------------------------------------------------


def make_hlc(wall_ms: int, counter: int, node: str) -> str:
    """Text that sorts like the clock: wall time, then counter, then the node."""
    return f"{wall_ms:013d}-{counter:04d}-{node}"


def parse_hlc(text: str) -> tuple[int, int, str]:
    wall, counter, node = text.split("-", 2)
    if len(wall) != 13 or len(counter) != 4 or not wall.isdigit() or not counter.isdigit():
        raise ValueError(f"not a clock: {text!r}")
    return int(wall), int(counter), node


def hlc_wall_ms(text: str) -> int:
    return parse_hlc(text)[0]


@dataclass
class HybridClock:
    """A node's clock: never goes backwards, and jumps past every clock it has seen, so
    an edit made after seeing a value always wins over that value."""

    node: str
    wall_ms: int = 0
    counter: int = 0

    def now(self, physical_ms: int | None = None) -> str:
        physical = int(time.time() * 1000) if physical_ms is None else physical_ms
        if physical > self.wall_ms:
            self.wall_ms, self.counter = physical, 0
        else:
            self.counter += 1
            if self.counter > 9999:  # keep the fixed width: borrow a millisecond
                self.wall_ms, self.counter = self.wall_ms + 1, 0
        return make_hlc(self.wall_ms, self.counter, self.node)

    def observe(self, seen: str) -> None:
        wall, counter, _ = parse_hlc(seen)
        if (wall, counter) > (self.wall_ms, self.counter):
            self.wall_ms, self.counter = wall, counter

    def state(self) -> str:
        return make_hlc(self.wall_ms, self.counter, self.node)


# --- clocks of a row ---------------------------------------------------------------------


def field_clock(clocks: dict[str, str], name: str) -> str | None:
    return clocks.get(name, clocks.get(ROW_CLOCK))


# --- the merge ---------------------------------------------------------------------------

ConflictKind = Literal["concurrent", "deleted", "signed"]


@dataclass(frozen=True)
class FieldConflict:
    """A value that lost to a concurrent write, kept so a person can re-apply it."""

    field: str
    kind: ConflictKind
    lost_value: Any
    lost_clock: str
    won_value: Any
    won_clock: str | None


@dataclass
class Merge:
    """What merging one change (or one pulled row) into a row decided."""

    taken: dict[str, Any] = field(default_factory=dict)  # field -> value now stored
    clocks: dict[str, str] = field(default_factory=dict)  # field -> its new clock
    conflicts: list[FieldConflict] = field(default_factory=list)


def merge_fields(
    current: dict[str, Any] | None,
    current_clocks: dict[str, str] | None,
    incoming: dict[str, Any],
    incoming_clocks: dict[str, str],
    base: dict[str, str | None] | None = None,
    *,
    pending: frozenset[str] = frozenset(),
) -> Merge:
    """Field-by-field last-writer-wins of `incoming` into `current`.

    `base` is the clock each incoming field had where it was edited (a pushed change);
    None for a pulled row, where only `pending` (fields with unpushed local edits) can
    lose something a person wrote. Pure: the caller writes `taken` and `clocks`.
    """
    merge = Merge()
    current = current or {}
    current_clocks = current_clocks or {}
    for name, value in incoming.items():
        clock = field_clock(incoming_clocks, name)
        if clock is None:
            raise ValueError(f"no clock for field {name!r}")
        mine = field_clock(current_clocks, name) if name in current else None
        if mine is not None and clock == mine:
            continue  # the same write, seen again
        if mine is None or clock > mine:
            merge.taken[name] = value
            merge.clocks[name] = clock
            overwritten = mine is not None and current.get(name) != value
            concurrent = (
                (base is not None and base.get(name) != mine)
                if base is not None
                else name in pending
            )
            if overwritten and concurrent and name not in STAMP_FIELDS:
                merge.conflicts.append(
                    FieldConflict(name, "concurrent", current.get(name), mine or "", value, clock)
                )
        elif base is not None and current.get(name) != value and name not in STAMP_FIELDS:
            # A pushed write older than the value here: its author had not seen this
            # one. (A pulled older value is only stale: the newer one is ours to push.)
            merge.conflicts.append(
                FieldConflict(name, "concurrent", value, clock, current.get(name), mine)
            )
    return merge
