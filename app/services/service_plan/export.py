"""The year's plan as a spreadsheet for the office (openpyxl): one row per visit."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from openpyxl import Workbook

from app.services.service_plan.views import year_visits
from app.services.store import Store

HEADER = (
    "hospital",
    "unit",
    "serial",
    "kind",
    "checklist",
    "planned_on",
    "start",
    "duration_h",
    "window_start",
    "window_end",
    "engineer",
    "state",
    "work_order",
    "standing",
)


def export_plan(store: Store, year: int, target: Path, today: date) -> int:
    """Writes `year`'s visits to `target`; returns how many rows."""
    rows = year_visits(store, year, everyone=True)
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = f"plan {year}"
    sheet.append(HEADER)
    for r in rows:
        sheet.append(
            (
                r.hospital,
                r.unit,
                r.serial,
                str(r.kind),
                r.template_id,
                r.planned_on,
                r.time_text,
                r.duration_minutes / 60,
                r.window_start,
                r.window_end,
                r.engineer,
                str(r.state),
                r.work_order_number,
                str(r.standing(today)),
            )
        )
    sheet.freeze_panes = "A2"
    target.parent.mkdir(parents=True, exist_ok=True)
    book.save(target)
    return len(rows)
