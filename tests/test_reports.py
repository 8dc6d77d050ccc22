"""Reports: every kind in both languages, built from content gathered out of a database
made through the services, then read back with pypdf: texts, embedded fonts, vector
signatures, page numbers, long tables repeating their header."""

from __future__ import annotations

import math
import re
import shutil
import subprocess
import sys
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import yaml
from pypdf import PdfReader
from pypdf.generic import ContentStream
from sqlalchemy import func, select

from app.db.fieldwork import AuditEntry
from app.db.signing import Signature
from app.domain.conclusions import Outcome
from app.domain.enums import (
    FindingSeverity,
    RemovedPartFate,
    ReportKind,
    SignatureMeaning,
    TrialRunResult,
    UserRole,
    Verdict,
    WorkOrderState,
    WorkOrderType,
)
from app.domain.field_records import InstallationDraft, RepairDraft
from app.domain.records import CustomerDraft, EquipmentDraft, SiteDraft, WorkOrderDraft
from app.domain.report_kinds import report_kind_of
from app.domain.tolerance import JudgedRule, NumericRule, PassFailRule, format_number
from app.domain.unit_configuration import BaselineOccasion
from app.reports import labels
from app.reports.builder import build_report
from app.reports.content import LANGUAGES, Language, ReportContent
from app.reports.fonts import report_font
from app.reports.signatures import break_lines, stroke_operators, thin_out
from app.reports.tables import text_width
from app.services.checklists import beam_values, checklist_runs
from app.services.checklists.checklist_templates import load_templates
from app.services.registry import customers, equipment, parts
from app.services.reports.report_content import gather, strokes_from
from app.services.signing import signatures as signing
from app.services.signing.record_lock import content_hash
from app.services.store import Store
from app.services.training import sessions as training_sessions
from app.services.training import trainees
from app.services.work_orders import field_records, findings, workflow
from app.services.work_orders import orders as work_orders
from tests import factories
from tests.conftest import ROOT
from tests.needs import need_tools
from tests.spec_helpers import enter_specs

S = WorkOrderState
REPORTED = datetime(2026, 3, 2, 8, 30, tzinfo=UTC)  # 16:30 in Beijing
SERIAL = "H191234"
NMPA = "国械注进20173301234"
ORDER_TYPES = {
    ReportKind.SERVICE: WorkOrderType.REPAIR,
    ReportKind.INSPECTION: WorkOrderType.PREVENTIVE_MAINTENANCE,
    ReportKind.INSTALLATION: WorkOrderType.INSTALLATION,
    ReportKind.ACCEPTANCE: WorkOrderType.ACCEPTANCE,
    ReportKind.TRAINING: WorkOrderType.TRAINING,
}
TEMPLATES = {
    ReportKind.INSPECTION: "linac_pm",
    ReportKind.INSTALLATION: "linac_installation",
    ReportKind.ACCEPTANCE: "linac_acceptance",
}
SIGNERS = {
    ReportKind.SERVICE: [
        ("李娜", "现场工程师", SignatureMeaning.PERFORMED_BY),
        ("张伟", "物理师", SignatureMeaning.ACCEPTED_BY),
    ],
    ReportKind.TRAINING: [
        ("李娜", "培训工程师", SignatureMeaning.PERFORMED_BY),
        ("赵敏", "放疗技师", SignatureMeaning.RECEIVED_BY),
        ("孙浩", "放疗技师", SignatureMeaning.RECEIVED_BY),
        ("Emily Chen", "Therapist", SignatureMeaning.RECEIVED_BY),
    ],
}
DEFAULT_SIGNERS = [
    ("李娜", "现场工程师", SignatureMeaning.PERFORMED_BY),
    ("周杰", "质量控制", SignatureMeaning.REVIEWED_BY),
    ("张伟", "物理师", SignatureMeaning.ACCEPTED_BY),
]


# --- making records ----------------------------------------------------------------------


