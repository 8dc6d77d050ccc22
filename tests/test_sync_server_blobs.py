"""Blobs: resumable upload checked by SHA-256, status, and download with Range."""

from __future__ import annotations

import hashlib
import os

import httpx
from sqlalchemy import select

from sync.server.models import Blob
from tests.sync_helpers import Api, Session, state

pytest_plugins = ["tests.sync_fixtures"]


def _put(laptop: Session, sha: str, offset: int, size: int, chunk: bytes) -> httpx.Response:
    answer: httpx.Response = laptop.api.client.put(
        f"/blobs/{sha}",
        params={"offset": offset, "size": size},
        content=chunk,
        headers={**laptop.headers, "Content-Type": "application/octet-stream"},
    )
    return answer


def test_an_upload_resumes_where_it_stopped_and_is_checked(api: Api) -> None:
    laptop = api.session("li.na", "engineer")
    data = os.urandom(300_000)
    sha = hashlib.sha256(data).hexdigest()
    assert laptop.get(f"/blobs/{sha}/status", params={"size": len(data)}).json() == {
        "sha256": sha, "size": len(data), "received": 0, "complete": False,
    }  # fmt: skip
    first = _put(laptop, sha, 0, len(data), data[:100_000])
    assert first.status_code == 200 and first.json()["received"] == 100_000
    # A retried chunk (its answer was lost) is told where the upload goes on.
    stale = _put(laptop, sha, 0, len(data), data[:100_000])
    assert stale.status_code == 409
    assert stale.json()["received"] == 100_000
    status = laptop.get(f"/blobs/{sha}/status").json()
    assert status["received"] == 100_000 and status["size"] == len(data)
    assert not status["complete"]
    assert laptop.get(f"/blobs/{sha}").status_code == 404
    last = _put(laptop, sha, 100_000, len(data), data[100_000:])
    assert last.json() == {
        "sha256": sha, "size": len(data), "received": len(data), "complete": True,
    }  # fmt: skip
    server = state(api.app)
    stored = server.settings.blobs_dir / sha[:2] / sha
    assert stored.read_bytes() == data
    with server.db.read() as connection:
        completed = connection.execute(select(Blob.completed_at)).scalar_one()
    assert completed is not None
    # Uploading a complete blob again changes nothing.
    assert _put(laptop, sha, 0, len(data), data).json()["complete"] is True


def test_bytes_that_do_not_match_their_hash_are_discarded(api: Api) -> None:
    laptop = api.session("li.na", "engineer")
    sha = hashlib.sha256(b"the real bytes").hexdigest()
    answer = _put(laptop, sha, 0, 14, b"other bytes!!!")
    assert answer.status_code == 422
    assert "do not have this SHA-256" in answer.json()["detail"]
    assert laptop.get(f"/blobs/{sha}/status").json()["received"] == 0
    assert not (state(api.app).settings.blobs_dir / sha[:2] / sha).exists()
    assert _put(laptop, sha, 0, 14, b"the real bytes").json()["complete"] is True


def test_bad_chunks_are_refused(api: Api) -> None:
    laptop = api.session("li.na", "engineer")
    sha = hashlib.sha256(b"abc").hexdigest()
    assert _put(laptop, sha, 0, 2, b"abc").status_code == 400
    assert _put(laptop, "not-a-hash", 0, 3, b"abc").status_code == 422
    assert _put(laptop, sha, 5, 3, b"").status_code == 400
    assert _put(laptop, sha, 0, 3, b"a").status_code == 200
    other_size = _put(laptop, sha, 1, 4, b"b")
    assert other_size.status_code == 409
    too_big = state(api.app).settings.max_blob_bytes + 1
    assert _put(laptop, sha, 0, too_big, b"a").status_code == 413
    no_token = api.client.put(f"/blobs/{sha}", params={"offset": 0, "size": 3}, content=b"abc")
    assert no_token.status_code == 401


def test_download_supports_ranges(api: Api) -> None:
    laptop = api.session("li.na", "engineer")
    data = bytes(range(256)) * 100
    sha = hashlib.sha256(data).hexdigest()
    _put(laptop, sha, 0, len(data), data)
    whole = laptop.get(f"/blobs/{sha}")
    assert whole.status_code == 200 and whole.content == data
    assert whole.headers["accept-ranges"] == "bytes"
    part = laptop.api.client.get(
        f"/blobs/{sha}", headers={**laptop.headers, "Range": "bytes=1000-"}
    )
    assert part.status_code == 206 and part.content == data[1000:]
    assert part.headers["content-range"] == f"bytes 1000-{len(data) - 1}/{len(data)}"
