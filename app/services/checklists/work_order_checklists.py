"""Which checklists a work order has, and which templates fit its unit."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select

from app.db.fieldwork import ChecklistRun, RepairRecord
from app.db.models import WorkOrder
from app.domain.checklist_choice import is_source_exchange, order_for_job
from app.domain.checklists import Template, Unit
from app.domain.enums import RunState
from app.domain.workflow import TERMINAL
from app.services.checklists import checklist_runs
from app.services.checklists.checklist_runs import ORDER_CLOSED
from app.services.checklists.checklist_templates import TemplateProblem, load_templates
from app.services.records import live
from app.services.store import Store


@dataclass(frozen=True)
class RunRow:
    id: str
    title_en: str
    title_zh: str
    machine_class: str
    state: RunState
    summary: checklist_runs.RunSummary


def runs_of(store: Store, work_order_id: str) -> list[RunRow]:
    with store.reading() as session:
        ids = session.scalars(
            select(ChecklistRun.id)
            .where(ChecklistRun.work_order_id == work_order_id, ChecklistRun.deleted_at.is_(None))
            .order_by(ChecklistRun.started_at)
        ).all()
    rows = []
    for run_id in ids:
        view = checklist_runs.load_run(store, run_id)
        rows.append(
            RunRow(
                view.id,
                view.title_en,
                view.title_zh,
                view.class_label_zh or view.machine_class,
                view.state,
                checklist_runs.summary(view),
            )
        )
    return rows


@dataclass(frozen=True)
class TemplateChoice:
    """The templates for a work order's unit: those made for it (the ones its type of
    job most likely needs first), and the rest, which may be used only with a reason
    (recorded on the run). `recent_classes`: the machine classes the unit was tested
    in, newest first, so the dialog can preselect the unit's class."""

    unit: Unit
    fitting: list[Template]
    others: list[Template]
    problems: list[TemplateProblem]
    recent_classes: list[str] = field(default_factory=list)
    # The unit's treatment class (issue 11 §3): the run's class unless overridden
    # with a reason; "" when the unit has none set.
    unit_class: str = ""


def unit_of(store: Store, work_order_id: str) -> Unit:
    with store.reading() as session:
        model = live(session, WorkOrder, work_order_id).equipment.model
        return Unit(model.modality, model.maker, model.model)


def templates_for(store: Store, work_order_id: str) -> TemplateChoice:
    """Templates made for the work order's unit (its modality and kind of machine), the
    other templates, and any template files refused."""
    with store.reading() as session:
        order = live(session, WorkOrder, work_order_id)
        model = order.equipment.model
        unit = Unit(model.modality, model.maker, model.model)
        job, description = order.type, order.description
        unit_class = order.equipment.treatment_class
        replaced = session.scalar(
            select(RepairRecord.replaced_components).where(
                RepairRecord.work_order_id == order.id, RepairRecord.deleted_at.is_(None)
            )
        )
        done_here = session.scalars(
            select(ChecklistRun.template_id).where(
                ChecklistRun.work_order_id == order.id, ChecklistRun.deleted_at.is_(None)
            )
        ).all()
        classes = session.scalars(
            select(ChecklistRun.machine_class)
            .join(WorkOrder, WorkOrder.id == ChecklistRun.work_order_id)
            .where(
                WorkOrder.equipment_id == order.equipment_id,
                ChecklistRun.deleted_at.is_(None),
                ChecklistRun.machine_class != "",
            )
            .order_by(ChecklistRun.started_at.desc())
        ).all()
    templates, problems = load_templates()
    exchange = is_source_exchange(description, replaced or "")
    ordered = order_for_job(
        templates.values(), job, description, list(done_here), source_exchange=exchange
    )
    fitting = [t for t in ordered if t.fits(unit)]
    others = [t for t in ordered if not t.fits(unit)]
    recent = list(dict.fromkeys(classes))
    return TemplateChoice(unit, fitting, others, problems, recent, unit_class)


def start_refusal(store: Store, work_order_id: str) -> str | None:
    """Why no checklist can be started on this work order now (source text, context
    "Checklist"); None when one can."""
    with store.reading() as session:
        if live(session, WorkOrder, work_order_id).state in TERMINAL:
            return ORDER_CLOSED
    return None
