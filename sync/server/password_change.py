"""A user changes their own password from a laptop (POST /auth/password, issue 15).

The caller is logged in (a device token), and proves it is the person too by giving
the current password: a stolen, unlocked laptop must not be enough to take over the
account. That check is a password check like a login's, so it goes through the same
throttle (per account and per source address) before argon2 runs, and a wrong
current password counts as a failed login. The new password meets the policy of
create-user and a manager's reset (password_policy.py).

Device tokens are kept, this device's and the user's other devices' alike: a token is
a device's own login, not a copy of the password, and a service engineer's second
laptop in the field must go on syncing after a change made at the office. A user who
fears a device was lost asks the service manager to revoke it (admin.revoke_device);
the change is recorded in the admin trail with how many devices kept their tokens.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select

from sync.protocol import Code, PasswordChange
from sync.server import admin_audit, password_policy
from sync.server.admin_audit import Actor
from sync.server.auth import AuthError, HashingBusy, Passwords, Throttled
from sync.server.db import Database
from sync.server.models import Device, ServerUser
from sync.server.principal import Principal
from sync.server.throttle import Throttle


class PasswordRefused(Exception):
    """The change is refused; `code` says why (sync.protocol.Code), the message in
    English."""

    def __init__(self, code: Code, message: str) -> None:
        super().__init__(message)
        self.code = code


WRONG_CURRENT = "the current password is not right"


def change_password(
    db: Database,
    passwords: Passwords,
    throttle: Throttle,
    user: Principal,
    given: PasswordChange,
    address: str,
    now: datetime,
) -> int:
    """Sets the new password; the number of devices of the user that keep their tokens.
    Raises Throttled, HashingBusy, AuthError (account gone or disabled) or
    PasswordRefused."""
    refusal = throttle.admit(user.user_name, address, now)
    if refusal is not None:
        raise Throttled(refusal)
    with db.read() as connection:
        stored = connection.execute(
            select(ServerUser.password_hash).where(ServerUser.id == user.user_id)
        ).scalar()
    try:
        right = passwords.verify(stored, given.current)
    except HashingBusy:
        throttle.not_checked(user.user_name, address)
        raise
    if not right:
        raise PasswordRefused(Code.WRONG_PASSWORD, WRONG_CURRENT)
    throttle.succeeded(user.user_name, address)
    if given.new == given.current:
        raise PasswordRefused(
            Code.PASSWORD_UNCHANGED, "the new password is the same as the current one"
        )
    judged = password_policy.judge(given.new, user.user_name)
    if judged is not None:
        raise PasswordRefused(judged.code, judged.detail)
    hashed = passwords.hash(given.new)
    with db.session() as session:
        account = session.get(ServerUser, user.user_id, with_for_update=True)
        if account is None or account.disabled:
            raise AuthError("this account is disabled; ask the service office")
        account.password_hash, account.updated_at = hashed, now
        devices = session.scalar(
            select(func.count())
            .select_from(Device)
            .where(Device.user_id == user.user_id, Device.token_sha256.is_not(None))
        )
        detail = f"from device {user.device_id}; {devices or 0} device(s) keep their tokens"
        admin_audit.record(
            session,
            Actor(user.user_name, address),
            admin_audit.PASSWORD_CHANGED,
            user.user_name,
            detail,
        )
    return int(devices or 0)
