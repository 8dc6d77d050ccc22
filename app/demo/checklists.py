"""Finished checklist runs for the demo's finished work: realistic values, most within
tolerance, some between tolerance and action level, a few beyond it (each commented),
so every shipped template has runs to look at."""

from __future__ import annotations

import copy
import random
from collections import Counter
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from app.db.fieldwork import ChecklistRun, ChecklistValue
from app.db.models import WorkOrder
from app.demo.imaging_baselines import judged_columns
from app.demo.rows import DEMO_BY
from app.demo.unit_configuration import add_beam_values
from app.domain.checklists import MachineKind, Template, Unit
from app.domain.enums import Modality, RunState, Verdict, WorkOrderType
from app.domain.ids import uuid7
from app.domain.tolerance import (
    ChoiceRule,
    JudgedRule,
    Judgement,
    NumericRule,
    PassFailRule,
    Rule,
    judge,
)
from app.services.checklists.checklist_templates import load_templates

T = WorkOrderType
# A unit installed, commissioned and accepted in the demo passed its tests (a warning
# or two aside): its signed reports say so.
HANDED_OVER = frozenset({T.INSTALLATION, T.COMMISSIONING, T.ACCEPTANCE})
COMMENTS = {
    Verdict.WARNING: "超出容差、未达干预水平，已记录并通知物理师跟踪",
    Verdict.FAIL: "超出干预水平，已停机调整后复测；详见维修工单",
}


# The QA and PM protocol of each kind of linac (TG-142 C-arm, TG-148, TG-135).
_LINAC_QA = {
    MachineKind.GANTRY_LINAC: (
        "linac_qa_monthly_tg142",
        "linac_qa_daily_tg142",
        "linac_qa_annual_tg142",
    ),
    MachineKind.HELICAL_TOMOTHERAPY: (
        "tomotherapy_qa_monthly_tg148",
        "tomotherapy_qa_daily_tg148",
        "tomotherapy_qa_annual_tg148",
    ),
    MachineKind.ROBOTIC_RADIOSURGERY: (
        "cyberknife_qa_monthly_tg135",
        "cyberknife_qa_daily_tg135",
        "cyberknife_qa_annual_tg135",
    ),
}
_LINAC_PM = {
    MachineKind.GANTRY_LINAC: "linac_pm",
    MachineKind.HELICAL_TOMOTHERAPY: "tomotherapy_pm",
    MachineKind.ROBOTIC_RADIOSURGERY: "cyberknife_pm",
}


def templates_for(kind: WorkOrderType, unit: Unit, index: int, turn: int = 0) -> list[str]:
    """The templates a finished demo order of this kind filled in: those made for the
    unit (a TomoTherapy is inspected per TG-148, never with the TG-142 linac QA).

    C-arm linacs rotate their QA by the order's `index`, as they always have. The demo
    has few TomoTherapy and CyberKnife orders, so those rotate by `turn` (their own
    count), and a repair of one ends with its QA before clinical release: each of
    their protocols has runs to look at.
    """
    machine = unit.kind
    if machine is MachineKind.GANTRY_LINAC:
        return {
            T.INSPECTION: [_LINAC_QA[machine][index % 3]],
            T.PREVENTIVE_MAINTENANCE: [_LINAC_PM[machine]],
            T.INSTALLATION: ["linac_site_readiness", "linac_installation"],
            T.COMMISSIONING: ["linac_installation"],
            T.ACCEPTANCE: [_acceptance_of(unit)],
            T.REPAIR: ["electrical_safety_iec62353"] if index % 4 == 0 else [],
        }.get(kind, [])
    if machine is not None:
        qa = [_LINAC_QA[machine][turn % 3]]
        return {
            T.INSPECTION: qa,
            T.PREVENTIVE_MAINTENANCE: [_LINAC_PM[machine]],
            # The C-arm installation and acceptance tests do not fit these machines.
            T.INSTALLATION: ["linac_site_readiness"],
            T.REPAIR: (["electrical_safety_iec62353"] if index % 4 == 0 else []) + qa,
        }.get(kind, [])
    if kind in (T.PREVENTIVE_MAINTENANCE, T.INSPECTION):
        return {
            Modality.CT_SIMULATOR: ["ct_simulator_pm"],
            Modality.AFTERLOADER: ["afterloader_pm"],
            Modality.TPS: ["tps_service_verification"],
            Modality.QA_INSTRUMENT: ["qa_instrument_service_check"],
        }.get(unit.modality, [])
    return []


def _acceptance_of(unit: Unit) -> str:
    """Halcyon has its own acceptance template (no electrons, no light field)."""
    return "linac_acceptance_halcyon" if "halcyon" in unit.model.lower() else "linac_acceptance"


