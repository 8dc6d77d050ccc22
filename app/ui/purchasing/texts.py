"""Purchasing refusals and row problems in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.domain.i18n import arg
from app.domain.purchasing import PurchaseRefusal
from app.domain.records import ValidationError
from app.services.purchasing.parts_import import RowProblem


def refusal_text(refusal: PurchaseRefusal) -> str:
    return arg(QCoreApplication.translate("Purchasing", refusal.message), *refusal.args_)


def validation_text(error: ValidationError) -> str:
    return "\n".join(
        f"{e.field}: {QCoreApplication.translate('Validation', e.message)}" for e in error.errors
    )


def problem_text(problem: RowProblem) -> str:
    return arg(QCoreApplication.translate(problem.context, problem.message), *problem.args)
