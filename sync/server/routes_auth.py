"""POST /auth/login: a device logs in once and keeps its token. POST /auth/password:
the logged-in user changes their own password (password_change.py)."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import JSONResponse

from sync.protocol import (
    MIN_CLIENT_PROTOCOL,
    Code,
    LoginRequest,
    LoginResponse,
    PasswordChange,
    PasswordChanged,
)
from sync.server.auth import AuthError, DeviceTaken, HashingBusy, Throttled, login
from sync.server.catalog import storable_text
from sync.server.deps import CurrentUser, Server, unauthorized, utcnow
from sync.server.errors import Refused
from sync.server.middleware import TOO_OLD
from sync.server.password_change import PasswordRefused, change_password
from sync.server.throttle import Refusal

router = APIRouter(tags=["auth"])


def _address(request: Request) -> str:
    return request.client.host if request.client else "unknown"


def throttled(refusal: Refusal) -> JSONResponse:
    """429 with Retry-After and the `reason` the laptop translates."""
    return JSONResponse(
        {"detail": refusal.detail, "reason": refusal.reason, "retry_after": refusal.retry_after},
        status_code=429,
        headers={"Retry-After": str(refusal.retry_after)},
    )


def busy(exc: HashingBusy) -> HTTPException:
    return HTTPException(status_code=503, detail=str(exc), headers={"Retry-After": "2"})


@router.post("/auth/login", response_model=LoginResponse)
def login_route(
    body: LoginRequest, server: Server, request: Request
) -> LoginResponse | JSONResponse:
    if body.protocol < MIN_CLIENT_PROTOCOL:
        raise HTTPException(status_code=426, detail=TOO_OLD)
    texts = (body.user, body.password, body.device_id, body.device_name)
    if not all(storable_text(t) for t in texts):
        raise HTTPException(
            status_code=422, detail="validation: the login contains characters not allowed"
        )
    try:
        return login(
            server.db, server.passwords, server.throttle, body, _address(request), utcnow()
        )
    except AuthError as exc:
        raise unauthorized(str(exc)) from exc
    except Throttled as exc:
        return throttled(exc.refusal)
    except HashingBusy as exc:
        raise busy(exc) from exc
    except DeviceTaken as exc:
        raise HTTPException(status_code=409, detail=str(exc)) from exc


@router.post(
    "/auth/password",
    response_model=PasswordChanged,
    responses={422: {"description": "the new password does not meet the policy"}},
)
def change_password_route(
    body: PasswordChange, server: Server, user: CurrentUser, request: Request
) -> PasswordChanged | JSONResponse:
    """The caller's own new password, given with the current one. A wrong current
    password is answered 403 (not 401: the device's token stays good) and counts as a
    failed login; a new one the policy refuses is answered 422; each with its `code`.
    The user's devices keep their tokens."""
    if not (storable_text(body.current) and storable_text(body.new)):
        raise HTTPException(
            status_code=422, detail="validation: the password contains characters not allowed"
        )
    try:
        kept = change_password(
            server.db,
            server.passwords,
            server.throttle,
            user,
            body,
            _address(request),
            utcnow(),
        )
    except Throttled as exc:
        return throttled(exc.refusal)
    except HashingBusy as exc:
        raise busy(exc) from exc
    except AuthError as exc:
        raise unauthorized(str(exc)) from exc
    except PasswordRefused as exc:
        status = 403 if exc.code is Code.WRONG_PASSWORD else 422
        raise Refused(exc.code, status, str(exc)) from exc
    return PasswordChanged(devices_kept=kept)