def _numeric_text(rule: NumericRule, verdict: Verdict, rng: random.Random) -> str:
    tolerance = rule.band(rule.tolerance)
    action = rule.band(rule.action) if rule.action is not None else None
    low, high = tolerance.low, tolerance.high
    if verdict is Verdict.PASS:
        if low is not None and high is not None:
            middle, half = (low + high) / 2, (high - low) / 2
            value = middle + half * Decimal(str(round(rng.uniform(-0.7, 0.7), 3)))
        elif high is not None:
            value = high * Decimal(str(round(rng.uniform(0.2, 0.8), 3)))
        else:
            assert low is not None
            value = low * Decimal(str(round(rng.uniform(2, 40), 2)))
    else:
        outer = action if (verdict is Verdict.WARNING and action) else None
        edge = high if high is not None else low
        assert edge is not None
        sign = 1 if high is not None else -1
        if outer is not None:
            outer_edge = outer.high if high is not None else outer.low
            assert outer_edge is not None
            value = (edge + outer_edge) / 2
        else:
            step = abs(edge - (low if high is not None and low is not None else 0)) or Decimal(1)
            value = edge + sign * step * Decimal("0.25")
    return f"{value.quantize(Decimal('0.01'))}{rule.unit if rule.unit == '%' else ' ' + rule.unit}"


def _verdict_wanted(rule: Rule, rng: random.Random, may_fail: bool = True) -> Verdict:
    roll = rng.random()
    if isinstance(rule, NumericRule):
        if roll < 0.03:
            return Verdict.FAIL if may_fail else Verdict.PASS
        if roll < 0.10 and rule.action is not None:
            return Verdict.WARNING
    return Verdict.PASS


def _raw(rule: Rule, wanted: Verdict, rng: random.Random) -> str:
    if isinstance(rule, NumericRule):
        return _numeric_text(rule, wanted, rng)
    if isinstance(rule, PassFailRule):
        return "pass"
    if isinstance(rule, ChoiceRule):
        passing = [c for c in rule.choices if c.verdict is Verdict.PASS]
        return (passing or list(rule.choices))[0].id
    if isinstance(rule, JudgedRule):
        return "1"  # replaced by a value near the unit's baseline (imaging_baselines)
    return "正常" if not getattr(rule, "photo", False) else f"IMG_{rng.randint(1000, 9999)}.jpg"


def add_finished_run(
    session: Session,
    rng: random.Random,
    order: WorkOrder,
    template: Template,
    finished: datetime,
    may_fail: bool = True,
) -> None:
    """`may_fail` False: nothing beyond the action level (an accepted unit's tests)."""
    classes = [c.id for c in template.machine_classes]
    machine_class = classes[min(1, len(classes) - 1)] if classes else ""
    if order.equipment.treatment_class in classes:  # the unit's class (issue 11 §3)
        machine_class = order.equipment.treatment_class
    started = finished - timedelta(hours=2)
    run = ChecklistRun(
        id=uuid7(),  # known before the flush, so the values need none
        work_order_id=order.id,
        template_id=template.id,
        template_version=template.version,
        template_title=template.title_en,
        template_snapshot=copy.deepcopy(dict(template.data)),
        machine_class=machine_class,
        state=RunState.COMPLETED,
        started_at=started,
        completed_at=finished,
    )
    _stamp(run, finished)
    session.add(run)
    for number, item in enumerate(i for i in template.items() if i.applies_to(machine_class)):
        rule = item.rule_for(machine_class)
        judged = judge(rule, _raw(rule, _verdict_wanted(rule, rng, may_fail), rng))
        at = started + timedelta(minutes=3 * number)
        if item.per_beam is not None and isinstance(rule, NumericRule):
            text, verdict = add_beam_values(
                session, rng, run.id, order.equipment_id, item, rule, at, may_fail
            )
            judged = Judgement(text, verdict)
        value = ChecklistValue(
            run_id=run.id,
            item_id=item.id,
            text=judged.text,
            number=float(judged.number) if judged.number is not None else None,
            unit=judged.unit,
            verdict=judged.verdict,
            comment=COMMENTS.get(judged.verdict, ""),
            entered_at=at,
        )
        if item.judged_by_person:  # compared with the unit's baseline, judged by a person
            for name, column in judged_columns(session, rng, order.equipment_id, item, at).items():
                setattr(value, name, column)
        _stamp(value, at)
        session.add(value)


def _stamp(row: Any, when: datetime) -> None:
    row.created_at = row.updated_at = when
    row.updated_by = DEMO_BY


def seed_checklists(session: Session, rng: random.Random, orders: list[Any]) -> None:
    """One finished run per fitting template on each finished demo order."""
    templates, _problems = load_templates()
    turns: Counter[MachineKind | None] = Counter()
    for index, (order, _modality) in enumerate(orders):
        if order.finished_at is None:
            continue
        model = order.equipment.model
        unit = Unit(model.modality, model.maker, model.model)
        chosen = templates_for(order.type, unit, index, turns[unit.kind])
        turns[unit.kind] += any("_qa_" in t for t in chosen)
        for template_id in chosen:
            template = templates.get(template_id)
            if template is not None and template.fits(unit):
                may_fail = order.type not in HANDED_OVER
                add_finished_run(session, rng, order, template, order.finished_at, may_fail)
