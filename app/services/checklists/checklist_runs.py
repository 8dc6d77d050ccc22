"""Checklist runs: start one from a template, enter values item by item, complete it.

A run snapshots the template's whole data when it starts, so a later change to the
template file never alters a run under way or done. Each value is judged when entered,
with the limits of the run's machine class, and saved at once in its own small
transaction (one row per run and item, updated in place): a crash loses at most what is
being typed. A refusal (unreadable number, wrong unit) raises ValidationError and saves
nothing. A completed run, or any run of a closed work order, is read-only.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.base import utcnow
from app.db.fieldwork import ChecklistRun, ChecklistValue
from app.db.models import WorkOrder
from app.domain.checklists import Category, Item, Template, Unit
from app.domain.enums import RunState, Verdict
from app.domain.i18n import QT_TRANSLATE_NOOP
from app.domain.records import MAX_TEXT, FieldError, ValidationError
from app.domain.tolerance import (
    ChoiceRule,
    ItemKind,
    NumericRule,
    Refused,
    TextRule,
    given_verdict,
    judge,
)
from app.domain.unit_configuration import BaselineDifference, BeamScope, difference
from app.domain.workflow import TERMINAL
from app.services.checklists.acceptance_specs import snapshot_with_specs
from app.services.checklists.beam_rows import (
    BaselineView,
    BeamValueView,
    beam_rows,
    current_baseline,
    unit_beams,
)
from app.services.checklists.checklist_templates import load_templates, template_from_data
from app.services.checklists.site_levels import snapshot_for_site
from app.services.records import check, live, upsert
from app.services.store import Store

NO_TEMPLATE = QT_TRANSLATE_NOOP("Checklist", "This checklist template is missing or invalid.")
CLASS_REQUIRED = QT_TRANSLATE_NOOP("Checklist", "Choose the machine class for this checklist.")
NO_SUCH_CLASS = QT_TRANSLATE_NOOP("Checklist", "This checklist has no such machine class.")
NO_SUCH_ITEM = QT_TRANSLATE_NOOP("Checklist", "This checklist has no such item.")
RUN_COMPLETED = QT_TRANSLATE_NOOP(
    "Checklist", "This checklist run is completed; it can no longer be changed."
)
ORDER_CLOSED = QT_TRANSLATE_NOOP(
    "Checklist", "This work order is closed; its checklists are read-only."
)
NOT_ENTERED = QT_TRANSLATE_NOOP("Checklist", "Not entered yet: enter a value, or n/a.")
NEEDS_COMMENT = QT_TRANSLATE_NOOP(
    "Checklist", "Out of tolerance: add a comment saying what was done."
)
TOO_LONG = QT_TRANSLATE_NOOP("Checklist", "This text is too long.")
REASON_REQUIRED = QT_TRANSLATE_NOOP(
    "Checklist",
    "This template is not made for this unit: say why it is used anyway.",
)

PER_BEAM = QT_TRANSLATE_NOOP(
    "Checklist", "This item is measured per beam: enter a value on each beam's row."
)
CLASS_OVERRIDE_REASON = QT_TRANSLATE_NOOP(
    "Checklist",
    "This is not the unit's treatment class: say why the run uses another one.",
)

NO_UNIT_BASELINE = QT_TRANSLATE_NOOP(
    "Checklist",
    "No baseline for this item on this unit yet: set it (at acceptance or after "
    "recalibration) first.",
)
NOT_JUDGED_HERE = QT_TRANSLATE_NOOP(
    "Checklist", "This item is judged by its limits: enter its value, not a verdict."
)
PER_BEAM_VERDICT = QT_TRANSLATE_NOOP(
    "Checklist", "This item is judged per beam: give your verdict on each beam's row."
)
MEASURE_FIRST = QT_TRANSLATE_NOOP("Checklist", "Enter the measured value first, then your verdict.")

OUT_OF_TOLERANCE = frozenset({Verdict.WARNING, Verdict.FAIL})


class ValueRefused(ValidationError):
    """One item's input refused. `reason` is the source text (context "Checklist") with
    %1… where `reason_args` go, so the UI translates before filling in; the FieldError
    carries the English text filled in, for logs and non-Qt callers."""

    def __init__(self, item_id: str, reason: str, *reason_args: str) -> None:
        self.reason = reason
        self.reason_args = reason_args
        super().__init__([FieldError(item_id, fill(reason, reason_args))])


def fill(text: str, args: tuple[str, ...]) -> str:
    """Replaces %1, %2… as QString::arg would (highest number first: %1 vs %10)."""
    for number in range(len(args), 0, -1):
        text = text.replace(f"%{number}", args[number - 1])
    return text


@dataclass(frozen=True)
class ValueResult:
    item_id: str
    value_id: str
    text: str
    number: float | None
    unit: str
    verdict: Verdict
    comment: str
    entered_at: datetime


@dataclass(frozen=True)
class ChoiceView:
    id: str
    label_en: str
    label_zh: str


@dataclass(frozen=True)
class ItemView:
    """One item as the UI shows it: labels in both languages, limits, current value."""

    id: str
    kind: ItemKind
    label_en: str
    label_zh: str
    source: str
    tolerance_text: str  # language-neutral notation, e.g. "±2 mm", "≤ 0.3 Ω"; "" if none
    action_text: str
    unit: str
    choices: tuple[ChoiceView, ...]
    value_id: str | None
    text: str
    number: float | None
    verdict: Verdict
    comment: str
    entered_at: datetime | None
    category: Category = Category.GENERAL  # safety and dosimetry gate clinical release
    # Per-beam items: one row per beam of the unit (the item's verdict is their worst).
    per_beam: BeamScope | None = None
    from_baseline: BaselineDifference | None = None
    measured_unit: str = ""  # what a from-baseline value is typed in
    beams: tuple[BeamValueView, ...] = ()
    # A person-judged item (TG-142 "baseline"): the baseline the value was compared
    # with, the computed difference, and the unit's baseline in force now.
    baseline: float | None = None
    difference: float | None = None
    current_baseline: BaselineView | None = None
    limit_unconfirmed: bool = False  # to be confirmed against the published standard
    spec_from_atp: bool = False  # the limit is the unit model's ATP specification

    @property
    def judged_by_person(self) -> bool:
        return self.kind is ItemKind.BASELINE_JUDGED

    @property
    def needs_comment(self) -> bool:
        return self.verdict in OUT_OF_TOLERANCE and not self.comment.strip()


@dataclass(frozen=True)
class SectionView:
    id: str
    title_en: str
    title_zh: str
    items: tuple[ItemView, ...]


@dataclass(frozen=True)
class RunView:
    id: str
    work_order_id: str
    template_id: str
    template_version: int
    title_en: str
    title_zh: str
    machine_class: str
    class_label_en: str
    class_label_zh: str
    fit_exception: str  # why a template not made for the unit was used; "" if it fits
    state: RunState
    started_at: datetime
    completed_at: datetime | None
    editable: bool
    sections: tuple[SectionView, ...]
    # Why the run's machine class is not its unit's treatment class ("" when it is).
    class_override_reason: str = ""

    def items(self) -> Iterator[ItemView]:
        for section in self.sections:
            yield from section.items

    def item(self, item_id: str) -> ItemView | None:
        return next((i for i in self.items() if i.id == item_id), None)


@dataclass(frozen=True)
class RunSummary:
    passed: int
    warnings: int
    failures: int
    pending: int
    not_applicable: int

    @property
    def total(self) -> int:
        return self.passed + self.warnings + self.failures + self.pending + self.not_applicable


def start_run(
    store: Store,
    work_order_id: str,
    template_id: str,
    machine_class: str = "",
    *,
    fit_exception: str = "",
    class_override_reason: str = "",
    folder: Path | None = None,
) -> str:
    """Starts a run of a shipped (or `folder`'s) template; returns the run's id.

    A template not made for the unit (a TG-142 linac QA on a TomoTherapy) needs a
    `fit_exception`, the reason it is used anyway, kept on the run for whoever reads it.
    The machine class is the unit's treatment class when none is given; another class
    than the unit's needs a `class_override_reason`, kept on the run likewise.
    """
    template = load_templates(folder)[0].get(template_id)
    if template is None:
        raise ValidationError([FieldError("template_id", NO_TEMPLATE)])
    if machine_class and template.machine_class(machine_class) is None:
        raise ValidationError([FieldError("machine_class", NO_SUCH_CLASS)])
    fit_exception, class_override_reason = fit_exception.strip(), class_override_reason.strip()
    if max(len(fit_exception), len(class_override_reason)) > MAX_TEXT:
        raise ValidationError([FieldError("fit_exception", TOO_LONG)])
    with store.session() as session:
        order = live(session, WorkOrder, work_order_id)
        if order.state in TERMINAL:
            raise ValidationError([FieldError("", ORDER_CLOSED)])
        model = order.equipment.model
        if template.fits(Unit(model.modality, model.maker, model.model)):
            fit_exception = ""  # nothing to explain
        elif not fit_exception:
            raise ValidationError([FieldError("fit_exception", REASON_REQUIRED)])
        machine_class, class_override_reason = _run_class(
            template, order.equipment.treatment_class, machine_class, class_override_reason
        )
        # the site's own action levels where the template leaves them to the site, and
        # the model's specification from the ATP where an acceptance test takes it
        snapshot = snapshot_for_site(session, order.equipment.site_id, template)
        snapshot = snapshot_with_specs(session, model, template, snapshot)
        run = ChecklistRun(
            work_order_id=order.id,
            template_id=template.id,
            template_version=template.version,
            template_title=template.title_en,
            template_snapshot=snapshot,
            machine_class=machine_class,
            fit_exception=fit_exception,
            class_override_reason=class_override_reason,
            state=RunState.IN_PROGRESS,
            started_at=utcnow(),
            updated_by=store.user_login,
        )
        session.add(run)
        session.flush()
        return run.id


def _run_class(template: Template, unit_class: str, chosen: str, reason: str) -> tuple[str, str]:
    """The run's machine class and override reason: the unit's class unless another is
    chosen with a reason; a unit without a class needs one chosen."""
    if not template.machine_classes:
        return "", ""
    known = unit_class if template.machine_class(unit_class) is not None else ""
    machine_class = chosen or known
    if not machine_class:
        raise ValidationError([FieldError("machine_class", CLASS_REQUIRED)])
    if not known or machine_class == known:
        return machine_class, ""
    if not reason:
        raise ValidationError([FieldError("class_override_reason", CLASS_OVERRIDE_REASON)])
    return machine_class, reason


def record_value(
    store: Store, run_id: str, item_id: str, raw_text: str, comment: str | None = None
) -> ValueResult:
    """Judges `raw_text` for the item and saves it; empty text clears the value.

    Raises ValueRefused (a ValidationError) when the text cannot be read for this item.
    """
    if len(raw_text) > MAX_TEXT or (comment is not None and len(comment) > MAX_TEXT):
        raise ValueRefused(item_id, TOO_LONG)
    with store.session() as session:
        run, template = editable_run(session, run_id)
        item = run_item(template, run, item_id)
        # A per-beam item takes its values per beam (beam_values); the item as a whole
        # may only be cleared or marked n/a (a unit without such beams).
        rule = TextRule() if item.per_beam is not None else item.rule_for(run.machine_class)
        try:
            judgement = judge(rule, raw_text)
        except Refused as refusal:
            raise ValueRefused(item_id, refusal.message, *refusal.params) from None
        if item.per_beam is not None and judgement.verdict is Verdict.PASS:
            raise ValueRefused(item_id, PER_BEAM)
        values: dict[str, Any] = {
            "text": judgement.text,
            "number": None if judgement.number is None else float(judgement.number),
            "unit": judgement.unit,
            "verdict": judgement.verdict,
            "entered_at": utcnow(),
        }
        if item.judged_by_person:
            values |= _compared_with_baseline(session, run, item, judgement.number)
        if comment is not None:
            values["comment"] = comment.strip()
        return save_value(session, store, run.id, item_id, values)


def _compared_with_baseline(
    session: Session, run: ChecklistRun, item: Item, measured: Decimal | None
) -> dict[str, Any]:
    """The baseline columns of a person-judged value: the unit's baseline in force and
    the difference, computed here. A new value waits for the person's verdict again
    (PENDING, as the rule judged it); cleared or n/a, no baseline is kept."""
    if measured is None:
        return {"baseline": None, "baseline_id": None, "difference": None}
    equipment_id = live(session, WorkOrder, run.work_order_id).equipment_id
    baseline = current_baseline(session, equipment_id, item.id, None)
    if baseline is None:
        raise ValueRefused(item.id, NO_UNIT_BASELINE)
    how = item.from_baseline or BaselineDifference.ABSOLUTE
    delta = difference(measured, Decimal(str(baseline.value)), how)
    return {"baseline": baseline.value, "baseline_id": baseline.id, "difference": float(delta)}


def give_verdict(store: Store, run_id: str, item_id: str, raw_verdict: str) -> ValueResult:
    """The physicist's verdict on a person-judged item (pass, warning or fail; empty
    takes it back), given once its measured value is entered."""
    if len(raw_verdict) > MAX_TEXT:
        raise ValueRefused(item_id, TOO_LONG)
    with store.session() as session:
        run, template = editable_run(session, run_id)
        item = run_item(template, run, item_id)
        if not item.judged_by_person:
            raise ValueRefused(item_id, NOT_JUDGED_HERE)
        if item.per_beam is not None:  # each beam has its own (beam_values)
            raise ValueRefused(item_id, PER_BEAM_VERDICT)
        try:
            verdict = given_verdict(raw_verdict)
        except Refused as refusal:
            raise ValueRefused(item_id, refusal.message, *refusal.params) from None
        row = _values(session, run.id).get(item.id)
        if row is None or row.number is None:
            raise ValueRefused(item_id, MEASURE_FIRST)
        return save_value(session, store, run.id, item.id, {"verdict": verdict})


def set_comment(store: Store, run_id: str, item_id: str, comment: str) -> ValueResult:
    """Sets the item's comment (what was done about a deviation, a note)."""
    if len(comment) > MAX_TEXT:
        raise ValueRefused(item_id, TOO_LONG)
    with store.session() as session:
        run, template = editable_run(session, run_id)
        run_item(template, run, item_id)
        values: dict[str, Any] = {"comment": comment.strip()}
        return save_value(session, store, run.id, item_id, values)


