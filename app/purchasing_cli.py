"""`beamside import-parts FILE.xlsx [--dry-run] [--user LOGIN]`: the catalogue and
opening stock from Excel, for scripts and the office.

Exit 0: imported (or, with --dry-run, every row would be); 1: rows refused, each
printed with its row number and reason, and nothing written; 2: the file cannot be
read, or the user may not import; 3: no database, or it cannot be opened. The import
is done as --user (default: the folder's user), who must be the parts administrator
or the service manager.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from app import settings_keys

EXIT_REFUSED = 1
EXIT_FAILED = 2
EXIT_DATABASE = 3  # as app.cli's: no database, or it cannot be opened


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    command = commands.add_parser(
        "import-parts", help="import the part catalogue and opening stock from an .xlsx file"
    )
    command.add_argument("file", type=Path, metavar="FILE.xlsx")
    command.add_argument("--dry-run", action="store_true", help="check every row and write nothing")
    command.add_argument("--user", help="the login importing (default: the folder's user)")


def _folder_user(data_dir: Path) -> str:
    from PySide6.QtCore import QSettings

    ini = data_dir / "settings.ini"
    if not ini.is_file():
        return ""
    return str(QSettings(str(ini), QSettings.Format.IniFormat).value(settings_keys.USER_LOGIN, ""))


def run(
    args: argparse.Namespace,
    data_dir: Path,
    open_store: Callable[[Path], object],
    install_language: Callable[[], None],
) -> int:
    from PySide6.QtCore import QCoreApplication

    from app.domain.i18n import arg
    from app.domain.purchasing import PurchaseRefusal
    from app.services.purchasing.parts_import import ImportFileError, import_parts
    from app.services.store import Store
    from app.ui.purchasing.texts import problem_text, refusal_text

    install_language()

    def say(context: str, text: str, *values: str) -> str:
        return arg(QCoreApplication.translate(context, text), *values)

    store = open_store(data_dir)
    if not isinstance(store, Store):
        return EXIT_DATABASE
    store.user_login = args.user or _folder_user(data_dir) or store.user_login
    try:
        result = import_parts(store, args.file, dry_run=args.dry_run)
    except ImportFileError as error:
        print(f"beamside: {say('Purchasing', error.message, *error.args_)}", file=sys.stderr)  # noqa: T201
        return EXIT_FAILED
    except PurchaseRefusal as refused:
        print(f"beamside: {refusal_text(refused)}", file=sys.stderr)  # noqa: T201
        return EXIT_FAILED
    finally:
        store.engine.dispose()
    for row in result.bad:
        for problem in row.problems:
            text = QCoreApplication.translate("Cli", "row %1 (%2): %3")
            line = arg(text, str(row.row), problem.field, problem_text(problem))
            print(line, file=sys.stderr)  # noqa: T201
    if result.bad:
        print(  # noqa: T201
            arg(QCoreApplication.translate("Cli", "%1 of %2 rows refused: nothing imported."),
                str(len(result.bad)), str(len(result.rows))),
            file=sys.stderr,
        )  # fmt: skip
        return EXIT_REFUSED
    if args.dry_run:
        text = QCoreApplication.translate("Cli", "%1 rows checked: all would be imported.")
        print(arg(text, str(len(result.rows))))  # noqa: T201
    else:
        print(  # noqa: T201
            arg(QCoreApplication.translate("Cli", "%1 parts imported, %2 opening stock movements."),
                str(result.written), str(result.movements))
        )  # fmt: skip
    return 0
