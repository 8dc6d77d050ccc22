"""PDF reports of a work order (reportlab): plain content in, a PDF file out.

The names below load lazily, so importing the content dataclasses (as the service that
gathers them does) does not import reportlab.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from app.reports.builder import build_report
    from app.reports.content import ReportContent

__all__ = ["ReportContent", "build_report"]


def __getattr__(name: str) -> Any:
    if name == "build_report":
        from app.reports.builder import build_report

        return build_report
    if name == "ReportContent":
        from app.reports.content import ReportContent

        return ReportContent
    raise AttributeError(name)
