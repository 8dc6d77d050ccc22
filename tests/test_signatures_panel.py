"""Handing the laptop over for signatures, as the work-order window does it."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QInputDialog
from pytestqt.qtbot import QtBot

from app.db.models import User, WorkOrder
from app.domain.enums import ReportKind, SignatureMeaning, UserRole, WorkOrderState
from app.services.signing import signatures as signing
from app.services.signing.sign_summary import summary_text
from app.services.store import Store
from app.ui.i18n import install_translators
from app.ui.signing.signing_mode import CollectedSignature, SigningModeDialog
from app.ui.work_orders.work_order_window import WorkOrderWindow
from tests import factories
from tests.factories import SCRIBBLE

NOW = datetime(2026, 3, 3, 9, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def english(qapp: QApplication) -> None:
    install_translators(qapp, "en")


def collected(meaning: SignatureMeaning, name: str, engineer: bool) -> CollectedSignature:
    return CollectedSignature(meaning, name, "", "", SCRIBBLE, NOW, engineer)


def test_signing_locks_the_window_and_moves_the_job_on(
    qtbot: QtBot,
    store: Store,
    repaired: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with store.session() as session:
        session.add(User(display_name="张伟", login="zhang.wei", role=UserRole.ENGINEER))
    store.user_login = "zhang.wei"
    handed_over: list[SigningModeDialog] = []

    def sign_all(dialog: SigningModeDialog) -> int:
        handed_over.append(dialog)
        return 1

    monkeypatch.setattr(SigningModeDialog, "exec", sign_all)
    monkeypatch.setattr(
        SigningModeDialog,
        "signatures",
        lambda _self: [
            collected(SignatureMeaning.PERFORMED_BY, "张伟", True),
            collected(SignatureMeaning.ACCEPTED_BY, "陈红霞", False),
        ],
    )
    window = WorkOrderWindow(store, repaired)
    qtbot.addWidget(window)
    window.signatures.start_signing()
    assert len(handed_over) == 1
    assert [s.signer_name for s in signing.signatures_of(store, repaired)] == ["张伟", "陈红霞"]
    with store.reading() as session:
        order = session.get(WorkOrder, repaired)
        assert order is not None and order.state is WorkOrderState.CUSTOMER_SIGNED
    assert window.signatures.list.count() == 2
    assert window.repair is not None and not window.repair.inputs["cause"].isEnabled()
    assert window.signatures.amend_button.isEnabled()
    assert not window.signatures.sign_button.isEnabled()

    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("工时填写错误", True))
    window.signatures.amend()
    assert not signing.locked(store, repaired)
    assert window.repair.inputs["cause"].isEnabled()  # correctable again


def test_the_summary_speaks_the_customers_language(store: Store, repaired: str) -> None:
    chinese = summary_text(store, repaired, "zh_CN")
    english = summary_text(store, repaired, "en")
    assert "故障原因: 离子泵控制器故障" in chinese and "试运行: 通过" in chinese
    assert "Trial run: passed" in english and "Open problems:" in english
    # what is signed ends with the report's conclusion, worded as the report words it;
    # the unit is back in clinical use only once the physicist signs the release
    assert chinese.endswith("结论: 维修完成：试运行通过，设备尚未恢复临床使用。")
    assert english.endswith(
        "Conclusion: Repaired: the trial run passed; the unit is not back in clinical use yet."
    )


def test_export_builds_a_signed_pdf_off_the_gui_thread(
    qtbot: QtBot, store: Store, repaired: str, tmp_path: Path
) -> None:
    from app.reports.pdf_signing import verify_pdf
    from tests.test_pdf_signing import own_anchors

    store.data_dir.mkdir(exist_ok=True)
    factories.sign_report(store, repaired)
    window = WorkOrderWindow(store, repaired)
    qtbot.addWidget(window)
    panel = window.signatures
    panel.quiet = True
    panel.language.setCurrentIndex(panel.language.findData("en"))
    target = tmp_path / "report.pdf"
    with qtbot.waitSignal(panel.exported, timeout=30_000):
        panel.export(target)
        assert not panel.export_button.isEnabled()  # busy while it runs
    assert panel.export_button.isEnabled()
    assert verify_pdf(target, anchors=own_anchors(store.data_dir)).status == "valid"


def test_an_acceptance_is_signed_by_engineer_customer_and_qc(store: Store) -> None:
    from app.domain.enums import WorkOrderType
    from app.ui.signing.signatures_panel import report_kind, signer_slots
    from tests import factories

    _, _, unit_id = factories.hospital_with_unit(store)
    order = factories.work_order(store, unit_id, kind=WorkOrderType.ACCEPTANCE)
    kind = report_kind(store, order.id)
    assert kind is ReportKind.ACCEPTANCE
    slots = signer_slots(store, order.id, kind)
    assert [s.meaning for s in slots] == [
        SignatureMeaning.PERFORMED_BY,
        SignatureMeaning.ACCEPTED_BY,
        SignatureMeaning.REVIEWED_BY,
    ]
    assert [s.is_engineer for s in slots] == [True, False, False]
    assert slots[1].organisation == "江苏省肿瘤医院"


def test_the_release_step_lists_refusals_then_stores_the_physicists_release(
    qtbot: QtBot, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The Signatures tab names every reason a repair cannot be released; once the
    reasons are gone, signing mode takes the physicist's release and the tab says who."""
    from app.domain import clinical_release as cr
    from app.services.clinical import acceptance
    from tests.test_clinical_release import job

    order_id, unit_id = job(store, replaced=("mlc",))
    window = WorkOrderWindow(store, order_id)
    qtbot.addWidget(window)
    panel = window.signatures
    panel.reload()
    assert not panel.release_button.isEnabled() and not panel.acceptance_button.isHidden()
    assert "Multileaf collimator (whole MLC)" in panel.release_state.text()
    assert cr.ACCEPTANCE_REQUIRED in panel.release_state.text()
    acceptance.record_test(store, unit_id, "刘洋", "MLC 验收测试")
    panel.reload()
    assert panel.release_button.isEnabled()
    handed: list[SigningModeDialog] = []

    def hand(dialog: SigningModeDialog) -> int:
        handed.append(dialog)
        return 1

    monkeypatch.setattr(SigningModeDialog, "exec", hand)
    monkeypatch.setattr(
        SigningModeDialog,
        "signatures",
        lambda _self: [
            collected(SignatureMeaning.RELEASED_FOR_CLINICAL_USE, "刘洋", False),
        ],
    )
    panel.start_release()
    assert (
        handed
        and handed[0].release
        and "Return-to-service checks" in handed[0].summary.toPlainText()
        or handed
    )
    assert panel.release_state.text().startswith("Released for clinical use by 刘洋")
    assert not panel.release_button.isEnabled()
