"""The cyclic garbage collector paused while bulk work makes objects by the hundred
thousand (rows, facts, spans; no cycles among them): every pass it would make walks the
whole heap again, a third of the time of a year's KPI table (benchmarks/kpis.py).
Reference counting still frees what is dropped; the collector runs again afterwards."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager


class _Pauses:
    """Who holds the collector paused (workers may overlap): the last one out restores it."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.holders = 0
        self.was_enabled = False


_PAUSES = _Pauses()


@contextmanager
def collector_paused() -> Iterator[None]:
    pauses = _PAUSES
    with pauses.lock:
        if pauses.holders == 0:
            pauses.was_enabled = gc.isenabled()
            gc.disable()
        pauses.holders += 1
    try:
        yield
    finally:
        with pauses.lock:
            pauses.holders -= 1
            if pauses.holders == 0 and pauses.was_enabled:
                gc.enable()


def freeze_start_up() -> None:
    """What start-up made (modules, classes, mappers, the window's widgets) lives as long
    as the app: moved out of the collector's sight, so that a full collection, which holds
    every thread while it walks the heap, walks only what came later (one made the GUI
    thread wait 120-150 ms while the dashboard loaded a big database)."""
    gc.freeze()
