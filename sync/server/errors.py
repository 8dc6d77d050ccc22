"""Error answers: always JSON with a readable `detail`, never a stack trace.

FastAPI's 422 lists problems as a list of objects; `detail` here is one sentence a
person can read (the list stays in `errors` for programs), and the OpenAPI schema
declares exactly that shape (`InvalidRequest`) in place of FastAPI's
`HTTPValidationError`, so clients generated from it agree with the answers. Anything
unexpected is logged with its trace and answered 500 with a generic reason — the tests
make sure no input gets there.
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict
from starlette.exceptions import HTTPException as StarletteHTTPException

from sync.protocol import Code, code_of

log = logging.getLogger("sync.server")


class Problem(BaseModel):
    """One problem of a request: where (path of names) and what."""

    model_config = ConfigDict(title="ValidationError")
    loc: list[str]
    msg: str
    type: str


class InvalidRequest(BaseModel):
    """A 422 answer: one readable sentence, and the problems for programs (≤ 50)."""

    model_config = ConfigDict(title="HTTPValidationError")
    detail: str
    code: Code = Code.VALIDATION
    errors: list[Problem]


class ErrorDetail(BaseModel):
    """Any other refusal (401, 403, 404, 409, 413, 426, …): one readable sentence, and
    its code (sync/protocol.py Code) where one applies."""

    detail: str
    code: str | None = None


# Declared on every operation (any may answer them), so the schema says what comes.
COMMON_ERRORS: dict[int | str, dict[str, Any]] = {
    code: {"model": ErrorDetail, "description": text}
    for code, text in (
        (400, "refused as malformed (e.g. a clock too far ahead)"),
        (401, "no valid token: log in"),
        (403, "the role may not do this"),
        (404, "not found"),
        (409, "conflicts with what the server holds"),
        (413, "too large"),
        (426, "the client is too old"),
        (429, "too many attempts; see Retry-After"),
        (503, "the server cannot answer now"),
    )
}


# The code of an error answer when the route gave none and the detail names none.
STATUS_CODES = {401: Code.UNAUTHORIZED, 426: Code.TOO_OLD, 429: Code.THROTTLED}


class Refused(HTTPException):
    """An error answer with its code for programs beside the detail for people."""

    def __init__(
        self, code: Code, status_code: int, detail: str, headers: dict[str, str] | None = None
    ) -> None:
        super().__init__(status_code=status_code, detail=detail, headers=headers)
        self.code = code


def error_code(status: int, detail: str) -> Code | None:
    return STATUS_CODES.get(status) or code_of(detail)


async def http_error(_request: Request, exc: Exception) -> JSONResponse:
    """{"detail": …, "code": …}: the detail as before, so laptops that read it still work."""
    assert isinstance(exc, StarletteHTTPException)
    detail = exc.detail if isinstance(exc.detail, str) else str(exc.detail)
    code = exc.code if isinstance(exc, Refused) else error_code(exc.status_code, detail)
    body: dict[str, Any] = {"detail": exc.detail}
    if code is not None:
        body["code"] = code.value
    if exc.status_code == 422:  # a 422 of ours has the same shape as FastAPI's own
        body["errors"] = []
    return JSONResponse(body, status_code=exc.status_code, headers=exc.headers)


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
        {
            "detail": f"validation: invalid request: {shown}{more}",
            "code": Code.VALIDATION.value,
            "errors": errors[:50],
        },
        status_code=422,
    )


async def unexpected(request: Request, exc: Exception) -> JSONResponse:
    log.exception("unexpected error on %s %s", request.method, request.url.path, exc_info=exc)
    return JSONResponse(
        {"detail": "internal server error; the problem was logged on the server"},
        status_code=500,
    )


def _declare_invalid_request(app: FastAPI) -> None:
    """Replaces FastAPI's 422 schema (a list in `detail`) with the one we answer."""
    generate = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema:
            return app.openapi_schema
        schema = generate()
        shape = InvalidRequest.model_json_schema(ref_template="#/components/schemas/{model}")
        components = schema.setdefault("components", {}).setdefault("schemas", {})
        components.update(shape.pop("$defs", {}))
        components["HTTPValidationError"] = shape
        app.openapi_schema = schema
        return schema

    app.openapi = openapi  # type: ignore[method-assign]


def install(app: FastAPI) -> None:
    app.add_exception_handler(StarletteHTTPException, http_error)
    app.add_exception_handler(RequestValidationError, invalid_request)
    app.add_exception_handler(StarletteHTTPException, http_error)
    app.add_exception_handler(Exception, unexpected)
    _declare_invalid_request(app)
