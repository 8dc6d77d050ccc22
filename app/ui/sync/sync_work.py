"""The SyncController's work on QThreadPool workers: reading the sync state, probing
the server, logging in, one round. Plain functions without Qt, so they can run on any
thread; the network client (httpx) is imported inside them, never at start-up.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from app.domain import local_time
from app.domain.sync_failure import SyncFailure
from app.services.store import Store
from app.services.sync import sync_status

if TYPE_CHECKING:
    from sync.client.round import SyncReport
    from sync.protocol import LoginResponse, PasswordChanged


@dataclass(frozen=True)
class SyncSnapshot:
    """The sync state with what only a worker may find out (the token lives in the
    keyring, whose first use can take a while)."""

    status: sync_status.SyncStatus
    logged_in: bool
    token_where: str  # "keyring", or the path of the token file
    last_run: sync_status.RunRow | None  # the newest round of the history


class RoundRefused(Exception):
    """A round that did not start (no server set, not logged in), with a SyncError kind."""

    def __init__(self, kind: SyncFailure, message: str) -> None:
        super().__init__(message)
        self.kind, self.message = kind, message


# Whether a token is stored, per (data folder, server, user). The state is re-read every
# half minute for the pending count, but a system keyring may be slow or ask to be
# unlocked, so it is asked once and again only after a login, a refusal or a new account.
_has_token: dict[tuple[str, str, str], bool] = {}
_token_where: dict[str, str] = {}


def forget_token_checks() -> None:
    _has_token.clear()


def read_snapshot(store: Store, legacy: Account | None = None) -> SyncSnapshot:
    """The state; first, on an upgraded laptop, the server and user an older version
    kept in settings.ini (`legacy`) move into sync_state unless it has its own."""
    from sync.client import token_store

    if legacy is not None:
        sync_status.adopt_account(store, *legacy)

    state = sync_status.status(store)
    folder = str(store.data_dir)
    key = (folder, state.server, state.user)
    if state.configured and key not in _has_token:
        _has_token[key] = bool(token_store.load_token(store.data_dir, state.server, state.user))
    if folder not in _token_where:
        _token_where[folder] = token_store.where(store.data_dir)
    last = sync_status.history(store, 1)
    return SyncSnapshot(
        state, _has_token.get(key, False), _token_where[folder], last[0] if last else None
    )


def probe(server: str, timeout: float) -> bool:
    """True when the server answers its health check."""
    import httpx

    try:
        return httpx.get(f"{server}/health", timeout=timeout).status_code == 200
    except Exception:  # noqa: BLE001  (any failure, a bad address included, is "not reachable")
        return False


Account = tuple[str, str]  # server, user


def sync_round(
    store: Store, progress: Any, timeout: float, account: Account | None = None
) -> SyncReport:
    """One recorded round as the configured user (or `account`, remembered first, so a
    round right after the fields were edited uses them); `progress(stage, done, total)`."""
    from sync.client.round import SyncClient

    if account is not None:
        sync_status.configure(store, *account)
    state = sync_status.status(store)
    if not state.configured:
        raise RoundRefused(SyncFailure.LOGIN, "no server set")
    client = SyncClient(store, state.server, state.user, timeout=timeout)
    try:
        if not client.has_token():
            raise RoundRefused(SyncFailure.LOGIN, "not logged in")
        return client.sync_and_record(progress)
    finally:
        client.http.close()


def log_in(
    store: Store, account: Account, password: str, timeout: float, allow_http: bool = False
) -> LoginResponse:
    """Remembers the account, then logs in (the client stores the token); refused for an
    http:// address of another machine unless `allow_http` (the Sync page's setting)."""
    from sync.client.round import SyncClient

    sync_status.configure(store, *account)
    state = sync_status.status(store)
    client = SyncClient(store, state.server, state.user, timeout=timeout, allow_http=allow_http)
    try:
        return client.login(password)
    finally:
        client.http.close()


def change_password(
    store: Store, current: str, new: str, timeout: float, allow_http: bool = False
) -> PasswordChanged:
    """The configured user's new password, given with the current one (the server
    judges both); the laptop's login stays."""
    from sync.client.round import SyncClient

    state = sync_status.status(store)
    if not state.configured:
        raise RoundRefused(SyncFailure.LOGIN, "no server set")
    client = SyncClient(store, state.server, state.user, timeout=timeout, allow_http=allow_http)
    try:
        return client.change_password(current, new)
    finally:
        client.http.close()


def error_kind(exc: BaseException) -> tuple[str, str]:
    """(kind, message) of a SyncError or RoundRefused; ("", text) for anything else."""
    return str(getattr(exc, "kind", "")), str(getattr(exc, "message", "") or exc)


def short_time(value: datetime | None) -> str:
    """10:42 today, else the date too (local time)."""
    if value is None:
        return ""
    local = local_time.local(value)
    if local.date() == local_time.today():
        return local.strftime("%H:%M")
    return local.strftime("%Y-%m-%d %H:%M")
