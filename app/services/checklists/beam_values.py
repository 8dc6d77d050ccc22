"""Entering per-beam values and setting baselines (issue 11 §3).

A per-beam value is judged on its own and saved in its own row; the item's row of the
run (`checklist_value`) then takes the worst verdict of the item's beams — the row the
clinical-release gate and the report summary read, so a FAIL on one energy fails the
item. An item judged from baseline takes the measured value and computes the
difference from the unit's baseline itself; with no baseline set, nothing is judged.
A person-judged item measured per beam (MV imaging per MV energy) keeps each beam's
value, baseline and difference likewise, and each beam waits for the physicist's
verdict (`give_beam_verdict`); one FAIL fails the item.
"""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.base import utcnow
from app.db.fieldwork import ChecklistRun
from app.db.models import WorkOrder
from app.db.unit_configuration import ChecklistBaseline, ChecklistBeamValue, UnitBeam
from app.domain.checklists import Item
from app.domain.enums import Verdict
from app.domain.i18n import QT_TRANSLATE_NOOP
from app.domain.records import MAX_TEXT, FieldError, ValidationError
from app.domain.tolerance import (
    NO_UNIT,
    WRONG_UNIT,
    Judgement,
    NumericRule,
    Refused,
    TextRule,
    format_number,
    given_verdict,
    judge,
    parse_quantity,
)
from app.domain.unit_configuration import (
    BaselineDifference,
    BaselineOccasion,
    beam_label,
    difference,
    item_verdict,
)
from app.services.checklists import checklist_runs
from app.services.checklists.beam_rows import (
    beam_rows,
    beam_values,
    current_baseline,
    unit_beams,
)
from app.services.checklists.checklist_runs import ValueRefused, ValueResult
from app.services.records import live, upsert
from app.services.registry.users import person_name
from app.services.store import Store

NOT_PER_BEAM = QT_TRANSLATE_NOOP("Checklist", "This item is not measured per beam.")
NO_SUCH_BEAM = QT_TRANSLATE_NOOP("Checklist", "This unit has no such beam for this item.")
NO_BASELINE = QT_TRANSLATE_NOOP(
    "Checklist",
    "No baseline for %1 yet: set it (at acceptance or after recalibration) first.",
)
ZERO_BASELINE = QT_TRANSLATE_NOOP("Checklist", "A baseline must be a number other than 0.")
NO_BASELINE_HERE = QT_TRANSLATE_NOOP("Checklist", "This item is not judged from a baseline.")


def record_beam_value(
    store: Store, run_id: str, item_id: str, beam_id: str, raw_text: str
) -> ValueResult:
    """Judges the value typed for one beam and saves it; returns the item's new row
    (its verdict the worst of its beams). Raises ValueRefused on unreadable input."""
    if len(raw_text) > MAX_TEXT:
        raise ValueRefused(item_id, checklist_runs.TOO_LONG)
    with store.session() as session:
        run, template = checklist_runs.editable_run(session, run_id)
        item = checklist_runs.run_item(template, run, item_id)
        if item.per_beam is None:
            raise ValueRefused(item_id, NOT_PER_BEAM)
        equipment_id = _equipment_of(session, run)
        beam = session.get(UnitBeam, beam_id)
        if beam is None or beam.equipment_id != equipment_id:
            raise ValueRefused(item_id, NO_SUCH_BEAM)
        label = beam_label(beam.particle, beam.energy, beam.fff)
        values = _judged(session, equipment_id, item, run.machine_class, beam_id, label, raw_text)
        existing = session.scalar(
            select(ChecklistBeamValue).where(
                ChecklistBeamValue.run_id == run.id,
                ChecklistBeamValue.item_id == item.id,
                ChecklistBeamValue.beam_id == beam_id,
            )
        )
        if existing is not None:
            existing.deleted_at = None
        else:
            values |= {"run_id": run.id, "item_id": item.id, "beam_id": beam_id}
        upsert(session, store, ChecklistBeamValue, existing.id if existing else None, values)
        return _roll_up(session, store, run, item, equipment_id)


def _judged(
    session: Session,
    equipment_id: str,
    item: Item,
    machine_class: str,
    beam_id: str,
    label: str,
    raw_text: str,
) -> dict[str, object]:
    """The columns of a beam's value: judged as typed, or from the unit's baseline."""
    rule = item.rule_for(machine_class)
    values: dict[str, object] = {
        "beam_label": label,
        "baseline": None,
        "baseline_id": None,
        "difference": None,
        "entered_at": utcnow(),
    }
    if item.from_baseline is None:
        try:
            return values | _columns(judge(rule, raw_text))
        except Refused as refusal:
            raise ValueRefused(item.id, refusal.message, *refusal.params) from None
    if item.judged_by_person:
        return values | _judged_by_person(session, equipment_id, item, beam_id, label, raw_text)
    blank = judge(TextRule(), raw_text)  # empty clears, n/a is not applicable
    if blank.verdict in (Verdict.PENDING, Verdict.NOT_APPLICABLE):
        return values | _columns(blank)
    # From baseline: the typed value is the measurement, in the item's measured unit.
    try:
        measured, unit = parse_quantity(raw_text)
        if unit and unit != item.measured_unit:
            raise (
                Refused(WRONG_UNIT, item.measured_unit) if item.measured_unit else Refused(NO_UNIT)
            )
    except Refused as refusal:
        raise ValueRefused(item.id, refusal.message, *refusal.params) from None
    baseline = current_baseline(session, equipment_id, item.id, beam_id)
    if baseline is None:
        raise ValueRefused(item.id, NO_BASELINE, label)
    assert item.from_baseline is not None and isinstance(rule, NumericRule)
    delta = difference(measured, Decimal(str(baseline.value)), item.from_baseline)
    return values | {
        "text": format_number(measured),
        "number": float(measured),
        "unit": item.measured_unit,
        "baseline": baseline.value,
        "baseline_id": baseline.id,
        "difference": float(delta),
        "verdict": rule.evaluate(delta),
    }


