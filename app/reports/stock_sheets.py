"""The stock PDFs (procedure §6.2.3, §6.3): the stocktake sheet to count on paper, the
stocktake result with its variances and the manager's decision, and the issue slip
(领料单) with the receiver's handwriting — A4, in the report font (embedded, so
Chinese renders anywhere), in the language asked for.

The sheet leaves the count blank on purpose: a counter who sees the book quantity
tends to find it.
"""

from __future__ import annotations

from datetime import datetime
from io import BytesIO

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer

from app.domain.stocktake import Slip, StocktakeSheet
from app.domain.units import unit_in
from app.reports.content import Language
from app.reports.signatures import SIGNATURE_HEIGHT, Handwriting
from app.reports.styles import ALERT, Styles, escape, number, styles_for, when
from app.reports.tables import FRAME_WIDTH, data_table, key_values

TEXTS: dict[Language, dict[str, str]] = {
    "zh_CN": {
        "sheet_title": "盘点表",
        "result_title": "盘点结果",
        "slip_title": "配件领料单",
        "number": "编号",
        "location": "库位",
        "started": "盘点开始",
        "counted_by": "盘点人",
        "state": "状态",
        "decided_by": "审批人",
        "decided_at": "审批时间",
        "note": "审批意见",
        "part_number": "配件号",
        "description": "名称",
        "unit": "单位",
        "book": "账面数",
        "counted": "实盘数",
        "variance": "差异",
        "reason": "原因",
        "serials": "序列号",
        "sign_counter": "盘点人签字：",
        "sign_checker": "复核人签字：",
        "summary": "共 {lines} 项，差异 {diffs} 项（盘盈 {gain} 项，盘亏 {loss} 项）。",
        "no_variance": "账实相符，无差异。",
        "work_order": "工单",
        "from": "发料库位",
        "issued_by": "发料人",
        "quantity": "数量",
        "receiver": "领料人签字",
        "signed_at": "签收时间",
        "counting": "盘点中",
        "submitted": "待审批",
        "approved": "已批准",
        "rejected": "已退回",
        "gain": "盘盈",
        "loss": "盘亏",
    },
    "en": {
        "sheet_title": "Stocktake sheet",
        "result_title": "Stocktake result",
        "slip_title": "Parts issue slip",
        "number": "No.",
        "location": "Location",
        "started": "Count began",
        "counted_by": "Counted by",
        "state": "State",
        "decided_by": "Decided by",
        "decided_at": "Decided at",
        "note": "Decision note",
        "part_number": "Part number",
        "description": "Description",
        "unit": "Unit",
        "book": "Book",
        "counted": "Counted",
        "variance": "Variance",
        "reason": "Reason",
        "serials": "Serials",
        "sign_counter": "Counted by (signature):",
        "sign_checker": "Checked by (signature):",
        "summary": "{lines} lines, {diffs} with a variance ({gain} surplus, {loss} shortage).",
        "no_variance": "The count agrees with the ledger: no variance.",
        "work_order": "Work order",
        "from": "Issued from",
        "issued_by": "Issued by",
        "quantity": "Quantity",
        "receiver": "Received by (signature)",
        "signed_at": "Signed at",
        "counting": "Counting",
        "submitted": "Awaiting approval",
        "approved": "Approved",
        "rejected": "Sent back",
        "gain": "surplus",
        "loss": "shortage",
    },
}


def _document(story: list[Flowable], title: str) -> bytes:
    out = BytesIO()
    doc = SimpleDocTemplate(
        out,
        pagesize=A4,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=18 * mm,
        bottomMargin=18 * mm,
        title=title,
        author="Beamside",
        initialFontName=styles_for("en").font,  # else every page names Helvetica, never embedded
        initialFontSize=9,
    )
    doc.build(story)
    return out.getvalue()


def _name(names: tuple[str, str], language: Language) -> str:
    return names[0] if language == "zh_CN" else names[1]


def _head(title: str, pairs: list[tuple[str, str]], styles: Styles) -> list[Flowable]:
    return [
        Paragraph(escape(title), styles.title),
        Spacer(1, 6),
        key_values(pairs, styles),
        Spacer(1, 8),
    ]


