"""A person-judged item measured per beam (MV imaging per MV energy): each beam keeps
its own baseline, value, difference and the physicist's verdict; one FAIL fails the
item for the release gate; the run screen, the report and the trend show each beam."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.db.unit_configuration import ChecklistBeamValue
from app.domain.enums import ReportKind, Verdict
from app.domain.unit_configuration import BaselineOccasion, BeamScope
from app.reports.builder import build_report
from app.services.checklists import beam_values
from app.services.checklists import checklist_runs as runs
from app.services.checklists.checklist_templates import parse_template
from app.services.kpis.trends import load_trend
from app.services.reports.report_content import gather
from app.services.store import Store
from app.ui.checklists.checklist_run_widget import COL_LIMITS, COL_VALUE, COL_VERDICT
from app.ui.i18n import install_translators
from tests.test_baseline_judged import judged_template
from tests.test_checklist_run_widget import editor, show, stored, type_value
from tests.test_per_beam_report import text_of
from tests.test_unit_configuration import beam_ids, configured_unit

ITEM = "mv_imaging_dose"
ACCEPTANCE = BaselineOccasion.ACCEPTANCE


def per_beam_template() -> dict[str, Any]:
    return judged_template(
        id=ITEM,
        label_en="MV imaging dose vs baseline",
        label_zh="MV 成像剂量与基准比较",
        unit="cGy",
        per_beam="photon",
        source="AAPM TG-142 (2009) Table VI, annual: imaging dose (baseline)",
        category="dosimetry",
    )


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    where = tmp_path / "templates"
    where.mkdir()
    text = yaml.safe_dump(per_beam_template(), allow_unicode=True)
    (where / "judged_per_beam.yaml").write_text(text, encoding="utf-8")
    return where


def started(store: Store, folder: Path) -> tuple[str, str, str, dict[str, str]]:
    unit_id, order_id = configured_unit(store)
    run_id = runs.start_run(store, order_id, "t", folder=folder)
    return unit_id, order_id, run_id, beam_ids(store, unit_id)


def test_a_judged_item_may_be_measured_per_beam() -> None:
    template, problems = parse_template(per_beam_template(), "ok.yaml")
    assert problems == [] and template is not None
    item = template.item(ITEM)
    assert item is not None and item.judged_by_person and item.per_beam is BeamScope.PHOTON


def test_each_beam_has_its_baseline_value_and_verdict(store: Store, folder: Path) -> None:
    _, _, run_id, beams = started(store, folder)
    six, ten, fff = beams["6 MV"], beams["10 MV"], beams["6 MV FFF"]
    # The beam's own baseline is needed; the item as a whole takes no value nor verdict.
    with pytest.raises(runs.ValueRefused) as refused:
        beam_values.record_beam_value(store, run_id, ITEM, six, "1.2 cGy")
    assert refused.value.reason == beam_values.NO_BASELINE
    assert refused.value.reason_args == ("6 MV",)
    with pytest.raises(runs.ValueRefused) as whole:
        runs.record_value(store, run_id, ITEM, "1.2")
    assert whole.value.reason == runs.PER_BEAM
    with pytest.raises(runs.ValueRefused) as item_verdict:
        runs.give_verdict(store, run_id, ITEM, "p")
    assert item_verdict.value.reason == runs.PER_BEAM_VERDICT
    with pytest.raises(runs.ValueRefused):  # the electron beam is not in the item's scope
        beam_values.record_beam_value(store, run_id, ITEM, beams["9 MeV"], "1")

    for beam_id, baseline in ((six, "1.0"), (ten, "1.5"), (fff, "0.8")):
        beam_values.set_baseline(store, run_id, ITEM, beam_id, baseline, ACCEPTANCE)
    with pytest.raises(runs.ValueRefused) as first:
        beam_values.give_beam_verdict(store, run_id, ITEM, six, "p")
    assert first.value.reason == runs.MEASURE_FIRST
    result = beam_values.record_beam_value(store, run_id, ITEM, six, "1.2 cGy")
    assert (result.text, result.verdict) == ("0/3", Verdict.PENDING)
    with pytest.raises(runs.ValueRefused) as wrong:
        beam_values.record_beam_value(store, run_id, ITEM, ten, "1.6 mGy")
    assert wrong.value.reason_args == ("cGy",)
    beam_values.record_beam_value(store, run_id, ITEM, ten, "1.4")
    beam_values.record_beam_value(store, run_id, ITEM, fff, "n/a")
    assert beam_values.give_beam_verdict(store, run_id, ITEM, six, "p").verdict is Verdict.PENDING
    # One beam failing fails the item (the row the release gate reads).
    assert beam_values.give_beam_verdict(store, run_id, ITEM, ten, "f").verdict is Verdict.FAIL
    assert stored(store, run_id)[ITEM].verdict is Verdict.FAIL
    with store.reading() as session:
        rows = {
            r.beam_label: (r.number, r.unit, r.baseline, r.difference, r.verdict)
            for r in session.scalars(
                select(ChecklistBeamValue).where(ChecklistBeamValue.run_id == run_id)
            )
        }
    assert rows == {
        "6 MV": (1.2, "cGy", 1.0, pytest.approx(0.2), Verdict.PASS),
        "10 MV": (1.4, "cGy", 1.5, pytest.approx(-0.1), Verdict.FAIL),
        "6 MV FFF": (None, "", None, None, Verdict.NOT_APPLICABLE),
    }
    # A new value on a beam waits for a new verdict.
    beam_values.record_beam_value(store, run_id, ITEM, ten, "1.5")
    assert stored(store, run_id)[ITEM].verdict is Verdict.PENDING
    beam_values.give_beam_verdict(store, run_id, ITEM, ten, "warning")
    item = runs.load_run(store, run_id).item(ITEM)
    assert item is not None and item.verdict is Verdict.WARNING and item.needs_comment
    assert [(b.beam_label, b.verdict) for b in item.beams] == [
        ("6 MV", Verdict.PASS),
        ("10 MV", Verdict.WARNING),
        ("6 MV FFF", Verdict.NOT_APPLICABLE),
    ]


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    install_translators(qapp, "en")
    yield
    QLocale.setDefault(QLocale("en"))


def test_the_run_screen_takes_each_beams_value_then_verdict(
    qtbot: QtBot, store: Store, folder: Path, english: None
) -> None:
    _, _, run_id, beams = started(store, folder)
    beam_values.set_baseline(store, run_id, ITEM, beams["6 MV"], "1.0", ACCEPTANCE)
    widget = show(qtbot, store, run_id)
    model = widget.model
    item_row = model.row_of(ITEM)
    six = model.row_of_beam(ITEM, beams["6 MV"])
    assert model.index(item_row, COL_LIMITS).data() == "No limit: your verdict"
    limits = model.index(six, COL_LIMITS).data()
    assert limits.startswith("Baseline 1 cGy (Acceptance") and limits.endswith("your verdict")
    assert model.judged_row(six) and not model.judged_row(item_row)
    widget.table.setCurrentIndex(model.index(six, COL_VALUE))
    assert widget.baseline_button.isEnabled()

    type_value(qtbot, widget, "1.3", Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: model.index(six, COL_VALUE).data() == "1.3 cGy  (Δ +0.3 cGy)")
    assert model.index(six, COL_VERDICT).data() == "— Not entered"
    assert "give your verdict" in widget.status.text()
    # Enter went on to this beam's verdict, on the same row.
    assert widget.table.currentIndex().row() == six
    assert widget.table.currentIndex().column() == COL_VERDICT
    qtbot.keyClicks(editor(widget), "f")
    qtbot.keyClick(editor(widget), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: model.index(six, COL_VERDICT).data() == "✘ Fail")
    assert model.index(item_row, COL_VERDICT).data() == "✘ Fail"
    assert model.index(item_row, COL_VALUE).data() == "1 of 3 beams"
    assert stored(store, run_id)[ITEM].verdict is Verdict.FAIL


def test_report_and_trend_carry_each_beam(store: Store, folder: Path, tmp_path: Path) -> None:
    unit_id, order_id, run_id, beams = started(store, folder)
    for label, baseline, value, verdict in (
        ("6 MV", "1.0", "1.1", "p"),
        ("10 MV", "1.5", "1.9", "f"),
    ):
        beam_values.set_baseline(store, run_id, ITEM, beams[label], baseline, ACCEPTANCE)
        beam_values.record_beam_value(store, run_id, ITEM, beams[label], value)
        beam_values.give_beam_verdict(store, run_id, ITEM, beams[label], verdict)
    beam_values.set_baseline(
        store, run_id, ITEM, beams["6 MV FFF"], "0.8", BaselineOccasion.RECALIBRATION
    )
    beam_values.record_beam_value(store, run_id, ITEM, beams["6 MV FFF"], "0.9")  # no verdict
    english = gather(store, order_id, ReportKind.SERVICE, "en")
    (run,) = english.checklists
    rows = {r.label: r for r in run.rows}
    assert rows["MV imaging dose vs baseline"].verdict is Verdict.FAIL
    assert (rows["↳ 10 MV"].value, rows["↳ 10 MV"].unit) == ("1.9", "cGy")
    limits = "baseline 1.5 cGy, Δ +0.4 cGy\nno limit; physicist's verdict"
    assert rows["↳ 10 MV"].tolerance == limits
    assert (rows["↳ 6 MV FFF"].value, rows["↳ 6 MV FFF"].verdict) == ("0.9", Verdict.PENDING)
    build_report(english, tmp_path / "en.pdf")
    text = text_of(tmp_path / "en.pdf")
    assert "baseline 1.5 cGy, Δ +0.4 cGy" in text and "baseline 1 cGy, Δ +0.1 cGy" in text
    chinese = gather(store, order_id, ReportKind.SERVICE, "zh_CN")
    build_report(chinese, tmp_path / "zh.pdf")
    text = text_of(tmp_path / "zh.pdf").replace(" ", "")
    assert "基准1.5cGy，Δ+0.4cGy" in text and "物理师判定" in text

    trend = load_trend(store, unit_id, ITEM)
    assert [s.beam for s in trend.series] == ["6 MV", "10 MV", "6 MV FFF"]
    ten = trend.series[1]
    assert [(p.value, p.baseline, p.difference, p.verdict) for p in ten.points] == [
        (1.9, 1.5, pytest.approx(0.4), Verdict.FAIL)
    ]
    assert (ten.baseline, ten.baseline_unit) == (1.5, "cGy")
    # charted as measured, the baseline beside it: no band and no line at 0
    assert (trend.tolerance, trend.action, trend.nominal, trend.from_baseline) == (
        None,
        None,
        None,
        False,
    )
