"""The report preview: every page shown, zoom re-rendered off the GUI thread, the seal
checked, and save / print / open from there; exporting from the signatures tab opens it."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QImage
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.reports.pdf_signing import device_identity, sign_pdf
from app.services.reports import report_export
from app.services.store import Store
from app.ui.i18n import install_translators
from app.ui.reports import pdf_render
from app.ui.reports.pdf_preview import PdfPreviewDialog
from app.ui.reports.pdf_print import chosen_pages
from app.ui.work_orders.work_order_window import WorkOrderWindow
from tests.test_pdf_signing import make_pdf, signed_work_order

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture(autouse=True)
def english(qapp: QApplication) -> None:
    install_translators(qapp, "en")


@pytest.fixture
def report(store: Store, tmp_path: Path) -> Path:
    """A service report exported and sealed as the signatures tab does it."""
    number = signed_work_order(store)
    work_order_id = report_export.find_work_order(store, number)
    assert work_order_id is not None
    target = tmp_path / f"{number}_service.pdf"
    report_export.export_report(store, work_order_id, "en", target)
    return target


@pytest.fixture
def ten_pages(data_dir: Path, tmp_path: Path) -> Path:
    target = tmp_path / "ten.pdf"
    sign_pdf(make_pdf(tmp_path / "plain.pdf", pages=10), target, device_identity(data_dir), "", "")
    return target


def preview(qtbot: QtBot, path: Path, data_dir: Path | None = None) -> PdfPreviewDialog:
    dialog = PdfPreviewDialog(path, "WO_report.pdf", data_dir=data_dir)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def all_rendered(qtbot: QtBot, dialog: PdfPreviewDialog, count: int) -> None:
    qtbot.waitUntil(
        lambda: dialog.view.page_count() == count and len(dialog.view.rendered_pages()) == count,
        timeout=20_000,
    )


def test_every_page_is_shown_and_the_seal_is_valid(
    qtbot: QtBot, report: Path, store: Store
) -> None:
    count = len(PdfReader(report).pages)
    dialog = preview(qtbot, report, store.data_dir)  # signed with this laptop's own key
    all_rendered(qtbot, dialog, count)
    assert dialog.page_label.text() == f"Page 1 of {count}"
    qtbot.waitUntil(lambda: dialog.verification.text().startswith("✔"), timeout=20_000)
    assert "Signature valid, covers the whole file" in dialog.verification.text()
    assert "1b5e20" in dialog.verification.styleSheet()  # green
    assert dialog.print_button.isEnabled()
    assert dialog.windowTitle() == "Preview: WO_report.pdf"


def test_a_draft_is_never_shown_as_a_valid_signature(
    qtbot: QtBot, store: Store, tmp_path: Path
) -> None:
    """A draft's seal is intact, but no one signed it: the bar says draft, not "valid"."""
    from tests import factories

    _, _, unit_id = factories.hospital_with_unit(store)
    order = factories.completed_repair(store, unit_id)
    target = tmp_path / "draft.pdf"
    report_export.export_report(store, order.id, "en", target)
    dialog = preview(qtbot, target)
    with qtbot.waitSignal(dialog.verified, timeout=20_000):
        pass
    text = dialog.verification.text()
    assert text.startswith("⚠") and "Draft, not signed" in text, text
    assert "valid" not in text and "1b5e20" not in dialog.verification.styleSheet()


