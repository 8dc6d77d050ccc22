"""Is the data folder usable, and does this machine have a desktop to show a window on?

Both are checked before anything is written or Qt opens a window, so a user meets one
sentence about the folder they gave or the session they are in, in their language,
rather than an errno, a log file's path, or Qt's abort naming a library.
Translators must be installed (on a QCoreApplication at least) before these are called.
"""

from __future__ import annotations

import errno
import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication

DISPLAY_VARIABLES = ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")


def lacks_display(environ: dict[str, str] | None = None, platform: str | None = None) -> bool:
    """On Linux a window needs X11 or Wayland; without either Qt aborts (exit 134)."""
    environ = dict(os.environ) if environ is None else environ
    platform = sys.platform if platform is None else platform
    return platform.startswith("linux") and not any(environ.get(v) for v in DISPLAY_VARIABLES)


def no_display_message() -> str:
    return QCoreApplication.translate(
        "DataFolder",
        "Beamside needs a desktop session to show its window, and none was found "
        "(DISPLAY and WAYLAND_DISPLAY are not set). Start it from the desktop; for --smoke "
        "and the commands without a screen, set QT_QPA_PLATFORM=offscreen.",
    )


def _reason(error: OSError) -> str:
    if error.errno == errno.EROFS:
        return QCoreApplication.translate("DataFolder", "the disk is read-only")
    if error.errno in (errno.EACCES, errno.EPERM):
        return QCoreApplication.translate(
            "DataFolder", "it is read-only for you (no permission to write there)"
        )
    if error.errno == errno.ENOTDIR:
        return QCoreApplication.translate("DataFolder", "part of the path is a file, not a folder")
    if error.errno == errno.ENOSPC:
        return QCoreApplication.translate("DataFolder", "the disk is full")
    return QCoreApplication.translate(
        "DataFolder", "it is not an ordinary folder that can hold files"
    )


def problem(folder: Path, writable: bool) -> str | None:
    """What stops Beamside keeping its data in `folder` (as the user gave it), or None.

    `writable` folders are made when missing and tried with a scratch file, which is
    the only sure test (a read-only disk, a folder of another user, /proc …).
    """
    if folder.exists() and not folder.is_dir():
        return QCoreApplication.translate(
            "DataFolder",
            "The data folder %1 is a file, not a folder. Give --data-dir a folder "
            "(Beamside makes it if it is missing).",
        ).replace("%1", str(folder))
    if not writable:
        return None
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        return (
            QCoreApplication.translate(
                "DataFolder", "The data folder %1 does not exist and cannot be made: %2."
            )
            .replace("%1", str(folder))
            .replace("%2", _reason(exc))
        )
    try:
        with tempfile.TemporaryFile(dir=folder, prefix=".beamside-probe-"):
            pass
    except OSError as exc:
        return (
            QCoreApplication.translate(
                "DataFolder",
                "Beamside cannot save in the data folder %1: %2. Make it writable, "
                "or choose another folder with --data-dir.",
            )
            .replace("%1", str(folder))
            .replace("%2", _reason(exc))
        )
    return None
