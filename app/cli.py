"""Command line: `python main.py [--data-dir D] [--demo] [--lang L] [--smoke] [command]`.

Expected problems end with a message and a non-zero exit code, never a traceback.
"""

from __future__ import annotations

import argparse
import dataclasses
import logging
import os
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app import __version__

if TYPE_CHECKING:
    from collections.abc import Iterator

    from app.reports.pdf_trust import TrustAnchors
    from app.services.store import Store

EXIT_AUDIT = 1
EXIT_USAGE = 2
EXIT_DATABASE = 3
# verify-report: 0 intact, covering the whole file and signed by a trusted key; 1
# modified (a truncated file is modified too) or invalid; 2 not a Beamside-signed PDF,
# or no PDF at all (or an unusable --root/--crl); 4 intact but the signer is not trusted.
EXIT_REPORT_MODIFIED = 1
EXIT_REPORT_NOT_SIGNED = 2
EXIT_REPORT_UNTRUSTED = 4
# export-report(s): 1 when a report could not be built, sealed or written.
EXIT_EXPORT = 1
# The app (no command): 4 when there is no desktop session to show a window on.
EXIT_NO_DISPLAY = 4
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
    parser.add_argument(
        "--demo",
        action="store_true",
        help="add demo data (never duplicated); without --data-dir in its own folder",
    )
    parser.add_argument("--lang", choices=["zh_CN", "en"], help="language of the interface")
    parser.add_argument(
        "--smoke",
        action="store_true",
        help="start the main window, print 'smoke ok: N work orders' once painted, exit",
    )
    commands = parser.add_subparsers(dest="command", metavar="command")
    restore = commands.add_parser(
        "restore-backup",
        help="replace a damaged database by its latest sound backup; a sound one is kept",
    )
    restore.add_argument(
        "--force",
        action="store_true",
        help="replace even a sound database, saying what the backup lacks",
    )
    copy = commands.add_parser("backup", help="write a consistent copy of the database")
    copy.add_argument("--out", type=Path, required=True, metavar="FILE")
    commands.add_parser(
        "verify-audit", help="check the audit trail's hash chain; exit 1 naming the first bad entry"
    )
    _add_report_commands(commands)
    from app import purchasing_cli

    purchasing_cli.add_parser(commands)
    from app import plan_commands

    plan_commands.add_parsers(commands)
    from app import complaint_commands

    complaint_commands.add_parser(commands)
    from sync.client import command as sync_command

    sync_command.add_parser(commands)
    from app import stock_commands

    stock_commands.add_parser(commands)
    from app import kpis_command

    kpis_command.add_parser(commands, _iso_date)
    from app import monthly_report_command

    monthly_report_command.add_parser(commands)
    from app import budget_command

    budget_command.add_parser(commands)
    return parser


def _add_report_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """export-report, export-reports, verify-report: for the service office's scripts."""
    one = commands.add_parser("export-report", help="write one work order's sealed PDF report")
    one.add_argument("number", metavar="WO_NUMBER", help="work-order number, e.g. WO-2026-…")
    one.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
    _add_report_language(one)
    one.add_argument(
        "--kind",
        choices=_ReportKindValues(),
        metavar="KIND",  # argparse would list the choices, importing them, at once
        help="report kind: %(choices)s (default: the one the work-order type normally gets)",
    )
    batch = commands.add_parser(
        "export-reports", help="write every report signed since a date, one PDF each"
    )
    batch.add_argument("--since", type=_iso_date, required=True, metavar="YYYY-MM-DD")
    batch.add_argument("--out", type=Path, required=True, metavar="DIR")
    _add_report_language(batch)
    check = commands.add_parser(
        "verify-report",
        help="check a report's seal and signer: exit 0 intact and trusted, 1 modified or "
        "invalid, 2 not a signed PDF, 4 intact but the signer is not trusted",
    )
    check.add_argument("file", type=Path, metavar="FILE.pdf")
    check.add_argument(
        "--root",
        type=Path,
        metavar="CA.pem",
        help="the company root certificate to trust (the server's GET /ca/root), "
        "instead of the one this installation holds",
    )
    check.add_argument(
        "--crl",
        type=Path,
        metavar="FILE",
        help="the company's revocation list (the server's GET /ca/crl); by default the "
        "fresh copy the last sync brought, if any",
    )


def _data_dir(args: argparse.Namespace) -> Path:
    if args.data_dir is not None:
        # Absolute but not resolved: messages name the folder as the user gave it
        # (/proc/self, a symlink), not where it happens to lead.
        return Path(os.path.abspath(Path(args.data_dir).expanduser()))
    from app.paths import default_data_dir, demo_data_dir

    return demo_data_dir() if args.demo else default_data_dir()


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
    try:  # read-only: a sound file on a read-only disk is checked, not called damaged
        opened = schema.open_database(path, backups_dir(data_dir), read_only=True)
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


