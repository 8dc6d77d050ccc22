"""One sync round of a laptop with the server: push the outbox, anchor the audit trail,
pull what others wrote (docs/sync.md).

Every step is safe to repeat: a push result is applied and its outbox rows removed in
one transaction, so a lost response only means the batch goes again and comes back
"duplicate"; a pulled page is applied and the cursor moved in one transaction. Killing
the process at any point loses nothing and duplicates nothing.

Runs on a worker thread (the app) or the command line; never touches Qt.
"""

from __future__ import annotations

import ipaddress
import json
import logging
import sqlite3
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import httpx
from pydantic import ValidationError
from sqlalchemy import Connection, delete, func, insert, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import SQLAlchemyError

from app.db.fieldwork import AuditEntry
from app.db.models import LocalDevice
from app.db.syncing import OutboxChange, SyncConflict, SyncRun, SyncState
from app.domain.audit_chain import GENESIS, format_at
from app.domain.sync_failure import SyncFailure
from app.services import audit
from app.services.store import Store
from app.services.sync import outbox
from sync.client import blobs, token_store
from sync.client.apply import Applied, apply_rows, pending_fields
from sync.client.withdraw import withdraw
from sync.protocol import (
    MAX_VALUE_DEPTH,
    PROTOCOL_VERSION,
    AuditAnchor,
    AuditEntryOut,
    AuditForkPoint,
    AuditPush,
    Change,
    ChangeResult,
    Code,
    ConflictOut,
    FieldConflict,
    LoginRequest,
    LoginResponse,
    PasswordChange,
    PasswordChanged,
    PullResponse,
    PushRequest,
    PushResponse,
    RowState,
    VersionInfo,
    code_of,
    reason_detail,
)

log = logging.getLogger(__name__)
TOKEN_HEADER = "X-Beamside-Token"  # a rotated token (sync/server/tokens.py)
PUSH_BATCH = 500
PULL_PAGE = 10_000  # the most the server gives (a page of rows is ~6 MB of JSON)
AUDIT_BATCH = 2000
Progress = Callable[[str, int, int], None]  # stage, done, total
# Why the server refused a password change; the laptop translates each.
PASSWORD_CODES = frozenset(
    {
        Code.WRONG_PASSWORD,
        Code.PASSWORD_TOO_SHORT,
        Code.PASSWORD_HAS_NAME,
        Code.PASSWORD_GUESSABLE,
        Code.PASSWORD_UNCHANGED,
    }
)


class SyncError(Exception):
    """Why a round stopped. `kind` lets the app show a translated message; `message`
    is the English detail (for locked and throttled logins the server's sentence, whose
    number the translated text repeats). `report` is what the round did move when it
    failed only at its end (a refused audit anchoring)."""

    def __init__(self, kind: SyncFailure, message: str) -> None:
        super().__init__(message)
        self.kind = kind
        self.message = message
        self.report: SyncReport | None = None


@dataclass
class SyncReport:
    pushed: int = 0
    rejected: int = 0
    pulled: int = 0
    conflicts: int = 0
    blobs_up: int = 0
    blobs_down: int = 0
    audit_anchored: int = 0
    skipped: int = 0  # pulled records this laptop could not read (kept on the Sync page)
    withdrawn: int = 0  # records removed here: no longer this user's (handed to another)
    withheld: int = 0  # unpushed changes of those, not sent: kept as refused changes
    audit_forks: list[AuditFork] = field(default_factory=list)
    certified: bool = False
    warnings: list[str] = field(default_factory=list)

    def summary(self) -> str:
        text = (
            f"pushed {self.pushed} change(s) ({self.rejected} refused), pulled {self.pulled} "
            f"record(s), {self.conflicts} conflict(s), blobs {self.blobs_up} up / "
            f"{self.blobs_down} down, audit entries anchored {self.audit_anchored}"
        )
        if self.withdrawn or self.withheld:
            text += (
                f"; {self.withdrawn} record(s) no longer yours removed, {self.withheld} "
                "unpushed change(s) of them kept as refused"
            )
        for fork in self.audit_forks:
            text += (
                f"; audit trail forked after entry #{fork.fork_seq} (this laptop was restored): "
                f"the server keeps its entries #{fork.fork_seq + 1}-#{fork.set_aside_seq} "
                f"set aside, the fork is entry #{fork.event_seq} here"
            )
        return text


