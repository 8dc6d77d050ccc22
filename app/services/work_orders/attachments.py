"""Photos and files on a work order or one checklist item, stored once by SHA-256.

A file is streamed into a temporary file inside `DATA_DIR/blobs/`, hashed on the way,
fsynced, then renamed to `blobs/<sha[:2]>/<sha>`. The rename is atomic and happens only
after the bytes are on disk, so a power cut leaves at worst a stray temporary file,
never a half blob under a final name. The same content added twice finds its blob
already there and keeps one copy; only the `attachment` rows differ. The row is
committed after the blob is durable, so a row never points at a missing blob (a crash
in between, or a work order deleted meanwhile, leaves an unreferenced blob: harmless).

Removing an attachment is a tombstone like every synced record; the blob stays, as
other rows (or other devices' rows, once synced) may share it.
"""

from __future__ import annotations

import contextlib
import hashlib
import mimetypes
import os
import re
import shutil
import stat
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import BinaryIO

from sqlalchemy import select

from app.db.fieldwork import Attachment, ChecklistRun, ChecklistValue
from app.db.models import WorkOrder
from app.domain.i18n import QT_TRANSLATE_NOOP
from app.domain.records import FieldError, ValidationError
from app.durable import fsync_dir, publish
from app.services.records import live, soft_delete
from app.services.store import Store

MEGABYTE = 1024 * 1024
MAX_ATTACHMENT_BYTES = 50 * MEGABYTE
CHUNK_BYTES = 1024 * 1024  # big enough for speed, small enough to never hold a photo whole
DEFAULT_MEDIA_TYPE = "application/octet-stream"
_SHA_RE = re.compile(r"^[0-9a-f]{64}$")
_UNSAFE_NAME_RE = re.compile(r'[\x00-\x1f/\\:*?"<>|]')

TOO_LARGE = QT_TRANSLATE_NOOP(
    "Attachments", "This file is larger than %1 MB, the limit for one attachment."
)
UNREADABLE = QT_TRANSLATE_NOOP("Attachments", "This file cannot be read (%1).")
NOT_A_FILE = QT_TRANSLATE_NOOP("Attachments", "This is not a file.")
NOT_STORED = QT_TRANSLATE_NOOP(
    "Attachments", "The file could not be stored in the data folder (%1)."
)


class AttachmentRefused(ValidationError):
    """A file that cannot be attached.

    `reason` is the untranslated source text (context "Attachments") with `%1`… where
    `reason_args` go, so the UI can translate it before filling them in; the FieldError
    carries the English text already filled, for logs and non-Qt callers.
    """

    def __init__(self, reason: str, *reason_args: str) -> None:
        self.reason = reason
        self.reason_args = reason_args
        super().__init__([FieldError("file", fill(reason, reason_args))])


def fill(text: str, args: tuple[str, ...]) -> str:
    """Replaces `%1`, `%2`… as Qt's QString::arg would (highest number first: %1 vs %10)."""
    for number in range(len(args), 0, -1):
        text = text.replace(f"%{number}", args[number - 1])
    return text


@dataclass(frozen=True)
class AttachmentRow:
    """One attachment as the UI sees it: plain data, no session behind it."""

    id: str
    work_order_id: str
    checklist_value_id: str | None
    sha256: str
    filename: str
    media_type: str
    size: int
    created_at: datetime

    @property
    def is_image(self) -> bool:
        return self.media_type.startswith("image/")


def blobs_dir(store: Store) -> Path:
    return store.data_dir / "blobs"


def blob_path(store: Store, sha256: str) -> Path:
    """Where the content with this hash lives; refuses anything but a hex digest, since
    the hash may have come from another device and must not walk out of the folder."""
    if not _SHA_RE.match(sha256):
        raise ValueError(f"not a SHA-256 hex digest: {sha256!r}")
    return blobs_dir(store) / sha256[:2] / sha256


def megabytes(size: int) -> str:
    """A size in MB as people write it: 50, 1.5, 0.25 (never 5e+01)."""
    return f"{size / MEGABYTE:.2f}".rstrip("0").rstrip(".")


def add_attachment(
    store: Store, work_order_id: str, path: Path, checklist_value_id: str | None = None
) -> AttachmentRow:
    """Stores the file's content once and records it on the work order (or item)."""
    path = Path(path)
    sha, size = _store_blob(store, path)
    with store.session() as session:
        live(session, WorkOrder, work_order_id)
        if checklist_value_id is not None:
            value = live(session, ChecklistValue, checklist_value_id)
            run = live(session, ChecklistRun, value.run_id)
            if run.work_order_id != work_order_id:
                raise ValueError("the checklist item belongs to another work order")
        record = Attachment(
            work_order_id=work_order_id,
            checklist_value_id=checklist_value_id,
            sha256=sha,
            filename=path.name,
            media_type=mimetypes.guess_type(path.name)[0] or DEFAULT_MEDIA_TYPE,
            size=size,
            updated_by=store.user_login,
        )
        session.add(record)
        session.flush()
        return _row(record)


def list_attachments(
    store: Store, work_order_id: str, checklist_value_id: str | None = None
) -> list[AttachmentRow]:
    """Live attachments, oldest first: one checklist item's when its id is given, else
    the whole work order's (its own and those taken on its checklist items)."""
    query = select(Attachment).where(
        Attachment.work_order_id == work_order_id, Attachment.deleted_at.is_(None)
    )
    if checklist_value_id is not None:
        query = query.where(Attachment.checklist_value_id == checklist_value_id)
    with store.reading() as session:
        records = session.scalars(query.order_by(Attachment.created_at, Attachment.id))
        return [_row(r) for r in records]


