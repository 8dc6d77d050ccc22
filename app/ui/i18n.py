"""Choosing the language and installing Qt's translators for it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from app import settings_keys
from app.domain.i18n import arg as arg  # one helper for every layer, handed to the UI
from app.paths import resources_dir

LANGUAGES = ("zh_CN", "en")
_installed: list[QTranslator] = []


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


def chinese() -> bool:
    """The screens are in Chinese (the default locale follows the chosen language)."""
    return QLocale().name().startswith("zh")


def labelled(label: str, value: str) -> str:
    """ "Label: value" in the screen's language: a full-width "：" in Chinese, ": " in
    English, so no screen mixes the two styles."""
    return f"{label}：{value}" if chinese() else f"{label}: {value}"


def hospital_name(name_zh: str, name_en: str) -> str:
    """A hospital as the screen's language names it: the stored English name on English
    screens (the Chinese one where none is stored)."""
    return name_zh if chinese() or not name_en.strip() else name_en