@dataclass(frozen=True)
class AuditFork:
    """A fork of the audit trail the server took in this round."""

    fork_seq: int  # the last entry this laptop and the server both held
    set_aside_seq: int  # the server's head of the branch it set aside
    event_seq: int  # the local entry recording the fork


def sends_in_the_clear(server: str) -> bool:
    """True for an http:// address of another machine: what is sent there can be read
    on the way (loopback never leaves this computer)."""
    url = httpx.URL(server)
    if url.scheme != "http":
        return False
    host = url.host.lower()
    if host == "localhost":
        return False
    try:
        return not ipaddress.ip_address(host).is_loopback
    except ValueError:
        return True  # a name: it resolves to whatever the network says


def _now_iso() -> str:
    return datetime.now(UTC).isoformat()


class SyncClient:
    """A laptop's connection to one server as one user."""

    def __init__(
        self,
        store: Store,
        server: str,
        user: str,
        *,
        http: httpx.Client | None = None,
        timeout: float = 30.0,
        allow_http: bool = False,
    ) -> None:
        self.store = store
        self.server = server.rstrip("/")
        self.user = user
        self.allow_http = allow_http  # the user accepted a password in the clear
        self.http = http or httpx.Client(base_url=self.server, timeout=timeout)
        self.http.headers["X-Beamside-Protocol"] = str(PROTOCOL_VERSION)
        self._token = token_store.load_token(store.data_dir, self.server, user)

    # --- requests ------------------------------------------------------------------------

    def request(
        self, method: str, path: str, *, allow: tuple[int, ...] = (), **kwargs: Any
    ) -> httpx.Response:
        """The answer to an authenticated request (the token, kept fresh when the server
        rotates it); SyncError for a failure, except the statuses in `allow`. Public, so
        blobs and certification take it as their `Requester` without the client."""
        headers = dict(kwargs.pop("headers", {}))
        if self._token:
            headers["Authorization"] = f"Bearer {self._token}"
        try:
            response = self.http.request(method, path, headers=headers, **kwargs)
        except httpx.TransportError as exc:
            raise SyncError(SyncFailure.UNREACHABLE, f"cannot reach {self.server}: {exc}") from exc
        rotated = response.headers.get(TOKEN_HEADER)
        if rotated and self._token:  # the server replaced the token: keep the new one
            self._token = rotated
            token_store.save_token(self.store.data_dir, self.server, self.user, rotated)
        if response.status_code == 401:
            if self._token:
                token_store.forget_token(self.store.data_dir, self.server, self.user)
                self._token = None
            raise SyncError(
                SyncFailure.AUTH, _detail(response) or "the server asks to log in again"
            )
        if response.status_code in allow:
            return response
        code = error_code(response)
        if code is Code.TOO_OLD:
            raise SyncError(SyncFailure.TOO_OLD, _detail(response) or "this Beamside is too old")
        if code is Code.CLOCK_SKEW:
            raise SyncError(SyncFailure.CLOCK, _detail(response))
        if response.status_code == 429:  # the login throttle: locked, or wait a little
            if _reason(response) == "login_locked":
                raise SyncError(SyncFailure.LOCKED, _detail(response))
            raise SyncError(SyncFailure.THROTTLED, _detail(response) or "too many attempts")
        if response.status_code == 503:
            raise SyncError(SyncFailure.BUSY, _detail(response) or "the server is busy")
        if response.status_code == 409 and path == "/auth/login":
            raise SyncError(SyncFailure.DEVICE_TAKEN, _detail(response))
        if response.status_code >= 400:
            raise SyncError(
                SyncFailure.SERVER, f"{method} {path}: {response.status_code} {_detail(response)}"
            )
        return response

    def has_token(self) -> bool:
        return bool(self._token)

    def check_version(self) -> VersionInfo:
        info = VersionInfo.model_validate(self.request("GET", "/version").json())
        if PROTOCOL_VERSION < info.min_client_protocol:
            raise SyncError(
                SyncFailure.TOO_OLD, "this Beamside is too old for the server; update it"
            )
        return info

    def _refuse_clear_text(self) -> None:
        if not self.allow_http and sends_in_the_clear(self.server):
            raise SyncError(
                SyncFailure.INSECURE,
                f"{self.server} is plain http:// to another machine, so the password would "
                "cross the network unencrypted; use https://, or allow http explicitly",
            )

    def login(self, password: str) -> LoginResponse:
        self._refuse_clear_text()
        with self.store.session() as session:
            device = session.get(LocalDevice, 1)
            device_id = device.device_id if device else ""
        if not device_id:
            from app.services.device import local_device

            with self.store.session() as session:
                device_id = local_device(session).device_id
        body = LoginRequest(
            user=self.user,
            password=password,
            device_id=device_id,
            device_name=_host_name(),
            protocol=PROTOCOL_VERSION,
        )
        self._token = None
        try:
            response = self.request("POST", "/auth/login", json=body.model_dump())
        except SyncError as exc:
            if exc.kind is SyncFailure.AUTH:
                raise SyncError(SyncFailure.LOGIN, exc.message) from exc
            raise
        login = LoginResponse.model_validate(response.json())
        self._token = login.token
        token_store.save_token(self.store.data_dir, self.server, self.user, login.token)
        with self.store.session() as session:
            device = session.get(LocalDevice, 1)
            if device is not None and device.number_prefix != login.number_prefix:
                device.number_prefix = login.number_prefix
        with self._connection() as connection:
            _put(connection, "server", self.server)
            _put(connection, "user", self.user)
            _put(connection, "role", login.role)
            connection.commit()
        return login

    def change_password(self, current: str, new: str) -> PasswordChanged:
        """The logged-in user's new password. Refusals: PASSWORD with "<code>: the
        server's words" (wrong current password, or the policy), THROTTLED or LOCKED
        after too many wrong ones, AUTH, UNREACHABLE, INSECURE. The token is kept."""
        self._refuse_clear_text()
        if not self._token:
            raise SyncError(SyncFailure.LOGIN, "log in to the server first")
        body = PasswordChange(current=current, new=new)
        response = self.request("POST", "/auth/password", json=body.model_dump(), allow=(403, 422))
        if response.status_code in (403, 422):
            code = error_code(response)
            if code in PASSWORD_CODES:
                assert code is not None
                raise SyncError(SyncFailure.PASSWORD, f"{code.value}: {_detail(response)}")
            raise SyncError(
                SyncFailure.SERVER,
                f"POST /auth/password: {response.status_code} {_detail(response)}",
            )
        return PasswordChanged.model_validate(response.json())

    # --- the round -----------------------------------------------------------------------

    def sync(self, progress: Progress | None = None) -> SyncReport:
        """Push, anchor the audit trail, pull; raises SyncError when the round stops."""
        report = SyncReport()
        tell = progress or (lambda _stage, _done, _total: None)
        if not self._token:
            raise SyncError(SyncFailure.LOGIN, "log in to the server first")
        self.check_version()
        self._certify(report)
        self._push(report, tell)
        refused: SyncError | None = None
        try:
            self._push_audit(report)
        except SyncError as exc:
            if exc.kind is not SyncFailure.AUDIT:
                raise
            refused = exc  # records still come down; the round fails at its end
        self._pull(report, tell)
        if refused is not None:
            refused.report = report
            raise refused
        return report

    def _certify(self, report: SyncReport) -> None:
        """Has the report-signing key certified once; a refusal is a warning only."""
        from app.reports.pdf_signing import DeviceIdentityError
        from sync.client.certify import certify

        try:
            report.certified = certify(self.store.data_dir, self.request)
        except SyncError as exc:
            if exc.kind is not SyncFailure.SERVER:
                raise
            report.warnings.append(f"signing key not certified: {exc.message}")
        except (ValueError, DeviceIdentityError) as exc:
            report.warnings.append(f"signing key not certified: {exc}")
        self._refresh_crl(report)

    def _refresh_crl(self, report: SyncReport) -> None:
        """Brings the company's revocation list for verifying reports; a failure is a
        warning (the previous list stays, and goes stale after a week)."""
        from sync.client.certify import refresh_crl

        try:
            refresh_crl(self.store.data_dir, self.request)
        except SyncError as exc:
            if exc.kind is not SyncFailure.SERVER:
                raise
            report.warnings.append(f"revocation list not updated: {exc.message}")
        except (ValueError, OSError) as exc:
            report.warnings.append(f"revocation list not updated: {exc}")

    def sync_and_record(self, progress: Progress | None = None) -> SyncReport:
        """`sync`, with the round written to the history (`sync_run`) and the last
        sync time or error to `sync_state`, for the Sync page and the status bar."""
        started = datetime.now(UTC)
        report = SyncReport()
        error = ""
        try:
            report = self.sync(progress)
            return report
        except SyncError as exc:
            error = f"{exc.kind}: {exc.message}"
            report = exc.report or report
            raise
        except Exception as exc:  # a bug or a local failure: never recorded as a success
            error = f"{type(exc).__name__}: {exc}"
            raise
        finally:
            self._record_run(started, report, error)

    def _record_run(self, started: datetime, report: SyncReport, error: str) -> None:
        finished = datetime.now(UTC)
        with self._connection() as connection:
            connection.execute(
                insert(SyncRun).values(
                    started_at=started,
                    finished_at=finished,
                    server=self.server,
                    pushed=report.pushed,
                    pulled=report.pulled,
                    conflicts=report.conflicts,
                    rejected=report.rejected,
                    blobs=report.blobs_up + report.blobs_down,
                    error=error,
                )
            )
            if error:
                _put(connection, "last_error", error)
            else:
                _put(connection, "last_sync_at", finished.isoformat())
                _put(connection, "last_error", "")
            connection.commit()

    @contextmanager
    def _connection(self, foreign_keys: bool = True) -> Iterator[Connection]:
        """A connection whose transaction the caller commits; foreign keys can be off
        (pulled pages may bring a child before its parent)."""
        with self.store.engine.connect() as connection:
            if not foreign_keys:
                # raw: a SQLite PRAGMA has no Core form
                connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
            try:
                yield connection
            finally:
                connection.rollback()
                if not foreign_keys:
                    connection.exec_driver_sql("PRAGMA foreign_keys=ON")

    def _push(self, report: SyncReport, tell: Progress) -> None:
        with self._connection() as connection:
            outbox.enqueue_unclocked(connection)
            connection.commit()
            total = outbox.pending_count(connection)
        done = 0
        while True:
            with self._connection() as connection:
                batch = _outbox_batch(connection, PUSH_BATCH)
                cursor = int(_get(connection, "cursor") or 0)
            if not batch:
                return
            report.blobs_up += blobs.upload_referenced(self.request, self.store, batch)
            body = PushRequest(device_time=_now_iso(), cursor=cursor, changes=batch)
            answer = PushResponse.model_validate(
                self.request("POST", "/sync/push", json=body.model_dump()).json()
            )
            self._take_results(batch, answer.results, report)
            done += len(batch)
            tell("push", done, max(total, done))

    def _take_results(
        self, batch: list[Change], results: list[ChangeResult], report: SyncReport
    ) -> None:
        sent = {c.change_id: c for c in batch}
        with self._connection(foreign_keys=False) as connection:
            done = [r.change_id for r in results if r.change_id in sent]
            for start in range(0, len(done), 500):
                chunk = done[start : start + 500]
                connection.execute(delete(OutboxChange).where(OutboxChange.change_id.in_(chunk)))
            latest: dict[tuple[str, str], RowState] = {}  # a row's last state answers
            conflicts: list[ConflictRow] = []
            force: dict[tuple[str, str], set[str]] = {}
            for result in results:
                change = sent.get(result.change_id)
                if change is None:
                    continue
                report.pushed += 1
                row = result.row
                if row is not None:
                    known = latest.get((row.table, row.id))
                    if known is None or row.seq >= known.seq:
                        latest[(row.table, row.id)] = row
                # A retried batch whose first answer was lost comes back "duplicate" with
                # the first outcome's reason: only refusals have one, so it was refused.
                refused = result.status == "rejected" or (
                    result.status == "duplicate" and bool(result.reason)
                )
                if refused and result_code(result) is Code.DUPLICATE:
                    # the server sent the record holding the key: ours merges into it
                    # when that row is applied below (sync/client/duplicates.py)
                    report.rejected += 1
                elif refused:
                    report.rejected += 1
                    # several refused changes of one row: every field goes back
                    force.setdefault((change.table, change.id), set()).update(change.fields)
                    conflicts.extend(_refusal(change, result))
                else:
                    # applied or lost: the server's value and clock are the field's now
                    # (a clock ahead of the server's is stored as the server's time)
                    force.setdefault((change.table, change.id), set()).update(change.fields)
                    conflicts.extend(
                        (change.table, change.id, c.kind, _stored_reason(result), _conflict(c))
                        for c in result.conflicts
                    )
            rows = list(latest.values())
            applied = apply_rows(connection, rows, pending_fields(connection, rows), force=force)
            report.conflicts += _save_conflicts(connection, conflicts, applied)
            if applied.max_clock:
                outbox.observe_clock(connection, applied.max_clock)
            connection.commit()

    def _push_audit(self, report: SyncReport) -> None:
        """Anchors the trail after the last anchored entry. Every answer names the
        server's head; when that is not an entry of this laptop's trail, the laptop was
        restored from an older backup: the fork is found, recorded and declared
        (`_fork`). A refusal raises SyncError(SyncFailure.AUDIT)."""
        fork: AuditForkPoint | None = None
        seen: set[tuple[int, int]] = set()  # (sent after, server head): never twice
        while True:
            with self._connection() as connection:
                after = int(_get(connection, "audit_seq") or 0)
                # nothing new still asks: the answer shows whether the server is ahead
                entries = _audit_batch(connection, after, AUDIT_BATCH)
            body = AuditPush.model_validate({"entries": entries, "fork": fork})
            try:
                response = self.request(
                    "POST",
                    "/sync/audit",
                    allow=(409,),
                    json=body.model_dump(exclude=None if fork else {"fork"}),
                )
            except SyncError as exc:
                if exc.kind is SyncFailure.SERVER:
                    raise SyncError(SyncFailure.AUDIT, exc.message) from exc
                raise
            refusal = _detail(response) if response.status_code == 409 else ""
            answer = response.json()
            server = AuditAnchor.model_validate(answer.get("anchor") if refusal else answer)
            if refusal and fork is not None:
                raise SyncError(SyncFailure.AUDIT, f"the server refused the fork: {refusal}")
            with self._connection() as connection:
                held = _local_hash(connection, server.seq) == server.hash
                last = _local_head(connection)
            if not held:  # the server's trail went on past or away from this one
                if not refusal and fork is not None:
                    raise SyncError(
                        SyncFailure.AUDIT, "the server's anchor does not match this trail"
                    )
                fork = self._fork(server, after, last)
                continue
            start = fork.seq if fork is not None else after
            if fork is not None:
                event = _fork_event(self.store, fork.seq)
                if event is not None:
                    report.audit_forks.append(AuditFork(fork.seq, event.set_aside_seq, event.seq))
                fork = None
            report.audit_anchored += max(0, server.seq - start)
            with self._connection() as connection:
                _put(connection, "audit_seq", str(server.seq))
                connection.commit()
            if refusal and server.seq == after:  # our next entries themselves were refused
                raise SyncError(SyncFailure.AUDIT, refusal)
            if server.seq >= last:
                return
            if (after, server.seq) in seen or (entries and not refusal and server.seq <= after):
                raise SyncError(
                    SyncFailure.AUDIT, f"the server did not anchor entries after #{after}"
                )
            seen.add((after, server.seq))  # the next batch, or the rest after a lost head

    def _fork(self, server: AuditAnchor, anchored: int, last: int) -> AuditForkPoint:
        """The last entry this laptop and the server both hold: the fork point. The fork
        is recorded as an entry of this trail (once, also when the round is retried)
        and the trail goes on from the fork point."""
        problem = audit.verify_chain(self.store)
        if problem is not None:  # a broken trail here is not a fork to declare
            raise SyncError(SyncFailure.AUDIT, f"{problem}; run verify-audit")
        top = min(last, server.seq)
        low = min(anchored, top)
        if not self._shared(low):
            raise SyncError(
                SyncFailure.AUDIT,
                f"the server's anchored trail differs from this laptop's at or before entry "
                f"#{low}, which this laptop had anchored itself: this trail was rewritten",
            )
        high = top
        if self._shared(high):
            low = high
        while high - low > 1:  # shared(low) and not shared(high): equal hashes chain back
            middle = (low + high) // 2
            low, high = (middle, high) if self._shared(middle) else (low, middle)
        with self._connection() as connection:
            digest = _local_hash(connection, low)
        assert digest is not None  # low <= last
        point = AuditForkPoint(seq=low, hash=digest)
        known = _fork_event(self.store, low)
        if known is None or known.set_aside_seq != server.seq:
            audit.record_fork(self.store, low, digest, server.seq, server.hash)
        with self._connection() as connection:
            _put(connection, "audit_seq", str(low))
            connection.commit()
        return point

    def _shared(self, seq: int) -> bool:
        """Whether entry `seq` is the same here and on the server's anchored trail."""
        if seq == 0:
            return True
        response = self.request("GET", "/sync/audit/anchor", params={"seq": seq}, allow=(404,))
        if response.status_code == 404:
            return False
        theirs = AuditAnchor.model_validate(response.json()).hash
        with self._connection() as connection:
            return _local_hash(connection, seq) == theirs

    def _pull(self, report: SyncReport, tell: Progress) -> None:
        """Pages after the cursor, each applied with the cursor move in one transaction.
        The next page is fetched while this one is applied (the server, the network and
        parsing overlap with SQLite); a fetched page that is never applied is harmless."""
        with self._connection() as connection:
            cursor = int(_get(connection, "cursor") or 0)
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="sync-pull") as fetcher:
            coming = fetcher.submit(self._pull_page, cursor)
            while True:
                page, unreadable = coming.result()
                if page.more:
                    coming = fetcher.submit(self._pull_page, page.cursor)
                with self._connection(foreign_keys=False) as connection:
                    try:
                        applied = apply_rows(
                            connection, page.rows, pending_fields(connection, page.rows)
                        )
                    except APPLY_ERRORS:
                        connection.rollback()
                        applied = _apply_row_by_row(connection, page.rows, unreadable)
                    _save_conflicts(connection, [_unreadable(u) for u in unreadable], Applied())
                    withdrawn = withdraw(connection, page.gone)
                    report.conflicts += _save_conflicts(connection, withdrawn.kept, applied)
                    if applied.max_clock:
                        outbox.observe_clock(connection, applied.max_clock)
                    _put(connection, "cursor", str(page.cursor))
                    connection.commit()
                report.pulled += len(page.rows)
                report.skipped += len(unreadable)
                report.withdrawn += withdrawn.removed
                report.withheld += withdrawn.changes
                if withdrawn.changes:
                    report.warnings.append(
                        f"{withdrawn.changes} unpushed change(s) of records handed to someone "
                        "else were not sent; they are kept as refused changes on the Sync page"
                    )
                report.warnings.extend(
                    f"skipped {u.table} {u.id}: this laptop cannot read it ({u.problem})"
                    for u in unreadable
                )
                report.blobs_down += blobs.download_missing(
                    self.request, self.store, applied.blob_rows
                )
                tell("pull", report.pulled, report.pulled + (PULL_PAGE if page.more else 0))
                if not page.more:
                    return

    def _pull_page(self, after: int) -> tuple[PullResponse, list[Unreadable]]:
        response = self.request("GET", "/sync/pull", params={"after": after, "limit": PULL_PAGE})
        try:
            return PullResponse.model_validate_json(response.content), []
        except ValidationError:
            return _readable_part(response.content)


