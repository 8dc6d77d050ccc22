"""A purchase plan to an .xlsx workbook (openpyxl), for the office and the approver."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from app.services.purchasing.plans import PlanView


def export_plan(
    plan: PlanView, headers: Sequence[str], labels: Sequence[tuple[str, str]], out: Path
) -> int:
    """One sheet: the plan's number, then `headers` (translated by the caller) and a row
    per line, urgent first; `labels` are each line's (source, decision) as the screen
    says them. Returns the lines written."""
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = plan.number
    sheet.append([plan.number, plan.title, plan.drafted_on.isoformat(), plan.drafted_by])
    sheet.append(list(headers))
    for cell in (*sheet[1], *sheet[2]):
        cell.font = Font(bold=True)
    urgent = PatternFill("solid", fgColor="FCE4E4")
    for line, (source, decision) in zip(plan.lines, labels, strict=True):
        sheet.append(
            [
                line.number,
                line.part_number,
                line.part_name,
                line.quantity,
                line.unit,
                source,
                line.work_order_number,
                line.supplier,
                line.unit_price,
                line.quantity * line.unit_price,
                decision,
                line.decision_reason,
                line.order_number,
            ]  # fmt: skip
        )
        if line.urgent:
            for cell in sheet[sheet.max_row]:
                cell.fill = urgent
    for column, width in zip(
        "ABCDEFGHIJKLM", (5, 18, 36, 8, 6, 16, 16, 26, 10, 12, 10, 30, 14), strict=True
    ):
        sheet.column_dimensions[column].width = width
    sheet.freeze_panes = "A3"
    out.parent.mkdir(parents=True, exist_ok=True)
    book.save(out)
    return len(plan.lines)
