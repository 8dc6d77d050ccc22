"""What a report concludes, taken from the record, and what signing it needs.

A signed report is a statement: "repaired, trial run passed", "accepted", "passed with
two warnings". That statement is derived here from facts of the record (gathered by
app/services/reports/conclusions.py), never typed separately, so the printed conclusion cannot
contradict the checklist or the signatures beneath it. While the record does not yet
say what the conclusion is (`Conclusion.gaps`), the report cannot be signed.

The signing order is a rule too (`signing_refusals`): only finished work is signed,
and the engineer signs first; the customer and QC sign what the engineer vouched for.

Reasons are English source texts (context "Signing") for the UI to translate.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from app.domain.enums import (
    ReportKind,
    SignatureMeaning,
    TrialRunResult,
    WorkOrderState,
    WorkOrderType,
)
from app.domain.i18n import QT_TRANSLATE_NOOP

K = ReportKind
SIGNABLE_STATES = frozenset(
    {WorkOrderState.COMPLETED, WorkOrderState.CUSTOMER_SIGNED, WorkOrderState.CLOSED}
)
CUSTOMER_MEANINGS = frozenset({SignatureMeaning.ACCEPTED_BY, SignatureMeaning.RECEIVED_BY})

NO_ACTIONS = QT_TRANSLATE_NOOP("Signing", "Record what was done before signing.")
NO_CAUSE = QT_TRANSLATE_NOOP("Signing", "Record the cause of the fault before signing.")
NO_ADVERSE_EVENT_ANSWER = QT_TRANSLATE_NOOP(
    "Signing",
    "The fault code may be a reportable adverse event: answer the adverse-event question "
    "(was anyone harmed, or could a patient have been?) before signing.",
)
NO_TRIAL_RUN = QT_TRANSLATE_NOOP("Signing", "Record the result of the trial run before signing.")
NO_CHECKLIST = QT_TRANSLATE_NOOP("Signing", "Fill in the checklist before signing.")
OPEN_CHECKLIST = QT_TRANSLATE_NOOP(
    "Signing", "Finish every checklist (no item left without a value) before signing."
)
NO_SUMMARY = QT_TRANSLATE_NOOP("Signing", "Write the commissioning summary before signing.")
NO_ACCEPTANCE = QT_TRANSLATE_NOOP(
    "Signing",
    "Record the acceptance (customer, engineer, quality control and date) before signing.",
)
NO_TRAINING = QT_TRANSLATE_NOOP("Signing", "Describe the training given before signing.")
NO_TRAINEES = QT_TRANSLATE_NOOP(
    "Signing", "Record who was trained (a trainee who attended and passed) before signing."
)
NOT_FINISHED = QT_TRANSLATE_NOOP(
    "Signing", "Only completed work can be signed: complete the work order first."
)
ENGINEER_FIRST = QT_TRANSLATE_NOOP(
    "Signing", "The engineer signs first; the customer and QC sign after."
)


class Outcome(StrEnum):
    """The conclusion a report prints; OPEN while the record does not say yet."""

    OPEN = "open"
    REPAIRED = "repaired"  # trial run passed, back in clinical use
    REPAIRED_NOT_IN_USE = "repaired_not_in_use"  # trial run passed, not yet back in use
    NOT_REPAIRED = "not_repaired"  # the trial run failed
    WORK_DONE = "work_done"  # an upgrade without a trial run
    PASSED = "passed"
    PASSED_WITH_WARNINGS = "passed_with_warnings"
    PASSED_WITH_FINDINGS = "passed_with_findings"  # open findings: not fixed on site
    CRITICAL_FINDINGS = "critical_findings"  # the checks passed, a critical finding is open
    FAILED = "failed"
    INSTALLED = "installed"
    INSTALLED_WITH_PROBLEMS = "installed_with_problems"
    ACCEPTED = "accepted"
    ACCEPTED_WITH_PROBLEMS = "accepted_with_problems"
    NOT_ACCEPTED = "not_accepted"
    TRAINED = "trained"


@dataclass(frozen=True)
class ConclusionFacts:
    """What the conclusion of one report kind depends on."""

    kind: ReportKind
    work_type: WorkOrderType
    runs: int = 0
    runs_completed: int = 0
    passed: int = 0
    warnings: int = 0
    failures: int = 0
    pending: int = 0
    cause: str = ""
    actions: str = ""
    trial_run: TrialRunResult = TrialRunResult.NOT_RUN
    back_in_use: bool = False
    commissioning_summary: str = ""
    accepted_by_customer: str = ""
    accepted_by_engineer: str = ""
    accepted_by_qc: str = ""
    accepted_recorded: bool = False  # the acceptance date is set
    open_problems: int = 0
    open_findings: int = 0  # inspection findings not fixed on site
    critical_findings: int = 0  # of those, the critical ones: the unit is not fit for use
    description: str = ""
    trainees: int = 0  # trainees who attended and passed: each gets a certificate
    reportable_unanswered: bool = False  # a possibly reportable fault, question open


@dataclass(frozen=True)
class Conclusion:
    outcome: Outcome
    gaps: tuple[str, ...] = ()  # why it cannot be signed yet; empty when it can

    @property
    def complete(self) -> bool:
        return not self.gaps


def conclude(facts: ConclusionFacts) -> Conclusion:
    """The report's conclusion, or OPEN with what is missing."""
    gaps = tuple(_gaps(facts))
    if gaps:
        return Conclusion(Outcome.OPEN, gaps)
    return Conclusion(_outcome(facts))