# --- pages with rows the laptop cannot read ---------------------------------------------


@dataclass(frozen=True)
class Unreadable:
    """A pulled row skipped because this laptop cannot read it (issue 21: one such row
    must not stop every laptop's pull forever)."""

    table: str
    id: str
    problem: str


def _readable_part(content: bytes) -> tuple[PullResponse, list[Unreadable]]:
    """A page the fast parser refused, read row by row: the rows that are sound, and
    the others named. Only a page that is not a page at all stops the round."""
    try:
        body = json.loads(content)
        page = PullResponse.model_validate({**body, "rows": []})
    except (ValueError, RecursionError, TypeError) as exc:
        raise SyncError(
            SyncFailure.SERVER, f"the server sent a page that is not readable: {exc}"
        ) from exc
    rows: list[RowState] = []
    skipped: list[Unreadable] = []
    for raw in body.get("rows", []):
        table = str(raw.get("table", "")) if isinstance(raw, dict) else ""
        row_id = str(raw.get("id", "")) if isinstance(raw, dict) else ""
        try:
            row = RowState.model_validate(raw)
            _check_depth(row.data)
        except (ValueError, RecursionError) as exc:
            problem = str(exc).splitlines()[0][:200]
            skipped.append(Unreadable(table[:64], row_id[:64], problem))
            continue
        rows.append(row)
    return page.model_copy(update={"rows": rows}), skipped