def strokes(seed: int) -> list[list[list[float]]]:
    """A plausible handwritten name: three looping strokes with varying pressure."""
    result = []
    for stroke in range(3):
        points = []
        for i in range(48):
            t = i / 47
            x = 90 + stroke * 270 + t * 220 + 28 * math.sin(t * 9 + stroke + seed)
            y = 150 + 80 * math.sin(t * 11 + stroke * 1.7 + seed) * (1 - 0.45 * t)
            pressure = 0.3 + 0.55 * math.sin(math.pi * t)
            points.append([round(x, 1), round(y, 1), round(pressure, 2), i * 12 + stroke * 700])
        result.append(points)
    return result


def raw_value(rule: Any, verdict: Verdict) -> str:
    """Text an engineer would type to get `verdict` (pass, warning, or a failed check)."""
    if isinstance(rule, PassFailRule):
        return "fail" if verdict is Verdict.FAIL else "pass"
    if isinstance(rule, NumericRule):
        band = rule.band(
            rule.action if verdict is Verdict.WARNING and rule.action else rule.tolerance
        )
        if verdict is Verdict.WARNING:  # exactly at the action limit
            return format_number(band.high if band.high is not None else band.low or Decimal(0))
        if band.low is not None and band.high is not None:
            return format_number((band.low + band.high) / 2 + (band.high - band.low) / 10)
        return format_number(
            band.high / 2 if band.high is not None else (band.low or Decimal(0)) * 2 + 1
        )
    if hasattr(rule, "choices"):
        return str(next(c for c in rule.choices if c.verdict is verdict).id)
    return "IMG_0231.jpg"


def fill_run(
    store: Store,
    order_id: str,
    template_id: str,
    folder: Path | None = None,
    fit_exception: str = "",
) -> str:
    """Starts and completes a run: everything passes but one warning and one failure."""
    template = load_templates(folder)[0][template_id]
    machine_class = "imrt" if template.machine_class("imrt") else ""
    run_id = checklist_runs.start_run(
        store, order_id, template_id, machine_class, fit_exception=fit_exception, folder=folder
    )
    special: set[Verdict] = set()
    for item in (i for i in template.items() if i.applies_to(machine_class)):
        rule = item.rule_for(machine_class)
        if isinstance(rule, JudgedRule):  # measured against the unit's baseline, judged
            occasion = BaselineOccasion.ACCEPTANCE
            beam_values.set_baseline(store, run_id, item.id, None, "1", occasion)
            checklist_runs.record_value(store, run_id, item.id, "1")
            checklist_runs.give_verdict(store, run_id, item.id, "pass")
            continue
        verdict = Verdict.PASS
        if isinstance(rule, NumericRule) and rule.action and Verdict.WARNING not in special:
            verdict = Verdict.WARNING
        elif isinstance(rule, PassFailRule) and Verdict.FAIL not in special:
            verdict = Verdict.FAIL
        special.add(verdict)
        comment = {Verdict.WARNING: "已调整并复测", Verdict.FAIL: "已报修，待更换"}.get(verdict)
        checklist_runs.record_value(store, run_id, item.id, raw_value(rule, verdict), comment)
    checklist_runs.complete_run(store, run_id)
    return run_id


def unit_and_engineers(store: Store) -> tuple[str, list[str]]:
    customer = CustomerDraft(
        "江苏省肿瘤医院", "Jiangsu Cancer Hospital", "江苏省南京市玄武区百子亭 42 号"
    )
    customer_id = customers.save_customer(store, None, customer)
    site_id = customers.save_site(store, None, SiteDraft(customer_id, "放疗科", "1号机房"))
    unit = EquipmentDraft(
        model_id=factories.equipment_model(store),
        site_id=site_id,
        serial_number=SERIAL,
        nmpa_registration_no=NMPA,
        udi="(01)00843752100123(21)H191234",
    )
    engineers = [
        factories.engineer(store, "li.na", "李娜"),
        factories.engineer(store, "wang.qiang", "王强"),
    ]
    return equipment.save_equipment(store, None, unit), engineers


def walk(store: Store, order_id: str, states: list[WorkOrderState], start: datetime) -> None:
    for hours, state in enumerate(states, start=1):
        workflow.move(store, order_id, state, UserRole.ENGINEER, at=start + timedelta(hours=hours))


