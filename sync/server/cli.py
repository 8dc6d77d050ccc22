"""`python -m sync.server`: serve (the default) and the administration commands.

Exit codes: 0 done, 1 refused (unknown user, name taken, …; the reason is printed on
stderr) or, for `verify-audit`, a trail found broken, 2 usage errors (argparse's own
convention).
"""

from __future__ import annotations

import argparse
import getpass
import ipaddress
import logging
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from sync.server import SERVER_VERSION
from sync.server.admin import ROLES, AdminError
from sync.server.settings import (
    BLOB_STORAGE_ENV,
    BLOB_STORAGES,
    FOLDER_BLOBS,
    Settings,
    database_url_from_env,
)

COMMANDS = (
    ("serve", "run the server (the default when no command is given)"),
    ("create-user", "add an account: --name, --password, --role"),
    ("set-role", "change an account's role: --name, --role"),
    ("reset-password", "set a new password: --name, --password"),
    ("disable-user", "stop an account (its devices' tokens stop working): --name"),
    ("enable-user", "let a disabled account log in again: --name"),
    ("revoke-device", "end a device's token (until enable-device): --device-id"),
    ("enable-device", "let a revoked device log in again (with a new token): --device-id"),
    ("reassign-device", "give a device to another user: --device-id, --name"),
    ("list-locks", "accounts and addresses locked after failed logins"),
    ("unlock", "lift a login lock: --name (an account) or --address"),
    ("list-users", "accounts, roles and how many devices each has"),
    ("list-devices", "devices, their users, number prefixes and last contact"),
    ("admin-audit", "the administrative actions: when, who, from where, what, to whom"),
    (
        "backup",
        "a consistent copy of the SQLite database while the server runs: --out FILE "
        "(PostgreSQL: use pg_dump, see docs/server.md)",
    ),
    (
        "verify-audit",
        "check every device's anchored audit trail and the branches forks set aside "
        "(exit 0 clean, 1 a trail is broken); --device-id for one",
    ),
)


def _common(parser: argparse.ArgumentParser, suppress: bool) -> None:
    """Options every command takes; SUPPRESS in sub-commands so a value given before the
    command is not overwritten by the sub-command's default."""
    default = argparse.SUPPRESS if suppress else None
    parser.add_argument("--data-dir", type=Path, default=default, help="the server's folder")
    parser.add_argument(
        "--database-url",
        default=default,
        help="PostgreSQL URL (postgresql://…); default: $DATABASE_URL, else SQLite in --data-dir",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m sync.server",
        description="Beamside sync server.",
    )
    parser.add_argument("--version", action="version", version=SERVER_VERSION)
    _common(parser, suppress=False)
    _serve_options(parser, suppress=False)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, help_text in COMMANDS:
        sub = commands.add_parser(name, help=help_text, description=help_text)
        _common(sub, suppress=True)
        if name == "serve":
            _serve_options(sub, suppress=True)
        if name in ("create-user", "set-role", "reset-password", "disable-user", "enable-user"):
            sub.add_argument("--name", required=True)
        if name in ("create-user", "reset-password"):
            sub.add_argument(
                "--password", help="default: $BEAMSIDE_PASSWORD, else asked on the terminal"
            )
        if name in ("create-user", "set-role"):
            sub.add_argument("--role", required=True, choices=ROLES)
        if name in ("revoke-device", "enable-device", "reassign-device"):
            sub.add_argument("--device-id", required=True)
        if name == "verify-audit":
            sub.add_argument("--device-id", default=None)
        if name == "backup":
            sub.add_argument("--out", type=Path, required=True, help="a new file")
        if name == "reassign-device":
            sub.add_argument("--name", required=True, help="the user who gets the device")
        if name == "unlock":
            which = sub.add_mutually_exclusive_group(required=True)
            which.add_argument("--name", help="an account's name")
            which.add_argument("--address", help="a source address")
    return parser