# What applying a row the laptop cannot store raises (a NOT NULL or type the row breaks).
APPLY_ERRORS = (SQLAlchemyError, sqlite3.Error, ValueError, TypeError, OverflowError, KeyError)


def _apply_row_by_row(
    connection: Connection, rows: list[RowState], unreadable: list[Unreadable]
) -> Applied:
    """A page one of whose rows cannot be stored: each row in its own transaction, the
    ones that fail added to `unreadable`. Applying is idempotent (by clock), so a crash
    before the cursor moves only means these rows are applied again."""
    total = Applied()
    for row in rows:
        try:
            one = apply_rows(connection, [row], pending_fields(connection, [row]))
            connection.commit()
        except APPLY_ERRORS as exc:
            connection.rollback()
            problem = str(exc).splitlines()[0][:200]
            unreadable.append(Unreadable(row.table, row.id, problem))
            continue
        total.inserted += one.inserted
        total.updated += one.updated
        total.conflicts.extend(one.conflicts)
        total.max_clock = max(total.max_clock, one.max_clock)
        total.blob_rows.extend(one.blob_rows)
    return total


def _check_depth(data: dict[str, Any]) -> None:
    """Values deeper than the server accepts are refused like the server would."""
    level: list[Any] = list(data.values())
    for _level in range(MAX_VALUE_DEPTH):
        inner: list[Any] = []
        for item in level:
            if isinstance(item, dict):
                inner.extend(item.values())
            elif isinstance(item, list):
                inner.extend(item)
        if not inner:
            return
        level = inner
    raise ValueError(f"a value nested deeper than {MAX_VALUE_DEPTH} levels")


