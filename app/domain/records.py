"""What a user fills in for each record, and the rules a draft must meet before saving.

Validation returns every problem at once (field name + translatable reason) so a
form can show them all inline; nothing is saved while any remains.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from app.domain.enums import (
    ContractLevel,
    EquipmentStatus,
    HospitalGrade,
    Priority,
    WorkOrderState,
    WorkOrderType,
)
from app.domain.i18n import QT_TRANSLATE_NOOP

WEEKDAYS = 7
MAX_NAME = 200
MAX_TEXT = 4000

# Modern NMPA certificate numbers, e.g. 国械注进20173301234 or 苏械注准20192040123,
# and the pre-2014 form 国食药监械(进)字2013第3301234号.
_NMPA_RE = re.compile(
    r"^[\u4e00-\u9fff]械注[准进许]\d{11}$"
    r"|^国食药监械[(（][准进许][)）]字\d{4}第\d{7}号$"
)
_PHONE_RE = re.compile(r"^\+?[\d\s()-]{7,24}$")
_EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_SERIAL_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9./_-]{1,39}$")


@dataclass(frozen=True)
class FieldError:
    field: str
    message: str  # English source text, context "Validation"


class ValidationError(Exception):
    """Raised by services when a draft breaks a rule; carries every field error."""

    def __init__(self, errors: list[FieldError]) -> None:
        super().__init__("; ".join(f"{e.field}: {e.message}" for e in errors))
        self.errors = errors


def _required(errors: list[FieldError], name: str, value: str, limit: int = MAX_NAME) -> None:
    if not value.strip():
        errors.append(FieldError(name, QT_TRANSLATE_NOOP("Validation", "This field is required.")))
    elif len(value) > limit:
        errors.append(FieldError(name, QT_TRANSLATE_NOOP("Validation", "This text is too long.")))


def _optional(errors: list[FieldError], name: str, value: str, limit: int = MAX_NAME) -> None:
    if len(value) > limit:
        errors.append(FieldError(name, QT_TRANSLATE_NOOP("Validation", "This text is too long.")))


REQUIRED = QT_TRANSLATE_NOOP("Validation", "This field is required.")
TOO_LONG = QT_TRANSLATE_NOOP("Validation", "This text is too long.")


def check_text(
    errors: list[FieldError], name: str, value: str, limit: int, required: bool = False
) -> None:
    """Appends the reason `value` is refused (missing when required, or too long)."""
    if required and not value.strip():
        errors.append(FieldError(name, REQUIRED))
    elif len(value) > limit:
        errors.append(FieldError(name, TOO_LONG))


@dataclass
class CustomerDraft:
    name_zh: str = ""
    name_en: str = ""
    address: str = ""
    region: str = ""
    grade: HospitalGrade = HospitalGrade.GRADE_3A

    def validate(self) -> list[FieldError]:
        errors: list[FieldError] = []
        _required(errors, "name_zh", self.name_zh)
        _optional(errors, "name_en", self.name_en)
        _optional(errors, "address", self.address, 400)
        _optional(errors, "region", self.region, 60)
        return errors


@dataclass
class SiteDraft:
    customer_id: str = ""
    name: str = ""
    building: str = ""

    def validate(self) -> list[FieldError]:
        errors: list[FieldError] = []
        if not self.customer_id:
            errors.append(
                FieldError("customer_id", QT_TRANSLATE_NOOP("Validation", "Choose a customer."))
            )
        _required(errors, "name", self.name)
        _optional(errors, "building", self.building)
        return errors


@dataclass
class ContactDraft:
    customer_id: str = ""
    name: str = ""
    role: str = ""
    phone: str = ""
    email: str = ""

    def validate(self) -> list[FieldError]:
        errors: list[FieldError] = []
        if not self.customer_id:
            errors.append(
                FieldError("customer_id", QT_TRANSLATE_NOOP("Validation", "Choose a customer."))
            )
        _required(errors, "name", self.name, 100)
        _optional(errors, "role", self.role, 100)
        if self.phone and not _PHONE_RE.match(self.phone):
            errors.append(
                FieldError(
                    "phone",
                    QT_TRANSLATE_NOOP(
                        "Validation", "Enter a phone number: digits, spaces, + ( ) -."
                    ),
                )
            )
        if self.email and not _EMAIL_RE.match(self.email):
            errors.append(
                FieldError(
                    "email",
                    QT_TRANSLATE_NOOP("Validation", "Enter an e-mail address like name@host.cn."),
                )
            )
        return errors


@dataclass
class EquipmentDraft:
    model_id: str = ""
    site_id: str = ""
    serial_number: str = ""
    nmpa_registration_no: str = ""
    udi: str = ""
    install_date: date | None = None
    acceptance_date: date | None = None
    warranty_end: date | None = None
    contract_level: ContractLevel = ContractLevel.WARRANTY
    status: EquipmentStatus = EquipmentStatus.CLINICAL
    clinical_hours: list[float] = field(default_factory=lambda: [10.0] * 5 + [0.0, 0.0])

    def validate(self) -> list[FieldError]:
        errors: list[FieldError] = []
        if not self.model_id:
            errors.append(
                FieldError(
                    "model_id", QT_TRANSLATE_NOOP("Validation", "Choose the equipment model.")
                )
            )
        if not self.site_id:
            errors.append(
                FieldError("site_id", QT_TRANSLATE_NOOP("Validation", "Choose the site."))
            )
        if not self.serial_number.strip():
            errors.append(
                FieldError(
                    "serial_number", QT_TRANSLATE_NOOP("Validation", "This field is required.")
                )
            )
        elif not _SERIAL_RE.match(self.serial_number.strip()):
            errors.append(
                FieldError(
                    "serial_number",
                    QT_TRANSLATE_NOOP("Validation", "Use 2-40 letters, digits and . / _ - only."),
                )
            )
        if self.nmpa_registration_no and not _NMPA_RE.match(self.nmpa_registration_no.strip()):
            errors.append(
                FieldError(
                    "nmpa_registration_no",
                    QT_TRANSLATE_NOOP(
                        "Validation", "Not an NMPA certificate number, e.g. 国械注进20173301234."
                    ),
                )
            )
        _optional(errors, "udi", self.udi, 120)
        if self.install_date and self.acceptance_date and self.acceptance_date < self.install_date:
            errors.append(
                FieldError(
                    "acceptance_date",
                    QT_TRANSLATE_NOOP("Validation", "Acceptance cannot be before installation."),
                )
            )
        if self.install_date and self.warranty_end and self.warranty_end < self.install_date:
            errors.append(
                FieldError(
                    "warranty_end",
                    QT_TRANSLATE_NOOP("Validation", "Warranty cannot end before installation."),
                )
            )
        if len(self.clinical_hours) != WEEKDAYS or any(
            not 0 <= h <= 24 for h in self.clinical_hours
        ):
            errors.append(
                FieldError(
                    "clinical_hours",
                    QT_TRANSLATE_NOOP(
                        "Validation", "Clinical hours must be between 0 and 24 for each day."
                    ),
                )
            )
        return errors


@dataclass
class WorkOrderDraft:
    type: WorkOrderType = WorkOrderType.REPAIR
    priority: Priority = Priority.NORMAL
    state: WorkOrderState = WorkOrderState.REPORTED
    equipment_id: str = ""
    description: str = ""
    reported_at: datetime | None = None
    engineer_ids: list[str] = field(default_factory=list)

    def validate(self, now: datetime) -> list[FieldError]:
        errors: list[FieldError] = []
        if not self.equipment_id:
            errors.append(
                FieldError("equipment_id", QT_TRANSLATE_NOOP("Validation", "Choose the equipment."))
            )
        _required(errors, "description", self.description, MAX_TEXT)
        if self.reported_at is None:
            errors.append(
                FieldError(
                    "reported_at", QT_TRANSLATE_NOOP("Validation", "This field is required.")
                )
            )
        elif self.reported_at > now + timedelta(minutes=5):
            errors.append(
                FieldError(
                    "reported_at",
                    QT_TRANSLATE_NOOP("Validation", "A report cannot be in the future."),
                )
            )
        return errors
