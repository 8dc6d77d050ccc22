"""Small record builders for tests, going through the services like the UI does."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from app.db.models import EquipmentModel, User
from app.domain.enums import Modality, ReportKind, SignatureMeaning, UserRole, WorkOrderType
from app.domain.records import CustomerDraft, EquipmentDraft, SiteDraft, WorkOrderDraft
from app.services.registry import customers, equipment
from app.services.store import Store
from app.services.work_orders import orders as work_orders


def equipment_model(store: Store, maker: str = "Varian", model: str = "TrueBeam") -> str:
    with store.session() as session:
        row = EquipmentModel(maker=maker, model=model, modality=Modality.LINAC)
        session.add(row)
        session.flush()
        return row.id


def engineer(store: Store, login: str = "li.na", name: str = "李娜") -> str:
    with store.session() as session:
        row = User(display_name=name, login=login, role=UserRole.ENGINEER)
        session.add(row)
        session.flush()
        return row.id


def hospital_with_unit(
    store: Store,
    name: str = "江苏省肿瘤医院",
    serial: str = "H191234",
    model: tuple[str, str] = ("Varian", "TrueBeam"),
) -> tuple[str, str, str]:
    """(customer id, site id, equipment id); `model` is the unit's (maker, model)."""
    customer_id = customers.save_customer(store, None, CustomerDraft(name_zh=name))
    site_id = customers.save_site(store, None, SiteDraft(customer_id, "放疗科 1号机房"))
    unit_id = equipment.save_equipment(
        store,
        None,
        EquipmentDraft(
            model_id=equipment_model(store, *model), site_id=site_id, serial_number=serial
        ),
    )
    return customer_id, site_id, unit_id


def work_order(
    store: Store,
    unit_id: str,
    description: str = "MLC 叶片 A23 运动超差",
    kind: WorkOrderType = WorkOrderType.REPAIR,
    reported_at: datetime | None = None,
) -> work_orders.SavedWorkOrder:
    draft = WorkOrderDraft(
        type=kind,
        equipment_id=unit_id,
        description=description,
        reported_at=reported_at or datetime(2026, 3, 2, 8, 30, tzinfo=UTC),
    )
    return work_orders.save_work_order(store, None, draft)


# Two strokes of a signature, in the pad's 1000×300 space ([x, y, pressure, t_ms]).
SCRIBBLE = [
    [
        [100.0, 150.0, 0.5, 0],
        [180.0, 120.0, 0.6, 40],
        [260.0, 170.0, 0.7, 80],
        [340, 110, 0.5, 120],
    ],
    [[400.0, 160.0, 0.5, 300], [480.0, 130.0, 0.5, 340], [560.0, 150.0, 0.5, 380]],
]


def completed_repair(
    store: Store, unit_id: str, description: str = "MLC 叶片 A23 运动超差"
) -> work_orders.SavedWorkOrder:
    """A repair worked through to completed: cause, actions and a passed trial run."""
    from app.domain.enums import TrialRunResult, WorkOrderState
    from app.domain.field_records import RepairDraft
    from app.services.work_orders import field_records, workflow

    s = WorkOrderState
    order = work_order(store, unit_id, description)
    for state in (s.ACKNOWLEDGED, s.ON_SITE, s.IN_PROGRESS):
        workflow.move(store, order.id, state, UserRole.ENGINEER)
    draft = RepairDraft(cause="离子泵控制器故障", actions="更换控制器")
    field_records.save_repair(store, order.id, draft)
    workflow.move(store, order.id, s.TRIAL_RUN, UserRole.ENGINEER)
    draft.trial_run_result = TrialRunResult.PASSED
    field_records.save_repair(store, order.id, draft)
    workflow.move(store, order.id, s.COMPLETED, UserRole.ENGINEER)
    return order


def sign_report(
    store: Store,
    work_order_id: str,
    customer: str = "陈红霞",
    strokes: list[Any] | None = None,
    kind: ReportKind = ReportKind.SERVICE,
) -> None:
    """The engineer signs, then the customer, through the signing service."""
    from app.services.signing import signatures as signing

    for name, organisation, meaning in (
        ("李娜", "Beamside", SignatureMeaning.PERFORMED_BY),
        (customer, "江苏省肿瘤医院", SignatureMeaning.ACCEPTED_BY),
    ):
        given = signing.SignatureInput(
            report_kind=kind,
            signer_name=name,
            signer_role="",
            organisation=organisation,
            meaning=meaning,
            strokes=strokes or SCRIBBLE,
            signed_at=datetime.now(UTC),
        )
        signing.sign(store, work_order_id, given)
