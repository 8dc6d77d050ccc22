"""Per-change rules of a push: validation, permission, unknown rows, append-only tables,
the signed-record lock, edits of deleted rows, and the merge (docs/sync.md).

Pure: `decide()` works on a `WorkingSet` (the rows a batch touches, loaded by push.py
in a few queries) and changes it in memory; push.py writes the outcome. Reasons are
English and stable, prefixed by their kind ("validation: …", "permission: …",
"unknown row: …", "duplicate: …", "append-only: …", "signed: …", "deleted: …",
"workflow: …"), so the laptop can recognise and translate them. "workflow" refuses a
step whose condition the record does not meet: "customer signed" without a live
customer signature on the work order. A valid change every value of which lost to a
newer edit is answered "lost" (reason "lost: …", with its conflicts), never "applied".
Fields that name the author are the pushing user's (permissions.py). A "duplicate" is
a second record under a natural key another record holds (a login, a work-order
number, a second repair record of one work order): laptops' tables refuse it, so the
server does too and sends the holder, which the laptop merges its copy into
(sync/client/duplicates.py).

The lock is the laptop's (`app/domain/signed_record.py` says what a signature covers):
a work order with a live signature and no open amendment (newest amendment not yet
signed) is signed; its content rows (the `CONTENT_TABLES`, and the `RUN_CHILD_TABLES`,
checklist values and instrument use, through their run) and its fields other than the
workflow fields may not change. Signatures, amendments, workflow events and report
files may still be added: that is how a signed job is closed or amended. An amendment
that a live signature closes is as final as that signature.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Literal

from app.db.codec import natural_key_text
from app.domain import conclusions, signed_record
from app.domain import costs as cost_rules
from app.domain import customer_downtime as downtime_rules
from app.domain.clock import (
    ROW_CLOCK,
    STAMP_FIELDS,
    FieldConflict,
    field_clock,
    merge_fields,
    parse_hlc,
)
from app.domain.enums import LocationKind, UserRole
from app.domain.signed_record import WORKFLOW_FIELDS
from sync.protocol import DEPENDENTS, MAX_CLOCK_AHEAD_MS, Change, Code, code_of
from sync.server.catalog import completed, storable_text, synced_tables
from sync.server.permissions import (
    STOCK_LOCATION_FIELDS,
    Locations,
    author_fields,
    creation_refusal,
    decider_refusal,
    decision_refusal,
    field_refusal,
    may_read_row,
    own_row_refusal,
    private_refusal,
    reason_refusal,
    signer_refusal,
    step_refusal,
    stock_refusal,
    table_refusal,
)

CUSTOMER_MEANINGS = frozenset(str(m) for m in conclusions.CUSTOMER_MEANINGS)
# A stock movement is corrected by a reversing movement, never edited (procedure §6.2).
APPEND_ONLY = frozenset(
    {"signature", "work_order_event", "report_file", "stock_movement", "purchase_receipt"}
)
CONTENT_TABLES = frozenset(signed_record.CONTENT_TABLES)
RUN_CHILD_TABLES = frozenset(signed_record.RUN_CHILD_TABLES)  # content through their run
LOCK_TABLES = frozenset({"signature", "amendment"})  # rows that decide a lock
_MISSING = object()
SERVER_MARK = "+server"  # appended to the clock of a value the server set
LOST = "lost: a newer edit of this record was kept"
_dumps = json.JSONEncoder(ensure_ascii=False, allow_nan=False, separators=(",", ":")).encode


@dataclass
class WorkRow:
    """A stored row as the batch sees it (and changes it)."""

    table: str
    id: str
    data: dict[str, Any]
    clocks: dict[str, str]
    work_order_id: str | None
    seq: int = 0
    stored: bool = True  # False: inserted by this batch
    dirty: bool = False
    # The JSON texts of data and clocks while they are known (as loaded or as received),
    # so neither the write nor the answer serialises them again; None after a change.
    data_text: str | None = None
    clocks_text: str | None = None


class WorkingSet:
    """The rows of one push, by key, plus signatures/amendments by work order."""

    def __init__(self) -> None:
        self.rows: dict[tuple[str, str], WorkRow] = {}
        self._locks: dict[str, dict[tuple[str, str], WorkRow]] = defaultdict(dict)
        self.keys: dict[tuple[str, str], str] = {}  # (table, natural key) -> row id
        self.events: dict[str, list[WorkRow]] = defaultdict(list)  # work order -> events

    def add(self, row: WorkRow) -> None:
        self.rows[(row.table, row.id)] = row
        key = natural_key_text(row.table, row.data)
        if key is not None and row.data.get("deleted_at") is None:  # tombstones hold no key
            self.keys.setdefault((row.table, key), row.id)
        if row.table in LOCK_TABLES and row.work_order_id:
            self._locks[row.work_order_id][(row.table, row.id)] = row
        if row.table == "work_order_event" and row.work_order_id:
            self.events[row.work_order_id].append(row)

    def explained(self, order: WorkRow, source: str, target: str) -> bool:
        """A stored workflow event with a reason for this step, written after the
        order entered its state (an earlier push of the same laptop's round)."""
        since = field_clock(order.clocks, "state") or ""
        return any(
            e.data.get("from_state") == source
            and e.data.get("to_state") == target
            and isinstance(e.data.get("reason"), str)
            and e.data["reason"].strip()
            and (e.clocks.get(ROW_CLOCK) or "") > since
            for e in self.events.get(order.id, [])
        )

    def get(self, table: str, row_id: Any) -> WorkRow | None:
        return self.rows.get((table, row_id)) if isinstance(row_id, str) else None

    def signed_amendment(self, amendment: WorkRow) -> bool:
        """A live signature closes this amendment: it is as final as the signature."""
        rows = self._locks.get(amendment.work_order_id or "", {}).values()
        return any(
            r.table == "signature"
            and r.data.get("amendment_id") == amendment.id
            and r.data.get("deleted_at") is None
            for r in rows
        )

    def customer_signed(self, work_order_id: str) -> bool:
        """A live signature of the customer (accepted or received by) stands on the
        work order: what the "customer signed" step names (app/domain/workflow.py)."""
        return any(
            row.table == "signature"
            and row.data.get("deleted_at") is None
            and row.data.get("meaning") in CUSTOMER_MEANINGS
            for row in self._locks.get(work_order_id, {}).values()
        )

    def locked(self, work_order_id: str) -> bool:
        rows = list(self._locks.get(work_order_id, {}).values())
        signatures = [r for r in rows if r.table == "signature"]
        if not any(r.data.get("deleted_at") is None for r in signatures):
            return False
        amendments = [
            r for r in rows if r.table == "amendment" and r.data.get("deleted_at") is None
        ]
        if not amendments:
            return True
        latest = max(amendments, key=lambda r: (_when(r.data.get("created_at")), r.id))
        return any(s.data.get("amendment_id") == latest.id for s in signatures)


@dataclass
class Decision:
    status: Literal["applied", "rejected", "lost"]
    reason: str = ""
    conflicts: list[FieldConflict] = field(default_factory=list)
    prior: dict[str, Any] | None = None
    row: WorkRow | None = None
    changed: bool = False  # the row was written (gets a new seq)
    code: Code | None = None  # None: the code the reason's prefix names (`code_of`)

    def refusal_code(self) -> Code | None:
        return self.code or (code_of(self.reason) if self.reason else None)


def _when(text: Any) -> datetime:
    try:
        moment = datetime.fromisoformat(text)
    except (TypeError, ValueError):
        return datetime.min.replace(tzinfo=UTC)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


# --- validation (no database needed) -----------------------------------------------------


def validate(change: Change, now_ms: int) -> tuple[str | None, str]:
    """(why the change is invalid or None, its fields as JSON text to store)."""
    reason = _check(change, now_ms)
    try:
        fields_json = _dumps(change.fields)
        fields_json.encode("utf-8")
    except (ValueError, RecursionError, UnicodeEncodeError):
        return reason or "validation: a value is not valid JSON text", "{}"
    return reason, fields_json


def _check(change: Change, now_ms: int) -> str | None:
    for text in (change.change_id, change.table, change.id, change.hlc):
        if not storable_text(text):
            return "validation: the change id, table, id or clock has characters not allowed"
    spec = synced_tables().get(change.table)
    if spec is None:
        return f"validation: unknown table '{change.table}'"
    try:
        wall_ms = parse_hlc(change.hlc)[0]
    except ValueError:
        return f"validation: not a clock: {change.hlc!r}"
    if wall_ms > now_ms + MAX_CLOCK_AHEAD_MS:
        minutes = (wall_ms - now_ms) // 60_000
        return f"validation: the change's clock is {minutes} minutes ahead of the server"
    if not change.fields:
        return "validation: a change without fields"
    for name, value in change.fields.items():
        column = spec.columns.get(name)
        if column is None:
            return f"validation: unknown field {name!r} of '{change.table}'"
        if value is None:
            if not column.nullable:
                return f"validation: '{change.table}.{name}' may not be empty"
            continue
        problem = column.check(value)
        if problem:
            return f"validation: '{change.table}.{name}': {problem}"
    if change.fields.get("id", change.id) != change.id:
        return "validation: the field 'id' differs from the change's id"
    if change.op == "insert":
        missing = [name for name in spec.required if name not in change.fields]
        if missing:
            return f"validation: an insert of '{change.table}' needs {', '.join(sorted(missing))}"
    return None


# --- the decision ------------------------------------------------------------------------


def work_order_of(table: str, row_id: str, data: dict[str, Any], rows: WorkingSet) -> str | None:
    """The work order whose signed content a row belongs to (the denormalised column)."""
    if table == "work_order":
        return row_id
    if table in RUN_CHILD_TABLES:
        run = rows.get("checklist_run", data.get("run_id"))
        return run.work_order_id if run else None
    value = data.get("work_order_id")
    # The column holds it raw (the row's JSON escapes it): a NUL, which PostgreSQL text
    # cannot hold, names no work order anyway.
    return value if isinstance(value, str) and storable_text(value) else None


def _touched_orders(change: Change, current: WorkRow | None, rows: WorkingSet) -> set[str]:
    """Work orders whose signed content this change would alter."""
    if change.table == "work_order":
        if current is None:
            return set()  # a new order is not signed yet
    elif change.table not in CONTENT_TABLES and change.table not in RUN_CHILD_TABLES:
        return set()
    changed = {
        k for k, v in change.fields.items() if current is None or current.data.get(k, _MISSING) != v
    }
    if not changed:
        return set()
    if change.table == "work_order":
        return {change.id} if changed - WORKFLOW_FIELDS else set()
    before = current.work_order_id if current else None
    if change.table in CONTENT_TABLES:
        after = change.fields.get("work_order_id", before)
    else:  # a run's child; a row stored before its table was content has no order yet
        if current is not None and before is None:
            before = work_order_of(change.table, change.id, current.data, rows)
        run = rows.get("checklist_run", change.fields.get("run_id"))
        after = run.work_order_id if run else before
    return {w for w in (before, after) if isinstance(w, str)}


def _refused_conflicts(change: Change, current: WorkRow | None, kind: Any) -> list[FieldConflict]:
    data = current.data if current else {}
    clocks = current.clocks if current else {}
    return [
        FieldConflict(name, kind, value, change.hlc, data.get(name), field_clock(clocks, name))
        for name, value in change.fields.items()
        if name not in STAMP_FIELDS and name != "id"
    ]


@dataclass(frozen=True)
class Author:
    """Who pushes, and what the batch as a whole says (the reasons of its reopenings)."""

    role: UserRole
    login: str
    now: datetime
    # (work order, from state, to state) of the batch's workflow events with a reason
    explained: frozenset[tuple[str, str, str]] = frozenset()
    # The server's account names, when the batch names a decider (decider_refusal)
    accounts: frozenset[str] = frozenset()


def explained_steps(changes: list[Change]) -> frozenset[tuple[str, str, str]]:
    found = set()
    for change in changes:
        if change.table == "work_order_event" and change.op == "insert":
            f = change.fields
            reason = f.get("reason")
            if isinstance(reason, str) and reason.strip():
                found.add((str(f.get("work_order_id")), str(f.get("from_state")),
                           str(f.get("to_state"))))  # fmt: skip
    return frozenset(found)


def _restamped(change: Change, login: str) -> tuple[Change, frozenset[str]]:
    """The change with its authorship fields set to the pushing user, and which of
    them the server changed."""
    names = [
        n for n in author_fields(change.table) if n in change.fields and change.fields[n] != login
    ]
    if not names:
        return change, frozenset()
    fields = {**change.fields, **dict.fromkeys(names, login)}
    return change.model_copy(update={"fields": fields}), frozenset(names)


def server_clock(hlc: str) -> str:
    """The clock of a value the server set in place of the author's: just after the
    author's clock (a node's clock has a fixed-width node; a longer text sorts after)."""
    return f"{hlc}{SERVER_MARK}"


def _stock_refusal(
    change: Change, current: WorkRow | None, who: Author, rows: WorkingSet
) -> str | None:
    """Stock changes on a kit the pusher does not hold; a stocktake decided by a role
    that may not (`permissions.stock_refusal`)."""
    if change.table != "stocktake" and change.table not in STOCK_LOCATION_FIELDS:
        return None
    fields = change.fields
    if change.table != "stocktake" and current is not None:
        fields = {**current.data, **change.fields}
    locations: Locations = {}
    for name in STOCK_LOCATION_FIELDS.get(change.table, ()):
        row = rows.get("stock_location", fields.get(name))
        if row is None:
            continue
        try:
            kind = LocationKind(str(row.data.get("kind")))
        except ValueError:
            continue
        locations[row.id] = (kind, str(row.data.get("holder_login") or ""))
    return stock_refusal(who.role, who.login, change.table, fields, locations)


def decide(
    change: Change, who: Author, rows: WorkingSet, invalid: str | None, fields_json: str = ""
) -> Decision:
    """Applies `change` to `rows` in memory, or says why not. `fields_json` is the
    change's fields as JSON text (the data text of a new row)."""
    current = rows.get(change.table, change.id)
    refusal = invalid or table_refusal(who.role, change.table)
    refusal = refusal or signer_refusal(change.table, change.fields, who.login)
    refusal = refusal or decider_refusal(change.table, change.fields, who.login, who.accounts)
    refusal = refusal or _purchasing_refusal(change, current, who, rows)
    refusal = refusal or _stock_refusal(change, current, who, rows)
    refusal = refusal or field_refusal(who.role, change.table, change.fields)
    refusal = refusal or _cost_refusal(change, current, who, rows)
    refusal = refusal or _budget_refusal(change, current, rows)
    data = current.data if current else None
    refusal = refusal or private_refusal(who.role, who.login, change.table, change.fields, data)
    refusal = refusal or own_row_refusal(
        who.role, who.login, change.table, change.fields, data, _parents(change, current, rows)
    )
    if refusal:  # never echo a row the pusher may not read (an assessment not theirs)
        shown = current if may_read_row(who.role, who.login, change.table, data) else None
        return Decision("rejected", refusal, row=shown)
    change, restamped = _restamped(change, who.login)
    if restamped:
        fields_json = ""
    if current is None and change.op == "update":
        return Decision(
            "rejected",
            f"unknown row: the server has no '{change.table}' record {change.id}",
        )
    if current is None:
        key = natural_key_text(change.table, change.fields)
        holder = rows.keys.get((change.table, key)) if key is not None else None
        held = rows.get(change.table, holder) if holder != change.id else None
        if held is not None and held.data.get("deleted_at") is None:  # deleted meanwhile?
            return Decision(
                "rejected",
                f"duplicate: another '{change.table}' record already has {key}",
                row=held,
            )
        if change.table == "work_order":
            refusal = creation_refusal(who.role, change.fields, who.now)
            if refusal:
                return Decision("rejected", refusal)
    if current is not None and change.table in APPEND_ONLY:
        if change.op == "update" or any(
            current.data.get(k, _MISSING) != v for k, v in change.fields.items()
        ):
            return Decision(
                "rejected",
                f"append-only: '{change.table}' records are never changed once written",
                row=current,
            )
    if current is not None and change.table == "amendment" and rows.signed_amendment(current):
        if change.op == "update" or any(
            current.data.get(k, _MISSING) != v
            for k, v in change.fields.items()
            if k not in STAMP_FIELDS
        ):
            return Decision(
                "rejected", "append-only: a signed amendment is never changed", row=current
            )
    if current is not None and change.table == "work_order" and "state" in change.fields:
        step = step_refusal(
            who.role,
            str(change.fields.get("type", current.data.get("type"))),
            str(current.data.get("state")),
            str(change.fields["state"]),
            seen=change.base.get("state") == field_clock(current.clocks, "state"),
        )
        if step and change.fields["state"] != current.data.get("state"):
            # the reason keeps its "permission:" prefix for laptops that read prefixes
            return Decision("rejected", step, row=current, code=Code.WORKFLOW)
        refusal = _state_refusal(change, current, who, rows)
        target = change.fields["state"]
        if (
            refusal is None
            and target == "customer_signed"
            and target != current.data.get("state")
            and not rows.customer_signed(change.id)
        ):
            number = current.data.get("number") or change.id
            refusal = (
                f"workflow: work order {number} has no customer signature, "
                "so it cannot be marked customer signed"
            )
        if refusal:
            return Decision("rejected", refusal, row=current)
    if current is not None and current.data.get("deleted_at") is not None:
        deleting = change.fields.get("deleted_at") is not None
        seen = change.base.get("deleted_at") == field_clock(current.clocks, "deleted_at")
        if not deleting and not seen:
            return Decision(
                "rejected",
                f"deleted: this '{change.table}' record was deleted on another device",
                _refused_conflicts(change, current, "deleted"),
                row=current,
            )
    for order_id in sorted(_touched_orders(change, current, rows)):
        if rows.locked(order_id):
            order = rows.get("work_order", order_id)
            number = order.data.get("number") if order else None
            return Decision(
                "rejected",
                f"signed: work order {number or order_id} is signed; "
                "open an amendment to change it",
                _refused_conflicts(change, current, "signed"),
                row=current,
            )
    return _merge(change, current, rows, fields_json, restamped)


def parent_ids(change: Change, current: WorkRow | None) -> list[tuple[str, str]]:
    """The parents (table, id) a row of `DEPENDENTS` is read through: named by the
    change, and by the row as stored."""
    found = []
    for parent, children in DEPENDENTS.items():
        field = children.get(change.table)
        if field is None:
            continue
        for value in (change.fields.get(field), current.data.get(field) if current else None):
            if isinstance(value, str) and (parent, value) not in found:
                found.append((parent, value))
    return found


def _parents(change: Change, current: WorkRow | None, rows: WorkingSet) -> list[dict[str, Any]]:
    held = (rows.get(table, row_id) for table, row_id in parent_ids(change, current))
    return [row.data for row in held if row is not None]


# Rows field staff write only on jobs assigned to them; these roles on any job.
OWN_JOB_TABLES = {
    "cost_entry": cost_rules.OFFICE_ROLES,
    "downtime_cause": downtime_rules.OFFICE_ROLES,
    "customer_wait": downtime_rules.OFFICE_ROLES,
}


def _cost_refusal(
    change: Change, current: WorkRow | None, who: Author, rows: WorkingSet
) -> str | None:
    """A cost entry, downtime cause or waiting period on a job the pushing engineer is
    not assigned to (the office writes them on any job;
    `app.domain.costs.check_entry_author`, `app.domain.customer_downtime.check_recorder`)."""
    office = OWN_JOB_TABLES.get(change.table)
    if office is None or who.role in office:
        return None
    held = current.data if current else {}
    job = change.fields.get("work_order_id", held.get("work_order_id"))
    for row in rows.rows.values():
        if (
            row.table == "work_order_assignment"
            and row.data.get("work_order_id") == job
            and row.data.get("deleted_at") is None
        ):
            person = rows.get("user", row.data.get("user_id"))
            if person is not None and person.data.get("login") == who.login:
                return None
    if change.table != "cost_entry":
        return (
            f"permission: an engineer records '{change.table}' only on work orders assigned to them"
        )
    return "permission: an engineer enters costs only on work orders assigned to them"


def _budget_refusal(change: Change, current: WorkRow | None, rows: WorkingSet) -> str | None:
    """A line of a budget the server holds as approved: finance approved those amounts,
    so they stay (app/domain/costs.M_APPROVED_LOCKED: changes go into a new draft) — a
    laptop's edit made offline before the approval reached it is refused, not merged."""
    if change.table != "budget_line":
        return None
    held = current.data if current else {}
    budget = rows.get("budget", change.fields.get("budget_id", held.get("budget_id")))
    if budget is None or not budget.data.get("approved_at"):
        return None
    return "append-only: finance approved this budget; its lines are not changed (draft a new one)"


def _purchasing_refusal(
    change: Change, current: WorkRow | None, who: Author, rows: WorkingSet
) -> str | None:
    """A plan line's decision is the service manager's; an order line comes from an
    approved plan line (its plan line is loaded with the push)."""
    if change.table == "purchase_plan_line":
        return decision_refusal(who.role, change.fields, current.data if current else None)
    if change.table == "purchase_order_line" and current is None:
        line = rows.get("purchase_plan_line", change.fields.get("plan_line_id"))
        if line is None or line.data.get("decision") != "approved":
            return "purchasing: an order line must come from an approved purchase plan line"
    return None


def _state_refusal(change: Change, current: WorkRow, who: Author, rows: WorkingSet) -> str | None:
    target, now = change.fields["state"], current.data.get("state")
    if target == now:
        return None
    kind = str(change.fields.get("type", current.data.get("type")))
    seen = change.base.get("state") == field_clock(current.clocks, "state")
    if step_refusal(who.role, kind, str(now), str(target), seen=seen):
        return None  # answered with Code.WORKFLOW by `decide`
    cancel_reason = change.fields.get("cancel_reason", current.data.get("cancel_reason"))
    explained = (change.id, str(now), str(target)) in who.explained or rows.explained(
        current, str(now), str(target)
    )
    return reason_refusal(str(now), str(target), cancel_reason, explained)


def _merge(
    change: Change,
    current: WorkRow | None,
    rows: WorkingSet,
    fields_json: str,
    restamped: frozenset[str] = frozenset(),
) -> Decision:
    if current is None:
        data = completed(change.table, change.fields)
        if len(data) != len(change.fields):
            fields_json = ""
        clocks = {ROW_CLOCK: change.hlc, **dict.fromkeys(restamped, server_clock(change.hlc))}
        row = WorkRow(
            change.table,
            change.id,
            data,
            clocks,
            work_order_of(change.table, change.id, data, rows),
            stored=False,
            dirty=True,
            data_text=fields_json or None,
            clocks_text=None if restamped else f'{{"*":{_dumps(change.hlc)}}}',
        )
        rows.add(row)
        return Decision("applied", row=row, changed=True)
    merge = merge_fields(
        current.data, current.clocks, change.fields, {ROW_CLOCK: change.hlc}, base=change.base
    )
    if not merge.taken:
        lost = bool(merge.conflicts)
        return Decision(
            "lost" if lost else "applied",
            LOST if lost else "",
            conflicts=merge.conflicts,
            row=current,
        )
    for name in restamped & merge.taken.keys():
        merge.clocks[name] = server_clock(merge.clocks[name])
    prior = {k: current.data[k] for k in merge.taken if k in current.data}
    current.data.update(merge.taken)
    current.clocks.update(merge.clocks)
    current.data_text = current.clocks_text = None
    current.work_order_id = work_order_of(current.table, current.id, current.data, rows)
    current.dirty = True
    rows.add(current)
    return Decision("applied", conflicts=merge.conflicts, prior=prior, row=current, changed=True)
