"""The dashboard's "Monthly reports (PDF)…": the manager writes the month's reports
without the command line, in a worker, with progress and a summary."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.reports.pdf_signing import device_identity, verify_pdf
from app.reports.pdf_trust import TrustAnchors
from app.services.store import Store
from app.ui.i18n import install_translators
from app.ui.kpis.dashboard_page import DashboardPage
from app.ui.monthly_report.dialog import MonthlyReportDialog
from tests.test_monthly_report import seed_office


@pytest.fixture
def office(store: Store) -> dict[str, str]:
    return seed_office(store)


@pytest.fixture(autouse=True)
def english(qapp: QApplication) -> None:
    install_translators(qapp, "en")


def opened(qtbot: QtBot, store: Store, tmp_path: Path) -> MonthlyReportDialog:
    page = DashboardPage(store, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(page)
    page.month.blockSignals(True)  # the page's own loading is not under test here
    page.month.setDate(page.month.date().fromString("2026-04-01", "yyyy-MM-dd"))
    page.month.blockSignals(False)
    page.monthly_button.click()
    dialog = page.monthly_dialog
    assert isinstance(dialog, MonthlyReportDialog)
    assert dialog.chosen_month().isoformat() == "2026-04-01"
    return dialog


def test_writes_one_sealed_report_per_hospital_with_progress(
    qtbot: QtBot,
    store: Store,
    office: dict[str, str],
    tmp_path: Path,
) -> None:
    dialog = opened(qtbot, store, tmp_path)
    out = tmp_path / "reports"
    dialog.folder.setText(str(out))
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    with qtbot.waitSignal(dialog.written, timeout=120_000):
        dialog.write_button.click()
        assert not dialog.month.isEnabled()  # locked while the worker writes
    files = sorted(out.iterdir())
    assert [f.name for f in files] == ["2026-04_Jiangsu Cancer Hospital_en.pdf"]
    anchors = TrustAnchors(own=device_identity(store.data_dir).certificate)
    assert verify_pdf(files[0], anchors=anchors).valid
    assert (dialog.progress.value(), dialog.progress.maximum()) == (1, 1)
    assert dialog.summary.text() == f"1 report(s) for 2026-04 written to {out}."
    assert dialog.open_button.isEnabled() and dialog.month.isEnabled()


def test_a_month_without_activity_says_so(
    qtbot: QtBot,
    store: Store,
    office: dict[str, str],
    tmp_path: Path,
) -> None:
    dialog = opened(qtbot, store, tmp_path)
    dialog.month.setDate(dialog.month.date().fromString("2026-07-01", "yyyy-MM-dd"))
    dialog.folder.setText(str(tmp_path / "july"))
    with qtbot.waitSignal(dialog.written, timeout=60_000):
        dialog.write_button.click()
    assert dialog.summary.text() == "No hospital had a visit or repair in 2026-07."
    assert not dialog.open_button.isEnabled()


def test_no_folder_is_refused_with_a_message(qtbot: QtBot, store: Store, tmp_path: Path) -> None:
    dialog = opened(qtbot, store, tmp_path)
    dialog.folder.setText("  ")
    dialog.write_button.click()
    assert dialog.summary.text() == "Choose a folder for the reports."
    assert not dialog.running()


def test_a_failed_hospital_is_named_and_the_others_written(
    qtbot: QtBot,
    store: Store,
    office: dict[str, str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from app.services.monthly_report import export

    real = export.gather

    def gather(store: Store, customer_id: str, *args: object, **kwargs: object) -> object:
        if customer_id == office["zhejiang"]:
            raise OSError(28, "No space left on device")
        return real(store, customer_id, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(export, "gather", gather)
    dialog = opened(qtbot, store, tmp_path)
    dialog.month.setDate(dialog.month.date().fromString("2026-03-01", "yyyy-MM-dd"))
    out = tmp_path / "march"
    dialog.folder.setText(str(out))
    with qtbot.waitSignal(dialog.written, timeout=120_000):
        dialog.write_button.click()
    assert [p.name for p in out.iterdir()] == ["2026-03_江苏省肿瘤医院_zh_CN.pdf"]
    assert dialog.summary.text() == (
        f"1 report(s) for 2026-03 written to {out}.\n"
        "1 report(s) could not be written:\n"
        "浙江省肿瘤医院: [Errno 28] No space left on device"
    )
    assert (dialog.progress.value(), dialog.progress.maximum()) == (2, 2)


def test_a_folder_that_cannot_be_made_is_said_in_the_users_language(
    qtbot: QtBot, qapp: QApplication, store: Store, tmp_path: Path
) -> None:
    blocker = tmp_path / "a file"
    blocker.write_text("in the way")
    install_translators(qapp, "zh_CN")
    dialog = opened(qtbot, store, tmp_path)
    dialog.folder.setText(str(blocker / "reports"))
    dialog.write_button.click()
    qtbot.waitUntil(lambda: not dialog.running(), timeout=60_000)
    text = dialog.summary.text()
    assert text.startswith("报告未能生成：无法创建文件夹 ") and str(blocker / "reports") in text
    assert dialog.write_button.isVisible() and dialog.month.isEnabled()
