"""Budget vs actual to an .xlsx workbook (openpyxl): one sheet by category and month,
one with every category, project, department and month."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from app.domain.costs import VarianceRow, by_category
from app.domain.enums import LabelledEnum
from app.domain.i18n import QT_TRANSLATE_NOOP
from app.services.costs.budgets import BudgetView

Translate = Callable[[str], str]  # a "Costs" source text in the user's language
Label = Callable[[LabelledEnum], str]  # an enum member's label in the user's language

SUMMARY_SHEET = QT_TRANSLATE_NOOP("Costs", "By category")
DETAIL_SHEET = QT_TRANSLATE_NOOP("Costs", "By project and department")
HEADERS = (
    QT_TRANSLATE_NOOP("Costs", "Category"),
    QT_TRANSLATE_NOOP("Costs", "Project"),
    QT_TRANSLATE_NOOP("Costs", "Department"),
    QT_TRANSLATE_NOOP("Costs", "Month"),
    QT_TRANSLATE_NOOP("Costs", "Budget"),
    QT_TRANSLATE_NOOP("Costs", "Actual"),
    QT_TRANSLATE_NOOP("Costs", "Variance"),
    QT_TRANSLATE_NOOP("Costs", "Variance %"),
)
COMPANY = QT_TRANSLATE_NOOP("Costs", "Company-wide")
ALL_DEPARTMENTS = QT_TRANSLATE_NOOP("Costs", "All departments")


def export_budget(view: BudgetView, out: Path, tr: Translate, label: Label) -> int:
    """Writes the workbook; returns the number of rows written (both sheets)."""
    from openpyxl import Workbook  # imported when exporting: start-up does not need it
    from openpyxl.styles import Font

    book = Workbook()
    first = book.active
    assert first is not None
    book.remove(first)
    written = 0
    for title, rows in ((SUMMARY_SHEET, by_category(view.rows)), (DETAIL_SHEET, view.rows)):
        sheet = book.create_sheet(tr(title)[:31])
        sheet.append([tr(h) for h in HEADERS])
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for row in rows:
            sheet.append(_cells(row, view, tr, label))
            for column in (5, 6, 7):
                sheet.cell(sheet.max_row, column).number_format = "#,##0.00"
            written += 1
        sheet.freeze_panes = "B2"
    book.save(out)
    return written


def _cells(row: VarianceRow, view: BudgetView, tr: Translate, label: Label) -> list[object]:
    project = view.projects.get(row.project, row.project) if row.project else tr(COMPANY)
    department = label(row.department) if row.department else tr(ALL_DEPARTMENTS)
    return [
        label(row.category), project, department, row.month, row.budget, row.actual,
        row.variance, row.variance_percent,
    ]  # fmt: skip
