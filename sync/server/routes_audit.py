"""POST /sync/audit: anchor the caller's device's audit trail (audit.py);
GET /sync/audit/anchor: an anchored entry's hash, so a restored laptop finds the last
entry it shares with the server (its fork point)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Query
from fastapi.responses import JSONResponse
from sqlalchemy.exc import IntegrityError

from sync.protocol import AuditAnchor, AuditPush
from sync.server.audit import AuditBreak, anchor, anchored_at
from sync.server.catalog import storable_text
from sync.server.deps import CurrentUser, Server, utcnow

router = APIRouter(tags=["audit"])
MAX_SEQ = 2**62


@router.post(
    "/sync/audit",
    response_model=AuditAnchor,
    responses={409: {"description": "the pushed entries do not continue the anchored trail"}},
)
def audit_route(body: AuditPush, server: Server, user: CurrentUser) -> AuditAnchor | JSONResponse:
    for entry in body.entries:
        texts = [entry.at, entry.user_login, entry.table_name, entry.record_id, entry.action]
        texts += [entry.field, entry.old_value or "", entry.new_value or "", entry.prev_hash]
        if not 0 < entry.seq < MAX_SEQ or not all(storable_text(t) for t in texts):
            raise HTTPException(
                status_code=422,
                detail=f"validation: audit entry #{entry.seq} has values not allowed",
            )
    if body.fork is not None and not 0 <= body.fork.seq < MAX_SEQ:
        raise HTTPException(status_code=422, detail="validation: fork point out of range")
    for attempt in range(2):  # the first anchoring of a device may race in two processes
        try:
            result = anchor(
                server.db, user.device_id, body.entries, utcnow(), body.fork, user.user_name
            )
            break
        except IntegrityError:
            if attempt:
                raise
    if result.broken_at is not None:
        problem = AuditBreak(result.broken_at, result.reason)
        return JSONResponse(
            {"detail": str(problem), "anchor": result.anchor.model_dump()}, status_code=409
        )
    return result.anchor


@router.get(
    "/sync/audit/anchor",
    response_model=AuditAnchor,
    responses={404: {"description": "the anchored trail holds no such entry"}},
)
def anchored_route(
    server: Server, user: CurrentUser, seq: Annotated[int | None, Query(ge=0, lt=MAX_SEQ)] = None
) -> AuditAnchor:
    """Entry `seq` of the caller's device's anchored trail, or its head without `seq`."""
    found = anchored_at(server.db, user.device_id, seq)
    if found is None:
        raise HTTPException(status_code=404, detail=f"no anchored audit entry #{seq}")
    return found
