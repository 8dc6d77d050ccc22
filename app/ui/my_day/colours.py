"""How urgency, state and lateness look on the "My day" page.

The palette is the checklist verdicts' (app/ui/checklists/checklist_run_widget.py):
red for what is late or urgent, amber for what waits, green for what is nearly done,
each a pale background under dark text so it reads in both themes' table rows. The
words stay in the cells, so nothing depends on colour alone.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale

from app.domain.enums import Priority, WorkOrderState

# The verdict colours of checklist_run_widget.COLOURS (not imported: that module brings
# the checklist machinery, which the start page does not need).
RED = ("#fbdddd", "#9b1218")
AMBER = ("#fff0bf", "#6b4a00")
GREEN = ("#e2f3e5", "#1b5e2a")
BLUE = ("#e3ecfa", "#174ea6")  # new work, not yet started

# (background, text) per urgency; low and normal keep the row's own colours.
PRIORITY_COLOURS: dict[Priority, tuple[str, str]] = {
    Priority.URGENT: RED,
    Priority.HIGH: AMBER,
}
STATE_COLOURS: dict[WorkOrderState, tuple[str, str]] = {
    WorkOrderState.REPORTED: BLUE,
    WorkOrderState.ACKNOWLEDGED: BLUE,
    WorkOrderState.AWAITING_PARTS: AMBER,
    WorkOrderState.TRIAL_RUN: GREEN,
    WorkOrderState.COMPLETED: GREEN,
    WorkOrderState.CUSTOMER_SIGNED: GREEN,
}
OVERDUE = RED


def hospital_name(name_zh: str, name_en: str) -> str:
    """The hospital's name in the UI's language: English screens use the stored English
    name when there is one."""
    if name_en and not QLocale().name().startswith("zh"):
        return name_en
    return name_zh
