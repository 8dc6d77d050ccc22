"""Blobs kept in the database (setting blob_storage = "database", issue 15), on SQLite
and PostgreSQL: the same resumable, hash-checked upload and ownership rules as the
folder store, downloads with Range, the sweep of abandoned uploads, and two server
instances that share the database but no folder both serving a blob."""

from __future__ import annotations

import dataclasses
import hashlib
import os
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select, update

from app.services.store import Store
from sync.client.round import SyncClient
from sync.protocol import PROTOCOL_VERSION
from sync.server.app import create_app
from sync.server.blobs_db import DatabaseBlobStore
from sync.server.deps import utcnow
from sync.server.models import Blob, BlobChunk
from sync.server.routes_blobs import sweep_stale_uploads
from sync.server.settings import Settings
from tests import factories
from tests.sync_helpers import Api, Session, state
from tests.sync_live import PASSWORD, LiveServer, second_laptop

pytest_plugins = ["tests.sync_fixtures"]


@pytest.fixture
def server_settings(server_settings: Settings) -> Settings:
    return dataclasses.replace(server_settings, blob_storage="database")


def _put(laptop: Session, sha: str, offset: int, size: int, chunk: bytes) -> httpx.Response:
    answer: httpx.Response = laptop.api.client.put(
        f"/blobs/{sha}",
        params={"offset": offset, "size": size},
        content=chunk,
        headers={**laptop.headers, "Content-Type": "application/octet-stream"},
    )
    return answer


def _chunks(api: Api, sha: str) -> int:
    with state(api.app).db.read() as connection:
        count = connection.execute(
            select(func.count()).select_from(BlobChunk).where(BlobChunk.sha256 == sha)
        ).scalar_one()
    return int(count)


def _files(api: Api) -> list[Path]:
    folder = state(api.app).settings.blobs_dir
    return [p for p in folder.rglob("*") if p.is_file()] if folder.exists() else []


def test_an_upload_and_download_round_trip_through_the_database(api: Api) -> None:
    assert isinstance(state(api.app).blobs, DatabaseBlobStore)
    laptop = api.session("li.na", "engineer")
    data = os.urandom(300_000)
    sha = hashlib.sha256(data).hexdigest()
    first = _put(laptop, sha, 0, len(data), data[:100_000])
    assert first.json() == {"sha256": sha, "size": len(data), "received": 100_000,
                            "complete": False}  # fmt: skip
    stale = _put(laptop, sha, 0, len(data), data[:100_000])  # a retry after a lost answer
    assert stale.status_code == 409 and stale.json()["received"] == 100_000
    assert laptop.get(f"/blobs/{sha}").status_code == 404  # not complete yet
    assert _put(laptop, sha, 100_000, len(data), data[100_000:200_000]).status_code == 200
    last = _put(laptop, sha, 200_000, len(data), data[200_000:])
    assert last.json()["complete"] is True
    assert laptop.get(f"/blobs/{sha}/status").json() == {
        "sha256": sha, "size": len(data), "received": len(data), "complete": True,
    }  # fmt: skip
    whole = laptop.get(f"/blobs/{sha}")
    assert whole.status_code == 200 and whole.content == data
    assert whole.headers["accept-ranges"] == "bytes"
    assert _chunks(api, sha) == 3 and _files(api) == []  # rows, no files
    with state(api.app).db.read() as connection:
        assert connection.execute(select(Blob.completed_at)).scalar_one() is not None
    # Uploading a complete blob again changes nothing.
    assert _put(laptop, sha, 0, len(data), data).json()["complete"] is True
    assert _chunks(api, sha) == 3


