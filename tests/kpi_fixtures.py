"""A small office for KPI tests: one linac with a weekend repair, a repeat MLC failure
and a PM, written straight to the database with the stamps the figures are worked from."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from app.db.clinical import ClinicalRelease
from app.db.fieldwork import FollowUp, Part, PartUsage, RepairRecord, WorkOrderEvent
from app.db.models import WorkOrder, WorkOrderAssignment
from app.domain.enums import (
    FollowUpOutcome,
    Priority,
    TrialRunResult,
    WorkOrderState,
    WorkOrderType,
)
from app.services.store import Store
from tests import factories

BJ = timedelta(hours=8)  # Asia/Shanghai has no summer time


def bj(day: int, hour: int, month: int = 3) -> datetime:
    """A Beijing wall-clock time in March 2026, as the UTC the database stores."""
    return datetime(2026, month, day, hour, tzinfo=UTC) - BJ


def seed_office(store: Store) -> dict[str, str]:
    """Ids by name: unit, engineer, weekend, again, pm."""
    customer, _site, unit = factories.hospital_with_unit(store)
    engineer = factories.engineer(store)
    ids = {"unit": unit, "engineer": engineer, "hospital": customer}
    s = WorkOrderState
    with store.session() as session:
        part = Part(part_number="MLC-MOTOR", description="MLC motor")
        session.add(part)
        session.flush()

        def order(name: str, kind: WorkOrderType, **stamps: datetime) -> WorkOrder:
            row = WorkOrder(
                number=f"WO-{name}",
                type=kind,
                state=s.CLOSED,
                priority=Priority.NORMAL,
                equipment_id=unit,
                **stamps,
            )
            session.add(row)
            session.flush()
            session.add(WorkOrderAssignment(work_order_id=row.id, user_id=engineer))
            ids[name] = row.id
            return row

        # Friday 6 March 22:00 → back in clinical use Monday 9 March 09:00 (59 h)
        weekend = order(
            "weekend",
            WorkOrderType.REPAIR,
            reported_at=bj(6, 22),
            acknowledged_at=bj(6, 22) + timedelta(minutes=30),
            arrived_at=bj(7, 7),
            finished_at=bj(7, 15),
        )
        # Thursday 12 March 10:00 → 16:00, MLC again, waited for parts
        again = order(
            "again",
            WorkOrderType.REPAIR,
            reported_at=bj(12, 10),
            acknowledged_at=bj(12, 11),
            finished_at=bj(12, 15),
        )
        for row, code, back in ((weekend, "LINAC/MLC-03", bj(9, 9)), (again, "MLC-01", bj(12, 16))):
            session.add(
                RepairRecord(
                    work_order_id=row.id,
                    fault_code=code,
                    trial_run_result=TrialRunResult.PASSED,
                )
            )
            session.add(
                ClinicalRelease(
                    work_order_id=row.id,
                    equipment_id=unit,
                    released_by="物理师",
                    released_at=back,
                    legacy=True,
                )
            )
        session.add(
            WorkOrderEvent(
                work_order_id=again.id,
                from_state=s.IN_PROGRESS,
                to_state=s.AWAITING_PARTS,
                at=bj(12, 12),
                by_login="li.na",
            )
        )
        session.add(PartUsage(work_order_id=again.id, part_id=part.id, quantity=2.0))
        session.add(
            FollowUp(
                work_order_id=weekend.id,
                due_date=bj(10, 9).date(),
                done_at=bj(10, 10),
                outcome=FollowUpOutcome.SATISFIED,
            )
        )
        # A normal-priority PM reported 2 March (due 5 March), finished 5 March 17:00
        order(
            "pm",
            WorkOrderType.PREVENTIVE_MAINTENANCE,
            reported_at=bj(2, 9),
            finished_at=bj(5, 17),
        )
    return ids


OUTPUTS = [0.2, 0.8, 1.5, 2.4, 1.1]  # % from baseline; 2.4 is outside the ±2 % tolerance


def seed_trend(store: Store, unit: str) -> list[str]:
    """Monthly QA (TG-142) on the unit, Jan..May 2026, X-ray output as OUTPUTS; returns
    the QA work orders' ids, oldest first."""
    from app.db.fieldwork import ChecklistRun, ChecklistValue
    from app.domain.enums import RunState, Verdict
    from app.services.checklists.checklist_templates import load_templates

    template = load_templates()[0]["linac_qa_monthly_tg142"]
    ids = []
    with store.session() as session:
        for month, value in enumerate(OUTPUTS, start=1):
            when = bj(10, 10, month=month)
            order = WorkOrder(
                number=f"QA-{month}",
                type=WorkOrderType.INSPECTION,
                state=WorkOrderState.CLOSED,
                priority=Priority.NORMAL,
                equipment_id=unit,
                reported_at=when,
                finished_at=when + timedelta(hours=3),
            )
            session.add(order)
            session.flush()
            run = ChecklistRun(
                work_order_id=order.id,
                template_id=template.id,
                template_version=template.version,
                template_title=template.title_zh,
                template_snapshot=dict(template.data),
                machine_class="imrt",
                state=RunState.COMPLETED,
                started_at=when,
                completed_at=when + timedelta(hours=2),
            )
            session.add(run)
            session.flush()
            session.add(
                ChecklistValue(
                    run_id=run.id,
                    item_id="xray_output",
                    text=f"{value} %",
                    number=value,
                    unit="%",
                    verdict=Verdict.PASS if abs(value) <= 2 else Verdict.WARNING,
                    entered_at=when + timedelta(hours=1),
                )
            )
            ids.append(order.id)
    return ids


