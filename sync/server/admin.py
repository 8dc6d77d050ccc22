"""Administration of accounts and devices (the command line calls these; so do tests).

Each function is one unit of work and raises AdminError with an English sentence when
it refuses (unknown user, name taken, bad role), which the command line prints with
exit code 1.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.base import utcnow
from app.domain.enums import UserRole
from sync.server import password_policy, throttle
from sync.server.auth import Passwords
from sync.server.db import Database
from sync.server.models import Device, ServerUser
from sync.server.names import InvalidName, account_name, canonical

ROLES = tuple(r.value for r in UserRole)


class AdminError(Exception):
    pass


@dataclass(frozen=True)
class UserInfo:
    name: str
    role: str
    disabled: bool
    devices: int


@dataclass(frozen=True)
class DeviceInfo:
    device_id: str
    name: str
    user: str
    number_prefix: str
    created_at: datetime
    last_login_at: datetime
    last_push_at: datetime | None
    revoked_at: datetime | None


def _role(value: str) -> str:
    if value not in ROLES:
        raise AdminError(f"unknown role {value!r}; roles are: {', '.join(ROLES)}")
    return value


def _user(session: Session, name: str) -> ServerUser:
    user = session.scalar(select(ServerUser).where(ServerUser.name == canonical(name)))
    if user is None:
        user = session.scalar(select(ServerUser).where(ServerUser.name == name))
    if user is None:
        raise AdminError(f"no user named {name!r}")
    return user


def _password(password: str, name: str) -> None:
    reason = password_policy.refusal(password, name)
    if reason:
        raise AdminError(reason)


def create_user(db: Database, passwords: Passwords, name: str, password: str, role: str) -> str:
    """Adds the account under its canonical name (names.py), which it returns."""
    _role(role)
    try:
        name = account_name(name)
    except InvalidName as exc:
        raise AdminError(str(exc)) from exc
    _password(password, name)
    hashed = passwords.hash(password)
    with db.session() as session:
        if session.scalar(select(ServerUser.id).where(ServerUser.name == name)) is not None:
            raise AdminError(f"a user named {name!r} exists already")
        session.add(ServerUser(name=name, password_hash=hashed, role=role))
    return name


def set_role(db: Database, name: str, role: str) -> None:
    _role(role)
    with db.session() as session:
        user = _user(session, name)
        user.role, user.updated_at = role, utcnow()


def reset_password(db: Database, passwords: Passwords, name: str, password: str) -> None:
    with db.reading() as session:
        found = _user(session, name).name
    _password(password, found)
    hashed = passwords.hash(password)
    with db.session() as session:
        user = _user(session, name)
        user.password_hash, user.updated_at = hashed, utcnow()


def set_disabled(db: Database, name: str, disabled: bool) -> None:
    with db.session() as session:
        user = _user(session, name)
        user.disabled, user.updated_at = disabled, utcnow()


def revoke_device(db: Database, device_id: str) -> None:
    """Ends the device's token for good: it cannot log in again under this id."""
    with db.session() as session:
        device = session.get(Device, device_id)
        if device is None:
            raise AdminError(f"no device {device_id!r}")
        if device.revoked_at is None:
            device.revoked_at = utcnow()
        device.token_sha256 = None


def reassign_device(db: Database, device_id: str, name: str) -> None:
    """Gives a device (its number prefix and audit chain) to another user, who may log
    in with it from then on; the previous user's token for it ends."""
    with db.session() as session:
        device = session.get(Device, device_id)
        if device is None:
            raise AdminError(f"no device {device_id!r}")
        device.user_id = _user(session, name).id
        device.token_sha256 = None


def list_locks(db: Database) -> list[throttle.Lock]:
    return throttle.locks(db, utcnow())


def unlock(db: Database, key: str, kind: str = throttle.ACCOUNT) -> str:
    """Lifts the login lock of an account (by name) or of a source address; the key
    as stored. A running server stops refusing within throttle.RECHECK_SECONDS."""
    if kind == throttle.ACCOUNT:
        key = canonical(key)
    if not throttle.unlock(db, kind, key):
        raise AdminError(f"no failed logins recorded for the {kind} {key!r}")
    return key


def list_users(db: Database) -> list[UserInfo]:
    with db.reading() as session:
        users = session.scalars(select(ServerUser).order_by(ServerUser.name)).all()
        counts: dict[int, int] = {}
        for (user_id,) in session.execute(select(Device.user_id)):
            counts[user_id] = counts.get(user_id, 0) + 1
        return [UserInfo(u.name, u.role, u.disabled, counts.get(u.id, 0)) for u in users]


def list_devices(db: Database) -> list[DeviceInfo]:
    with db.reading() as session:
        rows = session.execute(
            select(Device, ServerUser.name)
            .join(ServerUser, Device.user_id == ServerUser.id)
            .order_by(Device.number)
        ).all()
        return [
            DeviceInfo(
                d.device_id,
                d.name,
                user,
                d.number_prefix,
                d.created_at,
                d.last_login_at,
                d.last_push_at,
                d.revoked_at,
            )
            for d, user in rows
        ]
