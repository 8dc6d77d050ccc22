"""The operator-training certificate: one page, worded as a certificate, not a form.

It names the trainees, the unit they were trained on, when and by whom, and carries
the same footer (hash, QR code) and signatures as every other report, so it can be
checked against the record like them.
"""

from __future__ import annotations

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from app.reports import labels
from app.reports.content import Language, ReportContent
from app.reports.sections import banners
from app.reports.signatures import signature_block
from app.reports.styles import DASH, Styles, day, escape, grid_style
from app.reports.tables import FRAME_WIDTH, heading, key_values

NAMES_PER_ROW = 3


def certificate_story(content: ReportContent, styles: Styles) -> list[Flowable]:
    language = content.language
    t = labels.TEXTS[language]
    other: Language = "en" if language == "zh_CN" else "zh_CN"
    customer = content.customer
    customer_name = (
        customer.name_zh if language == "zh_CN" else (customer.name_en or customer.name_zh)
    )
    stamps = content.times
    trained_on = stamps.finished or stamps.started or stamps.arrived or stamps.reported
    number_style = ParagraphStyle(
        "certificate-number", parent=styles.muted, alignment=TA_CENTER, fontName=styles.font
    )
    intro = t["certificate_intro"].format(date=day(trained_on, language), customer=customer_name)
    unit = content.equipment
    separator = "、" if language == "zh_CN" else ", "
    pairs = [
        (t["equipment"], f"{unit.maker} {unit.model}".strip()),
        (t["modality"], unit.modality),
        (t["serial"], unit.serial),
        (t["nmpa"], unit.nmpa_registration_no),
        (t["site"], content.site),
        (t["training_date"], day(trained_on, language)),
        (t["trainer"], separator.join(content.engineers)),
        (t["udi"], unit.udi),
    ]
    story: list[Flowable] = [
        Spacer(1, 10),
        Paragraph(escape(labels.title(language, content.kind)), styles.certificate_title),
        Paragraph(escape(labels.title(other, content.kind)), styles.subtitle),
        Spacer(1, 4),
        Paragraph(escape(f"{t['certificate_no']} {content.work_order_number}"), number_style),
        Spacer(1, 14),
        *banners(content, styles),
        Paragraph(escape(intro), styles.certificate_body),
        Spacer(1, 6),
        heading(t["trainees"], styles),
        _names(content.trainees, styles),
        heading(t["sec_identity"], styles),
        key_values(pairs, styles),
    ]
    if content.description.strip():
        story += [
            heading(t["training_content"], styles),
            Paragraph(escape(content.description), styles.body),
        ]
    story += signature_block(content, styles, FRAME_WIDTH)
    return story


def _names(names: tuple[str, ...], styles: Styles) -> Flowable:
    """Trainees' names in a centred grid, large enough to read as a certificate."""
    if not names:
        return Paragraph(DASH, styles.certificate_name)
    cells = [Paragraph(escape(name), styles.certificate_name) for name in names]
    rows: list[list[Paragraph | str]] = []
    for start in range(0, len(cells), NAMES_PER_ROW):
        row: list[Paragraph | str] = [*cells[start : start + NAMES_PER_ROW]]
        rows.append(row + [""] * (NAMES_PER_ROW - len(row)))
    table = Table(rows, colWidths=[FRAME_WIDTH / NAMES_PER_ROW] * NAMES_PER_ROW)
    table.setStyle(
        grid_style(
            styles.font,
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ruled=False,
        )
    )
    return table
