"""POST /auth/login: a device logs in once and keeps its token."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import JSONResponse

from sync.protocol import MIN_CLIENT_PROTOCOL, LoginRequest, LoginResponse
from sync.server.auth import AuthError, DeviceTaken, HashingBusy, Throttled, login
from sync.server.catalog import storable_text
from sync.server.deps import Server, unauthorized, utcnow
from sync.server.middleware import TOO_OLD

router = APIRouter(tags=["auth"])


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
    address = request.client.host if request.client else "unknown"
    try:
        return login(server.db, server.passwords, server.throttle, body, address, utcnow())
    except AuthError as exc:
        raise unauthorized(str(exc)) from exc
    except Throttled as exc:
        refusal = exc.refusal
        return JSONResponse(
            {
                "detail": refusal.detail,
                "reason": refusal.reason,
                "retry_after": refusal.retry_after,
            },
            status_code=429,
            headers={"Retry-After": str(refusal.retry_after)},
        )
    except HashingBusy as exc:
        raise HTTPException(status_code=503, detail=str(exc), headers={"Retry-After": "2"}) from exc
    except DeviceTaken as exc:
        raise HTTPException(status_code=409, detail=str(exc)) from exc