# X-ray beam quality (PDD10, %) per beam, Jan..Apr 2026, against each beam's baseline:
# 6 MV 66.8 (the last value 1.2 % above it, outside the ±1 % tolerance), 10 MV 73.4.
BEAM_QUALITY = {"6 MV": (66.8, [66.9, 66.6, 67.0, 67.6]), "10 MV": (73.4, [73.5, 73.3, 73.4, 73.2])}


def seed_beam_trend(store: Store, unit: str) -> dict[str, str]:
    """Annual QA runs (TG-142) with the per-beam, from-baseline beam quality on two
    photon beams; returns the work orders' ids by month ("1".."4") and the beams'."""
    from decimal import Decimal

    from app.db.fieldwork import ChecklistRun, ChecklistValue
    from app.db.unit_configuration import ChecklistBaseline, ChecklistBeamValue, UnitBeam
    from app.domain.enums import RunState, Verdict
    from app.domain.unit_configuration import BaselineDifference, BaselineOccasion, Particle
    from app.domain.unit_configuration import difference as baseline_difference
    from app.services.checklists.checklist_templates import load_templates

    template = load_templates()[0]["linac_qa_annual_tg142"]
    ids: dict[str, str] = {}
    with store.session() as session:
        beams = {}
        for position, (label, (base, _values)) in enumerate(BEAM_QUALITY.items()):
            beam = UnitBeam(
                equipment_id=unit,
                particle=Particle.PHOTON,
                energy=float(label.split()[0]),
                fff=False,
                position=position,
            )
            session.add(beam)
            session.flush()
            baseline = ChecklistBaseline(
                equipment_id=unit,
                item_id="xray_beam_quality",
                beam_id=beam.id,
                value=base,
                unit="%",
                occasion=BaselineOccasion.ACCEPTANCE,
                set_at=bj(2, 9, month=1),
                set_by="物理师",
            )
            session.add(baseline)
            session.flush()
            beams[label] = (beam, baseline)
            ids[label] = beam.id
        for month in range(1, 5):
            when = bj(20, 10, month=month)
            order = WorkOrder(
                number=f"AQ-{month}",
                type=WorkOrderType.INSPECTION,
                state=WorkOrderState.CLOSED,
                priority=Priority.NORMAL,
                equipment_id=unit,
                reported_at=when,
                finished_at=when + timedelta(hours=5),
            )
            session.add(order)
            session.flush()
            run = ChecklistRun(
                work_order_id=order.id,
                template_id=template.id,
                template_version=template.version,
                template_title=template.title_zh,
                template_snapshot=dict(template.data),
                machine_class="imrt",
                state=RunState.COMPLETED,
                started_at=when,
                completed_at=when + timedelta(hours=4),
            )
            session.add(run)
            session.flush()
            verdicts = []
            for label, (beam, baseline) in beams.items():
                measured = BEAM_QUALITY[label][1][month - 1]
                delta = baseline_difference(
                    Decimal(str(measured)), Decimal(str(baseline.value)), BaselineDifference.PERCENT
                )
                verdict = Verdict.PASS if abs(delta) <= 1 else Verdict.FAIL
                verdicts.append(verdict)
                session.add(
                    ChecklistBeamValue(
                        run_id=run.id,
                        item_id="xray_beam_quality",
                        beam_id=beam.id,
                        beam_label=label,
                        text=str(measured),
                        number=measured,
                        unit="%",
                        baseline=baseline.value,
                        baseline_id=baseline.id,
                        difference=float(delta),
                        verdict=verdict,
                        entered_at=when + timedelta(hours=1),
                    )
                )
            session.add(
                ChecklistValue(
                    run_id=run.id,
                    item_id="xray_beam_quality",
                    text="2/2",
                    unit="",
                    verdict=Verdict.FAIL if Verdict.FAIL in verdicts else Verdict.PASS,
                    entered_at=when + timedelta(hours=1),
                )
            )
            ids[str(month)] = order.id
    return ids
