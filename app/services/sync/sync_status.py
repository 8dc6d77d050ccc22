"""What the Sync page and the status bar show, as plain data: the laptop's sync state,
the history of rounds and the conflicts a person reviews.

Only SQL over the local tables (`sync_state`, `sync_outbox`, `sync_run`,
`sync_conflict`); nothing here imports the network client. The Sync page exists from
start-up, so this module is cheap to import: the ORM models of sync load inside the
queries, which callers run on a worker thread like every list query. Labels are
English source texts (contexts "SyncRecord", "SyncField") the UI translates.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, Integer, String, Text, column, func, literal, select, table
from sqlalchemy.orm import Session

from app.db.base import UTCDateTime
from app.db.fieldwork import ChecklistRun, ChecklistValue, Part
from app.db.models import Contact, Customer, Equipment, EquipmentModel, Site, User, WorkOrder
from app.domain.i18n import QT_TRANSLATE_NOOP
from app.domain.sync_failure import SyncFailure, split_failure
from app.services.lists import Kind, ListColumn, ListSpec
from app.services.store import Store

RECORD_KINDS = {
    "customer": QT_TRANSLATE_NOOP("SyncRecord", "Hospital"),
    "site": QT_TRANSLATE_NOOP("SyncRecord", "Site"),
    "contact": QT_TRANSLATE_NOOP("SyncRecord", "Contact"),
    "user": QT_TRANSLATE_NOOP("SyncRecord", "User"),
    "equipment_model": QT_TRANSLATE_NOOP("SyncRecord", "Equipment model"),
    "equipment": QT_TRANSLATE_NOOP("SyncRecord", "Unit"),
    "part": QT_TRANSLATE_NOOP("SyncRecord", "Spare part"),
    "work_order": QT_TRANSLATE_NOOP("SyncRecord", "Work order"),
    "work_order_assignment": QT_TRANSLATE_NOOP("SyncRecord", "Assignment"),
    "work_order_event": QT_TRANSLATE_NOOP("SyncRecord", "Workflow step"),
    "checklist_run": QT_TRANSLATE_NOOP("SyncRecord", "Checklist"),
    "checklist_value": QT_TRANSLATE_NOOP("SyncRecord", "Checklist value"),
    "repair_record": QT_TRANSLATE_NOOP("SyncRecord", "Repair record"),
    "part_usage": QT_TRANSLATE_NOOP("SyncRecord", "Part used"),
    "awaited_part": QT_TRANSLATE_NOOP("SyncRecord", "Awaited part"),
    "finding": QT_TRANSLATE_NOOP("SyncRecord", "Finding"),
    "running_parameter": QT_TRANSLATE_NOOP("SyncRecord", "Running parameter"),
    "installation_record": QT_TRANSLATE_NOOP("SyncRecord", "Installation record"),
    "follow_up": QT_TRANSLATE_NOOP("SyncRecord", "Follow-up"),
    "attachment": QT_TRANSLATE_NOOP("SyncRecord", "Attachment"),
    "signature": QT_TRANSLATE_NOOP("SyncRecord", "Signature"),
    "amendment": QT_TRANSLATE_NOOP("SyncRecord", "Amendment"),
    "report_file": QT_TRANSLATE_NOOP("SyncRecord", "Report"),
    "clinical_release": QT_TRANSLATE_NOOP("SyncRecord", "Clinical release"),
    "acceptance_testing": QT_TRANSLATE_NOOP("SyncRecord", "Acceptance-level testing"),
    # own rows that may be handed to someone else (a refusal names them)
    "plan_visit": QT_TRANSLATE_NOOP("SyncRecord", "Plan visit"),
    "complaint": QT_TRANSLATE_NOOP("SyncRecord", "Complaint"),
    "complaint_entry": QT_TRANSLATE_NOOP("SyncRecord", "Complaint progress entry"),
    "complaint_work_order": QT_TRANSLATE_NOOP("SyncRecord", "Complaint's work order"),
}

FIELD_LABELS = {
    "name_zh": QT_TRANSLATE_NOOP("SyncField", "Name (Chinese)"),
    "name_en": QT_TRANSLATE_NOOP("SyncField", "Name (English)"),
    "name": QT_TRANSLATE_NOOP("SyncField", "Name"),
    "address": QT_TRANSLATE_NOOP("SyncField", "Address"),
    "region": QT_TRANSLATE_NOOP("SyncField", "Region"),
    "grade": QT_TRANSLATE_NOOP("SyncField", "Grade"),
    "building": QT_TRANSLATE_NOOP("SyncField", "Building"),
    "role": QT_TRANSLATE_NOOP("SyncField", "Role"),
    "phone": QT_TRANSLATE_NOOP("SyncField", "Phone"),
    "email": QT_TRANSLATE_NOOP("SyncField", "E-mail"),
    "display_name": QT_TRANSLATE_NOOP("SyncField", "Name"),
    "login": QT_TRANSLATE_NOOP("SyncField", "Login"),
    "maker": QT_TRANSLATE_NOOP("SyncField", "Maker"),
    "model": QT_TRANSLATE_NOOP("SyncField", "Model"),
    "modality": QT_TRANSLATE_NOOP("SyncField", "Modality"),
    "serial_number": QT_TRANSLATE_NOOP("SyncField", "Serial no."),
    "nmpa_registration_no": QT_TRANSLATE_NOOP("SyncField", "NMPA reg. no."),
    "udi": QT_TRANSLATE_NOOP("SyncField", "UDI"),
    "install_date": QT_TRANSLATE_NOOP("SyncField", "Installed on"),
    "acceptance_date": QT_TRANSLATE_NOOP("SyncField", "Accepted on"),
    "warranty_end": QT_TRANSLATE_NOOP("SyncField", "Warranty ends"),
    "contract_level": QT_TRANSLATE_NOOP("SyncField", "Contract"),
    "status": QT_TRANSLATE_NOOP("SyncField", "Status"),
    "clinical_hours": QT_TRANSLATE_NOOP("SyncField", "Clinical hours"),
    "number": QT_TRANSLATE_NOOP("SyncField", "Number"),
    "type": QT_TRANSLATE_NOOP("SyncField", "Type"),
    "state": QT_TRANSLATE_NOOP("SyncField", "State"),
    "priority": QT_TRANSLATE_NOOP("SyncField", "Priority"),
    "description": QT_TRANSLATE_NOOP("SyncField", "Description"),
    "reported_at": QT_TRANSLATE_NOOP("SyncField", "Reported"),
    "cancel_reason": QT_TRANSLATE_NOOP("SyncField", "Reason for cancelling"),
    "reason": QT_TRANSLATE_NOOP("SyncField", "Reason"),
    "symptom": QT_TRANSLATE_NOOP("SyncField", "Symptom"),
    "fault_code": QT_TRANSLATE_NOOP("SyncField", "Fault code"),
    "cause": QT_TRANSLATE_NOOP("SyncField", "Cause"),
    "actions": QT_TRANSLATE_NOOP("SyncField", "Actions taken"),
    "labour_hours": QT_TRANSLATE_NOOP("SyncField", "Labour hours"),
    "travel_hours": QT_TRANSLATE_NOOP("SyncField", "Travel hours"),
    "trial_run_result": QT_TRANSLATE_NOOP("SyncField", "Trial run result"),
    "trial_run_notes": QT_TRANSLATE_NOOP("SyncField", "Trial run notes"),
    "replaced_components": QT_TRANSLATE_NOOP("SyncField", "Replaced components"),
    "released_by": QT_TRANSLATE_NOOP("SyncField", "Released by"),
    "released_at": QT_TRANSLATE_NOOP("SyncField", "Released at"),
    "warnings_shown": QT_TRANSLATE_NOOP("SyncField", "Warnings shown"),
    "tested_by": QT_TRANSLATE_NOOP("SyncField", "Tested by"),
    "test_record": QT_TRANSLATE_NOOP("SyncField", "Test"),
    "contact": QT_TRANSLATE_NOOP("SyncField", "Contact"),
    "quantity": QT_TRANSLATE_NOOP("SyncField", "Quantity"),
    "serial_out": QT_TRANSLATE_NOOP("SyncField", "Serial no. removed"),
    "serial_in": QT_TRANSLATE_NOOP("SyncField", "Serial no. fitted"),
    "manufacturer": QT_TRANSLATE_NOOP("SyncField", "Manufacturer"),
    "model_spec": QT_TRANSLATE_NOOP("SyncField", "Model / specification"),
    "lot_number": QT_TRANSLATE_NOOP("SyncField", "Lot no."),
    "production_date": QT_TRANSLATE_NOOP("SyncField", "Production date"),
    "removed_part_fate": QT_TRANSLATE_NOOP("SyncField", "Removed part"),
    "adverse_event": QT_TRANSLATE_NOOP("SyncField", "Adverse event"),
    "adverse_event_reported_to": QT_TRANSLATE_NOOP("SyncField", "Adverse event reported to"),
    "adverse_event_reported_on": QT_TRANSLATE_NOOP("SyncField", "Adverse event reported on"),
    "severity": QT_TRANSLATE_NOOP("SyncField", "Severity"),
    "fixed_on_site": QT_TRANSLATE_NOOP("SyncField", "Fixed on site"),
    "value": QT_TRANSLATE_NOOP("SyncField", "Value"),
    "unit": QT_TRANSLATE_NOOP("SyncField", "Unit"),
    "text": QT_TRANSLATE_NOOP("SyncField", "Text"),
    "verdict": QT_TRANSLATE_NOOP("SyncField", "Verdict"),
    "comment": QT_TRANSLATE_NOOP("SyncField", "Comment"),
    "place": QT_TRANSLATE_NOOP("SyncField", "Place"),
    "people": QT_TRANSLATE_NOOP("SyncField", "People present"),
    "commissioning_summary": QT_TRANSLATE_NOOP("SyncField", "Commissioning summary"),
    "open_problems": QT_TRANSLATE_NOOP("SyncField", "Open problems"),
    "due_date": QT_TRANSLATE_NOOP("SyncField", "Due"),
    "outcome": QT_TRANSLATE_NOOP("SyncField", "Outcome"),
    "notes": QT_TRANSLATE_NOOP("SyncField", "Notes"),
    "filename": QT_TRANSLATE_NOOP("SyncField", "File name"),
    "part_number": QT_TRANSLATE_NOOP("SyncField", "Part number"),
    "root_cause": QT_TRANSLATE_NOOP("SyncField", "Root cause"),
    "corrective_action": QT_TRANSLATE_NOOP("SyncField", "Corrective action"),
    "matter": QT_TRANSLATE_NOOP("SyncField", "Matter"),
    "customer_feedback": QT_TRANSLATE_NOOP("SyncField", "Customer feedback"),
    "reported_back": QT_TRANSLATE_NOOP("SyncField", "Reported back"),
    "deleted_at": QT_TRANSLATE_NOOP("SyncField", "Deleted"),
    "": QT_TRANSLATE_NOOP("SyncField", "Whole record"),
}


@dataclass(frozen=True)
class SyncStatus:
    """The laptop's sync state at one moment."""

    server: str
    user: str
    role: str
    pending: int  # local changes not yet on the server
    last_sync_at: datetime | None  # last round that finished without error
    last_error: str  # "kind: message" of the last round, "" when it went well
    open_conflicts: int
    held: int = 0  # of `pending`, those the syncing role may not send (reserved fields)

    @property
    def configured(self) -> bool:
        return bool(self.server and self.user)


