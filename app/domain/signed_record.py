"""What a signature covers, shared by the laptop that locks a signed work order
(app/services/signing/record_lock.py) and the server that refuses pushed edits of one
(sync/server/rules.py, sign_race.py): which tables hold a work order's content, which
of its fields may still change once it is signed, and how the content is hashed.

The content is the work order and every live row recorded on it: the CONTENT_TABLES
(each row carries `work_order_id`) and the RUN_CHILD_TABLES through their checklist run
(checklist values, and the instruments each section was measured with, which the report
prints). What may still change on a signed order is its workflow (closing it, for one).
"""

from __future__ import annotations

import hashlib
import json
from datetime import datetime
from typing import Any

from app.domain import workflow

WORK_ORDER = "work_order"
CONTENT_TABLES = (
    "repair_record",
    "installation_record",
    "checklist_run",
    "part_usage",
    "finding",
    "running_parameter",
    "work_order_assignment",
    "attachment",
    "trainee",
)
CHECKLIST_VALUE = "checklist_value"  # content through its checklist_run
INSTRUMENT_USE = "instrument_use"  # content through its checklist_run
CHECKLIST_BEAM_VALUE = "checklist_beam_value"  # per-beam values, through their run
# Rows that carry `run_id`, not `work_order_id`: their run says whose content they are.
RUN_CHILD_TABLES = (CHECKLIST_VALUE, INSTRUMENT_USE, CHECKLIST_BEAM_VALUE)
# Tables whose content enters the hash only when the order has rows of them, so that a
# record signed before they were content hashes as it did then.
OPTIONAL_TABLES = frozenset({INSTRUMENT_USE, CHECKLIST_BEAM_VALUE})
# Fields added to content tables later, left out of the hash while empty ("" or None)
# for the same reason: a run signed before the field existed hashes as it did then.
OPTIONAL_FIELDS = frozenset({"class_override_reason"})
WORKFLOW_FIELDS = frozenset({"state", "updated_at", "updated_by", *workflow.STAMPS.values()})
# Bookkeeping, not content: a sync or a re-save must not change the hash.
UNSIGNED_FIELDS = frozenset({"created_at", "updated_at", "updated_by", "sync_clocks"})


def _json_value(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    if hasattr(value, "value"):  # enums
        return value.value
    return str(value)


def content_hash(content: dict[str, Any]) -> str:
    """SHA-256 of the content as canonical JSON (sorted keys, compact, UTF-8)."""
    body = json.dumps(
        content, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=_json_value
    )
    return hashlib.sha256(body.encode("utf-8")).hexdigest()
