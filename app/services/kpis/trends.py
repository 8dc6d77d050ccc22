"""QA trends: one checklist item's measured values on one unit over time, with the
tolerance and action bands of the item's rule (as the latest run's template snapshot
has them), each point knowing its run and work order so a click can open it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.fieldwork import ChecklistRun, ChecklistValue
from app.db.models import WorkOrder
from app.domain.checklists import Template
from app.domain.enums import Verdict
from app.domain.tolerance import JudgedRule, NumericRule
from app.services.store import Store

# A template's id and version name one content (a changed template gets a new version),
# so its snapshot is read and parsed once per process, not on every trend.
_TEMPLATES: dict[tuple[str, int], Template | None] = {}


@dataclass(frozen=True)
class TrendPoint:
    at: datetime  # aware UTC
    value: float
    verdict: Verdict
    run_id: str
    work_order_id: str
    number: str
    # A value compared with the unit's baseline (not per beam): the baseline used and
    # the difference the app computed; None for values judged by their limits.
    baseline: float | None = None
    difference: float | None = None

    @property
    def outside_tolerance(self) -> bool:
        return self.verdict in (Verdict.WARNING, Verdict.FAIL)


@dataclass(frozen=True)
class Band:
    low: float | None
    high: float | None


@dataclass(frozen=True)
class Trend:
    item_id: str
    label_en: str
    label_zh: str
    unit: str  # of measure
    points: list[TrendPoint]
    tolerance: Band | None
    action: Band | None
    nominal: float | None


@dataclass(frozen=True)
class TrendItem:
    item_id: str
    label_en: str
    label_zh: str
    count: int


def trend_items(store: Store, equipment_id: str) -> list[TrendItem]:
    """The numeric items measured on the unit, most measured first."""
    with store.reading() as session:
        rows = session.execute(
            select(ChecklistValue.item_id, func.count(), func.max(ChecklistRun.id))
            .join(ChecklistRun, ChecklistRun.id == ChecklistValue.run_id)
            .join(WorkOrder, WorkOrder.id == ChecklistRun.work_order_id)
            .where(
                WorkOrder.equipment_id == equipment_id,
                WorkOrder.deleted_at.is_(None),
                ChecklistValue.deleted_at.is_(None),
                ChecklistValue.number.is_not(None),
            )
            .group_by(ChecklistValue.item_id)
            .order_by(func.count().desc(), ChecklistValue.item_id)
        ).all()
        items = []
        for item_id, count, run_id in rows:
            en, zh = _labels(session, run_id, item_id)
            items.append(TrendItem(item_id, en, zh, count))
    return items


def _labels(session: Session, run_id: str, item_id: str) -> tuple[str, str]:
    # pydantic (the template model) is imported when a trend is first read, not at start-up
    from app.services.checklists.checklist_templates import TemplateInvalid, template_from_data

    snapshot = session.scalar(
        select(ChecklistRun.template_snapshot).where(ChecklistRun.id == run_id)
    )
    try:
        item = template_from_data(snapshot or {}).item(item_id)
    except TemplateInvalid:
        item = None
    return (item.label_en, item.label_zh) if item else (item_id, item_id)


def load_trend(
    store: Store, equipment_id: str, item_id: str, since: datetime | None = None
) -> Trend:
    """Every numeric value of `item_id` on the unit (oldest first), with its bands."""
    conditions = [
        WorkOrder.equipment_id == equipment_id,
        WorkOrder.deleted_at.is_(None),
        ChecklistValue.item_id == item_id,
        ChecklistValue.deleted_at.is_(None),
        ChecklistValue.number.is_not(None),
    ]
    if since is not None:
        conditions.append(ChecklistValue.entered_at >= since)
    with store.reading() as session:
        rows = session.execute(
            select(
                ChecklistValue.entered_at,
                ChecklistValue.number,
                ChecklistValue.verdict,
                ChecklistValue.run_id,
                WorkOrder.id,
                WorkOrder.number,
                ChecklistValue.baseline,
                ChecklistValue.difference,
            )
            .join(ChecklistRun, ChecklistRun.id == ChecklistValue.run_id)
            .join(WorkOrder, WorkOrder.id == ChecklistRun.work_order_id)
            .where(*conditions)
            .order_by(ChecklistValue.entered_at)
        ).all()
        points = [
            TrendPoint(_utc(at), float(number), verdict, run_id, wo_id, wo_number, baseline, delta)
            for at, number, verdict, run_id, wo_id, wo_number, baseline, delta in rows
        ]
        latest = points[-1].run_id if points else None
        template_id, version, machine_class = (
            session.execute(
                select(
                    ChecklistRun.template_id,
                    ChecklistRun.template_version,
                    ChecklistRun.machine_class,
                ).where(ChecklistRun.id == latest)
            ).one()
            if latest
            else ("", 0, "")
        )
        key = (template_id, version)
        if latest and key not in _TEMPLATES:
            snapshot = session.scalar(
                select(ChecklistRun.template_snapshot).where(ChecklistRun.id == latest)
            )
            _TEMPLATES[key] = _parsed(snapshot)
        template = _TEMPLATES.get(key)
    return _with_bands(item_id, points, template, machine_class)


def _parsed(snapshot: Any) -> Template | None:
    from app.services.checklists.checklist_templates import TemplateInvalid, template_from_data

    if not isinstance(snapshot, dict) or not snapshot:
        return None
    try:
        return template_from_data(snapshot)
    except TemplateInvalid:
        return None


def _with_bands(
    item_id: str, points: list[TrendPoint], template: Template | None, machine_class: str
) -> Trend:
    item = template.item(item_id) if template is not None else None
    if item is None:
        return Trend(item_id, item_id, item_id, "", points, None, None, None)
    rule = item.rule_for(machine_class)
    if isinstance(rule, JudgedRule):  # no limits: the points carry their baselines
        return Trend(item_id, item.label_en, item.label_zh, rule.unit, points, None, None, None)
    if not isinstance(rule, NumericRule):
        return Trend(item_id, item.label_en, item.label_zh, "", points, None, None, None)

    def band(limit: object) -> Band | None:
        if limit is None:
            return None
        bounds = rule.band(limit)  # type: ignore[arg-type]
        low = float(bounds.low) if bounds.low is not None else None
        high = float(bounds.high) if bounds.high is not None else None
        return Band(low, high)

    nominal = float(rule.nominal) if rule.nominal is not None else None
    return Trend(
        item_id,
        item.label_en,
        item.label_zh,
        rule.unit,
        points,
        band(rule.tolerance),
        band(rule.action),
        nominal,
    )


def _utc(moment: datetime) -> datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def trend_units(store: Store) -> list[tuple[str, str]]:
    """(id, "model · serial") of the units with measured checklist values."""
    from app.db.models import Equipment, EquipmentModel

    with store.reading() as session:
        rows = session.execute(
            select(Equipment.id, EquipmentModel.model + " · " + Equipment.serial_number)
            .join(EquipmentModel, EquipmentModel.id == Equipment.model_id)
            .where(
                Equipment.deleted_at.is_(None),
                Equipment.id.in_(
                    select(WorkOrder.equipment_id)
                    .join(ChecklistRun, ChecklistRun.work_order_id == WorkOrder.id)
                    .where(ChecklistRun.deleted_at.is_(None))
                ),
            )
            .order_by(Equipment.serial_number)
        ).all()
    return [(unit_id, name) for unit_id, name in rows]
