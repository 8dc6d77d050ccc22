"""The demo's acceptance specifications: the Halcyon model's taken over from the
shipped example (one value from its ATP), another linac model without any, so its
acceptance run is refused, naming what is missing."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from app.db.models import Equipment, EquipmentModel
from app.domain.acceptance_specs import EXAMPLE_DOCUMENT
from app.domain.enums import WorkOrderType
from app.services.checklists import acceptance_specs
from app.services.checklists import checklist_runs as runs
from app.services.checklists.acceptance_specs import SpecMissing
from app.services.store import Store
from tests import factories
from tests.db_templates import DemoSeed


def test_the_demo_halcyon_has_its_specification_and_a_truebeam_has_none(
    store: Store, demo_seed: DemoSeed
) -> None:
    demo_seed(store, date(2026, 12, 4))
    with store.reading() as session:
        models = {m.model: m.id for m in session.scalars(select(EquipmentModel))}
        truebeam_unit = session.scalars(
            select(Equipment.id).where(Equipment.model_id == models["TrueBeam"])
        ).first()
    halcyon = {s.item_id: s for s in acceptance_specs.spec_items(store, models["Halcyon"])}
    assert len(halcyon) == 7 and all(s.spec_value for s in halcyon.values())
    assert halcyon["mu_linearity"].spec_text == "±1%"
    assert halcyon["rotation_scales"].document == EXAMPLE_DOCUMENT
    assert halcyon["rotation_scales"].entered_by == "周建国"
    truebeam = acceptance_specs.spec_items(store, models["TrueBeam"])
    assert truebeam and not any(s.spec_value for s in truebeam)
    assert truebeam_unit is not None
    order = factories.work_order(store, truebeam_unit, kind=WorkOrderType.ACCEPTANCE)
    with pytest.raises(SpecMissing) as refused:
        runs.start_run(store, order.id, "linac_acceptance", "imrt")
    assert len(refused.value.missing) == 14
