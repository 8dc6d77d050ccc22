"""What a report prints, as plain frozen data.

The builders lay out a `ReportContent` and nothing else: no session, no ORM object, no
Qt. `app/services/reports/report_content.py` gathers one from the database, already in the
report's language where a text comes from an enum (work-order type, modality…), so
the same record can be printed in Chinese and in English from two gatherings. Verdicts
and signature meanings stay enums: the builder words them and colours the verdicts.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Literal

from app.domain.awaited_parts import AwaitedPartLine
from app.domain.conclusions import Conclusion, Outcome
from app.domain.enums import ReportKind, SignatureMeaning, Verdict

Language = Literal["zh_CN", "en"]
LANGUAGES: tuple[Language, ...] = ("zh_CN", "en")

# One point of a handwritten stroke: x, y (pad space 0..1000 × 0..300, y down),
# pressure (0..1; 0 when the pad has none) and milliseconds since the first point.
Point = tuple[float, float, float, float]
Stroke = tuple[Point, ...]

PAD_WIDTH = 1000.0
PAD_HEIGHT = 300.0


@dataclass(frozen=True)
class Company:
    """The service company (its profile in Settings), printed in the header and footer;
    logo and seal are PNG bytes (b"" when none). Empty names mean no profile yet: the
    report then names no organisation rather than the software's."""

    name_zh: str = ""
    name_en: str = ""
    address_zh: str = ""
    address_en: str = ""
    phone: str = ""
    email: str = ""
    website: str = ""
    logo: bytes = field(default=b"", repr=False)
    seal: bytes = field(default=b"", repr=False)

    def name(self, language: Language) -> str:
        first, second = (
            (self.name_zh, self.name_en) if language == "zh_CN" else (self.name_en, self.name_zh)
        )
        return first or second

    def other_name(self, language: Language) -> str:
        """The name in the other language, when it says something the first does not."""
        other = self.name_en if language == "zh_CN" else self.name_zh
        return other if other and other != self.name(language) else ""

    def address(self, language: Language) -> str:
        first, second = (
            (self.address_zh, self.address_en)
            if language == "zh_CN"
            else (self.address_en, self.address_zh)
        )
        return first or second

    def contact_line(self) -> str:
        """Phone, e-mail and website, those that are set, on one line."""
        parts = (self.phone, self.email, self.website)
        return "  ·  ".join(part for part in parts if part)


NO_COMPANY = Company()


@dataclass(frozen=True)
class Customer:
    name_zh: str
    name_en: str
    address: str


@dataclass(frozen=True)
class Equipment:
    maker: str
    model: str
    modality: str  # label in the report's language
    serial: str
    nmpa_registration_no: str
    udi: str


@dataclass(frozen=True)
class Times:
    """Aware datetimes of the work order's steps (printed in Beijing time)."""

    reported: datetime | None = None
    acknowledged: datetime | None = None
    arrived: datetime | None = None
    started: datetime | None = None
    finished: datetime | None = None
    closed: datetime | None = None


@dataclass(frozen=True)
class Repair:
    symptom: str
    fault_code: str
    cause: str
    actions: str
    labour_hours: float
    travel_hours: float
    trial_run: str  # label in the report's language
    trial_run_notes: str
    replaced_components: tuple[str, ...] = ()  # names in the report's language
    # The listed code's title and severity in the report's language ("" for a free code).
    fault_title: str = ""
    fault_severity: str = ""
    # The adverse-event question: the answer's label, "" when it was not asked.
    adverse_event: str = ""
    adverse_event_needs_report: bool = False
    adverse_event_reported_to: str = ""
    adverse_event_reported_on: date | None = None


@dataclass(frozen=True)
class WaitLine:
    """A time the repair waited for the customer (ended None: still waiting)."""

    started: datetime
    ended: datetime | None
    hours: float | None
    reason: str


@dataclass(frozen=True)
class CustomerDowntime:
    """The customer's part in a repair's downtime (issue 14 §KPIs): the contract may
    leave it out of the uptime figure, so the report states it for the customer to see."""

    customer_caused: bool
    reason: str  # what the customer did ("" for a failure)
    waits: tuple[WaitLine, ...] = ()


@dataclass(frozen=True)
class ReturnToServiceCheck:
    """A check the job's fault or replaced components asked for, as recorded."""

    label: str  # in the report's language
    items: str  # the items that recorded it, with their values ("" when not recorded)
    verdict: Verdict  # PASS when done, FAIL when it failed, PENDING when not recorded


@dataclass(frozen=True)
class Release:
    """The unit's release to clinical use on this job (repair and upgrade reports)."""

    released_by: str = ""  # "" while not released
    role: str = ""
    organisation: str = ""
    released_at: datetime | None = None
    legacy: bool = False  # the engineer's checkbox before releases were signed
    reasons: tuple[str, ...] = ()  # why it is not released, in the report's language
    checks: tuple[ReturnToServiceCheck, ...] = ()
    warnings: tuple[str, ...] = ()  # each WARNING with its comment
    awaiting_acceptance: tuple[str, ...] = ()  # replaced major components, not yet tested

    @property
    def released(self) -> bool:
        return self.released_at is not None


@dataclass(frozen=True)
class PartLine:
    number: str
    description: str
    quantity: float
    unit: str
    serial_out: str
    serial_in: str
    manufacturer: str = ""
    model_spec: str = ""
    lot_number: str = ""
    production_date: date | None = None
    removed_part: str = ""  # what happened to the removed piece, in the report's language


