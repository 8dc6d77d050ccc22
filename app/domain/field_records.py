"""Drafts of the records filled in on site (repair record, installation record)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from app.domain.enums import TrialRunResult
from app.domain.i18n import QT_TRANSLATE_NOOP
from app.domain.records import MAX_TEXT, FieldError

MAX_HOURS = 500.0


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
    adverse_event_assessment: str = ""  # asked when the fault code may be reportable

    def validate(self) -> list[FieldError]:
        errors: list[FieldError] = []
        for name in ("symptom", "cause", "actions", "trial_run_notes", "adverse_event_assessment"):
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
