"""File → Export signed reports…: one sealed PDF per signed report, progress n of m, a
Cancel that stops after the current file, and a summary naming what failed and why."""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app import settings_keys
from app.db.signing import ReportFile
from app.domain.enums import ReportKind
from app.reports.pdf_signing import verify_pdf
from app.services.reports import report_export
from app.services.store import Store
from app.ui.i18n import install_translators
from app.ui.reports.batch_export import BatchExportDialog, BatchOutcome, first_of_month
from tests import factories
from tests.test_pdf_signing import own_anchors


@pytest.fixture(autouse=True)
def english(qapp: QApplication) -> None:
    install_translators(qapp, "en")


@pytest.fixture
def numbers(store: Store) -> list[str]:
    """Three repairs signed by the customer today, one left unsigned."""
    _, _, unit_id = factories.hospital_with_unit(store)
    signed = []
    for index in range(4):
        order = factories.completed_repair(store, unit_id, description=f"故障 {index}")
        if index == 3:
            continue  # a draft: not in the batch
        factories.sign_report(store, order.id)
        signed.append(order.number)
    return sorted(signed)


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def batch_dialog(qtbot: QtBot, store: Store, settings: QSettings, out: Path) -> BatchExportDialog:
    dialog = BatchExportDialog(store, settings)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.folder.setText(str(out))
    return dialog


def run(qtbot: QtBot, dialog: BatchExportDialog) -> BatchOutcome:
    with qtbot.waitSignal(dialog.finished_export, timeout=120_000) as done:
        dialog.export_button.click()
    outcome = done.args[0]
    assert isinstance(outcome, BatchOutcome)
    return outcome


