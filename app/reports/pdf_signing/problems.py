"""Exceptions worded for a message: one line, never a traceback."""

from __future__ import annotations

import re


def short(exc: BaseException) -> str:
    """An exception in one line, for a message (never a traceback)."""
    text = re.sub(r"\s+", " ", str(exc)).strip()
    return text[:200] or type(exc).__name__


def why(exc: BaseException) -> str:
    """An OS error by its reason ("Permission denied"), anything else by short()."""
    if isinstance(exc, OSError):
        return exc.strerror or str(exc) or type(exc).__name__
    return short(exc)
