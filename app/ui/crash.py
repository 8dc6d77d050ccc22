"""What happens to an error nobody expected: it is logged, the user is told, work is kept.

Every save commits at once, so an unexpected error loses nothing already saved; the
log in the data folder holds the details for the service office.
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from app.ui.i18n import arg

log = logging.getLogger("beamside")


def log_file(data_dir: Path) -> Path:
    return data_dir / "beamside.log"


def start_logging(data_dir: Path) -> None:
    handler = logging.handlers.RotatingFileHandler(
        log_file(data_dir), maxBytes=1_000_000, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)


def install_excepthook(data_dir: Path, interactive: bool) -> None:
    def report(
        kind: type[BaseException], error: BaseException, trace: TracebackType | None
    ) -> None:
        log.error("unexpected error", exc_info=(kind, error, trace))
        if not interactive or QApplication.instance() is None:
            sys.__excepthook__(kind, error, trace)
            QCoreApplication.exit(1)
            return
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
