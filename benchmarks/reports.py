"""Building a 3-page report (60 checklist rows, 3 signatures) against the same content
laid out with plain reportlab: a minimal SimpleDocTemplate with Paragraphs and one
Table in the same font (KNOWN-TRAPS: ~90 ms here).

Both are built in the same process, alternating, after one warm-up each (font
registration and imports are paid once by either); the report is the ratio of the
medians. Goal: ≤ 1.5×.

    python benchmarks/reports.py [--runs 15]
"""

from __future__ import annotations

import argparse
import math
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle  # noqa: E402

from app.domain.enums import ReportKind, SignatureMeaning, Verdict  # noqa: E402
from app.domain.tolerance import NumericRule  # noqa: E402
from app.reports.builder import build_report  # noqa: E402
from app.reports.content import (  # noqa: E402
    ChecklistResult,
    ChecklistRow,
    Customer,
    Equipment,
    FindingLine,
    PartLine,
    Reading,
    ReportContent,
    SignatureMark,
    Stroke,
    Times,
    VerdictCounts,
)
from app.reports.fonts import report_font  # noqa: E402
from app.services.checklists.checklist_templates import load_templates  # noqa: E402

START = datetime(2026, 3, 2, 1, 30, tzinfo=UTC)


def strokes(seed: int) -> tuple[Stroke, ...]:
    result = []
    for stroke in range(3):
        points = []
        for i in range(48):
            t = i / 47
            x = 90 + stroke * 270 + t * 220 + 28 * math.sin(t * 9 + stroke + seed)
            y = 150 + 80 * math.sin(t * 11 + stroke * 1.7 + seed) * (1 - 0.45 * t)
            points.append((x, y, 0.3 + 0.55 * math.sin(math.pi * t), i * 12.0))
        result.append(tuple(points))
    return tuple(result)


def checklist_rows(count: int = 60) -> tuple[ChecklistRow, ...]:
    """Real items of the shipped linac templates (PM, monthly QA, acceptance), with
    their sections and tolerances: label lengths as the field sees them."""
    templates, _problems = load_templates()
    rows: list[ChecklistRow] = []
    verdicts = [Verdict.PASS] * 9 + [Verdict.WARNING]
    for template_id in ("linac_pm", "linac_qa_monthly_tg142", "linac_acceptance"):
        template = templates[template_id]
        for section in template.sections:
            for item in section.items:
                if len(rows) == count or not item.applies_to("imrt"):
                    continue
                rule = item.rule_for("imrt")
                verdict = verdicts[len(rows) % 10]
                value, unit, tolerance = "正常", "", ""
                if isinstance(rule, NumericRule):
                    value = f"{0.1 * (len(rows) % 9):.1f}"
                    unit, tolerance = rule.unit, rule.describe(rule.tolerance)
                rows.append(
                    ChecklistRow(
                        section=section.title_zh,
                        label=item.label_zh,
                        value=value,
                        unit=unit,
                        tolerance=tolerance,
                        verdict=verdict,
                        comment="已调整并复测" if verdict is Verdict.WARNING else "",
                    )
                )
    return tuple(rows)


def content() -> ReportContent:
    """An inspection/PM report: 60 checklist rows, findings, parts, 3 signatures."""
    rows = checklist_rows()
    signers = [
        ("李娜", "现场工程师", SignatureMeaning.PERFORMED_BY),
        ("周杰", "质量控制", SignatureMeaning.REVIEWED_BY),
        ("张伟", "物理师", SignatureMeaning.ACCEPTED_BY),
    ]
    return ReportContent(
        kind=ReportKind.INSPECTION,
        language="zh_CN",
        work_order_number="WO-2026-X3YK-00042",
        work_order_type="预防性维护",
        state="已完成",
        customer=Customer(
            "江苏省肿瘤医院", "Jiangsu Cancer Hospital", "江苏省南京市玄武区百子亭 42 号"
        ),
        site="放疗科 · 1号机房",
        equipment=Equipment(
            "Varian", "TrueBeam", "直线加速器", "H191234", "国械注进20173301234", "(01)008437"
        ),
        times=Times(*(START + timedelta(hours=h) for h in range(6))),
        generated_at=START + timedelta(days=1),
        engineers=("李娜", "王强"),
        description="按合同完成年度预防性维护及 TG-142 验证。",
        parts=(PartLine("100012345", "冷却水滤芯", 2, "pc", "", ""),),
        findings=(FindingLine("冷却水流量偏低", "严重", False, ""),),
        readings=(Reading("磁控管使用小时数", "11 820", "h"),),
        checklists=(
            ChecklistResult(
                "直线加速器预防性维护", "调强（IMRT）", START, rows, VerdictCounts.of(rows)
            ),
        ),
        signatures=tuple(
            SignatureMark(name, role, "江苏省肿瘤医院", meaning, START, strokes(i))
            for i, (name, role, meaning) in enumerate(signers)
        ),
        record_hash="e7ed87b305aa0abd1c24c138a53ab176ab8d1e5103cf8d9a736ffd3093062346",
    )


