"""TG-142 Table VI rows whose tolerance is "baseline" (image quality, imaging dose): the
physicist records the measured value, the app compares it with the unit's baseline and
shows the difference, and the verdict is the physicist's — no invented limit."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from app.db.fieldwork import ChecklistValue
from app.db.unit_configuration import ChecklistBaseline
from app.domain.checklists import Template
from app.domain.enums import ReportKind, Verdict
from app.domain.records import ValidationError
from app.domain.tolerance import ItemKind, JudgedRule, NumericRule, Refused, given_verdict
from app.domain.unit_configuration import BaselineDifference, BaselineOccasion
from app.reports.builder import build_report
from app.services.checklists import beam_values
from app.services.checklists import checklist_runs as runs
from app.services.checklists.checklist_templates import load_templates, parse_template
from app.services.kpis.trends import load_trend
from app.services.reports.report_content import gather
from app.services.store import Store
from tests.test_per_beam_report import text_of
from tests.test_unit_configuration import configured_unit

MONTHLY = "linac_qa_monthly_tg142"
ANNUAL = "linac_qa_annual_tg142"
# Table VI rows whose TG-142 tolerance is "baseline", one measured value each.
MONTHLY_JUDGED = {
    "mv_spatial_resolution": "lp/mm",
    "mv_contrast": "",
    "mv_uniformity": "%",
    "mv_noise": "%",
    "kv_spatial_resolution": "lp/mm",
    "kv_contrast": "",
    "kv_uniformity": "%",
    "kv_noise": "%",
    "cbct_spatial_resolution": "lp/cm",
    "cbct_contrast": "",
    "cbct_hu_constancy": "HU",
    "cbct_uniformity": "HU",
    "cbct_noise": "HU",
}
ANNUAL_JUDGED = {
    "mv_imaging_dose": "cGy",
    "kv_beam_quality": "mm",
    "kv_imaging_dose": "mGy",
    "cbct_imaging_dose": "mGy",
}


@pytest.fixture(scope="module")
def shipped() -> dict[str, Template]:
    templates, problems = load_templates()
    assert problems == []
    return templates


def test_table_vi_baseline_rows_are_measured_and_judged_by_the_physicist(
    shipped: dict[str, Template],
) -> None:
    for template_id, expected in ((MONTHLY, MONTHLY_JUDGED), (ANNUAL, ANNUAL_JUDGED)):
        template = shipped[template_id]
        judged = {i.id: i for i in template.items() if i.judged_by_person}
        assert {k: i.measured_unit for k, i in judged.items()} == expected
        for item in judged.values():
            assert isinstance(item.rule, JudgedRule) and item.kind is ItemKind.BASELINE_JUDGED
            assert item.per_beam is None and item.from_baseline is not None
            # No number is invented: TG-142 says "baseline", and the source says so.
            assert "TG-142 (2009) Table VI" in item.source and "baseline" in item.source
            assert "judged by the physicist" in item.source
        # The old pass/fail bundles are gone; no pass/fail "at baseline" row is left.
        assert not [i.id for i in template.items() if "at baseline" in i.label_en]
    monthly = shipped[MONTHLY]
    # The geometric rows keep TG-142's numbers (≤ 2 mm; ≤ 1 mm SRS/SBRT).
    distortion = monthly.item("cbct_geometric_distortion")
    assert distortion is not None and isinstance(distortion.rule, NumericRule)
    assert distortion.rule.describe(distortion.rule.tolerance) == "±2 mm"
    srs = distortion.rule_for("srs_sbrt")
    assert isinstance(srs, NumericRule) and srs.describe(srs.tolerance) == "±1 mm"
    assert monthly.item("mv_image_quality") is None
    dose = shipped[ANNUAL].item("cbct_imaging_dose")
    assert dose is not None and dose.from_baseline is BaselineDifference.PERCENT


def judged_template(**changes: Any) -> dict[str, Any]:
    item = {
        "id": "kv_noise",
        "kind": "baseline_judged",
        "label_en": "kV noise vs baseline",
        "label_zh": "kV 噪声与基准比较",
        "unit": "%",
        "source": "AAPM TG-142 (2009) Table VI, monthly (baseline)",
    } | changes
    return {
        "id": "t",
        "version": 1,
        "title_en": "T",
        "title_zh": "T",
        "modality": "linac",
        "kind": "qa",
        "sections": [{"id": "imaging", "title_en": "I", "title_zh": "影像", "items": [item]}],
    }


def test_a_judged_item_cannot_be_given_a_limit() -> None:
    template, problems = parse_template(judged_template(), "ok.yaml")
    assert problems == [] and template is not None
    item = template.item("kv_noise")
    assert item is not None and item.from_baseline is BaselineDifference.ABSOLUTE
    # A limit the standard does not give cannot be written on such an item.
    _, problems = parse_template(judged_template(tolerance=2), "limit.yaml")
    assert [(p.item, p.reason) for p in problems] == [
        ("kv_noise", "Extra inputs are not permitted")
    ]
    # Per beam it may be (tests/test_judged_per_beam.py); beams of no known scope not.
    _, problems = parse_template(judged_template(per_beam="neutron"), "beams.yaml")
    assert [(p.item, p.path) for p in problems] == [("kv_noise", "sections[0].items[0].per_beam")]
    _, problems = parse_template(judged_template(from_baseline="ratio"), "how.yaml")
    assert problems and problems[0].item == "kv_noise"
    # A shipped file stays data: the judged kind round-trips through YAML.
    text = yaml.safe_dump(judged_template(), allow_unicode=True)
    assert parse_template(yaml.safe_load(text), "yaml.yaml")[1] == []


def test_the_verdict_words() -> None:
    assert [given_verdict(w) for w in ("p", "合格", "w", "警告", "F", "不合格", "")] == [
        Verdict.PASS,
        Verdict.PASS,
        Verdict.WARNING,
        Verdict.WARNING,
        Verdict.FAIL,
        Verdict.FAIL,
        Verdict.PENDING,
    ]
    with pytest.raises(Refused):
        given_verdict("maybe")


def judged_run(store: Store) -> tuple[str, str, str]:
    unit_id, order_id = configured_unit(store)
    return unit_id, order_id, runs.start_run(store, order_id, MONTHLY)


def test_value_compared_with_the_units_baseline_and_the_verdict_given(store: Store) -> None:
    unit_id, _, run_id = judged_run(store)
    # No baseline yet: nothing is saved, the physicist is told to set one first.
    with pytest.raises(runs.ValueRefused) as refused:
        runs.record_value(store, run_id, "cbct_hu_constancy", "4 HU")
    assert refused.value.reason == runs.NO_UNIT_BASELINE
    baseline_id = beam_values.set_baseline(
        store, run_id, "cbct_hu_constancy", None, "2 HU", BaselineOccasion.ACCEPTANCE
    )
    with store.reading() as session:
        baseline = session.get(ChecklistBaseline, baseline_id)
        assert baseline is not None
        assert (baseline.beam_id, baseline.value, baseline.unit, baseline.run_id) == (
            None,
            2.0,
            "HU",
            run_id,
        )
        assert baseline.set_by and baseline.set_at is not None
    # A per-beam item still needs its beam; a unit baseline takes none.
    with pytest.raises(runs.ValueRefused):
        beam_values.set_baseline(
            store, run_id, "cbct_hu_constancy", "beam", "2", BaselineOccasion.ACCEPTANCE
        )
    with pytest.raises(runs.ValueRefused) as wrong_unit:
        runs.record_value(store, run_id, "cbct_hu_constancy", "4 mm")
    assert wrong_unit.value.reason_args == ("HU",)

    result = runs.record_value(store, run_id, "cbct_hu_constancy", "-5 HU")
    assert (result.number, result.verdict) == (-5.0, Verdict.PENDING)  # awaits the verdict
    item = runs.load_run(store, run_id).item("cbct_hu_constancy")
    assert item is not None and item.judged_by_person
    assert (item.baseline, item.difference, item.tolerance_text) == (2.0, -7.0, "")
    assert item.current_baseline is not None and item.current_baseline.id == baseline_id

    assert runs.give_verdict(store, run_id, "cbct_hu_constancy", "w").verdict is Verdict.WARNING
    item = runs.load_run(store, run_id).item("cbct_hu_constancy")
    assert item is not None and item.needs_comment  # as any value out of tolerance
    # A new measurement waits for a new verdict.
    runs.record_value(store, run_id, "cbct_hu_constancy", "2.5")
    item = runs.load_run(store, run_id).item("cbct_hu_constancy")
    assert item is not None and (item.verdict, item.difference) == (Verdict.PENDING, 0.5)
    with pytest.raises(ValidationError) as pending:
        runs.complete_run(store, run_id)
    assert "cbct_hu_constancy" in {e.field for e in pending.value.errors}


def test_percent_difference_and_what_the_verdict_refuses(store: Store) -> None:
    _, _, run_id = judged_run(store)
    with pytest.raises(runs.ValueRefused) as first:
        runs.give_verdict(store, run_id, "kv_contrast", "p")
    assert first.value.reason == runs.MEASURE_FIRST
    beam_values.set_baseline(store, run_id, "kv_contrast", None, "40", BaselineOccasion.ACCEPTANCE)
    runs.record_value(store, run_id, "kv_contrast", "37")
    item = runs.load_run(store, run_id).item("kv_contrast")
    assert item is not None and item.difference == -7.5  # % of the baseline
    with pytest.raises(runs.ValueRefused) as word:
        runs.give_verdict(store, run_id, "kv_contrast", "ok?")
    assert word.value.reason == "Enter your verdict: pass, warning or fail (p / w / f)."
    with pytest.raises(runs.ValueRefused) as limited:
        runs.give_verdict(store, run_id, "xray_output", "p")
    assert limited.value.reason == runs.NOT_JUDGED_HERE
    assert runs.give_verdict(store, run_id, "kv_contrast", "pass").verdict is Verdict.PASS
    # n/a (no kV imager) needs no baseline and no verdict.
    assert runs.record_value(store, run_id, "mv_noise", "n/a").verdict is Verdict.NOT_APPLICABLE
    with store.reading() as session:
        row = session.query(ChecklistValue).filter_by(run_id=run_id, item_id="kv_contrast").one()
        assert (row.number, row.baseline, row.difference, row.verdict) == (
            37.0,
            40.0,
            -7.5,
            Verdict.PASS,
        )


def test_a_later_baseline_does_not_change_a_recorded_value(store: Store) -> None:
    unit_id, order_id, run_id = judged_run(store)
    beam_values.set_baseline(store, run_id, "cbct_noise", None, "18", BaselineOccasion.ACCEPTANCE)
    runs.record_value(store, run_id, "cbct_noise", "20")
    beam_values.set_baseline(
        store, run_id, "cbct_noise", None, "21", BaselineOccasion.RECALIBRATION
    )
    item = runs.load_run(store, run_id).item("cbct_noise")
    assert item is not None and (item.baseline, item.difference) == (18.0, 2.0)
    assert item.current_baseline is not None and item.current_baseline.value == 21.0
    # The trend keeps each value with the baseline it was compared with.
    trend = load_trend(store, unit_id, "cbct_noise")
    assert [(p.value, p.baseline, p.difference) for p in trend.points] == [(20.0, 18.0, 2.0)]
    assert (trend.unit, trend.tolerance, trend.action) == ("HU", None, None)


def test_the_report_prints_value_baseline_difference_and_whose_verdict(
    store: Store, tmp_path: Path
) -> None:
    _, order_id, run_id = judged_run(store)
    beam_values.set_baseline(
        store, run_id, "cbct_hu_constancy", None, "2", BaselineOccasion.ACCEPTANCE
    )
    runs.record_value(store, run_id, "cbct_hu_constancy", "-1 HU")
    runs.record_value(store, run_id, "cbct_noise", "n/a")
    beam_values.set_baseline(store, run_id, "kv_noise", None, "1.1%", BaselineOccasion.ACCEPTANCE)
    runs.record_value(store, run_id, "kv_noise", "1.3")  # no verdict yet: the value shows
    pending = runs.load_run(store, run_id).item("kv_noise")
    assert pending is not None and pending.verdict is Verdict.PENDING
    runs.give_verdict(store, run_id, "cbct_hu_constancy", "p")
    english = gather(store, order_id, ReportKind.SERVICE, "en")
    (run,) = english.checklists
    (row,) = [r for r in run.rows if r.label.startswith("Cone-beam CT HU constancy")]
    assert (row.value, row.unit, row.verdict) == ("-1", "HU", Verdict.PASS)
    (noise,) = [r for r in run.rows if r.label.startswith("Planar kV noise")]
    assert (noise.value, noise.verdict) == ("1.3", Verdict.PENDING)
    assert noise.tolerance.startswith("baseline 1.1%, Δ +0.2%")
    assert row.tolerance == "baseline 2 HU, Δ -3 HU\nno limit; physicist's verdict"
    build_report(english, tmp_path / "en.pdf")
    text = text_of(tmp_path / "en.pdf")
    assert "baseline 2 HU, Δ -3 HU" in text and "physicist's verdict" in text
    chinese = gather(store, order_id, ReportKind.SERVICE, "zh_CN")
    build_report(chinese, tmp_path / "zh.pdf")
    text = text_of(tmp_path / "zh.pdf").replace(" ", "")  # narrow cells wrap anywhere
    assert "基准2HU，Δ-3HU" in text and "无限值，物理师判定" in text
