"""Error answers: always JSON with a readable `detail`, never a stack trace.

FastAPI's 422 lists problems as a list of objects; `detail` here is one sentence a
person can read (the list stays in `errors` for programs). Anything unexpected is
logged with its trace and answered 500 with a generic reason — the tests make sure no
input gets there.
"""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse

log = logging.getLogger("sync.server")


def _where(loc: tuple[object, ...] | list[object]) -> str:
    return ".".join(str(part) for part in loc) or "request"


async def invalid_request(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    errors = [
        {
            "loc": [str(p) for p in e.get("loc", ())],
            "msg": str(e.get("msg", "")),
            "type": e.get("type", ""),
        }
        for e in exc.errors()
    ]
    shown = "; ".join(f"{_where(e['loc'])}: {e['msg']}" for e in errors[:5])
    more = f" (and {len(errors) - 5} more)" if len(errors) > 5 else ""
    return JSONResponse(
        {"detail": f"validation: invalid request: {shown}{more}", "errors": errors[:50]},
        status_code=422,
    )


async def unexpected(request: Request, exc: Exception) -> JSONResponse:
    log.exception("unexpected error on %s %s", request.method, request.url.path, exc_info=exc)
    return JSONResponse(
        {"detail": "internal server error; the problem was logged on the server"},
        status_code=500,
    )


def install(app: FastAPI) -> None:
    app.add_exception_handler(RequestValidationError, invalid_request)
    app.add_exception_handler(Exception, unexpected)
