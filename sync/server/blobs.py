"""Blob files by SHA-256: resumable upload, verified on arrival, stored atomically.

An upload appends chunks to `blobs/partial/<sha>.part`; a chunk must start where the
bytes received so far end (the file's size is the truth, so a retried chunk after a
lost answer is told where to go on). When the last byte arrives the file is hashed: a
mismatch discards it, a match is fsynced and renamed to `blobs/<sha[:2]>/<sha>` (the
laptop's layout), so a stored blob is never half a file. An exclusive file lock per
blob keeps two server processes (or two requests) from appending at once.

An upload in progress belongs to the user who started it (routes_blobs.py refuses
anyone else's chunks), and a partial file that has not grown for a day is removed
(`remove_stale`, run by the app at start and every hour).

This is the default store (setting `blob_storage = "folder"`); blobs_db.py keeps the
same bytes in the database instead, with the same checks, so that several server
processes on PostgreSQL need no shared folder. Both answer `BlobStorage`.
"""

from __future__ import annotations

import fcntl
import hashlib
import os
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from app.durable import fsync_dir
from sync.protocol import BlobStatus


class BlobConflict(Exception):
    """The chunk does not start where the stored bytes end."""

    def __init__(self, message: str, received: int) -> None:
        super().__init__(message)
        self.received = received


class BlobMismatch(Exception):
    """The complete bytes do not have the SHA-256 they were uploaded under."""


class BlobInvalid(Exception):
    """A chunk that cannot be part of the blob (past its end, say)."""


class BlobStorage(Protocol):
    """Where a server keeps blob bytes (the folder, or the database)."""

    def status(self, sha: str, size: int | None) -> BlobStatus: ...

    def append(self, sha: str, offset: int, size: int, chunk: bytes) -> BlobStatus: ...

    def partial_age(self, sha: str) -> float | None: ...

    def remove_stale(self, older_than: float) -> list[str]: ...

    def local_file(self, sha: str) -> Path | None:
        """The complete blob as a file to send as it is, when it is one."""
        ...

    def complete_size(self, sha: str) -> int | None:
        """The size of a complete blob, None when there is none."""
        ...

    def read(self, sha: str, start: int, stop: int) -> Iterator[bytes]:
        """Bytes [start, stop) of a complete blob, a piece at a time."""
        ...


READ_PIECE = 1 << 20


@dataclass(frozen=True)
class BlobStore:
    """Blobs as files under the data folder (the default)."""

    root: Path

    def final_path(self, sha: str) -> Path:
        return self.root / sha[:2] / sha

    def _partial_path(self, sha: str) -> Path:
        return self.root / "partial" / f"{sha}.part"

    def status(self, sha: str, size: int | None) -> BlobStatus:
        final = self.final_path(sha)
        if final.exists():
            stored = final.stat().st_size
            return BlobStatus(sha256=sha, size=stored, received=stored, complete=True)
        partial = self._partial_path(sha)
        received = partial.stat().st_size if partial.exists() else 0
        return BlobStatus(sha256=sha, size=size or 0, received=received, complete=False)

    def append(self, sha: str, offset: int, size: int, chunk: bytes) -> BlobStatus:
        final = self.final_path(sha)
        if final.exists():
            return self.status(sha, size)
        if offset + len(chunk) > size:
            raise BlobInvalid("the chunk ends beyond the blob's size")
        partial = self._partial_path(sha)
        partial.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(partial, os.O_RDWR | os.O_CREAT | os.O_APPEND, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            if final.exists():  # finished by someone else while we waited
                return self.status(sha, size)
            received = os.fstat(fd).st_size
            if offset != received:
                raise BlobConflict(
                    f"the upload continues at byte {received}, not {offset}", received
                )
            if chunk:
                os.write(fd, chunk)
                os.fsync(fd)
            received += len(chunk)
            if received < size:
                return BlobStatus(sha256=sha, size=size, received=received, complete=False)
            self._complete(fd, sha, partial, final)
            return BlobStatus(sha256=sha, size=size, received=size, complete=True)
        finally:
            os.close(fd)  # releases the lock

    def _complete(self, fd: int, sha: str, partial: Path, final: Path) -> None:
        digest = hashlib.sha256()
        os.lseek(fd, 0, os.SEEK_SET)
        while block := os.read(fd, 1 << 20):
            digest.update(block)
        if digest.hexdigest() != sha:
            partial.unlink(missing_ok=True)
            raise BlobMismatch(
                "the uploaded bytes do not have this SHA-256; they were discarded, upload again"
            )
        final.parent.mkdir(parents=True, exist_ok=True)
        os.replace(partial, final)
        for folder in (final.parent, partial.parent):
            fsync_dir(folder)

    def local_file(self, sha: str) -> Path | None:
        final = self.final_path(sha)
        return final if final.is_file() else None

    def complete_size(self, sha: str) -> int | None:
        final = self.local_file(sha)
        return final.stat().st_size if final else None

    def read(self, sha: str, start: int, stop: int) -> Iterator[bytes]:
        with self.final_path(sha).open("rb") as file:
            file.seek(start)
            left = stop - start
            while left > 0 and (piece := file.read(min(READ_PIECE, left))):
                left -= len(piece)
                yield piece

    def discard_partial(self, sha: str) -> None:
        self._partial_path(sha).unlink(missing_ok=True)

    def partial_age(self, sha: str) -> float | None:
        """Seconds since the partial upload last grew, or None when there is none."""
        try:
            return time.time() - self._partial_path(sha).stat().st_mtime
        except FileNotFoundError:
            return None

    def remove_stale(self, older_than: float) -> list[str]:
        """Removes partial uploads untouched for `older_than` seconds; their hashes.
        Each is removed under its lock, so a chunk being appended is never cut off."""
        folder = self.root / "partial"
        if not folder.is_dir():
            return []
        removed = []
        for partial in folder.glob("*.part"):
            try:
                fd = os.open(partial, os.O_RDWR)
            except FileNotFoundError:
                continue
            try:
                fcntl.flock(fd, fcntl.LOCK_EX)
                stat = os.fstat(fd)
                if stat.st_nlink and time.time() - stat.st_mtime >= older_than:
                    partial.unlink(missing_ok=True)
                    removed.append(partial.stem)
            finally:
                os.close(fd)
        return removed
