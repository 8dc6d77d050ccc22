"""Clinical releases in the demo (issue 11 §1): two recent linac repairs not yet signed
tell the two sides of the gate.

- An RF source replaced (a job in its trial run): the monthly QA run shows the X-ray
  output beyond its action level and the beam energy never measured, so the release is
  refused, naming both, and the unit waits for acceptance-level testing.
- An MLC leaf motor replaced: picket fence and leaf position pass, one output reading
  is a WARNING with its comment; the engineer and the customer sign the report and
  the hospital's physicist signs the release.

Everything goes through the services a user's actions go through, so the demo shows
what the rules really allow.
"""

from __future__ import annotations

import random
from datetime import timedelta

from sqlalchemy import select

from app.db.fieldwork import ChecklistRun, ChecklistValue, RepairRecord
from app.db.models import Equipment, EquipmentModel, WorkOrder
from app.demo.checklists import add_finished_run
from app.demo.fieldwork import uses_klystron
from app.demo.signatures import scribble, signers
from app.domain.enums import ReportKind, SignatureMeaning, WorkOrderState, WorkOrderType
from app.domain.records import ValidationError
from app.domain.tolerance import judge
from app.services.checklists.checklist_templates import load_templates
from app.services.clinical import acceptance, release
from app.services.signing import signatures as signing
from app.services.store import Store

SEED = 20_261_204
PHYSICIST = ("刘洋", "医学物理师")
MONTHLY = "linac_qa_monthly_tg142"


def seed_releases(store: Store) -> None:
    """Adds the two stories once (nothing when no fitting repairs are there)."""
    with store.session() as session:
        orders = session.scalars(
            select(WorkOrder)
            .join(Equipment, Equipment.id == WorkOrder.equipment_id)
            .join(EquipmentModel, EquipmentModel.id == Equipment.model_id)
            .where(
                WorkOrder.type == WorkOrderType.REPAIR,
                WorkOrder.state.in_((WorkOrderState.COMPLETED, WorkOrderState.TRIAL_RUN)),
                WorkOrder.started_at.is_not(None),
                EquipmentModel.maker.in_(("Varian", "Elekta")),
                EquipmentModel.model.not_in(("Halcyon",)),
            )
            .order_by(WorkOrder.finished_at.desc(), WorkOrder.id)
        ).all()
        unsigned = [o for o in orders if not _signed(session, o.id)]
        done = [o for o in unsigned if o.state is WorkOrderState.COMPLETED]
        if not done or len(unsigned) < 2:
            return
        released = done[0]
        refused = next(o for o in unsigned if o is not released)
        rng = random.Random(SEED)
        template = load_templates()[0][MONTHLY]
        _story(session, store, rng, refused, template, "rf_source", {"xray_output": "3.6"})
        _story(session, store, rng, released, template, "mlc_motor", {"xray_output": "2.4"})
        released_id = released.id
    _sign_and_release(store, released_id)


def _signed(session: object, work_order_id: str) -> bool:
    from app.db.signing import Signature

    return (
        session.scalar(  # type: ignore[attr-defined]
            select(Signature.id).where(Signature.work_order_id == work_order_id)
        )
        is not None
    )


def _story(
    session: object,
    store: Store,
    rng: random.Random,
    order: WorkOrder,
    template: object,
    component: str,
    values: dict[str, str],
) -> None:
    from sqlalchemy.orm import Session

    from app.domain.checklists import Template

    assert isinstance(session, Session) and isinstance(template, Template)
    record = session.scalar(select(RepairRecord).where(RepairRecord.work_order_id == order.id))
    if record is None:
        return
    klystron = uses_klystron(order.equipment.model)
    if component == "rf_source":
        record.fault_code = "RF-02" if klystron else "RF-01"
        part = "速调管" if klystron else "磁控管"
        record.cause = f"{part}老化，输出功率下降"
        record.actions = f"更换{part}，调整 AFC 并复测输出剂量"
    else:
        record.fault_code = "MLC-02"
        record.cause = "MLC 叶片 A23 驱动电机磨损"
        record.actions = "更换 A23 叶片驱动电机，重新校准 MLC，复测栅栏测试及叶片位置"
    record.replaced_components = component
    at = order.finished_at or order.updated_at
    add_finished_run(session, rng, order, template, at, may_fail=False)
    session.flush()
    run = session.scalars(
        select(ChecklistRun)
        .where(ChecklistRun.work_order_id == order.id, ChecklistRun.template_id == template.id)
        .order_by(ChecklistRun.created_at.desc())
    ).first()
    assert run is not None
    for item_id, raw in values.items():
        item = template.item(item_id)
        row = session.scalar(
            select(ChecklistValue).where(
                ChecklistValue.run_id == run.id, ChecklistValue.item_id == item_id
            )
        )
        if item is None or row is None:
            continue
        judged = judge(item.rule_for(run.machine_class), raw)
        row.text, row.verdict, row.unit = judged.text, judged.verdict, judged.unit
        row.number = None if judged.number is None else float(judged.number)
        row.comment = (
            "超出干预水平，已停机，待重新校准后复测"
            if raw == "3.6"
            else "超出容差未超干预水平；物理师已知悉，一周后复测"
        )
    acceptance.flag_replacements(session, store, order, [component])


def _sign_and_release(store: Store, work_order_id: str) -> None:
    with store.reading() as session:
        order = session.get(WorkOrder, work_order_id)
        assert order is not None and order.finished_at is not None
        engineer, contact, role = signers(order)
        hospital = order.equipment.site.customer.name_zh
        finished = order.finished_at
    rng = random.Random(SEED + 1)
    people = [
        (SignatureMeaning.PERFORMED_BY, engineer, "技术工程师", "Beamside", 5),
        (SignatureMeaning.ACCEPTED_BY, contact, role, hospital, 12),
        (SignatureMeaning.RELEASED_FOR_CLINICAL_USE, PHYSICIST[0], PHYSICIST[1], hospital, 30),
    ]
    try:
        for meaning, name, title, organisation, minutes in people:
            given = signing.SignatureInput(
                report_kind=ReportKind.SERVICE,
                signer_name=name,
                signer_role=title,
                organisation=organisation,
                meaning=meaning,
                strokes=scribble(rng),
                signed_at=finished + timedelta(minutes=minutes),
            )
            if meaning is SignatureMeaning.RELEASED_FOR_CLINICAL_USE:
                release.release(store, work_order_id, given)
            else:
                signing.sign(store, work_order_id, given, identity_confirmed=True)
    except ValidationError as refused:  # the demo shows only what the rules allow
        raise RuntimeError(f"demo release refused: {refused}") from refused
