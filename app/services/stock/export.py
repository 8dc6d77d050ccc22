"""On-hand by location and part to an .xlsx workbook (openpyxl), for the office."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from app.services.stock.views import OnHand


def export_on_hand(
    rows: Sequence[OnHand],
    headers: Sequence[str],
    location_names: Sequence[str],
    out: Path,
    unit_of: Callable[[str], str] = str,
) -> int:
    """Writes one sheet: `headers` (translated by the caller), then a row per part and
    location with the location named as the caller shows it and the unit in its
    language (`unit_of`); returns rows written."""
    from openpyxl import Workbook  # imported when exporting: start-up does not need it
    from openpyxl.styles import Font, PatternFill

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(list(headers))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    red = Font(color="C00000")
    low = PatternFill("solid", fgColor="FFF2CC")
    for row, name in zip(rows, location_names, strict=True):
        sheet.append(
            [
                name,
                row.part.part_number,
                row.part.description,
                row.quantity,
                unit_of(row.part.unit),
                row.part.reorder_level if row.watched else None,
            ]
        )
        if row.negative:
            sheet.cell(sheet.max_row, 4).font = red
        if row.low:
            for cell in sheet[sheet.max_row]:
                cell.fill = low
    for column, width in zip("ABCDEF", (28, 18, 40, 10, 8, 12), strict=True):
        sheet.column_dimensions[column].width = width
    sheet.freeze_panes = "A2"
    out.parent.mkdir(parents=True, exist_ok=True)
    book.save(out)
    return len(rows)


def export_movements(rows: Sequence[Sequence[object]], headers: Sequence[str], out: Path) -> int:
    """Movements for a period, one per row as the caller words them (kinds and
    locations in its language); returns rows written."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(list(headers))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows:
        sheet.append(list(row))
    for index, width in enumerate((18, 18, 18, 10, 24, 24, 20, 16, 30, 14), start=1):
        sheet.column_dimensions[chr(64 + index)].width = width
    sheet.freeze_panes = "A2"
    out.parent.mkdir(parents=True, exist_ok=True)
    book.save(out)
    return len(rows)
