"""`export-complaints --since DATE --out FILE.xlsx`: the complaint register for the
office's scripts and the quality audit, in the CLI's language (translators installed
on a QCoreApplication first, as for the other commands)."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from app.domain.i18n import QT_TRANSLATE_NOOP, arg

if TYPE_CHECKING:
    from app.domain.enums import LabelledEnum
    from app.services.store import Store

EXIT_WRITE = 1
EXIT_DATABASE = 3
HEADERS = (
    QT_TRANSLATE_NOOP("ComplaintExport", "Received"),
    QT_TRANSLATE_NOOP("ComplaintExport", "Received by"),
    QT_TRANSLATE_NOOP("ComplaintExport", "Complainant"),
    QT_TRANSLATE_NOOP("ComplaintExport", "Hospital"),
    QT_TRANSLATE_NOOP("ComplaintExport", "Unit model"),
    QT_TRANSLATE_NOOP("ComplaintExport", "Serial number"),
    QT_TRANSLATE_NOOP("ComplaintExport", "Matter"),
    QT_TRANSLATE_NOOP("ComplaintExport", "Nature"),
    QT_TRANSLATE_NOOP("ComplaintExport", "Severity"),
    QT_TRANSLATE_NOOP("ComplaintExport", "State"),
    QT_TRANSLATE_NOOP("ComplaintExport", "Owner"),
    QT_TRANSLATE_NOOP("ComplaintExport", "Deadline"),
    QT_TRANSLATE_NOOP("ComplaintExport", "About the device"),
    QT_TRANSLATE_NOOP("ComplaintExport", "Adverse event"),
    QT_TRANSLATE_NOOP("ComplaintExport", "Reported to"),
    QT_TRANSLATE_NOOP("ComplaintExport", "Reported on"),
    QT_TRANSLATE_NOOP("ComplaintExport", "Root cause"),
    QT_TRANSLATE_NOOP("ComplaintExport", "Corrective action"),
    QT_TRANSLATE_NOOP("ComplaintExport", "Customer satisfaction"),
    QT_TRANSLATE_NOOP("ComplaintExport", "Customer feedback"),
    QT_TRANSLATE_NOOP("ComplaintExport", "Closed"),
    QT_TRANSLATE_NOOP("ComplaintExport", "Days to close"),
)


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    command = commands.add_parser(
        "export-complaints",
        help="write the complaints received since a date to an .xlsx workbook",
    )
    command.add_argument("--since", type=_iso_date, required=True, metavar="YYYY-MM-DD")
    command.add_argument("--out", type=Path, required=True, metavar="FILE.xlsx")


def _tr(text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("ComplaintExport", text)


def export_complaints(store: Store, since: date, out: Path) -> int:
    from PySide6.QtCore import QCoreApplication

    from app.services.complaints import export, statistics

    facts = statistics.complaint_facts(store, since)

    def label(member: LabelledEnum) -> str:
        return QCoreApplication.translate("Enum", member.label)

    try:
        count = export.export_complaints(
            facts,
            [_tr(h) for h in HEADERS],
            label,
            (
                QCoreApplication.translate("ComplaintExport", "yes"),
                QCoreApplication.translate("ComplaintExport", "no"),
            ),
            out,
        )
    except OSError as exc:
        print(  # noqa: T201
            "beamside: "
            + arg(
                QCoreApplication.translate("ComplaintExport", "%1 cannot be written: %2"),
                str(out),
                exc.strerror or "",
            ),
            file=sys.stderr,
        )
        return EXIT_WRITE
    done = QCoreApplication.translate("ComplaintExport", "%1 complaint(s) written to %2")
    print(arg(done, str(count), str(out)))  # noqa: T201
    return 0