class _ReportKindValues:
    """`--kind`'s choices, read when argparse checks or prints them: the enums' module
    is not imported for the app's start (issue 10 §7)."""

    def _values(self) -> list[str]:
        from app.domain.enums import ReportKind

        return [kind.value for kind in ReportKind]

    def __iter__(self) -> Iterator[str]:
        return iter(self._values())

    def __contains__(self, value: object) -> bool:
        return value in self._values()


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
    except schema.ReadOnlyDatabaseError as exc:
        from PySide6.QtCore import QCoreApplication

        from app.domain.i18n import arg

        _install_cli_language()
        text = QCoreApplication.translate(
            "Cli",
            "%1 is read-only: the database is sound, but this command records what it "
            "writes in it. Make the folder writable, or copy it to a writable place.",
        )
        _error(arg(text, str(exc.path.parent if exc.folder else exc.path)))
        return None
    except schema.DatabaseProblem as exc:
        _error(str(exc))
        return None
    return Store(opened.engine, data_dir, "cli")


def _export_complaints(data_dir: Path, since: date, out: Path) -> int:
    from app import complaint_commands

    store = _open_store(data_dir)
    if store is None:
        return complaint_commands.EXIT_DATABASE
    _install_cli_language()
    return complaint_commands.export_complaints(store, since, out)


def export_report(
    data_dir: Path, number: str, output: Path, language: str, kind: str | None
) -> int:
    """One sealed report, for a script; no Qt."""
    from app.domain.enums import ReportKind
    from app.services.reports import report_export

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
    from app.services.reports import report_export

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


def verify_report(data_dir: Path, file: Path, root: Path | None, crl: Path | None) -> int:
    """Checks a report's seal and its signer without a database or Qt, so it runs
    anywhere; with `root` (and `crl`) no data folder is needed."""
    from app.reports.pdf_signing import existing_certificate, keys_dir, verify_pdf

    anchors = _report_anchors(keys_dir(data_dir), existing_certificate(data_dir), root, crl)
    if anchors is None:
        return EXIT_REPORT_NOT_SIGNED
    result = verify_pdf(file, anchors=anchors)
    if result.status in ("not_signed", "unreadable"):
        _error(f"{file} is not a Beamside-signed PDF: {result.detail}")
        return EXIT_REPORT_NOT_SIGNED
    when = f"{result.signed_at:%Y-%m-%d %H:%M:%S} UTC" if result.signed_at else "an unknown time"
    if result.status == "untrusted":
        print(f"NOT TRUSTED ({result.trust_problem}): {result.detail}")  # noqa: T201
        print(f"signature claims: {result.signer} at {when}")  # noqa: T201
        print(f"certificate sha256 {result.certificate_sha256}")  # noqa: T201
        return EXIT_REPORT_UNTRUSTED
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
    own = anchors.own
    mine = own is not None and own.fingerprint(_sha256()).hex() == result.certificate_sha256
    print(  # noqa: T201
        f"certificate sha256 {result.certificate_sha256}"
        f"{' (this installation)' if mine else ''}: {result.detail}"
    )
    return 0


# Commands that keep data in the folder, and whether they write to it; their messages
# are translated like the app's.
FOLDER_COMMANDS = {
    "restore-backup": True,
    "backup": False,
    "verify-audit": False,
    "export-report": True,
    "export-reports": True,
    "import-parts": True,
    "export-stock": False,
    "kpis": False,
    "plan-notices": True,
    "export-plan": True,
    "export-complaints": True,
    "monthly-report": True,  # the seal's key is made in the folder on first use
    "budget": False,
}
_core_app: list[Any] = []
_language: dict[str, Any] = {}  # what main() was given: requested, data_dir


def _install_cli_language() -> None:
    """Translators for the commands' messages: `--lang`, the folder's setting, the locale.

    Only when there is something to say: the report commands import no Qt otherwise.
    """
    if _core_app:
        return
    from PySide6.QtCore import QCoreApplication, QSettings

    from app.ui.i18n import choose_language, install_translators

    app = QCoreApplication.instance() or QCoreApplication([sys.argv[0]])
    _core_app.append(app)  # translators need a living instance
    requested, data_dir = _language.get("requested"), _language.get("data_dir")
    ini = Path(data_dir) / "settings.ini" if data_dir is not None else None
    settings = QSettings(str(ini), QSettings.Format.IniFormat) if ini and ini.is_file() else None
    _language["chosen"] = choose_language(requested, settings)
    install_translators(app, _language["chosen"])


def _translated_sync_error(kind: str, message: str) -> str:
    """The Sync page's sentence for a refused round, in the command's language."""
    _install_cli_language()
    from app.ui.sync.sync_texts import error_text

    return error_text(kind, message)


