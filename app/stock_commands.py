"""`export-stock --out FILE.xlsx [--location NAME]`: on-hand by location and part for
the office's scripts, headers and units in the command's language.

Exit codes: 0 written, 1 the workbook could not be written, 2 no such location,
3 no usable database.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from app.domain.i18n import QT_TRANSLATE_NOOP, arg
from app.domain.units import unit_in

if TYPE_CHECKING:
    from app.services.store import Store

EXIT_WRITE = 1
EXIT_LOCATION = 2
EXIT_DATABASE = 3
HEADERS = (
    QT_TRANSLATE_NOOP("StockExport", "Location"),
    QT_TRANSLATE_NOOP("StockExport", "Part number"),
    QT_TRANSLATE_NOOP("StockExport", "Description"),
    QT_TRANSLATE_NOOP("StockExport", "On hand"),
    QT_TRANSLATE_NOOP("StockExport", "Unit"),
    QT_TRANSLATE_NOOP("StockExport", "Reorder level"),
)


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    export = commands.add_parser(
        "export-stock", help="write on-hand by location and part to an Excel workbook"
    )
    export.add_argument("--out", type=Path, required=True, metavar="FILE.xlsx")
    export.add_argument(
        "--location", metavar="NAME", help="only this location (its Chinese or English name)"
    )


def _t(text: str) -> str:
    return QCoreApplication.translate("StockExport", text)


def export_stock(
    data_dir: Path,
    out: Path,
    location: str | None,
    language: str,
    open_store: Callable[[Path], Store | None],
    error: Callable[[str], None],
) -> int:
    """Writes the workbook; `open_store` and `error` are the CLI's (app/cli.py)."""
    from app.services.stock import views
    from app.services.stock.export import export_on_hand

    store = open_store(data_dir)
    if store is None:
        return EXIT_DATABASE
    try:
        chinese = language.startswith("zh")
        location_id = None
        if location:
            wanted = location.strip().casefold()
            choices = views.locations(store)
            match = [c for c in choices if wanted in (c.name_zh.casefold(), c.name_en.casefold())]
            if not match:
                known = ", ".join(c.name_zh if chinese else c.name_en or c.name_zh for c in choices)
                text = QCoreApplication.translate(
                    "StockExport", "no location is called %1; there are: %2"
                )
                error(arg(text, location, known))
                return EXIT_LOCATION
            location_id = match[0].id
        rows = views.all_on_hand(store, location_id)
        names = [
            r.location.name_zh if chinese else (r.location.name_en or r.location.name_zh)
            for r in rows
        ]
        try:
            written = export_on_hand(
                rows, [_t(h) for h in HEADERS], names, out, lambda u: unit_in(language, u)
            )
        except OSError as problem:
            text = QCoreApplication.translate(
                "StockExport", "the workbook could not be written: %1"
            )
            error(arg(text, str(problem)))
            return EXIT_WRITE
        done = QCoreApplication.translate("StockExport", "%1 rows written to %2")
        print(arg(done, str(written), str(out)))  # noqa: T201
        return 0
    finally:
        store.engine.dispose()


if __name__ == "__main__":  # pragma: no cover - run through main.py
    sys.exit(2)