def complete_run(store: Store, run_id: str) -> None:
    """Marks the run completed, or refuses with a reason for each item still open."""
    with store.session() as session:
        run, template = editable_run(session, run_id)
        rows = _values(session, run.id)
        errors: list[FieldError] = []
        for item in _items(template, run.machine_class):
            row = rows.get(item.id)
            verdict = row.verdict if row else Verdict.PENDING
            if verdict is Verdict.PENDING:
                errors.append(FieldError(item.id, NOT_ENTERED))
            elif verdict in OUT_OF_TOLERANCE and row is not None and not row.comment.strip():
                errors.append(FieldError(item.id, NEEDS_COMMENT))
        check(errors)
        run.state = RunState.COMPLETED
        run.completed_at = utcnow()
        run.updated_by = store.user_login


def load_run(store: Store, run_id: str) -> RunView:
    with store.reading() as session:
        run = live(session, ChecklistRun, run_id)
        template = template_from_data(run.template_snapshot)
        order = live(session, WorkOrder, run.work_order_id)
        rows = _values(session, run.id)
        machine_class = template.machine_class(run.machine_class)
        beams = unit_beams(session, order.equipment_id)

        def beams_of(item: Item) -> tuple[BeamValueView, ...]:
            if item.per_beam is None:
                return ()
            return beam_rows(session, run.id, order.equipment_id, item, beams)

        def baseline_of(item: Item) -> BaselineView | None:
            if not item.judged_by_person or item.per_beam is not None:
                return None
            return current_baseline(session, order.equipment_id, item.id, None)

        sections = tuple(
            SectionView(
                section.id,
                section.title_en,
                section.title_zh,
                tuple(
                    _item_view(
                        item,
                        run.machine_class,
                        rows.get(item.id),
                        beams_of(item),
                        baseline_of(item),
                    )
                    for item in section.items
                    if item.applies_to(run.machine_class)
                ),
            )
            for section in template.sections
        )
        return RunView(
            id=run.id,
            work_order_id=run.work_order_id,
            template_id=run.template_id,
            template_version=run.template_version,
            title_en=template.title_en,
            title_zh=template.title_zh,
            machine_class=run.machine_class,
            class_label_en=machine_class.label_en if machine_class else "",
            class_label_zh=machine_class.label_zh if machine_class else "",
            fit_exception=run.fit_exception,
            class_override_reason=run.class_override_reason,
            state=run.state,
            started_at=run.started_at,
            completed_at=run.completed_at,
            editable=run.state is RunState.IN_PROGRESS and order.state not in TERMINAL,
            sections=tuple(s for s in sections if s.items),
        )


