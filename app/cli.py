"""Command line: `python main.py [--data-dir D] [--demo] [--lang L] [--smoke] [command]`.

Expected problems end with a message and a non-zero exit code, never a traceback.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app import __version__

if TYPE_CHECKING:
    from app.services.store import Store

EXIT_AUDIT = 1
EXIT_USAGE = 2
EXIT_DATABASE = 3
# verify-report: 0 intact and covering the whole file; 1 modified (a truncated file is
# modified too) or invalid; 2 not a Beamside-signed PDF, or no PDF at all.
EXIT_REPORT_MODIFIED = 1
EXIT_REPORT_NOT_SIGNED = 2
# export-report(s): 1 when a report could not be built, sealed or written.
EXIT_EXPORT = 1
DEFAULT_REPORT_LANGUAGE = "zh_CN"


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
    _add_report_commands(commands)
    from sync import command as sync_command

    sync_command.add_parser(commands)
    return parser


def _add_report_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """export-report, export-reports, verify-report: for the service office's scripts."""
    one = commands.add_parser("export-report", help="write one work order's sealed PDF report")
    one.add_argument("number", metavar="WO_NUMBER", help="work-order number, e.g. WO-2026-…")
    one.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
    _add_report_language(one)
    one.add_argument(
        "--kind",
        choices=[k.value for k in _report_kinds()],
        help="report kind (default: the one the work-order type normally gets)",
    )
    batch = commands.add_parser(
        "export-reports", help="write every report signed since a date, one PDF each"
    )
    batch.add_argument("--since", type=_iso_date, required=True, metavar="YYYY-MM-DD")
    batch.add_argument("--out", type=Path, required=True, metavar="DIR")
    _add_report_language(batch)
    check = commands.add_parser(
        "verify-report",
        help="check a report's seal: exit 0 intact, 1 modified or invalid, 2 not a signed PDF",
    )
    check.add_argument("file", type=Path, metavar="FILE.pdf")


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
        forks = audit.fork_events(store) if report.problem is None else []
    finally:
        opened.engine.dispose()
    if report.problem is not None:
        print(report.problem)  # noqa: T201
        return EXIT_AUDIT
    print(f"audit trail intact: {report.entries} entries")  # noqa: T201
    for fork in forks:
        print(  # noqa: T201
            f"fork after entry #{fork.fork_seq}, recorded as entry #{fork.seq} "
            f"({fork.at:%Y-%m-%d %H:%M} UTC): this laptop was restored and went on from "
            f"there; the server keeps its anchored entries #{fork.fork_seq + 1}-"
            f"#{fork.set_aside_seq} set aside"
        )
    return 0


def _add_report_language(command: argparse.ArgumentParser) -> None:
    """`--lang` after the command, with its own dest: a subcommand's default would
    otherwise overwrite the global `--lang` given before the command."""
    command.add_argument(
        "--lang", choices=["zh_CN", "en"], dest="report_lang", help="report language"
    )


def _report_kinds() -> list[Any]:
    from app.domain.enums import ReportKind

    return list(ReportKind)


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def _error(message: str) -> None:
    print(f"beamside: {message}", file=sys.stderr)  # noqa: T201


def _open_store(data_dir: Path) -> Store | None:
    """The data folder's database for a command, or None after saying why not."""
    from app.db import schema
    from app.paths import backups_dir, database_path
    from app.services.store import Store

    path = database_path(data_dir)
    if not path.is_file():  # opening would create an empty one
        _error(f"no database at {path}")
        return None
    try:
        opened = schema.open_database(path, backups_dir(data_dir))
    except schema.DatabaseProblem as exc:
        _error(str(exc))
        return None
    return Store(opened.engine, data_dir, "cli")


