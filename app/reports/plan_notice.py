"""The customer notice of the annual plan (§4.1.3): a letter on the company's
letterhead telling a hospital which visits come, what is done, how long each unit is
out of clinical use and what the hospital prepares. Worded by the company to the
customer, so it carries no work-order number, hash or signature block."""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Frame,
    PageTemplate,
    Paragraph,
    Spacer,
)

from app.reports.content import Company, Language
from app.reports.styles import ACCENT, MUTED, RULE, Styles, day, escape, styles_for
from app.reports.tables import FRAME_WIDTH, data_table, heading

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 18 * mm
MARGIN_TOP = 27 * mm
MARGIN_BOTTOM = 22 * mm
LOGO_HEIGHT = 11 * mm
# date | time | unit | work | downtime | engineer (sums to the frame width)
WIDTHS = [62.0, 46.0, 140.0, 136.0, 48.0, 61.2]


@dataclass(frozen=True)
class NoticeVisit:
    day: date
    time: str  # "18:00"
    unit: str  # maker model · serial · room
    kind: str  # "inspection" or "preventive_maintenance"
    checklist: str  # the checklist's title in the letter's language
    downtime_hours: float
    engineer: str


@dataclass(frozen=True)
class NoticeContent:
    language: Language
    company: Company
    hospital: str
    year: int
    dated: date
    visits: tuple[NoticeVisit, ...]


TEXTS: dict[Language, dict[str, Any]] = {
    "zh_CN": {
        "title": "{year}年度设备维修保养计划通知函",
        "to": "致：{hospital}",
        "date": "日期：{date}",
        "intro": "尊敬的客户：根据贵院放疗设备的服务合同和维护保养要求，我公司制定了{year}年度"
        "维修保养计划。现将计划中的上门服务通知如下，请贵院提前安排，做好配合工作。"
        "我们已尽量将服务安排在临床治疗时间以外；如有不便，请在服务日期前与我们联系调整。",
        "visits": "计划上门服务",
        "col_date": "日期",
        "col_time": "开始",
        "col_unit": "设备",
        "col_work": "服务内容",
        "col_down": "停机时间",
        "col_engineer": "工程师",
        "hours": "{hours} 小时",
        "work_heading": "服务内容说明",
        "preventive_maintenance": "预防性保养：按维护手册进行清洁、润滑、紧固和校准，"
        "更换磨损或老化部件，并进行电气安全检查。",
        "inspection": "巡检：检查设备运行状况、性能指标（按质量控制规程）和部件磨损，记录运行参数，"
        "发现问题当场处理或安排维修。",
        "downtime_heading": "预计停机",
        "downtime": "服务期间设备不能用于临床治疗；表中“停机时间”为预计时长。"
        "合计停机 {hours} 小时。",
        "prepare_heading": "请贵院准备",
        "prepare": [
            "服务期间停止治疗排程，并通知相关科室；",
            "安排熟悉设备的物理师或技师到场配合，服务结束后参与复机确认；",
            "保证机房供电、供水、空调正常，并提供工程师进入机房的通行许可；",
            "准备设备运行记录和近期故障记录，以便工程师查阅。",
        ],
        "closing": "感谢贵院的支持与配合！如需调整服务时间，请联系我们。",
        "sign": "{company}  售后服务部",
        "none": "本年度贵院暂无计划上门服务。",
    },
    "en": {
        "title": "Notice of planned maintenance visits {year}",
        "to": "To: {hospital}",
        "date": "Date: {date}",
        "intro": "Dear customer, under the service contracts for your radiotherapy equipment "
        "and its maintenance requirements we have drawn up the maintenance plan for {year}. "
        "The visits below are planned; please arrange for them in advance. We have placed "
        "them outside your clinical hours where we could; if a date does not suit you, "
        "please contact us before the visit to change it.",
        "visits": "Planned visits",
        "col_date": "Date",
        "col_time": "Starts",
        "col_unit": "Equipment",
        "col_work": "Work",
        "col_down": "Downtime",
        "col_engineer": "Engineer",
        "hours": "{hours} h",
        "work_heading": "What will be done",
        "preventive_maintenance": "Preventive maintenance: cleaning, lubrication, tightening and "
        "calibration per the maintenance manual, worn or aged parts replaced, and an "
        "electrical safety test.",
        "inspection": "Inspection: running state, performance (per the QA protocol) and wear "
        "checked, running parameters recorded; problems found are fixed on the spot or a "
        "repair is arranged.",
        "downtime_heading": "Downtime to expect",
        "downtime": "The unit cannot treat patients during a visit; the downtime column gives "
        "the expected length. Total: {hours} hours.",
        "prepare_heading": "Please prepare",
        "prepare": [
            "No treatments scheduled during the visit, and the departments concerned informed;",
            "a physicist or therapist who knows the unit present, to confirm its return to "
            "clinical use after the visit;",
            "power, water and air conditioning of the room in order, and access to the room "
            "for our engineer;",
            "the unit's running log and recent fault records at hand for the engineer.",
        ],
        "closing": "Thank you for your support. Please contact us to change a date.",
        "sign": "{company}, Service Department",
        "none": "No visit to your hospital is planned this year.",
    },
}