def test_ranges_of_a_blob_in_the_database(api: Api) -> None:
    laptop = api.session("li.na", "engineer")
    data = bytes(range(256)) * 100
    sha = hashlib.sha256(data).hexdigest()
    for offset in range(0, len(data), 10_000):  # chunks the ranges cross
        _put(laptop, sha, offset, len(data), data[offset : offset + 10_000])

    def get(header: str) -> httpx.Response:
        answer: httpx.Response = laptop.api.client.get(
            f"/blobs/{sha}", headers={**laptop.headers, "Range": header}
        )
        return answer

    tail = get("bytes=1000-")
    assert tail.status_code == 206 and tail.content == data[1000:]
    assert tail.headers["content-range"] == f"bytes 1000-{len(data) - 1}/{len(data)}"
    middle = get("bytes=9990-20009")
    assert middle.status_code == 206 and middle.content == data[9990:20010]
    last = get("bytes=-5")
    assert last.content == data[-5:]
    assert get(f"bytes={len(data)}-").status_code == 416


def test_bytes_that_do_not_match_their_hash_are_discarded(api: Api) -> None:
    laptop = api.session("li.na", "engineer")
    sha = hashlib.sha256(b"the real bytes").hexdigest()
    answer = _put(laptop, sha, 0, 14, b"other bytes!!!")
    assert answer.status_code == 422
    assert "do not have this SHA-256" in answer.json()["detail"]
    assert laptop.get(f"/blobs/{sha}/status").json()["received"] == 0
    assert _chunks(api, sha) == 0
    assert _put(laptop, sha, 0, 14, b"the real bytes").json()["complete"] is True
    assert laptop.get(f"/blobs/{sha}").content == b"the real bytes"


def test_another_users_chunks_are_refused(api: Api) -> None:
    mine = api.session("li.na", "engineer")
    other = api.session("wang.fang", "engineer")
    data = os.urandom(200_000)
    sha = hashlib.sha256(data).hexdigest()
    assert _put(mine, sha, 0, len(data), data[:100_000]).status_code == 200
    garbage = _put(other, sha, 100_000, len(data), os.urandom(100_000))
    assert garbage.status_code == 409
    assert garbage.json()["detail"] == "blob: this file is being uploaded by another user"
    assert _put(mine, sha, 100_000, len(data), data[100_000:]).json()["complete"] is True
    assert other.get(f"/blobs/{sha}").content == data


def test_an_abandoned_upload_is_swept_from_the_database(api: Api) -> None:
    mine = api.session("li.na", "engineer")
    data = os.urandom(50_000)
    sha = hashlib.sha256(data).hexdigest()
    fresh = hashlib.sha256(b"fresh").hexdigest()
    assert _put(mine, sha, 0, len(data), data[:10_000]).status_code == 200
    assert _put(mine, fresh, 0, 5, b"fr").status_code == 200
    server = state(api.app)
    day_ago = utcnow() - timedelta(days=1, minutes=1)
    with server.db.write() as connection:
        connection.execute(
            update(BlobChunk).where(BlobChunk.sha256 == sha).values(written_at=day_ago)
        )
        connection.execute(update(Blob).where(Blob.sha256 == sha).values(created_at=day_ago))
    assert sweep_stale_uploads(server, utcnow()) == [sha]
    assert _chunks(api, sha) == 0 and _chunks(api, fresh) == 1
    with server.db.read() as connection:
        assert set(connection.execute(select(Blob.sha256)).scalars()) == {fresh}
    other = api.session("wang.fang", "engineer")  # the hash is free again
    assert _put(other, sha, 0, len(data), data).json()["complete"] is True


@pytest.fixture
def second_instance(server_settings: Settings, tmp_path: Path) -> Iterator[TestClient]:
    """Another server process: the same database, its own (empty) data folder."""
    settings = dataclasses.replace(
        server_settings, data_dir=tmp_path / "other", database_url=server_settings.url
    )
    app = create_app(settings)
    with TestClient(app) as client:
        client.headers["X-Beamside-Protocol"] = str(PROTOCOL_VERSION)
        yield client
    state(app).db.dispose()


