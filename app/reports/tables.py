"""Building blocks of every report's layout: section headings, label/value grids and
ruled data tables whose header row repeats across pages.

Cells whose text fits their column stay plain strings, which the table draws itself;
only text that must wrap becomes a Paragraph. That keeps long tables cheap to lay out
(a 60-row checklist is most of a report's build time).
"""

from __future__ import annotations

from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Table

from app.reports.styles import (
    ACCENT,
    DASH,
    LABEL_BG,
    Styles,
    escape,
    grid_style,
    header_row_commands,
)

FRAME_WIDTH = 493.2  # A4 less 2 × 18 mm (page.FRAME_WIDTH; repeated to avoid a cycle)
CELL_PADDING = 8.0  # left + right, as grid_style sets them


class SectionHeading(Flowable):
    """A section title with an accent bar and a rule; stays with what follows."""

    def __init__(self, text: str, font: str, width: float = FRAME_WIDTH) -> None:
        super().__init__()
        self.text = text
        self.font = font
        self.width = width
        self.height = 16.0
        self.spaceBefore = 9.0
        self.spaceAfter = 4.0
        self.keepWithNext = True

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setFillColor(ACCENT)
        canvas.rect(0, 2, 3, 12, stroke=0, fill=1)
        canvas.setFont(self.font, 10.5)
        canvas.drawString(8, 4.5, self.text)
        canvas.setStrokeColor(ACCENT)
        canvas.setLineWidth(0.4)
        canvas.line(0, 0, self.width, 0)
        canvas.restoreState()


def heading(text: str, styles: Styles) -> SectionHeading:
    return SectionHeading(text, styles.font)


def fit(text: str, width: float, styles: Styles, style: str = "cell") -> str | Paragraph:
    """The cell's text as a plain string when each line fits the column, else a
    wrapping Paragraph. The table draws a plain string itself, several times faster
    than a Paragraph (no markup parsing, no line breaking), and most cells fit."""
    paragraph_style: ParagraphStyle = getattr(styles, style)
    room = (width - CELL_PADDING) * 1000 / paragraph_style.fontSize
    if all(text_width(line, styles.font) <= room for line in text.split("\n")):
        return text
    return Paragraph(escape(text), paragraph_style)


_char_widths: dict[tuple[str, str], float] = {}


def text_width(text: str, font: str) -> float:
    """Width at 1000 pt, from a per-character cache: reportlab's stringWidth is pure
    Python here and is asked about every cell of every table."""
    total = 0.0
    for char in text:
        width = _char_widths.get((font, char))
        if width is None:
            width = _char_widths[(font, char)] = stringWidth(char, font, 1000)
        total += width
    return total


def key_values(pairs: list[tuple[str, str]], styles: Styles, per_row: int = 2) -> Table:
    """Label/value pairs in a ruled grid, `per_row` pairs side by side."""
    if per_row == 2:
        widths = [82.0, 164.6, 82.0, 164.6]
    else:
        widths = [104.0, FRAME_WIDTH - 104.0]
    rows: list[list[Any]] = []
    for start in range(0, len(pairs), per_row):
        row: list[Any] = []
        for label, value in pairs[start : start + per_row]:
            column = len(row)
            wide = widths[column + 1]
            if len(pairs) % per_row and start + per_row > len(pairs):
                wide = sum(widths[column + 1 :])  # the last value spans the row
            row += [fit(label, widths[column], styles, "label"), fit(value or DASH, wide, styles)]
        row += [""] * (2 * per_row - len(row))
        rows.append(row)
    commands: list[tuple[Any, ...]] = []
    for column in range(0, 2 * per_row, 2):
        commands += [
            ("BACKGROUND", (column, 0), (column, -1), LABEL_BG),
            ("TEXTCOLOR", (column, 0), (column, -1), ACCENT),
        ]
    if len(pairs) % per_row:  # the last value takes the rest of its row
        used = 2 * (len(pairs) % per_row)
        commands += [
            ("SPAN", (used - 1, -1), (-1, -1)),
            ("BACKGROUND", (used, -1), (-1, -1), colors.white),
        ]
    table = Table(rows, colWidths=widths, hAlign="LEFT")
    table.setStyle(grid_style(styles.font, *commands))
    return table


def data_table(
    header: list[str],
    rows: list[list[Any]],
    widths: list[float],
    styles: Styles,
    *commands: tuple[Any, ...],
    small: tuple[int, ...] = (),
) -> Table:
    """A ruled table whose header row repeats on every page it spans; string cells are
    fitted to their column (`small` columns in the small cell style)."""
    head = [
        fit(text, width, styles, "header_cell") for text, width in zip(header, widths, strict=True)
    ]
    body = [
        [
            fit(value, widths[c], styles, "cell_small" if c in small else "cell")
            if isinstance(value, str) and value
            else value
            for c, value in enumerate(row)
        ]
        for row in rows
    ]
    extra: list[tuple[Any, ...]] = []
    if len(body) >= 4:  # no page starts or ends a table with a single row
        extra += [("NOSPLIT", (0, 0), (-1, 2)), ("NOSPLIT", (0, -2), (-1, -1))]
    for column in small:
        extra += [
            ("FONTSIZE", (column, 1), (column, -1), styles.cell_small.fontSize),
            ("LEADING", (column, 1), (column, -1), styles.cell_small.leading),
        ]
    table = Table([head, *body], colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(grid_style(styles.font, *header_row_commands(), *extra, *commands))
    return table
