"""Gathers what a report prints from the database, as plain `ReportContent`.

Read-only: every query goes through `store.reading()` (here or in the services it
reuses), so gathering never changes the record it reports on. Texts that come from
enums and checklist templates are resolved here in the report's language, so the
builder (app/reports) needs no database and no translations.

Signatures: the report carries the set that signed the record as it now stands — the
newest amendment's signatures when the record was amended, else the original ones.
An amendment still open (nothing signed since) means the record may differ from
what was signed, so the report is a draft with the amendment's reason on it. The
record hash is the chosen set's (all signatures of a set carry the same hash); no
signatures, no hash: the report says DRAFT.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.base import utcnow
from app.db.fieldwork import ChecklistRun
from app.db.models import User, WorkOrder, WorkOrderAssignment
from app.db.signing import Amendment, Signature
from app.domain.awaited_parts import AwaitedPartLine
from app.domain.clinical_release import RunItem
from app.domain.enums import (
    AdverseEventAnswer,
    FindingSeverity,
    ReportKind,
    SignatureMeaning,
    Verdict,
    WorkOrderState,
)
from app.domain.tolerance import ItemKind, format_number, with_unit
from app.domain.uptime import DowntimeCause
from app.reports import labels
from app.reports.content import (
    LANGUAGES,
    AmendmentNote,
    ChecklistResult,
    ChecklistRow,
    Company,
    Customer,
    CustomerDowntime,
    Equipment,
    FindingLine,
    Installation,
    Language,
    PartLine,
    Photo,
    Reading,
    Release,
    Repair,
    ReportContent,
    ReturnToServiceCheck,
    SignatureMark,
    Stroke,
    Times,
    TraineeLine,
    TrainingLine,
    VerdictCounts,
    WaitLine,
)
from app.reports.styles import when
from app.services.checklists import checklist_runs
from app.services.checklists.beam_rows import BeamValueView
from app.services.checklists.checklist_runs import ItemView, RunView
from app.services.clinical import release
from app.services.clinical.return_to_service import return_to_service
from app.services.company.profile import Profile, load_profile
from app.services.instruments.report_lines import instrument_lines
from app.services.records import live
from app.services.registry import fault_codes, parts
from app.services.reports import conclusions
from app.services.store import Store
from app.services.training.sessions import session_of
from app.services.training.trainees import trainees_of
from app.services.work_orders import (
    attachments,
    awaited_parts,
    downtime,
    field_records,
    findings,
)

# Every kind but the training certificate prints every checklist run of the job: a
# repair's electrical-safety run (IEC 62353) is part of what was done.
CHECKLIST_KINDS = frozenset(
    {ReportKind.SERVICE, ReportKind.INSPECTION, ReportKind.INSTALLATION, ReportKind.ACCEPTANCE}
)
INSTALLATION_KINDS = frozenset({ReportKind.INSTALLATION, ReportKind.ACCEPTANCE})


def gather(
    store: Store,
    work_order_id: str,
    kind: ReportKind,
    language: str,
    *,
    now: datetime | None = None,
    only_trainee: str | None = None,
) -> ReportContent:
    """Everything the `kind` report of the work order prints, in `language`.

    `only_trainee`: a training certificate for that one trainee (one PDF per trainee).

    The organisation is the company profile's (Settings), in the report's language; a
    training certificate is issued to each trainee recorded on the job who attended
    and passed.
    """
    lang = _language(language)
    with store.reading() as session:
        order = live(session, WorkOrder, work_order_id)
        chosen, amendment = _signatures(session, order.id, kind)
        head = _head(session, order, lang, signed=bool(chosen))
        run_ids = _run_ids(session, order.id) if kind in CHECKLIST_KINDS else []
    profile = load_profile(store)
    marks = tuple(_mark(row, profile, lang) for row in chosen)
    views = [checklist_runs.load_run(store, i) for i in run_ids]
    photos, numbers = _photos(store, work_order_id, views, lang)
    # The people named are those who did and signed the work: whoever signed as
    # "performed by" first, then the others assigned to the job.
    performed = [m.signer_name for m in marks if m.meaning is SignatureMeaning.PERFORMED_BY]
    head["engineers"] = tuple(dict.fromkeys([*performed, *head["engineers"]]))
    installation = _installation(store, work_order_id) if kind in INSTALLATION_KINDS else None
    problems = installation[1] if installation else ()
    return ReportContent(
        kind=kind,
        language=lang,
        generated_at=now or utcnow(),
        repair=_repair(store, work_order_id, lang) if kind is ReportKind.SERVICE else None,
        release=_release(store, work_order_id, lang) if kind is ReportKind.SERVICE else None,
        downtime=_downtime(store, work_order_id) if kind is ReportKind.SERVICE else None,
        parts=() if kind is ReportKind.TRAINING else _parts(store, work_order_id, lang),
        awaited=() if kind is ReportKind.TRAINING else _awaited(store, work_order_id),
        findings=_findings(store, work_order_id, lang) if kind is ReportKind.INSPECTION else (),
        readings=_readings(store, work_order_id) if kind is ReportKind.INSPECTION else (),
        installation=installation[0] if installation else None,
        checklists=tuple(_checklist(store, view, lang, numbers) for view in views),
        photos=photos,
        open_problems=problems,
        trainees=_trainees(store, work_order_id, only_trainee)
        if kind is ReportKind.TRAINING
        else (),
        training=_training(store, work_order_id) if kind is ReportKind.TRAINING else None,
        company=_company(profile),
        signatures=marks,
        record_hash=chosen[0].record_hash if chosen else "",
        amendment=amendment,
        conclusion=conclusions.conclusion(store, work_order_id, kind),
        **head,
    )


def _language(language: str) -> Language:
    for known in LANGUAGES:
        if language == known:
            return known
    raise ValueError(f"no report language {language!r} (use one of {LANGUAGES})")


def _head(session: Session, order: WorkOrder, lang: Language, signed: bool) -> dict[str, Any]:
    """The work order, customer, unit, times and engineers.

    The state printed is the report's: a draft of a job whose state claims a signature
    (another kind of report was signed, or an amendment is open) says "not signed"."""
    state = labels.enum_label(lang, order.state)
    if not signed and order.state in (WorkOrderState.CUSTOMER_SIGNED, WorkOrderState.CLOSED):
        state = labels.text(lang, "unsigned_state")
    unit = order.equipment
    site = unit.site
    customer = site.customer
    engineers = session.scalars(
        select(User.display_name)
        .join(WorkOrderAssignment, WorkOrderAssignment.user_id == User.id)
        .where(
            WorkOrderAssignment.work_order_id == order.id,
            WorkOrderAssignment.deleted_at.is_(None),
        )
        .order_by(User.display_name)
    ).all()
    return {
        "work_order_number": order.number,
        "work_order_type": labels.enum_label(lang, order.type),
        "state": state,
        "customer": Customer(customer.name_zh, customer.name_en, customer.address),
        "site": " · ".join(part for part in (site.name, site.building) if part),
        "equipment": Equipment(
            maker=unit.model.maker,
            model=unit.model.model,
            modality=labels.enum_label(lang, unit.model.modality),
            serial=unit.serial_number,
            nmpa_registration_no=unit.nmpa_registration_no,
            udi=unit.udi,
        ),
        "times": Times(
            reported=order.reported_at,
            acknowledged=order.acknowledged_at,
            arrived=order.arrived_at,
            started=order.started_at,
            finished=order.finished_at,
            closed=order.closed_at,
        ),
        "engineers": tuple(engineers),
        "description": order.description,
    }


def _signatures(
    session: Session, work_order_id: str, kind: ReportKind
) -> tuple[list[Signature], AmendmentNote | None]:
    """The signature set the report carries, and the amendment it belongs to."""
    rows = session.scalars(
        select(Signature)
        .where(
            Signature.work_order_id == work_order_id,
            Signature.report_kind == kind,
            Signature.deleted_at.is_(None),
        )
        .order_by(Signature.signed_at, Signature.id)
    ).all()
    newest = session.scalars(
        select(Amendment)
        .where(Amendment.work_order_id == work_order_id, Amendment.deleted_at.is_(None))
        .order_by(Amendment.created_at.desc(), Amendment.id.desc())
    ).first()
    if newest is None:
        return [row for row in rows if row.amendment_id is None], None
    note = AmendmentNote(newest.reason, newest.previous_hash)
    return [row for row in rows if row.amendment_id == newest.id], note


def _company(profile: Profile) -> Company:
    return Company(
        name_zh=profile.name_zh,
        name_en=profile.name_en,
        address_zh=profile.address_zh,
        address_en=profile.address_en,
        phone=profile.phone,
        email=profile.email,
        website=profile.website,
        logo=profile.logo,
        seal=profile.seal,
    )


def _trainees(store: Store, work_order_id: str, only: str | None = None) -> tuple[TraineeLine, ...]:
    """Those who attended and passed: nobody else is ever printed a certificate."""
    return tuple(
        TraineeLine(
            t.name,
            t.staff_number,
            t.role,
            t.department,
            t.organisation,
            t.certificate_number,
            t.last_score,
            t.pass_mark,
        )
        for t in trainees_of(store, work_order_id)
        if t.certified and (only is None or t.id == only)
    )


def _training(store: Store, work_order_id: str) -> TrainingLine | None:
    described = session_of(store, work_order_id)
    topics = tuple(t.value for t in described.topics)
    return TrainingLine(described.form.value, topics, described.trainer)


def _mark(row: Signature, profile: Profile, lang: Language) -> SignatureMark:
    # Our own organisation as signed (either of its names) prints in the report's language.
    ours = {profile.name_zh, profile.name_en} - {""}
    organisation = profile.name(lang) if row.organisation in ours else row.organisation
    return SignatureMark(
        signer_name=row.signer_name,
        signer_role=row.signer_role,
        organisation=organisation,
        meaning=row.meaning,
        signed_at=row.signed_at,
        strokes=strokes_from(row.strokes),
    )


def strokes_from(data: Any) -> tuple[Stroke, ...]:
    """Stored JSON strokes → tuples of (x, y, pressure, t_ms); malformed points are
    skipped (a signature pad of another version must not break the report)."""
    strokes: list[Stroke] = []
    for stroke in data if isinstance(data, list) else []:
        points = []
        for point in stroke if isinstance(stroke, list) else []:
            if not isinstance(point, list | tuple) or len(point) < 2:
                continue
            try:
                values = [float(v) for v in point[:4]]
            except (TypeError, ValueError):
                continue
            values += [0.0] * (4 - len(values))
            points.append((values[0], values[1], values[2], values[3]))
        if points:
            strokes.append(tuple(points))
    return tuple(strokes)


def _run_ids(session: Session, work_order_id: str) -> list[str]:
    return list(
        session.scalars(
            select(ChecklistRun.id)
            .where(ChecklistRun.work_order_id == work_order_id, ChecklistRun.deleted_at.is_(None))
            .order_by(ChecklistRun.started_at, ChecklistRun.id)
        )
    )


def _repair(store: Store, work_order_id: str, lang: Language) -> Repair:
    draft = field_records.load_repair(store, work_order_id)
    listed = (
        fault_codes.find(field_records.modality_of(store, work_order_id), draft.fault_code)
        if draft.fault_code
        else None
    )
    asked = draft.adverse_event is not AdverseEventAnswer.NOT_ANSWERED or (
        listed is not None and listed.reportable
    )
    return Repair(
        symptom=draft.symptom,
        fault_code=draft.fault_code,
        cause=draft.cause,
        actions=draft.actions,
        labour_hours=draft.labour_hours,
        travel_hours=draft.travel_hours,
        trial_run=labels.enum_label(lang, draft.trial_run_result),
        trial_run_notes=draft.trial_run_notes,
        replaced_components=tuple(
            component.label.text(lang == "zh_CN")
            for component_id in draft.replaced_components
            if (component := return_to_service().components.get(component_id)) is not None
        ),
        fault_title=listed.title(lang == "zh_CN") if listed else "",
        fault_severity=labels.enum_label(lang, listed.severity) if listed else "",
        adverse_event=labels.enum_label(lang, draft.adverse_event) if asked else "",
        adverse_event_needs_report=draft.adverse_event.needs_report,
        adverse_event_reported_to=draft.adverse_event_reported_to,
        adverse_event_reported_on=draft.adverse_event_reported_on,
    )


def _recorded(item: RunItem, zh: bool, colon: str) -> str:
    """An item that recorded a return-to-service check, with its value when it has one."""
    label = item.label.text(zh)
    return f"{label}{colon}{item.value} {item.unit}".strip() if item.value else label


def _release(store: Store, work_order_id: str, lang: Language) -> Release | None:
    """The release block of a repair or upgrade report (None for other jobs)."""
    view = release.release_view(store, work_order_id)
    if not view.applies:
        return None
    zh = lang == "zh_CN"
    reasons = labels.RELEASE_REASONS[lang]
    colon = "：" if zh else ": "
    checks = tuple(
        ReturnToServiceCheck(
            status.check.label.text(zh),
            "\n".join(_recorded(i, zh, colon) for i in status.items),
            Verdict.PENDING
            if not status.recorded
            else (Verdict.FAIL if status.failed else Verdict.PASS),
        )
        for status in view.checks
    )
    base = Release(
        checks=checks,
        warnings=tuple(
            f"▲ {i.label.text(zh)}{colon}{i.value} {i.unit} — {i.comment}".strip()
            for i in view.warnings
        ),
        awaiting_acceptance=tuple(c.text(zh) for c in view.awaiting),
    )
    row = view.release
    if row is not None:
        return replace(
            base,
            released_by=row.released_by,
            role=row.released_by_role,
            organisation=row.organisation,
            released_at=row.released_at,
            legacy=row.legacy,
        )
    worded = tuple(
        f"{reasons.get(r.reason, r.reason)}{colon}{r.subject.text(zh)}"
        if r.subject.en
        else reasons.get(r.reason, r.reason)
        for r in view.refusals
    )
    return replace(base, reasons=worded)


def _installation(store: Store, work_order_id: str) -> tuple[Installation, tuple[str, ...]]:
    draft = field_records.load_installation(store, work_order_id)
    record = Installation(
        agreed_date=draft.agreed_date,
        place=draft.place,
        people=draft.people,
        commissioning_summary=draft.commissioning_summary,
        accepted_by_customer=draft.accepted_by_customer,
        accepted_by_engineer=draft.accepted_by_engineer,
        accepted_by_qc=draft.accepted_by_qc,
        accepted_at=draft.accepted_at,
    )
    problems = tuple(line.strip() for line in draft.open_problems.splitlines() if line.strip())
    return record, problems


def _parts(store: Store, work_order_id: str, lang: Language) -> tuple[PartLine, ...]:
    return tuple(
        PartLine(
            u.part_number,
            u.description,
            u.quantity,
            u.unit,
            u.serial_out,
            u.serial_in,
            u.manufacturer,
            u.model_spec,
            u.lot_number,
            u.production_date,
            labels.enum_label(lang, u.removed_part_fate),
        )
        for u in parts.usages_of(store, work_order_id)
    )


def _downtime(store: Store, work_order_id: str) -> CustomerDowntime | None:
    """The customer's part in the repair's downtime; None when nothing was recorded."""
    with store.reading() as session:
        cause, reason, waits = downtime.read(session, work_order_id)
    customer = cause is DowntimeCause.CUSTOMER_CAUSED
    if not customer and not waits:
        return None
    lines = tuple(WaitLine(w.started_at, w.ended_at, w.hours, w.reason) for w in waits)
    return CustomerDowntime(customer, reason, lines)


def _awaited(store: Store, work_order_id: str) -> tuple[AwaitedPartLine, ...]:
    with store.reading() as session:
        return tuple(awaited_parts.lines(session, [work_order_id], received=True)[work_order_id])


def _findings(store: Store, work_order_id: str, lang: Language) -> tuple[FindingLine, ...]:
    return tuple(
        FindingLine(
            f.description,
            labels.enum_label(lang, f.severity),
            f.fixed_on_site,
            f.escalated_to_number or "",
            f.severity is FindingSeverity.CRITICAL,
        )
        for f in findings.findings_of(store, work_order_id)
    )


def _readings(store: Store, work_order_id: str) -> tuple[Reading, ...]:
    return tuple(
        Reading(p.name, p.value, p.unit) for p in findings.parameters_of(store, work_order_id)
    )


def _photos(
    store: Store, work_order_id: str, views: list[RunView], lang: Language
) -> tuple[tuple[Photo, ...], dict[str, int]]:
    """The job's photos whose image is here, captioned with what they show (the
    checklist item they were taken for), and each item's photo number."""
    zh = lang == "zh_CN"
    items = {
        item.value_id: item.label_zh if zh else item.label_en
        for view in views
        for item in view.items()
        if item.value_id
    }
    photos: list[Photo] = []
    numbers: dict[str, int] = {}
    for row in attachments.list_attachments(store, work_order_id):
        path = attachments.blob_path(store, row.sha256)
        if not row.is_image or not path.is_file():
            continue
        number = len(photos) + 1
        caption = labels.text(lang, "photo_caption", n=number)
        shows = items.get(row.checklist_value_id or "")
        if shows:
            caption = f"{caption}{'：' if zh else ': '}{shows}"
            numbers.setdefault(row.checklist_value_id or "", number)
        photos.append(Photo(str(path), f"{caption} · {when(row.created_at)}"))
    return tuple(photos), numbers


