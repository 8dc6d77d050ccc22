"""Drafts of the records filled in on site (repair record, installation record)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from app.domain.enums import AdverseEventAnswer, TrialRunResult
from app.domain.i18n import QT_TRANSLATE_NOOP
from app.domain.records import MAX_TEXT, FieldError

MAX_HOURS = 500.0
MAX_FAULT_CODE = 40  # RepairRecord.fault_code, the namespace included
MAX_REPORTED_TO = 200

REPORTED_TO_AND_WHEN = QT_TRANSLATE_NOOP(
    "Validation", "Say both to whom the adverse event was reported and on which date."
)
REPORTED_IN_FUTURE = QT_TRANSLATE_NOOP("Validation", "The report date cannot be in the future.")


@dataclass
class RepairDraft:
    symptom: str = ""
    fault_code: str = ""
    cause: str = ""
    actions: str = ""
    labour_hours: float = 0.0
    travel_hours: float = 0.0
    trial_run_result: TrialRunResult = TrialRunResult.NOT_RUN
    trial_run_notes: str = ""
    # Components replaced (ids of resources/return_to_service.yaml): they decide the
    # return-to-service checks and whether acceptance-level testing is required.
    replaced_components: tuple[str, ...] = ()
    # The adverse-event question, asked when the fault code could have harmed someone.
    adverse_event: AdverseEventAnswer = AdverseEventAnswer.NOT_ANSWERED
    adverse_event_reported_to: str = ""
    adverse_event_reported_on: date | None = None

    def validate(self) -> list[FieldError]:
        errors: list[FieldError] = []
        if len(self.fault_code) > MAX_FAULT_CODE:
            errors.append(
                FieldError(
                    "fault_code",
                    QT_TRANSLATE_NOOP("Validation", "A fault code is at most 40 characters."),
                )
            )
        for name in ("symptom", "cause", "actions", "trial_run_notes"):
            if len(getattr(self, name)) > MAX_TEXT:
                errors.append(
                    FieldError(name, QT_TRANSLATE_NOOP("Validation", "This text is too long."))
                )
        for name in ("labour_hours", "travel_hours"):
            if not 0 <= getattr(self, name) <= MAX_HOURS:
                errors.append(
                    FieldError(
                        name,
                        QT_TRANSLATE_NOOP("Validation", "Hours must be between 0 and 500."),
                    )
                )
        if self.trial_run_result is TrialRunResult.FAILED and not self.trial_run_notes.strip():
            errors.append(
                FieldError(
                    "trial_run_notes",
                    QT_TRANSLATE_NOOP("Validation", "Say what failed in the trial run."),
                )
            )
        return errors

    def adverse_event_errors(self, today: date) -> list[FieldError]:
        """The vigilance record's rules: an event that harmed or could have harmed
        records to whom it was reported and when — both or, while not reported yet,
        neither (the report then says "not reported yet" rather than the record refusing
        to save). An unanswered question is saved: it is the signing that waits for the
        answer (app/domain/conclusions.py, `reportable_unanswered`)."""
        errors: list[FieldError] = []
        if len(self.adverse_event_reported_to) > MAX_REPORTED_TO:
            errors.append(
                FieldError(
                    "adverse_event_reported_to",
                    QT_TRANSLATE_NOOP("Validation", "This text is too long."),
                )
            )
        has_whom = bool(self.adverse_event_reported_to.strip())
        has_when = self.adverse_event_reported_on is not None
        if self.adverse_event.needs_report and has_whom != has_when:
            field = "adverse_event_reported_on" if has_whom else "adverse_event_reported_to"
            errors.append(FieldError(field, REPORTED_TO_AND_WHEN))
        if self.adverse_event_reported_on is not None and self.adverse_event_reported_on > today:
            errors.append(FieldError("adverse_event_reported_on", REPORTED_IN_FUTURE))
        return errors


@dataclass
class InstallationDraft:
    agreed_date: date | None = None
    place: str = ""
    people: str = ""
    commissioning_summary: str = ""
    open_problems: str = ""
    accepted_by_customer: str = ""
    accepted_by_engineer: str = ""
    accepted_by_qc: str = ""
    accepted_at: datetime | None = None

    def validate(self) -> list[FieldError]:
        errors: list[FieldError] = []
        for name in ("commissioning_summary", "open_problems", "people"):
            if len(getattr(self, name)) > MAX_TEXT:
                errors.append(
                    FieldError(name, QT_TRANSLATE_NOOP("Validation", "This text is too long."))
                )
        signers = (self.accepted_by_customer, self.accepted_by_engineer, self.accepted_by_qc)
        if self.accepted_at is not None and not all(s.strip() for s in signers):
            errors.append(
                FieldError(
                    "accepted_at",
                    QT_TRANSLATE_NOOP(
                        "Validation", "Acceptance needs the customer, the engineer and QC."
                    ),
                )
            )
        return errors
