"""Records of the work done on site: workflow events, checklist runs and their values,
repair records with parts, inspection findings, installation data, follow-ups and
attachments (procedure §3, §4.2–§4.5)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import Mapped, mapped_column

from app.db.base import Base, SyncedMixin
from app.db.models import enum_column
from app.domain.enums import (
    AdverseEventAnswer,
    FindingSeverity,
    FollowUpOutcome,
    RemovedPartFate,
    RunState,
    TrialRunResult,
    Verdict,
    WorkOrderState,
)


class WorkOrderEvent(SyncedMixin, Base):
    """One state change of a work order (append-only: the workflow's history)."""

    __tablename__ = "work_order_event"

    work_order_id: Mapped[str] = mapped_column(ForeignKey("work_order.id"), index=True)
    from_state: Mapped[WorkOrderState] = mapped_column(enum_column(WorkOrderState))
    to_state: Mapped[WorkOrderState] = mapped_column(enum_column(WorkOrderState))
    at: Mapped[datetime]
    by_login: Mapped[str] = mapped_column(String(64))
    reason: Mapped[str] = mapped_column(Text, default="")


class ChecklistRun(SyncedMixin, Base):
    """One filled-in checklist; keeps the template it used as a snapshot."""

    __tablename__ = "checklist_run"

    work_order_id: Mapped[str] = mapped_column(ForeignKey("work_order.id"), index=True)
    template_id: Mapped[str] = mapped_column(String(80))
    template_version: Mapped[int] = mapped_column(Integer)
    template_title: Mapped[str] = mapped_column(String(200))
    template_snapshot: Mapped[dict[str, Any]] = mapped_column(JSON)
    machine_class: Mapped[str] = mapped_column(String(40), default="")
    # Why a template made for another kind of unit was used ("" when it fits the unit).
    fit_exception: Mapped[str] = mapped_column(Text, default="", server_default="")
    # Why the run uses another machine class than its unit's ("" when it is the unit's).
    class_override_reason: Mapped[str] = mapped_column(Text, default="", server_default="")
    state: Mapped[RunState] = mapped_column(enum_column(RunState))
    started_at: Mapped[datetime]
    completed_at: Mapped[datetime | None] = mapped_column(default=None)


class ChecklistValue(SyncedMixin, Base):
    """The value entered for one item of a run, judged when it was entered."""

    __tablename__ = "checklist_value"

    run_id: Mapped[str] = mapped_column(ForeignKey("checklist_run.id"), index=True)
    item_id: Mapped[str] = mapped_column(String(80))
    text: Mapped[str] = mapped_column(Text, default="")
    number: Mapped[float | None] = mapped_column(Float, default=None)
    unit: Mapped[str] = mapped_column(String(20), default="")
    verdict: Mapped[Verdict] = mapped_column(enum_column(Verdict))
    comment: Mapped[str] = mapped_column(Text, default="")
    entered_at: Mapped[datetime]
    # A value compared with the unit's baseline (not per beam): the baseline used,
    # copied so a later baseline changes nothing here, and the computed difference.
    baseline: Mapped[float | None] = mapped_column(Float, default=None)
    baseline_id: Mapped[str | None] = mapped_column(
        ForeignKey("checklist_baseline.id"), default=None
    )
    difference: Mapped[float | None] = mapped_column(Float, default=None)

    __table_args__ = (UniqueConstraint("run_id", "item_id"),)


class RepairRecord(SyncedMixin, Base):
    """What was found and done on a repair (§4.4), one per repair work order."""

    __tablename__ = "repair_record"

    work_order_id: Mapped[str] = mapped_column(ForeignKey("work_order.id"), unique=True)
    symptom: Mapped[str] = mapped_column(Text, default="")
    fault_code: Mapped[str] = mapped_column(String(40), default="")
    cause: Mapped[str] = mapped_column(Text, default="")
    actions: Mapped[str] = mapped_column(Text, default="")
    labour_hours: Mapped[float] = mapped_column(Float, default=0.0)
    travel_hours: Mapped[float] = mapped_column(Float, default=0.0)
    trial_run_result: Mapped[TrialRunResult] = mapped_column(enum_column(TrialRunResult))
    trial_run_notes: Mapped[str] = mapped_column(Text, default="")
    # Components replaced on the job (ids of resources/return_to_service.yaml, space
    # separated): they decide the return-to-service checks and acceptance testing.
    replaced_components: Mapped[str] = mapped_column(Text, default="", server_default="")
    # The adverse-event question (医疗器械不良事件), asked for a possibly reportable fault.
    adverse_event: Mapped[AdverseEventAnswer] = mapped_column(
        enum_column(AdverseEventAnswer),
        default=AdverseEventAnswer.NOT_ANSWERED,
        server_default=AdverseEventAnswer.NOT_ANSWERED.value,
    )
    adverse_event_reported_to: Mapped[str] = mapped_column(
        String(200), default="", server_default=""
    )
    adverse_event_reported_on: Mapped[date | None] = mapped_column(default=None)


class Part(SyncedMixin, Base):
    """A spare part of the catalogue."""

    __tablename__ = "part"

    part_number: Mapped[str] = mapped_column(String(60), unique=True)
    description: Mapped[str] = mapped_column(String(200))
    unit: Mapped[str] = mapped_column(String(20), default="pc")  # unit of measure
    # Tracked one by one through the stock ledger (app/db/stock.py).
    serialised: Mapped[bool] = mapped_column(default=False)
    # On-hand at or below this in the warehouse(s) shows as low stock; 0: not watched.
    reorder_level: Mapped[float] = mapped_column(Float, default=0.0)
    # The rest of the catalogue (procedure §6.1/§6.2, issue 12); `description` is the
    # Chinese name, `name_en` the English one.
    name_en: Mapped[str] = mapped_column(String(200), default="", server_default="")
    alternate_numbers: Mapped[str] = mapped_column(String(200), default="", server_default="")
    category: Mapped[str] = mapped_column(String(60), default="", server_default="")
    maker: Mapped[str] = mapped_column(String(100), default="", server_default="")
    model_spec: Mapped[str] = mapped_column(String(100), default="", server_default="")
    fits_models: Mapped[str] = mapped_column(String(300), default="", server_default="")
    standard_cost: Mapped[float] = mapped_column(Float, default=0.0, server_default="0")
    reorder_quantity: Mapped[float] = mapped_column(Float, default=0.0, server_default="0")
    obsolete: Mapped[bool] = mapped_column(default=False, server_default=false())


class PartUsage(SyncedMixin, Base):
    """A part fitted (and the old one taken out) during a work order."""

    __tablename__ = "part_usage"

    work_order_id: Mapped[str] = mapped_column(ForeignKey("work_order.id"), index=True)
    part_id: Mapped[str] = mapped_column(ForeignKey("part.id"), index=True)
    quantity: Mapped[float] = mapped_column(Float, default=1.0)
    serial_out: Mapped[str] = mapped_column(String(60), default="")
    serial_in: Mapped[str] = mapped_column(String(60), default="")
    # The fitted part's traceability (manufacturer, model, lot, production date) and
    # what became of the piece taken out.
    manufacturer: Mapped[str] = mapped_column(String(100), default="", server_default="")
    model_spec: Mapped[str] = mapped_column(String(100), default="", server_default="")
    lot_number: Mapped[str] = mapped_column(String(60), default="", server_default="")
    production_date: Mapped[date | None] = mapped_column(default=None)
    removed_part_fate: Mapped[RemovedPartFate] = mapped_column(
        enum_column(RemovedPartFate),
        default=RemovedPartFate.NOT_RECORDED,
        server_default=RemovedPartFate.NOT_RECORDED.value,
    )


class AwaitedPart(SyncedMixin, Base):
    """A part a work order waits for (issue 20): which part, which order brings it and
    when it is expected; `received_at` once it arrived and the work went on."""

    __tablename__ = "awaited_part"

    work_order_id: Mapped[str] = mapped_column(ForeignKey("work_order.id"), index=True)
    # From the catalogue when it is there; else `description` names it.
    part_id: Mapped[str | None] = mapped_column(ForeignKey("part.id"), default=None)
    description: Mapped[str] = mapped_column(String(200), default="")
    quantity: Mapped[float] = mapped_column(Float, default=1.0)
    order_reference: Mapped[str] = mapped_column(String(60), default="")
    expected_on: Mapped[date | None] = mapped_column(default=None)
    received_at: Mapped[datetime | None] = mapped_column(default=None)


class Finding(SyncedMixin, Base):
    """A problem found on inspection (§4.2); may be escalated to a repair."""

    __tablename__ = "finding"

    work_order_id: Mapped[str] = mapped_column(ForeignKey("work_order.id"), index=True)
    description: Mapped[str] = mapped_column(Text)
    severity: Mapped[FindingSeverity] = mapped_column(enum_column(FindingSeverity))
    fixed_on_site: Mapped[bool] = mapped_column(default=False)
    escalated_to_id: Mapped[str | None] = mapped_column(ForeignKey("work_order.id"), default=None)


class RunningParameter(SyncedMixin, Base):
    """A running parameter read on inspection (e.g. magnetron hours, SF6 pressure)."""

    __tablename__ = "running_parameter"

    work_order_id: Mapped[str] = mapped_column(ForeignKey("work_order.id"), index=True)
    name: Mapped[str] = mapped_column(String(100))
    value: Mapped[str] = mapped_column(String(100))
    unit: Mapped[str] = mapped_column(String(20), default="")


class InstallationRecord(SyncedMixin, Base):
    """Installation & commissioning data (§3), one per installation work order."""

    __tablename__ = "installation_record"

    work_order_id: Mapped[str] = mapped_column(ForeignKey("work_order.id"), unique=True)
    agreed_date: Mapped[date | None] = mapped_column(default=None)
    place: Mapped[str] = mapped_column(String(200), default="")
    people: Mapped[str] = mapped_column(Text, default="")
    commissioning_summary: Mapped[str] = mapped_column(Text, default="")
    open_problems: Mapped[str] = mapped_column(Text, default="")
    accepted_by_customer: Mapped[str] = mapped_column(String(100), default="")
    accepted_by_engineer: Mapped[str] = mapped_column(String(100), default="")
    accepted_by_qc: Mapped[str] = mapped_column(String(100), default="")
    accepted_at: Mapped[datetime | None] = mapped_column(default=None)


class FollowUp(SyncedMixin, Base):
    """A quality follow-up call or visit after repair or maintenance (§4.5)."""

    __tablename__ = "follow_up"

    work_order_id: Mapped[str] = mapped_column(ForeignKey("work_order.id"), index=True)
    due_date: Mapped[date]
    done_at: Mapped[datetime | None] = mapped_column(default=None)
    outcome: Mapped[FollowUpOutcome] = mapped_column(enum_column(FollowUpOutcome))
    notes: Mapped[str] = mapped_column(Text, default="")
    new_work_order_id: Mapped[str | None] = mapped_column(ForeignKey("work_order.id"), default=None)
    # 1: the call 7–14 days after the work; 2: the contact at the end of the quality
    # tracking period (up to 12 weeks), made once the first call found all well.
    contact: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    __table_args__ = (Index("ix_follow_up_due_date", "due_date"),)


class Attachment(SyncedMixin, Base):
    """A photo or file on a work order (or one checklist item), stored once by SHA-256."""

    __tablename__ = "attachment"

    work_order_id: Mapped[str] = mapped_column(ForeignKey("work_order.id"), index=True)
    checklist_value_id: Mapped[str | None] = mapped_column(
        ForeignKey("checklist_value.id"), default=None
    )
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    filename: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column(Integer)


class FormDraft(Base):
    """Unsaved form input, kept as the user types so a crash loses nothing (local)."""

    __tablename__ = "form_draft"

    key: Mapped[str] = mapped_column(String(120), primary_key=True)
    data: Mapped[dict[str, Any]] = mapped_column(JSON)
    saved_at: Mapped[datetime]


class AuditEntry(Base):
    """One changed field of one record; each entry's hash covers the previous one's."""

    __tablename__ = "audit_entry"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime]
    user_login: Mapped[str] = mapped_column(String(64))
    table_name: Mapped[str] = mapped_column(String(60))
    record_id: Mapped[str] = mapped_column(String(36))
    action: Mapped[str] = mapped_column(String(10))  # insert, update, delete
    field: Mapped[str] = mapped_column(String(60))
    old_value: Mapped[str | None] = mapped_column(Text, default=None)
    new_value: Mapped[str | None] = mapped_column(Text, default=None)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))

    __table_args__ = (Index("ix_audit_entry_record", "table_name", "record_id"),)
