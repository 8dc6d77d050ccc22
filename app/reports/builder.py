"""build_report: lays out one report of a work order as an A4 PDF.

The story depends on the kind (service, inspection/PM, installation, acceptance,
training certificate); the page around it (header, footer with page x of y, record
hash and QR code) is the same for all (page.py). The builder reads only the
`ReportContent` it is given: no database, no Qt, so it runs in a worker thread.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from reportlab import rl_config
from reportlab.platypus import Flowable

from app.domain.enums import ReportKind
from app.durable import replacing
from app.reports import sections
from app.reports.certificate import certificate_story
from app.reports.checklist import checklist_results
from app.reports.content import ReportContent
from app.reports.fonts import report_font
from app.reports.page import FRAME_WIDTH, ReportDocument, canvas_class
from app.reports.release import release_block
from app.reports.signatures import signature_block
from app.reports.styles import Styles, styles_for

# reportlab reads its stream encoding from a process-wide setting; builds hold this lock
# while they change it, so two reports built in parallel threads cannot interleave.
_settings = threading.Lock()


def build_report(content: ReportContent, target: Path) -> None:
    """Writes the report to `target`, replacing it only once the PDF is complete."""
    font = report_font()
    styles = styles_for(content.language)
    with replacing(target) as partial, _binary_streams():
        document = ReportDocument(partial, content, font)
        document.build(story(content, styles), canvasmaker=canvas_class(content, font))


@contextmanager
def _binary_streams() -> Iterator[None]:
    """Compressed streams written as binary, not ASCII85 on top: reportlab's ASCII85
    encoder is pure Python (about a third of a report's build time) and makes the file
    a quarter larger; binary streams are plain PDF 1.0, read everywhere."""
    with _settings:
        previous = rl_config.useA85
        rl_config.useA85 = 0
        try:
            yield
        finally:
            rl_config.useA85 = previous


def story(content: ReportContent, styles: Styles) -> list[Flowable]:
    """The flowables of the report, by kind."""
    if content.kind is ReportKind.TRAINING:
        return certificate_story(content, styles)
    flowables: list[Flowable] = [
        *sections.title_block(content, styles),
        *sections.banners(content, styles),
        *sections.identity(content, styles),
        *sections.times(content, styles),
        *sections.description(content, styles),
    ]
    if content.kind is ReportKind.SERVICE:
        flowables += sections.repair(content, styles)
        flowables += sections.parts(content, styles, always=True)
        flowables += sections.awaited_parts(content, styles)
        flowables += sections.customer_downtime(content, styles)
        flowables += checklist_results(content, styles)
        flowables += release_block(content, styles)
        flowables += sections.conclusion(content, styles)
    elif content.kind is ReportKind.INSPECTION:
        flowables += checklist_results(content, styles)
        flowables += sections.findings(content, styles)
        flowables += sections.readings(content, styles)
        flowables += sections.parts(content, styles)
        flowables += sections.conclusion(content, styles)
    elif content.kind is ReportKind.INSTALLATION:
        flowables += sections.installation(content, styles)
        flowables += checklist_results(content, styles)
        flowables += sections.parts(content, styles)
        flowables += sections.awaited_parts(content, styles)
        flowables += sections.open_problems(content, styles)
        flowables += sections.conclusion(content, styles)
    elif content.kind is ReportKind.ACCEPTANCE:
        flowables += checklist_results(content, styles)
        flowables += sections.acceptance(content, styles)
        flowables += sections.open_problems(content, styles)
    flowables += sections.photos(content, styles)
    flowables += signature_block(content, styles, FRAME_WIDTH)
    return flowables
