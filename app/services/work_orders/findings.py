"""Findings and running parameters of an inspection (§4.2), and escalating a finding.

A problem the engineer cannot fix on the spot becomes a repair work order in one
step: the repair carries the finding's text and the inspection's number, takes its
priority from the severity, and the two point at each other (`Finding.escalated_to_id`,
`WorkOrder.origin_id`), so each can be reached from the other.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import case, select
from sqlalchemy.orm import Session, aliased

from app.db.base import utcnow
from app.db.fieldwork import Finding, RunningParameter
from app.db.models import WorkOrder
from app.domain.enums import FindingSeverity, Priority, WorkOrderType
from app.domain.i18n import QT_TRANSLATE_NOOP
from app.domain.records import (
    MAX_TEXT,
    FieldError,
    ValidationError,
    WorkOrderDraft,
    check_text,
)
from app.services.records import check, editable_order, live, upsert
from app.services.store import Store
from app.services.work_orders.orders import SavedWorkOrder, write_work_order

# Work orders on which findings and readings are recorded: PM finds worn parts too.
FINDING_TYPES = frozenset({WorkOrderType.INSPECTION, WorkOrderType.PREVENTIVE_MAINTENANCE})
ESCALATION_PRIORITY = {
    FindingSeverity.CRITICAL: Priority.URGENT,
    FindingSeverity.MAJOR: Priority.HIGH,
    FindingSeverity.MINOR: Priority.NORMAL,
}
# Room for "Finding of WO-…: " in the repair's description (at most MAX_TEXT).
MAX_FINDING = MAX_TEXT - 100

NOT_AN_INSPECTION = QT_TRANSLATE_NOOP(
    "Validation", "Findings and readings belong to inspection or maintenance work orders."
)
ALREADY_ESCALATED = QT_TRANSLATE_NOOP(
    "Validation", "This finding was already escalated to a repair."
)
FIXED_NOTHING_TO_ESCALATE = QT_TRANSLATE_NOOP(
    "Validation", "This finding was fixed on site; there is nothing to escalate."
)
ESCALATED_KEEP = QT_TRANSLATE_NOOP(
    "Validation", "This finding was escalated to a repair, so it is kept."
)


@dataclass
class FindingDraft:
    description: str = ""
    severity: FindingSeverity = FindingSeverity.MINOR
    fixed_on_site: bool = False

    def validate(self) -> list[FieldError]:
        errors: list[FieldError] = []
        check_text(errors, "description", self.description, MAX_FINDING, required=True)
        return errors


@dataclass
class ParameterDraft:
    """A reading such as "Magnetron hours" = "11 820" h, kept as text as read."""

    name: str = ""
    value: str = ""
    unit: str = ""

    def validate(self) -> list[FieldError]:
        errors: list[FieldError] = []
        check_text(errors, "name", self.name, 100, required=True)
        check_text(errors, "value", self.value, 100, required=True)
        check_text(errors, "unit", self.unit, 20)
        return errors


@dataclass(frozen=True)
class FindingRow:
    id: str
    description: str
    severity: FindingSeverity
    fixed_on_site: bool
    escalated_to_id: str | None
    escalated_to_number: str | None


@dataclass(frozen=True)
class ParameterRow:
    id: str
    name: str
    value: str
    unit: str


def _refuse(message: str) -> ValidationError:
    return ValidationError([FieldError("", message)])


def _editable(session: Session, work_order_id: str) -> WorkOrder:
    """The work order, if findings may still be written on it."""
    order = editable_order(session, work_order_id)
    if order.type not in FINDING_TYPES:
        raise _refuse(NOT_AN_INSPECTION)
    return order


# --- findings ----------------------------------------------------------------------------


def findings_of(store: Store, work_order_id: str) -> list[FindingRow]:
    """The findings of a work order, most severe first, then as recorded."""
    repair = aliased(WorkOrder)
    severity_rank = case(
        {s: rank for rank, s in enumerate(reversed(FindingSeverity))}, value=Finding.severity
    )
    query = (
        select(Finding, repair.number)
        .outerjoin(repair, repair.id == Finding.escalated_to_id)
        .where(Finding.work_order_id == work_order_id, Finding.deleted_at.is_(None))
        .order_by(severity_rank, Finding.created_at, Finding.id)
    )
    with store.reading() as session:
        return [
            FindingRow(f.id, f.description, f.severity, f.fixed_on_site, f.escalated_to_id, number)
            for f, number in session.execute(query).tuples()
        ]


def save_finding(
    store: Store, work_order_id: str, finding_id: str | None, draft: FindingDraft
) -> str:
    """Adds (finding_id None) or edits a finding of the work order; returns its id."""
    draft.description = draft.description.strip()
    draft.severity = FindingSeverity(draft.severity)  # Qt combos hand back plain str
    check(draft.validate())
    with store.session() as session:
        _editable(session, work_order_id)
        if finding_id is not None and live(session, Finding, finding_id).work_order_id != (
            work_order_id
        ):
            raise ValueError("finding of another work order")
        values = {
            "work_order_id": work_order_id,
            "description": draft.description,
            "severity": draft.severity,
            "fixed_on_site": draft.fixed_on_site,
        }
        return upsert(session, store, Finding, finding_id, values).id


def delete_finding(store: Store, finding_id: str) -> None:
    """Removes a finding, unless a repair was opened for it (the repair refers to it)."""
    with store.session() as session:
        finding = live(session, Finding, finding_id)
        _editable(session, finding.work_order_id)
        if finding.escalated_to_id is not None:
            raise _refuse(ESCALATED_KEEP)
        finding.deleted_at = utcnow()
        finding.updated_by = store.user_login


def escalate_finding(store: Store, finding_id: str, now: datetime | None = None) -> SavedWorkOrder:
    """Opens a repair work order for the finding's equipment and links the two.

    Refused (with a reason) when the finding was already escalated or was fixed on
    site. Allowed on a closed inspection: deciding on a repair often comes later.
    One unit of work: the repair order, its number and the link are committed
    together or not at all, so a crash never leaves an unlinked repair that syncs.
    """
    with store.session() as session:
        finding = live(session, Finding, finding_id)
        inspection = live(session, WorkOrder, finding.work_order_id)
        _refuse_escalation(finding)
        draft = WorkOrderDraft(
            type=WorkOrderType.REPAIR,
            priority=ESCALATION_PRIORITY[finding.severity],
            equipment_id=inspection.equipment_id,
            description=f"Finding of {inspection.number}: {finding.description}",
            reported_at=now or utcnow(),
        )
        repair = write_work_order(session, store, None, draft)
        session.flush()  # the insert takes SQLite's write lock: no other window writes now
        # Another window may have escalated between our read and the lock; read again.
        session.refresh(finding, ["escalated_to_id"])
        _refuse_escalation(finding)  # raising rolls the new order back with it
        order = live(session, WorkOrder, repair.id)
        order.origin_id = inspection.id
        finding.escalated_to_id = repair.id
        finding.updated_by = store.user_login
        return repair


def _refuse_escalation(finding: Finding) -> None:
    if finding.escalated_to_id is not None:
        raise _refuse(ALREADY_ESCALATED)
    if finding.fixed_on_site:
        raise _refuse(FIXED_NOTHING_TO_ESCALATE)


# --- running parameters ------------------------------------------------------------------


def parameters_of(store: Store, work_order_id: str) -> list[ParameterRow]:
    """The readings of a work order in the order they were taken."""
    query = (
        select(RunningParameter)
        .where(
            RunningParameter.work_order_id == work_order_id,
            RunningParameter.deleted_at.is_(None),
        )
        .order_by(RunningParameter.created_at, RunningParameter.id)
    )
    with store.reading() as session:
        return [ParameterRow(p.id, p.name, p.value, p.unit) for p in session.scalars(query)]


def save_parameter(
    store: Store, work_order_id: str, parameter_id: str | None, draft: ParameterDraft
) -> str:
    """Adds (parameter_id None) or edits a reading of the work order; returns its id."""
    draft.name, draft.value, draft.unit = (
        draft.name.strip(),
        draft.value.strip(),
        draft.unit.strip(),
    )
    check(draft.validate())
    with store.session() as session:
        _editable(session, work_order_id)
        if parameter_id is not None and (
            live(session, RunningParameter, parameter_id).work_order_id != work_order_id
        ):
            raise ValueError("reading of another work order")
        values = {
            "work_order_id": work_order_id,
            "name": draft.name,
            "value": draft.value,
            "unit": draft.unit,
        }
        return upsert(session, store, RunningParameter, parameter_id, values).id


def delete_parameter(store: Store, parameter_id: str) -> None:
    with store.session() as session:
        parameter = live(session, RunningParameter, parameter_id)
        _editable(session, parameter.work_order_id)
        parameter.deleted_at = utcnow()
        parameter.updated_by = store.user_login
