"""Blob bytes kept in the database (setting `blob_storage = "database"`), so several
server processes sharing one PostgreSQL need no shared folder (issue 15).

The same protocol as the folder store (blobs.py): an upload appends chunks, each of
which must start where the bytes received so far end; when the last byte arrives the
whole is hashed, and a mismatch discards it. Each chunk is one `blob_chunk` row
(a blob's rows in offset order are its bytes), so an 8 MiB chunk is one insert and
a large file is never rewritten. The upload's `blob` row, which routes_blobs.py makes
at the first chunk, is taken FOR UPDATE (on SQLite the write transaction is BEGIN
IMMEDIATE): two processes never append to one blob at once. A blob is complete when
its row has `completed_at`, set in the transaction of its last chunk, so a reader
never sees half a blob. Uploads untouched for a day lose their chunks (`remove_stale`).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from sync.protocol import BlobStatus
from sync.server.blobs import BlobConflict, BlobInvalid, BlobMismatch
from sync.server.db import Database
from sync.server.models import Blob, BlobChunk

MISMATCH = "the uploaded bytes do not have this SHA-256; they were discarded, upload again"


def _now() -> datetime:
    return datetime.now(UTC)


def _received(session: Session, sha: str) -> int:
    total = session.scalar(
        select(func.coalesce(func.sum(func.length(BlobChunk.data)), 0)).where(
            BlobChunk.sha256 == sha
        )
    )
    return int(total or 0)


@dataclass(frozen=True)
class DatabaseBlobStore:
    db: Database

    def status(self, sha: str, size: int | None) -> BlobStatus:
        with self.db.reading() as session:
            blob = session.get(Blob, sha)
            if blob is not None and blob.completed_at is not None:
                return BlobStatus(sha256=sha, size=blob.size, received=blob.size, complete=True)
            received = _received(session, sha)
        return BlobStatus(sha256=sha, size=size or 0, received=received, complete=False)

    def append(self, sha: str, offset: int, size: int, chunk: bytes) -> BlobStatus:
        with self.db.session() as session:
            blob = session.get(Blob, sha, with_for_update=True)
            if blob is None:  # routes_blobs.py records the upload before its first chunk
                raise BlobInvalid("the upload of this blob was not begun")
            if blob.completed_at is not None:
                return BlobStatus(sha256=sha, size=blob.size, received=blob.size, complete=True)
            if offset + len(chunk) > size:
                raise BlobInvalid("the chunk ends beyond the blob's size")
            received = _received(session, sha)
            if offset != received:
                raise BlobConflict(
                    f"the upload continues at byte {received}, not {offset}", received
                )
            if chunk:
                session.add(BlobChunk(sha256=sha, offset=offset, data=chunk, written_at=_now()))
                session.flush()
            received += len(chunk)
            if received < size:
                return BlobStatus(sha256=sha, size=size, received=received, complete=False)
            matches = self._digest(session, sha) == sha
            if matches:
                blob.completed_at = _now()
            else:  # committed with the with-block: the bytes are gone, the upload restarts
                session.execute(delete(BlobChunk).where(BlobChunk.sha256 == sha))
        if not matches:
            raise BlobMismatch(MISMATCH)
        return BlobStatus(sha256=sha, size=size, received=size, complete=True)

    def _digest(self, session: Session, sha: str) -> str:
        """The SHA-256 of the chunks, read one at a time (a blob may be gigabytes)."""
        digest = hashlib.sha256()
        offsets = session.scalars(
            select(BlobChunk.offset).where(BlobChunk.sha256 == sha).order_by(BlobChunk.offset)
        ).all()
        for offset in offsets:
            digest.update(self._chunk(session, sha, offset))
        return digest.hexdigest()

    @staticmethod
    def _chunk(session: Session, sha: str, offset: int) -> bytes:
        data = session.scalar(
            select(BlobChunk.data).where(BlobChunk.sha256 == sha, BlobChunk.offset == offset)
        )
        return bytes(data or b"")

    def partial_age(self, sha: str) -> float | None:
        """Seconds since the upload last grew, or None when nothing was received."""
        with self.db.reading() as session:
            last = session.scalar(
                select(func.max(BlobChunk.written_at))
                .join(Blob, Blob.sha256 == BlobChunk.sha256)
                .where(BlobChunk.sha256 == sha, Blob.completed_at.is_(None))
            )
        return None if last is None else (_now() - last).total_seconds()

    def remove_stale(self, older_than: float) -> list[str]:
        """Drops the chunks of unfinished uploads that have not grown for `older_than`
        seconds; their hashes. Each under its blob's lock, as a chunk is appended."""
        cutoff = _now() - timedelta(seconds=older_than)
        with self.db.reading() as session:
            stale = session.scalars(
                select(BlobChunk.sha256)
                .join(Blob, Blob.sha256 == BlobChunk.sha256)
                .where(Blob.completed_at.is_(None))
                .group_by(BlobChunk.sha256)
                .having(func.max(BlobChunk.written_at) < cutoff)
            ).all()
        removed = []
        for sha in stale:
            with self.db.session() as session:
                blob = session.get(Blob, sha, with_for_update=True)
                last = session.scalar(
                    select(func.max(BlobChunk.written_at)).where(BlobChunk.sha256 == sha)
                )
                if blob is None or blob.completed_at is not None or last is None:
                    continue
                if last >= cutoff:  # grew meanwhile
                    continue
                session.execute(delete(BlobChunk).where(BlobChunk.sha256 == sha))
                removed.append(sha)
        return removed

    def local_file(self, sha: str) -> Path | None:
        return None  # the bytes are rows: routes_blobs.py streams them with `read`

    def complete_size(self, sha: str) -> int | None:
        with self.db.read() as connection:
            return connection.execute(
                select(Blob.size).where(Blob.sha256 == sha, Blob.completed_at.is_not(None))
            ).scalar()

    def read(self, sha: str, start: int, stop: int) -> Iterator[bytes]:
        """The chunks overlapping [start, stop), each fetched in its own short read so a
        slow download holds no transaction."""
        with self.db.read() as connection:
            pieces = connection.execute(
                select(BlobChunk.offset, func.length(BlobChunk.data))
                .where(BlobChunk.sha256 == sha)
                .order_by(BlobChunk.offset)
            ).all()
        for offset, length in pieces:
            end = offset + int(length)
            if end <= start or offset >= stop:
                continue
            with self.db.reading() as session:
                data = self._chunk(session, sha, offset)
            yield data[max(0, start - offset) : min(len(data), stop - offset)]
