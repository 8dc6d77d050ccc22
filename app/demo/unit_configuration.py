"""Demo units' configuration (issue 11 §3): each C-arm linac gets its treatment class,
options, beams with reference outputs, a dated software history and the baselines set
at its acceptance; finished runs of per-beam items get a value on every beam."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.base import uuid7
from app.db.models import Equipment, EquipmentModel
from app.db.unit_configuration import (
    ChecklistBaseline,
    ChecklistBeamValue,
    UnitBeam,
    UnitSoftwareVersion,
)
from app.demo.rows import DEMO_BY
from app.domain.checklists import Item, MachineKind, machine_kind
from app.domain.enums import Modality, Verdict
from app.domain.tolerance import NumericRule, format_number
from app.domain.unit_configuration import (
    BaselineDifference,
    BaselineOccasion,
    Particle,
    TreatmentClass,
    beam_label,
    difference,
    item_verdict,
)

# (particle, energy, FFF, reference output cGy/MU) per maker; Halcyon is 6 MV FFF only.
_BEAMS = {
    "Varian": [
        (Particle.PHOTON, 6.0, False, 1.000),
        (Particle.PHOTON, 10.0, False, 1.000),
        (Particle.PHOTON, 6.0, True, 1.000),
        (Particle.PHOTON, 10.0, True, 1.000),
        (Particle.ELECTRON, 6.0, False, 1.000),
        (Particle.ELECTRON, 9.0, False, 1.000),
        (Particle.ELECTRON, 12.0, False, 1.000),
    ],
    "Halcyon": [(Particle.PHOTON, 6.0, True, 1.000)],
    "Elekta": [
        (Particle.PHOTON, 6.0, False, 1.000),
        (Particle.PHOTON, 10.0, False, 1.000),
        (Particle.PHOTON, 6.0, True, 1.000),
        (Particle.ELECTRON, 6.0, False, 1.000),
        (Particle.ELECTRON, 9.0, False, 1.000),
        (Particle.ELECTRON, 12.0, False, 1.000),
    ],
}
_OPTIONS = {
    "Varian": ["RapidArc", "Millennium 120 MLC", "OBI/CBCT", "Gating (RGSC)"],
    "Halcyon": ["Dual-layer MLC", "iCBCT"],
    "Elekta": ["VMAT", "Agility MLC", "XVI CBCT", "Active Breathing Coordinator"],
}
# (component, [(version, years before acceptance + n)]), oldest first.
_VERSIONS = {
    "Varian": [
        ("Treatment console", ["2.7 MR2", "2.7 MR3", "4.1"]),
        ("MLC controller", ["B.06", "B.07"]),
    ],
    "Halcyon": [("Halcyon system", ["3.0", "4.0"])],
    "Elekta": [("Integrity", ["3.2", "4.0.2"]), ("XVI", ["5.0.4", "5.0.6"])],
}
# Baselines at acceptance: PDD10 (%) of each photon energy, R50 (mm) of each electron one.
_PDD10 = {(6.0, False): 66.5, (10.0, False): 73.4, (6.0, True): 63.2, (10.0, True): 71.1}
_R50 = {6.0: 23.6, 9.0: 36.2, 12.0: 49.8}
_BASELINE_ITEMS = {Particle.PHOTON: "xray_beam_quality", Particle.ELECTRON: "electron_beam_quality"}


def _family(maker: str, model: str) -> str:
    return "Halcyon" if "halcyon" in model.lower() else maker if maker in _BEAMS else "Varian"


def add_unit_configuration(session: Session, today: date) -> None:
    """Configures every demo C-arm linac once (its beams are the sign it was done)."""
    rows = session.execute(
        select(Equipment, EquipmentModel)
        .join(EquipmentModel, EquipmentModel.id == Equipment.model_id)
        .where(Equipment.updated_by == DEMO_BY, EquipmentModel.modality == Modality.LINAC)
        .order_by(Equipment.serial_number)
    ).all()
    rng = random.Random(1103)
    for number, (unit, model) in enumerate(rows):
        kind = machine_kind(model.modality, model.maker, model.model)
        if kind is not MachineKind.GANTRY_LINAC:
            continue
        if session.scalar(select(UnitBeam.id).where(UnitBeam.equipment_id == unit.id)):
            continue
        family = _family(model.maker, model.model)
        unit.treatment_class = list(TreatmentClass)[(number + 1) % 3].value
        unit.installed_options = list(_OPTIONS[family])
        accepted = unit.acceptance_date or unit.install_date or today - timedelta(days=900)
        at = datetime(accepted.year, accepted.month, accepted.day, 7, 0, tzinfo=UTC)
        for position, (particle, energy, fff, output) in enumerate(_BEAMS[family]):
            beam = UnitBeam(
                id=uuid7(),
                equipment_id=unit.id,
                particle=particle,
                energy=energy,
                fff=fff,
                reference_output=output,
                position=position,
                updated_by=DEMO_BY,
            )
            session.add(beam)
            session.flush()  # the baselines refer to it
            value = _PDD10.get((energy, fff)) if particle is Particle.PHOTON else _R50.get(energy)
            if value is not None:
                session.add(
                    ChecklistBaseline(
                        equipment_id=unit.id,
                        item_id=_BASELINE_ITEMS[particle],
                        beam_id=beam.id,
                        value=value,
                        unit="%" if particle is Particle.PHOTON else "mm",
                        occasion=BaselineOccasion.ACCEPTANCE,
                        set_at=at,
                        set_by="物理师 陈静",
                        updated_by=DEMO_BY,
                    )
                )
        for component, versions in _VERSIONS[family]:
            span = max(1, (today - accepted).days)
            for step, version in enumerate(versions):
                installed = accepted + timedelta(days=span * step // len(versions))
                session.add(
                    UnitSoftwareVersion(
                        equipment_id=unit.id,
                        component=component,
                        version=version,
                        installed_on=min(installed, today),
                        recorded_by="王工" if rng.random() < 0.5 else "李娜",
                        updated_by=DEMO_BY,
                    )
                )
    session.flush()


def add_beam_values(
    session: Session,
    rng: random.Random,
    run_id: str,
    equipment_id: str,
    item: Item,
    rule: NumericRule,
    at: datetime,
    may_fail: bool,
) -> tuple[str, Verdict]:
    """One value per beam of the unit for a per-beam item; returns the item's row text
    and verdict (the worst of its beams). Beam quality is measured against the unit's
    acceptance baseline, output calibration against its nominal."""
    assert item.per_beam is not None
    beams = session.scalars(
        select(UnitBeam)
        .where(UnitBeam.equipment_id == equipment_id, UnitBeam.deleted_at.is_(None))
        .order_by(UnitBeam.position)
    ).all()
    verdicts: list[Verdict] = []
    for beam in beams:
        if not item.per_beam.admits(beam.particle):
            continue
        label = beam_label(beam.particle, beam.energy, beam.fff)
        drift = Decimal(str(round(rng.uniform(-0.6, 0.6), 2)))
        if may_fail and rng.random() < 0.08:
            drift = Decimal("1.4")  # one beam out now and then: the item fails
        baseline = None
        if item.from_baseline is not None:
            baseline = session.scalar(
                select(ChecklistBaseline).where(
                    ChecklistBaseline.equipment_id == equipment_id,
                    ChecklistBaseline.item_id == item.id,
                    ChecklistBaseline.beam_id == beam.id,
                )
            )
            if baseline is None:
                continue
            base = Decimal(str(baseline.value))
            if item.from_baseline is BaselineDifference.PERCENT:
                measured = (base * (1 + drift / 100)).quantize(Decimal("0.1"))
            else:
                measured = (base + drift / 2).quantize(Decimal("0.1"))
            delta = difference(measured, base, item.from_baseline)
            verdict = rule.evaluate(delta)
        else:
            nominal = rule.nominal or Decimal(1)
            measured = (nominal * (1 + drift / 100)).quantize(Decimal("0.001"))
            delta = None
            verdict = rule.evaluate(measured)
        value = ChecklistBeamValue(
            run_id=run_id,
            item_id=item.id,
            beam_id=beam.id,
            beam_label=label,
            text=format_number(measured),
            number=float(measured),
            unit=item.measured_unit or rule.unit,
            baseline=baseline.value if baseline is not None else None,
            baseline_id=baseline.id if baseline is not None else None,
            difference=float(delta) if delta is not None else None,
            verdict=verdict,
            entered_at=at,
            created_at=at,
            updated_at=at,
            updated_by=DEMO_BY,
        )
        session.add(value)
        verdicts.append(verdict)
    if not verdicts:  # a unit without such beams
        return "n/a", Verdict.NOT_APPLICABLE
    return f"{len(verdicts)}/{len(verdicts)}", item_verdict(verdicts)
