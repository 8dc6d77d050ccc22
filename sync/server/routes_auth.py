"""POST /auth/login: a device logs in once and keeps its token."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException

from sync.protocol import MIN_CLIENT_PROTOCOL, LoginRequest, LoginResponse
from sync.server.auth import AuthError, login
from sync.server.catalog import storable_text
from sync.server.deps import Server, unauthorized, utcnow
from sync.server.middleware import TOO_OLD

router = APIRouter(tags=["auth"])


@router.post("/auth/login", response_model=LoginResponse)
def login_route(body: LoginRequest, server: Server) -> LoginResponse:
    if body.protocol < MIN_CLIENT_PROTOCOL:
        raise HTTPException(status_code=426, detail=TOO_OLD)
    texts = (body.user, body.password, body.device_id, body.device_name)
    if not all(storable_text(t) for t in texts):
        raise HTTPException(
            status_code=422, detail="validation: the login contains characters not allowed"
        )
    try:
        return login(server.db, server.passwords, body, utcnow())
    except AuthError as exc:
        raise unauthorized(str(exc)) from exc