def summary(run: RunView) -> RunSummary:
    verdicts = [item.verdict for item in run.items()]
    return RunSummary(
        passed=verdicts.count(Verdict.PASS),
        warnings=verdicts.count(Verdict.WARNING),
        failures=verdicts.count(Verdict.FAIL),
        pending=verdicts.count(Verdict.PENDING),
        not_applicable=verdicts.count(Verdict.NOT_APPLICABLE),
    )


def editable_run(session: Session, run_id: str) -> tuple[ChecklistRun, Template]:
    run = live(session, ChecklistRun, run_id)
    if run.state is RunState.COMPLETED:
        raise ValidationError([FieldError("", RUN_COMPLETED)])
    if live(session, WorkOrder, run.work_order_id).state in TERMINAL:
        raise ValidationError([FieldError("", ORDER_CLOSED)])
    return run, template_from_data(run.template_snapshot)


def _items(template: Template, machine_class: str) -> Iterator[Item]:
    return (item for item in template.items() if item.applies_to(machine_class))


def run_item(template: Template, run: ChecklistRun, item_id: str) -> Item:
    item = template.item(item_id)
    if item is None or not item.applies_to(run.machine_class):
        raise ValueRefused(item_id, NO_SUCH_ITEM)
    return item


def _values(session: Session, run_id: str) -> dict[str, ChecklistValue]:
    rows = session.scalars(
        select(ChecklistValue).where(
            ChecklistValue.run_id == run_id, ChecklistValue.deleted_at.is_(None)
        )
    )
    return {row.item_id: row for row in rows}


