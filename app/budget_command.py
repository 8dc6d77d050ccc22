"""`beamside --data-dir D budget --year YYYY --out FILE.xlsx`: the year's budget against
the actual costs by category, project, department and month with the variance — the
workbook the Costs page exports (app/services/costs/export.py)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from app.domain.i18n import QT_TRANSLATE_NOOP, arg

if TYPE_CHECKING:
    from app.domain.enums import LabelledEnum
    from app.services.store import Store

EXIT_NO_BUDGET = 1  # no budget for the year
EXIT_WRITE = 1  # the workbook could not be written
EXIT_USAGE = 2
EXIT_DATABASE = 3
YEARS = range(2000, 2101)
NO_BUDGET = QT_TRANSLATE_NOOP(
    "Costs", "There is no budget for %1: draft one on the Costs page first."
)
NOT_WRITTEN = QT_TRANSLATE_NOOP("Costs", "%1 cannot be written: %2")
WRITTEN = QT_TRANSLATE_NOOP("Costs", "%1 rows of budget against actual written to %2")


def _year(text: str) -> int:
    try:
        year = int(text)
    except ValueError:
        year = 0
    if year not in YEARS:
        raise argparse.ArgumentTypeError(f"a year from {YEARS[0]} to {YEARS[-1]}: {text!r}")
    return year


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    command = commands.add_parser(
        "budget",
        help="write a year's budget against the actual costs (by category, project, "
        "department and month, with the variance) to an .xlsx workbook",
    )
    command.add_argument("--year", type=_year, required=True, metavar="YYYY")
    command.add_argument("--out", type=Path, required=True, metavar="FILE.xlsx")


def _tr(text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("Costs", text)


def _label(member: LabelledEnum) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("Enum", member.label)


def run(
    args: argparse.Namespace,
    open_store: Callable[[], Store | None],
    install_language: Callable[[], None],
) -> int:
    """Exit 0 with the workbook written; 1 without a budget for the year or when the
    file cannot be written; 3 without a database."""
    store = open_store()
    if store is None:
        return EXIT_DATABASE
    install_language()
    from app.services.costs.budgets import year_view
    from app.services.costs.export import export_budget

    year: int = args.year
    out: Path = args.out
    view = year_view(store, year)
    if view.budget is None:
        _fail(arg(_tr(NO_BUDGET), year))
        return EXIT_NO_BUDGET
    try:
        rows = export_budget(view, out, _tr, _label)
    except OSError as exc:
        _fail(arg(_tr(NOT_WRITTEN), str(out), exc.strerror or str(exc)))
        return EXIT_WRITE
    print(arg(_tr(WRITTEN), rows, str(out)))  # noqa: T201
    return 0


def _fail(message: str) -> None:
    print(f"beamside: {message}", file=sys.stderr)  # noqa: T201
