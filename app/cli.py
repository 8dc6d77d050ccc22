"""Command line: `python main.py [--data-dir D] [--demo] [--lang L] [--smoke] [command]`.

Expected problems end with a message and a non-zero exit code, never a traceback.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path

from app import __version__

EXIT_AUDIT = 1
EXIT_USAGE = 2
EXIT_DATABASE = 3


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="beamside",
        description="Beamside: service records for radiotherapy equipment, offline first.",
    )
    parser.add_argument("--version", action="version", version=f"Beamside {__version__}")
    parser.add_argument(
        "--data-dir", type=Path, help="folder of the database and settings (default: per user)"
    )
    parser.add_argument("--demo", action="store_true", help="add demo data (never duplicated)")
    parser.add_argument("--lang", choices=["zh_CN", "en"], help="language of the interface")
    parser.add_argument(
        "--smoke",
        action="store_true",
        help="start the main window, print 'smoke ok: N work orders' once painted, exit",
    )
    commands = parser.add_subparsers(dest="command", metavar="command")
    commands.add_parser(
        "restore-backup", help="replace a damaged database by its latest sound backup"
    )
    commands.add_parser(
        "verify-audit", help="check the audit trail's hash chain; exit 1 naming the first bad entry"
    )
    return parser


def _data_dir(args: argparse.Namespace) -> Path:
    if args.data_dir is not None:
        return Path(args.data_dir).expanduser().resolve()
    from app.paths import default_data_dir

    return default_data_dir()


def restore_backup(data_dir: Path) -> int:
    from app.db import schema
    from app.paths import backups_dir, database_path

    path = database_path(data_dir)
    try:
        backup = schema.restore_latest_backup(path, backups_dir(data_dir))
    except schema.DatabaseProblem as exc:
        print(f"beamside: {exc}", file=sys.stderr)  # noqa: T201
        return EXIT_DATABASE
    print(f"restored {backup.name} to {path}; the damaged file is kept beside it")  # noqa: T201
    return 0


def verify_audit(data_dir: Path) -> int:
    """Checks the audit chain without Qt, so it runs on a server or in a script."""
    from app.db import schema
    from app.paths import backups_dir, database_path
    from app.services import audit
    from app.services.store import Store

    path = database_path(data_dir)
    if not path.is_file():  # opening would create an empty one and call it intact
        print(f"beamside: no database at {path}", file=sys.stderr)  # noqa: T201
        return EXIT_DATABASE
    try:
        opened = schema.open_database(path, backups_dir(data_dir))
    except schema.DatabaseProblem as exc:
        print(f"beamside: {exc}", file=sys.stderr)  # noqa: T201
        return EXIT_DATABASE
    try:
        store = Store(opened.engine, data_dir)
        report = audit.check_chain(store)
    finally:
        opened.engine.dispose()
    if report.problem is not None:
        print(report.problem)  # noqa: T201
        return EXIT_AUDIT
    print(f"audit trail intact: {report.entries} entries")  # noqa: T201
    return 0


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    args = build_parser().parse_args(argv)
    data_dir = _data_dir(args)
    if args.command == "restore-backup":
        return restore_backup(data_dir)
    if args.command == "verify-audit":
        return verify_audit(data_dir)
    from app.ui.application import LaunchOptions, run

    options = LaunchOptions(data_dir, demo=args.demo, language=args.lang, smoke=args.smoke)
    try:
        code = run(options, [sys.argv[0], *argv])
    except KeyboardInterrupt:
        code = 130
    except OSError as exc:  # unreadable data folder, full disk …
        print(f"beamside: {exc}", file=sys.stderr)  # noqa: T201
        return 1
    # Every change is committed and the settings and log are flushed by now; Python's
    # teardown of the Qt objects would only add ~150 ms to closing the window.
    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)
