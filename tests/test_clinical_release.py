"""The clinical release (issue 11 §1, §2): a signed, gated decision.

Each rule is driven through the services a user's actions go through: a job with a
checklist run, a repair record, the engineer's signature, then the physicist's
release — refused or stored, with the unit's state and the report following.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from app.db.clinical import AcceptanceTesting, ClinicalRelease
from app.db.models import Equipment
from app.domain import clinical_release as cr
from app.domain.enums import (
    EquipmentStatus,
    ReportKind,
    SignatureMeaning,
    TrialRunResult,
    UserRole,
    WorkOrderState,
)
from app.domain.field_records import RepairDraft
from app.domain.records import ValidationError
from app.domain.tolerance import ItemKind
from app.domain.unit_configuration import BaselineOccasion
from app.reports import build_report
from app.services.checklists import beam_values
from app.services.checklists import checklist_runs as runs
from app.services.clinical import acceptance, release
from app.services.clinical.return_to_service import return_to_service
from app.services.reports.report_content import gather
from app.services.signing import signatures as signing
from app.services.store import Store
from app.services.work_orders import field_records, workflow
from app.services.work_orders.overview import overview
from tests import factories
from tests.factories import SCRIBBLE

S = WorkOrderState
MONTHLY = "linac_qa_monthly_tg142"
NOW = datetime(2026, 3, 3, 10, 0, tzinfo=UTC)


def ok_text(item: runs.ItemView) -> str:
    """A value inside tolerance for any item of the monthly QA."""
    if item.kind is ItemKind.NUMERIC:
        return "0"
    if item.kind is ItemKind.PASS_FAIL:
        return "pass"
    if item.kind is ItemKind.CHOICE:
        return item.choices[0].id
    return "ok"


def job(
    store: Store,
    values: dict[str, tuple[str, str]] | None = None,
    replaced: tuple[str, ...] = (),
    fault_code: str = "",
    skip: tuple[str, ...] = (),
) -> tuple[str, str]:
    """(work order id, unit id): a TrueBeam repair with a completed monthly QA run
    (`values`: item → (value, comment); `skip`: items left without a value, so the
    run stays open), worked through to completed and signed by the engineer."""
    _, _, unit_id = factories.hospital_with_unit(store)
    with store.session() as session:  # the unit is down while it is repaired
        unit = session.get(Equipment, unit_id)
        assert unit is not None
        unit.status = EquipmentStatus.DOWN
    order = factories.work_order(store, unit_id)
    for state in (S.ACKNOWLEDGED, S.ON_SITE, S.IN_PROGRESS):
        workflow.move(store, order.id, state, UserRole.ENGINEER)
    run_id = runs.start_run(store, order.id, MONTHLY, "imrt")
    values = values or {}
    for item in runs.load_run(store, run_id).items():
        if item.id in skip:
            continue
        text, comment = values.get(item.id, (ok_text(item), ""))
        if item.judged_by_person and item.id not in values:  # vs the unit's baseline
            beam_values.set_baseline(store, run_id, item.id, None, "1", BaselineOccasion.ACCEPTANCE)
            runs.record_value(store, run_id, item.id, "1")
            runs.give_verdict(store, run_id, item.id, "pass")
            continue
        runs.record_value(store, run_id, item.id, text, comment or None)
    if not skip:
        runs.complete_run(store, run_id)
    draft = RepairDraft(
        cause="磁控管老化",
        actions="更换射频源",
        fault_code=fault_code,
        replaced_components=replaced,
    )
    field_records.save_repair(store, order.id, draft)
    workflow.move(store, order.id, S.TRIAL_RUN, UserRole.ENGINEER)
    draft.trial_run_result = TrialRunResult.PASSED
    field_records.save_repair(store, order.id, draft)
    if not skip:
        workflow.move(store, order.id, S.COMPLETED, UserRole.ENGINEER)
        signing.sign(store, order.id, given(SignatureMeaning.PERFORMED_BY, "李娜"))
    return order.id, unit_id


def given(meaning: SignatureMeaning, name: str) -> signing.SignatureInput:
    return signing.SignatureInput(
        report_kind=ReportKind.SERVICE,
        signer_name=name,
        signer_role="医学物理师" if meaning is SignatureMeaning.RELEASED_FOR_CLINICAL_USE else "",
        organisation="江苏省肿瘤医院",
        meaning=meaning,
        strokes=SCRIBBLE,
        signed_at=NOW,
    )


def physicist() -> signing.SignatureInput:
    return given(SignatureMeaning.RELEASED_FOR_CLINICAL_USE, "刘洋")


def refusals(error: pytest.ExceptionInfo[ValidationError]) -> list[tuple[str, str]]:
    assert isinstance(error.value, release.ReleaseRefused)
    return [(r.reason, r.subject.en) for r in error.value.refusals]


def unit_status(store: Store, unit_id: str) -> EquipmentStatus:
    with store.reading() as session:
        unit = session.get(Equipment, unit_id)
        assert unit is not None
        return unit.status


def test_a_clean_job_is_released_by_the_physicists_signature(store: Store) -> None:
    order_id, unit_id = job(store)
    assert release.release_view(store, order_id).refusals == ()
    assert overview(store, order_id).times.downtime is None  # still down
    release.release(store, order_id, physicist())
    assert overview(store, order_id).times.downtime is not None  # ends at the release
    with store.reading() as session:
        row = session.scalars(select(ClinicalRelease)).one()
        assert (row.released_by, row.legacy, row.signature_id is not None) == ("刘洋", False, True)
    assert unit_status(store, unit_id) is EquipmentStatus.CLINICAL
    meanings = [s.meaning for s in signing.signatures_of(store, order_id)]
    assert SignatureMeaning.RELEASED_FOR_CLINICAL_USE in meanings
    assert [r.released_by for r in release.releases_of_unit(store, unit_id)] == ["刘洋"]
    with pytest.raises(ValidationError) as twice:
        release.release(store, order_id, physicist())
    assert refusals(twice) == [(cr.ALREADY_RELEASED, "")]


def test_a_release_is_never_signed_past_its_gate(store: Store) -> None:
    order_id, _ = job(store)
    with pytest.raises(ValidationError) as refused:
        signing.sign(store, order_id, physicist())
    assert refused.value.errors[0].message == signing.RELEASE_ELSEWHERE


def test_release_is_refused_with_a_failed_dosimetry_item(store: Store) -> None:
    order_id, unit_id = job(store, {"xray_output": ("3.6", "超出干预水平")})
    with pytest.raises(ValidationError) as refused:
        release.release(store, order_id, physicist())
    assert refusals(refused) == [
        (cr.FAILED_ITEM, "X-ray output constancy, Δ from baseline"),
    ]
    with store.reading() as session:
        assert session.scalars(select(ClinicalRelease)).all() == []
    assert unit_status(store, unit_id) is not EquipmentStatus.CLINICAL
    assert SignatureMeaning.RELEASED_FOR_CLINICAL_USE not in {
        s.meaning for s in signing.signatures_of(store, order_id)
    }


def test_a_safety_item_without_a_value_is_listed(store: Store) -> None:
    order_id, _ = job(store, skip=("laser_guard_interlock",))
    view = release.release_view(store, order_id)
    assert (cr.MISSING_ITEM, "Laser guard interlock") in [
        (r.reason, r.subject.en) for r in view.refusals
    ]


def test_an_rf_source_replacement_needs_its_return_to_service_checks(store: Store) -> None:
    order_id, unit_id = job(store, replaced=("rf_source",), fault_code="RF-02")
    view = release.release_view(store, order_id)
    reasons = [(r.reason, r.subject.en) for r in view.refusals]
    # output and flatness are in the monthly run; the beam energy (PDD/TPR) is not
    assert (cr.MISSING_CHECK, "Beam energy (PDD / TPR ratio)") in reasons
    assert (cr.MISSING_CHECK, "Output (dose per MU)") not in reasons
    assert (cr.ACCEPTANCE_REQUIRED, "RF source (magnetron or klystron)") in reasons
    done = {s.check.id: s.done for s in view.checks}
    assert done == {"output": True, "energy": False, "flatness_symmetry": True}
    with pytest.raises(ValidationError) as refused:
        release.release(store, order_id, physicist())
    assert (cr.MISSING_CHECK, "Beam energy (PDD / TPR ratio)") in refusals(refused)
    assert unit_status(store, unit_id) is not EquipmentStatus.CLINICAL


def test_a_warning_needs_a_comment_and_is_shown_to_the_signer(store: Store) -> None:
    order_id, _ = job(store, {"xray_output": ("2.4", "物理师已知悉，一周后复测")})
    view = release.release_view(store, order_id)
    assert view.refusals == ()
    assert [w.item_id for w in view.warnings] == ["xray_output"]
    from app.services.clinical.release_summary import release_summary

    shown = release_summary(store, order_id, "zh_CN")
    assert "X射线输出剂量稳定性" in shown and "物理师已知悉，一周后复测" in shown
    release.release(store, order_id, physicist())
    with store.reading() as session:
        kept = session.scalars(select(ClinicalRelease.warnings_shown)).one()
    assert "2.4 % — 物理师已知悉，一周后复测" in kept


def test_a_warning_without_a_comment_refuses_the_release() -> None:
    label = cr.Named("X-ray output", "X射线输出")
    warned = cr.RunItem("t", "xray_output", label, cr.Category.DOSIMETRY, cr.Verdict.WARNING)
    facts = cr.ReleaseFacts((warned,), ())
    assert [(r.reason, r.subject) for r in cr.release_refusals(facts)] == [
        (cr.WARNING_WITHOUT_COMMENT, label)
    ]
    commented = cr.RunItem(
        "t", "xray_output", label, cr.Category.DOSIMETRY, cr.Verdict.WARNING, "复测"
    )
    assert cr.release_refusals(cr.ReleaseFacts((commented,), ())) == []


def test_replacing_an_mlc_flags_acceptance_testing_until_a_physicist_records_it(
    store: Store,
) -> None:
    order_id, unit_id = job(store, replaced=("mlc",))
    open_flags = acceptance.requirements_of(store, unit_id, open_only=True)
    assert [r.component.en for r in open_flags] == ["Multileaf collimator (whole MLC)"]
    reasons = [(r.reason, r.subject.en) for r in release.release_view(store, order_id).refusals]
    assert reasons == [(cr.ACCEPTANCE_REQUIRED, "Multileaf collimator (whole MLC)")]
    with pytest.raises(ValidationError):
        acceptance.record_test(store, unit_id, " ", "TG-142 Table V")
    cleared = acceptance.record_test(store, unit_id, "刘洋", "MLC 验收测试，报告 QA-2026-031")
    assert cleared == 1
    assert acceptance.requirements_of(store, unit_id, open_only=True) == []
    with store.reading() as session:
        row = session.scalars(select(AcceptanceTesting)).one()
        assert (row.tested_by, row.test_record) == ("刘洋", "MLC 验收测试，报告 QA-2026-031")
    assert release.release_view(store, order_id).refusals == ()
    release.release(store, order_id, physicist())
    assert unit_status(store, unit_id) is EquipmentStatus.CLINICAL


def test_an_mlc_motor_is_no_major_component() -> None:
    components = return_to_service().components
    assert not components["mlc_motor"].major and components["mlc"].major
    assert {c for c, spec in components.items() if spec.major} == {
        "rf_source",
        "electron_gun",
        "target",
        "mlc",
        "gantry_bearing",
        "afterloader_source",
        "ct_tube",
    }


def test_every_reference_of_the_data_file_exists() -> None:
    from app.domain.enums import Modality
    from app.services.clinical.return_to_service import (
        ReturnToServiceInvalid,
        data_file,
        parse,
        template_items,
    )
    from app.services.registry.fault_codes import find

    data = return_to_service()  # raises on an unknown check or item
    for modality, codes in data.fault_codes.items():
        for code in codes:
            assert find(Modality(modality), code) is not None, code
    broken = (
        data_file()
        .read_text(encoding="utf-8")
        .replace("linac_qa_annual_tg142/xray_beam_quality", "linac_qa_annual_tg142/beam_energy")
    )
    with pytest.raises(ReturnToServiceInvalid, match="no checklist item .*beam_energy"):
        parse(broken, template_items())


def test_the_repair_report_prints_the_runs_and_the_release(store: Store, tmp_path: Path) -> None:
    order_id, _ = job(
        store,
        {"xray_output": ("2.4", "物理师已知悉")},
        replaced=("mlc_motor",),
        fault_code="MLC-02",
    )
    unreleased = gather(store, order_id, ReportKind.SERVICE, "en")
    assert unreleased.release is not None and not unreleased.release.released
    target = tmp_path / "before.pdf"
    build_report(unreleased, target)
    text = " ".join(p.extract_text() for p in PdfReader(target).pages)
    assert "Not released for clinical use" in text
    release.release(store, order_id, physicist())
    for language, words in (
        ("en", ("Clinical release", "Released for clinical use: 刘洋", "MLC picket fence")),
        ("zh_CN", ("临床放行", "已放行临床使用：刘洋", "MLC 栅栏测试")),
    ):
        content = gather(store, order_id, ReportKind.SERVICE, language)
        target = tmp_path / f"{language}.pdf"
        build_report(content, target)
        text = " ".join(p.extract_text() for p in PdfReader(target).pages)
        for word in words:
            assert word in text, (language, word)
        assert "2.4" in text  # the run's values are printed with their tolerance
        assert "±2" in text


def test_a_possibly_reportable_fault_asks_the_adverse_event_question(store: Store) -> None:
    """§6: dose channels that disagree (DOS-01) may be a reportable adverse event: the
    service report cannot be signed until the repair record says what was decided."""
    from app.domain.conclusions import NO_ADVERSE_EVENT_ANSWER
    from app.domain.enums import AdverseEventAnswer, Modality
    from app.services.registry.fault_codes import find

    assert find(Modality.LINAC, "DOS-01").reportable  # type: ignore[union-attr]
    assert find(Modality.AFTERLOADER, "SRC-01").reportable  # type: ignore[union-attr]
    assert not find(Modality.LINAC, "MLC-02").reportable  # type: ignore[union-attr]
    _, _, unit_id = factories.hospital_with_unit(store)
    order = factories.work_order(store, unit_id)
    for state in (S.ACKNOWLEDGED, S.ON_SITE, S.IN_PROGRESS):
        workflow.move(store, order.id, state, UserRole.ENGINEER)
    draft = RepairDraft(cause="监测电离室漏气", actions="更换监测电离室", fault_code="DOS-01")
    field_records.save_repair(store, order.id, draft)
    workflow.move(store, order.id, S.TRIAL_RUN, UserRole.ENGINEER)
    draft.trial_run_result = TrialRunResult.PASSED
    field_records.save_repair(store, order.id, draft)
    workflow.move(store, order.id, S.COMPLETED, UserRole.ENGINEER)
    with pytest.raises(ValidationError) as refused:
        signing.sign(store, order.id, given(SignatureMeaning.PERFORMED_BY, "李娜"))
    assert [e.message for e in refused.value.errors] == [NO_ADVERSE_EVENT_ANSWER]
    draft.adverse_event = AdverseEventAnswer.NO_HARM  # caught at morning QA, no patient
    field_records.save_repair(store, order.id, draft)  # completed, not yet signed
    signing.sign(store, order.id, given(SignatureMeaning.PERFORMED_BY, "李娜"))
    content = gather(store, order.id, ReportKind.SERVICE, "zh_CN")
    assert content.repair is not None
    assert content.repair.fault_code == "LINAC/DOS-01"
    assert content.repair.adverse_event == "未导致且不可能导致人体伤害"
