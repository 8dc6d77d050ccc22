"""The trail of administrative actions: who created an account, changed a role, reset a
password (or changed their own), revoked or re-enabled a device, unlocked an account —
when, and from where.

The record is written in the same transaction as the action it records, so there is no
action without its record and no record of an action that rolled back. At the command
line the actor is the operating-system user and the source "cli" (the server account
names are not logins on the server machine); over HTTP it is the account of the token
and the client's address (behind a proxy, uvicorn's --forwarded-allow-ips decides
whether X-Forwarded-For is believed).
"""

from __future__ import annotations

import getpass
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.base import utcnow
from sync.server.db import Database
from sync.server.models import AdminAction

# What `action` holds (stable words: scripts and auditors filter on them).
USER_CREATED = "user_created"
ROLE_CHANGED = "role_changed"
PASSWORD_RESET = "password_reset"
PASSWORD_CHANGED = "password_changed"  # by the account's own user, from a laptop
USER_DISABLED = "user_disabled"
USER_ENABLED = "user_enabled"
DEVICE_REVOKED = "device_revoked"
DEVICE_ENABLED = "device_enabled"
ACCOUNT_UNLOCKED = "account_unlocked"
DEVICE_REASSIGNED = "device_reassigned"
CLI_SOURCE = "cli"


@dataclass(frozen=True)
class Actor:
    name: str
    source: str

    @classmethod
    def cli(cls) -> Actor:
        """Whoever runs `python -m sync.server …` on the server machine."""
        try:
            name = getpass.getuser()
        except (KeyError, OSError):  # no name for the uid (a bare container)
            name = "unknown"
        return cls(name[:64], CLI_SOURCE)


@dataclass(frozen=True)
class ActionRecord:
    id: int
    at: datetime
    actor: str
    source: str
    action: str
    subject: str
    detail: str


def record(session: Session, by: Actor, action: str, subject: str, detail: str = "") -> None:
    """Adds the record to the action's own unit of work (the caller commits both)."""
    session.add(
        AdminAction(
            at=utcnow(),
            actor=by.name[:64],
            source=by.source[:64],
            action=action,
            subject=subject[:200],
            detail=detail,
        )
    )


def list_actions(db: Database, after: int = 0, limit: int | None = None) -> list[ActionRecord]:
    """Oldest first, from after the id `after`."""
    query = select(AdminAction).where(AdminAction.id > after).order_by(AdminAction.id)
    if limit is not None:
        query = query.limit(limit)
    with db.reading() as session:
        return [
            ActionRecord(a.id, a.at, a.actor, a.source, a.action, a.subject, a.detail)
            for a in session.scalars(query)
        ]
