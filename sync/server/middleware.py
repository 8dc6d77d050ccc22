"""Checks every request meets before any route runs: the client's protocol version
(426 for a Beamside too old for this server) and the body size (413).

Pure ASGI, so a refused body is never read into memory: a declared Content-Length
over the limit is refused at once; a body without one (chunked) is read up to the
limit and then handed on, or refused.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from sync.protocol import MIN_CLIENT_PROTOCOL, Code

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

PROTOCOL_HEADER = b"x-beamside-protocol"
TOO_OLD = "This Beamside is too old for the server; update it."


async def refuse(send: Send, status: int, detail: str, **extra: Any) -> None:
    body = json.dumps({"detail": detail, **extra}).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})


class GuardMiddleware:
    def __init__(self, app: ASGIApp, max_json_bytes: int, max_chunk_bytes: int) -> None:
        self.app = app
        self.max_json_bytes = max_json_bytes
        self.max_chunk_bytes = max_chunk_bytes

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
        limit = self.max_chunk_bytes if scope["path"].startswith("/blobs/") else self.max_json_bytes
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
