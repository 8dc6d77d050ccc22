"""`plan-notices --year Y --out DIR [--lang]` and `export-plan --year Y --out FILE.xlsx`:
the annual plan for the office's scripts (no Qt). A notice is written for every
hospital with approved visits that year, and recorded as sent that day."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.reports.content import Language
    from app.services.store import Store

EXIT_FAILED = 1


def add_parsers(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    notices = commands.add_parser(
        "plan-notices", help="write the annual plan's notice letter PDF for every hospital"
    )
    notices.add_argument("--year", type=int, required=True, metavar="YYYY")
    notices.add_argument("--out", type=Path, required=True, metavar="DIR")
    notices.add_argument(
        "--lang", choices=["zh_CN", "en"], dest="report_lang", help="letter language"
    )
    export = commands.add_parser("export-plan", help="write a year's plan to a spreadsheet")
    export.add_argument("--year", type=int, required=True, metavar="YYYY")
    export.add_argument("--out", type=Path, required=True, metavar="FILE.xlsx")


def plan_notices(store: Store, year: int, out: Path, language: str, today: date) -> int:
    """One PDF per hospital, named by the hospital; prints each; 1 when there is none."""
    from app.services.service_plan import notices

    grouped = notices.hospitals_with_visits(store, year)
    if not grouped:
        print(f"beamside: no approved visit planned in {year}")  # noqa: T201
        return EXIT_FAILED
    lang: Language = "en" if language == "en" else "zh_CN"
    for customer_id, visits in grouped.items():
        name = (
            visits[0].hospital_en if lang == "en" and visits[0].hospital_en else visits[0].hospital
        )
        target = out / f"{year}-{_safe(name)}-{lang}.pdf"
        count = notices.write_notice(store, customer_id, year, target, lang, today)
        _record(store, customer_id, year, lang, today, count)
        print(f"{target}  {count}")  # noqa: T201
    return 0


def _record(store: Store, customer_id: str, year: int, lang: str, today: date, count: int) -> None:
    """Recorded as sent when the laptop's user is the service manager."""
    from app.services.service_plan.access import may_edit
    from app.services.service_plan.notices import record_sent

    if may_edit(store):
        record_sent(store, customer_id, year, lang, today, count)


def export_plan(store: Store, year: int, out: Path, today: date) -> int:
    from app.services.service_plan.export import export_plan as write

    count = write(store, year, out, today)
    print(f"{out}  {count}")  # noqa: T201
    return 0


def _safe(name: str) -> str:
    return (
        "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in name).strip("_") or "hospital"
    )


def run(
    args: argparse.Namespace, open_store: Callable[[Path], Store | None], data_dir: Path
) -> int:
    from app import settings_keys
    from app.domain import local_time
    from app.installation import read_setting

    store = open_store(data_dir)
    if store is None:
        return 3
    # The laptop's user acts (a notice is recorded as sent only by the service manager).
    store.user_login = read_setting(data_dir, settings_keys.USER_LOGIN) or store.user_login
    try:
        if args.command == "plan-notices":
            return plan_notices(
                store, args.year, args.out, args.report_lang or "zh_CN", local_time.today()
            )
        return export_plan(store, args.year, args.out, local_time.today())
    finally:
        store.engine.dispose()
