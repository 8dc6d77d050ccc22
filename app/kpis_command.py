"""`beamside --data-dir D kpis --from DATE --to DATE --out FILE.xlsx [--by month|quarter|year]`:
the KPI tables for the office, a sheet per level, the work orders behind each figure."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Iterator


class _GrainValues:
    """`--by`'s choices, read when argparse checks or prints them: app.domain.kpis
    (and the enums under it) is not imported for the app's start."""

    def _values(self) -> list[str]:
        from app.domain.kpis import Grain

        return [g.value for g in Grain]

    def __iter__(self) -> Iterator[str]:
        return iter(self._values())

    def __contains__(self, value: object) -> bool:
        return value in self._values()


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser], day: Any) -> None:
    command = commands.add_parser("kpis", help="write the KPI tables to an .xlsx workbook")
    command.add_argument("--from", dest="start", type=day, required=True, metavar="DATE")
    command.add_argument("--to", dest="end", type=day, required=True, metavar="DATE")
    command.add_argument("--out", type=Path, required=True, metavar="FILE.xlsx")
    command.add_argument(
        "--by",
        choices=_GrainValues(),
        default="month",
        metavar="GRAIN",  # argparse would list the choices, importing them, at once
        help="period of each row: %(choices)s (default: %(default)s)",
    )


def run(
    args: argparse.Namespace,
    open_store: Callable[[], Any],
    install_language: Callable[[], None],
    error: Callable[[str], None],
) -> int:
    """Exit 0 with the workbook written, 2 for a backwards range, 3 without a database."""
    install_language()
    from PySide6.QtCore import QCoreApplication

    from app.domain.i18n import arg
    from app.domain.kpis import Grain
    from app.services.kpis.export import export_tables
    from app.services.kpis.tables import CONTEXT, load_tables

    def tr(text: str) -> str:
        return QCoreApplication.translate(CONTEXT, text)

    start: date = args.start
    end: date = args.end
    if end < start:
        text = QCoreApplication.translate("Kpis", "The period ends (%1) before it starts (%2).")
        error(arg(text, end, start))
        return 2
    store = open_store()
    if store is None:
        return 3  # app.cli.EXIT_DATABASE
    tables = load_tables(store, start, end, Grain(args.by))
    rows = export_tables(tables, args.out, tr)
    done = QCoreApplication.translate("Kpis", "%1 KPI rows written to %2")
    print(arg(done, rows, args.out))  # noqa: T201
    return 0
