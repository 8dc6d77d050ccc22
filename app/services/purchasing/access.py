"""Who is acting, checked against the purchasing roles before anything is written."""

from __future__ import annotations

from app.domain import purchasing as rules
from app.domain.enums import UserRole
from app.services.registry.users import acting_user
from app.services.store import Store


def role_of(store: Store) -> UserRole:
    return acting_user(store).role


def require_keeper(store: Store) -> None:
    rules.check_keeper(role_of(store))


def may_keep(store: Store) -> bool:
    return role_of(store) in rules.KEEPER_ROLES


def may_approve(store: Store) -> bool:
    return role_of(store) in rules.APPROVER_ROLES