def test_two_server_instances_share_blobs_through_the_database(
    api: Api, second_instance: TestClient
) -> None:
    laptop = api.session("li.na", "engineer")
    data = os.urandom(120_000)
    sha = hashlib.sha256(data).hexdigest()
    # The upload starts on one instance and finishes on the other (a load balancer).
    assert _put(laptop, sha, 0, len(data), data[:60_000]).status_code == 200
    rest = second_instance.put(
        f"/blobs/{sha}",
        params={"offset": 60_000, "size": len(data)},
        content=data[60_000:],
        headers={**laptop.headers, "Content-Type": "application/octet-stream"},
    )
    assert rest.status_code == 200 and rest.json()["complete"] is True
    for client in (api.client, second_instance):
        answer = client.get(f"/blobs/{sha}", headers=laptop.headers)
        assert answer.status_code == 200 and answer.content == data
    assert _files(api) == []
    other = second_instance.app.state.server.settings.blobs_dir  # type: ignore[attr-defined]
    assert not other.exists() or not any(p.is_file() for p in other.rglob("*"))


def test_an_unknown_storage_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="choose one of folder, database"):
        Settings(tmp_path, blob_storage="s3")


def test_the_command_line_chooses_the_storage(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sync.server import cli

    chosen: list[str] = []

    def serve(settings: Settings, *_: object) -> int:
        chosen.append(settings.blob_storage)
        return 0

    monkeypatch.setattr(cli, "_serve", serve)
    monkeypatch.delenv("BEAMSIDE_BLOB_STORAGE", raising=False)
    assert cli.main(["--data-dir", str(tmp_path)]) == 0
    assert cli.main(["serve", "--data-dir", str(tmp_path), "--blob-storage", "database"]) == 0
    monkeypatch.setenv("BEAMSIDE_BLOB_STORAGE", "database")
    assert cli.main(["--data-dir", str(tmp_path)]) == 0
    assert chosen == ["folder", "database", "database"]
    monkeypatch.setenv("BEAMSIDE_BLOB_STORAGE", "s3")
    with pytest.raises(SystemExit) as refused:
        cli.main(["--data-dir", str(tmp_path)])
    assert refused.value.code == 2


@pytest.fixture
def live(server_settings: Settings, monkeypatch: pytest.MonkeyPatch) -> Iterator[LiveServer]:
    monkeypatch.setenv("BEAMSIDE_TOKEN_STORE", "file")
    server = LiveServer(
        server_settings.data_dir,
        database_url=server_settings.database_url,
        options={"blob_storage": "database"},
    )
    server.add_user("li.na", "service_manager")
    server.start()
    yield server
    server.stop()


@pytest.fixture
def laptop_b(tmp_path: Path) -> Iterator[Store]:
    yield from second_laptop(tmp_path)


def test_a_photo_goes_from_one_laptop_to_another_through_the_database(
    live: LiveServer, store: Store, laptop_b: Store, tmp_path: Path
) -> None:
    """The laptops' own sync client against a real server keeping blobs in the database."""
    from app.services.work_orders import attachments

    photo = tmp_path / "IMG_0042.jpg"
    photo.write_bytes(b"\xff\xd8 a photo of the couch " + os.urandom(300_000))
    order = factories.work_order(store, factories.hospital_with_unit(store)[2])
    sha = attachments.add_attachment(store, order.id, photo).sha256
    reports = []
    for laptop in (store, laptop_b):
        client = SyncClient(laptop, live.url, "li.na", timeout=30)
        try:
            client.login(PASSWORD)
            reports.append(client.sync_and_record())
        finally:
            client.http.close()
    assert (reports[0].blobs_up, reports[1].blobs_down) == (1, 1)
    assert attachments.blob_path(laptop_b, sha).read_bytes() == photo.read_bytes()
    server_blobs = live.data_dir / "blobs"
    assert not server_blobs.exists() or not any(p.is_file() for p in server_blobs.rglob("*"))
