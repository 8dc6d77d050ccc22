"""The report prints a per-beam item's beams: each measured value, its baseline and the
difference the service computed, with each beam's verdict (issue 11 §3)."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from app.domain.enums import ReportKind
from app.domain.unit_configuration import BaselineOccasion
from app.reports.builder import build_report
from app.services.checklists import beam_values
from app.services.checklists import checklist_runs as runs
from app.services.reports.report_content import gather
from app.services.store import Store
from tests.test_unit_configuration import ANNUAL, beam_ids, configured_unit


def per_beam_job(store: Store) -> str:
    unit_id, order_id = configured_unit(store)
    run_id = runs.start_run(
        store, order_id, ANNUAL, "srs_sbrt", class_override_reason="物理师要求按 SRS 限值"
    )
    beams = beam_ids(store, unit_id)
    for label, value in (("6 MV", "1.004"), ("10 MV", "0.997"), ("6 MV FFF", "1.013")):
        beam_values.record_beam_value(store, run_id, "output_calibration", beams[label], value)
    beam_values.record_beam_value(store, run_id, "output_calibration", beams["9 MeV"], "n/a")
    beam_values.set_baseline(
        store, run_id, "xray_beam_quality", beams["6 MV"], "66.5", BaselineOccasion.ACCEPTANCE
    )
    beam_values.record_beam_value(store, run_id, "xray_beam_quality", beams["6 MV"], "66.9")
    return order_id


def text_of(path: Path) -> str:
    """The PDF's text with line breaks as spaces (narrow cells wrap)."""
    text = " ".join(page.extract_text() or "" for page in PdfReader(path).pages)
    return " ".join(text.split())


def test_report_prints_each_beam_with_baseline_and_difference(store: Store, tmp_path: Path) -> None:
    order_id = per_beam_job(store)
    english = gather(store, order_id, ReportKind.SERVICE, "en")
    (run,) = english.checklists
    beams = [r for r in run.rows if r.beam]
    assert [r.label for r in beams][:4] == ["↳ 6 MV", "↳ 10 MV", "↳ 6 MV FFF", "↳ 9 MeV"]
    assert run.counts.failures == 1  # the output item, once, not once per beam
    build_report(english, tmp_path / "en.pdf")
    text = text_of(tmp_path / "en.pdf")
    assert "↳ 6 MV FFF" in text and "1.013" in text
    assert "baseline 66.5%, Δ +0.6%" in text
    assert "Not the unit's treatment class, used because: 物理师要求按 SRS 限值" in text

    chinese = gather(store, order_id, ReportKind.SERVICE, "zh_CN")
    build_report(chinese, tmp_path / "zh.pdf")
    text = text_of(tmp_path / "zh.pdf")
    assert "基准 66.5%，Δ +0.6%" in text.replace("， ", "，") and "↳ 10 MV" in text
