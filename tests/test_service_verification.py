"""TPS and QA-instrument units are offered a checklist of their own, so their
maintenance work orders can be completed without pretending a linac template fits."""

from __future__ import annotations

import pytest

from app.db.models import EquipmentModel, WorkOrder
from app.domain.enums import Modality, UserRole, Verdict, WorkOrderState, WorkOrderType
from app.domain.records import EquipmentDraft, ValidationError
from app.services.checklists import checklist_runs as runs
from app.services.checklists.work_order_checklists import templates_for
from app.services.registry import equipment
from app.services.store import Store
from app.services.work_orders import workflow
from tests import factories

S = WorkOrderState
VALUES = {
    "tps_service_verification": {
        "software_version": "Eclipse 16.1.0",
        "version_matches_release": "pass",
        "licence": "valid",
        "backup": "pass",
        "dicom_import": "pass",
        "dicom_export": "pass",
        "beam_data_checksum": "pass",
        "reference_plan": "0.3",
    },
    "qa_instrument_service_check": {
        "identity": "SN 001234, firmware 1.9",
        "visual": "good",
        "bias_polarity": "pass",
        "battery_display": "pass",
        "self_test": "pass",
        "constancy_check": "-0.4",
        "calibration_due": "NIM 2026-0412, due 2027-03-01",
        "calibration_in_date": "pass",
    },
}


def unit_order(store: Store, modality: Modality, maker: str, model: str) -> str:
    _, site_id, _ = factories.hospital_with_unit(store)
    with store.session() as session:
        row = EquipmentModel(maker=maker, model=model, modality=modality)
        session.add(row)
        session.flush()
        model_id = row.id
    unit_id = equipment.save_equipment(
        store, None, EquipmentDraft(model_id=model_id, site_id=site_id, serial_number="S-1")
    )
    order = factories.work_order(store, unit_id, "年度维护", WorkOrderType.PREVENTIVE_MAINTENANCE)
    for state in (S.ACKNOWLEDGED, S.ON_SITE, S.IN_PROGRESS):
        workflow.move(store, order.id, state, UserRole.ENGINEER)
    return order.id


@pytest.mark.parametrize(
    ("modality", "maker", "model", "template_id"),
    [
        (Modality.TPS, "Varian", "Eclipse", "tps_service_verification"),
        (Modality.QA_INSTRUMENT, "PTW", "UNIDOS webline", "qa_instrument_service_check"),
    ],
)
def test_tps_and_qa_instrument_work_orders_complete(
    store: Store, modality: Modality, maker: str, model: str, template_id: str
) -> None:
    order_id = unit_order(store, modality, maker, model)
    with pytest.raises(ValidationError):  # nothing filled in yet: cannot complete
        workflow.move(store, order_id, S.COMPLETED, UserRole.ENGINEER)
    assert [t.id for t in templates_for(store, order_id).fitting] == [template_id]
    run_id = runs.start_run(store, order_id, template_id)  # fits: no reason asked
    for item_id, text in VALUES[template_id].items():
        runs.record_value(store, run_id, item_id, text)
    runs.complete_run(store, run_id)
    workflow.move(store, order_id, S.COMPLETED, UserRole.ENGINEER)
    with store.reading() as session:
        assert session.get(WorkOrder, order_id).state is S.COMPLETED  # type: ignore[union-attr]


def test_a_reference_plan_that_does_not_reproduce_fails(store: Store) -> None:
    order_id = unit_order(store, Modality.TPS, "Elekta", "Monaco")
    run_id = runs.start_run(store, order_id, "tps_service_verification")
    assert runs.record_value(store, run_id, "reference_plan", "1.0").verdict is Verdict.PASS
    assert runs.record_value(store, run_id, "reference_plan", "1.6").verdict is Verdict.FAIL
