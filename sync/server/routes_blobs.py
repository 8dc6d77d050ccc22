"""Blob endpoints: status, resumable upload (PUT chunks), download with Range; the
same for blobs kept in the folder (blobs.py) and in the database (blobs_db.py).

An upload in progress is its uploader's (the user of the device that sent its first
chunk): another user's chunk is refused 409 until it completes or, abandoned for a
day, is swept away (`sweep_stale_uploads`) — so nobody can append garbage to a
colleague's upload and have it discarded.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Annotated

from fastapi import APIRouter, Header, HTTPException, Path, Query, Request, Response
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import FileResponse, JSONResponse, StreamingResponse
from sqlalchemy import delete, select, update
from sqlalchemy.exc import IntegrityError

from sync.protocol import BlobStatus
from sync.server.blobs import BlobConflict, BlobInvalid, BlobMismatch
from sync.server.deps import CurrentUser, Server, ServerState, utcnow
from sync.server.models import Blob, Device
from sync.server.principal import Principal

router = APIRouter(tags=["blobs"])
Sha = Annotated[str, Path(pattern=r"^[0-9a-f]{64}$", description="SHA-256, lower-case hex")]


def _declared_size(server: ServerState, sha: str) -> int | None:
    with server.db.read() as connection:
        return connection.execute(select(Blob.size).where(Blob.sha256 == sha)).scalar()


def _begin_upload(server: ServerState, user: Principal, sha: str, size: int) -> None:
    """Records the blob's size at its first chunk; a different size later is refused
    unless nothing was received yet (then the upload starts over with the new one)."""
    status = server.blobs.status(sha, None)
    for attempt in range(2):  # two first chunks may race on the insert
        try:
            with server.db.session() as session:
                blob = session.get(Blob, sha, with_for_update=True)
                if blob is None:
                    session.add(Blob(sha256=sha, size=size, device_id=user.device_id))
                    return
                if not status.complete and blob.device_id != user.device_id:
                    owner = session.get(Device, blob.device_id)
                    if owner is None or owner.user_id != user.user_id:
                        if status.received:
                            raise HTTPException(
                                status_code=409,
                                detail="blob: this file is being uploaded by another user",
                            )
                        blob.device_id = user.device_id  # nothing received: free to take
                if blob.size != size and not status.complete:
                    if status.received:
                        raise HTTPException(
                            status_code=409,
                            detail=f"this blob is being uploaded with size {blob.size}, not {size}",
                        )
                    blob.size = size
            return
        except IntegrityError:
            if attempt:
                raise


def _finish_upload(server: ServerState, sha: str, now: datetime) -> None:
    with server.db.write() as connection:
        connection.execute(
            update(Blob)
            .where(Blob.sha256 == sha, Blob.completed_at.is_(None))
            .values(completed_at=now)
        )


def sweep_stale_uploads(server: ServerState, now: datetime) -> list[str]:
    """Removes uploads with no new bytes for `stale_upload_seconds`: their partial
    files, and the records of uploads never completed that no longer have one."""
    older_than = server.settings.stale_upload_seconds
    removed = server.blobs.remove_stale(older_than)
    cutoff = now - timedelta(seconds=older_than)
    with server.db.session() as session:
        unfinished = session.scalars(
            select(Blob.sha256).where(Blob.completed_at.is_(None), Blob.created_at < cutoff)
        ).all()
        gone = [sha for sha in unfinished if server.blobs.partial_age(sha) is None]
        if gone:
            session.execute(delete(Blob).where(Blob.sha256.in_(gone), Blob.completed_at.is_(None)))
    return sorted(set(removed) | set(gone))


@router.get("/blobs/{sha}/status", response_model=BlobStatus)
def blob_status(
    sha: Sha,
    server: Server,
    _user: CurrentUser,
    size: Annotated[int | None, Query(ge=0, description="the size the client has")] = None,
) -> BlobStatus:
    return server.blobs.status(sha, _declared_size(server, sha) or size)


@router.put("/blobs/{sha}", response_model=BlobStatus)
async def put_blob(
    sha: Sha,
    request: Request,
    server: Server,
    user: CurrentUser,
    offset: Annotated[int, Query(ge=0)],
    size: Annotated[int, Query(ge=0)],
) -> BlobStatus | JSONResponse:
    if size > server.settings.max_blob_bytes:
        raise HTTPException(
            status_code=413,
            detail=f"a blob may be at most {server.settings.max_blob_bytes} bytes",
        )
    chunk = await request.body()
    await run_in_threadpool(_begin_upload, server, user, sha, size)
    try:
        status = await run_in_threadpool(server.blobs.append, sha, offset, size, chunk)
    except BlobConflict as exc:
        return JSONResponse({"detail": str(exc), "received": exc.received}, status_code=409)
    except BlobInvalid as exc:
        raise HTTPException(status_code=400, detail=str(exc)) from exc
    except BlobMismatch as exc:
        raise HTTPException(status_code=422, detail=str(exc)) from exc
    if status.complete:
        await run_in_threadpool(_finish_upload, server, sha, utcnow())
    return status


NO_BLOB = "no such blob (or its upload is not complete)"
OCTETS = "application/octet-stream"


def byte_range(header: str | None, size: int) -> tuple[int, int] | None:
    """[start, stop) of a single `bytes=a-b`, `bytes=a-` or `bytes=-n` range; None for
    no header, a header of several ranges or another unit (then the whole is sent).
    Raises 416 for a range outside the blob."""
    if not header or not header.startswith("bytes=") or "," in header:
        return None
    first, dash, last = header[len("bytes=") :].strip().partition("-")
    if not dash or not (first.isdigit() or last.isdigit()):
        return None
    if not first:  # the last n bytes
        start, stop = max(0, size - int(last)), size
    else:
        start = int(first)
        stop = min(size, int(last) + 1) if last.isdigit() else size
    if start >= size or start >= stop:
        raise HTTPException(
            status_code=416, detail="the range is outside the blob",
            headers={"Content-Range": f"bytes */{size}"},
        )  # fmt: skip
    return start, stop


@router.get(
    "/blobs/{sha}",
    response_class=Response,
    responses={
        200: {"content": {OCTETS: {}}, "description": "the blob's bytes"},
        206: {"content": {OCTETS: {}}, "description": "the asked range of them"},
        416: {"description": "the range is outside the blob"},
    },
)
def get_blob(
    sha: Sha,
    server: Server,
    _user: CurrentUser,
    range_header: Annotated[str | None, Header(alias="Range")] = None,
) -> Response:
    path = server.blobs.local_file(sha)
    if path is not None:  # Starlette sends the file itself (Range, sendfile)
        return FileResponse(path, media_type=OCTETS)
    size = server.blobs.complete_size(sha)
    if size is None:
        raise HTTPException(status_code=404, detail=NO_BLOB)
    asked = byte_range(range_header, size)
    start, stop = asked or (0, size)
    headers = {"Accept-Ranges": "bytes", "Content-Length": str(stop - start)}
    if asked is not None:
        headers["Content-Range"] = f"bytes {start}-{stop - 1}/{size}"
    return StreamingResponse(
        server.blobs.read(sha, start, stop),
        status_code=206 if asked else 200,
        media_type=OCTETS,
        headers=headers,
    )
