"""Attendance and exam results of one course, for every member of the service staff at
once: the manager's results form lists everyone and saves the lot in one transaction,
or nothing when any line is refused.

A line's attendance is None (not on this course: an existing record is withdrawn),
True (attended; the score may still be missing: not examined yet) or False (absent)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select

from app.db.base import utcnow
from app.db.models import User
from app.db.staff import StaffTraining, StaffTrainingRecord
from app.domain.records import FieldError
from app.domain.staff import training_passed
from app.domain.staff_forms import BAD_SCORE, SCORE_WITHOUT_ATTENDING, parse_score
from app.services.records import check, live
from app.services.registry.users import ActingUser
from app.services.staff.plan import staff_choices
from app.services.staff.roles import require_manager
from app.services.store import Store


@dataclass(frozen=True)
class RosterLine:
    user_id: str
    engineer: str
    attended: bool | None  # None: not on the course
    score: int | None


@dataclass(frozen=True)
class Roster:
    title: str
    pass_mark: int
    lines: list[RosterLine]


@dataclass(frozen=True)
class ResultEntry:
    """One line as typed: the score is the form's text, checked here."""

    user_id: str
    attended: bool | None
    score_text: str = ""


def score_field(user_id: str) -> str:
    """The form field a line's score error belongs to."""
    return f"score:{user_id}"


def course_roster(store: Store, course_id: str) -> Roster:
    """Every field engineer with their record on the course, by name; people who left
    the staff but hold a record stay listed."""
    with store.reading() as session:
        course = live(session, StaffTraining, course_id)
        records = {
            r.user_id: r
            for r in session.scalars(
                select(StaffTrainingRecord).where(
                    StaffTrainingRecord.training_id == course_id,
                    StaffTrainingRecord.deleted_at.is_(None),
                )
            )
        }
        names = dict(staff_choices(store))
        missing = [u for u in records if u not in names]
        if missing:
            found = session.execute(
                select(User.id, User.display_name).where(User.id.in_(missing))
            ).tuples()
            names.update(dict(found.all()))
        title, pass_mark = course.title, course.pass_mark
    lines = [
        RosterLine(
            user_id,
            name,
            records[user_id].attended if user_id in records else None,
            records[user_id].score if user_id in records else None,
        )
        for user_id, name in sorted(names.items(), key=lambda item: item[1])
    ]
    return Roster(title, pass_mark, lines)


def _errors(entries: list[ResultEntry]) -> tuple[list[FieldError], dict[str, int | None]]:
    errors: list[FieldError] = []
    scores: dict[str, int | None] = {}
    for entry in entries:
        try:
            scores[entry.user_id] = parse_score(entry.score_text)
        except ValueError:
            errors.append(FieldError(score_field(entry.user_id), BAD_SCORE))
            continue
        if scores[entry.user_id] is not None and entry.attended is not True:
            errors.append(FieldError(score_field(entry.user_id), SCORE_WITHOUT_ATTENDING))
    return errors, scores


def record_results(
    store: Store, course_id: str, entries: Iterable[ResultEntry], user: ActingUser | None = None
) -> int:
    """Writes every line's attendance and exam verdict; returns how many records
    changed. Raises ValidationError (nothing written) when any score is refused."""
    require_manager(store, user)
    lines = list(entries)
    errors, scores = _errors(lines)
    check(errors)
    changed = 0
    with store.session() as session:
        course = live(session, StaffTraining, course_id)
        records = {
            r.user_id: r
            for r in session.scalars(
                select(StaffTrainingRecord).where(
                    StaffTrainingRecord.training_id == course_id,
                    StaffTrainingRecord.deleted_at.is_(None),
                )
            )
        }
        for line in lines:
            record = records.get(line.user_id)
            if line.attended is None:
                if record is not None:
                    record.deleted_at = utcnow()
                    record.updated_by = store.user_login
                    changed += 1
                continue
            score = scores[line.user_id]
            verdict = training_passed(line.attended, score, course.pass_mark)
            if record is None:
                record = StaffTrainingRecord(training_id=course_id, user_id=line.user_id)
                session.add(record)
            elif (record.attended, record.score, record.passed) == (line.attended, score, verdict):
                continue
            record.attended, record.score, record.passed = line.attended, score, verdict
            record.updated_by = store.user_login
            changed += 1
    return changed
