"""The complaint register to an .xlsx workbook (openpyxl): one row per complaint with
its fields and time to close, for the office and the quality audit."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from app.domain.enums import LabelledEnum
from app.services.complaints.statistics import ComplaintFacts

COLUMNS = (
    "received_at",
    "source",
    "complainant",
    "hospital",
    "model",
    "serial",
    "matter",
    "category",
    "severity",
    "state",
    "owner_login",
    "deadline",
    "about_device",
    "adverse_event",
    "adverse_event_reported_to",
    "adverse_event_reported_on",
    "root_cause",
    "corrective_action",
    "satisfaction",
    "customer_feedback",
    "closed_at",
    "days_to_close",
)
WIDTHS = {"matter": 50, "root_cause": 40, "corrective_action": 40, "customer_feedback": 40}


def export_complaints(
    facts: Sequence[ComplaintFacts],
    headers: Sequence[str],
    label: Callable[[LabelledEnum], str],
    yes_no: tuple[str, str],
    out: Path,
) -> int:
    """Writes one sheet: `headers` (one per COLUMNS, translated by the caller), then a
    row per complaint, enums through `label`, times in the installation's zone (no
    zone in the cell: Excel has none); returns the rows written."""
    from openpyxl import Workbook  # imported when exporting: start-up does not need it
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    from app.domain import local_time

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(list(headers))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for one in facts:
        row: list[object] = []
        for name in COLUMNS:
            value = getattr(one, name)
            if name in ("received_at", "closed_at"):
                value = local_time.local(value).replace(tzinfo=None) if value else None
            elif isinstance(value, LabelledEnum):
                value = label(value)
            elif isinstance(value, bool):
                value = yes_no[0] if value else yes_no[1]
            row.append(value)
        sheet.append(row)
        for column in (1, COLUMNS.index("closed_at") + 1):
            sheet.cell(sheet.max_row, column).number_format = "yyyy-mm-dd hh:mm"
    for index, name in enumerate(COLUMNS, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = WIDTHS.get(name, 16)
    sheet.freeze_panes = "A2"
    out.parent.mkdir(parents=True, exist_ok=True)
    book.save(out)
    return len(facts)
