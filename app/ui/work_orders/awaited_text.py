"""The parts a work order waits for, in one line of the screen's language:
"Awaiting parts: MLC motor 1234-5678, order PO-2026-0412, expected 12 Dec"."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from app.domain.awaited_parts import AwaitedPartLine
from app.domain.i18n import QT_TRANSLATE_NOOP
from app.ui.i18n import arg, labelled

# Qt date patterns, translated: "12 Dec" in English, "12月12日" in Chinese.
DAY_MONTH = QT_TRANSLATE_NOOP("AwaitedParts", "d MMM")
DAY_MONTH_YEAR = QT_TRANSLATE_NOOP("AwaitedParts", "d MMM yyyy")
WITH_ORDER = QT_TRANSLATE_NOOP("AwaitedParts", "%1, order %2")
WITH_DATE = QT_TRANSLATE_NOOP("AwaitedParts", "%1, expected %2")
OVERDUE = QT_TRANSLATE_NOOP("AwaitedParts", "%1, expected %2 (overdue)")
AWAITING = QT_TRANSLATE_NOOP("AwaitedParts", "Awaiting parts")
BETWEEN = QT_TRANSLATE_NOOP("AwaitedParts", "; ")


def _tr(text: str) -> str:
    return QCoreApplication.translate("AwaitedParts", text)


def expected_date(value: date) -> str:
    """ "12 Dec" (with the year when it is not this one)."""
    this_year = value.year == date.today().year
    pattern = _tr(DAY_MONTH) if this_year else _tr(DAY_MONTH_YEAR)
    return QLocale().toString(QDate(value.year, value.month, value.day), pattern)


def line_text(line: AwaitedPartLine) -> str:
    """One part: "MLC motor 1234-5678, order PO-…, expected 12 Dec"."""
    text = line.part
    if line.order_reference:
        text = arg(_tr(WITH_ORDER), text, line.order_reference)
    if line.expected_on is not None:
        late = line.expected_on < date.today()  # the office chases the order
        text = arg(_tr(OVERDUE if late else WITH_DATE), text, expected_date(line.expected_on))
    return text


def awaited_text(lines: Sequence[AwaitedPartLine]) -> str:
    """Every awaited part after "Awaiting parts:"; "" when nothing is awaited."""
    if not lines:
        return ""
    return labelled(_tr(AWAITING), _tr(BETWEEN).join(line_text(x) for x in lines))
