"""Durable files, written in one place: a reader sees the old file or the whole new one,
never half, and a power cut after the call keeps the new one.

The recipe is always the same — write a temporary file beside the target, fsync it,
rename it over the target, fsync the folder (POSIX; Windows cannot open folders and
makes a rename durable itself) — and was written out six times before (issue 18 §5).
Laptop and server both use it, so it imports nothing of ours.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def fsync_dir(folder: Path) -> None:
    """Makes a rename or a new name in `folder` durable (POSIX only)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_file(path: Path) -> None:
    """Puts a file another library wrote (SQLite, reportlab) on disk."""
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def _default_mode() -> int:
    """The mode open() would give a new file (mkstemp makes 0600)."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def temp_beside(target: Path, suffix: str = ".part") -> Path:
    """A new empty file beside `target`, named so no two writers share one."""
    fd, name = tempfile.mkstemp(prefix=f".{target.name}-", suffix=suffix, dir=target.parent)
    os.close(fd)
    return Path(name)


def publish(temp: Path, target: Path) -> None:
    """Renames a written temporary file over `target` durably: the bytes reach the disk
    before the name says they are there."""
    fsync_file(temp)
    os.replace(temp, target)
    fsync_dir(target.parent)


@contextmanager
def replacing(target: Path, *, mode: int | None = None, suffix: str = ".part") -> Iterator[Path]:
    """Yields a temporary path beside `target` to write by any means; on a normal exit it
    replaces `target` (`mode`: its permissions, default as open() makes them), on an
    exception it is removed and `target` is untouched."""
    temp = temp_beside(target, suffix)
    try:
        yield temp
        os.chmod(temp, _default_mode() if mode is None else mode)
        publish(temp, target)
    finally:
        temp.unlink(missing_ok=True)


def write_atomically(target: Path, content: bytes, *, mode: int | None = None) -> None:
    """`content` under `target`, whole or not at all."""
    with replacing(target, mode=mode) as temp:
        temp.write_bytes(content)


def publish_new(path: Path, content: bytes, mode: int) -> None:
    """Writes a new file durably under its final name unless one is there already:
    link() refuses an existing name, so a racing process keeps its own and we load it."""
    temp = temp_beside(path)
    try:
        os.chmod(temp, mode)
        temp.write_bytes(content)
        fsync_file(temp)
        try:
            os.link(temp, path)
        except FileExistsError:
            return
        except OSError:  # no hard links here (FAT, some shares): exclusive create
            _create_exclusively(path, content, mode)
        fsync_dir(path.parent)
    finally:
        temp.unlink(missing_ok=True)


def _create_exclusively(path: Path, content: bytes, mode: int) -> None:
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
    except FileExistsError:
        return
    with os.fdopen(fd, "wb") as handle:
        handle.write(content)
        handle.flush()
        os.fsync(handle.fileno())
