"""The sections reports share: title, banners, identity, times, repair, parts,
findings, readings, installation and acceptance data, open problems.

Each function takes the content and the styles and returns flowables; none reads the
database. A section with nothing recorded is left out rather than printed empty,
except where an empty answer is itself information (parts used: none).
"""

from __future__ import annotations

import io
from typing import Any

from reportlab.lib import colors
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from app.domain.awaited_parts import AwaitedPartLine
from app.domain.conclusions import Outcome
from app.domain.enums import ReportKind, SignatureMeaning
from app.reports import labels
from app.reports.content import Language, ReportContent
from app.reports.styles import ACCENT, ALERT, DASH, Styles, day, escape, grid_style, number, when
from app.reports.tables import FRAME_WIDTH, data_table, heading, key_values

ALERT_BG = "#FDF0EF"
WARN = colors.HexColor("#B26A00")


# --- head of the report -------------------------------------------------------------


def title_block(content: ReportContent, styles: Styles) -> list[Flowable]:
    language = content.language
    other: Language = "en" if language == "zh_CN" else "zh_CN"
    return [
        Paragraph(escape(labels.title(language, content.kind)), styles.title),
        Paragraph(escape(labels.title(other, content.kind)), styles.subtitle),
        Spacer(1, 6),
    ]


def banners(content: ReportContent, styles: Styles) -> list[Flowable]:
    """Draft and amendment notices, boxed in red at the top of the first page."""
    language = content.language
    lines: list[str] = []
    if content.is_draft:
        lines.append(f'<font size="11">{escape(labels.text(language, "draft_banner"))}</font>')
        lines.append(escape(labels.text(language, "draft_note")))
    if content.amendment is not None:
        note = content.amendment
        lines.append(escape(labels.text(language, "amendment_banner")))
        lines.append(escape(labels.text(language, "amendment_reason", reason=note.reason)))
        previous = labels.text(language, "previous_hash", hash=note.previous_hash or DASH)
        lines.append(f'<font size="7">{escape(previous)}</font>')
    if not lines:
        return []
    box = Table([[Paragraph("<br/>".join(lines), styles.banner)]], colWidths=[FRAME_WIDTH])
    box.setStyle(
        grid_style(
            styles.font,
            ("BOX", (0, 0), (-1, -1), 1.2, ALERT),
            ("BACKGROUND", (0, 0), (-1, -1), ALERT_BG),
            ("TOPPADDING", (0, 0), (-1, -1), 6),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ("LEFTPADDING", (0, 0), (-1, -1), 8),
        )
    )
    return [box, Spacer(1, 4)]


def identity(content: ReportContent, styles: Styles) -> list[Flowable]:
    t = _texts(content.language)
    customer = content.customer
    names = [customer.name_zh, customer.name_en]
    if content.language == "en":
        names.reverse()
    customer_name = "\n".join(name for name in names if name)
    unit = content.equipment
    pairs = [
        (t["work_order_no"], content.work_order_number),
        (t["work_order_type"], f"{content.work_order_type} · {content.state}"),
        (t["customer"], customer_name),
        (t["site"], content.site),
        (t["address"], customer.address),
        (
            t["engineers"],
            "、".join(content.engineers)
            if content.language == "zh_CN"
            else ", ".join(content.engineers),
        ),
        (t["equipment"], f"{unit.maker} {unit.model}".strip()),
        (t["modality"], unit.modality),
        (t["serial"], unit.serial),
        (t["nmpa"], unit.nmpa_registration_no),
        (t["udi"], unit.udi),
    ]
    return [heading(t["sec_identity"], styles), key_values(pairs, styles)]


def times(content: ReportContent, styles: Styles) -> list[Flowable]:
    t = _texts(content.language)
    stamps = content.times
    pairs = [
        (t["reported"], when(stamps.reported)),
        (t["acknowledged"], when(stamps.acknowledged)),
        (t["arrived"], when(stamps.arrived)),
        (t["started"], when(stamps.started)),
        (t["finished"], when(stamps.finished)),
        (t["closed"], when(stamps.closed)),
    ]
    return [heading(t["sec_times"], styles), key_values(pairs, styles)]


def description(content: ReportContent, styles: Styles) -> list[Flowable]:
    if not content.description.strip():
        return []
    key = "sec_reported" if content.kind is ReportKind.SERVICE else "sec_description"
    title = labels.text(content.language, key)
    return [heading(title, styles), Paragraph(escape(content.description), styles.body)]


