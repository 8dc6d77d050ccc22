"""What a report concludes comes from the record, and nothing is signed while it is open:
the conclusion printed in both languages, signing refused (service and signing UI),
the engineer first, and "customer signed" only with the customer's signature."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.domain import conclusions
from app.domain.conclusions import Outcome
from app.domain.enums import (
    ReportKind,
    SignatureMeaning,
    UserRole,
    Verdict,
    WorkOrderState,
    WorkOrderType,
)
from app.domain.field_records import InstallationDraft
from app.domain.records import ValidationError
from app.domain.workflow import NO_CUSTOMER_SIGNATURE
from app.reports import labels
from app.reports.content import LANGUAGES, Language
from app.services.checklists import checklist_runs
from app.services.checklists.checklist_templates import load_templates
from app.services.reports.report_content import gather
from app.services.signing import signatures as signing
from app.services.store import Store
from app.services.work_orders import field_records, workflow
from app.services.work_orders import orders as work_orders
from app.ui.i18n import install_translators
from tests.factories import SCRIBBLE
from tests.spec_helpers import enter_specs
from tests.test_reports import (
    REPORTED,
    build,
    make_order,
    page_texts,
    raw_value,
    squeeze,
    unit_and_engineers,
    walk,
)

S = WorkOrderState
M = SignatureMeaning


def given(kind: ReportKind, meaning: SignatureMeaning, name: str) -> signing.SignatureInput:
    return signing.SignatureInput(
        report_kind=kind,
        signer_name=name,
        signer_role="",
        organisation="江苏省肿瘤医院" if meaning is not M.PERFORMED_BY else "Beamside",
        meaning=meaning,
        strokes=SCRIBBLE,
        signed_at=REPORTED + timedelta(days=1),
    )


def passing_run(store: Store, order_id: str, template_id: str) -> None:
    """A finished run in which every item passes (numbers inside their tolerance)."""
    template = load_templates()[0][template_id]
    machine_class = "imrt" if template.machine_class("imrt") else ""
    run_id = checklist_runs.start_run(store, order_id, template_id, machine_class)
    for item in (i for i in template.items() if i.applies_to(machine_class)):
        rule = item.rule_for(machine_class)
        value = raw_value(rule, Verdict.PASS)
        checklist_runs.record_value(store, run_id, item.id, value, None)
    checklist_runs.complete_run(store, run_id)
    summary = checklist_runs.summary(checklist_runs.load_run(store, run_id))
    assert summary.failures == summary.pending == 0


def acceptance(store: Store, *, recorded: bool) -> str:
    """A completed TrueBeam acceptance, every test passed; the acceptance itself
    (customer, engineer, QC, date) recorded or left empty."""
    unit_id, engineers = unit_and_engineers(store)
    draft = work_orders.WorkOrderDraft(
        type=WorkOrderType.ACCEPTANCE,
        equipment_id=unit_id,
        description="TrueBeam 验收",
        reported_at=REPORTED,
        engineer_ids=engineers,
    )
    order = work_orders.save_work_order(store, None, draft)
    walk(store, order.id, [S.ACKNOWLEDGED, S.ON_SITE, S.IN_PROGRESS], REPORTED)
    enter_specs(store, unit_id)  # the TrueBeam's specification from the contract's ATP
    passing_run(store, order.id, "linac_acceptance")
    accepted = REPORTED + timedelta(hours=5) if recorded else None
    field_records.save_installation(
        store,
        order.id,
        InstallationDraft(
            commissioning_summary="验收测试按合同逐项完成。",
            accepted_by_customer="张伟" if recorded else "",
            accepted_by_engineer="李娜" if recorded else "",
            accepted_by_qc="周杰" if recorded else "",
            accepted_at=accepted,
        ),
    )
    walk(store, order.id, [S.COMPLETED], REPORTED + timedelta(hours=6))
    return order.id


def pdf_text(store: Store, order_id: str, kind: ReportKind, language: Language, tmp: Path) -> str:
    return squeeze("\n".join(page_texts(build(gather(store, order_id, kind, language), tmp))))


# --- the service refuses ---------------------------------------------------------------


def test_an_empty_acceptance_cannot_be_signed_and_says_why(store: Store, tmp_path: Path) -> None:
    order_id = acceptance(store, recorded=False)
    with pytest.raises(ValidationError) as refused:
        signing.sign(store, order_id, given(ReportKind.ACCEPTANCE, M.PERFORMED_BY, "李娜"))
    assert [e.message for e in refused.value.errors] == [conclusions.NO_ACCEPTANCE]
    assert signing.signatures_of(store, order_id) == []
    zh = pdf_text(store, order_id, ReportKind.ACCEPTANCE, "zh_CN", tmp_path)
    assert "结论尚未确定，以下内容记录完整后方可签字" in zh
    assert "验收记录（客户、工程师、质量控制及验收时间）" in zh
    assert "同意验收" not in zh
    en = pdf_text(store, order_id, ReportKind.ACCEPTANCE, "en", tmp_path)
    assert squeeze("the acceptance (customer, engineer, quality control and date)") in en


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_signed_acceptance_prints_its_result_and_its_signers(
    store: Store, tmp_path: Path, language: Language
) -> None:
    order_id = acceptance(store, recorded=True)
    kind = ReportKind.ACCEPTANCE
    with pytest.raises(ValidationError) as refused:  # the customer does not sign first
        signing.sign(store, order_id, given(kind, M.ACCEPTED_BY, "张伟"))
    assert [e.message for e in refused.value.errors] == [conclusions.ENGINEER_FIRST]
    for meaning, name in (
        (M.PERFORMED_BY, "李娜"),
        (M.ACCEPTED_BY, "王建国"),
        (M.REVIEWED_BY, "吴敏"),
    ):
        signing.sign(store, order_id, given(kind, meaning, name))
    content = gather(store, order_id, kind, language)
    assert content.conclusion.outcome is Outcome.ACCEPTED and not content.is_draft
    flat = pdf_text(store, order_id, kind, language, tmp_path)
    assert squeeze(labels.outcome(language, Outcome.ACCEPTED)) in flat
    assert squeeze(labels.text(language, "acceptance_open")) not in flat
    # The people named in the acceptance are those who signed it (the customer's
    # recorded acceptor 张伟 signed as 王建国 here: the signature is what counts).
    customer_row = squeeze(labels.text(language, "accepted_by_customer")) + "王建国"
    assert customer_row in flat and "吴敏" in flat and "2026-03-0221:30" in flat


def test_nothing_is_signed_before_the_work_is_completed(store: Store) -> None:
    made = make_order(store, ReportKind.SERVICE, signed=False)
    workflow.move(store, made.id, S.IN_PROGRESS, UserRole.SERVICE_MANAGER, reason="复查")
    with pytest.raises(ValidationError) as refused:
        signing.sign(store, made.id, given(ReportKind.SERVICE, M.PERFORMED_BY, "李娜"))
    assert refused.value.errors[0].message == conclusions.NOT_FINISHED


@pytest.mark.parametrize(
    ("kind", "outcome", "counts"),
    [
        (ReportKind.SERVICE, Outcome.REPAIRED_NOT_IN_USE, {}),
        (ReportKind.INSPECTION, Outcome.FAILED, {"failures": 1, "warnings": 1}),
        (ReportKind.INSTALLATION, Outcome.INSTALLED_WITH_PROBLEMS, {"failures": 1, "problems": 2}),
        (ReportKind.ACCEPTANCE, Outcome.NOT_ACCEPTED, {"failures": 1}),
    ],
)
def test_every_kind_prints_the_conclusion_of_its_record(
    store: Store, tmp_path: Path, kind: ReportKind, outcome: Outcome, counts: dict[str, int]
) -> None:
    made = make_order(store, kind)  # one warning and one failure in each checklist
    for language in LANGUAGES:
        content = gather(store, made.id, kind, language)
        assert content.conclusion.outcome is outcome
        flat = pdf_text(store, made.id, kind, language, tmp_path)
        assert squeeze(labels.outcome(language, outcome, **counts)) in flat, language
    if kind is ReportKind.INSPECTION:  # the failure does not hide the warning
        zh = pdf_text(store, made.id, kind, "zh_CN", tmp_path)
        assert "检查不合格：1项超出干预水平" in zh and "另有1项超出允差但未达干预水平" in zh
        en = pdf_text(store, made.id, kind, "en", tmp_path)
        assert "Also,1item(s)beyondtolerancebutwithintheactionlevel" in en


# --- the workflow ----------------------------------------------------------------------


def test_pm_cannot_be_customer_signed_without_the_customers_signature(store: Store) -> None:
    made = make_order(store, ReportKind.INSPECTION, signed=False)  # a completed PM
    with pytest.raises(ValidationError) as refused:
        workflow.move(store, made.id, S.CUSTOMER_SIGNED, UserRole.ENGINEER)
    assert refused.value.errors[0].message == NO_CUSTOMER_SIGNATURE
    offered = {o.target: o.refusals for o in workflow.options(store, made.id, UserRole.ENGINEER)}
    assert offered[S.CUSTOMER_SIGNED] == [NO_CUSTOMER_SIGNATURE]
    signing.sign(store, made.id, given(ReportKind.INSPECTION, M.PERFORMED_BY, "李娜"))
    with pytest.raises(ValidationError):  # the engineer's own signature is not the customer's
        workflow.move(store, made.id, S.CUSTOMER_SIGNED, UserRole.ENGINEER)
    signing.sign(store, made.id, given(ReportKind.INSPECTION, M.ACCEPTED_BY, "张伟"))
    workflow.move(store, made.id, S.CUSTOMER_SIGNED, UserRole.ENGINEER)


# --- the signing UI --------------------------------------------------------------------


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_hand_over_is_refused_with_the_reason_while_the_conclusion_is_open(
    qtbot: QtBot, qapp: QApplication, store: Store, language: str
) -> None:
    from app.ui.signing.signatures_panel import SignaturesPanel

    install_translators(qapp, language)
    try:
        order_id = acceptance(store, recorded=False)
        panel = SignaturesPanel(store, order_id)
        qtbot.addWidget(panel)
        assert not panel.sign_button.isEnabled()
        expected = {
            "en": "Record the acceptance (customer, engineer, quality control and date) "
            "before signing.",
            "zh_CN": "签字前请记录验收情况（客户、工程师、质量控制及验收时间）。",
        }[language]
        assert expected in panel.blocked.text() and not panel.blocked.isHidden()
    finally:
        install_translators(qapp, "en")


def test_hand_over_opens_once_complete_and_signing_mode_names_what_is_signed(
    qtbot: QtBot, store: Store
) -> None:
    from app.ui.signing.signatures_panel import SignaturesPanel, signer_slots
    from app.ui.signing.signing_mode import SigningModeDialog

    order_id = acceptance(store, recorded=True)
    panel = SignaturesPanel(store, order_id)
    qtbot.addWidget(panel)
    assert panel.sign_button.isEnabled() and panel.blocked.isHidden()
    slots = signer_slots(store, order_id, ReportKind.ACCEPTANCE)
    assert [s.printed_name for s in slots[1:]] == ["张伟", "周杰"]  # the recorded acceptors
    dialog = SigningModeDialog(store, "li.na", "摘要", "summary", slots, kind=ReportKind.ACCEPTANCE)
    qtbot.addWidget(dialog)
    assert dialog.title.text() == "验收报告确认与签字"
    assert "验收" in dialog.meaning.text()
    dialog.set_language("en")
    assert dialog.title.text() == "Acceptance report: review and sign"
    assert "accept" in dialog.meaning.text()
    customer = dialog.panels[1]
    assert not customer.sign_button.isEnabled()  # the engineer signs first
    assert customer.waiting.text() == "The engineer signs first."


def test_the_engineer_who_signed_is_named_on_the_report(store: Store, tmp_path: Path) -> None:
    """Assigned 李娜 and 王强, signed by 赵强 (who did the work): all three, signer first."""
    made = make_order(store, ReportKind.SERVICE, signed=False)
    signing.sign(store, made.id, given(ReportKind.SERVICE, M.PERFORMED_BY, "赵强"))
    content = gather(store, made.id, ReportKind.SERVICE, "zh_CN")
    assert content.engineers[0] == "赵强" and set(content.engineers) == {"赵强", "李娜", "王强"}
    flat = pdf_text(store, made.id, ReportKind.SERVICE, "zh_CN", tmp_path)
    assert "赵强、" in flat


def test_inspection_prints_both_levels_and_a_legible_mark(store: Store, tmp_path: Path) -> None:
    made = make_order(store, ReportKind.INSPECTION)
    words: list[tuple[Language, str]] = [("zh_CN", "干预"), ("en", "action")]
    for language, word in words:
        content = gather(store, made.id, ReportKind.INSPECTION, language)
        row = next(r for r in content.checklists[0].rows if r.action)
        flat = pdf_text(store, made.id, ReportKind.INSPECTION, language, tmp_path)
        assert squeeze(f"{row.tolerance}{word} {row.action}") in flat, language
    reader = build(gather(store, made.id, ReportKind.INSPECTION, "zh_CN"), tmp_path)
    sizes: list[float] = []

    def visit(text: str, cm: object, tm: list[float], font: object, size: float) -> None:
        if "▲" in text:
            sizes.append(size * tm[0])

    for page in reader.pages:
        page.extract_text(visitor_text=visit)
    assert sizes and min(sizes) >= 10, sizes  # the warning mark, not a 7.5 pt speck


def test_the_pure_rules_per_kind() -> None:
    from app.domain.conclusions import ConclusionFacts, conclude
    from app.domain.enums import TrialRunResult

    T = WorkOrderType
    pm = ConclusionFacts(
        ReportKind.INSPECTION, T.PREVENTIVE_MAINTENANCE, runs=1, runs_completed=1, passed=10
    )
    assert conclude(pm).outcome is Outcome.PASSED
    assert conclude(replace(pm, warnings=2)).outcome is Outcome.PASSED_WITH_WARNINGS
    assert conclude(replace(pm, open_findings=1)).outcome is Outcome.PASSED_WITH_FINDINGS
    # An open critical finding is not a pass, even when every checked item is.
    critical = replace(pm, open_findings=2, critical_findings=1)
    assert conclude(critical).outcome is Outcome.CRITICAL_FINDINGS
    assert conclude(replace(critical, failures=1)).outcome is Outcome.FAILED
    assert conclude(replace(pm, failures=1)).outcome is Outcome.FAILED
    assert conclude(replace(pm, pending=1)).gaps == (conclusions.OPEN_CHECKLIST,)
    assert conclude(replace(pm, runs=0)).gaps == (conclusions.NO_CHECKLIST,)
    repair = ConclusionFacts(ReportKind.SERVICE, T.REPAIR)
    assert conclude(repair).gaps == (
        conclusions.NO_CAUSE,
        conclusions.NO_ACTIONS,
        conclusions.NO_TRIAL_RUN,
    )
    fixed = replace(repair, cause="c", actions="a", trial_run=TrialRunResult.FAILED)
    assert conclude(fixed).outcome is Outcome.NOT_REPAIRED
    assert conclude(ConclusionFacts(ReportKind.TRAINING, T.TRAINING)).gaps == (
        conclusions.NO_TRAINING,
        conclusions.NO_TRAINEES,  # a certificate for nobody is not signed
    )
    trained = ConclusionFacts(ReportKind.TRAINING, T.TRAINING, description="d", trainees=2)
    assert conclude(trained).outcome is Outcome.TRAINED


def test_the_service_report_prints_every_run_and_the_photos(store: Store, tmp_path: Path) -> None:
    """A repair with its IEC 62353 safety run and two photos (one taken for the run's
    tester-report item): the run, both thumbnails and their captions, no file name."""
    from PIL import Image
    from pypdf import PdfReader

    from app.services.work_orders import attachments
    from tests.test_reports import record_repair

    unit_id, engineers = unit_and_engineers(store)
    draft = work_orders.WorkOrderDraft(
        type=WorkOrderType.REPAIR,
        equipment_id=unit_id,
        description="MLC 叶片 A23 运动超差",
        reported_at=REPORTED,
        engineer_ids=engineers,
    )
    order = work_orders.save_work_order(store, None, draft)
    walk(store, order.id, [S.ACKNOWLEDGED, S.ON_SITE, S.IN_PROGRESS], REPORTED)
    record_repair(store, order.id)
    template = load_templates()[0]["electrical_safety_iec62353"]
    run_id = checklist_runs.start_run(store, order.id, template.id, "direct")
    for item in (i for i in template.items() if i.applies_to("direct")):
        checklist_runs.record_value(
            store, run_id, item.id, raw_value(item.rule_for("direct"), Verdict.PASS), None
        )
    checklist_runs.complete_run(store, run_id)
    view = checklist_runs.load_run(store, run_id)
    tester = next(i for i in view.items() if i.id == "tester_report")
    for name, colour in (("scan_0417.png", "navy"), ("cabinet_0418.png", "orange")):
        Image.new("RGB", (640, 480), colour).save(tmp_path / name)
    attachments.add_attachment(store, order.id, tmp_path / "scan_0417.png", tester.value_id)
    attachments.add_attachment(store, order.id, tmp_path / "cabinet_0418.png")
    walk(store, order.id, [S.TRIAL_RUN, S.COMPLETED], REPORTED + timedelta(hours=6))

    for language in LANGUAGES:
        content = gather(store, order.id, ReportKind.SERVICE, language)
        assert [run.title for run in content.checklists] == [
            template.title_zh if language == "zh_CN" else template.title_en
        ]
        flat = pdf_text(store, order.id, ReportKind.SERVICE, language, tmp_path)
        assert squeeze(content.checklists[0].title) in flat
        assert squeeze(labels.text(language, "sec_photos")) in flat
        label = tester.label_zh if language == "zh_CN" else tester.label_en
        colon = "：" if language == "zh_CN" else ":"
        assert squeeze(f"{labels.text(language, 'photo_caption', n=1)}{colon}{label}") in flat
        assert squeeze(labels.text(language, "see_photo", n=1)) in flat
        assert squeeze(labels.text(language, "photo_caption", n=2)) in flat
        assert "scan_0417" not in flat and "cabinet_0418" not in flat
    reader = PdfReader(tmp_path / "report.pdf")
    images = []
    for page in reader.pages:
        resources: Any = page["/Resources"].get_object()
        for ref in (resources.get("/XObject") or {}).values():
            if ref.get_object().get("/Subtype") == "/Image":
                images.append(ref.get_object())
    assert len(images) == 2 and max(int(i["/Width"]) for i in images) <= 480


def test_a_draft_never_prints_a_signed_state(store: Store, tmp_path: Path) -> None:
    """An amendment is open on a customer-signed job: the report is a draft again, and
    its table says so instead of "signed by customer"."""
    made = make_order(store, ReportKind.SERVICE)  # signed by the engineer and the customer
    workflow.move(store, made.id, S.CUSTOMER_SIGNED, UserRole.ENGINEER)
    signing.open_amendment(store, made.id, "工时填写错误")
    states: list[tuple[Language, str]] = [("zh_CN", "客户已签字"), ("en", "Signed by customer")]
    for language, signed_word in states:
        content = gather(store, made.id, ReportKind.SERVICE, language)
        assert content.is_draft
        flat = pdf_text(store, made.id, ReportKind.SERVICE, language, tmp_path)
        assert squeeze(signed_word) not in flat
        assert squeeze(labels.text(language, "unsigned_state")) in flat