class _Letter(BaseDocTemplate):
    """A4 with the company's letterhead on every page."""

    def __init__(self, target: Path, content: NoticeContent, styles: Styles) -> None:
        t = TEXTS[content.language]
        super().__init__(
            str(target),
            pagesize=A4,
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=t["title"].format(year=content.year),
            author=content.company.name(content.language),
            subject=content.hospital,
            creator="Beamside",
            lang="zh-CN" if content.language == "zh_CN" else "en",
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
        self.addPageTemplates([PageTemplate(id="letter", frames=[frame], onPage=self._page)])

    def _page(self, canvas: Canvas, _doc: BaseDocTemplate) -> None:
        content, language = self.content, self.content.language
        company = content.company
        top = PAGE_HEIGHT - 12 * mm
        left = MARGIN_X
        right = PAGE_WIDTH - MARGIN_X
        canvas.saveState()
        if company.logo:
            try:
                reader = ImageReader(io.BytesIO(company.logo))
                wide, high = reader.getSize()
                width = LOGO_HEIGHT * wide / max(high, 1)
                canvas.drawImage(reader, left, top - 6, width, LOGO_HEIGHT, mask="auto")
                left += width + 3 * mm
            except Exception:  # noqa: BLE001 - a damaged logo must not stop the letter
                pass
        canvas.setFillColor(ACCENT)
        canvas.setFont(self.font, 11)
        canvas.drawString(left, top, company.name(language))
        canvas.setFillColor(MUTED)
        canvas.setFont(self.font, 7)
        canvas.drawString(left, top - 10, company.other_name(language))
        canvas.setStrokeColor(ACCENT)
        canvas.setLineWidth(1)
        canvas.line(MARGIN_X, top - 16, right, top - 16)
        rule_y = MARGIN_BOTTOM - 6 * mm
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN_X, rule_y, right, rule_y)
        canvas.setFont(self.font, 7)
        canvas.drawString(MARGIN_X, rule_y - 10, company.address(language))
        canvas.drawString(MARGIN_X, rule_y - 19, company.contact_line())
        canvas.drawRightString(right, rule_y - 10, str(canvas.getPageNumber()))
        canvas.restoreState()


def build_notice(content: NoticeContent, target: Path) -> None:
    """Writes the notice letter to `target`."""
    language = content.language
    styles = styles_for(language)
    t = TEXTS[language]
    story = [
        Paragraph(escape(t["title"].format(year=content.year)), styles.title),
        Spacer(1, 8),
        Paragraph(escape(t["to"].format(hospital=content.hospital)), styles.body),
        Paragraph(escape(t["date"].format(date=day(content.dated, language))), styles.body),
        Spacer(1, 6),
        Paragraph(escape(t["intro"].format(year=content.year)), styles.body),
        Spacer(1, 6),
    ]
    if not content.visits:
        story.append(Paragraph(escape(t["none"]), styles.body))
    else:
        header = [
            t[k]
            for k in ("col_date", "col_time", "col_unit", "col_work", "col_down", "col_engineer")
        ]
        rows = [
            [
                v.day.isoformat(),
                v.time,
                v.unit,
                f"{_kind(v.kind, language)} · {v.checklist}"
                if v.checklist
                else _kind(v.kind, language),
                t["hours"].format(hours=_hours(v.downtime_hours)),
                v.engineer,
            ]
            for v in content.visits
        ]
        # Kept together with its heading a long table would move whole to the next
        # page: the heading lets go, and only starts a page with room for a few rows.
        visits_heading = heading(t["visits"], styles)
        visits_heading.keepWithNext = False
        story += [
            CondPageBreak(80),
            visits_heading,
            data_table(header, rows, WIDTHS, styles, small=(2, 3)),
        ]
        kinds = sorted({v.kind for v in content.visits})
        story.append(heading(t["work_heading"], styles))
        story += [Paragraph(escape(t[k]), styles.body) for k in kinds]
        total = sum(v.downtime_hours for v in content.visits)
        story += [
            heading(t["downtime_heading"], styles),
            Paragraph(escape(t["downtime"].format(hours=_hours(total))), styles.body),
        ]
    prepare: list[str] = t["prepare"]
    story.append(heading(t["prepare_heading"], styles))
    story += [Paragraph(escape(f"{i}. {line}"), styles.body) for i, line in enumerate(prepare, 1)]
    story += [
        Spacer(1, 10),
        Paragraph(escape(t["closing"]), styles.body),
        Spacer(1, 14),
        Paragraph(
            escape(t["sign"].format(company=content.company.name(language)).strip(" ,")),
            styles.body,
        ),
    ]
    target.parent.mkdir(parents=True, exist_ok=True)
    _Letter(target, content, styles).build(story)


_KINDS: dict[Language, dict[str, str]] = {
    "zh_CN": {"preventive_maintenance": "预防性保养", "inspection": "巡检"},
    "en": {"preventive_maintenance": "Preventive maintenance", "inspection": "Inspection"},
}


def _kind(kind: str, language: Language) -> str:
    return _KINDS[language].get(kind, kind)


def _hours(value: float) -> str:
    return f"{value:g}"