def _unreadable(skipped: Unreadable) -> ConflictRow:
    reason = f"unreadable: {skipped.problem}"
    return (
        skipped.table,
        skipped.id,
        "unreadable",
        reason,
        FieldConflict("", "concurrent", None, "", None, None),
    )


# --- local state ------------------------------------------------------------------------


def _get(connection: Connection, key: str) -> str | None:
    return connection.execute(select(SyncState.value).where(SyncState.key == key)).scalar()


def _put(connection: Connection, key: str, value: str) -> None:
    upsert = sqlite_insert(SyncState).values(key=key, value=value)
    connection.execute(
        upsert.on_conflict_do_update(index_elements=[SyncState.key], set_={"value": value})
    )


def _outbox_batch(connection: Connection, limit: int) -> list[Change]:
    o = OutboxChange
    rows = connection.execute(
        select(o.change_id, o.table_name, o.row_id, o.op, o.hlc, o.fields, o.base)
        .order_by(o.seq)
        .limit(limit)
    )
    return [
        Change(change_id=change_id, table=table, id=row_id, op=op, hlc=hlc, fields=f, base=b)
        for change_id, table, row_id, op, hlc, f, b in rows
    ]


def _local_hash(connection: Connection, seq: int) -> str | None:
    """The hash of this laptop's entry `seq` (64 zeros for 0); None when there is none."""
    if seq == 0:
        return GENESIS
    return connection.execute(select(AuditEntry.hash).where(AuditEntry.seq == seq)).scalar()


