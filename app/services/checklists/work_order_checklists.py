"""Which checklists a work order has, and which templates fit its unit."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from app.db.fieldwork import ChecklistRun
from app.db.models import WorkOrder
from app.domain.checklists import Template
from app.domain.enums import RunState
from app.services.checklists import checklist_runs
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


def templates_for(store: Store, work_order_id: str) -> tuple[list[Template], list[TemplateProblem]]:
    """Templates made for the work order's kind of unit, and any template files refused."""
    with store.reading() as session:
        modality = live(session, WorkOrder, work_order_id).equipment.model.modality
    templates, problems = load_templates()
    fitting = [t for t in templates.values() if modality in t.modalities]
    return sorted(fitting, key=lambda t: (t.kind.value, t.id)), problems
