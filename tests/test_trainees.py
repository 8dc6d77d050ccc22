"""Trainees of a training work order (issue 20): each with a certificate number of
this laptop's series, and a certificate page of their own in both languages."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from app.domain.enums import ReportKind, WorkOrderType
from app.domain.numbering import CERTIFICATE, parse_number
from app.domain.records import ValidationError
from app.reports.builder import build_report
from app.services.device import local_device
from app.services.reports.report_content import gather
from app.services.signing.record_lock import RecordLocked
from app.services.store import Store
from app.services.training import sessions, trainees
from app.ui.training.trainees_panel import TraineeDialog, TraineesPanel
from tests import factories
from tests.test_reports import make_order, squeeze


def training_order(store: Store) -> str:
    _, _, unit = factories.hospital_with_unit(store)
    return factories.work_order(store, unit, "操作人员培训", WorkOrderType.TRAINING).id


def test_each_trainee_gets_a_number_of_this_laptops_series(store: Store) -> None:
    order = training_order(store)
    added = [
        trainees.add_trainee(store, order, trainees.TraineeDraft(name, staff_number=str(n)))
        for n, name in enumerate(("赵敏", "孙浩", "陈静"))
    ]
    with store.reading() as session:
        prefix = local_device(session).number_prefix
    parsed = [parse_number(t.certificate_number, CERTIFICATE) for t in added]
    assert [p[1:] if p else None for p in parsed] == [(prefix, 1), (prefix, 2), (prefix, 3)]
    assert added[0].organisation == "江苏省肿瘤医院"  # the job's hospital unless given
    edited = trainees.update_trainee(
        store, added[0].id, trainees.TraineeDraft("赵敏", role="物理师", attended=False)
    )
    assert edited.certificate_number == added[0].certificate_number and not edited.certified
    trainees.remove_trainee(store, added[2].id)
    again = trainees.add_trainee(store, order, trainees.TraineeDraft("刘洋"))
    assert again.certificate_number.endswith("-00004")  # a removed number is never reused
    assert [t.name for t in trainees.trainees_of(store, order)] == ["赵敏", "孙浩", "刘洋"]


def test_trainees_are_refused_without_a_name_or_on_other_jobs(store: Store) -> None:
    order = training_order(store)
    with pytest.raises(ValidationError) as nameless:
        trainees.add_trainee(store, order, trainees.TraineeDraft("  "))
    assert nameless.value.errors[0].field == "name"
    _, _, unit = factories.hospital_with_unit(store, "另一家医院", "H200001")
    repair = factories.work_order(store, unit).id
    with pytest.raises(ValidationError) as wrong:
        trainees.add_trainee(store, repair, trainees.TraineeDraft("赵敏"))
    assert wrong.value.errors[0].message == trainees.NOT_TRAINING


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_one_certificate_page_per_passed_trainee(
    store: Store, tmp_path: Path, language: str
) -> None:
    made = make_order(store, ReportKind.TRAINING, signed=False)
    absent = trainees.add_trainee(store, made.id, trainees.TraineeDraft("缺席者", attended=False))
    from tests.test_reports import sign

    sign(store, made.id, ReportKind.TRAINING)
    content = gather(store, made.id, ReportKind.TRAINING, language)
    build_report(content, tmp_path / "certificates.pdf")
    pages = [p.extract_text() for p in PdfReader(tmp_path / "certificates.pdf").pages]
    numbers = [t.certificate_number for t in content.trainees]
    assert len(pages) == 3 and len(set(numbers)) == 3
    for page, trainee in zip(pages, content.trainees, strict=True):
        assert trainee.certificate_number in page and squeeze(trainee.name) in squeeze(page)
        assert [n for n in numbers if n in page] == [trainee.certificate_number]
    assert all(absent.certificate_number not in page and "缺席者" not in page for page in pages)
    with pytest.raises(RecordLocked):  # trainees are part of the signed record
        trainees.add_trainee(store, made.id, trainees.TraineeDraft("后来者"))


def test_the_trainees_tab_adds_and_lists_them(store: Store, qtbot: QtBot) -> None:
    order = training_order(store)
    panel = TraineesPanel(store, order)
    qtbot.addWidget(panel)
    dialog = TraineeDialog(store, order, None, panel)
    qtbot.addWidget(dialog)
    dialog.save()  # nothing entered: the name's error, nothing saved
    assert dialog.errors["name"].isVisibleTo(dialog) and not trainees.trainees_of(store, order)
    dialog.edits["name"].setText("周婷")  # keyClicks types ASCII only
    qtbot.keyClicks(dialog.edits["staff_number"], "A1024")
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    [trainee] = trainees.trainees_of(store, order)
    sessions.record_exam(store, trainee.id, 75)
    panel.refresh()
    assert panel.table.rowCount() == 1
    name, number = panel.table.item(0, 0), panel.table.item(0, 6)
    assert name is not None and name.text() == "周婷"
    assert number is not None and number.text().startswith("CERT-")


def test_the_customer_reads_who_is_certified_before_signing(store: Store) -> None:
    from app.services.signing.sign_summary import summary_text

    order = training_order(store)
    passed = trainees.add_trainee(store, order, trainees.TraineeDraft("陈静"))
    failed = trainees.add_trainee(store, order, trainees.TraineeDraft("吴磊"))
    sessions.record_exam(store, passed.id, 80)
    sessions.record_exam(store, failed.id, 40)
    text = summary_text(store, order, "en")
    assert "Trainees and their certificate numbers" in text
    assert f"陈静 — {passed.certificate_number}" in text
    assert "吴磊" not in text and failed.certificate_number not in text
