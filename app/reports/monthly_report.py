"""build_monthly_report: a hospital's month as an A4 PDF, in its language: units, uptime
against the guarantee, the month's visits and repairs, open items, key QA trends and
next month's plan. Reads only the `MonthlyContent` it is given (no database, no Qt),
so it runs in a worker thread; sealing is the service's part."""

from __future__ import annotations

import calendar
from datetime import timedelta
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
)

from app.domain import local_time
from app.durable import replacing
from app.reports.builder import _binary_streams
from app.reports.monthly_chart import trend_chart
from app.reports.monthly_content import ItemTrend, MonthlyContent
from app.reports.monthly_texts import text
from app.reports.page import (
    MARGIN_X,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    NumberedCanvas,
    fitted_size,
)
from app.reports.styles import ACCENT, ALERT, MUTED, RULE, Styles, day, escape, grid_style, when
from app.reports.tables import FRAME_WIDTH, data_table, heading, key_values

MARGIN_TOP = 27 * mm
MARGIN_BOTTOM = 22 * mm
# number | date | unit | type | what | outcome | engineer (sums to the frame width)
JOB_WIDTHS = [80.0, 50.0, 78.0, 62.0, 80.0, 95.2, 48.0]
OPEN_WIDTHS = [80.0, 50.0, 90.0, 203.2, 70.0]
UNIT_WIDTHS = [150.0, 110.0, 163.2, 70.0]
UPTIME_WIDTHS = [133.2, 70.0, 70.0, 60.0, 60.0, 100.0]
PLAN_WIDTHS = [60.0, 40.0, 150.0, 173.2, 70.0]
CHART_WIDTH, CHART_HEIGHT = FRAME_WIDTH / 2 - 6, 96.0
# unit | item | tolerance | latest | count | beyond tolerance
KEY_WIDTHS = [100.0, 150.0, 78.2, 75.0, 40.0, 50.0]


def build_monthly_report(content: MonthlyContent, target: Path) -> None:
    """Writes the report to `target`, replacing it only once the PDF is complete."""
    from app.reports.styles import styles_for

    styles = styles_for(content.language)
    canvas = type(
        "MonthlyCanvas",
        (_MonthlyCanvas,),
        {
            "page_text": text(content.language, "page", page="{page}", pages="{pages}"),
            "font_name": styles.font,
        },
    )
    target.parent.mkdir(parents=True, exist_ok=True)
    with replacing(target) as partial, _binary_streams():
        _Document(partial, content, styles).build(story(content, styles), canvasmaker=canvas)


def _month_words(content: MonthlyContent, first: Any) -> dict[str, object]:
    return {
        "year": first.year,
        "month": first.month,
        "month_name": calendar.month_name[first.month],
        "hospital": content.hospital,
    }


def story(content: MonthlyContent, styles: Styles) -> list[Flowable]:
    lang = content.language
    first = content.month
    last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    flowables: list[Flowable] = [
        Paragraph(escape(text(lang, "title")), styles.title),
        Paragraph(escape(text(lang, "subtitle", **_month_words(content, first))), styles.subtitle),
        Spacer(1, 8),
        key_values(
            [
                (text(lang, "hospital"), content.hospital),
                (
                    text(lang, "period"),
                    text(lang, "period_value", first=day(first, lang), last=day(last, lang)),
                ),
                (text(lang, "prepared_by"), content.prepared_by),
                (text(lang, "generated"), when(content.generated_at)),
                (
                    text(lang, "summary"),
                    text(
                        lang,
                        "summary_value",
                        units=len(content.units),
                        jobs=len(content.jobs),
                        open=len(content.open_items),
                        plan=len(content.plan),
                    ),
                ),
            ],
            styles,
        ),
    ]
    flowables += _units(content, styles)
    flowables += _uptime(content, styles)
    flowables += _jobs(content, styles)
    flowables += _open(content, styles)
    flowables += _trends(content, styles)
    following = (first + timedelta(days=32)).replace(day=1)
    flowables += _plan(content, styles, following)
    flowables += [
        Spacer(1, 12),
        Paragraph(escape(_signed_note(content)), styles.muted),
    ]
    return flowables


def _signed_note(content: MonthlyContent) -> str:
    company = content.company.name(content.language)
    if not company:
        return text(content.language, "signed_note_plain")
    return text(content.language, "signed_note", company=company)


def _section(title: str, styles: Styles) -> list[Flowable]:
    """A heading that lets a long table go on to the next page, started only with room."""
    head = heading(title, styles)
    head.keepWithNext = False
    return [CondPageBreak(70), head]


def _units(content: MonthlyContent, styles: Styles) -> list[Flowable]:
    lang = content.language
    header = [text(lang, k) for k in ("col_unit", "col_site", "col_contract", "col_status")]
    rows = [
        [u.name, u.site, u.contract or text(lang, "no_contract"), u.status] for u in content.units
    ]
    return [*_section(text(lang, "units"), styles), data_table(header, rows, UNIT_WIDTHS, styles)]


def _hours(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".")


