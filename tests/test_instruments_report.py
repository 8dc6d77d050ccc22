"""The report prints each run's instruments per section with serial and due date, and
warns in zh_CN and en when one was past its due date at the run's date."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from app.db.fieldwork import ChecklistRun
from app.domain import local_time
from app.domain.enums import ReportKind, UserRole
from app.services.checklists import checklist_runs as runs
from app.services.instruments import run_instruments
from app.services.reports.report_content import gather
from app.services.store import Store
from tests.instrument_helpers import add, as_role, run_on_new_order
from tests.test_reports import build, page_texts, squeeze


def report_text(store: Store, run_id: str, language: str, folder: Path) -> str:
    with store.reading() as session:
        order_id = session.get(ChecklistRun, run_id).work_order_id  # type: ignore[union-attr]
    content = gather(store, order_id, ReportKind.SERVICE, language)
    return squeeze("\n".join(page_texts(build(content, folder, f"{language}.pdf"))))


@pytest.fixture
def run_with_instruments(store: Store) -> tuple[str, date]:
    as_role(store, UserRole.SERVICE_MANAGER, "boss")
    overdue_on = local_time.today() - timedelta(days=3)
    good = add(store, "002345", due=local_time.today() + timedelta(days=200))
    late = add(
        store,
        "010532",
        due=overdue_on,
        model="Farmer 30013",
        certificate_no="NIM-DL-2025-0777",
        calibrated_on=overdue_on - timedelta(days=365),
    )
    run_id = run_on_new_order(store)
    first, second = runs.load_run(store, run_id).sections[:2]
    run_instruments.set_section_instruments(store, run_id, first.id, [good, late])
    run_instruments.set_section_instruments(store, run_id, second.id, [good])
    return run_id, overdue_on


def test_the_report_prints_instruments_and_the_overdue_warning_in_both_languages(
    store: Store, run_with_instruments: tuple[str, date], tmp_path: Path
) -> None:
    run_id, overdue_on = run_with_instruments
    english = report_text(store, run_id, "en", tmp_path)
    assert squeeze("Test instruments used") in english
    assert squeeze("PTW UNIDOS webline T10021") in english and "002345" in english
    assert squeeze(f"▲ {overdue_on.isoformat()} PAST DUE") in english
    assert squeeze("Warning: calibration past due at the run's date") in english
    assert squeeze(f"PTW Farmer 30013 (serial 010532, due {overdue_on.isoformat()})") in english
    chinese = report_text(store, run_id, "zh_CN", tmp_path)
    assert "使用的测试仪器" in chinese and "静电计" in chinese
    assert "已超过校准有效期" in chinese
    assert (
        squeeze(f"PTW Farmer 30013（序列号 010532，有效期至 {overdue_on.isoformat()}）") in chinese
    )


def test_no_warning_when_every_instrument_was_in_date(
    store: Store, run_with_instruments: tuple[str, date], tmp_path: Path
) -> None:
    run_id, _ = run_with_instruments
    section = runs.load_run(store, run_id).sections[0].id
    used = run_instruments.instruments_of_run(store, run_id).of_section(section)
    in_date = [u.instrument.id for u in used if not u.overdue]
    run_instruments.set_section_instruments(store, run_id, section, in_date)
    text = report_text(store, run_id, "en", tmp_path)
    assert "002345" in text and "010532" not in text
    assert "PASTDUE" not in text and "Warning:calibration" not in text
