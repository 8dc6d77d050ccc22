"""`main.py --data-dir D budget --year YYYY --out FILE.xlsx` (issue 14 §9): the Costs
page's budget-vs-actual workbook from the command line, read back with openpyxl and
checked against hand-computed figures; no budget for the year and an unwritable path
are refused with a clear message and a non-zero exit."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from app.domain.enums import CostCategory, CostKind, Department
from app.services.costs import budgets, entries
from app.services.store import Store
from tests import factories
from tests.test_costs import ENGINEER, MANAGER, _job, _people, as_user


@pytest.fixture
def budgeted(store: Store) -> str:
    """3 March 2026: Li Na (200 ¥/h) travels 1 h and works 3.5 h on a repair (labour 700,
    travel time 200) and pays a 980 ¥ ticket; the budget has 1000 ¥ of travel and 500 ¥
    of maintenance in March. Travel: 1180 against 1000 (+180, +18.0 %); maintenance:
    700 against 500 (+200, +40.0 %)."""
    people = _people(store)
    customer_id, _, unit_id = factories.hospital_with_unit(store)
    as_user(store, MANAGER)
    entries.set_rate(store, people[ENGINEER], 200.0, date(2026, 1, 1))
    job = _job(store, unit_id, [people[ENGINEER]], labour=3.5)
    entries.add_entry(store, job, CostKind.TRAVEL, 980.0, date(2026, 3, 3), "机票")
    budget_id = budgets.draft(store, 2026, "2026 budget")
    field = Department.FIELD_SERVICE
    budgets.set_amount(store, budget_id, CostCategory.TRAVEL, customer_id, field, 3, 1000.0)
    budgets.set_amount(store, budget_id, CostCategory.MAINTENANCE, customer_id, field, 3, 500.0)
    return customer_id


def _main(data_dir: Path, *args: str) -> int:
    from app.cli import main

    return main(["--data-dir", str(data_dir), "--lang", "en", "budget", *args])


def test_the_command_writes_budget_against_actual_with_the_variance(
    budgeted: str, data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "budget-2026.xlsx"
    assert _main(data_dir, "--year", "2026", "--out", str(out)) == 0
    assert f"4 rows of budget against actual written to {out}" in capsys.readouterr().out
    book = load_workbook(out)
    assert book.sheetnames == ["By category", "By project and department"]
    rows = list(book["By category"].iter_rows(values_only=True))
    assert rows[0] == ("Category", "Project", "Department", "Month", "Budget", "Actual",
                       "Variance", "Variance %")  # fmt: skip
    assert rows[1:] == [
        ("Repair and maintenance", "Company-wide", "All departments", 3, 500.0, 700.0, 200.0, 40.0),
        ("Travel", "Company-wide", "All departments", 3, 1000.0, 1180.0, 180.0, 18.0),
    ]
    detail = list(book["By project and department"].iter_rows(values_only=True))[1:]
    assert [(r[0], r[2], r[3], r[4], r[5], r[6]) for r in detail] == [
        ("Repair and maintenance", "Field service", 3, 500.0, 700.0, 200.0),
        ("Travel", "Field service", 3, 1000.0, 1180.0, 180.0),
    ]
    assert {r[1] for r in detail} == {"江苏省肿瘤医院"}


def test_the_workbook_and_the_refusals_are_in_chinese(
    budgeted: str, data_dir: Path, tmp_path: Path
) -> None:
    """As a script runs it (a process of its own: a process's language is set once)."""
    from tests.test_cli import beamside

    out = tmp_path / "预算.xlsx"
    args = ["--data-dir", str(data_dir), "--lang", "zh_CN", "budget"]
    done = beamside(*args, "--year", "2026", "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert f"已将 4 行预算与实际对比写入 {out}" in done.stdout
    book = load_workbook(out)
    assert book.sheetnames == ["按费用类别", "按项目和部门"]
    assert next(book["按费用类别"].iter_rows(values_only=True))[4:7] == ("预算", "实际", "差异")
    refused = beamside(*args, "--year", "2025", "--out", str(tmp_path / "x.xlsx"))
    assert refused.returncode == 1
    assert "2025 年没有预算：请先在“费用”页面编制预算。" in refused.stderr


def test_no_budget_for_the_year_and_an_unwritable_path_are_refused(
    budgeted: str, data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "budget.xlsx"
    assert _main(data_dir, "--year", "2025", "--out", str(out)) == 1
    assert "There is no budget for 2025: draft one on the Costs page first." in (
        capsys.readouterr().err
    )
    assert not out.exists()
    nowhere = tmp_path / "no such folder" / "budget.xlsx"
    assert _main(data_dir, "--year", "2026", "--out", str(nowhere)) == 1
    assert f"{nowhere} cannot be written: No such file or directory" in capsys.readouterr().err
    with pytest.raises(SystemExit) as stopped:
        _main(data_dir, "--year", "20x6", "--out", str(out))
    assert stopped.value.code == 2
    assert "a year from 2000 to 2100: '20x6'" in capsys.readouterr().err