def remove_attachment(store: Store, attachment_id: str) -> None:
    """Tombstones the row; the blob stays because other rows may share it."""
    soft_delete(store, Attachment, attachment_id)


def verify_blob(store: Store, sha256: str) -> bool:
    """True when the blob exists and its content still hashes to its name."""
    digest = hashlib.sha256()
    try:
        with blob_path(store, sha256).open("rb") as source:
            while chunk := source.read(CHUNK_BYTES):
                digest.update(chunk)
    except OSError:
        return False
    return digest.hexdigest() == sha256


def open_copy(store: Store, row: AttachmentRow) -> Path:
    """A read-only copy of the blob named like the original file, for another program to
    open (it picks the program by the name). Edits there never reach the stored blob."""
    folder = _open_folder() / row.sha256[:16]
    folder.mkdir(exist_ok=True)
    target = folder / safe_filename(row.filename)
    if not (target.is_file() and target.stat().st_size == row.size):
        with contextlib.suppress(FileNotFoundError):
            target.chmod(0o600)  # Windows refuses to delete a read-only file
            target.unlink()
        shutil.copyfile(blob_path(store, row.sha256), target)
        target.chmod(0o444)
    return target


_opened_in: list[Path] = []


def _open_folder() -> Path:
    """This process's private temporary folder (mode 0700, unguessable name): a fixed
    name in a shared /tmp could be planted by another user."""
    if not _opened_in or not _opened_in[0].is_dir():
        _opened_in[:] = [Path(tempfile.mkdtemp(prefix="beamside-open-"))]
    return _opened_in[0]


def safe_filename(name: str) -> str:
    """The stored name made safe for any file system (it may have come from sync)."""
    cleaned = _UNSAFE_NAME_RE.sub("_", name).strip(" .")
    return cleaned or "attachment"


def _row(record: Attachment) -> AttachmentRow:
    return AttachmentRow(
        id=record.id,
        work_order_id=record.work_order_id,
        checklist_value_id=record.checklist_value_id,
        sha256=record.sha256,
        filename=record.filename,
        media_type=record.media_type,
        size=record.size,
        created_at=record.created_at,
    )


def _store_blob(store: Store, path: Path) -> tuple[str, int]:
    """Copies the file into the blob store; (sha256, size). Nothing stays on refusal."""
    limit = MAX_ATTACHMENT_BYTES  # read at call time, so a test can lower it
    try:
        # stat first: opening a FIFO or device for reading could block or never end
        if not stat.S_ISREG(path.stat().st_mode):
            raise AttachmentRefused(NOT_A_FILE)
        source = path.open("rb")
    except OSError as exc:
        raise AttachmentRefused(UNREADABLE, _why(exc)) from exc
    with source:
        try:
            size_now = os.fstat(source.fileno()).st_size
        except OSError as exc:
            raise AttachmentRefused(UNREADABLE, _why(exc)) from exc
        if size_now > limit:  # refuse before copying a byte
            raise AttachmentRefused(TOO_LARGE, megabytes(limit))
        folder = blobs_dir(store)
        try:
            folder.mkdir(parents=True, exist_ok=True)
            fd, temp_name = tempfile.mkstemp(prefix=".incoming-", suffix=".part", dir=folder)
        except OSError as exc:
            raise AttachmentRefused(NOT_STORED, _why(exc)) from exc
        temp = Path(temp_name)
        try:
            with os.fdopen(fd, "wb") as target:
                sha, size = _copy(source, target, limit)
            _publish(store, temp, sha, size)
        except OSError as exc:
            temp.unlink(missing_ok=True)
            raise AttachmentRefused(NOT_STORED, _why(exc)) from exc
        except BaseException:  # refusals and anything unforeseen: leave nothing behind
            temp.unlink(missing_ok=True)
            raise
    return sha, size


def _why(exc: OSError) -> str:
    """The system's own words for an I/O error (not translated: they come from the OS)."""
    return exc.strerror or str(exc) or type(exc).__name__


def _copy(source: BinaryIO, target: BinaryIO, limit: int) -> tuple[str, int]:
    """Streams source to target in chunks, hashing; refuses once past the limit (the
    file may have grown since it was measured)."""
    digest = hashlib.sha256()
    size = 0
    while True:
        try:
            chunk = source.read(CHUNK_BYTES)
        except OSError as exc:  # a read error is the file's fault, not the data folder's
            raise AttachmentRefused(UNREADABLE, _why(exc)) from exc
        if not chunk:
            return digest.hexdigest(), size
        size += len(chunk)
        if size > limit:
            raise AttachmentRefused(TOO_LARGE, megabytes(limit))
        digest.update(chunk)
        target.write(chunk)


def _publish(store: Store, temp: Path, sha: str, size: int) -> None:
    """Gives the temporary file its final name, or drops it when the blob is there."""
    final = blob_path(store, sha)
    if final.is_file() and final.stat().st_size == size:
        temp.unlink()  # stored once: the same content is already here
        return
    new_shard = not final.parent.exists()
    final.parent.mkdir(exist_ok=True)
    if new_shard:
        fsync_dir(final.parent.parent)
    # os.replace also heals a damaged blob of the wrong size under this name
    publish(temp, final)
