"""Is the data folder usable, and does this machine have a desktop to show a window on?

Both are checked before anything is written or Qt opens a window, so a user meets one
sentence about the folder they gave or the session they are in, in their language,
rather than an errno, a log file's path, or Qt's abort naming a library.
`problem()` needs no Qt (the report commands import none); the texts are translated
with Qt's catalogues, so translators must be installed (on a QCoreApplication at least)
before `describe()` or `no_display_message()` is called.
"""

from __future__ import annotations

import errno
import os
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from app.domain.i18n import arg

DISPLAY_VARIABLES = ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")


def lacks_display(environ: dict[str, str] | None = None, platform: str | None = None) -> bool:
    """On Linux a window needs X11 or Wayland; without either Qt aborts (exit 134)."""
    environ = dict(os.environ) if environ is None else environ
    platform = sys.platform if platform is None else platform
    return platform.startswith("linux") and not any(environ.get(v) for v in DISPLAY_VARIABLES)


@dataclass(frozen=True)
class FolderProblem:
    folder: Path  # as the user gave it
    kind: str  # "file", "cannot_make" or "cannot_write"
    errno: int = 0


def no_display_message() -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(
        "DataFolder",
        "Beamside needs a desktop session to show its window, and none was found "
        "(DISPLAY and WAYLAND_DISPLAY are not set). Start it from the desktop; for --smoke "
        "and the commands without a screen, set QT_QPA_PLATFORM=offscreen.",
    )


def _reason(code: int) -> str:
    from PySide6.QtCore import QCoreApplication

    if code == errno.EROFS:
        return QCoreApplication.translate("DataFolder", "the disk is read-only")
    if code in (errno.EACCES, errno.EPERM):
        return QCoreApplication.translate(
            "DataFolder", "it is read-only for you (no permission to write there)"
        )
    if code == errno.ENOTDIR:
        return QCoreApplication.translate("DataFolder", "part of the path is a file, not a folder")
    if code == errno.ENOSPC:
        return QCoreApplication.translate("DataFolder", "the disk is full")
    return QCoreApplication.translate(
        "DataFolder", "it is not an ordinary folder that can hold files"
    )


def describe(problem: FolderProblem) -> str:
    """The problem in one sentence, in the user's language."""
    from PySide6.QtCore import QCoreApplication

    folder = str(problem.folder)
    if problem.kind == "file":
        return arg(
            QCoreApplication.translate(
                "DataFolder",
                "The data folder %1 is a file, not a folder. Give --data-dir a folder "
                "(Beamside makes it if it is missing).",
            ),
            folder,
        )
    if problem.kind == "cannot_make":
        return arg(
            QCoreApplication.translate(
                "DataFolder", "The data folder %1 does not exist and cannot be made: %2."
            ),
            folder,
            _reason(problem.errno),
        )
    return arg(
        QCoreApplication.translate(
            "DataFolder",
            "Beamside cannot save in the data folder %1: %2. Make it writable, "
            "or choose another folder with --data-dir.",
        ),
        folder,
        _reason(problem.errno),
    )


def problem(folder: Path, writable: bool) -> FolderProblem | None:
    """What stops Beamside keeping its data in `folder` (as the user gave it), or None.

    `writable` folders are made when missing and tried with a scratch file, which is
    the only sure test (a read-only disk, a folder of another user, /proc …).
    """
    if folder.exists() and not folder.is_dir():
        return FolderProblem(folder, "file")
    if not writable:
        return None
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        return FolderProblem(folder, "cannot_make", exc.errno or 0)
    try:
        with tempfile.TemporaryFile(dir=folder, prefix=".beamside-probe-"):
            pass
    except OSError as exc:
        return FolderProblem(folder, "cannot_write", exc.errno or 0)
    return None