def test_a_tampered_copy_shows_the_problem_in_red(
    qtbot: QtBot, report: Path, tmp_path: Path
) -> None:
    data = bytearray(report.read_bytes())
    data[len(data) // 3] ^= 0x01  # inside the signed bytes
    tampered = tmp_path / "tampered.pdf"
    tampered.write_bytes(bytes(data))
    dialog = preview(qtbot, tampered)
    # The check may finish while the dialog is being exposed: wait on what is shown,
    # not on a signal that may already have gone by.
    qtbot.waitUntil(lambda: dialog.verification.text().startswith("✘"), timeout=20_000)
    assert "Changed after signing" in dialog.verification.text()
    assert "b3261e" in dialog.verification.styleSheet()  # red
    assert dialog.verification.toolTip()  # the checker's own words


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "⚠ Intact, but the signer is not trusted: self-signed certificate"),
        ("zh_CN", "⚠ 文件完好，但签名者不受信任：自签名证书"),
    ],
)
def test_an_intact_report_by_an_untrusted_signer_is_not_green(
    qtbot: QtBot, qapp: QApplication, ten_pages: Path, tmp_path: Path, language: str, expected: str
) -> None:
    """Signed by another laptop's self-made certificate: intact, but not trusted here."""
    install_translators(qapp, language)
    dialog = preview(qtbot, ten_pages, tmp_path / "another-laptop")
    with qtbot.waitSignal(dialog.verified, timeout=20_000) as seen:
        pass
    assert seen.args[0].status == "untrusted"
    assert dialog.verification.text() == expected
    assert "8a5300" in dialog.verification.styleSheet()  # amber, neither green nor red
    assert "self-signed" in dialog.verification.toolTip()


def test_zoom_rerenders_in_the_background_keeping_the_old_pictures(
    qtbot: QtBot, report: Path
) -> None:
    count = len(PdfReader(report).pages)
    dialog = preview(qtbot, report)
    all_rendered(qtbot, dialog, count)
    first = dialog.view.pages[0]
    before = first.pixmap()
    assert before is not None
    old_width, old_zoom = before.width(), dialog.view.zoom
    QTest.keyClick(dialog, Qt.Key.Key_Plus, CTRL)
    assert dialog.view.zoom > old_zoom
    assert dialog.zoom_label.text() == f"{round(dialog.view.zoom * 100)} %"
    assert first.width() > old_width  # the page grew at once …
    assert first.pixmap() is before  # … showing the old picture until the new one comes
    all_rendered(qtbot, dialog, count)
    bigger = first.pixmap()
    assert bigger is not None and bigger.width() > old_width
    for _ in range(3):
        QTest.keyClick(dialog, Qt.Key.Key_Minus, CTRL)
    all_rendered(qtbot, dialog, count)
    smaller = first.pixmap()
    assert smaller is not None and smaller.width() < old_width
    assert not dialog.view.fit_width
    QTest.keyClick(dialog, Qt.Key.Key_0, CTRL)
    assert dialog.view.fit_width and dialog.view.zoom == pytest.approx(old_zoom, rel=0.01)


def test_ten_pages_render_off_the_gui_thread_without_freezing(
    qtbot: QtBot, ten_pages: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    threads: list[threading.Thread] = []
    real = pdf_render._Document.render

    def spy(self: pdf_render._Document, index: int, scale: float) -> QImage:
        threads.append(threading.current_thread())
        return real(self, index, scale)

    monkeypatch.setattr(pdf_render._Document, "render", spy)
    gaps: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer(interval=10)
    timer.timeout.connect(tick)
    timer.start()
    dialog = preview(qtbot, ten_pages)
    all_rendered(qtbot, dialog, 10)
    timer.stop()
    assert len(threads) >= 10
    assert threading.main_thread() not in threads
    assert max(gaps[1:]) < 0.5, max(gaps)  # the event loop kept turning
    assert dialog.page_label.text() == "Page 1 of 10"


def test_page_down_moves_through_the_pages_and_escape_closes(qtbot: QtBot, ten_pages: Path) -> None:
    dialog = preview(qtbot, ten_pages)
    all_rendered(qtbot, dialog, 10)
    dialog.save_button.setFocus()  # the keys work whichever button has the focus
    for _ in range(60):
        if dialog.page_label.text() == "Page 10 of 10":
            break
        QTest.keyClick(dialog.save_button, Qt.Key.Key_PageDown)
    assert dialog.page_label.text() == "Page 10 of 10"
    QTest.keyClick(dialog.save_button, Qt.Key.Key_PageUp)
    assert dialog.page_label.text() != "Page 10 of 10"
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_printing_to_a_pdf_file_paints_one_image_page_per_page(
    qtbot: QtBot, ten_pages: Path, tmp_path: Path
) -> None:
    count = 10
    dialog = preview(qtbot, ten_pages)
    qtbot.waitUntil(lambda: dialog.print_button.isEnabled(), timeout=20_000)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(printed))
    with qtbot.waitSignal(dialog.printing.finished, timeout=60_000) as done:
        dialog.printing.print_to(ten_pages, printer, chosen_pages(printer, count, 0))
        assert dialog.printing.progress is not None and dialog.printing.progress.isVisible()
    assert done.args == [True]
    pages = PdfReader(printed).pages
    assert len(pages) == count
    for page in pages:
        assert page.extract_text().strip() == ""  # pictures of the pages, not text
        assert page.images, "each printed page carries the rendered page as an image"
    width = float(pages[0].mediabox.width)
    assert width == pytest.approx(595, abs=2)  # A4, points
    assert dialog.message.text() == "Sent 10 pages to the printer."


