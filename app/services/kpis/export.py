"""KPI tables to an .xlsx workbook (openpyxl): a sheet per level, and one sheet listing
the work orders behind every figure, so a disputed number is checked record by record."""

from __future__ import annotations

from pathlib import Path

from app.domain.kpis import SHARES, Kpi, Level
from app.services.kpis.tables import (
    DRILL_SHEET_LABEL,
    FIGURE_LABEL,
    KPI_LABELS,
    LEVEL_LABELS,
    NOT_COUNTED_LABEL,
    PERIOD_LABEL,
    WORK_ORDERS_LABEL,
    KpiTables,
    Translate,
    exclusions_by_job,
)


def export_tables(tables: KpiTables, out: Path, tr: Translate) -> int:
    """Writes the workbook; returns the number of KPI rows written (all sheets)."""
    from openpyxl import Workbook  # imported when exporting: start-up does not need it
    from openpyxl.styles import Font

    book = Workbook()
    first = book.active
    assert first is not None
    book.remove(first)
    drill = []
    written = 0
    kpis = list(Kpi)
    for level, rows in tables.tables.items():
        sheet = book.create_sheet(tr(LEVEL_LABELS[level])[:31])
        sheet.append(
            [tr(LEVEL_LABELS[level]), tr(PERIOD_LABEL), *(tr(KPI_LABELS[k]) for k in kpis)]
        )
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for row in rows:
            name = (
                tables.names.name(level, row.key)
                if level is not Level.ALL
                else tr(LEVEL_LABELS[Level.ALL])
            )
            values = [row.figures[k].value for k in kpis]
            sheet.append([name, row.period, *values])
            for column, kpi in enumerate(kpis, start=3):
                if kpi in (Kpi.UPTIME, Kpi.UPTIME_GUARANTEE):
                    sheet.cell(sheet.max_row, column).number_format = "0.0%"
                elif kpi in SHARES:
                    sheet.cell(sheet.max_row, column).number_format = "0%"
                elif kpi not in (Kpi.JOBS, Kpi.REPEAT_FAILURES):
                    sheet.cell(sheet.max_row, column).number_format = "0.0"
                figure = row.figures[kpi]
                if figure.jobs:
                    numbers = " ".join(tables.names.numbers.get(i, i) for i in figure.jobs)
                    line = [tr(LEVEL_LABELS[level]), name, row.period, tr(KPI_LABELS[kpi]), numbers]
                    why = exclusions_by_job(figure.exclusions, tr)
                    if why:  # uptime's: what the contract did not count, and why
                        line.append(
                            "; ".join(
                                f"{tables.names.numbers.get(job, job)}: {text}"
                                for job, text in why.items()
                            )
                        )
                    drill.append(line)
            written += 1
        sheet.freeze_panes = "C2"
        sheet.column_dimensions["A"].width = 28
    sheet = book.create_sheet(tr(DRILL_SHEET_LABEL)[:31])
    sheet.append(
        [
            tr(LEVEL_LABELS[Level.ALL]),
            "",
            tr(PERIOD_LABEL),
            tr(FIGURE_LABEL),
            tr(WORK_ORDERS_LABEL),
            tr(NOT_COUNTED_LABEL),
        ]
    )
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for line in drill:
        sheet.append(line)
    out.parent.mkdir(parents=True, exist_ok=True)
    book.save(out)
    return written


def export_rows(out: Path, title: str, headers: list[str], rows: list[list[object]]) -> int:
    """One table as the screen shows it to a one-sheet workbook; returns the rows written."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    # a sheet's name is at most 31 characters, none of []:*?/\\
    sheet.title = "".join(c for c in title if c not in "[]:*?/\\")[:31] or "Sheet"
    sheet.append(headers)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows:
        sheet.append(row)
    for index, header in enumerate(headers, start=1):
        longest = max([len(str(header)), *(len(str(r[index - 1])) for r in rows)])
        sheet.column_dimensions[sheet.cell(1, index).column_letter].width = min(60, longest + 4)
    sheet.freeze_panes = "A2"
    out.parent.mkdir(parents=True, exist_ok=True)
    book.save(out)
    return len(rows)
