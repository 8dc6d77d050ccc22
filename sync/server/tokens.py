"""A device token's life after login: it expires when unused for `token_inactivity`
(default 90 days), and is rotated on use — the first request after `token_rotation`
(default an hour) since it was issued gets a new token in the `X-Beamside-Token`
response header, which the laptop stores in place of the old one.

The old token stays accepted for `token_rotation` after its replacement, because a
laptop sends several requests at once (blob transfers) and some were already on their
way with it; it is never rotated again (only the current token is). The rotation is a
conditional UPDATE on the current digest, so two concurrent requests rotate once.
The last use is written at most hourly, so a busy laptop does not write on every read.
"""

from __future__ import annotations

import secrets
from datetime import datetime, timedelta

from sqlalchemy import or_, select, update

from app.domain.enums import UserRole
from sync.server.auth import AuthError, token_digest
from sync.server.db import Database
from sync.server.models import Device, ServerUser
from sync.server.principal import Principal
from sync.server.settings import Settings

TOKEN_HEADER = "X-Beamside-Token"
_USE_GRANULARITY = timedelta(hours=1)


def use_token(
    db: Database, token: str, now: datetime, settings: Settings
) -> tuple[Principal, str | None]:
    """Who the token belongs to, and the token replacing it when it was rotated now."""
    digest = token_digest(token)
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
                Device.token_sha256,
                Device.token_issued_at,
                Device.token_used_at,
                Device.last_login_at,
            )
            .join(ServerUser, Device.user_id == ServerUser.id)
            .where(or_(Device.token_sha256 == digest, Device.previous_token_sha256 == digest))
        ).first()
    if found is None:
        raise AuthError("the token is not valid (log in again)")
    (user_id, name, role, disabled, device_id, device_name, revoked_at, current,
     issued_at, used_at, login_at) = found  # fmt: skip
    if revoked_at is not None:
        raise AuthError("this device was revoked; ask the service office")
    if disabled:
        raise AuthError("this account is disabled; ask the service office")
    principal = Principal(user_id, name, UserRole(role), device_id, device_name)
    issued = issued_at or login_at
    if current != digest:  # the replaced token, within its grace period only
        if now - issued > settings.token_rotation:
            raise AuthError("the token was replaced by a newer one (log in again)")
        return principal, None
    last_use = used_at or issued
    if now - last_use > settings.token_inactivity:
        days = settings.token_inactivity.days
        raise AuthError(f"the token expired after {days} days without use (log in again)")
    if now - issued >= settings.token_rotation:
        return principal, _rotate(db, device_id, digest, now)
    if now - last_use >= _USE_GRANULARITY:
        with db.write() as connection:
            connection.execute(
                update(Device).where(Device.device_id == device_id).values(token_used_at=now)
            )
    return principal, None


def _rotate(db: Database, device_id: str, digest: str, now: datetime) -> str | None:
    new = secrets.token_urlsafe(32)
    with db.write() as connection:
        done = connection.execute(
            update(Device)
            .where(Device.device_id == device_id, Device.token_sha256 == digest)
            .values(
                token_sha256=token_digest(new),
                previous_token_sha256=digest,
                token_issued_at=now,
                token_used_at=now,
            )
        )
    return new if done.rowcount == 1 else None  # another request rotated it first