@dataclass(frozen=True)
class RunRow:
    id: int
    started_at: datetime
    finished_at: datetime | None
    server: str
    pushed: int
    pulled: int
    conflicts: int
    rejected: int
    blobs: int
    error: str


@dataclass(frozen=True)
class ConflictRow:
    """One conflict with the record it is about, ready to show."""

    id: int
    table_name: str
    row_id: str
    record_kind: str  # English, context "SyncRecord"
    record_name: str  # the record's number or name, "" when it has none here
    field: str
    field_label: str  # English, context "SyncField"; the column name when unknown
    kind: str  # concurrent, signed, deleted, rejected
    reason: str  # the server's reason of a refusal ("permission: …")
    lost_value: Any  # Python form (enums, datetimes typed) for showing
    won_value: Any
    lost_here: bool  # the lost value was written on this laptop
    created_at: datetime
    resolved_at: datetime | None
    resolution: str


def split_error(text: str) -> tuple[SyncFailure | None, str]:
    """(UNREACHABLE, "cannot reach …") from a recorded "unreachable: cannot reach …"."""
    return split_failure(text)


# --- state -------------------------------------------------------------------------------


def _state(session: Session) -> dict[str, str]:
    from app.db.syncing import SyncState

    return dict(session.execute(select(SyncState.key, SyncState.value)).tuples().all())