def sign(store: Store, order_id: str, kind: ReportKind, amendment_id: str | None = None) -> str:
    """Inserts the kind's signatures as the signing mode would; returns the hash."""
    with store.session() as session:
        digest = content_hash(session, order_id)
        for index, (name, role, meaning) in enumerate(SIGNERS.get(kind, DEFAULT_SIGNERS)):
            ours = meaning is SignatureMeaning.PERFORMED_BY
            session.add(
                Signature(
                    work_order_id=order_id,
                    report_kind=kind,
                    amendment_id=amendment_id,
                    signer_name=name,
                    signer_role=role,
                    organisation="南京澄光医疗技术服务有限公司" if ours else "江苏省肿瘤医院",
                    meaning=meaning,
                    signed_at=REPORTED + timedelta(days=1, minutes=5 * index),
                    strokes=strokes(index),
                    record_hash=digest,
                )
            )
    return digest


def record_repair(store: Store, order_id: str) -> None:
    part = parts.create_part(store, parts.PartDraft("100012345", "MLC 叶片驱动电机"))
    usage = parts.UsageDraft(part.id, 1, "M-0815", "M-1290", removed_part_fate=RemovedPartFate.RMA)
    parts.record_usage(store, order_id, usage)
    repair = RepairDraft(
        symptom="MLC 叶片 A23 运动超差",
        fault_code="MLC-0231",
        cause="叶片驱动电机磨损",
        actions="更换 A23 叶片驱动电机并重新校准 MLC",
        labour_hours=3.5,
        travel_hours=1.5,
        trial_run_result=TrialRunResult.PASSED,
        trial_run_notes="Picket fence 测试通过",
    )
    field_records.save_repair(store, order_id, repair)


def record_findings(store: Store, order_id: str) -> None:
    for text, severity, fixed in (
        ("治疗床手控盒按键老化", FindingSeverity.MINOR, True),
        ("冷却水流量偏低", FindingSeverity.MAJOR, False),
    ):
        findings.save_finding(store, order_id, None, findings.FindingDraft(text, severity, fixed))
    reading = findings.ParameterDraft("磁控管使用小时数", "11 820", "h")
    findings.save_parameter(store, order_id, None, reading)


def record_installation(store: Store, order_id: str, accepted_at: datetime | None) -> None:
    accepted = accepted_at is not None
    draft = InstallationDraft(
        agreed_date=date(2026, 3, 1),
        place="放疗科 1号机房",
        people="李娜、王强（Beamside）；张伟（物理师）",
        commissioning_summary="机械、剂量学及影像系统调试完成。",
        open_problems="激光灯支架需二次固定\n机房门联锁标识待补贴",
        accepted_by_customer="张伟" if accepted else "",
        accepted_by_engineer="李娜" if accepted else "",
        accepted_by_qc="周杰" if accepted else "",
        accepted_at=accepted_at,
    )
    field_records.save_installation(store, order_id, draft)


def make_order(
    store: Store,
    kind: ReportKind,
    *,
    signed: bool = True,
    template_folder: Path | None = None,
    template_id: str | None = None,
    fit_exception: str = "",
) -> work_orders.SavedWorkOrder:
    """A work order of the kind's type, worked through to completed (and signed)."""
    unit_id, engineers = unit_and_engineers(store)
    service = kind is ReportKind.SERVICE
    draft = WorkOrderDraft(
        type=ORDER_TYPES[kind],
        equipment_id=unit_id,
        description="MLC 叶片 A23 运动超差，治疗中断。" if service else "按合同完成本次现场工作。",
        reported_at=REPORTED,
        engineer_ids=engineers,
    )
    order = work_orders.save_work_order(store, None, draft)
    walk(store, order.id, [S.ACKNOWLEDGED, S.TRAVELLING, S.ON_SITE, S.IN_PROGRESS], REPORTED)
    at = REPORTED + timedelta(hours=6)
    if service:
        record_repair(store, order.id)
    elif kind in TEMPLATES:
        if kind is ReportKind.ACCEPTANCE and template_id is None and template_folder is None:
            enter_specs(store, unit_id)  # the model's specification from the contract's ATP
        fill_run(store, order.id, template_id or TEMPLATES[kind], template_folder, fit_exception)
        if kind is ReportKind.INSPECTION:
            record_findings(store, order.id)
        else:
            record_installation(store, order.id, at if kind is ReportKind.ACCEPTANCE else None)
    if kind is ReportKind.TRAINING:
        for name, role, _meaning in SIGNERS[kind][1:]:
            added = trainees.add_trainee(store, order.id, trainees.TraineeDraft(name, role=role))
            training_sessions.record_exam(store, added.id, 90)  # passed: a certificate
    walk(store, order.id, [S.TRIAL_RUN, S.COMPLETED] if service else [S.COMPLETED], at)
    if signed:
        sign(store, order.id, kind)
    return order