def plain(report: ReportContent, target: Path) -> None:
    """The baseline: the same texts with nothing but reportlab's basics — a Paragraph
    per field, one Table for the checklist, no header, footer, QR code or drawing."""
    font = report_font()
    body = ParagraphStyle("plain", fontName=font, fontSize=8, leading=10.5, wordWrap="CJK")
    title = ParagraphStyle("plain-title", parent=body, fontSize=16, leading=22)
    unit, times = report.equipment, report.times
    fields = [
        report.work_order_number,
        f"{report.work_order_type} {report.state}",
        f"{report.customer.name_zh} {report.customer.name_en}",
        report.customer.address,
        report.site,
        " ".join(report.engineers),
        f"{unit.maker} {unit.model} {unit.modality}",
        f"{unit.serial} {unit.nmpa_registration_no} {unit.udi}",
        *(str(moment) for moment in vars(times).values()),
        report.description,
        *(
            f"{p.number} {p.description} {p.quantity} {p.serial_out} {p.serial_in}"
            for p in report.parts
        ),
        *(f"{f.severity} {f.description}" for f in report.findings),
        *(f"{r.name} {r.value} {r.unit}" for r in report.readings),
    ]
    story: list[object] = [Paragraph("巡检及预防性维护报告", title)]
    story += [Paragraph(text, body) for text in fields]
    run = report.checklists[0]
    data: list[list[object]] = [["序号", "检查项目", "测量值", "单位", "允差", "结论", "备注"]]
    for n, row in enumerate(run.rows, start=1):
        data.append(
            [
                str(n),
                Paragraph(row.label, body),
                row.value,
                row.unit,
                row.tolerance,
                row.verdict.value,
                Paragraph(row.comment, body),
            ]
        )
    table = Table(data, colWidths=[24, 166, 58, 34, 62, 64, 85], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), font),
                ("FONTSIZE", (0, 0), (-1, -1), 8),
                ("GRID", (0, 0), (-1, -1), 0.4, "#AEB8C4"),
            ]
        )
    )
    story += [Spacer(1, 6), table, Spacer(1, 6)]
    for mark in report.signatures:
        line = f"{mark.signer_name} {mark.signer_role} {mark.organisation} {mark.signed_at}"
        story.append(Paragraph(line, body))
    story.append(Paragraph(report.record_hash, body))
    document = SimpleDocTemplate(
        str(target), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, initialFontName=font
    )
    document.build(story)


def timed(
    build: Callable[[ReportContent, Path], None], report: ReportContent, target: Path
) -> tuple[float, float]:
    """(wall, CPU) seconds of one build."""
    wall, cpu = time.perf_counter(), time.process_time()
    build(report, target)
    return time.perf_counter() - wall, time.process_time() - cpu


def pages(path: Path) -> int:
    return path.read_bytes().count(b"/Type /Page\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=25)
    args = parser.parse_args()
    report = content()
    with tempfile.TemporaryDirectory() as tmp:
        ours_path, plain_path = Path(tmp) / "ours.pdf", Path(tmp) / "plain.pdf"
        timed(build_report, report, ours_path)  # warm-up: font, imports, caches
        timed(plain, report, plain_path)
        ours: list[tuple[float, float]] = []
        baseline: list[tuple[float, float]] = []
        for _ in range(args.runs):
            ours.append(timed(build_report, report, ours_path))
            baseline.append(timed(plain, report, plain_path))
        print(f"pages: Beamside {pages(ours_path)}, plain reportlab {pages(plain_path)}")
        print(f"rows: {len(report.checklists[0].rows)}, signatures: {len(report.signatures)}")
    # CPU time too: on a shared machine other processes stretch wall time, not CPU time.
    for index, clock in enumerate(("wall", "CPU")):
        ours_ms = statistics.median(run[index] for run in ours) * 1000
        plain_ms = statistics.median(run[index] for run in baseline) * 1000
        ratio = ours_ms / plain_ms
        verdict = "ok" if ratio <= 1.5 else "OVER"
        print(
            f"{clock:>4}: Beamside {ours_ms:6.1f} ms, plain reportlab {plain_ms:6.1f} ms "
            f"(medians of {args.runs}): ratio {ratio:.2f}× (goal ≤ 1.5×) {verdict}"
        )


if __name__ == "__main__":
    main()