def _uptime(content: MonthlyContent, styles: Styles) -> list[Flowable]:
    lang = content.language
    out = _section(text(lang, "uptime"), styles)
    if not content.uptime:
        return [*out, Paragraph(escape(text(lang, "no_uptime")), styles.body)]
    header = [
        text(lang, k)
        for k in (
            "col_unit",
            "col_scheduled",
            "col_lost",
            "col_uptime",
            "col_guarantee",
            "col_shortfall",
        )
    ]
    rows: list[list[Any]] = []
    commands: list[tuple[Any, ...]] = []
    for index, u in enumerate(content.uptime, start=1):
        uptime = "—" if u.uptime_percent is None else f"{u.uptime_percent:.2f}%"
        guarantee = (
            text(lang, "no_guarantee")
            if u.guarantee_percent is None
            else f"{u.guarantee_percent:g}%"
        )
        short = "—"
        if u.guarantee_percent is not None and u.uptime_percent is not None:
            met = u.shortfall_hours <= 0
            short = text(lang, "met") if met else text(lang, "not_met")
            if not met:
                short += " · " + text(lang, "hours", hours=_hours(u.shortfall_hours))
                commands.append(("TEXTCOLOR", (3, index), (5, index), ALERT))
        rows.append(
            [
                u.unit,
                text(lang, "hours", hours=_hours(u.scheduled_hours)),
                text(lang, "hours", hours=_hours(u.lost_hours)),
                uptime,
                guarantee,
                short,
            ]
        )
    return [
        *out,
        data_table(header, rows, UPTIME_WIDTHS, styles, *commands),
        Spacer(1, 3),
        Paragraph(escape(text(lang, "uptime_note")), styles.muted),
    ]


def _jobs(content: MonthlyContent, styles: Styles) -> list[Flowable]:
    lang = content.language
    out = _section(text(lang, "jobs"), styles)
    if not content.jobs:
        return [*out, Paragraph(escape(text(lang, "no_jobs")), styles.body)]
    header = [
        text(lang, k)
        for k in (
            "col_number",
            "col_date",
            "col_unit",
            "col_kind",
            "col_what",
            "col_outcome",
            "col_engineer",
        )
    ]
    rows = [
        [j.number, j.day.isoformat(), j.unit, j.kind, j.what, j.outcome, j.engineers]
        for j in content.jobs
    ]
    return [*out, data_table(header, rows, JOB_WIDTHS, styles, small=(0, 1, 2, 3, 4, 5, 6))]


def _open(content: MonthlyContent, styles: Styles) -> list[Flowable]:
    lang = content.language
    out = _section(text(lang, "open"), styles)
    if not content.open_items:
        return [*out, Paragraph(escape(text(lang, "no_open")), styles.body)]
    header = [
        text(lang, k) for k in ("col_number", "col_since", "col_unit", "col_what", "col_state")
    ]
    rows = [[o.number, o.since.isoformat(), o.unit, o.what, o.state] for o in content.open_items]
    return [*out, data_table(header, rows, OPEN_WIDTHS, styles, small=(0, 1, 2, 3))]


def _band(band: tuple[float | None, float | None] | None, measure: str) -> str:
    if band is None:
        return "—"
    low, high = band
    low_text = "—" if low is None else f"{low:g}"
    high_text = "—" if high is None else f"{high:g}"
    return f"{low_text} … {high_text}{measure}"


def _key_items(content: MonthlyContent, styles: Styles) -> Table:
    lang = content.language
    header = [
        text(lang, k)
        for k in (
            "col_unit",
            "trend_item",
            "trend_tolerance",
            "trend_last",
            "trend_count",
            "trend_outside",
        )
    ]
    rows: list[list[Any]] = []
    commands: list[tuple[Any, ...]] = []
    for index, t in enumerate(content.trends, start=1):
        measure = f" {t.measure}" if t.measure else ""
        latest = t.values[-1]
        outside = sum(1 for v in t.values if v.outside)
        rows.append(
            [
                t.unit,
                t.label,
                _band(t.tolerance, measure),
                f"{latest.value:g}{measure}\n{local_time.day_of(latest.at).isoformat()}",
                str(len(t.values)),
                str(outside),
            ]
        )
        if outside:
            commands.append(("TEXTCOLOR", (5, index), (5, index), ALERT))
        if latest.outside:
            commands.append(("TEXTCOLOR", (3, index), (3, index), ALERT))
    return data_table(header, rows, KEY_WIDTHS, styles, *commands, small=(0, 1, 2, 3))


def _charts(trends: list[ItemTrend], styles: Styles) -> list[Flowable]:
    """Two charts a row, each under its unit and item."""
    cells: list[list[Flowable]] = []
    for t in trends:
        caption = Paragraph(escape(f"{t.unit} · {t.label}"), styles.cell_small)
        cells.append([caption, trend_chart(t, styles.font, CHART_WIDTH, CHART_HEIGHT)])
    rows: list[list[Any]] = []
    for start in range(0, len(cells), 2):
        pair: list[Any] = cells[start : start + 2]
        rows.append(pair + [""] * (2 - len(pair)))
    out: list[Flowable] = []
    for row in rows:  # one table a row, so a page breaks between rows, never inside
        table = Table([row], colWidths=[FRAME_WIDTH / 2] * 2, hAlign="LEFT")
        table.setStyle(
            grid_style(
                styles.font,
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                ruled=False,
            )
        )
        out += [table, Spacer(1, 4)]
    return out