def _checklist(
    store: Store, view: RunView, lang: Language, photos: dict[str, int]
) -> ChecklistResult:
    zh = lang == "zh_CN"
    instruments, run_date = instrument_lines(store, view, lang)
    rows: list[ChecklistRow] = []
    for section in view.sections:
        title = section.title_zh if zh else section.title_en
        for item in section.items:
            rows.append(
                ChecklistRow(
                    section=title,
                    label=item.label_zh if zh else item.label_en,
                    value=labels.text(lang, "see_photo", n=photos[item.value_id])
                    if item.value_id in photos
                    else _value_text(item, lang),
                    unit="" if item.per_beam else item.unit,
                    tolerance=_unconfirmed(
                        _judged_limits(item, lang)
                        if item.judged_by_person
                        else item.tolerance_text,
                        item,
                        lang,
                    ),
                    verdict=item.verdict,
                    comment=item.comment,
                    action=item.action_text,
                )
            )
            rows += [_beam_row(title, item, beam, lang) for beam in item.beams]
    counts = checklist_runs.summary(view)
    return ChecklistResult(
        title=view.title_zh if zh else view.title_en,
        machine_class=view.class_label_zh if zh else view.class_label_en,
        completed_at=view.completed_at,
        rows=tuple(rows),
        fit_exception=view.fit_exception,
        class_override_reason=view.class_override_reason,
        instruments=instruments,
        run_date=run_date,
        counts=VerdictCounts(
            passed=counts.passed,
            warnings=counts.warnings,
            failures=counts.failures,
            not_applicable=counts.not_applicable,
            pending=counts.pending,
        ),
    )


