"""Who may change the staff records: the service manager only (the server's
TABLE_ROLES say the same for every staff table)."""

from __future__ import annotations

from app.domain.refusals import Refused
from app.domain.staff import MANAGER_ROLES, NOT_A_MANAGER
from app.services.registry.users import ActingUser, acting_user
from app.services.store import Store

CONTEXT = "Staff"


def require_manager(store: Store, user: ActingUser | None = None) -> None:
    """Refuses anyone but the service manager (`user`: the acting user if known)."""
    if (user or acting_user(store)).role not in MANAGER_ROLES:
        raise Refused(CONTEXT, NOT_A_MANAGER)