# --- reading PDFs back -------------------------------------------------------------------


def build(content: ReportContent, folder: Path, name: str = "report.pdf") -> PdfReader:
    target = folder / name
    build_report(content, target)
    return PdfReader(target)


def page_texts(reader: PdfReader) -> list[str]:
    return [page.extract_text() or "" for page in reader.pages]


def fonts_of(reader: PdfReader) -> list[Any]:
    """Every font object used on a page or in a form it draws."""
    found: list[Any] = []

    def walk_resources(resources: Any) -> None:
        if resources is None:
            return
        resources = resources.get_object()
        for ref in (resources.get("/Font") or {}).values():
            found.append(ref.get_object())
        for ref in (resources.get("/XObject") or {}).values():
            xobject = ref.get_object()
            if xobject.get("/Subtype") == "/Form":
                walk_resources(xobject.get("/Resources"))

    for page in reader.pages:
        walk_resources(page.get("/Resources"))
    return found


def embedded(font: Any) -> bool:
    if font.get("/Subtype") == "/Type0":
        font = font["/DescendantFonts"][0].get_object()
    descriptor = font.get("/FontDescriptor")
    return descriptor is not None and "/FontFile2" in descriptor.get_object()


def operators(reader: PdfReader, page: int) -> list[bytes]:
    stream = ContentStream(reader.pages[page].get_contents(), reader)
    return [operator for _operands, operator in stream.operations]


def squeeze(text: str) -> str:
    return "".join(text.split())


# --- tests -------------------------------------------------------------------------------


def test_report_kind_per_work_order_type() -> None:
    expected = {order_type: kind for kind, order_type in ORDER_TYPES.items()}
    T, K = WorkOrderType, ReportKind
    expected |= {T.UPGRADE: K.SERVICE, T.INSPECTION: K.INSPECTION, T.COMMISSIONING: K.INSTALLATION}
    assert {order_type: report_kind_of(order_type) for order_type in T} == expected


def test_both_languages_have_every_text() -> None:
    tables = (labels.TEXTS, labels.TITLES, labels.VERDICTS, labels.MEANINGS, labels.ENUMS)
    for table in (*tables, labels.OUTCOMES, labels.GAPS):
        zh, en = (set(table[language]) for language in LANGUAGES)
        assert zh == en
    assert set(labels.VERDICTS["en"]) == set(Verdict)
    assert set(labels.TITLES["zh_CN"]) == set(ReportKind)
    assert set(labels.OUTCOMES["en"]) == set(Outcome)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("kind", list(ReportKind))