def _local_head(connection: Connection) -> int:
    return int(connection.execute(select(func.max(AuditEntry.seq))).scalar() or 0)


def _fork_event(store: Store, fork_seq: int) -> audit.ForkEvent | None:
    """The newest entry recording a fork at `fork_seq`, or None."""
    found = [e for e in audit.fork_events(store) if e.fork_seq == fork_seq and e.seq > fork_seq]
    return found[-1] if found else None


def _audit_batch(connection: Connection, after: int, limit: int) -> list[dict[str, Any]]:
    # the wire's field names pick the model's columns: a renamed column fails here
    columns = [AuditEntry.__table__.c[name] for name in AuditEntryOut.model_fields]
    rows = connection.execute(
        select(*columns).where(AuditEntry.seq > after).order_by(AuditEntry.seq).limit(limit)
    )
    entries = []
    for row in rows:
        entry = dict(row._mapping)
        at = entry["at"]
        moment = at if isinstance(at, datetime) else datetime.fromisoformat(str(at))
        entry["at"] = format_at(moment.replace(tzinfo=UTC))
        entries.append(entry)
    AuditPush.model_validate({"entries": entries})  # the shape the server expects
    return entries


ConflictRow = tuple[str, str, str, str, FieldConflict]  # table, id, kind, reason, conflict


