"""Background work on Qt's global thread pool, results delivered back on the GUI thread.

A task wraps a plain callable; its QObject holder (created on the GUI thread) emits
`done` or `failed`, which Qt queues to the receivers' thread. Workers never touch
widgets.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

_running: set[Task] = set()


class TaskSignals(QObject):
    done = Signal(object)
    failed = Signal(object)


class Task(QRunnable):
    def __init__(self, work: Callable[[], Any]) -> None:
        super().__init__()
        self.setAutoDelete(False)  # Python keeps it alive in `_running` until it reports
        self.work = work
        self.signals = TaskSignals()

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as exc:  # delivered to the GUI, which decides what to show
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)


def _receiver_gone(callback: Callable[..., None] | None) -> bool:
    """True when `callback` is a method of a widget Qt has already deleted (its window
    closed while the work ran): its result has nowhere to go."""
    owner = getattr(callback, "__self__", None)
    return isinstance(owner, QObject) and not shiboken6.isValid(owner)


def run_in_background(
    work: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_failed: Callable[[BaseException], None] | None = None,
) -> Task:
    task = Task(work)
    _running.add(task)

    def finished(result: Any) -> None:
        _running.discard(task)
        if not _receiver_gone(on_done):
            on_done(result)

    def failed(exc: BaseException) -> None:
        _running.discard(task)
        if _receiver_gone(on_failed):
            return
        if on_failed is not None:
            on_failed(exc)
        else:
            raise exc

    task.signals.done.connect(finished)
    task.signals.failed.connect(failed)
    QThreadPool.globalInstance().start(task)
    return task


def wait_for_background(msecs: int = 10_000) -> bool:
    """Blocks until queued tasks ran (tests and shutdown only)."""
    return QThreadPool.globalInstance().waitForDone(msecs)
