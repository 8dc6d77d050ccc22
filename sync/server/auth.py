"""Passwords, device tokens and login.

Passwords are argon2id hashes (argon2-cffi); the cost comes from settings, so tests
can use cheap parameters while production keeps the library's defaults. A login
issues a fresh random token for the device; the server stores only its SHA-256, so a
copy of the database cannot be used to sync. Each device has one token at a time: a
new login replaces it, revoking the device ends it, disabling the user ends all of
that user's devices' tokens (checked on every request).

A device id belongs to the user who first logged in with it: another user's login
with it is refused (409) until the service manager reassigns the device, so nobody
takes over a colleague's number prefix and audit chain by copying a device id.

Password checks are bounded (issue 21.6): at most `hash_workers` argon2 calls run at
once (each takes 64 MiB and a core), `hash_queue` more wait, and any further login is
answered 503 at once instead of piling up memory and starving the syncs. Before a
password is checked at all, the throttle (throttle.py) may refuse the attempt.

Each device also gets a work-order number prefix: four Crockford base32 characters
from the device's number (a server counter) scrambled by a bijection, so prefixes are
unique, stable per device, and do not all start with "000".
"""

from __future__ import annotations

import hashlib
import secrets
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime

from argon2 import PasswordHasher, Type
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.domain.enums import UserRole
from app.domain.numbering import PREFIX_ALPHABET, PREFIX_LENGTH
from sync.protocol import LoginRequest, LoginResponse
from sync.server.db import Database
from sync.server.models import DEVICE_COUNTER, Counter, Device, ServerUser
from sync.server.names import InvalidName, account_name
from sync.server.principal import Principal
from sync.server.settings import PasswordCost
from sync.server.throttle import Refusal, Throttle

_PREFIX_SPACE = len(PREFIX_ALPHABET) ** PREFIX_LENGTH  # 2**20 prefixes
_SCRAMBLE = 0x5BD1F  # odd, hence a bijection modulo 2**20


class AuthError(Exception):
    """A login or token refused; the message says why (English, shown to the user)."""


class DeviceTaken(Exception):
    """The device id is registered to another user (answered 409)."""


class HashingBusy(Exception):
    """Every password-checking slot and queue place is taken (answered 503)."""


class Throttled(Exception):
    """The throttle refused the attempt before its password was checked (429)."""

    def __init__(self, refusal: Refusal) -> None:
        super().__init__(refusal.detail)
        self.refusal = refusal


class Passwords:
    def __init__(self, cost: PasswordCost, workers: int = 2, queue: int = 8) -> None:
        self.hasher = PasswordHasher(
            time_cost=cost.time_cost,
            memory_cost=cost.memory_kib,
            parallelism=cost.parallelism,
            type=Type.ID,
        )
        # Verified against when the user does not exist, so the answer takes as long.
        self._dummy = self.hasher.hash(secrets.token_hex(8))
        self._running = threading.BoundedSemaphore(max(1, workers))
        self._admitted = threading.BoundedSemaphore(max(1, workers) + max(0, queue))

    @contextmanager
    def _slot(self) -> Iterator[None]:
        if not self._admitted.acquire(blocking=False):
            raise HashingBusy("the server is busy checking other logins; try again shortly")
        try:
            with self._running:
                yield
        finally:
            self._admitted.release()

    def hash(self, password: str) -> str:
        with self._slot():
            return self.hasher.hash(password)

    def verify(self, stored: str | None, password: str) -> bool:
        with self._slot():
            try:
                return self.hasher.verify(stored or self._dummy, password) and stored is not None
            except (VerificationError, InvalidHashError):
                return False


def token_digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8", "surrogatepass")).hexdigest()


def device_prefix(number: int) -> str:
    if not 0 < number < _PREFIX_SPACE:
        raise ValueError(f"device number {number} out of range")
    value = (number * _SCRAMBLE) % _PREFIX_SPACE
    chars = []
    for _ in range(PREFIX_LENGTH):
        value, digit = divmod(value, len(PREFIX_ALPHABET))
        chars.append(PREFIX_ALPHABET[digit])
    return "".join(reversed(chars))


