"""Fault codes shipped as data: every file loads, search finds by code and both titles."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex
from pytestqt.qtbot import QtBot

from app.domain import fault_codes as namespaces
from app.domain.enums import FindingSeverity, Modality
from app.services.registry import fault_codes
from app.services.registry.fault_codes import FaultCodeError, load_fault_codes
from app.ui.registry.fault_code_picker import CODE_ROLE, FaultCodePicker

SHIPPED = (Modality.LINAC, Modality.CT_SIMULATOR, Modality.AFTERLOADER)


@pytest.mark.parametrize("modality", SHIPPED)
def test_every_shipped_file_loads_with_both_titles(modality: Modality) -> None:
    codes = fault_codes.fault_codes(modality)
    assert len(codes) >= 15
    assert all(c.title_en and c.title_zh and c.subsystem for c in codes)
    assert all(any("\u4e00" <= ch <= "\u9fff" for ch in c.title_zh) for c in codes)


def test_the_linac_list_covers_its_subsystems() -> None:
    codes = fault_codes.fault_codes(Modality.LINAC)
    assert 25 <= len(codes) <= 40
    words = " ".join(c.title_en.lower() for c in codes)
    for part in ("ion pump", "magnetron", "klystron", "mlc", "gantry", "monitor chamber"):
        assert part in words
    for part in ("cooling water", "couch", "kv", "epid", "door interlock", "sf6"):
        assert part in words


def test_a_modality_without_a_file_has_no_codes() -> None:
    assert fault_codes.fault_codes(Modality.TPS) == []
    assert fault_codes.search(Modality.TPS, "x") == []


def test_search_matches_code_and_either_title_in_any_case() -> None:
    def codes(text: str) -> list[str]:
        return [c.code for c in fault_codes.search(Modality.LINAC, text)]

    assert codes("vac-01") == ["VAC-01"]
    assert codes("mlc")[:4] == ["MLC-01", "MLC-02", "MLC-03", "MLC-04"]  # codes first
    assert codes("Ion Pump") == ["VAC-01", "VAC-02"]
    assert codes("离子泵") == ["VAC-01", "VAC-02"]
    assert codes("真空") == ["VAC-01", "VAC-03"]
    assert "WAT-01" in codes("冷却水 流量")  # every word must match
    assert codes("no such fault") == []
    assert [c.code for c in fault_codes.search(Modality.AFTERLOADER, "卡源")] == ["SRC-01"]
    assert fault_codes.find(Modality.CT_SIMULATOR, "tub-01") is not None


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "- code: A-1\n  subsystem: X\n  title_en: a\n  severity: minor\n",
            "x.yaml, entry 1 (A-1): 'title_zh'",
        ),
        (
            "- {code: A-1, subsystem: X, title_en: a, title_zh: 甲, severity: minor}\n"
            "- {code: a-1, subsystem: X, title_en: b, title_zh: 乙, severity: major}\n",
            "x.yaml, entry 2 (a-1): duplicate code",
        ),
        (
            "- {code: A-1, subsystem: X, title_en: a, title_zh: 甲}\n",
            "x.yaml, entry 1 (A-1): 'severity' is missing",
        ),
        (
            "- {code: A-1, subsystem: X, title_en: a, title_zh: 甲, severity: grave}\n",
            "x.yaml, entry 1 (A-1): 'severity' is one of minor, major, critical",
        ),
        (
            "- {code: A-1, subsystem: X, title_en: a, title_zh: 甲, severity: minor,"
            " reportable: perhaps}\n",
            "x.yaml, entry 1 (A-1): 'reportable' is true or false",
        ),
        (
            "- {code: CT/A-1, subsystem: X, title_en: a, title_zh: 甲, severity: minor}\n",
            "x.yaml, entry 1 (CT/A-1): a code is at most 30 characters, no spaces or '/'",
        ),
        ("- code: A-1\n  title_en: [unclosed\n", "x.yaml line 3: not valid YAML"),
        ("code: A-1\n", "x.yaml: expected a list"),
        ("- just text\n", "x.yaml, entry 1: expected code"),
        (
            "- {code: A 1, subsystem: X, title_en: a, title_zh: 甲, severity: minor}\n",
            "x.yaml, entry 1 (A 1): a code is at most 30 characters, no spaces",
        ),
        (
            "- {code: A-1, subsystem: X, title_en: a, title_zh: 甲, severity: minor, titel: b}\n",
            "x.yaml, entry 1 (A-1): unknown field 'titel'",
        ),
    ],
)
def test_a_broken_file_names_the_file_and_entry(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "x.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(FaultCodeError) as broken:
        load_fault_codes(path)
    assert str(broken.value).startswith(message)


def test_the_same_code_means_different_things_in_each_modality() -> None:
    ct = fault_codes.find(Modality.CT_SIMULATOR, "TUB-01")
    hdr = fault_codes.find(Modality.AFTERLOADER, "TUB-01")
    assert ct is not None and hdr is not None
    assert (ct.key, hdr.key) == ("CT/TUB-01", "HDR/TUB-01")
    assert ct.title_en != hdr.title_en
    assert fault_codes.find(Modality.CT_SIMULATOR, "hdr/tub-01") is None  # not this unit's
    assert fault_codes.find(Modality.AFTERLOADER, "hdr/tub-01") == hdr


def test_severity_and_the_possibly_reportable_faults_are_data() -> None:
    stuck = fault_codes.find(Modality.AFTERLOADER, "SRC-01")
    channels = fault_codes.find(Modality.LINAC, "DOS-01")
    water = fault_codes.find(Modality.LINAC, "WAT-02")
    assert stuck is not None and channels is not None and water is not None
    assert (stuck.severity, stuck.reportable) == (FindingSeverity.CRITICAL, True)
    assert (channels.severity, channels.reportable) == (FindingSeverity.CRITICAL, True)
    assert (water.severity, water.reportable) == (FindingSeverity.MINOR, False)
    assert fault_codes.is_reportable(Modality.LINAC, "LINAC/DOS-01")
    assert fault_codes.is_reportable(Modality.LINAC, "DOS-01")  # stored before namespaces
    assert not fault_codes.is_reportable(Modality.LINAC, "MOD3")  # a vendor's own code


def test_qualified_codes() -> None:
    assert namespaces.qualified(Modality.CT_SIMULATOR, " TUB-01 ") == "CT/TUB-01"
    assert namespaces.qualified(Modality.CT_SIMULATOR, "ct/TUB-01") == "CT/TUB-01"
    assert namespaces.qualified(Modality.LINAC, "HDR/SRC-01") == "HDR/SRC-01"
    assert namespaces.qualified(Modality.LINAC, "") == ""
    assert namespaces.qualified(Modality.LINAC, "MOD3/7") == "LINAC/MOD3/7"  # not a namespace


# --- UI ------------------------------------------------------------------------------------


def test_the_picker_finds_by_chinese_and_returns_the_code(qtbot: QtBot) -> None:
    picker = FaultCodePicker(Modality.LINAC, chinese=True)
    qtbot.addWidget(picker)
    picker.show()
    picker.setFocus()
    picker.textEdited.emit("离子泵")
    assert picker.matches.rowCount() == 2
    first = picker.matches.index(0, 0)
    assert first.data() == "LINAC/VAC-01 — 离子泵电流过高（真空联锁）"
    with qtbot.waitSignal(picker.code_chosen) as chosen:
        picker.completer().activated[QModelIndex].emit(first)  # type: ignore[index]
    assert chosen.args == ["LINAC/VAC-01"] and first.data(CODE_ROLE) == "LINAC/VAC-01"
    assert picker.code() == "LINAC/VAC-01" and picker.fault_code() is not None


def test_the_picker_shows_english_titles_and_keeps_a_vendor_code(qtbot: QtBot) -> None:
    picker = FaultCodePicker(Modality.LINAC, "wat-01", chinese=False)
    qtbot.addWidget(picker)
    assert picker.text() == "LINAC/WAT-01 — Cooling water flow low"  # a bare code, as stored
    assert picker.code() == "LINAC/WAT-01"
    picker.clear()
    qtbot.keyClicks(picker, "MOD3")  # a code the console showed, not on our list
    assert picker.code() == "MOD3" and picker.fault_code() is None