def _serve_options(parser: argparse.ArgumentParser, suppress: bool) -> None:
    parser.add_argument("--host", default=argparse.SUPPRESS if suppress else "127.0.0.1")
    parser.add_argument("--port", type=int, default=argparse.SUPPRESS if suppress else 8765)
    parser.add_argument(
        "--api-docs",
        action="store_true",
        default=argparse.SUPPRESS if suppress else False,
        help="serve /docs and /openapi.json (off by default: they map every route)",
    )
    none = argparse.SUPPRESS if suppress else None
    parser.add_argument(
        "--certfile", type=Path, default=none, help="serve HTTPS with this certificate (PEM)"
    )
    parser.add_argument(
        "--keyfile", type=Path, default=none, help="the certificate's private key (PEM)"
    )
    parser.add_argument(
        "--blob-storage",
        choices=BLOB_STORAGES,
        default=argparse.SUPPRESS if suppress else None,
        help=f"where file bytes live: folder (the default, in --data-dir) or database "
        f"(several server processes on one PostgreSQL need no shared folder); "
        f"default: ${BLOB_STORAGE_ENV}, else folder",
    )
    parser.add_argument(
        "--behind-tls-proxy",
        action="store_true",
        default=argparse.SUPPRESS if suppress else False,
        help="plain HTTP on a non-loopback address, because a proxy in front speaks HTTPS",
    )


def _password(args: argparse.Namespace) -> str:
    given = args.password or os.environ.get("BEAMSIDE_PASSWORD")
    return given if given else getpass.getpass("Password: ")


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    command = args.command or "serve"
    if args.data_dir is None:
        parser.error("--data-dir is required")
    try:
        settings = Settings(
            data_dir=args.data_dir.resolve(),
            database_url=database_url_from_env(args.database_url),
            host=args.host,
            port=args.port,
            api_docs=args.api_docs,
            blob_storage=args.blob_storage or os.environ.get(BLOB_STORAGE_ENV) or FOLDER_BLOBS,
        )
    except ValueError as exc:  # a $BEAMSIDE_BLOB_STORAGE that is neither
        parser.error(str(exc))
    if command == "serve":
        refusal = plain_http_refusal(settings.host, args.certfile, args.behind_tls_proxy)
        if refusal is None and args.certfile is None and args.keyfile is not None:
            refusal = "--keyfile needs --certfile"
        for given in (args.certfile, args.keyfile):
            if refusal is None and given is not None and not given.is_file():
                refusal = f"no file {given}"
        if refusal:
            print(f"refused: {refusal}", file=sys.stderr)  # noqa: T201
            return 1
        return _serve(settings, args.certfile, args.keyfile)
    if command == "verify-audit":
        return _verify_audit(settings, args.device_id)
    if command == "backup":
        return _backup(settings, args.out)
    try:
        _ADMIN[command](settings, args)
    except AdminError as exc:
        print(f"refused: {exc}", file=sys.stderr)  # noqa: T201
        return 1
    return 0


def is_loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False  # a host name: it may well resolve to a LAN address


def plain_http_refusal(host: str, certfile: Path | None, behind_proxy: bool) -> str | None:
    """Why the server will not listen (None: it will). Passwords and tokens cross the
    wire in every login and request, so off the machine itself they travel only inside
    TLS: the server's own (--certfile) or a proxy's that the operator vouches for."""
    if certfile is not None or behind_proxy or is_loopback(host):
        return None
    return (
        f"{host} is reachable from other machines, and plain HTTP would send passwords and "
        "tokens in the clear. Give --certfile and --keyfile to serve HTTPS, or "
        "--behind-tls-proxy when a reverse proxy (nginx) in front speaks HTTPS for it "
        "(see docs/server.md)."
    )


def _serve(settings: Settings, certfile: Path | None, keyfile: Path | None) -> int:
    import uvicorn

    from sync.server.app import create_app

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    uvicorn.run(
        create_app(settings),
        host=settings.host,
        port=settings.port,
        log_level="info",
        ssl_certfile=str(certfile) if certfile else None,
        ssl_keyfile=str(keyfile) if keyfile else None,
    )
    return 0


