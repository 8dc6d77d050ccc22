"""Where this data folder's settings live (window layout, language, sync server)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings


def settings_for(data_dir: Path) -> QSettings:
    """Settings live beside the database, so each data folder keeps its own layout."""
    return QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat)