def repair(content: ReportContent, styles: Styles) -> list[Flowable]:
    record = content.repair
    if record is None:
        return []
    t = _texts(content.language)
    trial = record.trial_run
    if record.trial_run_notes.strip():
        colon = "：" if content.language == "zh_CN" else ": "
        trial = f"{trial}{colon}{record.trial_run_notes}"
    slash = "／" if content.language == "zh_CN" else " / "
    comma = "、" if content.language == "zh_CN" else ", "
    code = record.fault_code
    if record.fault_title:
        code = f"{code} — {record.fault_title}"
    if record.fault_severity:
        code = f"{code} · {record.fault_severity}"
    if record.adverse_event:
        code = f"{code} · {t['possibly_reportable']}"
    pairs = [
        (t["symptom"], record.symptom),
        (t["fault_code"], code),
        (t["cause"], record.cause),
        (t["actions"], record.actions),
        (t["replaced_components"], comma.join(record.replaced_components) or t["none"]),
        (t["trial_run"], trial),
        (
            f"{t['labour_hours']}{slash}{t['travel_hours']}",
            f"{t['hours'].format(hours=number(record.labour_hours))}{slash}"
            f"{t['hours'].format(hours=number(record.travel_hours))}",
        ),
    ]
    if record.adverse_event:
        pairs.insert(2, (t["adverse_event"], record.adverse_event))
        if record.adverse_event_needs_report or record.adverse_event_reported_to:
            reported = t["not_reported_yet"]
            if record.adverse_event_reported_to:
                on = day(record.adverse_event_reported_on, content.language)
                reported = f"{record.adverse_event_reported_to} · {on}"
            pairs.insert(3, (t["adverse_reported"], reported))
    if record.adverse_event:
        pairs.insert(2, (t["adverse_event"], record.adverse_event))
        if record.adverse_event_needs_report or record.adverse_event_reported_to:
            reported = t["not_reported_yet"]
            if record.adverse_event_reported_to:
                on = day(record.adverse_event_reported_on, content.language)
                reported = f"{record.adverse_event_reported_to} · {on}"
            pairs.insert(3, (t["adverse_reported"], reported))
    return [heading(t["sec_repair"], styles), key_values(pairs, styles, per_row=1)]


def awaited_parts(content: ReportContent, styles: Styles) -> list[Flowable]:
    """The parts the work waited (or waits) for: which, the order, expected, received."""
    if not content.awaited:
        return []
    t = _texts(content.language)
    header = [t[k] for k in ("col_no", "col_part", "col_order", "col_expected", "col_received")]
    rows = [
        [
            str(index),
            _awaited_part(line, content.language),
            line.order_reference or DASH,
            day(line.expected_on, content.language),
            when(line.received_at) if line.received_at else t["awaiting"],
        ]
        for index, line in enumerate(content.awaited, start=1)
    ]
    widths = [26.0, 190.0, 100.0, 70.0, 107.2]
    table = data_table(header, rows, widths, styles, ("ALIGN", (0, 1), (0, -1), "CENTER"))
    return [heading(t["sec_awaited"], styles), table]


def customer_downtime(content: ReportContent, styles: Styles) -> list[Flowable]:
    """A customer-caused repair and the times it waited for the customer (the contract
    may leave them out of uptime): what the customer did, and each period."""
    record = content.downtime
    if record is None:
        return []
    t = _texts(content.language)
    language = content.language
    cause = (
        labels.text(language, "cause_customer", reason=record.reason)
        if record.customer_caused
        else t["cause_failure"]
    )
    flowables: list[Flowable] = [
        heading(t["sec_downtime"], styles),
        key_values([(t["downtime_cause"], cause)], styles),
    ]
    if not record.waits:
        return flowables
    header = [t[k] for k in ("col_no", "col_from", "col_until", "col_hours", "col_why")]
    rows = [
        [
            str(index),
            when(line.started),
            when(line.ended) if line.ended else t["still_waiting"],
            number(line.hours) if line.hours is not None else DASH,
            line.reason,
        ]
        for index, line in enumerate(record.waits, start=1)
    ]
    widths = [26.0, 105.0, 105.0, 45.0, 212.2]
    align = ("ALIGN", (3, 1), (3, -1), "RIGHT")
    table = data_table(header, rows, widths, styles, ("ALIGN", (0, 1), (0, -1), "CENTER"), align)
    total = sum(line.hours or 0.0 for line in record.waits)
    still = any(line.ended is None for line in record.waits)
    key = "waited_open" if still else "waited_total"
    summary = labels.text(language, key, count=len(record.waits), hours=number(total))
    return [*flowables, Spacer(1, 3), table, Paragraph(escape(summary), styles.body)]


def _awaited_part(line: AwaitedPartLine, language: Language) -> str:
    name = " ".join(x for x in (line.name, line.part_number) if x)
    if line.quantity == 1:
        return name
    return f"{name} ×{number(line.quantity)} {labels.unit(language, line.unit)}".rstrip()


