"""What a failed report export says on screen: in the user's language when the service
gave a translatable reason (ExportError), else the exception's own text."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.services.reports.report_export import ExportError
from app.ui.i18n import arg


def export_error_text(error: BaseException) -> str:
    if isinstance(error, ExportError):
        return arg(QCoreApplication.translate("ReportExport", error.message), *error.args_)
    return str(error) or type(error).__name__