def _open_conflicts(session: Session) -> int:
    from app.db.syncing import SyncConflict

    query = select(func.count()).select_from(SyncConflict)
    return int(session.scalar(query.where(SyncConflict.resolved_at.is_(None))) or 0)


def _held(session: Session, role: str) -> int:
    """Waiting changes the syncing person's role may not push (a budget's approval made
    here by finance, synced by the manager): they wait for a colleague with the role."""
    from app.db.syncing import OutboxChange
    from app.domain.enums import UserRole
    from app.domain.reserved_fields import RESERVED_FIELDS, reserved_field

    try:
        syncing = UserRole(role)
    except ValueError:
        return 0  # not logged in yet: nothing is held back
    tables = {table for table, _ in RESERVED_FIELDS}
    query = select(OutboxChange.table_name, OutboxChange.fields).where(
        OutboxChange.table_name.in_(tables)
    )
    return sum(
        reserved_field(syncing, table, fields or {}) is not None
        for table, fields in session.execute(query).tuples()
    )


def status(store: Store) -> SyncStatus:
    from app.db.syncing import OutboxChange

    with store.reading() as session:
        state = _state(session)
        pending = session.scalar(select(func.count()).select_from(OutboxChange)) or 0
        conflicts = _open_conflicts(session)
        held = _held(session, state.get("role", ""))
    last = state.get("last_sync_at", "")
    return SyncStatus(
        server=state.get("server", ""),
        user=state.get("user", ""),
        role=state.get("role", ""),
        pending=int(pending),
        last_sync_at=datetime.fromisoformat(last) if last else None,
        last_error=state.get("last_error", ""),
        open_conflicts=int(conflicts),
        held=held,
    )


