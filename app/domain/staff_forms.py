"""What the manager's staff forms must meet before anything is saved (§8): a course of
the training plan, an exam result, a qualification and a work's requirement. Each
check returns every problem at once, by field, so a form shows them in place."""

from __future__ import annotations

from datetime import date

from app.domain.i18n import QT_TRANSLATE_NOOP
from app.domain.records import FieldError, check_text
from app.domain.training_exams import MAX_SCORE

MAX_TITLE = 200
MAX_TRAINER = 100
MAX_CERTIFICATE = 60

ENDS_BEFORE_START = QT_TRANSLATE_NOOP("Validation", "The course ends before it starts.")
OUTSIDE_YEAR = QT_TRANSLATE_NOOP("Validation", "The course starts outside the plan's year.")
DUPLICATE_COURSE = QT_TRANSLATE_NOOP(
    "Validation", "This course is already in the plan on the same start date."
)
BAD_PASS_MARK = QT_TRANSLATE_NOOP("Validation", "The pass mark is between 1 and 100.")
BAD_SCORE = QT_TRANSLATE_NOOP("Validation", "A score is a whole number from 0 to 100.")
SCORE_WITHOUT_ATTENDING = QT_TRANSLATE_NOOP(
    "Validation", "Only someone who attended has an exam score."
)
EXPIRES_BEFORE_ISSUE = QT_TRANSLATE_NOOP(
    "Validation", "The certificate expires before it was issued."
)
ISSUED_IN_FUTURE = QT_TRANSLATE_NOOP("Validation", "A certificate cannot be issued in the future.")
CHOOSE_ENGINEER = QT_TRANSLATE_NOOP("Validation", "Choose an engineer.")
ALREADY_HELD = QT_TRANSLATE_NOOP(
    "Validation", "This engineer already holds this qualification; renew it instead."
)
DUPLICATE_NUMBER = QT_TRANSLATE_NOOP(
    "Validation", "A certificate of this kind with this number is already recorded."
)
RENEWAL_NOT_LATER = QT_TRANSLATE_NOOP(
    "Validation", "A renewed certificate expires later than the one it replaces."
)
RENEWAL_NEEDS_EXPIRY = QT_TRANSLATE_NOOP("Validation", "A renewal needs the new expiry date.")
DUPLICATE_REQUIREMENT = QT_TRANSLATE_NOOP("Validation", "This requirement is already defined.")
MODEL_NOT_OF_MODALITY = QT_TRANSLATE_NOOP(
    "Validation", "This model is not of the chosen kind of equipment."
)


def course_errors(
    year: int, title: str, trainer: str, starts_on: date, ends_on: date, pass_mark: int
) -> list[FieldError]:
    errors: list[FieldError] = []
    check_text(errors, "title", title, MAX_TITLE, required=True)
    check_text(errors, "trainer", trainer, MAX_TRAINER)
    if starts_on.year != year:
        errors.append(FieldError("starts_on", OUTSIDE_YEAR))
    if ends_on < starts_on:
        errors.append(FieldError("ends_on", ENDS_BEFORE_START))
    if not 1 <= pass_mark <= MAX_SCORE:
        errors.append(FieldError("pass_mark", BAD_PASS_MARK))
    return errors


def parse_score(text: str) -> int | None:
    """A typed score: "" is "not examined yet" (None); raises ValueError when it is not a
    whole number from 0 to 100."""
    text = text.strip()
    if not text:
        return None
    score = int(text)
    if not 0 <= score <= MAX_SCORE:
        raise ValueError(text)
    return score


def qualification_errors(
    title: str, certificate_number: str, issued_on: date | None, expires_on: date | None, on: date
) -> list[FieldError]:
    errors: list[FieldError] = []
    check_text(errors, "title", title, MAX_TITLE)
    check_text(errors, "certificate_number", certificate_number, MAX_CERTIFICATE)
    if issued_on is not None and issued_on > on:
        errors.append(FieldError("issued_on", ISSUED_IN_FUTURE))
    if issued_on is not None and expires_on is not None and expires_on <= issued_on:
        errors.append(FieldError("expires_on", EXPIRES_BEFORE_ISSUE))
    return errors
