"""Which instruments a checklist run used, per section, and which of them were past
their calibration due date at the run's date.

The run's date is the day it was completed, or today for a run still under way (the
measurements are being taken now). A section's defaults are the instruments this
engineer used last for a section of the same id (sections of one kind share their id
across runs of a template), so a regular job needs no picking.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.base import utcnow
from app.db.fieldwork import ChecklistRun
from app.db.instruments import InstrumentUse, TestInstrument
from app.db.models import WorkOrder
from app.domain import local_time
from app.domain.enums import RunState
from app.domain.instruments import is_overdue
from app.domain.records import FieldError, ValidationError
from app.domain.workflow import TERMINAL
from app.services.checklists.checklist_runs import ORDER_CLOSED, RUN_COMPLETED
from app.services.instruments.register import InstrumentView, view_of
from app.services.records import live, upsert
from app.services.store import Store


@dataclass(frozen=True)
class UsedInstrument:
    section_id: str
    instrument: InstrumentView
    overdue: bool  # past its due date at the run's date


@dataclass(frozen=True)
class RunInstruments:
    run_date: date
    used: tuple[UsedInstrument, ...]

    def of_section(self, section_id: str) -> tuple[UsedInstrument, ...]:
        return tuple(u for u in self.used if u.section_id == section_id)

    @property
    def overdue(self) -> tuple[UsedInstrument, ...]:
        return tuple(u for u in self.used if u.overdue)


def run_date(run: ChecklistRun) -> date:
    if run.state is RunState.COMPLETED and run.completed_at is not None:
        return local_time.day_of(run.completed_at)
    return local_time.today()


def instruments_of_run(store: Store, run_id: str) -> RunInstruments:
    with store.reading() as session:
        run = live(session, ChecklistRun, run_id)
        on = run_date(run)
        rows = session.execute(
            select(InstrumentUse.section_id, TestInstrument)
            .join(TestInstrument, TestInstrument.id == InstrumentUse.instrument_id)
            .where(InstrumentUse.run_id == run_id, InstrumentUse.deleted_at.is_(None))
            .order_by(TestInstrument.kind, TestInstrument.maker, TestInstrument.serial)
        )
        used = tuple(
            UsedInstrument(section_id, view_of(row), is_overdue(row.due_date, on))
            for section_id, row in rows
        )
        return RunInstruments(on, used)


def set_section_instruments(
    store: Store, run_id: str, section_id: str, instrument_ids: Iterable[str]
) -> None:
    """Records exactly `instrument_ids` as used for the section (unchecked ones get a
    tombstone; checking one again revives its row: the triple is unique)."""
    wanted = set(instrument_ids)
    with store.session() as session:
        _editable(session, run_id)
        rows = {
            row.instrument_id: row
            for row in session.scalars(
                select(InstrumentUse).where(
                    InstrumentUse.run_id == run_id, InstrumentUse.section_id == section_id
                )
            )
        }
        for instrument_id in wanted:
            live(session, TestInstrument, instrument_id)
            row = rows.get(instrument_id)
            if row is None:
                values = {
                    "run_id": run_id,
                    "section_id": section_id,
                    "instrument_id": instrument_id,
                }
                upsert(session, store, InstrumentUse, None, values)
            elif row.deleted_at is not None:
                row.deleted_at = None
                row.updated_by = store.user_login
        for instrument_id, row in rows.items():
            if instrument_id not in wanted and row.deleted_at is None:
                row.deleted_at = utcnow()
                row.updated_by = store.user_login


def default_instruments(store: Store, section_id: str) -> list[str]:
    """The instruments (in service) the acting engineer used last for this section."""
    with store.reading() as session:
        return _defaults(session, store.user_login, section_id)


def fill_defaults(store: Store, run_id: str, section_ids: Iterable[str]) -> int:
    """Records each section's defaults where nothing was ever recorded for it on this
    run (a section the engineer emptied stays empty); returns how many were added."""
    added = 0
    with store.session() as session:
        run = live(session, ChecklistRun, run_id)
        if not _is_editable(session, run):
            return 0
        touched = set(
            session.scalars(select(InstrumentUse.section_id).where(InstrumentUse.run_id == run_id))
        )
        for section_id in section_ids:
            if section_id in touched:
                continue
            for instrument_id in _defaults(session, store.user_login, section_id):
                values = {
                    "run_id": run_id,
                    "section_id": section_id,
                    "instrument_id": instrument_id,
                }
                upsert(session, store, InstrumentUse, None, values)
                added += 1
    return added


def _defaults(session: Session, login: str, section_id: str) -> list[str]:
    last_run = session.scalar(
        select(InstrumentUse.run_id)
        .where(
            InstrumentUse.section_id == section_id,
            InstrumentUse.updated_by == login,
            InstrumentUse.deleted_at.is_(None),
        )
        .order_by(InstrumentUse.updated_at.desc(), InstrumentUse.id.desc())
        .limit(1)
    )
    if last_run is None:
        return []
    return list(
        session.scalars(
            select(InstrumentUse.instrument_id)
            .join(TestInstrument, TestInstrument.id == InstrumentUse.instrument_id)
            .where(
                InstrumentUse.run_id == last_run,
                InstrumentUse.section_id == section_id,
                InstrumentUse.deleted_at.is_(None),
                TestInstrument.retired.is_(False),
                TestInstrument.deleted_at.is_(None),
            )
            .order_by(InstrumentUse.id)
        )
    )


def _is_editable(session: Session, run: ChecklistRun) -> bool:
    order = live(session, WorkOrder, run.work_order_id)
    return run.state is not RunState.COMPLETED and order.state not in TERMINAL


def _editable(session: Session, run_id: str) -> ChecklistRun:
    run = live(session, ChecklistRun, run_id)
    if run.state is RunState.COMPLETED:
        raise ValidationError([FieldError("", RUN_COMPLETED)])
    if not _is_editable(session, run):
        raise ValidationError([FieldError("", ORDER_CLOSED)])
    return run
