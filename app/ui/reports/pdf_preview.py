"""A report's PDF inside the app: its pages to scroll and zoom (app/ui/reports/pdf_pages.py),
its seal checked, and from there save a copy, print, or open it in the system viewer.

QtPdf's QPdfView would need the 175 MB PySide6-Addons wheel on Python 3.11, over the
bundle budget, so PDFium comes from pypdfium2 instead (app/ui/reports/pdf_render.py).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import QSize, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractSlider,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.reports.pdf_signing import Verification
from app.services.reports.report_export import DRAFT_REASON
from app.ui.i18n import arg
from app.ui.labels import format_datetime
from app.ui.reports.pdf_pages import ZOOMS, PdfPagesView
from app.ui.reports.pdf_print import PrintController
from app.ui.tasks import run_in_background

GOOD_STYLE = "color: #1b5e20; font-weight: bold;"
BAD_STYLE = "color: #b3261e; font-weight: bold;"
WARN_STYLE = "color: #8a5300; font-weight: bold;"  # intact, but the signer not trusted


DRAFT_STYLE = "color: #8a4b00; font-weight: bold;"


class PdfPreviewDialog(QDialog):
    """One PDF file: pages, "Page x of y", the seal's verdict, save / print / open."""

    verified = Signal(object)  # the Verification

    def __init__(
        self,
        path: Path,
        suggested_name: str = "",
        parent: QWidget | None = None,
        data_dir: Path | None = None,
    ):
        """`data_dir`: whose keys the seal is traced to (its company root, its own key
        and revocation list); without one no signer is trusted."""
        super().__init__(parent)
        self.path = Path(path)
        self.suggested_name = suggested_name or self.path.name
        self.setWindowTitle(arg(self.tr("Preview: %1"), self.suggested_name))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint)
        self.view = PdfPagesView(self.path)
        self.printing = PrintController(self)
        self.printing.message.connect(self.show_message)

        self.zoom_in_action = self._action(
            self.tr("Zoom in"), ["Ctrl++", "Ctrl+="], self.view.zoom_in
        )
        self.zoom_out_action = self._action(self.tr("Zoom out"), ["Ctrl+-"], self.view.zoom_out)
        self.fit_action = self._action(self.tr("Fit width"), ["Ctrl+0"], self.view.fit_to_width)
        self.zoom_label = QLabel()
        self.zoom_label.setMinimumWidth(48)
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.page_label = QLabel(self.tr("Opening…"))
        self.verification = QLabel(self.tr("Checking the signature…"))
        self.verification.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self._tool_button(self.zoom_out_action))
        top.addWidget(self.zoom_label)
        top.addWidget(self._tool_button(self.zoom_in_action))
        top.addWidget(self._tool_button(self.fit_action))
        top.addSpacing(12)
        top.addWidget(self.verification, 1)
        top.addSpacing(12)
        top.addWidget(self.page_label)
        bar = self.view.verticalScrollBar()
        for key, step in (
            (Qt.Key.Key_PageDown, QAbstractSlider.SliderAction.SliderPageStepAdd),
            (Qt.Key.Key_PageUp, QAbstractSlider.SliderAction.SliderPageStepSub),
        ):  # whichever button has the focus
            QShortcut(QKeySequence(key), self, lambda s=step: bar.triggerAction(s))
        self.view.zoom_changed.connect(self._show_zoom)
        self.view.page_changed.connect(self._show_page)
        self.view.failed.connect(self._cannot_show)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save as…"))
        self.save_button.clicked.connect(lambda: self.save_as())
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.clicked.connect(self.print_document)
        self.print_button.setEnabled(False)  # until the pages are known
        self.view.opened.connect(lambda count: self.print_button.setEnabled(count > 0))
        self.open_button = QPushButton(self.tr("Open in system viewer"))
        self.open_button.clicked.connect(self.open_externally)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        for button in (self.save_button, self.print_button, self.open_button):
            button.setAutoDefault(False)
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(buttons)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)
        self._show_zoom(self.view.zoom)
        screen = QApplication.primaryScreen().availableGeometry()
        self.resize(min(1000, int(screen.width() * 0.9)), int(screen.height() * 0.92))
        path_ = self.path
        run_in_background(lambda: _verify(path_, data_dir), self._verified, self._verify_failed)

    def _action(self, text: str, keys: list[str], slot: Callable[[], None]) -> QAction:
        action = QAction(text, self)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.triggered.connect(lambda _checked=False: slot())
        native = QKeySequence(keys[0]).toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{text} ({native})")
        self.addAction(action)
        return action

    @staticmethod
    def _tool_button(action: QAction) -> QToolButton:
        button = QToolButton()
        button.setDefaultAction(action)
        return button

    def _show_zoom(self, zoom: float) -> None:
        self.zoom_label.setText(f"{round(zoom * 100)} %")
        self.zoom_out_action.setEnabled(zoom > ZOOMS[0] + 1e-3)
        self.zoom_in_action.setEnabled(zoom < ZOOMS[-1] - 1e-3)

    def _show_page(self, current: int, count: int) -> None:
        self.page_label.setText(arg(self.tr("Page %1 of %2"), current + 1, count))

    def _cannot_show(self, why: str) -> None:
        self.page_label.clear()
        self.show_message(arg(self.tr("This PDF cannot be shown: %1"), why), error=True)

    # --- the seal -----------------------------------------------------------------------

    def _verified(self, result: Verification) -> None:
        if not shiboken6.isValid(self):
            return
        # A draft is sealed too (so a copy shows any change), but never shown as valid.
        draft = result.status in ("valid", "untrusted") and result.reason.endswith(DRAFT_REASON)
        if draft:
            text = "⚠ " + self.tr(
                "Draft, not signed: a copy to read, not a signed record (the file is unchanged)"
            )
        elif result.valid:
            text = "✔ " + self.tr("Signature valid, covers the whole file")
            if result.signed_at is not None:
                text += " · " + arg(self.tr("sealed %1"), format_datetime(result.signed_at))
        elif result.status == "untrusted":
            text = "⚠ " + arg(
                self.tr("Intact, but the signer is not trusted: %1"),
                self._trust_problem(result.trust_problem),
            )
        else:
            text = "✘ " + {
                "modified": self.tr("Changed after signing: this is not the signed report"),
                "invalid": self.tr("The signature is not valid"),
                "not_signed": self.tr("This file carries no Beamside signature"),
                "unreadable": self.tr("This file cannot be checked: it is not a readable PDF"),
            }.get(result.status, self.tr("The signature is not valid"))
        self.verification.setText(text)
        if draft:
            style = DRAFT_STYLE
        elif result.valid:
            style = GOOD_STYLE
        else:
            style = WARN_STYLE if result.status == "untrusted" else BAD_STYLE
        self.verification.setStyleSheet(style)
        details = [result.detail]
        if result.signer:
            details.append(arg(self.tr("Signer: %1"), result.signer))
        self.verification.setToolTip("\n".join(details))  # the checker's own words
        self.verified.emit(result)

    def _trust_problem(self, problem: str) -> str:
        return {
            "self-signed": self.tr("self-signed certificate"),
            "unknown root": self.tr("not certified by the company root"),
            "expired": self.tr("certificate expired"),
            "not yet valid": self.tr("certificate not valid yet"),
            "invalid certificate": self.tr("certificate not accepted"),
            "revoked": self.tr("certificate revoked"),
            "revocation unknown": self.tr("revocation list out of date"),
        }.get(problem, problem)

    def _verify_failed(self, error: BaseException) -> None:
        if shiboken6.isValid(self):
            self.verification.setText("✘ " + self.tr("The signature could not be checked"))
            self.verification.setStyleSheet(BAD_STYLE)
            self.verification.setToolTip(str(error))

    # --- save, print, open --------------------------------------------------------------

    def save_as(self, target: Path | None = None) -> None:
        """Copies the file (temp file and rename, off the GUI thread)."""
        if target is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Save PDF as"),
                str(Path.home() / self.suggested_name),
                self.tr("PDF files (*.pdf)"),
            )
            if not chosen:
                return
            target = Path(chosen)
        source, where = self.path, Path(target)

        def copy() -> None:
            from app.durable import write_atomically

            if where.resolve() != source.resolve():
                write_atomically(where, source.read_bytes())

        def done(_result: object) -> None:
            if shiboken6.isValid(self):
                self.show_message(arg(self.tr("Saved as %1"), str(where)))

        def failed(error: BaseException) -> None:
            if shiboken6.isValid(self):
                text = arg(self.tr("Could not save %1: %2"), str(where), str(error))
                self.show_message(text, error=True)

        run_in_background(copy, done, failed)

    def print_document(self) -> None:
        self.printing.ask_and_print(self.path, self.view.sizes, self.view.current_page())

    def open_externally(self) -> None:
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path))):
            self.show_message(self.tr("No program to open PDF files was found."), error=True)

    def show_message(self, text: str, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(BAD_STYLE if error else "")

    def done(self, result: int) -> None:
        self.view.stop()
        super().done(result)

    def sizeHint(self) -> QSize:
        return QSize(900, 700)


def _verify(path: Path, data_dir: Path | None) -> Verification:
    from app.reports.pdf_signing import existing_certificate, keys_dir, verify_pdf
    from app.reports.pdf_trust import TrustAnchors, installation_anchors

    if data_dir is None:
        return verify_pdf(path, anchors=TrustAnchors())
    anchors = installation_anchors(keys_dir(data_dir), existing_certificate(data_dir))
    return verify_pdf(path, anchors=anchors)