def _trends(content: MonthlyContent, styles: Styles) -> list[Flowable]:
    lang = content.language
    months = content.trend_months
    out = _section(text(lang, "trends", months=months), styles)
    if not content.trends:
        return [*out, Paragraph(escape(text(lang, "no_trends", months=months)), styles.body)]
    out.append(_key_items(content, styles))
    charted = [t for t in content.trends if len(t.values) >= 2]
    if charted:
        rows = _charts(charted, styles)
        legend = [
            Spacer(1, 5),
            Paragraph(escape(text(lang, "trend_legend")), styles.muted),
            Spacer(1, 3),
        ]
        # the legend never stays behind at a page's foot while its charts go on
        out += [KeepTogether([*legend, *rows[:2]]), *rows[2:]]
    return out


def _plan(content: MonthlyContent, styles: Styles, following: Any) -> list[Flowable]:
    lang = content.language
    out = _section(text(lang, "plan", **_month_words(content, following)), styles)
    if not content.plan:
        return [*out, Paragraph(escape(text(lang, "no_plan")), styles.body)]
    header = [
        text(lang, k) for k in ("col_date", "col_time", "col_unit", "col_work", "col_engineer")
    ]
    rows = [[p.day.isoformat(), p.time, p.unit, p.work, p.engineer] for p in content.plan]
    return [*out, data_table(header, rows, PLAN_WIDTHS, styles, small=(2, 3))]


RULE_Y = MARGIN_BOTTOM - 6 * mm


class _MonthlyCanvas(NumberedCanvas):
    """ "Page x of y" at the right of the footer, under the rule."""

    def _stamp(self, pages: int) -> None:
        self.saveState()
        self.setFont(self.font_name, 7.5)
        self.setFillColor(ACCENT)
        text = self.page_text.format(page=self._pageNumber, pages=pages)
        self.drawRightString(PAGE_WIDTH - MARGIN_X, RULE_Y - 10, text)
        self.restoreState()


class _Document(BaseDocTemplate):
    """A4 with the company's name and the report's title on every page."""

    def __init__(self, target: Path, content: MonthlyContent, styles: Styles) -> None:
        lang = content.language
        self.report_title = text(lang, "title")
        super().__init__(
            str(target),
            pagesize=A4,
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=f"{self.report_title} {content.hospital} {content.month:%Y-%m}",
            author=content.company.name(lang),
            subject=content.hospital,
            creator="Beamside",
            lang="zh-CN" if lang == "zh_CN" else "en",
            initialFontName=styles.font,
            initialFontSize=9,
        )
        self.content, self.font = content, styles.font
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
        self.addPageTemplates([PageTemplate(id="monthly", frames=[frame], onPage=self._page)])

    def _page(self, canvas: Canvas, _doc: BaseDocTemplate) -> None:
        content, lang = self.content, self.content.language
        company = content.company
        top = PAGE_HEIGHT - 12 * mm
        right = PAGE_WIDTH - MARGIN_X
        subtitle = f"{content.hospital} · {content.month:%Y-%m}"
        title_width = max(
            canvas.stringWidth(self.report_title, self.font, 9),
            canvas.stringWidth(subtitle, self.font, 8),
        )
        canvas.saveState()
        canvas.setFillColor(ACCENT)
        name = company.name(lang)
        room = right - MARGIN_X - title_width - 12
        canvas.setFont(self.font, fitted_size(canvas, name, self.font, 10, room))
        canvas.drawString(MARGIN_X, top, name)
        canvas.setFillColor(MUTED)
        other = company.other_name(lang)
        canvas.setFont(self.font, fitted_size(canvas, other, self.font, 6.5, room, 4.5))
        canvas.drawString(MARGIN_X, top - 9, other)
        canvas.setFillColor(ACCENT)
        canvas.setFont(self.font, 9)
        canvas.drawRightString(right, top, self.report_title)
        canvas.setFillColor(MUTED)
        canvas.setFont(self.font, 8)
        canvas.drawRightString(right, top - 10, subtitle)
        canvas.setStrokeColor(ACCENT)
        canvas.setLineWidth(1)
        canvas.line(MARGIN_X, top - 16, right, top - 16)
        rule_y = RULE_Y
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN_X, rule_y, right, rule_y)
        canvas.setFillColor(MUTED)
        width = right - MARGIN_X - 90
        for line, words in enumerate((company.address(lang), company.contact_line())):
            canvas.setFont(self.font, fitted_size(canvas, words, self.font, 6.5, width, 4.5))
            canvas.drawString(MARGIN_X, rule_y - 10 - 8 * line, words)
        canvas.restoreState()
