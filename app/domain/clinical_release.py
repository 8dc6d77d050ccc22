"""Release of a unit to clinical use: the rules of the gate (issue 11 §1, §2).

After a repair or upgrade the hospital's physicist signs "released for clinical use".
The release is refused while the job's record says the unit is not safe to treat on:

- a safety or dosimetry item of a checklist run of the job is FAIL, or has no value;
- a return-to-service check that the fault code or a replaced component asks for
  (resources/return_to_service.yaml) is not recorded, or recorded as FAIL;
- a WARNING item has no comment (the signer reads every warning with its comment);
- the unit awaits acceptance-level testing after a major component was replaced;
- the trial run has not passed.

Each refusal names the item, check or component it is about, in both languages, so
the person refused sees what to do. Reasons are English source texts (context
"Release") for the UI to translate.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from app.domain.checklists import GATED_CATEGORIES, Category
from app.domain.enums import Modality, TrialRunResult, Verdict
from app.domain.i18n import QT_TRANSLATE_NOOP

FAILED_ITEM = QT_TRANSLATE_NOOP("Release", "Failed safety or dosimetry item")
MISSING_ITEM = QT_TRANSLATE_NOOP("Release", "Safety or dosimetry item without a value")
MISSING_CHECK = QT_TRANSLATE_NOOP("Release", "Return-to-service check not recorded")
FAILED_CHECK = QT_TRANSLATE_NOOP("Release", "Return-to-service check failed")
WARNING_WITHOUT_COMMENT = QT_TRANSLATE_NOOP("Release", "Warning without a comment")
ACCEPTANCE_REQUIRED = QT_TRANSLATE_NOOP(
    "Release", "Acceptance-level testing required (recorded by a physicist) after replacing"
)
TRIAL_RUN = QT_TRANSLATE_NOOP("Release", "The trial run has not passed")
ALREADY_RELEASED = QT_TRANSLATE_NOOP("Release", "The unit was already released on this job")


@dataclass(frozen=True)
class Named:
    """Something a refusal or a report line names, in both languages."""

    en: str
    zh: str

    def text(self, chinese: bool) -> str:
        return self.zh if chinese else self.en


@dataclass(frozen=True)
class RunItem:
    """One item of a checklist run of the job, as the gate sees it."""

    template_id: str
    item_id: str
    label: Named
    category: Category
    verdict: Verdict
    comment: str = ""
    value: str = ""  # as entered, for the signer's summary
    unit: str = ""

    @property
    def ref(self) -> str:
        return f"{self.template_id}/{self.item_id}"


@dataclass(frozen=True)
class Check:
    """A return-to-service check; one alternative of `satisfied_by` recorded suffices."""

    id: str
    label: Named
    satisfied_by: tuple[tuple[str, ...], ...]  # alternatives of "template/item" refs


@dataclass(frozen=True)
class Component:
    id: str
    label: Named
    modality: Modality
    major: bool  # replacing it requires acceptance-level testing
    checks: tuple[str, ...]


@dataclass(frozen=True)
class ReturnToService:
    """The data of resources/return_to_service.yaml, validated."""

    checks: Mapping[str, Check]
    components: Mapping[str, Component]
    fault_codes: Mapping[Modality, Mapping[str, str]] = field(default_factory=dict)

    def components_for(self, modality: Modality) -> list[Component]:
        return [c for c in self.components.values() if c.modality is modality]

    def fault_component(self, modality: Modality, code: str) -> Component | None:
        wanted = code.strip().casefold()
        codes = self.fault_codes.get(modality, {})
        found = next((c for k, c in codes.items() if k.casefold() == wanted), None)
        return self.components.get(found) if found else None

    def required_checks(
        self, modality: Modality, fault_code: str, replaced: Iterable[str]
    ) -> list[Check]:
        """The checks the fault code's component and every replaced component ask for,
        each once, in the order of the data file."""
        wanted: set[str] = set()
        faulty = self.fault_component(modality, fault_code) if fault_code else None
        for component in [faulty, *(self.components.get(c) for c in replaced)]:
            if component is not None:
                wanted.update(component.checks)
        return [check for check_id, check in self.checks.items() if check_id in wanted]


@dataclass(frozen=True)
class CheckStatus:
    check: Check
    recorded: bool  # an alternative has a value for every item
    failed: bool  # … and one of them is FAIL
    items: tuple[RunItem, ...]  # the items of the alternative found (for the report)

    @property
    def done(self) -> bool:
        return self.recorded and not self.failed


def check_status(check: Check, items: Sequence[RunItem]) -> CheckStatus:
    """Whether the job recorded `check`: the first complete alternative without a FAIL,
    else the first complete one (failed), else not recorded."""
    by_ref: dict[str, RunItem] = {}
    for item in items:
        if item.verdict not in (Verdict.PENDING, Verdict.NOT_APPLICABLE):
            by_ref[item.ref] = item  # the later run wins
    complete = [
        tuple(by_ref[ref] for ref in alternative)
        for alternative in check.satisfied_by
        if all(ref in by_ref for ref in alternative)
    ]
    passing = [a for a in complete if all(i.verdict is not Verdict.FAIL for i in a)]
    if passing:
        return CheckStatus(check, True, False, passing[0])
    if complete:
        return CheckStatus(check, True, True, complete[0])
    return CheckStatus(check, False, False, ())


@dataclass(frozen=True)
class Refusal:
    reason: str  # English source text, context "Release"
    subject: Named


@dataclass(frozen=True)
class ReleaseFacts:
    """What the gate judges, gathered from the job (app/services/clinical/)."""

    items: tuple[RunItem, ...]
    required: tuple[Check, ...]
    awaiting_acceptance: tuple[Named, ...] = ()  # major components replaced, not yet tested
    trial_run: TrialRunResult = TrialRunResult.PASSED
    released: bool = False


def gated(item: RunItem) -> bool:
    return item.category in GATED_CATEGORIES


def release_refusals(facts: ReleaseFacts) -> list[Refusal]:
    """Why the unit may not be released now; empty when it may."""
    refusals: list[Refusal] = []
    if facts.released:
        refusals.append(Refusal(ALREADY_RELEASED, Named("", "")))
    if facts.trial_run is not TrialRunResult.PASSED:
        refusals.append(Refusal(TRIAL_RUN, Named("", "")))
    for item in facts.items:
        if gated(item) and item.verdict is Verdict.FAIL:
            refusals.append(Refusal(FAILED_ITEM, item.label))
        elif gated(item) and item.verdict is Verdict.PENDING:
            refusals.append(Refusal(MISSING_ITEM, item.label))
    for status in (check_status(check, facts.items) for check in facts.required):
        if not status.recorded:
            refusals.append(Refusal(MISSING_CHECK, status.check.label))
        elif status.failed:
            refusals.append(Refusal(FAILED_CHECK, status.check.label))
    for item in warnings(facts.items):
        if not item.comment.strip():
            refusals.append(Refusal(WARNING_WITHOUT_COMMENT, item.label))
    for component in facts.awaiting_acceptance:
        refusals.append(Refusal(ACCEPTANCE_REQUIRED, component))
    return refusals


def warnings(items: Iterable[RunItem]) -> list[RunItem]:
    """Every WARNING of the job: shown, with its comment, to the person who releases."""
    return [item for item in items if item.verdict is Verdict.WARNING]
