"""Login throttling per account name and per source address (issue 15).

Every login attempt is counted as a failure *before* its password is checked, in one
write transaction with the check of the delay and the lock; a correct password then
takes its count back. So 32 attempts at once cannot all pass a count of zero, and the
number of passwords ever checked for a key is at most the rule's `lock_after` per lock
period. After `free` failures each further attempt must wait a delay that doubles; at
`lock_after` the key is locked for `lock_seconds`. A lock or wait is answered 429 with
Retry-After and a `reason` the laptop translates ("login_locked", "login_wait").

The counts live in the database (`login_failures`) so that several server processes
share them and the admin command can list and lift locks. A refusal is also remembered
in memory for a few seconds (`RECHECK_SECONDS`), so a flood against a locked account
or address costs no database transaction per request; a lock lifted by the admin
command in another process takes effect within those seconds.
"""

from __future__ import annotations

import math
import threading
import time
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from sync.server.db import Database
from sync.server.models import LoginFailures
from sync.server.settings import LoginThrottle, ThrottleRule

ACCOUNT, ADDRESS = "account", "address"
LOCKED, WAIT = "login_locked", "login_wait"
RECHECK_SECONDS = 5.0


@dataclass(frozen=True)
class Refusal:
    reason: str  # LOCKED or WAIT
    retry_after: int  # whole seconds, at least 1

    @property
    def detail(self) -> str:
        if self.reason == LOCKED:
            minutes = max(1, math.ceil(self.retry_after / 60))
            return (
                "too many failed logins: logging in is locked for "
                f"{minutes} minute(s), or until the service office unlocks it"
            )
        return f"too many failed logins: wait {self.retry_after} second(s) before trying again"


@dataclass(frozen=True)
class Lock:
    kind: str
    key: str
    failures: int
    locked_until: datetime


def _seconds(delta: timedelta) -> int:
    return max(1, math.ceil(delta.total_seconds()))


def _judge(row: LoginFailures | None, rule: ThrottleRule, now: datetime) -> _Refused | None:
    if row is None:
        return None
    if row.locked_until is not None and row.locked_until > now:
        return _Refused(LOCKED, row.locked_until)
    delay = rule.delay(row.failures)
    ready = row.last_failure_at + timedelta(seconds=delay)
    if delay and ready > now:
        return _Refused(WAIT, ready)
    return None


@dataclass(frozen=True)
class _Refused:
    reason: str
    until: datetime

    def refusal(self, now: datetime) -> Refusal:
        return Refusal(self.reason, _seconds(self.until - now))


def _expired(row: LoginFailures, rule: ThrottleRule, now: datetime) -> bool:
    """A lock that ended, or failures long forgotten, start the count afresh."""
    if row.locked_until is not None:
        return row.locked_until <= now
    return row.last_failure_at + timedelta(seconds=rule.lock_seconds) <= now


class Throttle:
    def __init__(self, db: Database, rules: LoginThrottle) -> None:
        self.db = db
        self.rules = {ACCOUNT: rules.account, ADDRESS: rules.address}
        # (kind, key) -> the refusal and when (monotonic) the database said so.
        self._known: dict[tuple[str, str], tuple[_Refused, float]] = {}
        self._known_lock = threading.Lock()

    def admit(self, account: str, address: str, now: datetime) -> Refusal | None:
        """The refusal for this attempt, or None: then it is counted as a failure until
        `succeeded` or `not_checked` takes the count back."""
        keys = {ACCOUNT: account, ADDRESS: address}
        known = self._remembered(keys, now)
        if known is not None:
            return known
        for attempt in range(3):  # two first attempts of a key race on its insert
            try:
                with self.db.session() as session:
                    return self._admit(session, keys, now)
            except IntegrityError:
                if attempt == 2:
                    raise
        raise AssertionError("unreachable")

    def _remembered(self, keys: dict[str, str], now: datetime) -> Refusal | None:
        fresh = time.monotonic() - RECHECK_SECONDS
        with self._known_lock:
            for kind, key in keys.items():
                entry = self._known.get((kind, key))
                if entry is None:
                    continue
                refused, at = entry
                if at >= fresh and refused.until > now:
                    return refused.refusal(now)
                del self._known[(kind, key)]
        return None

    def forget(self, kind: str, key: str) -> None:
        """A lock lifted here: stop refusing from memory at once."""
        with self._known_lock:
            self._known.pop((kind, key), None)

    def _admit(self, session: Session, keys: dict[str, str], now: datetime) -> Refusal | None:
        rows: dict[str, LoginFailures] = {}
        refused: list[_Refused] = []
        for kind, key in keys.items():
            rule = self.rules[kind]
            row = session.get(LoginFailures, (kind, key), with_for_update=True)
            if row is not None and _expired(row, rule, now):
                row.failures, row.locked_until = 0, None
            judged = _judge(row, rule, now)
            if judged:
                refused.append(judged)
                with self._known_lock:
                    self._known[(kind, key)] = (judged, time.monotonic())
            if row is None:
                row = LoginFailures(kind=kind, key=key, failures=0, last_failure_at=now)
                session.add(row)
            rows[kind] = row
        if refused:  # the longest wait; a lock before a wait of the same length
            return max(refused, key=lambda r: (r.until, r.reason == LOCKED)).refusal(now)
        for kind, row in rows.items():
            rule = self.rules[kind]
            row.failures += 1
            row.last_failure_at = now
            if row.failures >= rule.lock_after:
                row.locked_until = now + timedelta(seconds=rule.lock_seconds)
        return None

    def succeeded(self, account: str, address: str) -> None:
        """The password was right: the account starts afresh, and the address's count
        loses this attempt (the office behind it logs in all day)."""
        with self.db.session() as session:
            session.execute(
                delete(LoginFailures).where(
                    LoginFailures.kind == ACCOUNT, LoginFailures.key == account
                )
            )
            self._take_back(session, ADDRESS, address)

    def not_checked(self, account: str, address: str) -> None:
        """The attempt never reached the password check (the server was busy)."""
        with self.db.session() as session:
            self._take_back(session, ACCOUNT, account)
            self._take_back(session, ADDRESS, address)

    def _take_back(self, session: Session, kind: str, key: str) -> None:
        row = session.get(LoginFailures, (kind, key), with_for_update=True)
        if row is not None and row.failures > 0:
            row.failures -= 1
            if row.failures < self.rules[kind].lock_after:
                row.locked_until = None


def locks(db: Database, now: datetime) -> list[Lock]:
    """Accounts and addresses locked now, the longest first."""
    with db.reading() as session:
        rows = session.scalars(
            select(LoginFailures)
            .where(LoginFailures.locked_until > now)
            .order_by(LoginFailures.locked_until.desc())
        ).all()
        return [Lock(r.kind, r.key, r.failures, r.locked_until) for r in rows if r.locked_until]


def unlock(db: Database, kind: str, key: str) -> bool:
    """Lifts a lock (and forgets the failures); False when there was none."""
    with db.session() as session:
        gone = session.execute(
            delete(LoginFailures).where(LoginFailures.kind == kind, LoginFailures.key == key)
        )
        return bool(getattr(gone, "rowcount", 0))
