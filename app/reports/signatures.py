"""Handwritten signatures drawn as vector paths, with what Part 11 §11.50 asks for
under each: printed name, role and organisation, the meaning, and the time signed.

Strokes come from the signing pad as points in a 1000 × 300 space (y down). Each is
drawn as a smooth curve through the midpoints of its points (quadratic pieces written
as PDF cubics), its line width following the pen pressure; neighbouring pieces of the
same width share one path, so a signature costs a few dozen path operators, not one
per point. Vector paths stay sharp when the hospital zooms or reprints the PDF.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib import colors
from reportlab.lib.colors import Color
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Table, TableStyle

from app.reports import labels
from app.reports.content import PAD_WIDTH, Point, ReportContent, SignatureMark, Stroke
from app.reports.styles import ACCENT, INK, MUTED, Styles, escape, when
from app.reports.tables import heading, text_width

INK_BLUE = colors.HexColor("#1A2F6B")  # signatures read as ink, not as print
BASE_WIDTH = 1.15  # points, at medium pressure
WIDTH_STEP = 0.2  # pressure widths are rounded to this, so pieces share paths
SIGNATURE_HEIGHT = 44.0
MIN_STEP = 1.2  # points (box space) between kept stroke points


class Handwriting(Flowable):
    """One signature's strokes fitted into a box, above the line it is signed on."""

    def __init__(self, strokes: Sequence[Stroke], width: float, height: float) -> None:
        super().__init__()
        self.strokes = [stroke for stroke in strokes if stroke]
        self.width = width
        self.height = height

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setStrokeColor(INK)
        canvas.setLineWidth(0.6)
        canvas.line(0, 0, self.width, 0)
        place = self._placement()
        if place is not None:
            canvas.setStrokeColor(INK_BLUE)
            canvas.setLineCap(1)
            canvas.setLineJoin(1)
            pieces = [
                stroke_operators(thin_out([place(point) for point in stroke]))
                for stroke in self.strokes
            ]
            canvas.addLiteral("\n".join(pieces))
        canvas.restoreState()

    def _placement(self) -> Placement | None:
        """Fits the strokes' bounding box into the box, keeping the aspect ratio; small
        writing is enlarged at most 2× the pad's own scale, so a dot stays a dot."""
        points = [point for stroke in self.strokes for point in stroke]
        if not points:
            return None
        left, right = min(p[0] for p in points), max(p[0] for p in points)
        top, bottom = min(p[1] for p in points), max(p[1] for p in points)
        pad = 3.0
        room_w, room_h = self.width - 2 * pad, self.height - 2 * pad - 2
        scale = min(
            room_w / max(right - left, 1.0),
            room_h / max(bottom - top, 1.0),
            2.0 * self.width / PAD_WIDTH,
        )
        x0 = pad + (room_w - (right - left) * scale) / 2
        y0 = pad + 2 + (room_h - (bottom - top) * scale) / 2
        return Placement(left, bottom, scale, x0, y0)


Placed = tuple[float, float, float]  # x, y in the box (points), line width


def thin_out(points: list[Placed]) -> list[Placed]:
    """Drops points closer than MIN_STEP to the last one kept: a pad samples far more
    finely than a 4 cm signature can show, and every point costs a curve."""
    if len(points) <= 2:
        return points
    kept = [points[0]]
    for point in points[1:-1]:
        last = kept[-1]
        if abs(point[0] - last[0]) + abs(point[1] - last[1]) >= MIN_STEP:
            kept.append(point)
    kept.append(points[-1])
    return kept


def stroke_operators(points: list[Placed]) -> str:
    """PDF path operators for one stroke: a line to the first midpoint, quadratic
    pieces (as cubics) through the midpoints, a line to the last point; a new path
    wherever the width changes. A single point is a round-capped dot."""
    if len(points) == 1:
        x, y, width = points[0]
        return f"{width:.2f} w {x:.2f} {y:.2f} m {x:.2f} {y:.2f} l S"
    mids = [
        ((a[0] + b[0]) / 2, (a[1] + b[1]) / 2) for a, b in zip(points, points[1:], strict=False)
    ]
    out: list[str] = []
    width = -1.0
    here = (points[0][0], points[0][1])
    last = len(points) - 1
    for index, point in enumerate(points):
        if point[2] != width:
            if out:
                out.append("S")
            width = point[2]
            out.append(f"{width:.2f} w {here[0]:.2f} {here[1]:.2f} m")
        if index == 0:
            here = mids[0]
            out.append(f"{here[0]:.2f} {here[1]:.2f} l")
        elif index == last:
            here = (point[0], point[1])
            out.append(f"{here[0]:.2f} {here[1]:.2f} l")
        else:
            m0, m1 = mids[index - 1], mids[index]
            c1x, c1y = m0[0] + 2 / 3 * (point[0] - m0[0]), m0[1] + 2 / 3 * (point[1] - m0[1])
            c2x, c2y = m1[0] + 2 / 3 * (point[0] - m1[0]), m1[1] + 2 / 3 * (point[1] - m1[1])
            out.append(f"{c1x:.2f} {c1y:.2f} {c2x:.2f} {c2y:.2f} {m1[0]:.2f} {m1[1]:.2f} c")
            here = m1
    out.append("S")
    return " ".join(out)