def _beam_row(section: str, item: ItemView, beam: BeamValueView, lang: Language) -> ChecklistRow:
    """One beam of a per-beam item: its measured value and, judged from a baseline,
    the baseline and the computed difference in the limits column."""
    words = labels.VALUE_WORDS[lang]
    if beam.verdict is Verdict.NOT_APPLICABLE:
        value = words["n/a"]
    elif beam.number is not None:
        value = format_number(Decimal(repr(beam.number)))
    else:
        value = beam.text
    limits = item.tolerance_text
    if beam.baseline is not None and beam.difference is not None:
        unit = "%" if item.from_baseline == "percent" else item.measured_unit or item.unit
        delta = Decimal(repr(beam.difference))
        shown = ("+" if delta > 0 else "") + with_unit(delta, unit)
        baseline = with_unit(Decimal(repr(beam.baseline)), beam.unit)
        limits = labels.text(lang, "baseline_delta", baseline=baseline, delta=shown)
        limits = f"{limits}\n{item.tolerance_text}"
    if item.judged_by_person:  # no limit: the physicist's verdict on each beam
        judged = labels.text(lang, "judged_by_physicist")
        limits = f"{limits.strip()}\n{judged}".strip()
    return ChecklistRow(
        section=section,
        label=f"↳ {beam.beam_label}",
        value=value,
        unit=beam.unit,
        tolerance=limits,
        verdict=beam.verdict,
        comment="",
        beam=True,
    )


