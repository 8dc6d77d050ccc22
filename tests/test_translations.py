"""Both languages ship complete, and the UI really speaks Chinese with zh_CN."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.services.store import Store
from app.ui.fonts import register_cjk_font
from app.ui.i18n import install_translators
from app.ui.main_window import MainWindow
from app.ui.registry.customer_dialog import CustomerDialog
from tests.conftest import ROOT

TS = ROOT / "resources" / "translations"


def test_every_string_in_the_code_is_in_the_catalogues(tmp_path: Path) -> None:
    """lupdate over the code finds nothing the shipped .ts files lack."""
    copy = tmp_path / "zh.ts"
    shutil.copy(TS / "beamside_zh_CN.ts", copy)
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    assert lupdate
    sources = sorted(str(p) for p in (ROOT / "app").rglob("*.py"))
    result = subprocess.run(
        [lupdate, "-no-obsolete", "-locations", "none", *sources, "-ts", str(copy)],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "(0 new and" in result.stdout, result.stdout


def test_chinese_catalogue_is_complete() -> None:
    root = ET.parse(TS / "beamside_zh_CN.ts").getroot()
    unfinished = [
        m.findtext("source")
        for m in root.iter("message")
        if m.find("translation").get("type") == "unfinished"  # type: ignore[union-attr]
    ]
    assert unfinished == []


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[None]:
    assert install_translators(qapp, "zh_CN"), "run packaging/translations.py build first"
    yield
    install_translators(qapp, "en")


def test_main_window_and_errors_in_chinese(qtbot: QtBot, store: Store, chinese: None) -> None:
    window = MainWindow(
        store, QSettings(str(store.data_dir / "s.ini"), QSettings.Format.IniFormat), "K7M3"
    )
    qtbot.addWidget(window)
    assert [window.nav.item(i).text() for i in range(4)] == ["工单", "设备", "医院与科室", "回访"]
    dialog = CustomerDialog(store, None)
    qtbot.addWidget(dialog)
    dialog.buttons.accepted.emit()
    assert dialog.error_text("name_zh") == "⚠ 此项为必填项。"
    assert QCoreApplication.translate("Enum", "Preventive maintenance") == "预防性维护"


def test_english_plurals(qapp: QApplication) -> None:
    install_translators(qapp, "en")
    assert QCoreApplication.translate("MainWindow", "%n work order(s)", "", 1) == "1 work order"
    assert QCoreApplication.translate("MainWindow", "%n work order(s)", "", 5) == "5 work orders"


def test_the_shipped_font_covers_chinese(qapp: QApplication) -> None:
    family = register_cjk_font(qapp)
    assert family is not None
    assert QFontDatabase.WritingSystem.SimplifiedChinese in QFontDatabase.writingSystems(family)
