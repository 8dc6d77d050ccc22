"""Both languages ship complete, and the UI really speaks Chinese with zh_CN."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, QTranslator
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.services.store import Store
from app.ui.fonts import register_cjk_font
from app.ui.i18n import install_translators
from app.ui.main_window import MainWindow
from app.ui.registry.customer_dialog import CustomerDialog
from tests.conftest import ROOT, missing_translations

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
    assert [window.nav.item(i).text() for i in range(5)] == [
        "今日工作",
        "工单",
        "设备",
        "医院与科室",
        "回访",
    ]
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


def _packaging_module(name: str) -> ModuleType:
    """packaging/*.py are scripts, not a package: loaded from their files."""
    spec = importlib.util.spec_from_file_location(
        f"packaging_{name}", ROOT / "packaging" / f"{name}.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_rebuild_replaces_a_catalogue_whole_or_leaves_it_alone(tmp_path: Path) -> None:
    """A reader of a .qm file (Qt maps it into memory) never sees it rewritten in
    place: a changed catalogue is a new file renamed over the old one, and an up-to-date
    one is not touched at all."""
    translations = _packaging_module("translations")
    built = translations.build(tmp_path)
    qm = tmp_path / "beamside_zh_CN.qm"
    assert sorted(built) == [tmp_path / "beamside_en.qm", qm]
    good = qm.read_bytes()
    before = qm.stat()
    assert translations.build(tmp_path) == []  # up to date: not rewritten
    assert (qm.stat().st_ino, qm.stat().st_mtime_ns) == (before.st_ino, before.st_mtime_ns)

    qm.write_bytes(b"stale")  # as if built from an older .ts
    os.utime(qm, ns=(0, 0))
    with qm.open("rb") as reader:  # a running Beamside has the old file open
        assert translations.build(tmp_path) == [qm]
        assert reader.read() == b"stale"  # its file was replaced, not overwritten
    assert qm.read_bytes() == good
    assert sorted(p.name for p in tmp_path.iterdir()) == ["beamside_en.qm", "beamside_zh_CN.qm"]
    assert QTranslator().load(str(qm))

    os.utime(qm, ns=(0, 0))  # older than its .ts but the same: compiled, compared, kept
    inode = qm.stat().st_ino
    assert translations.build(tmp_path) == []
    assert qm.stat().st_ino == inode and qm.stat().st_mtime_ns > 0


def test_the_bundle_build_compiles_outside_the_source_tree(tmp_path: Path) -> None:
    build = _packaging_module("build")
    shipped = sorted((ROOT / "resources" / "translations").glob("*.qm"))
    before = [(p.stat().st_ino, p.stat().st_mtime_ns) for p in shipped]
    assert (
        build.build_translations(tmp_path / "work" / "translations")
        == tmp_path / "work" / "translations"
    )
    assert sorted(p.name for p in (tmp_path / "work" / "translations").iterdir()) == [
        "beamside_en.qm",
        "beamside_zh_CN.qm",
    ]
    assert [(p.stat().st_ino, p.stat().st_mtime_ns) for p in shipped] == before
    spec = (ROOT / "packaging" / "beamside.spec").read_text()
    assert build.QM_DIR_VARIABLE in spec  # where the spec takes them from


def test_a_run_without_compiled_translations_says_to_run_the_install_step(
    tmp_path: Path,
) -> None:
    assert missing_translations(ROOT / "resources" / "translations") is None
    (tmp_path / "beamside_en.qm").write_bytes(b"")
    message = missing_translations(tmp_path)
    assert message is not None and message.startswith(
        "The compiled translations are missing (beamside_zh_CN.qm in "
    )
    assert "run the install step first, bash packaging/bootstrap.sh --dev" in message