class Placement:
    """Pad coordinates → box coordinates (y flipped), and pressure → line width."""

    def __init__(self, left: float, bottom: float, scale: float, x0: float, y0: float) -> None:
        self.left, self.bottom, self.scale, self.x0, self.y0 = left, bottom, scale, x0, y0

    def __call__(self, point: Point) -> tuple[float, float, float]:
        x, y, pressure = point[0], point[1], point[2]
        if pressure <= 0:  # a mouse or finger without pressure: a medium line
            pressure = 0.5
        width = BASE_WIDTH * (0.55 + 0.9 * min(pressure, 1.0))
        width = round(width / WIDTH_STEP) * WIDTH_STEP
        return (
            self.x0 + (x - self.left) * self.scale,
            self.y0 + (self.bottom - y) * self.scale,
            width,
        )


class SignatureCard(Flowable):
    """One signature: the handwriting on its line, then the printed name, role and
    organisation, meaning and time — drawn directly, wrapped by character where a line
    is too long (no Paragraph: a report's signature block stays cheap to lay out)."""

    def __init__(
        self, handwriting: Handwriting, lines: list[tuple[str, float, float, Color]], font: str
    ) -> None:
        super().__init__()
        self.handwriting = handwriting
        self.lines = lines  # (text, size, leading, colour)
        self.font = font
        self.width = handwriting.width
        self._broken: list[tuple[str, float, float, Color]] = []

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self._broken = [
            (part, size, leading, colour)
            for text, size, leading, colour in self.lines
            for part in break_lines(text, self.font, size, self.width)
        ]
        self.height = self.handwriting.height + 3 + sum(line[2] for line in self._broken)
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        below = self.height - self.handwriting.height
        self.handwriting.drawOn(canvas, 0, below)
        y = below - 3
        for text, size, leading, colour in self._broken:
            y -= leading
            canvas.setFont(self.font, size)
            canvas.setFillColor(colour)
            canvas.drawString(0, y + (leading - size) / 2 + 0.5, text)


def break_lines(text: str, font: str, size: float, width: float) -> list[str]:
    """`text` in lines no wider than `width`: at the last space where there is one
    (Latin), else between characters (Chinese)."""
    room = width * 1000 / size
    if text_width(text, font) <= room:
        return [text]
    lines: list[str] = []
    line = ""
    for char in text:
        if not line or text_width(line + char, font) <= room:
            line += char
            continue
        cut = line.rfind(" ")
        if char != " " and cut > 0:
            lines.append(line[:cut])
            line = line[cut + 1 :] + char
        else:
            lines.append(line.rstrip())
            line = char.lstrip()
    return [*lines, line] if line else lines


def signature_card(
    mark: SignatureMark, width: float, content: ReportContent, font: str
) -> Flowable:
    language = content.language
    role = labels.role_title(language, mark.signer_role)
    who = " · ".join(part for part in (role, mark.organisation) if part)
    signed = f"{labels.text(language, 'signed_at')} {when(mark.signed_at, seconds=True)}"
    lines = [
        (mark.signer_name, 10.0, 13.0, INK),
        (who, 7.5, 9.8, MUTED),
        (labels.MEANINGS[language][mark.meaning], 7.5, 9.8, ACCENT),
        (signed, 7.5, 9.8, MUTED),
    ]
    return SignatureCard(Handwriting(mark.strokes, width, SIGNATURE_HEIGHT), lines, font)


def signature_block(content: ReportContent, styles: Styles, frame_width: float) -> list[Flowable]:
    """The signatures section; kept on one page with its heading."""
    title = heading(labels.text(content.language, "sec_signatures"), styles)
    marks = content.signatures
    if not marks:
        note = Paragraph(escape(labels.text(content.language, "not_signed")), styles.body)
        return [KeepTogether([title, note])]
    columns = 2 if len(marks) in (1, 2, 4) else 3
    gap = 14.0
    cell_width = (frame_width - gap * (columns - 1)) / columns
    cells: list[Flowable | str] = [
        signature_card(mark, cell_width, content, styles.font) for mark in marks
    ]
    while len(cells) % columns:
        cells.append("")
    rows = [cells[i : i + columns] for i in range(0, len(cells), columns)]
    widths = []
    for column in range(columns):
        widths.append(cell_width + (gap if column < columns - 1 else 0))
    table = Table(rows, colWidths=widths, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), styles.font),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), gap),
                ("RIGHTPADDING", (-1, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return [KeepTogether([title, table])]
