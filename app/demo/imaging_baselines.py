"""Demo values of the person-judged imaging items (TG-142 Table VI "baseline"): each
unit gets its imaging baselines at acceptance the first time a run needs one, and each
run a measured value near it, the difference computed and the physicist's PASS."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import Equipment
from app.db.unit_configuration import ChecklistBaseline
from app.demo.rows import DEMO_BY
from app.domain.checklists import Item
from app.domain.enums import Verdict
from app.domain.tolerance import format_number
from app.domain.unit_configuration import BaselineDifference, BaselineOccasion, difference

PHYSICIST = "物理师 陈静"
# Typical acceptance values (EPID and kV panel per vendor QC phantoms, CBCT per Catphan).
_TYPICAL = {
    "mv_spatial_resolution": Decimal("0.42"),
    "mv_contrast": Decimal("118"),
    "mv_uniformity": Decimal("1.8"),
    "mv_noise": Decimal("0.9"),
    "kv_spatial_resolution": Decimal("1.6"),
    "kv_contrast": Decimal("42"),
    "kv_uniformity": Decimal("2.4"),
    "kv_noise": Decimal("1.1"),
    "cbct_spatial_resolution": Decimal("7"),
    "cbct_contrast": Decimal("1.9"),
    "cbct_hu_constancy": Decimal("3"),
    "cbct_uniformity": Decimal("12"),
    "cbct_noise": Decimal("18"),
    "mv_imaging_dose": Decimal("1.1"),
    "kv_beam_quality": Decimal("4.2"),
    "kv_imaging_dose": Decimal("0.28"),
    "cbct_imaging_dose": Decimal("3.4"),
}


def unit_baseline(
    session: Session, equipment_id: str, item: Item, before: datetime
) -> ChecklistBaseline:
    """The unit's baseline of the item, set at acceptance if the demo has none yet."""
    row = session.scalar(
        select(ChecklistBaseline).where(
            ChecklistBaseline.equipment_id == equipment_id,
            ChecklistBaseline.item_id == item.id,
            ChecklistBaseline.beam_id.is_(None),
        )
    )
    if row is not None:
        return row
    unit = session.get(Equipment, equipment_id)
    accepted = unit.acceptance_date or unit.install_date if unit is not None else None
    at = (
        datetime(accepted.year, accepted.month, accepted.day, 7, 0, tzinfo=UTC)
        if accepted is not None
        else before - timedelta(days=400)
    )
    row = ChecklistBaseline(
        equipment_id=equipment_id,
        item_id=item.id,
        beam_id=None,
        value=float(_TYPICAL.get(item.id, Decimal(100))),
        unit=item.measured_unit,
        occasion=BaselineOccasion.ACCEPTANCE,
        set_at=min(at, before),
        set_by=PHYSICIST,
        updated_by=DEMO_BY,
    )
    session.add(row)
    session.flush()
    return row


def judged_columns(
    session: Session, rng: random.Random, equipment_id: str, item: Item, at: datetime
) -> dict[str, object]:
    """A measured value a little off the unit's baseline, with the difference the app
    computes and the physicist's verdict (PASS: the demo's images look as accepted)."""
    baseline = unit_baseline(session, equipment_id, item, at)
    base = Decimal(str(baseline.value))
    drift = Decimal(str(round(rng.uniform(-0.04, 0.04), 3)))
    measured = (base * (1 + drift)).quantize(Decimal("0.01"))
    how = item.from_baseline or BaselineDifference.ABSOLUTE
    delta = difference(measured, base, how)
    return {
        "text": format_number(measured),
        "number": float(measured),
        "unit": item.measured_unit,
        "verdict": Verdict.PASS,
        "baseline": baseline.value,
        "baseline_id": baseline.id,
        "difference": float(delta),
    }
