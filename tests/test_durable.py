"""Durable files (app/durable.py, issue 18 §5): after a write the whole new content is
there under its name, no temporary file is left beside it, and a write that fails
leaves the old file as it was."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from app.durable import publish_new, replacing, write_atomically


def beside(target: Path) -> list[str]:
    return sorted(p.name for p in target.parent.iterdir())


def test_write_atomically_leaves_the_whole_content_and_no_temp(tmp_path: Path) -> None:
    target = tmp_path / "report.pdf"
    target.write_bytes(b"old")
    content = os.urandom(3 * 1024 * 1024)
    write_atomically(target, content)
    assert target.read_bytes() == content
    assert beside(target) == ["report.pdf"]


def test_the_mode_is_as_asked_or_as_open_makes_it(tmp_path: Path) -> None:
    secret = tmp_path / "tokens.json"
    write_atomically(secret, b"{}", mode=0o600)
    assert stat.S_IMODE(secret.stat().st_mode) == 0o600
    shared = tmp_path / "shared.pem"
    write_atomically(shared, b"pem")
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(shared.stat().st_mode) == 0o666 & ~umask


def test_a_failed_write_keeps_the_old_file_and_leaves_no_temp(tmp_path: Path) -> None:
    target = tmp_path / "backup.db"
    target.write_bytes(b"the old backup")
    with pytest.raises(RuntimeError, match="disk full"), replacing(target) as temp:
        temp.write_bytes(b"half of the new")
        raise RuntimeError("disk full")
    assert target.read_bytes() == b"the old backup"
    assert beside(target) == ["backup.db"]


def test_publish_new_keeps_a_file_already_there(tmp_path: Path) -> None:
    key = tmp_path / "device.key"
    publish_new(key, b"first", 0o600)
    publish_new(key, b"second", 0o600)  # a racing process's file wins
    assert key.read_bytes() == b"first"
    assert stat.S_IMODE(key.stat().st_mode) == 0o600
    assert beside(key) == ["device.key"]