def configure(store: Store, server: str, user: str) -> None:
    """Remembers the server and the login to sync as (before the first login, too)."""
    from app.db.syncing import SyncState

    with store.session() as session:
        for key, value in (("server", server.strip().rstrip("/")), ("user", user.strip())):
            row = session.get(SyncState, key)
            if row is None:
                session.add(SyncState(key=key, value=value))
            elif row.value != value:
                row.value = value


def adopt_account(store: Store, server: str, user: str) -> bool:
    """Takes the server and user an older Beamside kept in settings.ini when this
    laptop's sync state has none (sync_state is their one home now); True when taken.
    A server or user already in sync_state wins: it is what the rounds used."""
    from app.db.syncing import SyncState

    server, user = server.strip().rstrip("/"), user.strip()
    if not (server and user):
        return False
    with store.session() as session:
        known = {k: session.get(SyncState, k) for k in ("server", "user")}
        if any(row is not None and row.value for row in known.values()):
            return False
        for key, value in (("server", server), ("user", user)):
            row = known[key]
            if row is None:
                session.add(SyncState(key=key, value=value))
            else:
                row.value = value
    return True


# --- history -----------------------------------------------------------------------------


def _runs(store: Store, run_id: int | None, limit: int) -> list[RunRow]:
    from app.db.syncing import SyncRun

    query = select(SyncRun).order_by(SyncRun.id.desc()).limit(limit)
    if run_id is not None:
        query = query.where(SyncRun.id == run_id)
    with store.reading() as session:
        return [
            RunRow(
                r.id,
                r.started_at,
                r.finished_at,
                r.server,
                r.pushed,
                r.pulled,
                r.conflicts,
                r.rejected,
                r.blobs,
                r.error,
            )
            for r in session.scalars(query)
        ]