def _report_anchors(
    keys: Path, own: Any, root: Path | None, crl: Path | None
) -> TrustAnchors | None:
    """The installation's anchors, with `--root`/`--crl` in place of its own copies;
    None after saying why a given file cannot be used."""
    from cryptography import x509

    from app.reports.pdf_trust import installation_anchors, issued_by, load_crl

    anchors = installation_anchors(keys, own)
    roots = anchors.roots
    if root is not None:
        try:
            roots = tuple(x509.load_pem_x509_certificates(root.read_bytes()))
        except (OSError, ValueError) as exc:
            _error(f"cannot use the root certificate {root}: {_reason(exc)}")
            return None
        fresh = tuple(c for c in anchors.crls if issued_by(c, roots))
        anchors = dataclasses.replace(anchors, roots=roots, crls=fresh)
    if crl is not None:
        try:
            given = load_crl(crl)
        except (OSError, ValueError) as exc:
            _error(f"cannot use the revocation list {crl}: {_reason(exc)}")
            return None
        if not roots:
            _error(f"no company root to check the revocation list {crl} against: give --root")
            return None
        if not issued_by(given, roots):
            _error(f"the revocation list {crl} is not signed by the company root")
            return None
        anchors = dataclasses.replace(anchors, crls=(given,))
    return anchors


def _reason(exc: BaseException) -> str:
    if isinstance(exc, OSError):
        return exc.strerror or str(exc)
    return str(exc) or type(exc).__name__


def _sha256() -> Any:
    from cryptography.hazmat.primitives import hashes

    return hashes.SHA256()


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    args = build_parser().parse_args(argv)
    data_dir = _data_dir(args)
    if args.command:
        # pyHanko logs (with tracebacks) what the commands' verdicts already say: a
        # damaged file, an untrusted signer. The commands print the verdict instead.
        logging.getLogger("pyhanko").setLevel(logging.CRITICAL)
        logging.getLogger("pyhanko_certvalidator").setLevel(logging.CRITICAL)
    if args.command:  # the app applies it after its first frame (StartUp)
        from app.installation import load_time_zone

        load_time_zone(data_dir)  # numbers and reports use the installation's calendar
    _language.update(requested=args.lang, data_dir=data_dir)
    if args.command in FOLDER_COMMANDS:
        from app import data_folder

        problem = data_folder.problem(data_dir, writable=FOLDER_COMMANDS[args.command])
        if problem:
            _install_cli_language()
            _error(data_folder.describe(problem))
            return EXIT_DATABASE
    if args.command in ("restore-backup", "backup"):
        _install_cli_language()
        from app import backup_commands

        if args.command == "backup":
            return backup_commands.backup(data_dir, args.out)
        return backup_commands.restore_backup(data_dir, args.force)
    if args.command == "verify-audit":
        return verify_audit(data_dir)
    if args.command in ("export-report", "export-reports"):
        language = args.report_lang or args.lang or DEFAULT_REPORT_LANGUAGE
        if args.command == "export-report":
            return export_report(data_dir, args.number, args.output, language, args.kind)
        return export_reports(data_dir, args.since, args.out, language)
    if args.command == "export-stock":
        _install_cli_language()
        from app import stock_commands

        language = str(_language.get("chosen", DEFAULT_REPORT_LANGUAGE))
        return stock_commands.export_stock(
            data_dir, args.out, args.location, language, _open_store, _error
        )
    if args.command == "verify-report":
        return verify_report(data_dir, args.file, args.root, args.crl)
    if args.command == "import-parts":
        from app import purchasing_cli

        return purchasing_cli.run(args, data_dir, _open_store, _install_cli_language)
    if args.command == "kpis":
        from app import kpis_command

        return kpis_command.run(args, lambda: _open_store(data_dir), _install_cli_language, _error)
    if args.command == "budget":
        from app import budget_command

        return budget_command.run(args, lambda: _open_store(data_dir), _install_cli_language)
    if args.command == "monthly-report":
        from app import monthly_report_command

        language = args.report_lang or args.lang or DEFAULT_REPORT_LANGUAGE
        return monthly_report_command.run(
            args, lambda: _open_store(data_dir), data_dir, language, _error
        )
    if args.command in ("plan-notices", "export-plan"):
        from app import plan_commands

        return plan_commands.run(args, _open_store, data_dir)
    if args.command == "export-complaints":
        return _export_complaints(data_dir, args.since, args.out)
    if args.command == "sync":
        from sync.client import command as sync_command

        return sync_command.run(
            data_dir, args.server, args.user, args.allow_http, _translated_sync_error
        )
    from app import data_folder

    if data_folder.lacks_display():  # before Qt, whose abort would blame a library
        _install_cli_language()
        _error(data_folder.no_display_message())
        return EXIT_NO_DISPLAY
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