def save_value(
    session: Session, store: Store, run_id: str, item_id: str, values: dict[str, Any]
) -> ValueResult:
    """Updates the (run, item) row in place, or adds it (a new row starts pending)."""
    existing = session.scalar(
        select(ChecklistValue).where(
            ChecklistValue.run_id == run_id, ChecklistValue.item_id == item_id
        )
    )
    if existing is not None:
        existing.deleted_at = None  # the (run, item) pair is unique, tombstone or not
    else:
        values = {
            "run_id": run_id,
            "item_id": item_id,
            "verdict": Verdict.PENDING,
            "entered_at": utcnow(),
            **values,
        }
    row = upsert(session, store, ChecklistValue, existing.id if existing else None, values)
    return ValueResult(
        item_id=row.item_id,
        value_id=row.id,
        text=row.text,
        number=row.number,
        unit=row.unit,
        verdict=row.verdict,
        comment=row.comment,
        entered_at=row.entered_at,
    )


def _item_view(
    item: Item,
    machine_class: str,
    row: ChecklistValue | None,
    beams: tuple[BeamValueView, ...] = (),
    baseline_now: BaselineView | None = None,
) -> ItemView:
    rule = item.rule_for(machine_class)
    tolerance = action = unit = ""
    choices: tuple[ChoiceView, ...] = ()
    if isinstance(rule, NumericRule):
        tolerance = rule.describe(rule.tolerance)
        action = rule.describe(rule.action) if rule.action is not None else ""
        unit = rule.unit
    elif isinstance(rule, ChoiceRule):
        choices = tuple(ChoiceView(c.id, c.label_en, c.label_zh) for c in rule.choices)
    elif item.judged_by_person:
        unit = item.measured_unit
    return ItemView(
        id=item.id,
        kind=item.kind,
        label_en=item.label_en,
        label_zh=item.label_zh,
        source=item.source,
        tolerance_text=tolerance,
        action_text=action,
        unit=unit,
        choices=choices,
        value_id=row.id if row else None,
        text=row.text if row else "",
        number=row.number if row else None,
        verdict=row.verdict if row else Verdict.PENDING,
        comment=row.comment if row else "",
        entered_at=row.entered_at if row else None,
        category=item.category,
        per_beam=item.per_beam,
        from_baseline=item.from_baseline,
        measured_unit=item.measured_unit,
        beams=beams,
        baseline=row.baseline if row else None,
        difference=row.difference if row else None,
        current_baseline=baseline_now,
        limit_unconfirmed=item.limit_unconfirmed,
        spec_from_atp=item.spec_from_atp,
    )
