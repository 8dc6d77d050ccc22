"""Moving attachment and report blobs: up before the rows that name them, down after
the rows that name them arrive. Both directions resume where a dropped connection
left off, and a blob is only published under its name once its hash checks out."""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING, Any, Protocol

from app.durable import publish
from app.services.work_orders.attachments import blob_path
from sync.protocol import BlobStatus, Change

if TYPE_CHECKING:
    import httpx

    from app.services.store import Store


class Requester(Protocol):
    """The client's authenticated request (retries, token, errors) — passed in, so
    this module needs nothing of the client's."""

    def __call__(self, method: str, path: str, **kwargs: Any) -> httpx.Response: ...


CHUNK = 4 * 1024 * 1024
BLOB_TABLES = frozenset({"attachment", "report_file"})


def referenced(batch: list[Change]) -> list[str]:
    """Hashes the rows of `batch` point at, in order, once each."""
    seen: dict[str, None] = {}
    for change in batch:
        sha = change.fields.get("sha256") if change.table in BLOB_TABLES else None
        if isinstance(sha, str) and sha:
            seen[sha] = None
    return list(seen)


def upload_referenced(request: Requester, store: Store, batch: list[Change]) -> int:
    """Uploads the blobs `batch` needs that the server lacks; returns how many."""
    sent = 0
    for sha in referenced(batch):
        path = blob_path(store, sha)
        if not path.is_file():
            continue  # a row without its blob here (a pulled row): nothing to send
        size = path.stat().st_size
        status = BlobStatus.model_validate(
            request("GET", f"/blobs/{sha}/status", params={"size": size}).json()
        )
        if status.complete:
            continue
        offset = status.received
        with path.open("rb") as source:
            source.seek(offset)
            while offset < size:
                chunk = source.read(CHUNK)
                request(
                    "PUT",
                    f"/blobs/{sha}",
                    params={"offset": offset, "size": size},
                    content=chunk,
                    headers={"Content-Type": "application/octet-stream"},
                )
                offset += len(chunk)
        sent += 1
    return sent


def download_missing(request: Requester, store: Store, rows: list[tuple[str, str]]) -> int:
    """Fetches the blobs pulled rows name that this laptop lacks; returns how many."""
    fetched = 0
    for sha in dict.fromkeys(sha for _table, sha in rows):
        final = blob_path(store, sha)
        if final.is_file():
            continue
        final.parent.mkdir(parents=True, exist_ok=True)
        partial = final.with_name(sha + ".part")
        have = partial.stat().st_size if partial.exists() else 0
        headers = {"Range": f"bytes={have}-"} if have else {}
        response = request("GET", f"/blobs/{sha}", headers=headers)
        mode = "ab" if have and response.status_code == 206 else "wb"
        with partial.open(mode) as target:
            target.write(response.content)
        digest = hashlib.sha256()
        with partial.open("rb") as check:
            for block in iter(lambda: check.read(1024 * 1024), b""):
                digest.update(block)
        if digest.hexdigest() != sha:
            partial.unlink()
            continue  # fetched again next round
        publish(partial, final)
        fetched += 1
    return fetched
