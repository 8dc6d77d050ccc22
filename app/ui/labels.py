"""How domain values read in the UI, in the user's language."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.domain import local_time
from app.domain.enums import LabelledEnum
from app.domain.i18n import arg
from app.domain.refusals import Refused


def enum_label(member: LabelledEnum) -> str:
    return QCoreApplication.translate("Enum", member.label)


def refusal_text(refused: Refused) -> str:
    """A service's refusal (app/domain/refusals.py) in the user's language."""
    return arg(QCoreApplication.translate(refused.context, refused.message), *refused.values)


def validation_message(message: str, *contexts: str) -> str:
    """A refusal reason in the user's language, from the first context that knows it."""
    for context in (*contexts, "Validation"):
        translated = QCoreApplication.translate(context, message)
        if translated != message:
            return translated
    return message


def format_datetime(value: datetime | None) -> str:
    """Wall-clock time in the installation's zone; stored values are UTC."""
    return local_time.local(value).strftime("%Y-%m-%d %H:%M") if value else ""


def format_date(value: date | None) -> str:
    return value.isoformat() if value else ""


def format_value(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, LabelledEnum):
        return enum_label(value)
    if isinstance(value, datetime):
        return format_datetime(value)
    if isinstance(value, date):
        return format_date(value)
    return str(value)