def parts(content: ReportContent, styles: Styles, always: bool = False) -> list[Flowable]:
    t = _texts(content.language)
    if not content.parts:
        if not always:
            return []
        return [heading(t["sec_parts"], styles), Paragraph(escape(t["none"]), styles.body)]
    header = [
        t[k]
        for k in (
            "col_no",
            "col_part_number",
            "col_description",
            "col_quantity",
            "col_serial_out",
            "col_serial_in",
        )
    ]
    rows = [
        [
            str(index),
            line.number,
            line.description,
            f"{number(line.quantity)} {labels.unit(content.language, line.unit)}".strip(),
            line.serial_out,
            line.serial_in,
        ]
        for index, line in enumerate(content.parts, start=1)
    ]
    widths = [26.0, 82.0, 150.0, 40.0, 97.6, 97.6]
    table = data_table(header, rows, widths, styles, ("ALIGN", (0, 1), (0, -1), "CENTER"))
    return [heading(t["sec_parts"], styles), table, Spacer(1, 4), _traceability(content, t, styles)]


def _traceability(content: ReportContent, t: dict[str, str], styles: Styles) -> Flowable:
    """Each line's fitted part (maker, model, lot, production date) and where the removed
    piece went: the traceability a medical-device service record keeps."""
    header = [
        t[k]
        for k in (
            "col_no",
            "col_manufacturer",
            "col_model_spec",
            "col_lot",
            "col_produced",
            "col_removed_part",
        )
    ]
    rows = [
        [
            str(index),
            line.manufacturer,
            line.model_spec,
            line.lot_number,
            day(line.production_date, content.language) if line.production_date else "",
            line.removed_part,
        ]
        for index, line in enumerate(content.parts, start=1)
    ]
    widths = [26.0, 100.0, 120.0, 80.0, 72.0, 95.2]
    return data_table(header, rows, widths, styles, ("ALIGN", (0, 1), (0, -1), "CENTER"))


def findings(content: ReportContent, styles: Styles) -> list[Flowable]:
    if not content.findings:
        return []
    t = _texts(content.language)
    rows = []
    for finding in content.findings:
        if finding.escalated_to:
            status = t["escalated"].format(number=finding.escalated_to)
        else:
            status = t["fixed_on_site"] if finding.fixed_on_site else t["open"]
        rows.append([finding.severity, finding.description, status])
    header = [t["col_severity"], t["col_finding"], t["col_status"]]
    table = data_table(header, rows, [62.0, 301.2, 130.0], styles)
    return [heading(t["sec_findings"], styles), table]


def readings(content: ReportContent, styles: Styles) -> list[Flowable]:
    if not content.readings:
        return []
    t = _texts(content.language)
    rows = [[r.name, r.value, r.unit] for r in content.readings]
    header = [t["col_parameter"], t["col_reading"], t["col_unit"]]
    table = data_table(header, rows, [233.2, 180.0, 80.0], styles)
    return [heading(t["sec_readings"], styles), table]


def installation(content: ReportContent, styles: Styles) -> list[Flowable]:
    record = content.installation
    if record is None:
        return []
    t = _texts(content.language)
    pairs = [
        (t["agreed_date"], day(record.agreed_date, content.language)),
        (t["place"], record.place),
        (t["people"], record.people),
        (t["commissioning_summary"], record.commissioning_summary),
    ]
    return [heading(t["sec_installation"], styles), key_values(pairs, styles, per_row=1)]


def _conclusion_box(content: ReportContent, styles: Styles) -> Table:
    """The conclusion as the record states it; while it is open, what is missing."""
    language = content.language
    found = content.conclusion
    failures = sum(run.counts.failures for run in content.checklists)
    warnings = sum(run.counts.warnings for run in content.checklists)
    statement = labels.outcome(
        language,
        found.outcome,
        failures=failures,
        warnings=warnings,
        problems=len(content.open_problems),
        findings=sum(1 for f in content.findings if not f.fixed_on_site),
        critical=sum(1 for f in content.findings if f.critical and not f.fixed_on_site),
    )
    lines = [escape(statement)]
    if found.outcome is Outcome.OPEN:
        lines = [escape(labels.text(language, "conclusion_open"))]
        lines += [f"• {escape(labels.gap(language, reason))}" for reason in found.gaps]
    if found.outcome in labels.POSITIVE:
        colour = ACCENT
    elif found.outcome in (
        Outcome.PASSED_WITH_WARNINGS,
        Outcome.PASSED_WITH_FINDINGS,
        Outcome.REPAIRED_NOT_IN_USE,
    ):
        colour = WARN
    else:
        colour = ALERT
    box = Table([[Paragraph("<br/>".join(lines), styles.body)]], colWidths=[FRAME_WIDTH])
    box.setStyle(
        grid_style(
            styles.font,
            ("BOX", (0, 0), (-1, -1), 1.2, colour),
            ("TOPPADDING", (0, 0), (-1, -1), 6),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ("LEFTPADDING", (0, 0), (-1, -1), 8),
        )
    )
    return box