def authenticate(db: Database, token: str) -> Principal:
    with db.read() as connection:
        found = connection.execute(
            select(
                ServerUser.id,
                ServerUser.name,
                ServerUser.role,
                ServerUser.disabled,
                Device.device_id,
                Device.name,
                Device.revoked_at,
            )
            .join(ServerUser, Device.user_id == ServerUser.id)
            .where(Device.token_sha256 == token_digest(token))
        ).first()
    if found is None:
        raise AuthError("the token is not valid (log in again)")
    user_id, name, role, disabled, device_id, device_name, revoked_at = found
    if revoked_at is not None:
        raise AuthError("this device was revoked; ask the service office")
    if disabled:
        raise AuthError("this account is disabled; ask the service office")
    return Principal(user_id, name, UserRole(role), device_id, device_name)


@dataclass(frozen=True)
class _Account:
    id: int
    name: str
    role: str
    password_hash: str


WRONG = "wrong user name or password"


def login(
    db: Database,
    passwords: Passwords,
    throttle: Throttle,
    given: LoginRequest,
    address: str,
    now: datetime,
) -> LoginResponse:
    """Asks the throttle, checks the password (outside any transaction: argon2 is slow
    on purpose), then registers the device and gives it a new token."""
    try:
        name = account_name(given.user)
    except InvalidName as exc:
        raise AuthError(WRONG) from exc  # no such account can exist
    refusal = throttle.admit(name, address, now)
    if refusal is not None:
        raise Throttled(refusal)
    with db.read() as connection:
        found = connection.execute(
            select(ServerUser.id, ServerUser.name, ServerUser.role, ServerUser.password_hash).where(
                ServerUser.name == name
            )
        ).first()
    account = _Account(*found) if found else None
    try:
        right = passwords.verify(account.password_hash if account else None, given.password)
    except HashingBusy:
        throttle.not_checked(name, address)
        raise
    if not right:
        raise AuthError(WRONG)
    assert account is not None
    throttle.succeeded(name, address)
    # Hashes made with older (cheaper) parameters are upgraded while the password is known.
    new_hash = None
    if passwords.hasher.check_needs_rehash(account.password_hash):
        try:
            new_hash = passwords.hash(given.password)
        except HashingBusy:
            new_hash = None  # next time
    token = secrets.token_urlsafe(32)
    for attempt in range(3):  # two first logins of one device race on its insert
        try:
            with db.session() as session:
                prefix = _register(session, account, given, token_digest(token), now, new_hash)
            break
        except IntegrityError:
            if attempt == 2:
                raise
    return LoginResponse(
        token=token,
        user=account.name,
        role=account.role,
        device_id=given.device_id,
        number_prefix=prefix,
        server_time=now.isoformat(),
    )


def _register(
    session: Session,
    account: _Account,
    given: LoginRequest,
    digest: str,
    now: datetime,
    new_hash: str | None,
) -> str:
    user = session.get(ServerUser, account.id)
    if user is None or user.disabled:
        raise AuthError("this account is disabled; ask the service office")
    device = session.get(Device, given.device_id)
    if device is not None and device.revoked_at is not None:
        raise AuthError("this device was revoked; ask the service office")
    if device is not None and device.user_id != user.id:
        raise DeviceTaken(
            "device: this laptop is registered to another user; "
            "the service office can reassign it to you"
        )
    if device is None:
        number = (
            session.execute(
                select(Counter.value).where(Counter.name == DEVICE_COUNTER).with_for_update()
            ).scalar_one()
            + 1
        )
        session.execute(update(Counter).where(Counter.name == DEVICE_COUNTER).values(value=number))
        device = Device(
            device_id=given.device_id,
            number=number,
            number_prefix=device_prefix(number),
            user_id=user.id,
            created_at=now,
        )
        session.add(device)
    device.name = given.device_name or device.name
    device.token_sha256 = digest
    device.token_issued_at = device.token_used_at = now
    device.previous_token_sha256 = None
    device.last_login_at = now
    if new_hash:
        user.password_hash, user.updated_at = new_hash, now
    return device.number_prefix
