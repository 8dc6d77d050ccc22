"""Paragraph and table styles, colours and value formatting shared by every report.

Every style names the report font explicitly: a style left on reportlab's default
(Helvetica) would pull in a non-embedded font and print Chinese as empty boxes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import TableStyle

from app.domain import local_time
from app.domain.enums import Verdict
from app.reports.content import Language
from app.reports.fonts import report_font

# Hospitals read times in Beijing time; China has no daylight saving, so a fixed offset.
DASH = "—"

INK = colors.HexColor("#1B1F24")
ACCENT = colors.HexColor("#1F3A5F")
MUTED = colors.HexColor("#5B6674")
RULE = colors.HexColor("#AEB8C4")
LABEL_BG = colors.HexColor("#EDF1F5")
SECTION_BG = colors.HexColor("#F5F7F9")
WHITE = colors.white
ALERT = colors.HexColor("#A3221B")

# (text, background) per verdict: coloured AND worded (labels.VERDICTS), so a
# photocopy still says it.
VERDICT_COLOURS: dict[Verdict, tuple[colors.Color, colors.Color]] = {
    Verdict.PASS: (colors.HexColor("#1E6B34"), colors.HexColor("#E4F3E7")),
    Verdict.WARNING: (colors.HexColor("#8A5A00"), colors.HexColor("#FFF1CC")),
    Verdict.FAIL: (ALERT, colors.HexColor("#FBE0DE")),
    Verdict.NOT_APPLICABLE: (MUTED, colors.HexColor("#F1F2F4")),
    Verdict.PENDING: (MUTED, WHITE),
}


@dataclass(frozen=True)
class Styles:
    font: str
    title: ParagraphStyle
    subtitle: ParagraphStyle
    body: ParagraphStyle
    muted: ParagraphStyle
    label: ParagraphStyle
    cell: ParagraphStyle
    cell_small: ParagraphStyle
    verdict: ParagraphStyle
    header_cell: ParagraphStyle
    banner: ParagraphStyle
    certificate_title: ParagraphStyle
    certificate_body: ParagraphStyle
    certificate_name: ParagraphStyle


@cache
def styles_for(language: Language) -> Styles:
    """The report's styles; CJK line breaking suits both languages (it keeps
    Latin words whole and never starts a line with a closing bracket)."""
    font = report_font()

    def style(name: str, size: float, leading: float, **extra: Any) -> ParagraphStyle:
        base: dict[str, Any] = {"textColor": INK, "alignment": TA_LEFT, "wordWrap": "CJK"}
        base.update(extra)
        return ParagraphStyle(
            f"{language}-{name}", fontName=font, fontSize=size, leading=leading, **base
        )

    return Styles(
        font=font,
        title=style("title", 18, 24, alignment=TA_CENTER, textColor=ACCENT),
        subtitle=style("subtitle", 9, 12, alignment=TA_CENTER, textColor=MUTED),
        body=style("body", 9, 13.5),
        muted=style("muted", 7.5, 10, textColor=MUTED),
        label=style("label", 8, 10.5, textColor=ACCENT),
        cell=style("cell", 8, 10.5),
        cell_small=style("cell_small", 7.5, 9.5),
        verdict=style("verdict", 8, 12),
        header_cell=style("header_cell", 8, 10, textColor=WHITE),
        banner=style("banner", 9.5, 13, textColor=ALERT),
        certificate_title=style("certificate_title", 26, 34, alignment=TA_CENTER, textColor=ACCENT),
        certificate_body=style("certificate_body", 11, 19, firstLineIndent=22),
        certificate_name=style("certificate_name", 13, 18, alignment=TA_CENTER),
    )


def grid_style(font: str, *commands: tuple[Any, ...], ruled: bool = True) -> TableStyle:
    """A table in the report font, ruled unless told; `commands` add to (and may
    override) it."""
    rules: list[tuple[Any, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.4, RULE),
        ("BOX", (0, 0), (-1, -1), 0.8, ACCENT),
    ]
    return TableStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), font),
            ("FONTSIZE", (0, 0), (-1, -1), 8),
            ("LEADING", (0, 0), (-1, -1), 10.5),
            ("TEXTCOLOR", (0, 0), (-1, -1), INK),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            *(rules if ruled else []),
            *commands,
        ]
    )


def header_row_commands() -> list[tuple[Any, ...]]:
    """The first row as a column header (repeated on every page a table spans)."""
    return [
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
        ("TEXTCOLOR", (0, 0), (-1, 0), WHITE),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
    ]


# --- formatting ------------------------------------------------------------------------


def when(moment: datetime | None, seconds: bool = False) -> str:
    """An aware time in the installation's zone, with the zone: "2026-03-02 16:30 UTC+8"."""
    if moment is None:
        return DASH
    local = local_time.local(moment)
    stamp = local.strftime("%Y-%m-%d %H:%M:%S" if seconds else "%Y-%m-%d %H:%M")
    return f"{stamp} {local_time.offset_label(moment)}"


def day(value: date | datetime | None, language: Language) -> str:
    if value is None:
        return DASH
    if isinstance(value, datetime):
        value = local_time.day_of(value)
    if language == "zh_CN":
        return f"{value.year}年{value.month}月{value.day}日"
    return value.strftime("%d %B %Y").lstrip("0")


def number(value: float) -> str:
    """1.0 → "1", 1.25 → "1.25": quantities and hours as people write them."""
    return f"{value:.2f}".rstrip("0").rstrip(".")


def escape(text: str) -> str:
    """Plain text for a Paragraph (which reads a little XML), line breaks kept."""
    safe = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return safe.replace("\n", "<br/>")


def short_hash(record_hash: str) -> str:
    return f"{record_hash[:12]}…{record_hash[-8:]}" if len(record_hash) > 24 else record_hash
