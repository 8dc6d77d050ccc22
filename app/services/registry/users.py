"""Who is using this laptop, and with which role."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import User
from app.domain.enums import UserRole
from app.services.store import Store

# A login with no user record (a fresh laptop before its first sync) works as a field
# engineer: it can do field work, not close or cancel other people's jobs.
DEFAULT_ROLE = UserRole.ENGINEER


@dataclass(frozen=True)
class ActingUser:
    login: str
    display_name: str
    role: UserRole


def acting_user(store: Store) -> ActingUser:
    with store.reading() as session:
        user = session.scalar(
            select(User).where(User.login == store.user_login, User.deleted_at.is_(None))
        )
        if user is None:
            return ActingUser(store.user_login, store.user_login, DEFAULT_ROLE)
        return ActingUser(user.login, user.display_name, user.role)


def user_choices(store: Store) -> list[tuple[str, str]]:
    """(login, "name — role") of every user, to pick who works on this laptop."""
    with store.reading() as session:
        users = session.scalars(
            select(User).where(User.deleted_at.is_(None)).order_by(User.display_name)
        )
        return [(u.login, u.display_name) for u in users]


def person_name(session: Session, login: str) -> str:
    """The display name of a login, the login itself when it names no user."""
    name = session.scalar(select(User.display_name).where(User.login == login))
    return name or login
