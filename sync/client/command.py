"""`beamside sync --server URL --user NAME`: one full push and pull from a terminal or a
script, with exit codes a script can act on."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable
from pathlib import Path

from app.domain.sync_failure import SyncFailure

EXIT_OK = 0
EXIT_FAILED = 1  # the server refused or failed the round (also: refused the audit trail)
EXIT_UNREACHABLE = 3
EXIT_LOGIN = 4
EXIT_TOO_OLD = 5
PASSWORD_ENV = "BEAMSIDE_PASSWORD"
_EXIT_OF_KIND = {
    SyncFailure.UNREACHABLE: EXIT_UNREACHABLE,
    SyncFailure.LOGIN: EXIT_LOGIN,
    SyncFailure.AUTH: EXIT_LOGIN,
    SyncFailure.INSECURE: EXIT_LOGIN,
    SyncFailure.TOO_OLD: EXIT_TOO_OLD,
}


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    command = commands.add_parser(
        "sync",
        help="push and pull once with the sync server "
        "(exit 0 done, 1 refused or the audit trail not anchored, 3 unreachable, "
        "4 login failed, 5 too old)",
    )
    command.add_argument("--server", required=True, metavar="URL", help="e.g. http://host:8765")
    command.add_argument("--user", required=True, metavar="NAME", help="your server login")
    command.add_argument(
        "--allow-http",
        action="store_true",
        help="send the password over plain http:// to another machine (it can be read on "
        "the way; use only on a network you trust)",
    )


def _say(text: str) -> None:
    print(text, flush=True)  # noqa: T201


def _error(text: str) -> None:
    print(f"beamside: {text}", file=sys.stderr, flush=True)  # noqa: T201


def run(
    data_dir: Path,
    server: str,
    user: str,
    allow_http: bool = False,
    explain: Callable[[str, str], str] | None = None,
) -> int:
    """Logs in when this laptop has no token for the server (password from
    BEAMSIDE_PASSWORD or the terminal), then does one round and prints what moved.
    `explain(kind, message)` words a refusal to send the password in the user's language."""
    from app.db import schema
    from app.paths import backups_dir, database_path
    from app.services.store import Store
    from sync.client.round import SyncClient, SyncError

    data_dir.mkdir(parents=True, exist_ok=True)
    try:
        opened = schema.open_database(database_path(data_dir), backups_dir(data_dir))
    except schema.DatabaseProblem as exc:
        _error(str(exc))
        return EXIT_FAILED
    store = Store(opened.engine, data_dir, user)
    client = SyncClient(store, server, user, allow_http=allow_http)
    try:
        if not client.has_token():
            password = os.environ.get(PASSWORD_ENV)
            if password is None:
                if not sys.stdin.isatty():
                    _error(f"no saved login for {user}; set {PASSWORD_ENV} or run in a terminal")
                    return EXIT_LOGIN
                password = getpass.getpass(f"Password for {user} at {server}: ")
            login = client.login(password)
            _say(f"logged in as {login.user} ({login.role}); device prefix {login.number_prefix}")
        report = client.sync_and_record()
    except SyncError as exc:
        if exc.report is not None:  # records moved; the audit anchoring was refused
            _say(exc.report.summary())
        if exc.kind is SyncFailure.INSECURE and explain is not None:
            _error(explain(exc.kind, exc.message))
        else:
            _error(
                f"audit trail not anchored: {exc.message}"
                if exc.kind is SyncFailure.AUDIT
                else exc.message
            )
        return _EXIT_OF_KIND.get(exc.kind, EXIT_FAILED)
    finally:
        client.http.close()
        opened.engine.dispose()
    _say(report.summary())
    for warning in report.warnings:
        _error(warning)
    return EXIT_OK
