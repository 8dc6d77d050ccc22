"""The clinical-release gate on the server (issue 11 §1), as far as synced rows show it.

A laptop refuses a release while a safety or dosimetry item of the job's checklist
runs is FAIL or has no value (app/domain/clinical_release.py). The server judges the
same from the rows it holds — each run's template snapshot says which items are
safety or dosimetry, the checklist values say their verdicts — so a laptop of another
version, or a crafted push, cannot release a unit past a failed output check. The
return-to-service checks and acceptance testing depend on the laptop's data files and
are judged there only. A legacy release (carried over from the engineer's old
checkbox by migration 0013) is a record of the past, not a decision, and passes.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection

from app.domain.checklists import GATED_CATEGORIES, section_category
from sync.protocol import Change
from sync.server.models import SyncRow
from sync.server.records import select_rows
from sync.server.rules import WorkingSet

TABLE = "clinical_release"
_CONTENT = ("checklist_run", "checklist_value")
_BLOCKING = ("fail", "pending")


def release_refusal(connection: Connection, change: Change, rows: WorkingSet) -> str | None:
    """Why the server refuses this new release, or None."""
    if change.table != TABLE or change.op != "insert" or change.fields.get("legacy"):
        return None
    order_id = change.fields.get("work_order_id")
    if not isinstance(order_id, str):
        return None
    held = {
        (row.table, row.id): row
        for row in select_rows(
            connection, (SyncRow.work_order_id == order_id) & SyncRow.table_name.in_(_CONTENT)
        )
    }
    held.update(  # rows of this batch, already merged into the working set
        {key: row for key, row in rows.rows.items() if key[0] in _CONTENT}
    )
    live = [row for row in held.values() if row.data.get("deleted_at") is None]
    verdicts = {
        (row.data.get("run_id"), row.data.get("item_id")): row.data.get("verdict")
        for row in live
        if row.table == "checklist_value"
    }
    blocking = [
        f"{item_id} ({verdicts.get((run.id, item_id)) or 'pending'})"
        for run in live
        if run.table == "checklist_run" and run.work_order_id == order_id
        for item_id in _gated_items(run.data)
        if (verdicts.get((run.id, item_id)) or "pending") in _BLOCKING
    ]
    if not blocking:
        return None
    order = rows.get("work_order", order_id)
    number = order.data.get("number") if order else None
    return (
        f"validation: work order {number or order_id} cannot be released for clinical use: "
        f"safety or dosimetry items failed or without a value: {', '.join(blocking)}"
    )


def _gated_items(run: dict[str, Any]) -> list[str]:
    """The safety and dosimetry items of a run's template snapshot for its class."""
    snapshot = run.get("template_snapshot")
    machine_class = run.get("machine_class") or ""
    found: list[str] = []
    sections = snapshot.get("sections", []) if isinstance(snapshot, dict) else []
    for section in sections if isinstance(sections, list) else []:
        if not isinstance(section, dict):
            continue
        try:
            category = section_category(str(section.get("id", "")), section.get("category"))
        except ValueError:
            continue
        for item in section.get("items", []) or []:
            if not isinstance(item, dict):
                continue
            classes = item.get("classes") or []
            if classes and machine_class not in classes:
                continue
            given = item.get("category")
            if (given or category) in GATED_CATEGORIES and isinstance(item.get("id"), str):
                found.append(item["id"])
    return found
