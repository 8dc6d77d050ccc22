"""The page around the content: header, footer with page x of y, hash and QR code.

"Page x of y" needs the page count before the last page is written; rather than lay
the story out twice, `NumberedCanvas` holds each finished page back and stamps the
count on all of them at save (one layout pass). Everything else around the content is
the same on every page, so it is drawn once as a form XObject and placed on each page
by reference: the QR code's few hundred modules and the header's texts are written once.
"""

from __future__ import annotations

import io
import itertools
from pathlib import Path
from typing import Any

from reportlab.graphics.barcode import qrencoder
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from app.domain.enums import ReportKind
from app.reports import labels
from app.reports.content import ReportContent
from app.reports.styles import ACCENT, ALERT, INK, MUTED, RULE, short_hash, when

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 18 * mm
MARGIN_TOP = 27 * mm
MARGIN_BOTTOM = 32 * mm
QR_SIZE = 20 * mm
LOGO_HEIGHT = 11 * mm
LOGO_MAX_WIDTH = 30 * mm
SEAL_SIZE = 40 * mm
PAGE_NUMBER_X = PAGE_WIDTH - MARGIN_X - QR_SIZE - 4 * mm
PAGE_NUMBER_Y = MARGIN_BOTTOM - 9 * mm
FURNITURE_FORM = "beamside-page"
HEADER_GAP = 4 * mm  # at least this between the company's names and the title
QR_MASK = 2  # vertical stripes of masking: prints cleanly; see draw_qr
FRAME_WIDTH = PAGE_WIDTH - 2 * MARGIN_X


class NumberedCanvas(Canvas):
    """Keeps pages until save, then stamps "Page x of y" on each."""

    page_text = "Page {page} of {pages}"
    font_name = "Helvetica"

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._held: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        self._held.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        pages = len(self._held)
        for state in self._held:
            self.__dict__.update(state)
            self._stamp(pages)
            super().showPage()
        super().save()

    def _stamp(self, pages: int) -> None:
        self.saveState()
        self.setFont(self.font_name, 8)
        self.setFillColor(ACCENT)
        text = self.page_text.format(page=self._pageNumber, pages=pages)
        self.drawRightString(PAGE_NUMBER_X, PAGE_NUMBER_Y, text)
        self.restoreState()


def canvas_class(content: ReportContent, font: str) -> type[NumberedCanvas]:
    """A NumberedCanvas speaking the report's language."""
    return type(
        "ReportCanvas",
        (NumberedCanvas,),
        {
            "page_text": labels.text(content.language, "page", page="{page}", pages="{pages}"),
            "font_name": font,
        },
    )


