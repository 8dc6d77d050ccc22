"""Who is asking: the user and device behind a valid token."""

from __future__ import annotations

from dataclasses import dataclass

from app.domain.enums import UserRole


@dataclass(frozen=True)
class Principal:
    user_id: int
    user_name: str
    role: UserRole
    device_id: str
    device_name: str
