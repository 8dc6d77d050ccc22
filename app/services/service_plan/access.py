"""Who may do what with contracts and plans: the service manager keeps them; an
engineer sees only the visits assigned to them."""

from __future__ import annotations

from app.domain.records import FieldError, ValidationError
from app.domain.service_plan import NOT_ALLOWED, READ_ALL_VISITS_ROLES, may_plan
from app.services.registry.users import ActingUser, acting_user
from app.services.store import Store


def may_edit(store: Store, user: ActingUser | None = None) -> bool:
    """`user`: the acting user when the caller knows it already (no query)."""
    return may_plan((user or acting_user(store)).role)


def check_planner(store: Store) -> None:
    """Raises ValidationError unless the acting user is the service manager."""
    if not may_edit(store):
        raise ValidationError([FieldError("", NOT_ALLOWED)])


def own_engineer_id(store: Store) -> str | None:
    """The user id an engineer's views are limited to; None for office roles (all)."""
    from sqlalchemy import select

    from app.db.models import User

    user = acting_user(store)
    if user.role in READ_ALL_VISITS_ROLES:  # the sync server keeps the same rule
        return None
    with store.reading() as session:
        found = session.scalar(select(User.id).where(User.login == user.login))
        return found or "-"  # not a known user: nothing of anyone's
