"""`beamside --data-dir D monthly-report --month YYYY-MM --out DIR [--lang zh_CN|en]`:
the month's service report for every hospital with a visit or repair in it, one sealed
PDF each (issue 14). Hospitals without activity get none."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from app.reports.content import Language

EXIT_FAILED = 1
EXIT_DATABASE = 3  # app.cli.EXIT_DATABASE


def _month(text: str) -> date:
    try:
        return date.fromisoformat(f"{text.strip()}-01")
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a month (YYYY-MM): {text!r}") from None


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    command = commands.add_parser(
        "monthly-report",
        help="write the month's sealed service report PDF for every hospital with activity",
    )
    command.add_argument("--month", type=_month, required=True, metavar="YYYY-MM")
    command.add_argument("--out", type=Path, required=True, metavar="DIR")
    command.add_argument(
        "--lang", choices=["zh_CN", "en"], dest="report_lang", help="report language"
    )


def run(
    args: argparse.Namespace,
    open_store: Callable[[], Any],
    data_dir: Path,
    language: str,
    error: Callable[[str], None],
) -> int:
    """Exit 0 with the reports written (or none due), 1 when one failed (the others are
    still written), 3 without a database. Prints each file written."""
    from app import settings_keys
    from app.installation import read_setting
    from app.services.monthly_report.export import MonthlyReportError, export_month

    store = open_store()
    if store is None:
        return EXIT_DATABASE
    # The laptop's user prepares the report (named on it), as for the plan notices.
    store.user_login = read_setting(data_dir, settings_keys.USER_LOGIN) or store.user_login
    lang: Language = "en" if language == "en" else "zh_CN"
    failed: list[str] = []

    def report(hospital: str, exc: Exception) -> None:
        failed.append(hospital)
        error(f"{hospital}: {exc}")

    try:
        written = export_month(store, args.month, args.out, lang, on_error=report)
    except MonthlyReportError as exc:  # the folder itself
        error(str(exc))
        return EXIT_FAILED
    finally:
        store.engine.dispose()
    for file in written:
        print(f"{file.path}  {file.hospital}")  # noqa: T201
    if not written and not failed:
        print(f"beamside: no hospital had a visit or repair in {args.month:%Y-%m}")  # noqa: T201
    return EXIT_FAILED if failed else 0
