"""An unexpected error is logged in the data folder and shown, not swallowed."""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from app.ui.crash import install_excepthook, log_file, open_log_file, start_logging


@pytest.fixture
def restore_hooks() -> Iterator[None]:
    hook, handlers = sys.excepthook, list(logging.getLogger().handlers)
    yield
    sys.excepthook = hook
    for handler in logging.getLogger().handlers:
        if handler not in handlers:
            logging.getLogger().removeHandler(handler)
            handler.close()


def test_unexpected_error_is_logged_and_shown(
    qapp: QApplication, data_dir: Path, monkeypatch: pytest.MonkeyPatch, restore_hooks: None
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *args: shown.append(str(args[2])))
    start_logging(data_dir)
    install_excepthook(data_dir, interactive=True)
    try:
        raise RuntimeError("disk unplugged")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    assert len(shown) == 1
    assert "disk unplugged" in shown[0] and str(log_file(data_dir)) in shown[0]
    logged = log_file(data_dir).read_text(encoding="utf-8")
    assert "RuntimeError: disk unplugged" in logged


def test_what_is_logged_before_the_log_file_opens_is_written_first(
    data_dir: Path, restore_hooks: None
) -> None:
    """The file opens after the first frame; nothing logged before it is lost."""
    start_logging(data_dir)
    logging.getLogger("beamside.test").info("before the first frame")
    assert log_file(data_dir).read_text(encoding="utf-8") == ""  # held until then
    open_log_file()
    logging.getLogger("beamside.test").info("after it")
    lines = log_file(data_dir).read_text(encoding="utf-8").splitlines()
    assert [line.split(": ", 1)[1] for line in lines[-2:]] == ["before the first frame", "after it"]


def test_an_error_before_the_first_frame_is_written_at_once(
    data_dir: Path, restore_hooks: None
) -> None:
    start_logging(data_dir)
    logging.getLogger("beamside.test").info("starting")
    logging.getLogger("beamside.test").error("the font is missing")
    logged = log_file(data_dir).read_text(encoding="utf-8")
    assert "INFO beamside.test: starting" in logged
    assert "ERROR beamside.test: the font is missing" in logged


def test_a_log_file_that_cannot_be_written_stops_the_start(
    data_dir: Path, restore_hooks: None
) -> None:
    """As before the file opened late: the start refuses, naming the file."""
    log_file(data_dir).mkdir()
    handlers = list(logging.getLogger().handlers)
    with pytest.raises(OSError, match="beamside.log"):
        start_logging(data_dir)
    assert logging.getLogger().handlers == handlers
