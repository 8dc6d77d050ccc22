"""Reading the per-beam values of a run and the baselines they are judged from.

Which beams an item shows: the unit's beams of the item's scope (photon, electron or
all), plus any beam already measured in this run that has since been removed from the
unit — a run keeps what it recorded.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.unit_configuration import ChecklistBaseline, ChecklistBeamValue, UnitBeam
from app.domain.checklists import Item
from app.domain.enums import Verdict
from app.domain.unit_configuration import BaselineOccasion, Beam


@dataclass(frozen=True)
class BaselineView:
    id: str
    value: float
    unit: str
    occasion: BaselineOccasion
    set_at: datetime
    set_by: str


@dataclass(frozen=True)
class BeamValueView:
    """One beam's row of a per-beam item, as the run screen and the report show it."""

    beam_id: str
    beam_label: str
    text: str
    number: float | None  # the measured value
    unit: str
    baseline: float | None  # the baseline compared with (stored with the value)
    difference: float | None
    verdict: Verdict
    entered_at: datetime | None
    # The baseline in force now, for a beam not yet measured (None if none is set).
    current_baseline: BaselineView | None = None


def unit_beams(session: Session, equipment_id: str) -> list[Beam]:
    rows = session.scalars(
        select(UnitBeam)
        .where(UnitBeam.equipment_id == equipment_id, UnitBeam.deleted_at.is_(None))
        .order_by(UnitBeam.position, UnitBeam.energy)
    )
    return [Beam(r.id, r.particle, r.energy, r.fff, r.reference_output) for r in rows]


def current_baseline(
    session: Session, equipment_id: str, item_id: str, beam_id: str | None
) -> BaselineView | None:
    """The latest baseline set for this item on this beam of the unit (no beam: the
    unit's own baseline of the item)."""
    on_beam = (
        ChecklistBaseline.beam_id.is_(None)
        if beam_id is None
        else ChecklistBaseline.beam_id == beam_id
    )
    row = session.scalar(
        select(ChecklistBaseline)
        .where(
            ChecklistBaseline.equipment_id == equipment_id,
            ChecklistBaseline.item_id == item_id,
            on_beam,
            ChecklistBaseline.deleted_at.is_(None),
        )
        .order_by(ChecklistBaseline.set_at.desc())
        .limit(1)
    )
    if row is None:
        return None
    return BaselineView(row.id, row.value, row.unit, row.occasion, row.set_at, row.set_by)


def beam_values(session: Session, run_id: str, item_id: str) -> dict[str, ChecklistBeamValue]:
    rows = session.scalars(
        select(ChecklistBeamValue).where(
            ChecklistBeamValue.run_id == run_id,
            ChecklistBeamValue.item_id == item_id,
            ChecklistBeamValue.deleted_at.is_(None),
        )
    )
    return {row.beam_id: row for row in rows}


def beam_rows(
    session: Session, run_id: str, equipment_id: str, item: Item, beams: list[Beam]
) -> tuple[BeamValueView, ...]:
    """The item's beam rows in the unit's order, measured ones removed since at the end."""
    assert item.per_beam is not None
    stored = beam_values(session, run_id, item.id)
    views: list[BeamValueView] = []
    for beam in beams:
        if not item.per_beam.admits(beam.particle) and beam.id not in stored:
            continue
        views.append(
            _view(session, equipment_id, item, beam.id, beam.label, stored.pop(beam.id, None))
        )
    for beam_id, row in stored.items():
        views.append(_view(session, equipment_id, item, beam_id, row.beam_label, row))
    return tuple(views)


def _view(
    session: Session,
    equipment_id: str,
    item: Item,
    beam_id: str,
    label: str,
    row: ChecklistBeamValue | None,
) -> BeamValueView:
    baseline = (
        current_baseline(session, equipment_id, item.id, beam_id)
        if item.from_baseline is not None
        else None
    )
    if row is None:
        return BeamValueView(
            beam_id, label, "", None, "", None, None, Verdict.PENDING, None, baseline
        )
    return BeamValueView(
        beam_id,
        row.beam_label or label,
        row.text,
        row.number,
        row.unit,
        row.baseline,
        row.difference,
        row.verdict,
        row.entered_at,
        baseline,
    )