def test_each_kind_prints_its_record(
    store: Store, tmp_path: Path, kind: ReportKind, language: Language
) -> None:
    made = make_order(store, kind)
    content = gather(store, made.id, kind, language)
    reader = build(content, tmp_path)
    pages = page_texts(reader)
    text = "\n".join(pages)
    flat = squeeze(text)
    t = labels.TEXTS[language]

    assert made.number in text and SERIAL in text and NMPA in flat
    assert "注册证号" in flat  # also in the English label, as hospitals know it by that name
    assert squeeze(labels.title(language, kind)) in flat
    if language == "zh_CN":
        assert f"第 1 页／共 {len(pages)} 页" in text and "江苏省肿瘤医院" in text
    else:
        assert f"Page 1 of {len(pages)}" in text and "Jiangsu Cancer Hospital" in text
    assert content.record_hash and content.record_hash in flat
    assert content.record_hash[:12] in text
    for name, _role, meaning in SIGNERS.get(kind, DEFAULT_SIGNERS):
        assert squeeze(name) in flat
        assert squeeze(labels.MEANINGS[language][meaning]) in flat
    assert labels.text(language, "draft_mark") not in text

    if kind is ReportKind.TRAINING:  # a certificate (page) per trainee, each numbered
        assert len(pages) == 3
        for page, trainee in zip(pages, content.trainees, strict=True):
            assert squeeze(trainee.name) in squeeze(page)
            assert trainee.certificate_number in page
        return
    assert "2026-03-02 16:30 UTC+8" in text  # reported at 08:30 UTC, printed in Beijing time
    assert squeeze(t["sec_identity"]) in flat and squeeze(t["sec_times"]) in flat
    if kind is ReportKind.SERVICE:
        assert "MLC-0231" in text and "100012345" in text and "M-1290" in text
        assert squeeze(t["cause"]) in flat and "叶片驱动电机磨损" in flat
        assert squeeze(labels.ENUMS[language][TrialRunResult.PASSED]) in flat
    else:
        run = content.checklists[0]
        assert run.rows and len(run.rows) == run.counts.total
        for row in run.rows[:5]:
            assert squeeze(row.label)[:14] in flat
        verdicts = {row.verdict for run in content.checklists for row in run.rows}
        assert {Verdict.PASS, Verdict.FAIL} <= verdicts
        for verdict in verdicts:
            assert squeeze(labels.VERDICTS[language][verdict]) in flat
        assert squeeze(t["col_tolerance"]) in flat
    if kind is ReportKind.INSPECTION:
        assert "冷却水流量偏低" in flat and "11820" in flat
    if kind in (ReportKind.INSTALLATION, ReportKind.ACCEPTANCE):
        assert "激光灯支架需二次固定" in flat
    if kind is ReportKind.ACCEPTANCE:  # one test failed: the conclusion says so
        assert squeeze(labels.outcome(language, Outcome.NOT_ACCEPTED, failures=1)) in flat


def test_content_is_in_the_report_language(store: Store) -> None:
    made = make_order(store, ReportKind.INSPECTION)
    zh = gather(store, made.id, ReportKind.INSPECTION, "zh_CN")
    en = gather(store, made.id, ReportKind.INSPECTION, "en")
    assert (zh.work_order_type, en.work_order_type) == ("预防性维护", "Preventive maintenance")
    assert (zh.equipment.modality, en.equipment.modality) == ("直线加速器", "Linear accelerator")
    assert zh.checklists[0].title == "直线加速器预防性维护"
    assert en.checklists[0].title == "Linac preventive maintenance"
    values = {row.value for row in zh.checklists[0].rows}
    assert {"正常", "异常"} <= values
    assert {"OK", "Not OK"} <= {row.value for row in en.checklists[0].rows}
    assert zh.engineers == ("李娜", "王强") or zh.engineers == ("王强", "李娜")
    assert zh.record_hash == en.record_hash and len(zh.record_hash) == 64
    other_kind = gather(store, made.id, ReportKind.SERVICE, "en")  # signed as inspection
    assert other_kind.signatures == () and other_kind.is_draft
    with pytest.raises(ValueError):
        gather(store, made.id, ReportKind.INSPECTION, "de")


def test_a_template_not_made_for_the_unit_prints_why_it_was_used(
    store: Store, tmp_path: Path
) -> None:
    reason = "CyberKnife QA on a TrueBeam at the physicist's request"
    made = make_order(
        store,
        ReportKind.INSPECTION,
        template_id="cyberknife_qa_daily_tg135",
        fit_exception=reason,
    )
    en = gather(store, made.id, ReportKind.INSPECTION, "en")
    zh = gather(store, made.id, ReportKind.INSPECTION, "zh_CN")
    assert en.checklists[0].fit_exception == zh.checklists[0].fit_exception == reason
    text = " ".join(" ".join(page_texts(build(en, tmp_path))).split())
    assert f"Template not made for this unit, used because: {reason}" in text


