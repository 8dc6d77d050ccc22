"""The one font of every report: WenQuanYi Micro Hei, embedded as a TrueType subset.

reportlab's built-in CID fonts (STSong-Light) are never embedded, so a viewer without
them shows garbage; a TrueType font is subset into the PDF. Latin text uses the same
font, so a report embeds one font and Chinese and English sit on the same baseline.
Registering parses a 5 MB collection (~0.1 s), so it happens once per process.
"""

from __future__ import annotations

import threading

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from app.paths import resources_dir

FONT_NAME = "BeamsideCJK"
FONT_FILE = "wqy-microhei.ttc"

_lock = threading.Lock()
_registered = False


def report_font() -> str:
    """Registers the CJK font with reportlab (once, thread-safe); returns its name."""
    global _registered
    if _registered:
        return FONT_NAME
    with _lock:
        if not _registered:
            path = resources_dir() / "fonts" / FONT_FILE
            pdfmetrics.registerFont(TTFont(FONT_NAME, str(path), subfontIndex=0))
            _registered = True
    return FONT_NAME
