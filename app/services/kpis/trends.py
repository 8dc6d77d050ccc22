"""QA trends: one checklist item's measured values on one unit over time, with the
tolerance and action bands of the item's rule (as the latest run's template snapshot
has them), each point knowing its run and work order so a click can open it.

An item measured per beam gives one series per beam (energy). An item judged from
baseline is charted as what its rule judges — the difference from the beam's baseline
— so the bands apply as they stand; each point keeps the value as measured and the
baseline it was compared with, and each series the baseline in force now. An item a
person judges against the baseline (per beam or not) has no band: it is charted as
measured, each point carrying its baseline and the computed difference."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.fieldwork import ChecklistRun, ChecklistValue
from app.db.models import WorkOrder
from app.db.unit_configuration import ChecklistBaseline, ChecklistBeamValue, UnitBeam
from app.domain.checklists import Template
from app.domain.enums import Verdict
from app.domain.tolerance import JudgedRule, NumericRule
from app.services.kpis.facts import _plain_rows, _text, _utc_text
from app.services.store import Store

# A template's id and version name one content (a changed template gets a new version),
# so its snapshot is read and parsed once per process, not on every trend.
_TEMPLATES: dict[tuple[str, int], Template | None] = {}


_VERDICTS = {verdict.value: verdict for verdict in Verdict}  # stored text → Verdict


@dataclass(slots=True)  # not frozen: a five-year trend makes hundreds, and fast
class TrendPoint:
    at: datetime  # aware UTC
    value: float
    verdict: Verdict
    run_id: str
    work_order_id: str
    number: str
    beam: str = ""  # the beam's label ("6 MV FFF"); "" for an item measured once per run
    # From baseline: `measured` as measured (`value` is then the difference) and the
    # baseline it was compared with. A value a person judges against the unit's baseline
    # keeps `value` as measured and carries the `difference` the app computed instead.
    measured: float | None = None
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
class TrendSeries:
    """One line of the chart: the item itself, or one beam of a per-beam item."""

    beam: str  # "" for the item itself
    points: list[TrendPoint]
    baseline: float | None = None  # from baseline: the one in force now
    baseline_unit: str = ""


@dataclass(frozen=True)
class Trend:
    item_id: str
    label_en: str
    label_zh: str
    unit: str  # of measure (of the difference, for an item judged from baseline)
    points: list[TrendPoint]  # every series' points, oldest first
    tolerance: Band | None
    action: Band | None
    nominal: float | None  # the reference line: 0 (the baseline) when from baseline
    series: list[TrendSeries] = field(default_factory=list)
    from_baseline: bool = False


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
        beam_rows = session.execute(
            select(ChecklistBeamValue.item_id, func.count(), func.max(ChecklistRun.id))
            .join(ChecklistRun, ChecklistRun.id == ChecklistBeamValue.run_id)
            .join(WorkOrder, WorkOrder.id == ChecklistRun.work_order_id)
            .where(
                WorkOrder.equipment_id == equipment_id,
                WorkOrder.deleted_at.is_(None),
                ChecklistBeamValue.deleted_at.is_(None),
                ChecklistBeamValue.number.is_not(None),
            )
            .group_by(ChecklistBeamValue.item_id)
        ).all()
        counted = sorted([*rows, *beam_rows], key=lambda row: (-row[1], row[0]))
        items = []
        for item_id, count, run_id in counted:
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
        # Plain DBAPI rows, times parsed in C (as the KPI facts are read): the ORM's
        # per-value processing was a third of a five-year trend's time.
        rows = _plain_rows(
            session.connection(),
            select(
                _utc_text(ChecklistValue.entered_at),
                ChecklistValue.number,
                _text(ChecklistValue.verdict),
                ChecklistValue.run_id,
                WorkOrder.id,
                WorkOrder.number,
                ChecklistValue.baseline,
                ChecklistValue.difference,
            )
            .join(ChecklistRun, ChecklistRun.id == ChecklistValue.run_id)
            .join(WorkOrder, WorkOrder.id == ChecklistRun.work_order_id)
            .where(*conditions)
            .order_by(ChecklistValue.entered_at),
        )
        at, verdicts = datetime.fromisoformat, _VERDICTS
        points = [
            TrendPoint(
                at(entered),
                float(number),
                verdicts[verdict] if verdict is not None else None,  # type: ignore[arg-type]
                run_id,
                wo_id,
                wo_number,
                baseline=baseline,
                difference=delta,
            )  # fmt: skip
            for entered, number, verdict, run_id, wo_id, wo_number, baseline, delta in rows
        ]
        series = [TrendSeries("", points)]
        if not points:  # a per-beam item keeps its numbers on its beams' rows
            series = _beam_series(session, equipment_id, item_id, since)
            points = sorted((p for line in series for p in line.points), key=lambda p: p.at)
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
    item = template.item(item_id) if template is not None else None
    if item is not None and item.judged_by_person and item.per_beam is not None:
        series = [replace(line, points=_as_measured(line.points)) for line in series]
        points = sorted((p for line in series for p in line.points), key=lambda p: p.at)
    trend = _with_bands(item_id, points, template, machine_class)
    # charted as differences from the baseline (a person-judged value is charted as
    # measured, its baseline beside it: no line at 0)
    from_baseline = any(p.baseline is not None and p.difference is None for p in points)
    return replace(
        trend,
        series=series,
        from_baseline=from_baseline,
        nominal=0.0 if from_baseline else trend.nominal,
    )


def _beam_series(
    session: Session, equipment_id: str, item_id: str, since: datetime | None
) -> list[TrendSeries]:
    """One series per beam of the unit, in the unit's order of beams; an item judged
    from baseline is charted by its difference, its baseline kept beside it."""
    conditions = [
        WorkOrder.equipment_id == equipment_id,
        WorkOrder.deleted_at.is_(None),
        ChecklistBeamValue.item_id == item_id,
        ChecklistBeamValue.deleted_at.is_(None),
        ChecklistBeamValue.number.is_not(None),
    ]
    if since is not None:
        conditions.append(ChecklistBeamValue.entered_at >= since)
    rows = session.execute(
        select(
            ChecklistBeamValue.beam_id,
            ChecklistBeamValue.beam_label,
            ChecklistBeamValue.entered_at,
            ChecklistBeamValue.number,
            ChecklistBeamValue.difference,
            ChecklistBeamValue.baseline,
            ChecklistBeamValue.verdict,
            ChecklistBeamValue.run_id,
            WorkOrder.id,
            WorkOrder.number,
        )
        .join(ChecklistRun, ChecklistRun.id == ChecklistBeamValue.run_id)
        .join(WorkOrder, WorkOrder.id == ChecklistRun.work_order_id)
        .where(*conditions)
        .order_by(ChecklistBeamValue.entered_at)
    ).all()
    by_beam: dict[str, list[TrendPoint]] = {}
    labels: dict[str, str] = {}
    for beam_id, label, at, number, delta, baseline, verdict, run_id, wo_id, wo_number in rows:
        judged = delta is not None and baseline is not None
        labels[beam_id] = label  # the latest label the beam was entered under
        by_beam.setdefault(beam_id, []).append(
            TrendPoint(
                _utc(at),
                float(delta) if judged else float(number),
                verdict,
                run_id,
                wo_id,
                wo_number,
                label,
                float(number) if judged else None,
                float(baseline) if judged else None,
            )
        )
    order = {
        beam_id: index
        for index, beam_id in enumerate(
            session.scalars(
                select(UnitBeam.id)
                .where(UnitBeam.equipment_id == equipment_id)
                .order_by(UnitBeam.position, UnitBeam.particle, UnitBeam.energy)
            )
        )
    }
    in_force: dict[str, tuple[float, str]] = {}
    for beam_id, value, unit in session.execute(
        select(ChecklistBaseline.beam_id, ChecklistBaseline.value, ChecklistBaseline.unit)
        .where(
            ChecklistBaseline.equipment_id == equipment_id,
            ChecklistBaseline.item_id == item_id,
            ChecklistBaseline.deleted_at.is_(None),
        )
        .order_by(ChecklistBaseline.set_at)
    ):
        in_force[beam_id] = (value, unit)  # the latest set wins
    series = []
    for beam_id in sorted(by_beam, key=lambda b: (order.get(b, len(order)), labels[b])):
        points = by_beam[beam_id]
        judged = any(p.baseline is not None for p in points)
        baseline, unit = in_force.get(beam_id, (None, "")) if judged else (None, "")
        series.append(TrendSeries(labels[beam_id], points, baseline, unit))
    return series


def _as_measured(points: list[TrendPoint]) -> list[TrendPoint]:
    """A person-judged beam's points as such an item's are charted: the value as
    measured, carrying the difference computed and the baseline (there is no band)."""
    return [
        replace(p, value=p.measured, difference=p.value, measured=None)
        if p.measured is not None
        else p
        for p in points
    ]


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
    """(id, "model · serial") of the units with checklist runs, the most checked first
    (the chart opens on the unit with the most history to show)."""
    from app.db.models import Equipment, EquipmentModel

    runs = func.count(ChecklistRun.id)
    with store.reading() as session:
        rows = session.execute(
            select(Equipment.id, EquipmentModel.model + " · " + Equipment.serial_number)
            .join(EquipmentModel, EquipmentModel.id == Equipment.model_id)
            .join(WorkOrder, WorkOrder.equipment_id == Equipment.id)
            .join(ChecklistRun, ChecklistRun.work_order_id == WorkOrder.id)
            .where(
                Equipment.deleted_at.is_(None),
                WorkOrder.deleted_at.is_(None),
                ChecklistRun.deleted_at.is_(None),
            )
            .group_by(Equipment.id)
            .order_by(runs.desc(), Equipment.serial_number)
        ).all()
    return [(unit_id, name) for unit_id, name in rows]
