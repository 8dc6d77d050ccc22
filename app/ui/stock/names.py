"""Names of the ledger as the user reads them: locations in the UI's language, numbers
without trailing zeros, refusals translated."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from app.domain.i18n import arg
from app.domain.stock import StockRefusal
from app.domain.units import unit_in
from app.services.stock.views import LocationChoice


def location_name(location: LocationChoice) -> str:
    if location.name_en and not QLocale().name().startswith("zh"):
        return location.name_en
    return location.name_zh


def either_name(names: tuple[str, str]) -> str:
    """(zh, en) in the UI's language."""
    return names[0] if QLocale().name().startswith("zh") else names[1]


def quantity_text(value: float) -> str:
    return f"{value:g}"


def refusal_text(refusal: StockRefusal) -> str:
    """The refusal in the UI's language, locations named as the screen names them."""
    chinese = QLocale().name().startswith("zh")
    values = [
        value if isinstance(value, str) else value[0 if chinese else 1] for value in refusal.args_
    ]
    return arg(QCoreApplication.translate("Stock", refusal.message), *values)


def unit_text(stored: str) -> str:
    """A unit of measure in the UI's language ("pc" on an English screen, "件" on a
    Chinese one), whichever it was typed in (app/domain/units.py)."""
    return unit_in(QLocale().name(), stored)
