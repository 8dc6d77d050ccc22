"""Operator training as a session (§5.2): exams per attendee against the pass mark,
re-exams kept as attempts, certificates only for those who passed."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from app.domain.enums import UserRole
from app.domain.refusals import Refused
from app.domain.training_exams import BELOW_PASS_MARK, NOT_A_TRAINER, SyllabusTopic, TrainingForm
from app.services.store import Store
from app.services.training import certificates, sessions, trainees
from app.ui.training.trainees_panel import ExamDialog, TraineesPanel
from tests.instrument_helpers import as_role
from tests.test_reports import squeeze
from tests.test_trainees import training_order


def _session(store: Store, mark: int = 70) -> tuple[str, str, str]:
    order = training_order(store)
    sessions.save_session(
        store,
        order,
        sessions.SessionDraft(
            TrainingForm.CENTRAL, (SyllabusTopic.OPERATION, SyllabusTopic.SAFETY), "王工", mark
        ),
    )
    good = trainees.add_trainee(store, order, trainees.TraineeDraft("陈静", role="物理师")).id
    weak = trainees.add_trainee(store, order, trainees.TraineeDraft("吴磊", role="技师")).id
    return order, good, weak


def test_a_certificate_is_refused_below_the_pass_mark(store: Store, tmp_path: Path) -> None:
    order, good, weak = _session(store)
    assert sessions.record_exam(store, good, 70).passed  # reaching the mark passes
    failed = sessions.record_exam(store, weak, 69)
    assert (failed.passed, failed.pass_mark, failed.number) == (False, 70, 1)
    refused = sessions.certificate_refusal(store, weak)
    assert refused is not None and refused.message == BELOW_PASS_MARK
    assert refused.english == "No certificate: 吴磊 scored 69, below the pass mark of 70."
    with pytest.raises(Refused):
        certificates.export_certificate(store, weak, "en", tmp_path / "no.pdf")
    assert not (tmp_path / "no.pdf").exists()
    assert [t.name for t in trainees.trainees_of(store, order) if t.certified] == ["陈静"]


def test_a_re_exam_is_a_new_attempt_and_the_history_stays(store: Store) -> None:
    _order, good, weak = _session(store, mark=60)
    sessions.record_exam(store, weak, 45)
    second = sessions.record_exam(store, weak, 82)
    assert (second.number, second.passed) == (2, True)
    assert [(a.number, a.score, a.passed) for a in sessions.attempts_of(store, weak)] == [
        (1, 45, False),
        (2, 82, True),
    ]
    assert sessions.certificate_refusal(store, weak) is None
    with pytest.raises(Refused):  # passed already: no third attempt
        sessions.record_exam(store, weak, 90)
    with pytest.raises(Refused):  # not yet examined: no certificate
        certificates.export_certificate(store, good, "en", Path("unused.pdf"))


def test_only_trainers_record_exams(store: Store) -> None:
    _order, good, _weak = _session(store)
    as_role(store, UserRole.PARTS_ADMINISTRATOR, "parts")
    with pytest.raises(Refused) as refused:
        sessions.record_exam(store, good, 90)
    assert refused.value.message == NOT_A_TRAINER
    assert sessions.attempts_of(store, good) == []


def test_one_signed_certificate_pdf_for_one_passed_trainee(store: Store, tmp_path: Path) -> None:
    _order, good, weak = _session(store)
    sessions.record_exam(store, good, 88)
    sessions.record_exam(store, weak, 90)
    target = tmp_path / "cert.pdf"
    result = certificates.export_certificate(store, good, "zh_CN", target)
    reader = PdfReader(target)
    text = squeeze(reader.pages[0].extract_text())
    number = trainees.trainees_of(store, _order)[0].certificate_number
    assert len(reader.pages) == 1 and number in text and "陈静" in text
    assert "吴磊" not in text and "88分" in text and "集中培训" in text
    assert "安全注意事项" in text and "王工" in text
    assert result.size == target.stat().st_size and "/Sig" in target.read_bytes().decode("latin-1")


def test_the_panel_records_an_exam_and_shows_the_result(store: Store, qtbot: QtBot) -> None:
    order, _good, weak = _session(store)
    panel = TraineesPanel(store, order)
    qtbot.addWidget(panel)
    row = next(r for r in panel.rows if r.id == weak)
    dialog = ExamDialog(store, row, panel)
    qtbot.addWidget(dialog)
    dialog.score.setValue(50)
    dialog.save()
    panel.refresh()
    index = panel.rows.index(next(r for r in panel.rows if r.id == weak))
    exam, result = panel.table.item(index, 4), panel.table.item(index, 5)
    assert exam is not None and exam.text() == "50 / 70 (attempt 1)"
    assert result is not None and result.text() == "Failed"
    panel.table.selectRow(index)
    panel.export_certificate()  # refused before any file dialog
    assert panel.error.text() == "No certificate: 吴磊 scored 50, below the pass mark of 70."
