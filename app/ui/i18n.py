"""Choosing the language and installing Qt's translators for it."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from app import settings_keys
from app.paths import resources_dir

LANGUAGES = ("zh_CN", "en")
_installed: list[QTranslator] = []
_MARKER = re.compile(r"%(\d+)")


def arg(text: str, *values: object) -> str:
    """Fills %1, %2, … in one pass, like QString::arg with several values.

    A value that itself holds "%2" stays as it is: chained `.replace` calls would
    substitute it again. A marker without a value is left in place.
    """

    def fill(match: re.Match[str]) -> str:
        index = int(match.group(1))
        return str(values[index - 1]) if 1 <= index <= len(values) else match.group(0)

    return _MARKER.sub(fill, text)


def choose_language(requested: str | None, settings: QSettings | None) -> str:
    """`--lang` first, then the saved setting, then the system locale."""
    for candidate in (requested, settings.value(settings_keys.LANGUAGE) if settings else None):
        if candidate in LANGUAGES:
            return str(candidate)
    return "zh_CN" if QLocale.system().name().startswith("zh") else "en"


def install_translators(app: QCoreApplication, language: str) -> bool:
    """Loads Beamside's and Qt's own catalogues; False when Beamside's is missing."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    QLocale.setDefault(QLocale(language))
    ours = QTranslator(app)  # for English too: it holds the plural forms
    found = ours.load(f"beamside_{language}", str(resources_dir() / "translations"))
    if found:
        app.installTranslator(ours)
        _installed.append(ours)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qtbase = QTranslator(app)
    if qtbase.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qtbase)
        _installed.append(qtbase)
    return found