@dataclass(frozen=True)
class FindingLine:
    description: str
    severity: str  # label in the report's language
    fixed_on_site: bool
    escalated_to: str  # the repair's work-order number, "" when not escalated
    critical: bool = False  # the unit is not fit for clinical use while it is open


@dataclass(frozen=True)
class Reading:
    """A running parameter as read on site (kept as text)."""

    name: str
    value: str
    unit: str


@dataclass(frozen=True)
class Installation:
    agreed_date: date | None
    place: str
    people: str
    commissioning_summary: str
    accepted_by_customer: str
    accepted_by_engineer: str
    accepted_by_qc: str
    accepted_at: datetime | None


@dataclass(frozen=True)
class ChecklistRow:
    section: str
    label: str
    value: str
    unit: str
    tolerance: str
    verdict: Verdict
    comment: str
    action: str = ""  # the action level beyond the tolerance ("" when none)
    # One beam of the per-beam item printed above it (issue 11 §3): not counted.
    beam: bool = False


@dataclass(frozen=True)
class VerdictCounts:
    passed: int = 0
    warnings: int = 0
    failures: int = 0
    not_applicable: int = 0
    pending: int = 0

    @property
    def total(self) -> int:
        return self.passed + self.warnings + self.failures + self.not_applicable + self.pending

    @classmethod
    def of(cls, rows: tuple[ChecklistRow, ...]) -> VerdictCounts:
        verdicts = [row.verdict for row in rows if not row.beam]
        return cls(
            passed=verdicts.count(Verdict.PASS),
            warnings=verdicts.count(Verdict.WARNING),
            failures=verdicts.count(Verdict.FAIL),
            not_applicable=verdicts.count(Verdict.NOT_APPLICABLE),
            pending=verdicts.count(Verdict.PENDING),
        )


@dataclass(frozen=True)
class InstrumentLine:
    """A test instrument used for one section of a run, as the report prints it."""

    section: str
    kind: str  # in the report's language
    name: str  # maker and model
    serial: str
    certificate_no: str
    due_date: date
    overdue: bool  # past its calibration due date at the run's date


@dataclass(frozen=True)
class ChecklistResult:
    title: str
    machine_class: str
    completed_at: datetime | None
    rows: tuple[ChecklistRow, ...]
    counts: VerdictCounts
    fit_exception: str = ""  # why a template not made for the unit was used
    class_override_reason: str = ""  # why not the unit's own treatment class
    instruments: tuple[InstrumentLine, ...] = ()
    run_date: date | None = None  # the day the instruments were judged against


@dataclass(frozen=True)
class Photo:
    """A photo taken on the job, printed as a thumbnail with what it shows."""

    path: str  # the image file (the attachment's blob in the data folder)
    caption: str


@dataclass(frozen=True)
class TraineeLine:
    """A person trained, who gets a certificate of their own with its number."""

    name: str
    staff_number: str
    role: str
    department: str
    organisation: str
    certificate_number: str
    score: int | None = None  # of the exam that passed (None: recorded before exams)
    pass_mark: int | None = None


@dataclass(frozen=True)
class TrainingLine:
    """How a training session was given (§5.2): its form, syllabus and trainer, as
    keys the report's labels word (app/reports/labels.py SYLLABUS, FORMS)."""

    form: str
    topics: tuple[str, ...]
    trainer: str


@dataclass(frozen=True)
class SignatureMark:
    """One handwritten signature with what Part 11 §11.50 asks to show beside it."""

    signer_name: str
    signer_role: str
    organisation: str
    meaning: SignatureMeaning
    signed_at: datetime
    strokes: tuple[Stroke, ...]


@dataclass(frozen=True)
class AmendmentNote:
    reason: str
    previous_hash: str


@dataclass(frozen=True)
class ReportContent:
    kind: ReportKind
    language: Language
    work_order_number: str
    work_order_type: str  # label in the report's language
    state: str  # label in the report's language
    customer: Customer
    site: str
    equipment: Equipment
    times: Times
    generated_at: datetime
    company: Company = NO_COMPANY
    engineers: tuple[str, ...] = ()
    description: str = ""
    repair: Repair | None = None
    release: Release | None = None
    downtime: CustomerDowntime | None = None  # None: a failure with no waiting recorded
    parts: tuple[PartLine, ...] = ()
    awaited: tuple[AwaitedPartLine, ...] = ()  # parts waited for: ordered, expected, received
    findings: tuple[FindingLine, ...] = ()
    readings: tuple[Reading, ...] = ()
    installation: Installation | None = None
    checklists: tuple[ChecklistResult, ...] = ()
    open_problems: tuple[str, ...] = ()
    trainees: tuple[TraineeLine, ...] = ()
    training: TrainingLine | None = None
    photos: tuple[Photo, ...] = ()
    signatures: tuple[SignatureMark, ...] = ()
    record_hash: str = ""  # "" while unsigned: the report is a draft
    amendment: AmendmentNote | None = None
    conclusion: Conclusion = Conclusion(Outcome.OPEN)

    def signers(self, meaning: SignatureMeaning) -> tuple[str, ...]:
        """Who signed in this capacity (the people the report names for it)."""
        return tuple(s.signer_name for s in self.signatures if s.meaning is meaning)

    @property
    def is_draft(self) -> bool:
        return not self.record_hash

    @property
    def qr_payload(self) -> str:
        """What the footer's QR code carries: the number and the signed record's hash."""
        if self.is_draft:
            return f"{self.work_order_number}|DRAFT"
        return f"{self.work_order_number}|sha256:{self.record_hash}"
