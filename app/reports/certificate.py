"""The operator-training certificates: one page per trainee, each with its own number.

A page is worded as a certificate, not a form: it names the trainee (with their
hospital, department and staff number), the unit they were trained on, when and by
whom, and carries the same footer (hash, QR code) and signatures as every other
report, so each certificate can be checked against the record. A job with no trainee
recorded yet prints one page saying so, never a certificate for nobody.
"""

from __future__ import annotations

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer

from app.reports import labels
from app.reports.content import Language, ReportContent, TraineeLine
from app.reports.sections import banners
from app.reports.signatures import signature_block
from app.reports.styles import Styles, day, escape
from app.reports.tables import FRAME_WIDTH, heading, key_values


def certificate_story(content: ReportContent, styles: Styles) -> list[Flowable]:
    """A certificate page for each trainee (or one page saying none is recorded)."""
    pages: list[list[Flowable]] = [
        _certificate(content, styles, trainee) for trainee in content.trainees
    ] or [_certificate(content, styles, None)]
    story: list[Flowable] = []
    for index, page in enumerate(pages):
        if index:
            story.append(PageBreak())
        story += page
    return story


def _certificate(
    content: ReportContent, styles: Styles, trainee: TraineeLine | None
) -> list[Flowable]:
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
    name_style = ParagraphStyle(
        "trainee-name", parent=styles.certificate_name, fontSize=20, leading=28
    )
    unit = content.equipment
    separator = "、" if language == "zh_CN" else ", "
    number = trainee.certificate_number if trainee else "—"
    story: list[Flowable] = [
        Spacer(1, 10),
        Paragraph(escape(labels.title(language, content.kind)), styles.certificate_title),
        Paragraph(escape(labels.title(other, content.kind)), styles.subtitle),
        Spacer(1, 4),
        Paragraph(escape(f"{t['certificate_no']} {number}"), number_style),
        Spacer(1, 14),
        *banners(content, styles),
    ]
    if trainee is None:
        story.append(Paragraph(escape(t["no_trainees"]), styles.certificate_body))
    else:
        story += [
            Paragraph(escape(trainee.name), name_style),
            Paragraph(escape(_affiliation(trainee, language)), number_style),
            Spacer(1, 10),
            Paragraph(
                escape(
                    t["certificate_intro"].format(
                        date=day(trained_on, language), customer=customer_name
                    )
                ),
                styles.certificate_body,
            ),
        ]
    pairs = [
        (t["equipment"], f"{unit.maker} {unit.model}".strip()),
        (t["modality"], unit.modality),
        (t["serial"], unit.serial),
        (t["nmpa"], unit.nmpa_registration_no),
        (t["site"], content.site),
        (t["training_date"], day(trained_on, language)),
        (t["trainer"], _trainer(content, separator)),
        (t["udi"], unit.udi),
    ]
    session = content.training
    if session is not None:
        topics = [labels.SYLLABUS[language].get(k, k) for k in session.topics]
        pairs += [
            (t["training_form"], labels.FORMS[language].get(session.form, session.form)),
            (t["syllabus"], separator.join(topics)),
        ]
    if trainee is not None and trainee.score is not None:
        mark = trainee.pass_mark if trainee.pass_mark is not None else ""
        pairs.append((t["exam_score"], t["score_of"].format(score=trainee.score, mark=mark)))
    story += [Spacer(1, 6), heading(t["sec_identity"], styles), key_values(pairs, styles)]
    if content.description.strip():
        story += [
            heading(t["training_content"], styles),
            Paragraph(escape(content.description), styles.body),
        ]
    story += signature_block(content, styles, FRAME_WIDTH)
    return story


def _trainer(content: ReportContent, separator: str) -> str:
    """The session's named trainer first, then the engineers of the job."""
    named = content.training.trainer if content.training else ""
    return separator.join(dict.fromkeys([n for n in (named, *content.engineers) if n]))


def _affiliation(trainee: TraineeLine, language: Language) -> str:
    """Hospital, department, job title and staff number, those recorded."""
    t = labels.TEXTS[language]
    staff = t["staff_number"].format(number=trainee.staff_number) if trainee.staff_number else ""
    parts = (trainee.organisation, trainee.department, trainee.role, staff)
    return "  ·  ".join(part for part in parts if part)