def history(store: Store, limit: int = 50) -> list[RunRow]:
    """The newest rounds first."""
    return _runs(store, None, limit)


# The history as a list page (paged, sortable, searchable like every list). It reads
# sync_run through a light Core table, so start-up does not build the ORM models of sync.
_RUN = table(
    "sync_run",
    column("id", Integer),
    column("started_at", UTCDateTime()),
    column("server", String),
    column("pushed", Integer),
    column("pulled", Integer),
    column("conflicts", Integer),
    column("rejected", Integer),
    column("blobs", Integer),
    column("error", Text),
)
_run = _RUN.c
SYNC_HISTORY = ListSpec(
    name="sync_history",
    columns=(
        ListColumn(
            "started_at", QT_TRANSLATE_NOOP("Lists", "Started"), _run.started_at, Kind.DATETIME
        ),
        ListColumn("pushed", QT_TRANSLATE_NOOP("Lists", "Sent"), _run.pushed, Kind.NUMBER),
        ListColumn("pulled", QT_TRANSLATE_NOOP("Lists", "Received"), _run.pulled, Kind.NUMBER),
        ListColumn(
            "conflicts", QT_TRANSLATE_NOOP("Lists", "Conflicts"), _run.conflicts, Kind.NUMBER
        ),
        ListColumn("rejected", QT_TRANSLATE_NOOP("Lists", "Refused"), _run.rejected, Kind.NUMBER),
        ListColumn("blobs", QT_TRANSLATE_NOOP("Lists", "Files"), _run.blobs, Kind.NUMBER),
        ListColumn("error", QT_TRANSLATE_NOOP("Lists", "Result"), _run.error, searchable=True),
        ListColumn("server", QT_TRANSLATE_NOOP("Lists", "Server"), _run.server, searchable=True),
    ),
    id_expr=_run.id,
    base=select().select_from(_RUN),
    default_sort="started_at",
    default_descending=True,
)


# --- conflicts ---------------------------------------------------------------------------


def _work_order_numbers(session: Session, table_name: str, ids: list[str]) -> dict[str, str]:
    """Numbers of the work orders that rows of `table_name` belong to."""
    from app.services.sync.sync_conflicts import mappers

    model = mappers()[table_name].class_
    if table_name == "checklist_value":
        query = (
            select(ChecklistValue.id, WorkOrder.number)
            .join(ChecklistRun, ChecklistRun.id == ChecklistValue.run_id)
            .join(WorkOrder, WorkOrder.id == ChecklistRun.work_order_id)
        )
    elif hasattr(model, "work_order_id"):
        query = select(model.id, WorkOrder.number).join(
            WorkOrder, WorkOrder.id == model.work_order_id
        )
    else:
        return {}
    return dict(session.execute(query.where(model.id.in_(ids))).tuples().all())


_NAMES: dict[str, tuple[type[Any], ColumnElement[Any] | Any]] = {
    "work_order": (WorkOrder, WorkOrder.number),
    "customer": (Customer, Customer.name_zh),
    "contact": (Contact, Contact.name),
    "user": (User, User.display_name),
    "equipment": (Equipment, Equipment.serial_number),
    "part": (Part, Part.part_number),
    "equipment_model": (EquipmentModel, EquipmentModel.maker + literal(" ") + EquipmentModel.model),
}


