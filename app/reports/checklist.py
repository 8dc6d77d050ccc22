"""Checklist results: one table per run, sections as spanning rows, each verdict
coloured and worded (a colour alone is lost on a black-and-white copy).

Tables are long (a PM with TG-142 checks runs to 60 items), so the column header
repeats on every page; only texts that may wrap are Paragraphs, the rest plain cell
strings, which keeps a 60-row table cheap to lay out.
"""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Flowable, Paragraph, Spacer

from app.domain.enums import Verdict
from app.reports import labels
from app.reports.content import ChecklistResult, ReportContent
from app.reports.instruments import instrument_block
from app.reports.sections import verdict_counts_text
from app.reports.styles import ACCENT, MUTED, SECTION_BG, VERDICT_COLOURS, Styles, escape, when
from app.reports.tables import CELL_PADDING, data_table, heading, text_width

# No. | item | value | unit | tolerance | verdict | comment  (sums to the frame width)
WIDTHS = [24.0, 166.0, 58.0, 34.0, 62.0, 64.0, 85.2]
ITEM_COLUMN = 1
UNIT_COLUMN = 3
VERDICT_COLUMN = 5
MARK_SIZE = 11
MARK_LIFT = (MARK_SIZE - 8) * 0.75  # how much deeper the mark sets the line (8 pt cells)
COMMENT_COLUMN = 6


def checklist_results(content: ReportContent, styles: Styles) -> list[Flowable]:
    if not content.checklists:
        return []
    flowables: list[Flowable] = [heading(labels.text(content.language, "sec_checklists"), styles)]
    for index, run in enumerate(content.checklists):
        if index:
            flowables.append(Spacer(1, 10))
        flowables += run_table(run, content, styles)
    return flowables


def run_table(run: ChecklistResult, content: ReportContent, styles: Styles) -> list[Flowable]:
    language = content.language
    t = labels.TEXTS[language]
    words = labels.VERDICTS[language]
    details = []
    if run.machine_class:
        details.append(
            f"{t['machine_class']}：{run.machine_class}"
            if language == "zh_CN"
            else f"{t['machine_class']}: {run.machine_class}"
        )
    if run.completed_at is not None:
        details.append(f"{t['completed_at']} {when(run.completed_at)}")
    else:
        details.append(t["in_progress"])
    accent = ACCENT.hexval().replace("0x", "#")
    muted = MUTED.hexval().replace("0x", "#")
    caption = Paragraph(
        f'<font color="{accent}" size="9.5">{escape(run.title)}</font>　'
        f'<font color="{muted}">{escape(" · ".join(details))}</font>',
        styles.body,
    )
    caption.keepWithNext = True
    header = [
        t[k]
        for k in (
            "col_no",
            "col_item",
            "col_value",
            "col_unit",
            "col_tolerance",
            "col_verdict",
            "col_comment",
        )
    ]
    rows: list[list[Any]] = []
    commands: list[tuple[Any, ...]] = [
        ("ALIGN", (0, 1), (0, -1), "CENTER"),
        ("ALIGN", (3, 1), (4, -1), "CENTER"),
        # The large mark deepens the verdict's line; padding moved from top to bottom
        # puts its word on the baseline of the row's other cells.
        ("TOPPADDING", (VERDICT_COLUMN, 1), (VERDICT_COLUMN, -1), 3 - MARK_LIFT),
        ("BOTTOMPADDING", (VERDICT_COLUMN, 1), (VERDICT_COLUMN, -1), 3 + MARK_LIFT),
    ]
    section = None
    number = 0
    verdicts: list[tuple[int, Verdict]] = []  # (table row, verdict) of each item
    for row in run.rows:
        if row.section and row.section != section:
            section = row.section
            at = len(rows) + 1  # the header is row 0
            rows.append([section, "", "", "", "", "", ""])
            commands += [
                ("SPAN", (0, at), (-1, at)),
                ("BACKGROUND", (0, at), (-1, at), SECTION_BG),
                ("TEXTCOLOR", (0, at), (-1, at), ACCENT),
                ("ALIGN", (0, at), (-1, at), "LEFT"),
                ("NOSPLIT", (0, at), (-1, at + 1)),  # a section title never ends a page
            ]
        number += 0 if row.beam else 1
        limits = row.tolerance
        if row.action:
            limits = f"{limits}\n{t['action_level'].format(action=row.action)}"
        rows.append(
            [
                "" if row.beam else str(number),
                row.label,
                row.value,
                row.unit,
                limits,
                verdict_cell(words[row.verdict], row.verdict, styles),
                row.comment,
            ]
        )
        verdicts.append((len(rows), row.verdict))
    commands += verdict_commands(verdicts)
    widths = column_widths([row.unit for row in run.rows], styles)
    table = data_table(header, rows, widths, styles, *commands, small=(COMMENT_COLUMN,))
    counts = Paragraph(escape(verdict_counts_text(content, run.counts)), styles.muted)
    head: list[Flowable] = [caption]
    if run.fit_exception:  # a template not made for the unit: the reader sees why
        note = Paragraph(escape(t["fit_exception"].format(reason=run.fit_exception)), styles.body)
        note.keepWithNext = True
        head.append(note)
    if run.class_override_reason:
        reason = t["class_override"].format(reason=run.class_override_reason)
        note = Paragraph(escape(reason), styles.body)
        note.keepWithNext = True
        head.append(note)
    head += instrument_block(run, language, styles)
    return [*head, Spacer(1, 3), table, Spacer(1, 3), counts]


def column_widths(units: list[str], styles: Styles) -> list[float]:
    """The columns, the unit one widened to its longest unit: a unit has no space to
    wrap at, and CJK wrapping would split it mid-word ("cGy/M" over "U")."""
    size = styles.cell.fontSize
    longest = max((text_width(unit, styles.font) * size / 1000 for unit in units), default=0.0)
    widths = list(WIDTHS)
    extra = max(0.0, longest + CELL_PADDING + 1 - widths[UNIT_COLUMN])
    widths[UNIT_COLUMN] += extra
    widths[ITEM_COLUMN] -= extra  # the item's name wraps; it gives the room
    return widths


def verdict_cell(worded: str, verdict: Verdict, styles: Styles) -> Paragraph:
    """The verdict's mark drawn large enough to tell ▲ from ✖ on a copy, then its word."""
    mark, _, word = worded.partition(" ")
    colour = VERDICT_COLOURS[verdict][0].hexval().replace("0x", "#")
    return Paragraph(
        f'<font color="{colour}" size="{MARK_SIZE}"><b>{escape(mark)}</b></font> '
        f'<font color="{colour}">{escape(word)}</font>',
        styles.verdict,
    )


def verdict_commands(verdicts: list[tuple[int, Verdict]]) -> list[tuple[Any, ...]]:
    """Colours of the verdict cells, one command pair per run of equal verdicts in
    adjacent rows (a long table re-applies every command to each page's part)."""
    commands: list[tuple[Any, ...]] = []
    index = 0
    while index < len(verdicts):
        first, verdict = verdicts[index]
        last = first
        while index + 1 < len(verdicts) and verdicts[index + 1] == (last + 1, verdict):
            index += 1
            last += 1
        text_colour, background = VERDICT_COLOURS[verdict]
        commands += [
            ("BACKGROUND", (VERDICT_COLUMN, first), (VERDICT_COLUMN, last), background),
            ("TEXTCOLOR", (VERDICT_COLUMN, first), (VERDICT_COLUMN, last), text_colour),
        ]
        index += 1
    return commands
