"""The yearly training plan for service staff and each engineer's attendance and exam.

The service manager plans and corrects courses and records results; an engineer reads
the plan and their own records. The pass rule is the customer training's
(training_exams.passes); a changed pass mark re-judges the course's exams."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import User
from app.db.staff import StaffTraining, StaffTrainingRecord
from app.domain.enums import UserRole
from app.domain.records import FieldError
from app.domain.refusals import Refused
from app.domain.staff import (
    MANAGER_ROLES,
    StaffTrainingContent,
    StaffTrainingForm,
    training_passed,
)
from app.domain.staff_forms import DUPLICATE_COURSE, course_errors
from app.domain.training_exams import BAD_SCORE, MAX_SCORE
from app.services.records import check, live, upsert
from app.services.registry.users import ActingUser, acting_user
from app.services.staff.roles import require_manager
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
    course_id: str
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
    require_manager(store, user)


def add_course(store: Store, draft: CourseDraft, user: ActingUser | None = None) -> str:
    return save_course(store, None, draft, user)


def save_course(
    store: Store, course_id: str | None, draft: CourseDraft, user: ActingUser | None = None
) -> str:
    """Adds (`course_id` None) or corrects a course; returns its id. Raises
    ValidationError for bad fields or the same title on the same start date."""
    _manager(store, user)
    title, trainer = draft.title.strip(), draft.trainer.strip()
    check(course_errors(draft.year, title, trainer, draft.starts_on, draft.ends_on,
                        draft.pass_mark))  # fmt: skip
    with store.session() as session:
        same = session.scalar(
            select(StaffTraining.id).where(
                StaffTraining.title == title,
                StaffTraining.starts_on == draft.starts_on,
                StaffTraining.deleted_at.is_(None),
                StaffTraining.id != (course_id or ""),
            )
        )
        check([FieldError("title", DUPLICATE_COURSE)] if same else [])
        values = {
            "year": draft.year,
            "title": title,
            "content": draft.content,
            "form": draft.form,
            "starts_on": draft.starts_on,
            "ends_on": draft.ends_on,
            "trainer": trainer,
            "pass_mark": draft.pass_mark,
        }
        course = upsert(session, store, StaffTraining, course_id, values)
        if course_id is not None:
            _rejudge(session, course)
        return course.id


def _rejudge(session: Session, course: StaffTraining) -> None:
    """The exams of a course whose pass mark may have changed, judged again."""
    for record in session.scalars(
        select(StaffTrainingRecord).where(
            StaffTrainingRecord.training_id == course.id,
            StaffTrainingRecord.deleted_at.is_(None),
        )
    ):
        verdict = training_passed(record.attended, record.score, course.pass_mark)
        if record.passed != verdict:
            record.passed = verdict


def load_course(store: Store, course_id: str) -> CourseDraft:
    """The course as its form's draft (RecordGone when it was deleted meanwhile)."""
    with store.reading() as session:
        course = live(session, StaffTraining, course_id)
        return CourseDraft(course.year, course.title, course.content, course.form,
                           course.starts_on, course.ends_on, course.trainer,
                           course.pass_mark)  # fmt: skip


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
                course.id,
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