def test_the_print_range_is_respected(qtbot: QtBot, ten_pages: Path, tmp_path: Path) -> None:
    dialog = preview(qtbot, ten_pages)
    qtbot.waitUntil(lambda: dialog.print_button.isEnabled(), timeout=20_000)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = tmp_path / "range.pdf"
    printer.setOutputFileName(str(printed))
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(3, 5)
    assert chosen_pages(printer, 10, 0) == [2, 3, 4]
    with qtbot.waitSignal(dialog.printing.finished, timeout=60_000):
        dialog.printing.print_to(ten_pages, printer, chosen_pages(printer, 10, 0))
    assert len(PdfReader(printed).pages) == 3
    printer.setPrintRange(QPrinter.PrintRange.CurrentPage)
    assert chosen_pages(printer, 10, 7) == [7]


def test_save_as_copies_the_file_and_open_uses_the_system_viewer(
    qtbot: QtBot, report: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = preview(qtbot, report)
    target = tmp_path / "copy" / "saved.pdf"
    target.parent.mkdir()
    dialog.save_as(target)
    qtbot.waitUntil(lambda: target.exists(), timeout=10_000)
    assert target.read_bytes() == report.read_bytes()
    qtbot.waitUntil(lambda: dialog.message.text() == f"Saved as {target}")
    dialog.save_as(tmp_path / "no such folder" / "x.pdf")
    qtbot.waitUntil(lambda: dialog.message.text().startswith("Could not save"))
    opened: list[QUrl] = []

    def open_url(url: QUrl) -> bool:
        opened.append(url)
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    dialog.open_button.click()
    assert opened == [QUrl.fromLocalFile(str(report))]


def test_a_file_that_is_no_pdf_says_so(qtbot: QtBot, tmp_path: Path) -> None:
    junk = tmp_path / "junk.pdf"
    junk.write_text("not a pdf")
    dialog = preview(qtbot, junk)
    qtbot.waitUntil(lambda: dialog.message.text().startswith("This PDF cannot be shown"))
    qtbot.waitUntil(lambda: "not a readable PDF" in dialog.verification.text(), timeout=20_000)
    assert not dialog.print_button.isEnabled()


def test_exporting_from_the_signatures_tab_opens_the_preview(
    qtbot: QtBot, store: Store, tmp_path: Path
) -> None:
    number = signed_work_order(store)
    work_order_id = report_export.find_work_order(store, number)
    assert work_order_id is not None
    window = WorkOrderWindow(store, work_order_id)
    qtbot.addWidget(window)
    panel = window.signatures
    target = tmp_path / "exported.pdf"
    with qtbot.waitSignal(panel.exported, timeout=30_000):
        panel.export(target)
    shown = panel.preview
    assert shown is not None and shown.isVisible() and not shown.isModal()
    assert shown.windowTitle() == f"Preview: {number}_service.pdf"
    all_rendered(qtbot, shown, len(PdfReader(target).pages))
    qtbot.waitUntil(lambda: shown.verification.text().startswith("✔"), timeout=20_000)
