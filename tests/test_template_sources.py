"""What the shipped templates say of their sources: TomoTherapy and CyberKnife imaging
rows that TG-148 / TG-135 define against a baseline are person-judged (no invented
number), and limits written without the standard's text at hand (WS 519-2019, the
±5 % of WS 262-2017) say on the run screen and on the report that they are to be
confirmed against the published standard."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from app.domain.checklists import Template
from app.domain.enums import ReportKind
from app.domain.tolerance import ItemKind, JudgedRule
from app.reports.builder import build_report
from app.services.checklists import checklist_runs as runs
from app.services.checklists.checklist_templates import load_templates
from app.services.reports.report_content import gather
from app.services.store import Store
from app.ui.checklists.run_table_model import COL_LIMITS, ChecklistRunTableModel
from app.ui.i18n import install_translators
from tests import factories
from tests.test_per_beam_report import text_of

JUDGED = {
    "tomotherapy_qa_monthly_tg148": {
        "mvct_noise": "HU",
        "mvct_uniformity": "HU",
        "mvct_spatial_resolution": "mm",
    },
    "tomotherapy_qa_annual_tg148": {"mvct_dose": "cGy", "mvct_contrast": ""},
    "cyberknife_qa_annual_tg135": {
        f"imager_{side}_{what}": unit
        for side in "ab"
        for what, unit in (
            ("snr", ""),
            ("cnr", ""),
            ("mtf", "lp/mm"),
            ("bad_pixels", ""),
            ("uniformity", "%"),
        )
    },
}
UNCONFIRMED = {
    "ct_simulator_qa_tg66": {
        "ws519_ct_number_water",
        "ws519_uniformity",
        "ws519_ctdiw",
        "ws519_positioning_light",
        "ws519_couch_positioning",
    },
    "afterloader_qa_ws262": {"source_strength"},
    "afterloader_source_exchange": {"source_strength"},
    "afterloader_pm": {"source_strength"},
}


@pytest.fixture(scope="module")
def shipped() -> dict[str, Template]:
    templates, problems = load_templates()
    assert problems == []
    return templates


def test_tg148_and_tg135_baseline_imaging_rows_are_judged(shipped: dict[str, Template]) -> None:
    for template_id, expected in JUDGED.items():
        template = shipped[template_id]
        judged = {i.id: i for i in template.items() if i.judged_by_person}
        assert {k: i.measured_unit for k, i in judged.items()} == expected, template_id
        for item in judged.values():
            assert isinstance(item.rule, JudgedRule) and item.kind is ItemKind.BASELINE_JUDGED
            assert "baseline" in item.source and "judged by the physicist" in item.source
        # No pass/fail "within the baseline" row is left among the imaging rows.
        imaging = [s for s in template.sections if s.id == "imaging"]
        assert not [
            i.id
            for s in imaging
            for i in s.items
            if i.kind is ItemKind.PASS_FAIL and "baseline" in i.source
        ]
    snr = shipped["cyberknife_qa_annual_tg135"].item("imager_a_snr")
    assert snr is not None and "TG-135.B Table 10" in snr.source
    dose = shipped["tomotherapy_qa_annual_tg148"].item("mvct_dose")
    assert dose is not None and dose.from_baseline == "percent"


def test_unconfirmed_limits_are_marked(shipped: dict[str, Template]) -> None:
    for template in shipped.values():
        marked = {i.id for i in template.items() if i.limit_unconfirmed}
        assert marked == UNCONFIRMED.get(template.id, set()), template.id
        for item in template.items():
            if "WS 519" in item.source or "±5%" in item.source and "WS 262" in item.source:
                assert item.limit_unconfirmed, (template.id, item.id)


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    install_translators(qapp, "en")
    yield
    QLocale.setDefault(QLocale("en"))


def ct_run(store: Store) -> tuple[str, str]:
    _, _, unit_id = factories.hospital_with_unit(store)
    order_id = factories.work_order(store, unit_id).id
    reason = "CT QA shown on a linac's job for this test"
    return order_id, runs.start_run(store, order_id, "ct_simulator_qa_tg66", fit_exception=reason)


def test_the_run_screen_and_report_say_to_be_confirmed(
    store: Store, tmp_path: Path, english: None
) -> None:
    order_id, run_id = ct_run(store)
    model = ChecklistRunTableModel(store, run_id)
    water = model.index(model.row_of("ws519_ct_number_water"), COL_LIMITS).data()
    assert water == "±6 HU\n⚠ To be confirmed against the published standard"
    tg66 = model.index(model.row_of("ct_number_water"), COL_LIMITS).data()
    assert "confirmed" not in tg66
    runs.record_value(store, run_id, "ws519_ct_number_water", "2")
    english_content = gather(store, order_id, ReportKind.SERVICE, "en")
    rows = english_content.checklists[0].rows
    (row,) = [r for r in rows if r.label.startswith("CT number of water (status")]
    assert row.tolerance == "±6 HU\n▲ limit to be confirmed against the published standard"
    build_report(english_content, tmp_path / "en.pdf")
    assert "limit to be confirmed against the published standard" in text_of(tmp_path / "en.pdf")
    chinese = gather(store, order_id, ReportKind.SERVICE, "zh_CN")
    build_report(chinese, tmp_path / "zh.pdf")
    assert "限值待与正式发布的标准核对" in text_of(tmp_path / "zh.pdf").replace(" ", "")
