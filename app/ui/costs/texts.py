"""Money and refusals as the Costs views show them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.domain.costs import CostRefusal


def refusal_text(refusal: CostRefusal) -> str:
    return QCoreApplication.translate("Costs", refusal.message)


def money(value: float | None) -> str:
    """Yuan with thousands separators; "—" for an amount not known."""
    return "—" if value is None else f"{value:,.2f}"


def percent(value: float | None) -> str:
    return "—" if value is None else f"{value:+.1f}%"