def _judged_by_person(
    session: Session, equipment_id: str, item: Item, beam_id: str, label: str, raw_text: str
) -> dict[str, object]:
    """A person-judged beam value: read, compared with the beam's baseline, and left
    PENDING for the physicist's verdict (a new value waits for a new verdict)."""
    try:
        judgement = judge(item.rule, raw_text)
    except Refused as refusal:
        raise ValueRefused(item.id, refusal.message, *refusal.params) from None
    if judgement.number is None:  # cleared or n/a: no baseline is kept
        return _columns(judgement)
    baseline = current_baseline(session, equipment_id, item.id, beam_id)
    if baseline is None:
        raise ValueRefused(item.id, NO_BASELINE, label)
    how = item.from_baseline or BaselineDifference.ABSOLUTE
    delta = difference(judgement.number, Decimal(str(baseline.value)), how)
    return _columns(judgement) | {
        "baseline": baseline.value,
        "baseline_id": baseline.id,
        "difference": float(delta),
    }


def give_beam_verdict(
    store: Store, run_id: str, item_id: str, beam_id: str, raw_verdict: str
) -> ValueResult:
    """The physicist's verdict on one beam of a person-judged per-beam item (pass,
    warning or fail; empty takes it back); returns the item's new row."""
    if len(raw_verdict) > MAX_TEXT:
        raise ValueRefused(item_id, checklist_runs.TOO_LONG)
    with store.session() as session:
        run, template = checklist_runs.editable_run(session, run_id)
        item = checklist_runs.run_item(template, run, item_id)
        if not item.judged_by_person:
            raise ValueRefused(item_id, checklist_runs.NOT_JUDGED_HERE)
        if item.per_beam is None:
            raise ValueRefused(item_id, NOT_PER_BEAM)
        try:
            verdict = given_verdict(raw_verdict)
        except Refused as refusal:
            raise ValueRefused(item_id, refusal.message, *refusal.params) from None
        row = beam_values(session, run.id, item.id).get(beam_id)
        if row is None or row.number is None:
            raise ValueRefused(item_id, checklist_runs.MEASURE_FIRST)
        upsert(session, store, ChecklistBeamValue, row.id, {"verdict": verdict})
        return _roll_up(session, store, run, item, _equipment_of(session, run))


def _columns(judgement: Judgement) -> dict[str, object]:
    return {
        "text": judgement.text,
        "number": None if judgement.number is None else float(judgement.number),
        "unit": judgement.unit,
        "verdict": judgement.verdict,
    }


def _roll_up(
    session: Session, store: Store, run: ChecklistRun, item: Item, equipment_id: str
) -> ValueResult:
    """Writes the item's row: the worst verdict over its beams (a missing one pending)."""
    rows = beam_rows(session, run.id, equipment_id, item, unit_beams(session, equipment_id))
    verdict = item_verdict([r.verdict for r in rows])
    entered = sum(1 for r in rows if r.verdict is not Verdict.PENDING)
    values = {
        "text": f"{entered}/{len(rows)}",
        "number": None,
        "unit": "",
        "verdict": verdict,
        "entered_at": utcnow(),
    }
    return checklist_runs.save_value(session, store, run.id, item.id, values)


def set_baseline(
    store: Store,
    run_id: str,
    item_id: str,
    beam_id: str | None,
    raw_value: str,
    occasion: BaselineOccasion,
) -> str:
    """Sets the unit's baseline of a from-baseline item on one beam — or, for an item
    not measured per beam (`beam_id` None), of the unit —, measured on this run (at
    acceptance or after a recalibration); who and when are recorded. Returns the
    baseline's id. Values entered before keep the baseline they were judged by."""
    with store.session() as session:
        run, template = checklist_runs.editable_run(session, run_id)
        item = checklist_runs.run_item(template, run, item_id)
        if item.from_baseline is None:
            raise ValueRefused(item_id, NO_BASELINE_HERE)
        equipment_id = _equipment_of(session, run)
        if (beam_id is None) != (item.per_beam is None):
            raise ValueRefused(item_id, NO_SUCH_BEAM)
        beam = session.get(UnitBeam, beam_id) if beam_id is not None else None
        if beam_id is not None and (
            beam is None or beam.equipment_id != equipment_id or beam.deleted_at is not None
        ):
            raise ValueRefused(item_id, NO_SUCH_BEAM)
        try:
            value, unit = parse_quantity(raw_value)
            if unit and unit != item.measured_unit:
                raise Refused(WRONG_UNIT, item.measured_unit)
        except Refused as refusal:
            raise ValueRefused(item_id, refusal.message, *refusal.params) from None
        if value == 0:
            raise ValidationError([FieldError(item_id, ZERO_BASELINE)])
        row = upsert(
            session,
            store,
            ChecklistBaseline,
            None,
            {
                "equipment_id": equipment_id,
                "item_id": item.id,
                "beam_id": beam_id,
                "value": float(value),
                "unit": item.measured_unit,
                "occasion": occasion,
                "set_at": utcnow(),
                "set_by": person_name(session, store.user_login),
                "run_id": run.id,
            },
        )
        return row.id


def _equipment_of(session: Session, run: ChecklistRun) -> str:
    return live(session, WorkOrder, run.work_order_id).equipment_id