def _checklist_gaps(facts: ConclusionFacts) -> list[str]:
    if facts.runs == 0:
        return [NO_CHECKLIST]
    if facts.runs_completed < facts.runs or facts.pending:
        return [OPEN_CHECKLIST]
    return []


def _gaps(facts: ConclusionFacts) -> list[str]:
    gaps: list[str] = []
    if facts.kind is K.SERVICE:
        if facts.work_type is WorkOrderType.REPAIR and not facts.cause.strip():
            gaps.append(NO_CAUSE)
        if not facts.actions.strip():
            gaps.append(NO_ACTIONS)
        if facts.work_type is WorkOrderType.REPAIR and facts.trial_run is TrialRunResult.NOT_RUN:
            gaps.append(NO_TRIAL_RUN)
        if facts.runs_completed < facts.runs or (facts.runs and facts.pending):
            gaps.append(OPEN_CHECKLIST)
        if facts.reportable_unanswered:
            gaps.append(NO_ADVERSE_EVENT_ANSWER)
    elif facts.kind is K.INSPECTION:
        gaps += _checklist_gaps(facts)
    elif facts.kind is K.INSTALLATION:
        if not facts.commissioning_summary.strip():
            gaps.append(NO_SUMMARY)
        gaps += _checklist_gaps(facts)
    elif facts.kind is K.ACCEPTANCE:
        gaps += _checklist_gaps(facts)
        people = (facts.accepted_by_customer, facts.accepted_by_engineer, facts.accepted_by_qc)
        if not facts.accepted_recorded or not all(p.strip() for p in people):
            gaps.append(NO_ACCEPTANCE)
    elif facts.kind is K.TRAINING:
        if not facts.description.strip():
            gaps.append(NO_TRAINING)
        if not facts.trainees:
            gaps.append(NO_TRAINEES)
    return gaps


def _outcome(facts: ConclusionFacts) -> Outcome:
    if facts.kind is K.SERVICE:
        if facts.trial_run is TrialRunResult.FAILED:
            return Outcome.NOT_REPAIRED
        if facts.trial_run is TrialRunResult.PASSED:
            return Outcome.REPAIRED if facts.back_in_use else Outcome.REPAIRED_NOT_IN_USE
        return Outcome.WORK_DONE
    if facts.kind is K.INSPECTION:
        if facts.failures:
            return Outcome.FAILED
        if facts.critical_findings:
            return Outcome.CRITICAL_FINDINGS
        if facts.open_findings:
            return Outcome.PASSED_WITH_FINDINGS
        return Outcome.PASSED_WITH_WARNINGS if facts.warnings else Outcome.PASSED
    if facts.kind is K.INSTALLATION:
        troubled = facts.failures or facts.open_problems
        return Outcome.INSTALLED_WITH_PROBLEMS if troubled else Outcome.INSTALLED
    if facts.kind is K.ACCEPTANCE:
        if facts.failures:
            return Outcome.NOT_ACCEPTED
        return Outcome.ACCEPTED_WITH_PROBLEMS if facts.open_problems else Outcome.ACCEPTED
    return Outcome.TRAINED


def signing_refusals(
    state: WorkOrderState,
    meaning: SignatureMeaning,
    engineer_signed: bool,
    conclusion: Conclusion,
) -> list[str]:
    """Why a signature with `meaning` may not be given now; empty when it may."""
    problems: list[str] = []
    if state not in SIGNABLE_STATES:
        problems.append(NOT_FINISHED)
    problems.extend(conclusion.gaps)
    if meaning is not SignatureMeaning.PERFORMED_BY and not engineer_signed:
        problems.append(ENGINEER_FIRST)
    return problems