def test_gathering_changes_nothing(store: Store, tmp_path: Path) -> None:
    made = make_order(store, ReportKind.SERVICE)

    def audit_count() -> int:
        with store.reading() as session:
            return int(session.scalar(select(func.count()).select_from(AuditEntry)) or 0)

    before = audit_count()
    build(gather(store, made.id, ReportKind.SERVICE, "zh_CN"), tmp_path)
    assert audit_count() == before


def test_every_font_is_embedded(store: Store, tmp_path: Path) -> None:
    made = make_order(store, ReportKind.INSPECTION)
    for language in LANGUAGES:
        reader = build(gather(store, made.id, ReportKind.INSPECTION, language), tmp_path)
        fonts = fonts_of(reader)
        assert fonts, "no fonts found: the check would prove nothing"
        missing = [str(f.get("/BaseFont")) for f in fonts if not embedded(f)]
        assert missing == []
        assert not any("Helvetica" in str(f.get("/BaseFont")) for f in fonts)


def test_signatures_are_vector_paths(store: Store, tmp_path: Path) -> None:
    made = make_order(store, ReportKind.SERVICE)
    content = gather(store, made.id, ReportKind.SERVICE, "en")
    blank = replace(content, signatures=tuple(replace(s, strokes=()) for s in content.signatures))
    last = -1
    with_strokes = operators(build(content, tmp_path, "signed.pdf"), last)
    without = operators(build(blank, tmp_path, "blank.pdf"), last)
    curves = with_strokes.count(b"c") - without.count(b"c")
    assert curves >= 2 * 3 * 40  # two signers, three strokes, ~46 curve pieces each
    assert with_strokes.count(b"S") - without.count(b"S") >= 2 * 3  # stroked paths
    reader = PdfReader(tmp_path / "signed.pdf")
    for page in reader.pages:
        resources: Any = page["/Resources"].get_object()
        xobjects = (resources.get("/XObject") or {}).values()
        assert all(x.get_object().get("/Subtype") != "/Image" for x in xobjects)


def long_template(folder: Path) -> None:
    """A 60-item PM template in six sections: odd items measured, even ones checked."""

    def item(n: int) -> dict[str, Any]:
        measured = {"kind": "numeric", "unit": "mm", "nominal": 0, "tolerance": 2, "action": 3}
        name, rule = ("Measured item", measured) if n % 2 else ("Check item", {"kind": "pass_fail"})
        return {"id": f"i{n}", "label_en": f"{name} {n:02d}", "label_zh": f"项目{n:02d}", **rule}

    sections = [
        {
            "id": f"s{s}",
            "title_en": f"Section {s}",
            "title_zh": f"第{s}部分",
            "items": [{**item(n), "source": "test"} for n in range(s * 10 + 1, s * 10 + 11)],
        }
        for s in range(6)
    ]
    head = (
        "id: long\nversion: 1\ntitle_en: Long PM\ntitle_zh: 长检查表\nmodality: linac\nkind: pm\n"
    )
    body = yaml.safe_dump({"sections": sections}, allow_unicode=True)
    (folder / "long.yaml").write_text(head + body, encoding="utf-8")


def test_sixty_row_checklist_spans_pages_with_its_header(store: Store, tmp_path: Path) -> None:
    folder = tmp_path / "checklists"
    folder.mkdir()
    long_template(folder)
    made = make_order(store, ReportKind.INSPECTION, template_folder=folder, template_id="long")
    content = gather(store, made.id, ReportKind.INSPECTION, "en")
    assert len(content.checklists[0].rows) == 60
    pages = page_texts(build(content, tmp_path))
    assert len(pages) >= 3
    holding = [i for i, page in enumerate(pages) if "Measured item" in page or "Check item" in page]
    assert len(holding) >= 2 and holding == list(range(holding[0], holding[-1] + 1))
    for index in holding:
        assert "Tolerance" in pages[index] and "Verdict" in pages[index], index
    assert "Measured item 01" in pages[holding[0]] and "Check item 60" in pages[holding[-1]]
    assert f"Page {len(pages)} of {len(pages)}" in pages[-1]


