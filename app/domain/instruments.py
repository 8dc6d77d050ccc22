"""Test instruments of the service company (dosimeters, electrometers, phantoms…): what
a register entry must hold, and how an instrument stands against its calibration due
date. A measurement taken with an instrument past its due date is not traceable, so
runs and reports warn about it (ISO 13485 §7.6)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from app.domain.enums import LabelledEnum, UserRole
from app.domain.i18n import QT_TRANSLATE_NOOP
from app.domain.records import MAX_TEXT, FieldError

# Calibration due within this many days: the register shows it amber.
DUE_SOON_DAYS = 30
# Who keeps the register (the server enforces the same; engineers record use on runs).
REGISTER_ROLES = frozenset({UserRole.SERVICE_MANAGER, UserRole.QUALITY_CONTROL})
# Who sees the register page (read-only unless they keep it); parts administrators don't.
VIEW_ROLES = REGISTER_ROLES | {UserRole.ENGINEER, UserRole.REPAIR_TECHNICIAN}
OFFICE = ""  # holder of an instrument kept at the office, not by an engineer

_SERIAL_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9./_-]{0,39}$")


class InstrumentKind(LabelledEnum):
    DOSIMETER = "dosimeter"
    ELECTROMETER = "electrometer"
    ION_CHAMBER = "ion_chamber"
    WATER_PHANTOM = "water_phantom"
    SAFETY_ANALYSER = "safety_analyser"
    SURVEY_METER = "survey_meter"

    @property
    def label(self) -> str:
        return _KIND_LABELS[self]


_KIND_LABELS = {
    InstrumentKind.DOSIMETER: QT_TRANSLATE_NOOP("Enum", "Dosimeter"),
    InstrumentKind.ELECTROMETER: QT_TRANSLATE_NOOP("Enum", "Electrometer"),
    InstrumentKind.ION_CHAMBER: QT_TRANSLATE_NOOP("Enum", "Ion chamber"),
    InstrumentKind.WATER_PHANTOM: QT_TRANSLATE_NOOP("Enum", "Water phantom"),
    InstrumentKind.SAFETY_ANALYSER: QT_TRANSLATE_NOOP("Enum", "Electrical safety analyser"),
    InstrumentKind.SURVEY_METER: QT_TRANSLATE_NOOP("Enum", "Survey meter"),
}


class CalibrationState(LabelledEnum):
    """How an instrument stands against its due date on a given day."""

    OVERDUE = "overdue"
    DUE_SOON = "due_soon"
    IN_DATE = "in_date"
    RETIRED = "retired"

    @property
    def label(self) -> str:
        return _STATE_LABELS[self]


_STATE_LABELS = {
    CalibrationState.OVERDUE: QT_TRANSLATE_NOOP("Enum", "Calibration overdue"),
    CalibrationState.DUE_SOON: QT_TRANSLATE_NOOP("Enum", "Due within 30 days"),
    CalibrationState.IN_DATE: QT_TRANSLATE_NOOP("Enum", "Calibrated"),
    CalibrationState.RETIRED: QT_TRANSLATE_NOOP("Enum", "Retired"),
}


def is_overdue(due_date: date, on: date) -> bool:
    """Past due on `on`: the certificate covers its due date itself."""
    return due_date < on


def calibration_state(due_date: date, on: date, retired: bool = False) -> CalibrationState:
    if retired:
        return CalibrationState.RETIRED
    if is_overdue(due_date, on):
        return CalibrationState.OVERDUE
    if due_date <= on + timedelta(days=DUE_SOON_DAYS):
        return CalibrationState.DUE_SOON
    return CalibrationState.IN_DATE


def may_keep_register(role: UserRole) -> bool:
    return role in REGISTER_ROLES


REQUIRED = QT_TRANSLATE_NOOP("Validation", "This field is required.")
TOO_LONG = QT_TRANSLATE_NOOP("Validation", "This text is too long.")
BAD_SERIAL = QT_TRANSLATE_NOOP(
    "Validation", "Use letters, digits and . / _ - only (up to 40 characters)."
)
DUE_BEFORE_CALIBRATION = QT_TRANSLATE_NOOP(
    "Validation", "The due date must be after the calibration date."
)
CALIBRATED_IN_FUTURE = QT_TRANSLATE_NOOP("Validation", "The calibration date is in the future.")
DUPLICATE = QT_TRANSLATE_NOOP(
    "Validation", "An instrument of this maker and model with this serial number is registered."
)
UNKNOWN_HOLDER = QT_TRANSLATE_NOOP("Validation", "Choose an engineer or the office.")
NOT_ALLOWED = QT_TRANSLATE_NOOP(
    "Validation", "Only the service manager and quality control may change the register."
)


@dataclass
class InstrumentDraft:
    kind: InstrumentKind | None = None
    maker: str = ""
    model: str = ""
    serial: str = ""
    certificate_no: str = ""
    calibrated_on: date | None = None
    due_date: date | None = None
    calibration_lab: str = ""
    holder_login: str = OFFICE
    notes: str = ""

    def validate(self, today: date) -> list[FieldError]:
        """Field-level problems; `today` bounds the calibration date."""
        errors: list[FieldError] = []
        if self.kind is None:
            errors.append(FieldError("kind", REQUIRED))
        for name, limit in (("maker", 100), ("model", 100)):
            _text(errors, name, getattr(self, name), limit, required=True)
        if not self.serial.strip():
            errors.append(FieldError("serial", REQUIRED))
        elif not _SERIAL_RE.match(self.serial.strip()):
            errors.append(FieldError("serial", BAD_SERIAL))
        _text(errors, "certificate_no", self.certificate_no, 60, required=True)
        _text(errors, "calibration_lab", self.calibration_lab, 200, required=False)
        _text(errors, "notes", self.notes, MAX_TEXT, required=False)
        if self.calibrated_on is None:
            errors.append(FieldError("calibrated_on", REQUIRED))
        elif self.calibrated_on > today:
            errors.append(FieldError("calibrated_on", CALIBRATED_IN_FUTURE))
        if self.due_date is None:
            errors.append(FieldError("due_date", REQUIRED))
        elif self.calibrated_on is not None and self.due_date <= self.calibrated_on:
            errors.append(FieldError("due_date", DUE_BEFORE_CALIBRATION))
        return errors


def _text(errors: list[FieldError], name: str, value: str, limit: int, *, required: bool) -> None:
    if required and not value.strip():
        errors.append(FieldError(name, REQUIRED))
    elif len(value) > limit:
        errors.append(FieldError(name, TOO_LONG))
