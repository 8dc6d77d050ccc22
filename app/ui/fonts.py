"""Registers the shipped CJK font so Chinese renders on machines without one."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from app.paths import resources_dir

CJK_FONT_FILE = "wqy-microhei.ttc"


_added: list[str] = []  # the family, once added


def register_cjk_font(app: QApplication) -> str | None:
    """Adds the shipped font and makes it the fallback after the system UI font; once
    (a later call returns the family the first one added)."""
    if _added:
        return _added[0]
    font_id = QFontDatabase.addApplicationFont(str(resources_dir() / "fonts" / CJK_FONT_FILE))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        return None
    font = QFont(app.font())
    font.setFamilies([font.family(), families[0]])
    app.setFont(font)
    _added.append(families[0])
    return families[0]