def _unconfirmed(limits: str, item: ItemView, lang: Language) -> str:
    """The limits, with a note when they are still to be confirmed against the
    published standard (written without its text at hand), or are the unit model's
    specification from the contract's ATP (acceptance tests)."""
    if item.spec_from_atp:
        limits = f"{limits}\n{labels.text(lang, 'spec_from_atp')}"
    if not item.limit_unconfirmed:
        return limits
    return f"{limits}\n▲ {labels.text(lang, 'limit_unconfirmed')}".strip()


def _judged_limits(item: ItemView, lang: Language) -> str:
    """A person-judged item (TG-142 "baseline"): the baseline its value was compared
    with and the computed difference, and that the verdict is the physicist's."""
    judged = labels.text(lang, "judged_by_physicist")
    if item.baseline is None or item.difference is None:
        return judged
    unit = "%" if item.from_baseline == "percent" else item.measured_unit
    delta = Decimal(repr(item.difference))
    shown = ("+" if delta > 0 else "") + with_unit(delta, unit)
    baseline = with_unit(Decimal(repr(item.baseline)), item.measured_unit)
    return f"{labels.text(lang, 'baseline_delta', baseline=baseline, delta=shown)}\n{judged}"


def _value_text(item: ItemView, lang: Language) -> str:
    """The entered value as the report prints it: numbers without their unit (it has
    its own column), pass/fail and n/a as words, a choice by its label."""
    if item.verdict is Verdict.PENDING and not (item.judged_by_person and item.number is not None):
        return ""  # a judged item's value may wait for the physicist's verdict
    words = labels.VALUE_WORDS[lang]
    if item.per_beam is not None and item.verdict is not Verdict.NOT_APPLICABLE:
        return ""  # its beams' rows below carry the values
    if item.verdict is Verdict.NOT_APPLICABLE:
        return words["n/a"]
    if item.kind in (ItemKind.NUMERIC, ItemKind.BASELINE_JUDGED) and item.number is not None:
        return format_number(Decimal(repr(item.number)))
    if item.kind is ItemKind.PASS_FAIL:
        return words.get(item.text, item.text)
    if item.kind is ItemKind.CHOICE:
        choice = next((c for c in item.choices if c.id == item.text), None)
        if choice is not None:
            return choice.label_zh if lang == "zh_CN" else choice.label_en
    return item.text
