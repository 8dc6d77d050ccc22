"""Fields only some roles may set to a value: a complaint's owner and deadline (the
service manager assigns), a budget's approval (finance approves, §9.1.3).

The server refuses anyone else (sync/server/permissions.FIELD_SETTERS). A laptop is
shared by the people who pick their name on it, and its sync pushes with the syncing
person's account, so a change one of them made that another's role may not push waits
in the outbox until someone with the role syncs from that laptop (sync/client/round.py):
the demo's budget, drafted by the manager and approved by finance on one laptop, goes
up in two syncs, nothing refused.
"""

from __future__ import annotations

from typing import Any

from app.domain import costs
from app.domain.complaints import ASSIGN_ROLES
from app.domain.enums import UserRole

RESERVED_FIELDS: dict[tuple[str, str], frozenset[UserRole]] = {
    ("complaint", "owner_login"): ASSIGN_ROLES,
    ("complaint", "deadline"): ASSIGN_ROLES,
    ("budget", "approved_by"): costs.APPROVER_ROLES,
    ("budget", "approved_at"): costs.APPROVER_ROLES,
}


def reserved_field(role: UserRole, table: str, fields: dict[str, Any]) -> str | None:
    """The first field of a change that `role` may not set to a value, or None."""
    for name, value in fields.items():
        roles = RESERVED_FIELDS.get((table, name))
        if roles is not None and value not in (None, "") and role not in roles:
            return name
    return None
