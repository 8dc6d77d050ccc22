"""The yearly training plan for service staff and each engineer's attendance and exam.

The service manager plans courses and records results; an engineer reads the plan and
their own records. The pass rule is the customer training's (training_exams.passes)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from app.db.models import User
from app.db.staff import StaffTraining, StaffTrainingRecord
from app.domain.enums import UserRole
from app.domain.refusals import Refused
from app.domain.staff import (
    MANAGER_ROLES,
    NOT_A_MANAGER,
    StaffTrainingContent,
    StaffTrainingForm,
    training_passed,
)
from app.domain.training_exams import BAD_SCORE, MAX_SCORE
from app.services.records import live
from app.services.registry.users import ActingUser, acting_user
from app.services.store import Store

CONTEXT = "Staff"


@dataclass(frozen=True)
class CourseDraft:
    year: int
    title: str
    content: StaffTrainingContent
    form: StaffTrainingForm
    starts_on: date
    ends_on: date
    trainer: str = ""
    pass_mark: int = 60


@dataclass(frozen=True)
class AttendanceRow:
    """One engineer on one course, as the Staff page lists it."""

    record_id: str
    course: str
    content: StaffTrainingContent
    form: StaffTrainingForm
    starts_on: date
    ends_on: date
    trainer: str
    engineer: str
    attended: bool
    score: int | None
    passed: bool | None


def _manager(store: Store, user: ActingUser | None) -> None:
    if (user or acting_user(store)).role not in MANAGER_ROLES:
        raise Refused(CONTEXT, NOT_A_MANAGER)


def add_course(store: Store, draft: CourseDraft, user: ActingUser | None = None) -> str:
    _manager(store, user)
    with store.session() as session:
        course = StaffTraining(
            year=draft.year,
            title=draft.title.strip(),
            content=draft.content,
            form=draft.form,
            starts_on=draft.starts_on,
            ends_on=draft.ends_on,
            trainer=draft.trainer,
            pass_mark=draft.pass_mark,
        )
        session.add(course)
        session.flush()
        return course.id


def record_result(
    store: Store,
    training_id: str,
    user_id: str,
    attended: bool,
    score: int | None,
    user: ActingUser | None = None,
) -> bool | None:
    """Records (or corrects) an engineer's attendance and exam; returns the verdict."""
    _manager(store, user)
    if score is not None and not 0 <= score <= MAX_SCORE:
        raise Refused("Training", BAD_SCORE)
    with store.session() as session:
        course = live(session, StaffTraining, training_id)
        verdict = training_passed(attended, score if attended else None, course.pass_mark)
        record = session.scalar(
            select(StaffTrainingRecord).where(
                StaffTrainingRecord.training_id == training_id,
                StaffTrainingRecord.user_id == user_id,
                StaffTrainingRecord.deleted_at.is_(None),
            )
        )
        if record is None:
            record = StaffTrainingRecord(training_id=training_id, user_id=user_id)
            session.add(record)
        record.attended = attended
        record.score = score if attended else None
        record.passed = verdict
        return verdict


def attendance(store: Store, year: int, user: ActingUser | None = None) -> list[AttendanceRow]:
    """The year's courses with every engineer's record (the manager) or the acting
    engineer's own; courses without records show once with no engineer."""
    who = user or acting_user(store)
    with store.reading() as session:
        query = (
            select(StaffTraining, StaffTrainingRecord, User.display_name)
            .outerjoin(
                StaffTrainingRecord,
                (StaffTrainingRecord.training_id == StaffTraining.id)
                & StaffTrainingRecord.deleted_at.is_(None),
            )
            .outerjoin(User, User.id == StaffTrainingRecord.user_id)
            .where(StaffTraining.year == year, StaffTraining.deleted_at.is_(None))
            .order_by(StaffTraining.starts_on, StaffTraining.title, User.display_name)
        )
        rows = session.execute(query).all()
        own_id = session.scalar(select(User.id).where(User.login == who.login))
    manager = who.role in MANAGER_ROLES
    out = []
    for course, record, name in rows:
        if record is not None and not manager and record.user_id != own_id:
            continue
        out.append(
            AttendanceRow(
                record.id if record else "",
                course.title,
                course.content,
                course.form,
                course.starts_on,
                course.ends_on,
                course.trainer,
                name or "",
                bool(record and record.attended),
                record.score if record else None,
                record.passed if record else None,
            )
        )
    return out


def staff_choices(store: Store) -> list[tuple[str, str]]:
    """Service staff (engineers and repair technicians) by name: (user id, name)."""
    with store.reading() as session:
        rows = session.execute(
            select(User.id, User.display_name)
            .where(
                User.deleted_at.is_(None),
                User.role.in_([UserRole.ENGINEER, UserRole.REPAIR_TECHNICIAN]),
            )
            .order_by(User.display_name)
        ).all()
    return [(r[0], r[1]) for r in rows]