def export_report(
    data_dir: Path, number: str, output: Path, language: str, kind: str | None
) -> int:
    """One sealed report, for a script; no Qt."""
    from app.domain.enums import ReportKind
    from app.services import report_export

    store = _open_store(data_dir)
    if store is None:
        return EXIT_DATABASE
    try:
        work_order_id = report_export.find_work_order(store, number)
        if work_order_id is None:
            _error(f"no work order numbered {number!r}")
            return EXIT_USAGE
        chosen = ReportKind(kind) if kind else None
        try:
            result = report_export.export_report(store, work_order_id, language, output, chosen)
        except report_export.ExportError as exc:
            _error(str(exc))
            return EXIT_EXPORT
    finally:
        store.engine.dispose()
    draft = " (draft: the record is not signed yet)" if result.is_draft else ""
    print(  # noqa: T201
        f"exported {result.work_order_number} {result.kind.value} report to {result.path}"
        f"{draft}; sha256 {result.sha256}"
    )
    return 0


def export_reports(data_dir: Path, since: date, out_dir: Path, language: str) -> int:
    """Every report signed since a date; a failed one is named and the rest still go."""
    from app.services import report_export

    store = _open_store(data_dir)
    if store is None:
        return EXIT_DATABASE
    failures: list[str] = []

    def failed(number: str, exc: Exception) -> None:
        failures.append(number)
        _error(f"{number}: {exc}")

    try:
        paths = report_export.export_signed_since(store, since, out_dir, language, failed)
    except OSError as exc:  # the output folder cannot be made
        _error(f"cannot write to {out_dir}: {exc.strerror or exc}")
        return EXIT_EXPORT
    finally:
        store.engine.dispose()
    for path in paths:
        print(path)  # noqa: T201
    print(  # noqa: T201
        f"exported {len(paths)} report(s) signed since {since.isoformat()} to {out_dir}"
    )
    return EXIT_EXPORT if failures else 0


def verify_report(data_dir: Path, file: Path) -> int:
    """Checks a report's seal without a database or Qt, so it runs anywhere."""
    import logging

    from app.reports.pdf_signing import existing_certificate, verify_pdf
    from sync.certify import company_root

    # pyHanko logs its parsing trouble with damaged files; the verdict says it all.
    logging.getLogger("pyhanko").setLevel(logging.CRITICAL)
    logging.getLogger("pyhanko_certvalidator").setLevel(logging.CRITICAL)
    result = verify_pdf(file)
    root = company_root(data_dir)
    if result.valid and root is not None:  # a certified laptop's report: check the chain
        chained = verify_pdf(file, trusted=[root])
        if chained.valid and chained.chains_to_trusted_root:
            result = chained
    if result.status in ("not_signed", "unreadable"):
        _error(f"{file} is not a Beamside-signed PDF: {result.detail}")
        return EXIT_REPORT_NOT_SIGNED
    when = f"{result.signed_at:%Y-%m-%d %H:%M:%S} UTC" if result.signed_at else "an unknown time"
    if not result.valid:
        print(f"NOT VALID ({result.status}): {result.detail}")  # noqa: T201
        if result.signer:
            print(f"signature claims: {result.signer} at {when}")  # noqa: T201
        return EXIT_REPORT_MODIFIED
    print(f"signed by {result.signer} at {when}; covers the whole file")  # noqa: T201
    if result.reason:
        print(f"reason: {result.reason}")  # noqa: T201
    if result.location:
        print(f"location: {result.location}")  # noqa: T201
    own = existing_certificate(data_dir)
    mine = own is not None and own.fingerprint(_sha256()).hex() == result.certificate_sha256
    print(  # noqa: T201
        f"certificate sha256 {result.certificate_sha256}"
        f"{' (this installation)' if mine else ''}: {result.detail}"
    )
    return 0


def _sha256() -> Any:
    from cryptography.hazmat.primitives import hashes

    return hashes.SHA256()


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    args = build_parser().parse_args(argv)
    data_dir = _data_dir(args)
    if args.command == "restore-backup":
        return restore_backup(data_dir)
    if args.command == "verify-audit":
        return verify_audit(data_dir)
    if args.command in ("export-report", "export-reports"):
        language = args.report_lang or args.lang or DEFAULT_REPORT_LANGUAGE
        if args.command == "export-report":
            return export_report(data_dir, args.number, args.output, language, args.kind)
        return export_reports(data_dir, args.since, args.out, language)
    if args.command == "verify-report":
        return verify_report(data_dir, args.file)
    if args.command == "sync":
        from sync import command as sync_command

        return sync_command.run(data_dir, args.server, args.user)
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