def _run(settings: Settings, args: argparse.Namespace) -> None:
    from sync.server import admin
    from sync.server.auth import Passwords
    from sync.server.db import Database, migrate

    db = Database(settings)
    passwords = Passwords(settings.password_cost)
    try:
        migrate(db)
        command = args.command
        if command == "create-user":
            name = admin.create_user(db, passwords, args.name, _password(args), args.role)
            print(f"created {name} ({args.role})")  # noqa: T201
        elif command == "set-role":
            admin.set_role(db, args.name, args.role)
            print(f"{args.name} is now {args.role}")  # noqa: T201
        elif command == "reset-password":
            admin.reset_password(db, passwords, args.name, _password(args))
            print(f"new password set for {args.name}")  # noqa: T201
        elif command in ("disable-user", "enable-user"):
            admin.set_disabled(db, args.name, command == "disable-user")
            print(f"{args.name} {'disabled' if command == 'disable-user' else 'enabled'}")  # noqa: T201
        elif command == "revoke-device":
            admin.revoke_device(db, args.device_id)
            print(f"device {args.device_id} revoked")  # noqa: T201
        elif command == "reassign-device":
            admin.reassign_device(db, args.device_id, args.name)
            print(f"device {args.device_id} now belongs to {args.name}")  # noqa: T201
        elif command == "list-locks":
            for lock in admin.list_locks(db):
                print(  # noqa: T201
                    f"{lock.kind}\t{lock.key}\t{lock.failures} failure(s)\t"
                    f"locked until {lock.locked_until:%Y-%m-%d %H:%M:%S} UTC"
                )
        elif command == "unlock":
            if args.name is not None:
                admin.unlock(db, args.name)
            else:
                admin.unlock(db, args.address, kind="address")
            print(f"unlocked {args.name or args.address}")  # noqa: T201
        elif command == "enable-device":
            admin.enable_device(db, args.device_id)
            print(f"device {args.device_id} may log in again")  # noqa: T201
        elif command == "admin-audit":
            from sync.server.admin_audit import list_actions

            for a in list_actions(db):
                detail = f"\t{a.detail}" if a.detail else ""
                print(  # noqa: T201
                    f"{a.at:%Y-%m-%d %H:%M:%S} UTC\t{a.actor}\t{a.source}\t{a.action}\t"
                    f"{a.subject}{detail}"
                )
        elif command == "list-users":
            for u in admin.list_users(db):
                state = "disabled" if u.disabled else "active"
                print(f"{u.name}\t{u.role}\t{state}\t{u.devices} device(s)")  # noqa: T201
        elif command == "list-devices":
            for d in admin.list_devices(db):
                seen = d.last_push_at or d.last_login_at
                revoked = f"\trevoked {d.revoked_at:%Y-%m-%d}" if d.revoked_at else ""
                print(  # noqa: T201
                    f"{d.device_id}\t{d.name}\t{d.user}\t{d.number_prefix}\t"
                    f"last seen {seen:%Y-%m-%d %H:%M}{revoked}"
                )
    finally:
        db.dispose()


def _backup(settings: Settings, out: Path) -> int:
    from sync.server.operations import BackupError, backup_sqlite

    try:
        size = backup_sqlite(settings, out)
    except BackupError as exc:
        print(f"refused: {exc}", file=sys.stderr)  # noqa: T201
        return 1
    print(f"backup written to {out.resolve()} ({size} bytes)")  # noqa: T201
    return 0


def _verify_audit(settings: Settings, device_id: str | None) -> int:
    """Prints each device's trail and its forks; 1 when any is broken."""
    from sync.server import admin
    from sync.server.audit_check import check_trails
    from sync.server.db import Database, migrate

    db = Database(settings)
    try:
        migrate(db)
        trails = check_trails(db, device_id)
        devices = {d.device_id: d for d in admin.list_devices(db)}
    finally:
        db.dispose()
    for trail in trails:
        known = devices.get(trail.device_id)
        who = f" ({known.name}, {known.user})" if known else ""
        state = "intact" if trail.problem is None else f"BROKEN: {trail.problem}"
        print(f"device {trail.device_id}{who}: {trail.entries} entries anchored, {state}")  # noqa: T201
        if trail.claimed_for_others:
            print(  # noqa: T201
                f"  {trail.claimed_for_others} entries name another user than the account "
                "that anchored them (a shared laptop, or a claim to check: "
                "audit_entry.user_login against anchored_by)"
            )
        for fork in trail.forks:
            kept = (
                f"entries #{fork.fork_seq + 1}-#{fork.old_seq} set aside and kept"
                if fork.problem is None
                else f"set-aside branch BROKEN: {fork.problem}"
            )
            print(  # noqa: T201
                f"  fork after entry #{fork.fork_seq} (a restored laptop went on from there), "
                f"{fork.created_at:%Y-%m-%d %H:%M} UTC by {fork.user_name}: {kept}"
            )
    broken = [t for t in trails if not t.clean]
    forks = sum(len(t.forks) for t in trails)
    if device_id is not None and not trails:
        print(f"refused: no audit trail anchored for device {device_id}", file=sys.stderr)  # noqa: T201
        return 1
    if broken:
        print(f"audit trails BROKEN on {len(broken)} of {len(trails)} device(s)")  # noqa: T201
        return 1
    print(f"audit trails clean: {len(trails)} device(s), {forks} fork(s)")  # noqa: T201
    return 0


_ADMIN: dict[str, Callable[[Settings, argparse.Namespace], None]] = {
    name: _run for name, _ in COMMANDS if name not in ("serve", "verify-audit", "backup")
}
