"""FastAPI dependencies, declared once: the server's state, the caller, office roles."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Annotated

from fastapi import Depends, Header, HTTPException, Request

from sync.server.auth import AuthError, Passwords
from sync.server.blobs import BlobStorage
from sync.server.ca import CertificateAuthority
from sync.server.db import Database
from sync.server.middleware import PRINCIPAL
from sync.server.permissions import MANAGER_ROLES, OFFICE_ROLES
from sync.server.principal import Principal
from sync.server.settings import Settings
from sync.server.throttle import Throttle

CHALLENGE = {"WWW-Authenticate": 'Bearer realm="beamside"'}


@dataclass
class ServerState:
    settings: Settings
    db: Database
    passwords: Passwords
    schema: str
    ca: CertificateAuthority
    blobs: BlobStorage
    throttle: Throttle


def utcnow() -> datetime:
    return datetime.now(UTC)


def server_state(request: Request) -> ServerState:
    state: ServerState = request.app.state.server
    return state


Server = Annotated[ServerState, Depends(server_state)]


def unauthorized(reason: str) -> HTTPException:
    return HTTPException(status_code=401, detail=reason, headers=CHALLENGE)


def current_user(
    server: Server, request: Request, authorization: Annotated[str | None, Header()] = None
) -> Principal:
    """The caller. The guard (middleware.py) checked the token before the body came,
    rotating it when due (the new one waits on request.state for app.py to send);
    a request that did not pass the guard is checked here the same way."""
    from sync.server.tokens import use_token

    known = request.scope.get("state", {}).get(PRINCIPAL)
    if isinstance(known, Principal):
        return known
    scheme, _, token = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise unauthorized("log in first (send Authorization: Bearer <token>)")
    try:
        principal, new_token = use_token(server.db, token.strip(), utcnow(), server.settings)
    except AuthError as exc:
        raise unauthorized(str(exc)) from exc
    if new_token is not None:
        request.state.new_token = new_token
    return principal


CurrentUser = Annotated[Principal, Depends(current_user)]


def office_user(user: CurrentUser) -> Principal:
    if user.role not in OFFICE_ROLES:
        raise HTTPException(
            status_code=403,
            detail="permission: only the service manager and quality control may see this",
        )
    return user


OfficeUser = Annotated[Principal, Depends(office_user)]


def manager_user(user: CurrentUser) -> Principal:
    if user.role not in MANAGER_ROLES:
        raise HTTPException(
            status_code=403, detail="permission: only the service manager may do this"
        )
    return user


ManagerUser = Annotated[Principal, Depends(manager_user)]