def test_one_file_per_signed_report_and_progress_reaches_m_of_m(
    qtbot: QtBot,
    store: Store,
    settings: QSettings,
    numbers: list[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    out = tmp_path / "reports"
    dialog = batch_dialog(qtbot, store, settings, out)
    assert dialog.since_date() == first_of_month() == date.today().replace(day=1)
    qtbot.waitUntil(lambda: dialog.count_label.text() == "3 signed reports since this date")
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    outcome = run(qtbot, dialog)
    names = sorted(p.name for p in out.iterdir())
    assert names == [f"{n}_service.pdf" for n in numbers]
    anchors = own_anchors(store.data_dir)
    assert all(verify_pdf(out / name, anchors=anchors).valid for name in names)
    assert (dialog.progress.value(), dialog.progress.maximum()) == (3, 3)
    assert dialog.progress.text() == "3 of 3"
    assert dialog.summary.text() == f"3 reports exported to {out}."
    assert not outcome.stopped and outcome.failures == []
    assert dialog.open_button.isEnabled() and dialog.export_button.isVisible()
    assert settings.value(settings_keys.EXPORT_FOLDER) == str(out)
    with store.reading() as session:
        assert set(session.scalars(select(ReportFile.language))) == {"en"}
    opened: list[QUrl] = []

    def open_url(url: QUrl) -> bool:
        opened.append(url)
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    dialog.open_button.click()
    assert opened == [QUrl.fromLocalFile(str(out))]


def test_cancel_stops_after_the_current_report(
    qtbot: QtBot,
    store: Store,
    settings: QSettings,
    numbers: list[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    release = threading.Event()
    real = report_export.export_report

    def slow_first(*args: Any, **kwargs: Any) -> report_export.ExportResult:
        release.wait(30)  # the first report is "being written" until the test says
        return real(*args, **kwargs)

    monkeypatch.setattr(report_export, "export_report", slow_first)
    out = tmp_path / "reports"
    dialog = batch_dialog(qtbot, store, settings, out)
    with qtbot.waitSignal(dialog.finished_export, timeout=120_000) as done:
        dialog.export_button.click()
        qtbot.waitUntil(lambda: dialog.current.text() == f"Exporting {numbers[0]}…")
        assert dialog.progress.text() == "0 of 3"
        assert dialog.cancel_button.isVisible() and not dialog.export_button.isVisible()
        assert not dialog.since.isEnabled()
        dialog.cancel_button.click()
        assert dialog.current.text() == "Stopping after the current report…"
        release.set()
    outcome = done.args[0]
    assert outcome.stopped and [p.name for p in outcome.written] == [f"{numbers[0]}_service.pdf"]
    assert sorted(p.name for p in out.iterdir()) == [f"{numbers[0]}_service.pdf"]
    assert "Cancelled after 1 of 3 reports." in dialog.summary.text()
    assert dialog.progress.text() == "1 of 3"


def test_failures_are_named_with_their_reason(
    qtbot: QtBot,
    store: Store,
    settings: QSettings,
    numbers: list[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    real = report_export.export_report
    broken = report_export.find_work_order(store, numbers[1])

    def export(store: Store, work_order_id: str, *args: Any) -> report_export.ExportResult:
        if work_order_id == broken:
            raise report_export.ExportError("the signing key cannot be read")
        return real(store, work_order_id, *args)

    monkeypatch.setattr(report_export, "export_report", export)
    out = tmp_path / "reports"
    dialog = batch_dialog(qtbot, store, settings, out)
    outcome = run(qtbot, dialog)
    assert len(outcome.written) == 2 and not outcome.stopped
    assert outcome.failures == [(numbers[1], "the signing key cannot be read")]
    assert dialog.summary.text() == (
        f"2 reports exported to {out}.\n1 report could not be exported:"
    )
    assert dialog.failures.toPlainText() == f"{numbers[1]}: the signing key cannot be read"
    assert dialog.progress.text() == "3 of 3"


def test_each_reports_own_language_is_the_one_it_was_last_exported_in(
    qtbot: QtBot, store: Store, settings: QSettings, numbers: list[str], tmp_path: Path
) -> None:
    english = report_export.find_work_order(store, numbers[0])
    assert english is not None
    report_export.export_report(store, english, "en", tmp_path / "first.pdf")
    assert report_export.last_language(store, english, ReportKind.SERVICE) == "en"
    out = tmp_path / "reports"
    dialog = batch_dialog(qtbot, store, settings, out)
    dialog.language.setCurrentIndex(dialog.language.findData(""))
    run(qtbot, dialog)
    with store.reading() as session:
        rows = session.execute(
            select(ReportFile.work_order_id, ReportFile.language).order_by(ReportFile.created_at)
        ).all()
    batch = {row[0]: row[1] for row in rows[1:]}
    assert batch[english] == "en"
    assert sorted(batch.values()) == ["en", "zh_CN", "zh_CN"]


def test_nothing_signed_since_the_date(
    qtbot: QtBot, store: Store, settings: QSettings, numbers: list[str], tmp_path: Path
) -> None:
    dialog = batch_dialog(qtbot, store, settings, tmp_path / "none")
    dialog.since.setDate(dialog.since.date().addYears(1))
    qtbot.waitUntil(lambda: dialog.count_label.text() == "0 signed reports since this date")
    outcome = run(qtbot, dialog)
    assert outcome.total == 0 and outcome.written == []
    assert dialog.summary.text().startswith("No reports were signed since ")


def test_the_service_reports_progress_and_stops_when_asked(
    store: Store, numbers: list[str], tmp_path: Path
) -> None:
    """What the command line keeps: the same call without the new hooks."""
    heard: list[tuple[int, int, str]] = []
    written = report_export.export_signed_since(
        store,
        date.today(),
        tmp_path / "a",
        "zh_CN",
        progress=lambda *args: heard.append(args),
        should_stop=lambda: len(heard) >= 2,
    )
    assert len(written) == 2
    assert heard == [(0, 3, numbers[0]), (1, 3, numbers[1]), (2, 3, "")]
    assert len(report_export.export_signed_since(store, date.today(), tmp_path / "b", "en")) == 3


def test_the_file_menu_opens_the_batch_dialog(
    qtbot: QtBot, store: Store, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtGui import QKeySequence

    from app.ui.main_window import MainWindow

    window = MainWindow(store, settings, "K7M3")
    qtbot.addWidget(window)
    action = window.export_reports_action
    assert action.text() == "&Export signed reports…"
    assert action.shortcut() == QKeySequence("Ctrl+Shift+E")
    file_menu = window.menuBar().actions()[0].menu()
    assert isinstance(file_menu, QMenu) and action in file_menu.actions()
    opened: list[BatchExportDialog] = []

    def exec_(self: BatchExportDialog) -> int:
        opened.append(self)
        return 0

    monkeypatch.setattr(BatchExportDialog, "exec", exec_)
    action.trigger()
    assert len(opened) == 1