def _conflict(c: ConflictOut) -> FieldConflict:
    kind = c.kind if c.kind in ("concurrent", "deleted", "signed") else "concurrent"
    return FieldConflict(c.field, kind, c.lost_value, c.lost_clock, c.won_value, c.won_clock)  # type: ignore[arg-type]


def _refusal(change: Change, result: ChangeResult) -> list[ConflictRow]:
    """One conflict per field of a change the server refused, so it can be re-applied."""
    code = result_code(result)
    kind = code.value if code in (Code.SIGNED, Code.DELETED) else "rejected"
    server = result.row.data if result.row else {}
    reason = _stored_reason(result)
    return [
        (
            change.table,
            change.id,
            kind,
            reason,
            FieldConflict(name, "concurrent", value, change.hlc, server.get(name), None),
        )
        for name, value in change.fields.items()
        if name not in ("updated_at", "updated_by")
    ]


_SAVE_CONFLICT = (
    "INSERT OR IGNORE INTO sync_conflict (table_name, row_id, field, kind, reason, lost_value, "
    "lost_clock, won_value, won_clock, created_at, resolution) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '')"
)


def _save_conflicts(connection: Connection, rows: list[ConflictRow], applied: Applied) -> int:
    """Stores conflicts (once each); returns how many were new."""
    now = datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
    params = [
        (
            t,
            i,
            c.field,
            kind,
            reason,
            json.dumps(c.lost_value, ensure_ascii=False),
            c.lost_clock,
            json.dumps(c.won_value, ensure_ascii=False),
            c.won_clock or "",
            now,
        )
        for t, i, kind, reason, c in rows
    ]
    params += [
        (
            t,
            i,
            c.field,
            c.kind,
            "",
            json.dumps(c.lost_value, ensure_ascii=False),
            c.lost_clock,
            json.dumps(c.won_value, ensure_ascii=False),
            c.won_clock or "",
            now,
        )
        for t, i, c in applied.conflicts
    ]
    if not params:
        return 0
    counting = select(func.count()).select_from(SyncConflict)
    before = connection.execute(counting).scalar() or 0
    # raw: INSERT OR IGNORE of a whole pulled page at once (driver executemany), on the
    # pull's hot path that benchmarks/sync.py measures
    connection.exec_driver_sql(_SAVE_CONFLICT, params)
    after = connection.execute(counting).scalar() or 0
    return int(after) - int(before)