def stocktake_sheet_pdf(sheet: StocktakeSheet, language: Language) -> bytes:
    """The paper to count on: every part the ledger holds here, the count left blank."""
    t, styles = TEXTS[language], styles_for(language)
    story = _head(
        t["sheet_title"],
        [
            (t["number"], sheet.number),
            (t["location"], _name(sheet.location_name, language)),
            (t["started"], when(sheet.started_at)),
            (t["counted_by"], sheet.counted_by),
        ],
        styles,
    )
    header = [t["part_number"], t["description"], t["unit"], t["counted"], t["serials"]]
    rows: list[list[object]] = [
        [
            line.part_number,
            line.description,
            unit_in(language, line.unit),
            "",
            "" if not line.count.serialised else "□ " + "  □ ".join(line.count.book_serials),
        ]
        for line in sheet.lines
    ]
    widths = [80.0, 170.0, 40.0, 60.0, FRAME_WIDTH - 350.0]
    story.append(data_table(header, rows, widths, styles, ("ROWHEIGHT", (0, 1), (-1, -1), 20)))
    story += [Spacer(1, 28), _signing_lines(t, styles)]
    return _document(story, f"{t['sheet_title']} {sheet.number}")


def _signing_lines(t: dict[str, str], styles: Styles) -> Flowable:
    return key_values([(t["sign_counter"], " "), (t["sign_checker"], " ")], styles)


def stocktake_result_pdf(sheet: StocktakeSheet, language: Language) -> bytes:
    """Book, count and variance of every line, the reasons, and the decision."""
    t, styles = TEXTS[language], styles_for(language)
    decided = sheet.decided_at or (sheet.decided_by and sheet.submitted_at)
    story = _head(
        t["result_title"],
        [
            (t["number"], sheet.number),
            (t["location"], _name(sheet.location_name, language)),
            (t["started"], when(sheet.started_at)),
            (t["counted_by"], sheet.counted_by),
            (t["state"], t[sheet.state.value]),
            (t["decided_by"], sheet.decided_by or "—"),
            (t["decided_at"], when(decided) if isinstance(decided, datetime) else "—"),
            (t["note"], sheet.decision_note or "—"),
        ],
        styles,
    )
    variances = sheet.variances
    gain = sum(1 for line in variances if line.count.variance > 0)
    summary = t["summary"].format(
        lines=len(sheet.lines), diffs=len(variances), gain=gain, loss=len(variances) - gain
    )
    story += [Paragraph(escape(summary if variances else t["no_variance"]), styles.body)]
    story.append(Spacer(1, 6))
    header = [
        t["part_number"], t["description"], t["unit"], t["book"], t["counted"], t["variance"],
        t["reason"],
    ]  # fmt: skip
    rows: list[list[object]] = []
    marks: list[tuple[object, ...]] = []
    for index, line in enumerate(sheet.lines, start=1):
        count = line.count
        variance = ""
        if count.differs:
            word = t["gain"] if count.variance > 0 else t["loss"]
            variance = f"{count.variance:+g} {word}"
            serials = count.surplus_serials + count.missing_serials
            if serials:
                variance += " (" + ", ".join(serials) + ")"
            marks.append(("TEXTCOLOR", (5, index), (5, index), ALERT))
        rows.append(
            [
                line.part_number, line.description, unit_in(language, line.unit),
                number(count.book), number(count.found), variance, count.reason,
            ]
        )  # fmt: skip
    widths = [70.0, 120.0, 32.0, 40.0, 40.0, 80.0, FRAME_WIDTH - 382.0]
    story.append(data_table(header, rows, widths, styles, *marks, small=(6,)))
    return _document(story, f"{t['result_title']} {sheet.number}")


def issue_slip_pdf(slip: Slip, language: Language) -> bytes:
    """The 领料单: what was issued, for which job, from where, signed by the receiver."""
    t, styles = TEXTS[language], styles_for(language)
    story = _head(
        t["slip_title"],
        [
            (t["number"], slip.number),
            (t["work_order"], slip.work_order_number),
            (t["from"], _name(slip.location_name, language)),
            (t["issued_by"], slip.issued_by),
        ],
        styles,
    )
    header = [t["part_number"], t["description"], t["quantity"], t["unit"], t["serials"]]
    rows: list[list[object]] = [
        [x.part_number, x.description, number(x.quantity), unit_in(language, x.unit), x.serial]
        for x in slip.lines
    ]
    widths = [90.0, 200.0, 50.0, 50.0, FRAME_WIDTH - 390.0]
    story.append(data_table(header, rows, widths, styles))
    story += [
        Spacer(1, 18),
        Paragraph(escape(t["receiver"]), styles.label),
        Handwriting(slip.strokes, 200.0, SIGNATURE_HEIGHT),
        Spacer(1, 3),
        Paragraph(escape(slip.receiver_name), styles.body),
        Paragraph(escape(f"{t['signed_at']} {when(slip.signed_at, seconds=True)}"), styles.muted),
    ]
    return _document(story, f"{t['slip_title']} {slip.number}")
