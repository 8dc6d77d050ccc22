"""Checks every request meets before any route runs: the client's protocol version
(426 for a Beamside too old for this server), the caller's token (401) and the body
size (413).

Pure ASGI, so a refused body is never read into memory (issue 21.6): the token is
checked from the headers before a byte of the body is received, and the route finds
the caller in the scope's state; only the open paths (health, version, login, and the
API docs when enabled) take no token, and a login body is small. A declared
Content-Length over the limit is refused at once; a body without one (chunked) is read
up to the limit and then handed on, or refused.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, Collection, MutableMapping
from typing import Any

import anyio

from app.db.base import utcnow
from sync.protocol import MIN_CLIENT_PROTOCOL, Code
from sync.server.auth import AuthError, authenticate
from sync.server.db import Database
from sync.server.principal import Principal
from sync.server.settings import Settings

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

PROTOCOL_HEADER = b"x-beamside-protocol"
TOO_OLD = "This Beamside is too old for the server; update it."
PRINCIPAL = "principal"  # where the caller is left in the scope's state
# /ca/root and /ca/crl: anyone checking a report (verify-report --root) fetches them.
OPEN_PATHS = frozenset({"/health", "/version", "/auth/login", "/ca/root", "/ca/crl"})
DOCS_PATHS = frozenset({"/docs", "/docs/oauth2-redirect", "/redoc", "/openapi.json"})
MAX_LOGIN_BYTES = 16 * 1024
_CHALLENGE = [(b"www-authenticate", b'Bearer realm="beamside"')]


async def refuse(
    send: Send,
    status: int,
    detail: str,
    headers: list[tuple[bytes, bytes]] | None = None,
    **extra: Any,
) -> None:
    body = json.dumps({"detail": detail, **extra}).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
                *(headers or []),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})


class GuardMiddleware:
    def __init__(
        self,
        app: ASGIApp,
        max_json_bytes: int,
        max_chunk_bytes: int,
        db: Database,
        open_paths: Collection[str] = OPEN_PATHS,
        settings: Settings | None = None,
    ) -> None:
        self.app = app
        self.settings = settings
        self.max_json_bytes = max_json_bytes
        self.max_chunk_bytes = max_chunk_bytes
        self.db = db
        self.open_paths = frozenset(open_paths)

    async def _caller(self, headers: dict[bytes, bytes]) -> tuple[Principal, str | None] | str:
        """The token's owner (and the token that replaces it, when it was due to
        rotate), or why there is none (the sentence of a 401). Expiry after inactivity
        and rotation are tokens.py's, the same as for a request checked in deps.py."""
        value = headers.get(b"authorization", b"").decode("latin-1")
        scheme, _, token = value.partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            return "log in first (send Authorization: Bearer <token>)"
        try:
            if self.settings is None:
                return await anyio.to_thread.run_sync(authenticate, self.db, token.strip()), None
            from sync.server.tokens import use_token

            settings = self.settings
            return await anyio.to_thread.run_sync(
                lambda: use_token(self.db, token.strip(), utcnow(), settings)
            )
        except AuthError as exc:
            return str(exc)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        protocol = headers.get(PROTOCOL_HEADER, b"").strip()
        if protocol:  # absent (or empty): a browser, a probe, curl — judged by its token
            try:
                version = int(protocol)
            except ValueError:
                await refuse(send, 400, "X-Beamside-Protocol must be a whole number")
                return
            if version < MIN_CLIENT_PROTOCOL:
                await refuse(
                    send,
                    426,
                    TOO_OLD,
                    code=Code.TOO_OLD.value,
                    min_client_protocol=MIN_CLIENT_PROTOCOL,
                )
                return
        path = scope["path"]
        if path not in self.open_paths and scope.get("method") != "OPTIONS":
            caller = await self._caller(headers)
            if isinstance(caller, str):
                await refuse(send, 401, caller, headers=_CHALLENGE, code=Code.UNAUTHORIZED.value)
                return
            principal, new_token = caller
            state = scope.setdefault("state", {})
            state[PRINCIPAL] = principal
            if new_token is not None:
                state["new_token"] = new_token  # sent back by app.py's token middleware
        if path == "/auth/login":
            limit = min(MAX_LOGIN_BYTES, self.max_json_bytes)
        elif path.startswith("/blobs/"):
            limit = self.max_chunk_bytes
        else:
            limit = self.max_json_bytes
        length = headers.get(b"content-length")
        if length is not None:
            try:
                declared = int(length)
            except ValueError:
                await refuse(send, 400, "Content-Length must be a whole number")
                return
            if declared > limit:
                await refuse(send, 413, f"the request body is larger than {limit} bytes")
                return
            await self.app(scope, receive, send)
            return
        if scope.get("method") in ("GET", "HEAD", "DELETE", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        await self._buffered(scope, receive, send, limit)

    async def _buffered(self, scope: Scope, receive: Receive, send: Send, limit: int) -> None:
        """A body of unknown length: read it up to the limit before the app sees it."""
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] != "http.request":
                break  # the client went away
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > limit:
                await refuse(send, 413, f"the request body is larger than {limit} bytes")
                return
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        body = b"".join(chunks)
        delivered = False

        async def replay() -> Message:
            nonlocal delivered
            if not delivered:
                delivered = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)
