"""POST /sync/push and GET /sync/pull (docs/sync.md); push.py and pull.py do the work."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query, Request, Response

from sync.protocol import (
    CODES_PROTOCOL,
    GONE_PROTOCOL,
    LOST_PROTOCOL,
    MAX_CLOCK_AHEAD_MS,
    Code,
    PullResponse,
    PushRequest,
    PushResponse,
)
from sync.server.deps import CurrentUser, Server, utcnow
from sync.server.errors import Refused
from sync.server.permissions import (
    OWN_ROW_READERS,
    Reader,
    own_row_tables,
    owns_row,
    unreadable_tables,
)
from sync.server.pull import pull_page, reader_for
from sync.server.push import Outcome, push
from sync.server.records import row_texts
from sync.server.rules import WorkRow

router = APIRouter(tags=["sync"])
_dumps = json.JSONEncoder(ensure_ascii=False, allow_nan=False, separators=(",", ":")).encode
MAX_CURSOR = 2**62


def _row_state(row: WorkRow | None) -> str:
    if row is None or row.seq == 0:  # 0: never stored (a rejected insert)
        return "null"
    data, clocks = row_texts(row)
    return (
        f'{{"table":{_dumps(row.table)},"id":{_dumps(row.id)},"data":{data},'
        f'"clocks":{clocks},"seq":{row.seq}}}'
    )


def result_json(
    outcome: Outcome,
    hidden: frozenset[str] = frozenset(),
    with_code: bool = True,
    reader: Reader | None = None,
) -> str:
    """One ChangeResult as JSON text, the row's stored JSON texts spliced in (the
    answer to 2,000 changes would otherwise serialise every row a second time). A row
    of a table the caller may not read (`hidden`) is not shown, even when refused, nor
    a row of an own-rows table that is not the `reader`'s own (permissions.owns_row).
    `with_code`: the client reads `code` (older ones refuse fields they do not know)."""
    result: dict[str, Any] = {
        "change_id": outcome.change_id,
        "status": outcome.status,
        "reason": outcome.reason,
    }
    if with_code and outcome.code is not None:
        result["code"] = outcome.code.value
    result["conflicts"] = outcome.conflicts
    head = _dumps(result)
    row = None if outcome.row is not None and outcome.row.table in hidden else outcome.row
    if row is not None and reader is not None and row.table in OWN_ROW_READERS:
        row = row if owns_row(reader, row.table, row.data) else None
    return f'{head[:-1]},"row":{_row_state(row)}}}'


def check_device_time(text: str, now: datetime) -> None:
    """400 when the laptop's clock is more than 5 minutes ahead: its edits would win
    every later edit by clock, so it must be set right before it syncs."""
    try:
        device = datetime.fromisoformat(text)
    except ValueError:
        device = None
    if device is None or device.tzinfo is None:
        raise HTTPException(
            status_code=400,
            detail="validation: device_time must be an ISO 8601 time with a time zone",
        )
    ahead_ms = (device - now).total_seconds() * 1000
    if ahead_ms > MAX_CLOCK_AHEAD_MS:
        minutes = round(ahead_ms / 60_000)
        raise Refused(
            Code.CLOCK_SKEW,
            400,
            (
                f"Your clock is {minutes} minutes ahead of the server. Set this computer's "
                "date, time and time zone correctly, then sync again."
            ),
        )


def _understands(request: Request, protocol: int) -> bool:
    """The laptop speaks `protocol` or later (the middleware has checked the header is a
    number; without one — curl, a probe — the current protocol is assumed)."""
    header = request.headers.get("x-beamside-protocol", "").strip()
    return not header.isdigit() or int(header) >= protocol


def _understands_lost(request: Request) -> bool:
    """Protocol 1 laptops know no "lost": they are answered "applied" with the
    conflicts, as before."""
    return _understands(request, LOST_PROTOCOL)


@router.post("/sync/push", response_model=PushResponse)
def push_route(body: PushRequest, request: Request, server: Server, user: CurrentUser) -> Response:
    now = utcnow()
    check_device_time(body.device_time, now)
    outcomes = push(server.db, user, body.changes, now, body.cursor)
    if not _understands_lost(request):
        for outcome in outcomes:
            if outcome.status == "lost":
                outcome.status = "applied"
    hidden = unreadable_tables(user.role)
    own_only = own_row_tables(user.role)
    reader = None
    if any(o.row is not None and o.row.table in own_only for o in outcomes):
        reader = reader_for(server.db, user.user_name)
    coded = _understands(request, CODES_PROTOCOL)
    results = ",".join(result_json(o, hidden, coded, reader) for o in outcomes)
    content = f'{{"results":[{results}]}}'
    return Response(content.encode("utf-8"), media_type="application/json")


@router.get("/sync/pull", response_model=PullResponse)
def pull_route(
    request: Request,
    server: Server,
    user: CurrentUser,
    after: Annotated[int, Query(ge=0, le=MAX_CURSOR)] = 0,
    limit: Annotated[int | None, Query(ge=1)] = None,
) -> Response:
    settings = server.settings
    size = min(limit or settings.pull_default_limit, settings.pull_max_limit)
    hidden, own_only = unreadable_tables(user.role), own_row_tables(user.role)
    with_gone = _understands(request, GONE_PROTOCOL)
    page = pull_page(server.db, after, size, hidden, own_only, user.user_name, with_gone)
    return Response(page, media_type="application/json")