def _record_names(session: Session, wanted: dict[str, list[str]]) -> dict[tuple[str, str], str]:
    """(table, id) → number or name, one query per table."""
    from app.services.sync.sync_conflicts import mappers

    names: dict[tuple[str, str], str] = {}
    for table_name, ids in wanted.items():
        found: dict[str, str]
        if table_name in _NAMES:
            model, expr = _NAMES[table_name]
            query = select(model.id, expr).where(model.id.in_(ids))
            found = dict(session.execute(query).tuples().all())
        elif table_name == "site":
            query = (
                select(Site.id, Customer.name_zh + literal(" · ") + Site.name)
                .join(Customer, Customer.id == Site.customer_id)
                .where(Site.id.in_(ids))
            )
            found = dict(session.execute(query).tuples().all())
        elif table_name in mappers():
            found = _work_order_numbers(session, table_name, ids)
        else:
            found = {}
        names.update(((table_name, i), str(n)) for i, n in found.items() if n)
    return names


def _node(clock: str) -> str:
    return clock.rsplit("-", 1)[-1] if clock.count("-") >= 2 else ""


@dataclass(frozen=True)
class ConflictList:
    """The rows a list shows and how many conflicts are open, read at one moment, so a
    count shown beside the list never disagrees with it."""

    rows: list[ConflictRow]
    open_count: int


def conflicts(store: Store, *, resolved: bool = False, limit: int = 500) -> list[ConflictRow]:
    """Open conflicts (oldest first, the order they happened), or resolved ones (newest
    first), each with a label of its record."""
    with store.reading() as session:
        return _conflict_rows(session, resolved, limit)


def conflict_list(store: Store, *, resolved: bool = False, limit: int = 500) -> ConflictList:
    """conflicts() with the number of open ones, in one read."""
    with store.reading() as session:
        return ConflictList(_conflict_rows(session, resolved, limit), _open_conflicts(session))


def _conflict_rows(session: Session, resolved: bool, limit: int) -> list[ConflictRow]:
    from app.db.syncing import SyncConflict, SyncState
    from app.services.sync.sync_conflicts import display_value

    query = select(SyncConflict)
    if resolved:
        query = query.where(SyncConflict.resolved_at.is_not(None)).order_by(
            SyncConflict.resolved_at.desc(), SyncConflict.id.desc()
        )
    else:
        query = query.where(SyncConflict.resolved_at.is_(None)).order_by(SyncConflict.id)
    rows = list(session.scalars(query.limit(limit)))
    wanted: dict[str, list[str]] = defaultdict(list)
    for row in rows:
        wanted[row.table_name].append(row.row_id)
    names = _record_names(session, wanted)
    node = session.scalar(select(SyncState.value).where(SyncState.key == "node")) or ""
    return [
        ConflictRow(
            id=row.id,
            table_name=row.table_name,
            row_id=row.row_id,
            record_kind=RECORD_KINDS.get(row.table_name, row.table_name),
            record_name=names.get((row.table_name, row.row_id), ""),
            field=row.field,
            field_label=FIELD_LABELS.get(row.field, row.field),
            kind=row.kind,
            reason=row.reason,
            lost_value=display_value(row.table_name, row.field, row.lost_value),
            won_value=display_value(row.table_name, row.field, row.won_value),
            lost_here=bool(node) and _node(row.lost_clock) == node,
            created_at=row.created_at,
            resolved_at=row.resolved_at,
            resolution=row.resolution,
        )
        for row in rows
    ]


def run(store: Store, run_id: int) -> RunRow | None:
    """One round of the history (the page shows its whole error on request)."""
    return next((r for r in _runs(store, run_id, 1)), None)
