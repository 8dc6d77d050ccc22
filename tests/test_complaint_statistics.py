"""Complaint statistics (§7.3.2) and `export-complaints`: the workbook read back."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from openpyxl import load_workbook

from app.domain.complaints import ComplaintCategory, ComplaintSeverity
from app.services.complaints import statistics
from app.services.store import Store
from tests import factories
from tests.complaint_helpers import assessed, closed, setting
from tests.test_cli import beamside


def test_statistics_by_every_dimension_with_time_to_close(store: Store) -> None:
    customer_id, unit_id = setting(store)
    done = closed(store, customer_id, unit_id)
    assessed(store, customer_id, unit_id)
    other, _, elekta = factories.hospital_with_unit(
        store, "南京鼓楼医院", "E151234", ("Elekta", "Versa HD")
    )
    assessed(store, other, elekta)
    facts = statistics.complaint_facts(store)
    assert len(facts) == 3
    [closed_one] = [f for f in facts if f.id == done]
    assert closed_one.days_to_close is not None and closed_one.days_to_close > 0
    by_hospital = statistics.statistics(facts, "hospital", date(2026, 11, 21))
    assert [(r.key, r.count, r.closed, r.open, r.overdue) for r in by_hospital] == [
        ("江苏省肿瘤医院", 2, 1, 1, 1),
        ("南京鼓楼医院", 1, 0, 1, 1),
    ]
    assert by_hospital[0].mean_days_to_close == closed_one.days_to_close
    assert by_hospital[1].mean_days_to_close is None
    by_model = statistics.statistics(facts, "model")
    assert {r.key: r.count for r in by_model} == {"Varian TrueBeam": 2, "Elekta Versa HD": 1}
    [by_category] = statistics.statistics(facts, "category")
    assert (by_category.key, by_category.count) == (ComplaintCategory.REPAIR_QUALITY, 3)
    [by_severity] = statistics.statistics(facts, "severity")
    assert by_severity.key is ComplaintSeverity.HIGH
    [month] = statistics.statistics(facts, "month")
    assert (month.key, month.count) == ("2026-11", 3)
    since = statistics.complaint_facts(store, date(2026, 11, 3))
    assert since == []


def test_export_complaints_writes_one_row_per_complaint(
    store: Store, data_dir: Path, tmp_path: Path
) -> None:
    customer_id, unit_id = setting(store)
    done = closed(store, customer_id, unit_id)
    assessed(store, customer_id, unit_id)
    store.engine.dispose()
    out = tmp_path / "out" / "complaints.xlsx"
    result = beamside(
        "--data-dir",
        str(data_dir),
        "--lang",
        "en",
        "export-complaints",
        "--since",
        "2026-11-01",
        "--out",
        str(out),
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"2 complaint(s) written to {out}"
    sheet = load_workbook(out).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    header = rows[0]
    assert header[:4] == ("Received", "Received by", "Complainant", "Hospital")
    assert header[-1] == "Days to close"
    assert len(rows) == 3
    by_state = {r[header.index("State")]: r for r in rows[1:]}
    assert set(by_state) == {"Closed", "Assessed"}
    closed_row = by_state["Closed"]
    assert closed_row[header.index("Root cause")] == "更换的离子泵控制器批次有缺陷"
    assert closed_row[header.index("Severity")] == "High"
    assert closed_row[header.index("Unit model")] == "Varian TrueBeam"
    assert isinstance(closed_row[header.index("Days to close")], float)
    assert by_state["Assessed"][header.index("Days to close")] is None
    assert done


def test_export_complaints_in_chinese_and_an_empty_range(
    store: Store, data_dir: Path, tmp_path: Path
) -> None:
    customer_id, unit_id = setting(store)
    closed(store, customer_id, unit_id)
    store.engine.dispose()
    out = tmp_path / "zh.xlsx"
    args = ["--data-dir", str(data_dir), "--lang", "zh_CN", "export-complaints"]
    done = beamside(*args, "--since", "2026-11-01", "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"已将 1 条投诉写入 {out}"
    sheet = load_workbook(out).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][0] == "受理时间"
    assert rows[1][rows[0].index("状态")] == "已关闭"
    assert beamside(*args, "--since", "2030-01-01", "--out", str(out)).returncode == 0
    assert len(list(load_workbook(out).active.iter_rows())) == 1