class ReportDocument(BaseDocTemplate):
    """A4 portrait with the company's letterhead and the footer on every page."""

    def __init__(self, target: Path, content: ReportContent, font: str) -> None:
        title = labels.title(content.language, content.kind)
        super().__init__(
            str(target),
            pagesize=A4,
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=f"{title} {content.work_order_number}",
            author=content.company.name(content.language),
            subject=f"{content.work_order_number} · {content.equipment.serial}",
            creator="Beamside",
            lang="zh-CN" if content.language == "zh_CN" else "en",
            initialFontName=font,  # else every page names Helvetica, never embedded
            initialFontSize=9,
        )
        self.content = content
        self.font = font
        self.report_title = title
        frame = Frame(
            MARGIN_X,
            MARGIN_BOTTOM,
            FRAME_WIDTH,
            PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id="body",
        )
        self.addPageTemplates([PageTemplate(id="report", frames=[frame], onPage=self._decorate)])
        self._furniture_ready = False

    def _decorate(self, canvas: Canvas, _doc: BaseDocTemplate) -> None:
        """Header, footer, QR code (and border or watermark) are the same on every page:
        drawn once into a form XObject, placed on each page by reference."""
        if self.content.is_draft:  # on the page: reportlab forms drop transparency
            self._watermark(canvas)
        if not self._furniture_ready:
            canvas.beginForm(FURNITURE_FORM)
            canvas.saveState()
            if self.content.kind is ReportKind.TRAINING:
                self._border(canvas)
                self._seal(canvas)
            self._header(canvas)
            self._footer(canvas)
            canvas.restoreState()
            canvas.endForm()
            self._furniture_ready = True
        canvas.doForm(FURNITURE_FORM)

    def _header(self, canvas: Canvas) -> None:
        """The company's logo and names left (from its profile; nothing when there is
        none), the report's title and number right."""
        content, language = self.content, self.content.language
        company = content.company
        top = PAGE_HEIGHT - 12 * mm
        left = MARGIN_X
        if company.logo:
            left += self._image(
                canvas, company.logo, MARGIN_X, top - 6, LOGO_MAX_WIDTH, LOGO_HEIGHT
            )
            left += 3 * mm
        right = PAGE_WIDTH - MARGIN_X
        number = f"{labels.text(language, 'work_order_no')}  {content.work_order_number}"
        # The names take what the title and number leave: a long company name (it
        # comes from Settings) shrinks rather than running into the title.
        title_width = canvas.stringWidth(self.report_title, self.font, 9)
        number_width = canvas.stringWidth(number, self.font, 8)
        canvas.setFillColor(ACCENT)
        name = company.name(language)
        canvas.setFont(
            self.font,
            fitted_size(canvas, name, self.font, 10, right - left - title_width - HEADER_GAP),
        )
        canvas.drawString(left, top, name)
        canvas.setFillColor(MUTED)
        other = company.other_name(language)
        canvas.setFont(
            self.font,
            fitted_size(
                canvas, other, self.font, 6.5, right - left - number_width - HEADER_GAP, 4.5
            ),
        )
        canvas.drawString(left, top - 9, other)
        canvas.setFillColor(ACCENT)
        canvas.setFont(self.font, 9)
        canvas.drawRightString(right, top, self.report_title)
        canvas.setFillColor(MUTED)
        canvas.setFont(self.font, 8)
        canvas.drawRightString(right, top - 10, number)
        canvas.setStrokeColor(ACCENT)
        canvas.setLineWidth(1)
        canvas.line(MARGIN_X, top - 16, right, top - 16)

    @staticmethod
    def _image(
        canvas: Canvas, png: bytes, x: float, y: float, max_width: float, height: float
    ) -> float:
        """Draws `png` `height` high (narrower when it would pass `max_width`) with its
        bottom at `y`; returns the width drawn (0 for bytes that are no image)."""
        try:
            reader = ImageReader(io.BytesIO(png))
            pixels_wide, pixels_high = reader.getSize()
        except Exception:  # noqa: BLE001 - a damaged image must not stop the report
            return 0.0
        width = height * pixels_wide / max(pixels_high, 1)
        if width > max_width:
            height, width = height * max_width / width, max_width
        canvas.drawImage(reader, x, y, width, height, mask="auto")
        return width

    def _footer(self, canvas: Canvas) -> None:
        """Hash, generation time and company left; QR code right; page x of y (stamped
        at save) just left of the QR code."""
        content, language = self.content, self.content.language
        rule_y = MARGIN_BOTTOM - 5 * mm
        right = PAGE_WIDTH - MARGIN_X
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN_X, rule_y, right, rule_y)
        self._qr(canvas, right - QR_SIZE, rule_y - 2 * mm - QR_SIZE)
        y = rule_y - 4 * mm
        canvas.setFont(self.font, 7.5)
        if content.is_draft:
            canvas.setFillColor(ALERT)
            canvas.drawString(MARGIN_X, y, labels.text(language, "draft_banner"))
        else:
            canvas.setFillColor(ACCENT)
            hash_label = labels.text(language, "record_hash")
            canvas.drawString(
                MARGIN_X, y, f"{hash_label}  sha256:{short_hash(content.record_hash)}"
            )
            canvas.setFillColor(MUTED)
            canvas.setFont(self.font, 5.6)
            canvas.drawString(MARGIN_X, y - 8, content.record_hash)
        canvas.setFillColor(MUTED)
        canvas.setFont(self.font, 6.5)
        generated = f"{labels.text(language, 'generated')}  {when(content.generated_at)}"
        canvas.drawString(MARGIN_X, y - 18, generated)
        company, width = content.company, PAGE_NUMBER_X - MARGIN_X
        for line, text in enumerate((company.address(language), company.contact_line())):
            # shrunk to fit left of the page number and QR code when long
            canvas.setFont(self.font, fitted_size(canvas, text, self.font, 6.5, width, 4.5))
            canvas.drawString(MARGIN_X, y - 27 - 8 * line, text)

    def _qr(self, canvas: Canvas, x: float, y: float) -> None:
        canvas.saveState()
        canvas.translate(x, y)
        draw_qr(canvas, self.content.qr_payload, QR_SIZE)
        canvas.restoreState()

    def _watermark(self, canvas: Canvas) -> None:
        canvas.saveState()
        canvas.setFillColorRGB(0.85, 0.35, 0.32, alpha=0.10)
        canvas.setFont(self.font, 96)
        canvas.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2)
        canvas.rotate(35)
        canvas.drawCentredString(0, -30, labels.text(self.content.language, "draft_mark"))
        canvas.restoreState()

    def _seal(self, canvas: Canvas) -> None:
        """The company's seal on a signed certificate, over the signatures' corner as
        one is stamped on paper; a draft carries none (it is not a certificate)."""
        seal = self.content.company.seal
        if not seal or self.content.is_draft:
            return
        x = PAGE_WIDTH - MARGIN_X - SEAL_SIZE - 8 * mm
        self._image(canvas, seal, x, MARGIN_BOTTOM + 6 * mm, SEAL_SIZE, SEAL_SIZE)

    def _border(self, canvas: Canvas) -> None:
        """The certificate's double frame, inside the header and footer."""
        canvas.setStrokeColor(ACCENT)
        inset = MARGIN_X - 6 * mm
        bottom = MARGIN_BOTTOM - 1.5 * mm
        top = PAGE_HEIGHT - MARGIN_TOP + 3 * mm
        canvas.setLineWidth(1.6)
        canvas.rect(inset, bottom, PAGE_WIDTH - 2 * inset, top - bottom)
        canvas.setLineWidth(0.5)
        canvas.rect(inset + 3, bottom + 3, PAGE_WIDTH - 2 * inset - 6, top - bottom - 6)


