"""What happens to an error nobody expected: it is logged, the user is told, work is kept.

Every save commits at once, so an unexpected error loses nothing already saved; the
log in the data folder holds the details for the service office.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from app.ui.i18n import arg

if TYPE_CHECKING:
    import logging.handlers
    from io import TextIOWrapper

log = logging.getLogger("beamside")


def log_file(data_dir: Path) -> Path:
    return data_dir / "beamside.log"


class _LogFile(logging.Handler):
    """The log file in the data folder, opened late: records logged before `open_log_file`
    (after the first frame) are held and written first, and an error opens the file at
    once, so nothing logged at start-up is lost while the first frame does not wait for
    `logging.handlers` (its imports take ~5 ms; issue 10 §7)."""

    def __init__(self, data_dir: Path, stream: TextIOWrapper) -> None:
        super().__init__()
        self.data_dir, self.stream = data_dir, stream
        self.held: list[logging.LogRecord] = []
        self.file: logging.handlers.RotatingFileHandler | None = None

    def open(self) -> None:
        """Opens the rotating file and writes what was held; once only."""
        import logging.handlers

        self.acquire()  # reentrant: an error record opens the file from `emit`
        try:
            if self.file is not None:
                return
            self.file = logging.handlers.RotatingFileHandler(
                log_file(self.data_dir),
                maxBytes=1_000_000,
                backupCount=3,
                encoding="utf-8",
                delay=True,  # the file is open already
            )
            self.file.setStream(self.stream)
            self.file.setFormatter(
                logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
            )
            held, self.held = self.held, []
            for record in held:
                self.file.handle(record)
        finally:
            self.release()

    def emit(self, record: logging.LogRecord) -> None:
        if self.file is None:
            self.held.append(record)
            if record.levelno >= logging.ERROR:
                self.open()
        else:
            self.file.handle(record)

    def close(self) -> None:
        if self.file is not None:
            self.file.close()
        else:
            self.stream.close()
        super().close()


def start_logging(data_dir: Path) -> None:
    """Logging starts now, into the file opened now (a log file that cannot be written
    stops the start as before); records are written from `open_log_file` on (after the
    first frame), or at once when an error is logged before that."""
    stream = log_file(data_dir).open("a", encoding="utf-8")
    root = logging.getLogger()
    root.addHandler(_LogFile(data_dir, stream))
    root.setLevel(logging.INFO)


def open_log_file() -> None:
    """Opens the log file that `start_logging` set up, writing the records held so far."""
    for handler in logging.getLogger().handlers:
        if isinstance(handler, _LogFile):
            handler.open()


def install_excepthook(data_dir: Path, interactive: bool) -> None:
    def report(
        kind: type[BaseException], error: BaseException, trace: TracebackType | None
    ) -> None:
        log.error("unexpected error", exc_info=(kind, error, trace))
        if not interactive or QApplication.instance() is None:
            sys.__excepthook__(kind, error, trace)
            QCoreApplication.exit(1)
            return
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(
            None,
            QCoreApplication.translate("Crash", "Unexpected error"),
            arg(
                QCoreApplication.translate(
                    "Crash",
                    "Something went wrong: %1\n\nEverything you saved is safe. "
                    "The details were written to %2.",
                ),
                str(error) or kind.__name__,
                str(log_file(data_dir)),
            ),
        )

    sys.excepthook = report
