"""The demo's field work: every screen of a work order has something real to show."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import Select, func, select

from app.db.fieldwork import (
    ChecklistRun,
    ChecklistValue,
    Finding,
    FollowUp,
    PartUsage,
    RepairRecord,
    WorkOrderEvent,
)
from app.db.models import WorkOrder
from app.demo.seed import seed_demo
from app.domain.enums import FollowUpOutcome, TrialRunResult, Verdict, WorkOrderState
from app.services.audit import verify_chain
from app.services.checklists.checklist_templates import load_templates
from app.services.store import Store
from tests.db_templates import DemoSeed

TODAY = date(2026, 11, 25)


def count(store: Store, query: Select[Any]) -> int:
    with store.reading() as session:
        return session.scalar(select(func.count()).select_from(query.subquery())) or 0


def test_demo_field_work(store: Store, demo_seed: DemoSeed) -> None:
    demo_seed(store, TODAY)
    passed = select(RepairRecord).where(RepairRecord.trial_run_result == TrialRunResult.PASSED)
    assert count(store, passed) >= 30
    assert count(store, select(PartUsage)) >= 20
    assert count(store, select(Finding).where(Finding.escalated_to_id.is_not(None))) >= 2
    open_calls = select(FollowUp).where(FollowUp.outcome == FollowUpOutcome.OPEN)
    done_calls = select(FollowUp).where(FollowUp.outcome == FollowUpOutcome.SATISFIED)
    assert count(store, open_calls) >= 3 and count(store, done_calls) >= 20
    closed = select(WorkOrder).where(WorkOrder.state == WorkOrderState.CLOSED)
    with store.reading() as session:
        order = session.scalars(closed).first()
        assert order is not None
        steps = session.scalars(
            select(WorkOrderEvent.to_state)
            .where(WorkOrderEvent.work_order_id == order.id)
            .order_by(WorkOrderEvent.at)
        ).all()
    assert steps[0] is WorkOrderState.ACKNOWLEDGED and steps[-1] is WorkOrderState.CLOSED
    templates, _ = load_templates()
    with store.reading() as session:
        used = set(session.scalars(select(ChecklistRun.template_id)))
        unexplained = session.scalars(
            select(ChecklistValue).where(
                ChecklistValue.verdict.in_([Verdict.WARNING, Verdict.FAIL]),
                ChecklistValue.comment == "",
            )
        ).all()
        verdicts = set(session.scalars(select(ChecklistValue.verdict)))
    assert used == set(templates)  # every shipped template has finished runs
    assert unexplained == [] and {Verdict.WARNING, Verdict.FAIL} <= verdicts
    assert verify_chain(store) is None  # the demo's changes are in an intact audit trail
    before = count(store, select(RepairRecord))
    seed_demo(store, TODAY)
    assert count(store, select(RepairRecord)) == before


def test_demo_runs_use_the_templates_made_for_their_unit(store: Store, demo_seed: DemoSeed) -> None:
    """A TomoTherapy is checked per TG-148 and a CyberKnife per TG-135, never with the
    TG-142 C-arm templates; no demo run needed a reason for an unfitting template."""
    from app.db.models import Equipment, EquipmentModel
    from app.domain.checklists import Unit

    demo_seed(store, TODAY)
    templates, _ = load_templates()
    with store.reading() as session:
        rows = session.execute(
            select(
                ChecklistRun.template_id,
                ChecklistRun.fit_exception,
                EquipmentModel.modality,
                EquipmentModel.maker,
                EquipmentModel.model,
            )
            .join(WorkOrder, WorkOrder.id == ChecklistRun.work_order_id)
            .join(Equipment, Equipment.id == WorkOrder.equipment_id)
            .join(EquipmentModel, EquipmentModel.id == Equipment.model_id)
        ).all()
    by_model: dict[str, set[str]] = {}
    for template_id, reason, modality, maker, model in rows:
        assert templates[template_id].fits(Unit(modality, maker, model)), (template_id, model)
        assert reason == ""
        by_model.setdefault(model, set()).add(template_id)
    assert {
        "tomotherapy_qa_daily_tg148",
        "tomotherapy_qa_monthly_tg148",
        "tomotherapy_qa_annual_tg148",
        "tomotherapy_pm",
    } <= by_model["TomoTherapy Radixact"]
    assert {
        "cyberknife_qa_daily_tg135",
        "cyberknife_qa_monthly_tg135",
        "cyberknife_qa_annual_tg135",
        "cyberknife_pm",
    } <= by_model["CyberKnife S7"]
    assert not any(
        "tg142" in t for t in by_model["TomoTherapy Radixact"] | by_model["CyberKnife S7"]
    )


def test_every_signed_demo_report_is_a_complete_record(store: Store, demo_seed: DemoSeed) -> None:
    """No empty signed shells: a signed demo report has its conclusion, an acceptance is
    accepted by the people who signed it, and "customer signed" has that signature."""
    from app.db.signing import Signature
    from app.domain.conclusions import CUSTOMER_MEANINGS, Outcome
    from app.domain.enums import SignatureMeaning
    from app.domain.report_kinds import report_kind_of
    from app.services.reports import conclusions
    from app.services.work_orders import field_records

    demo_seed(store, TODAY)
    with store.reading() as session:
        signed = session.execute(
            select(WorkOrder.id, WorkOrder.type, WorkOrder.state).where(
                WorkOrder.state.in_([WorkOrderState.CUSTOMER_SIGNED, WorkOrderState.CLOSED])
            )
        ).all()
        meanings: dict[str, dict[SignatureMeaning, str]] = {}
        for row in session.scalars(select(Signature).where(Signature.amendment_id.is_(None))):
            meanings.setdefault(row.work_order_id, {})[row.meaning] = row.signer_name
    kinds = set()
    for order_id, order_type, _state in signed:
        kind = report_kind_of(order_type)
        kinds.add(kind)
        assert set(meanings.get(order_id, {})) & CUSTOMER_MEANINGS, order_id
        found = conclusions.conclusion(store, order_id, kind)
        assert found.complete, (order_type, found.gaps)
        if order_type.value == "acceptance":
            assert found.outcome in (Outcome.ACCEPTED, Outcome.ACCEPTED_WITH_PROBLEMS)
            record = field_records.load_installation(store, order_id)
            names = meanings[order_id]
            assert record.accepted_by_customer == names[SignatureMeaning.ACCEPTED_BY]
            assert record.accepted_by_engineer == names[SignatureMeaning.PERFORMED_BY]
            assert record.accepted_by_qc == names[SignatureMeaning.REVIEWED_BY]
    assert {k.value for k in kinds} >= {"service", "inspection", "installation", "acceptance"}


def test_the_demo_shows_a_refused_and_a_signed_clinical_release(
    store: Store, demo_seed: DemoSeed
) -> None:
    """Issue 11: one repair whose release is refused (naming the failed output and the
    unmeasured energy) and one released by the physicist's signature; Varian's
    high-energy units get klystrons, never magnetrons."""
    from app.db.clinical import AcceptanceTesting, ClinicalRelease
    from app.db.fieldwork import Part
    from app.db.models import Equipment, EquipmentModel
    from app.domain import clinical_release as cr
    from app.services.clinical import release

    demo_seed(store, TODAY)
    with store.reading() as session:
        signed = session.scalars(select(ClinicalRelease).where(ClinicalRelease.legacy.is_(False)))
        row = signed.one()
        assert row.signature_id is not None and row.released_by == "刘洋"
        flagged = session.scalars(select(AcceptanceTesting)).one()
        varian_parts = session.scalars(
            select(Part.part_number)
            .join(PartUsage, PartUsage.part_id == Part.id)
            .join(WorkOrder, WorkOrder.id == PartUsage.work_order_id)
            .join(Equipment, Equipment.id == WorkOrder.equipment_id)
            .join(EquipmentModel, EquipmentModel.id == Equipment.model_id)
            .where(EquipmentModel.maker == "Varian", EquipmentModel.model != "Halcyon")
        ).all()
        rf_codes = session.scalars(
            select(RepairRecord.fault_code)
            .join(WorkOrder, WorkOrder.id == RepairRecord.work_order_id)
            .join(Equipment, Equipment.id == WorkOrder.equipment_id)
            .join(EquipmentModel, EquipmentModel.id == Equipment.model_id)
            .where(EquipmentModel.maker == "Varian", RepairRecord.fault_code == "RF-01")
            .where(EquipmentModel.model != "Halcyon")
        ).all()
    assert release.release_view(store, row.work_order_id).release is not None
    refused = release.release_view(store, flagged.work_order_id)
    reasons = {(r.reason, r.subject.en) for r in refused.refusals}
    assert (cr.FAILED_ITEM, "X-ray output constancy, Δ from baseline") in reasons
    assert (cr.MISSING_CHECK, "Beam energy (PDD / TPR ratio)") in reasons
    assert "DEMO-100-0003" not in varian_parts and rf_codes == []  # no magnetron on them