def _reason(response: httpx.Response) -> str:
    try:
        body = response.json()
    except ValueError:
        return ""
    reason = body.get("reason", "") if isinstance(body, dict) else ""
    return reason if isinstance(reason, str) else ""


def error_code(response: httpx.Response) -> Code | None:
    """The code of an error answer: its `code`, or for a server that sends none (protocol
    2) what its status or its English detail says."""
    try:
        body = response.json()
    except ValueError:
        body = None
    if isinstance(body, dict) and isinstance(body.get("code"), str):
        try:
            return Code(body["code"])
        except ValueError:
            pass  # a code newer than this laptop: judged by the status below
    if response.status_code == 426:
        return Code.TOO_OLD
    if response.status_code == 429:
        return Code.THROTTLED
    if response.status_code == 400 and "clock" in _detail(response).lower():
        return Code.CLOCK_SKEW  # fallback: protocol 2 servers said so only in English
    return code_of(_detail(response))


def _stored_reason(result: ChangeResult) -> str:
    """A result's reason as a conflict keeps it: "<code>: the server's words", so the
    page translates by code later (sync_conflict has no column of its own for it)."""
    code = result_code(result)
    return f"{code.value}: {reason_detail(result.reason)}" if code else result.reason


def result_code(result: ChangeResult) -> Code | None:
    """A change's refusal code: `code`, or the reason's prefix from an older server."""
    return result.code or (code_of(result.reason) if result.reason else None)


def _detail(response: httpx.Response) -> str:
    try:
        body = response.json()
    except ValueError:
        return response.text[:300]
    detail = body.get("detail", "") if isinstance(body, dict) else ""
    return detail if isinstance(detail, str) else json.dumps(detail, ensure_ascii=False)[:300]


def _host_name() -> str:
    import socket

    return socket.gethostname()[:200]