def conclusion(content: ReportContent, styles: Styles) -> list[Flowable]:
    """Every report but the acceptance (which has its own) ends with its conclusion."""
    title = labels.text(content.language, "sec_conclusion")
    return [KeepTogether([heading(title, styles), _conclusion_box(content, styles)])]


def acceptance(content: ReportContent, styles: Styles) -> list[Flowable]:
    """The acceptance statement follows from the record: the checklist results and the
    acceptance recorded. Once signed, the people named are the signers themselves."""
    t = _texts(content.language)
    record = content.installation
    flowables: list[Flowable] = [heading(t["sec_acceptance"], styles)]
    flowables.append(_conclusion_box(content, styles))
    if record is not None:
        joiner = "、" if content.language == "zh_CN" else ", "

        def named(meaning: SignatureMeaning, recorded: str) -> str:
            signed = content.signers(meaning) if not content.is_draft else ()
            return joiner.join(signed) if signed else recorded

        pairs = [
            (
                t["accepted_by_customer"],
                named(SignatureMeaning.ACCEPTED_BY, record.accepted_by_customer),
            ),
            (
                t["accepted_by_engineer"],
                named(SignatureMeaning.PERFORMED_BY, record.accepted_by_engineer),
            ),
            (t["accepted_by_qc"], named(SignatureMeaning.REVIEWED_BY, record.accepted_by_qc)),
            (t["accepted_at"], when(record.accepted_at)),
        ]
        flowables += [Spacer(1, 4), key_values(pairs, styles)]
    return [KeepTogether(flowables)]


PHOTO_COLUMNS = 3
THUMBNAIL_PIXELS = 480  # about 200 dpi at the printed width: sharp, and a small file


def photos(content: ReportContent, styles: Styles) -> list[Flowable]:
    """The job's photos as captioned thumbnails, three to a row. A photo that cannot
    be read is named by its caption rather than failing the report."""
    if not content.photos:
        return []
    width = FRAME_WIDTH / PHOTO_COLUMNS
    cells: list[list[Flowable]] = []
    for photo in content.photos:
        picture = _thumbnail(photo.path, width - 12, (width - 12) * 0.75)
        caption = Paragraph(escape(photo.caption), styles.muted)
        cells.append([picture, caption] if picture is not None else [caption])
    rows = [cells[i : i + PHOTO_COLUMNS] for i in range(0, len(cells), PHOTO_COLUMNS)]
    rows[-1] += [[]] * (PHOTO_COLUMNS - len(rows[-1]))
    grid = Table(rows, colWidths=[width] * PHOTO_COLUMNS, hAlign="LEFT")
    grid.setStyle(grid_style(styles.font, ("VALIGN", (0, 0), (-1, -1), "TOP"), ruled=False))
    title = labels.text(content.language, "sec_photos")
    return [heading(title, styles), grid]


def _thumbnail(path: str, width: float, height: float) -> Flowable | None:
    from PIL import Image as PILImage
    from reportlab.platypus import Image

    data = io.BytesIO()
    try:
        with PILImage.open(path) as image:
            image.thumbnail((THUMBNAIL_PIXELS, THUMBNAIL_PIXELS))
            small = image.convert("RGB")
            small.save(data, "JPEG", quality=85)
    except (OSError, ValueError):
        return None
    data.seek(0)
    scale = min(width / small.width, height / small.height)
    return Image(data, small.width * scale, small.height * scale)


def open_problems(content: ReportContent, styles: Styles) -> list[Flowable]:
    t = _texts(content.language)
    problems = content.open_problems
    if not problems:
        return [heading(t["sec_open_problems"], styles), Paragraph(t["none"], styles.body)]
    items = [
        Paragraph(f"{index}. {escape(problem)}", styles.body)
        for index, problem in enumerate(problems, start=1)
    ]
    return [heading(t["sec_open_problems"], styles), *items]


def verdict_counts_text(content: ReportContent, counts: Any) -> str:
    return labels.text(
        content.language,
        "counts",
        passed=counts.passed,
        warnings=counts.warnings,
        failures=counts.failures,
        not_applicable=counts.not_applicable,
        pending=counts.pending,
        total=counts.total,
    )


def _texts(language: Language) -> dict[str, str]:
    return labels.TEXTS[language]