def fitted_size(
    canvas: Canvas, text: str, font: str, size: float, width: float, smallest: float = 6.0
) -> float:
    """`size`, or less (down to `smallest`) until `text` fits `width`."""
    while size > smallest and canvas.stringWidth(text, font, size) > width:
        size -= 0.25
    return size


def draw_qr(canvas: Canvas, payload: str, size: float, border: int = 1) -> None:
    """The QR code as one filled path of module runs, in module units.

    reportlab's QR widget would go through renderPDF, which names Helvetica (never
    embedded) in the form it draws, and writes each run through the path API; here the
    runs are whole numbers under one scale, written as PDF operators in one go. The
    mask is fixed: reportlab's encoder scores all eight masks in pure Python (~45 ms,
    half a report's build time); any mask is valid (ISO/IEC 18004 §7.8)."""
    code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    code.addData(payload)
    code.version = code.calculate_version()
    code.makeImpl(False, QR_MASK)
    count = code.getModuleCount()
    runs: list[str] = []
    for row, modules in enumerate(code.modules):
        y = count + border - row - 1
        column = 0
        for dark, run in itertools.groupby(bool(m) for m in modules):
            length = len(list(run))
            if dark:
                runs.append(f"{column + border} {y} {length} 1 re")
            column += length
    canvas.saveState()
    canvas.scale(size / (count + 2 * border), size / (count + 2 * border))
    canvas.setFillColor(INK)
    canvas.addLiteral("\n".join(runs) + "\nf")
    canvas.restoreState()
