"""Views for the service office (service manager, quality control): conflicts, devices;
the service manager's list of login locks, which it may lift, and a user's password,
which it may reset (the policy of create-user; recorded in the admin trail)."""

from __future__ import annotations

import json
from dataclasses import asdict
from datetime import datetime
from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Path, Query, Request, Response
from pydantic import BaseModel
from sqlalchemy import select

from sync.protocol import PasswordReset
from sync.server import admin, admin_audit, throttle
from sync.server.admin_audit import Actor
from sync.server.auth import HashingBusy
from sync.server.deps import ManagerUser, OfficeUser, Server, utcnow
from sync.server.errors import Refused
from sync.server.models import SyncConflict

router = APIRouter(tags=["office"])


class ConflictRecord(BaseModel):
    id: int
    change_id: str
    table: str
    row_id: str
    field: str
    kind: str
    lost_value: Any
    lost_clock: str
    won_value: Any
    won_clock: str | None
    device_id: str
    user: str
    created_at: datetime


class ConflictPage(BaseModel):
    conflicts: list[ConflictRecord]
    cursor: int
    more: bool


class DeviceRecord(BaseModel):
    device_id: str
    name: str
    user: str
    number_prefix: str
    created_at: datetime
    last_login_at: datetime
    last_push_at: datetime | None
    revoked_at: datetime | None


class LockRecord(BaseModel):
    kind: str  # account | address
    key: str  # the account's name or the source address
    failures: int
    locked_until: datetime


@router.get("/conflicts", response_model=ConflictPage)
def conflicts_route(
    server: Server,
    _user: OfficeUser,
    after: Annotated[int, Query(ge=0, le=2**62)] = 0,
    limit: Annotated[int, Query(ge=1, le=1000)] = 200,
) -> ConflictPage:
    c = SyncConflict
    with server.db.reading() as session:
        rows = session.scalars(select(c).where(c.id > after).order_by(c.id).limit(limit + 1)).all()
    found = [
        ConflictRecord(
            id=r.id,
            change_id=r.change_id,
            table=r.table_name,
            row_id=r.row_id,
            field=r.field,
            kind=r.kind,
            lost_value=json.loads(r.lost_value),
            lost_clock=r.lost_clock,
            won_value=json.loads(r.won_value),
            won_clock=r.won_clock,
            device_id=r.device_id,
            user=r.user_name,
            created_at=r.created_at,
        )
        for r in rows[:limit]
    ]
    return ConflictPage(
        conflicts=found, cursor=found[-1].id if found else after, more=len(rows) > limit
    )


class AdminActionRecord(BaseModel):
    id: int
    at: datetime
    actor: str
    source: str  # "cli", or the client's address
    action: str
    subject: str
    detail: str


class AdminActionPage(BaseModel):
    actions: list[AdminActionRecord]
    cursor: int
    more: bool


@router.get("/admin/audit", response_model=AdminActionPage)
def admin_audit_route(
    server: Server,
    _user: OfficeUser,
    after: Annotated[int, Query(ge=0, le=2**62)] = 0,
    limit: Annotated[int, Query(ge=1, le=1000)] = 200,
) -> AdminActionPage:
    """Who did what to accounts and devices, oldest first (service manager and QC)."""
    rows = admin_audit.list_actions(server.db, after, limit + 1)
    found = [AdminActionRecord(**asdict(r)) for r in rows[:limit]]
    return AdminActionPage(
        actions=found, cursor=found[-1].id if found else after, more=len(rows) > limit
    )


@router.get("/devices", response_model=list[DeviceRecord])
def devices_route(server: Server, _user: OfficeUser) -> list[DeviceRecord]:
    return [DeviceRecord(**asdict(d)) for d in admin.list_devices(server.db)]


@router.get("/admin/locks", response_model=list[LockRecord])
def locks_route(server: Server, _user: ManagerUser) -> list[LockRecord]:
    """Accounts and source addresses locked after failed logins, the longest first."""
    return [LockRecord(**asdict(lock)) for lock in throttle.locks(server.db, utcnow())]


@router.delete("/admin/locks/{kind}/{key}", status_code=204)
def unlock_route(
    kind: Annotated[str, Path(pattern="^(account|address)$")],
    key: Annotated[str, Path(max_length=200)],
    server: Server,
    user: ManagerUser,
    request: Request,
) -> Response:
    # Recorded with who and from where (the admin trail, GET /admin/audit).
    by = Actor(user.user_name, request.client.host if request.client else "http")
    try:
        unlocked = admin.unlock(server.db, key, kind, by)
    except admin.AdminError as exc:
        raise HTTPException(status_code=404, detail=str(exc)) from exc
    server.throttle.forget(kind, unlocked)
    return Response(status_code=204)


@router.put(
    "/admin/users/{name}/password",
    status_code=204,
    responses={422: {"description": "the password does not meet the policy"}},
)
def reset_password_route(
    name: Annotated[str, Path(min_length=1, max_length=64)],
    body: PasswordReset,
    server: Server,
    user: ManagerUser,
    request: Request,
) -> Response:
    """A service manager sets a user's password (the user forgot it); the user's
    devices keep their tokens, as with the user's own change."""
    by = Actor(user.user_name, request.client.host if request.client else "http")
    try:
        admin.reset_password(server.db, server.passwords, name, body.password, by)
    except HashingBusy as exc:
        raise HTTPException(status_code=503, detail=str(exc), headers={"Retry-After": "2"}) from exc
    except admin.AdminError as exc:
        if exc.code is None:
            raise HTTPException(status_code=404, detail=str(exc)) from exc
        raise Refused(exc.code, 422, str(exc)) from exc
    return Response(status_code=204)
