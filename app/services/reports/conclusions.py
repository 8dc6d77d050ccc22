"""A report's conclusion from the database: the facts app/domain/conclusions.py judges.

Read-only. Used by the report gathering (what the report prints), by signing (refused
while the conclusion is open) and by the signatures tab (why hand-over is not possible).
"""

from __future__ import annotations

from sqlalchemy import select

from app.db.models import WorkOrder
from app.db.signing import Amendment, Signature
from app.domain.conclusions import (
    CUSTOMER_MEANINGS,
    Conclusion,
    ConclusionFacts,
    conclude,
    signing_refusals,
)
from app.domain.enums import (
    AdverseEventAnswer,
    FindingSeverity,
    Modality,
    ReportKind,
    RunState,
    SignatureMeaning,
)
from app.domain.field_records import RepairDraft
from app.services.checklists import work_order_checklists
from app.services.clinical.released import is_released
from app.services.records import live
from app.services.registry import fault_codes
from app.services.store import Store
from app.services.training.trainees import trainees_of
from app.services.work_orders import field_records, findings


def facts(store: Store, work_order_id: str, kind: ReportKind) -> ConclusionFacts:
    with store.reading() as session:
        order = live(session, WorkOrder, work_order_id)
        work_type, description = order.type, order.description
        modality = order.equipment.model.modality
    runs = work_order_checklists.runs_of(store, work_order_id)
    repair = field_records.load_repair(store, work_order_id)
    installation = (
        field_records.load_installation(store, work_order_id)
        if kind in (ReportKind.INSTALLATION, ReportKind.ACCEPTANCE)
        else None
    )
    problems = (
        [line for line in installation.open_problems.splitlines() if line.strip()]
        if installation
        else []
    )
    unsolved = (
        [f for f in findings.findings_of(store, work_order_id) if not f.fixed_on_site]
        if kind is ReportKind.INSPECTION
        else []
    )
    return ConclusionFacts(
        kind=kind,
        work_type=work_type,
        runs=len(runs),
        runs_completed=sum(1 for r in runs if r.state is RunState.COMPLETED),
        passed=sum(r.summary.passed for r in runs),
        warnings=sum(r.summary.warnings for r in runs),
        failures=sum(r.summary.failures for r in runs),
        pending=sum(r.summary.pending for r in runs),
        cause=repair.cause,
        actions=repair.actions,
        trial_run=repair.trial_run_result,
        back_in_use=is_released(store, work_order_id),
        commissioning_summary=installation.commissioning_summary if installation else "",
        accepted_by_customer=installation.accepted_by_customer if installation else "",
        accepted_by_engineer=installation.accepted_by_engineer if installation else "",
        accepted_by_qc=installation.accepted_by_qc if installation else "",
        accepted_recorded=bool(installation and installation.accepted_at is not None),
        open_problems=len(problems),
        open_findings=len(unsolved),
        critical_findings=sum(1 for f in unsolved if f.severity is FindingSeverity.CRITICAL),
        description=description,
        trainees=(
            sum(1 for t in trainees_of(store, work_order_id) if t.certified)
            if kind is ReportKind.TRAINING
            else 0
        ),
        reportable_unanswered=_reportable_unanswered(modality, repair),
    )


def _reportable_unanswered(modality: Modality, repair: RepairDraft) -> bool:
    """A fault code marked "possibly reportable" whose adverse-event question is open."""
    return (
        fault_codes.is_reportable(modality, repair.fault_code)
        and repair.adverse_event is AdverseEventAnswer.NOT_ANSWERED
    )


def conclusion(store: Store, work_order_id: str, kind: ReportKind) -> Conclusion:
    return conclude(facts(store, work_order_id, kind))


def current_meanings(store: Store, work_order_id: str) -> set[SignatureMeaning]:
    """Who has signed the record as it now stands: the open amendment's set when one
    is open (or the newest amendment's), else the original signatures."""
    with store.reading() as session:
        newest = session.scalars(
            select(Amendment.id)
            .where(Amendment.work_order_id == work_order_id, Amendment.deleted_at.is_(None))
            .order_by(Amendment.created_at.desc(), Amendment.id.desc())
        ).first()
        amendment = Signature.amendment_id == newest if newest else Signature.amendment_id.is_(None)
        return set(
            session.scalars(
                select(Signature.meaning).where(
                    Signature.work_order_id == work_order_id,
                    Signature.deleted_at.is_(None),
                    amendment,
                )
            )
        )


def refusals(
    store: Store, work_order_id: str, kind: ReportKind, meaning: SignatureMeaning
) -> list[str]:
    """Why a `meaning` signature of the `kind` report may not be given now."""
    with store.reading() as session:
        state = live(session, WorkOrder, work_order_id).state
    signed = current_meanings(store, work_order_id)
    return signing_refusals(
        state,
        meaning,
        SignatureMeaning.PERFORMED_BY in signed,
        conclusion(store, work_order_id, kind),
    )


def hand_over_refusals(store: Store, work_order_id: str, kind: ReportKind) -> list[str]:
    """Why the laptop cannot be handed over for signing yet (the engineer signs in
    signing mode first, so the engineer-first rule is not a reason here)."""
    return refusals(store, work_order_id, kind, SignatureMeaning.PERFORMED_BY)


def customer_has_signed(store: Store, work_order_id: str) -> bool:
    return bool(current_meanings(store, work_order_id) & CUSTOMER_MEANINGS)