def test_a_unit_is_never_split_across_lines(store: Store, tmp_path: Path) -> None:
    """The unit column widens to its longest unit: "cGy/MU" once printed as "cGy/M"
    over "U" (CJK wrapping breaks anywhere)."""
    made = make_order(store, ReportKind.ACCEPTANCE)
    for language in LANGUAGES:
        content = gather(store, made.id, ReportKind.ACCEPTANCE, language)
        assert "cGy/MU" in {row.unit for run in content.checklists for row in run.rows}
        lines = "\n".join(page_texts(build(content, tmp_path))).splitlines()
        assert "cGy/MU" in lines, language
        assert "cGy/M" not in lines


def word_boxes(pdf: Path, page: int = 1) -> list[tuple[str, float, float, float]]:
    """(word, x min, x max, y min) of each word on the page, as poppler lays it out."""
    args = ["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(pdf), "-"]
    html = subprocess.run(args, capture_output=True, text=True, check=True).stdout
    pattern = r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</word>'
    return [
        (word, float(x0), float(x1), float(y0)) for x0, y0, x1, word in re.findall(pattern, html)
    ]


def test_a_long_company_name_shrinks_clear_of_the_report_title(
    store: Store, tmp_path: Path
) -> None:
    need_tools("pdftotext")
    made = make_order(store, ReportKind.INSPECTION)
    content = gather(store, made.id, ReportKind.INSPECTION, "en")
    long_name = "Jiangsu Provincial Radiotherapy Equipment Engineering Services Group Co., Ltd."
    content = replace(content, company=replace(content.company, name_en=long_name))
    build(content, tmp_path)
    words = word_boxes(tmp_path / "report.pdf")
    last_of_name = next(w for w in words if w[0] == "Ltd.")
    title = next(w for w in words if w[0] == "Inspection")
    assert abs(last_of_name[3] - title[3]) < 3  # the same header line
    assert last_of_name[2] + 8 <= title[1], (last_of_name, title)


def test_the_verdict_sits_on_the_line_of_its_row(store: Store, tmp_path: Path) -> None:
    """The verdict's larger mark once set its word 2 pt below the value beside it."""
    need_tools("pdftotext")
    made = make_order(store, ReportKind.INSPECTION)
    build(gather(store, made.id, ReportKind.INSPECTION, "en"), tmp_path)
    words = word_boxes(tmp_path / "report.pdf", 2)
    verdicts = [w for w in words if w[0] == "Pass" and w[1] > 300]  # not the counts line
    assert len(verdicts) > 5
    for verdict in verdicts:
        beside = [w for w in words if w[2] < verdict[1] and abs(w[3] - verdict[3]) < 0.3]
        assert beside, verdict  # the row's number, value, unit… on the same line


def test_unsigned_report_is_a_draft(store: Store, tmp_path: Path) -> None:
    made = make_order(store, ReportKind.SERVICE, signed=False)
    for language in LANGUAGES:
        content = gather(store, made.id, ReportKind.SERVICE, language)
        assert content.is_draft and content.signatures == () and content.record_hash == ""
        assert content.qr_payload == f"{made.number}|DRAFT"
        flat = squeeze("\n".join(page_texts(build(content, tmp_path))))
        assert squeeze(labels.text(language, "draft_banner")) in flat
        assert squeeze(labels.text(language, "not_signed")) in flat
    assert "DRAFT — not signed" in "\n".join(page_texts(PdfReader(tmp_path / "report.pdf")))
    if shutil.which("pdftoppm"):  # poppler names what a viewer would miss (e.g. a lost alpha)
        args = ["pdftoppm", "-r", "20", "-png", "report.pdf", "page"]
        assert subprocess.run(args, cwd=tmp_path, capture_output=True, text=True).stderr == ""


def test_amended_record_prints_the_amendment_and_its_signatures(
    store: Store, tmp_path: Path
) -> None:
    made = make_order(store, ReportKind.SERVICE)
    original = gather(store, made.id, ReportKind.SERVICE, "en")
    amendment_id = signing.open_amendment(store, made.id, "Wrong part serial recorded")

    opened = gather(store, made.id, ReportKind.SERVICE, "en")
    assert opened.is_draft and opened.amendment is not None
    assert opened.amendment.previous_hash == original.record_hash

    new_hash = sign(store, made.id, ReportKind.SERVICE, amendment_id)
    amended = gather(store, made.id, ReportKind.SERVICE, "zh_CN")
    assert amended.record_hash == new_hash and len(amended.signatures) == 2
    assert amended.qr_payload == f"{made.number}|sha256:{new_hash}"
    flat = squeeze("\n".join(page_texts(build(amended, tmp_path))))
    assert "更正记录" in flat and "Wrongpartserialrecorded" in flat
    assert original.record_hash in flat and new_hash in flat


def test_training_certificates_are_the_recorded_trainees(store: Store) -> None:
    made = make_order(store, ReportKind.TRAINING)
    signed = gather(store, made.id, ReportKind.TRAINING, "zh_CN")
    assert [t.name for t in signed.trainees] == ["赵敏", "孙浩", "Emily Chen"]
    numbers = [t.certificate_number for t in signed.trainees]
    assert len(set(numbers)) == 3 and all(n.startswith("CERT-") for n in numbers)


def test_footer_qr_code_scans(store: Store, tmp_path: Path) -> None:
    need_tools("zbarimg", "pdftoppm")
    made = make_order(store, ReportKind.SERVICE)
    content = gather(store, made.id, ReportKind.SERVICE, "zh_CN")
    build(content, tmp_path)
    subprocess.run(
        ["pdftoppm", "-png", "-r", "150", "-f", "1", "-l", "1", "report.pdf", "page"],
        cwd=tmp_path,
        check=True,
    )
    found = subprocess.run(
        ["zbarimg", "--quiet", "--raw", str(next(tmp_path.glob("page*.png")))],
        capture_output=True,
        text=True,
        check=False,
    )
    assert found.stdout.strip() == f"{made.number}|sha256:{content.record_hash}"


def test_the_dev_install_brings_the_tools_the_qr_test_needs() -> None:
    """The README's second command runs the whole suite: the QR test is skipped only
    where someone installed by hand, never after `bootstrap.sh --dev`."""
    script = (ROOT / "packaging" / "bootstrap.sh").read_text()
    dev_line = next(line for line in script.splitlines() if line.startswith('[ "$dev" = 1 ]'))
    dev_packages = re.search(r"packages\+=\(([^)]*)\)", dev_line)
    assert dev_packages is not None
    assert {"zbar-tools", "poppler-utils"} <= set(dev_packages.group(1).split())


def test_strokes_from_skips_what_it_cannot_read() -> None:
    data = [[[1, 2, 0.5, 0], [3, 4]], "junk", [["x", 1, 2, 3]], [], [[5, 6, 0.2, 9, 99]]]
    assert strokes_from(data) == (
        ((1.0, 2.0, 0.5, 0.0), (3.0, 4.0, 0.0, 0.0)),
        ((5.0, 6.0, 0.2, 9.0),),
    )
    assert strokes_from(None) == ()


def test_a_single_point_is_a_dot_and_close_points_are_thinned() -> None:
    assert stroke_operators([(10.0, 20.0, 1.2)]).endswith("m 10.00 20.00 l S")
    dense = [(i * 0.1, 0.0, 1.0) for i in range(100)]
    kept = thin_out(dense)
    assert kept[0] == dense[0] and kept[-1] == dense[-1] and len(kept) < 15


def test_long_signer_details_wrap_inside_the_card() -> None:
    font = report_font()
    zh = break_lines("物理师 · 中国医学科学院肿瘤医院深圳医院放射治疗科", font, 7.5, 100)
    en = break_lines("Senior medical physicist, Radiotherapy Department", font, 7.5, 100)
    assert len(zh) > 1 and len(en) > 1 and en[0] == "Senior medical physicist,"
    assert all(text_width(line, font) * 7.5 / 1000 <= 100 for line in zh + en)


def test_the_builder_needs_no_database_and_no_qt() -> None:
    probe = "import sys, app.reports.builder; print(sorted({m.split('.')[0] for m in sys.modules}))"
    root = Path(__file__).parent.parent
    result = subprocess.run([sys.executable, "-c", probe], cwd=root, capture_output=True, text=True)
    assert "reportlab" in result.stdout
    assert "sqlalchemy" not in result.stdout and "PySide6" not in result.stdout
