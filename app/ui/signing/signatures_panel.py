"""The signatures of a work order: hand the laptop to the customer, see who signed,
and amend a signed record."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import ReportKind, SignatureMeaning, UserRole
from app.domain.records import ValidationError
from app.domain.signatures import strokes_from_json
from app.services.clinical import release
from app.services.clinical.release_summary import release_summary
from app.services.company.profile import load_profile
from app.services.registry.users import acting_user
from app.services.reports import conclusions
from app.services.signing import signatures as signing
from app.services.signing.customer_signed import mark_customer_signed
from app.services.signing.sign_summary import summary_text
from app.services.signing.signing_parties import signing_parties
from app.services.store import Store
from app.services.work_orders.overview import heading
from app.ui.checklists.checklist_run_widget import chinese
from app.ui.i18n import arg
from app.ui.labels import enum_label, format_datetime, validation_message
from app.ui.reports.export_error import export_error_text
from app.ui.signing.signature_pad import render_png
from app.ui.signing.signing_mode import SignerSlot, SigningModeDialog
from app.ui.tasks import run_in_background

if TYPE_CHECKING:
    from app.ui.reports.pdf_preview import PdfPreviewDialog

M = SignatureMeaning
CUSTOMER_MEANINGS = {M.ACCEPTED_BY, M.RECEIVED_BY}


def report_kind(store: Store, work_order_id: str) -> ReportKind:
    """The report this order gets (the rule: app/domain/report_kinds.py)."""
    return heading(store, work_order_id).report_kind


def signer_slots(store: Store, work_order_id: str, kind: ReportKind) -> list[SignerSlot]:
    """Who signs this kind of report (§3.2, §3.3, §4.4, §5.2), names filled in."""
    user = acting_user(store)
    parties = signing_parties(store, work_order_id, kind)
    # The company profile's name (Settings), Chinese first like the hospital's; ""
    # before a profile exists, never the software's name.
    ours = load_profile(store).name("zh_CN")
    engineer = SignerSlot(M.PERFORMED_BY, user.display_name, enum_label(user.role), ours, True)
    client = SignerSlot(
        M.RECEIVED_BY if kind is ReportKind.TRAINING else M.ACCEPTED_BY,
        parties.customer_name,
        parties.customer_role,
        parties.hospital,
    )
    if kind is ReportKind.ACCEPTANCE:
        qc = SignerSlot(M.REVIEWED_BY, parties.qc_name, enum_label(UserRole.QUALITY_CONTROL), ours)
        return [engineer, client, qc]
    return [engineer, client]


class SignaturesPanel(QWidget):
    changed = Signal()
    exported = Signal(str)  # the PDF's path
    quiet = False  # tests: do not open the preview

    def __init__(self, store: Store, work_order_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.store, self.work_order_id = store, work_order_id
        self.preview: PdfPreviewDialog | None = None  # the last one opened
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.blocked = QLabel()  # why hand-over is not possible yet, beside the button
        self.blocked.setWordWrap(True)
        self.blocked.setStyleSheet("color: #b3261e;")
        self.blocked.hide()
        self.list = QListWidget()
        self.list.setIconSize(render_png((), 200, 60).size())
        self.sign_button = QPushButton(self.tr("Hand over for signing…"))
        self.sign_button.clicked.connect(self.start_signing)
        self.amend_button = QPushButton(self.tr("Amend the signed record…"))
        self.amend_button.clicked.connect(self.amend)
        self.language = QComboBox()
        self.language.addItem("中文", "zh_CN")
        self.language.addItem("English", "en")
        self.export_button = QPushButton(self.tr("Export PDF report…"))
        self.export_button.clicked.connect(self.export)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy: building and signing take a moment
        self.progress.setMaximumWidth(160)
        self.progress.hide()
        self.release_state = QLabel()  # released by whom, or why not (repair, upgrade)
        self.release_state.setWordWrap(True)
        self.release_button = QPushButton(self.tr("Hand over for clinical release…"))
        self.release_button.clicked.connect(self.start_release)
        self.acceptance_button = QPushButton(self.tr("Record acceptance-level test…"))
        self.acceptance_button.clicked.connect(self.record_acceptance_test)
        release_row = QHBoxLayout()
        release_row.addWidget(self.release_button)
        release_row.addWidget(self.acceptance_button)
        release_row.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.sign_button)
        buttons.addWidget(self.amend_button)
        buttons.addSpacing(24)
        buttons.addWidget(self.language)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.progress)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.blocked)
        layout.addLayout(buttons)
        layout.addWidget(self.release_state)
        layout.addLayout(release_row)
        self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        # The record may have changed on another tab since: what blocks signing too.
        self.reload()
        super().showEvent(event)

    def reload(self) -> None:
        rows = signing.signatures_of(self.store, self.work_order_id)
        is_locked = signing.locked(self.store, self.work_order_id)
        self.list.clear()
        for row in rows:
            image = render_png(strokes_from_json(row.strokes), 200, 60)
            lines = [
                f"{enum_label(row.meaning)}: {row.signer_name}"
                + (f" ({row.signer_role})" if row.signer_role else ""),
                f"{row.organisation} · {format_datetime(row.signed_at)}",
                arg(self.tr("Record hash %1"), row.record_hash[:16] + "…"),
            ]
            if row.amendment_id:
                lines.append(self.tr("Amendment"))
            item = QListWidgetItem(QPixmap.fromImage(image), "\n".join(lines))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.list.addItem(item)
        if not rows:
            self.state.setText(self.tr("Not signed yet."))
        elif is_locked:
            self.state.setText(
                self.tr("Signed: the record is read-only. To correct it, amend the signed record.")
            )
        else:
            self.state.setText(self.tr("An amendment is open: correct the record, then sign it."))
        self.amend_button.setEnabled(is_locked)
        reasons = [] if is_locked else self.hand_over_refusals()
        self.sign_button.setEnabled(not is_locked and not reasons)
        self.blocked.setText(
            "\n".join(
                [self.tr("Hand-over for signing is not possible yet:")]
                + [f"• {validation_message(r, 'Signing', 'Workflow')}" for r in reasons]
            )
        )
        self.blocked.setVisible(bool(reasons))
        self._reload_release()

    def _reload_release(self) -> None:
        """The clinical release of a repair or upgrade: who released the unit, or every
        reason it cannot be released yet (app/domain/clinical_release.py)."""
        view = release.release_view(self.store, self.work_order_id)
        for widget in (self.release_state, self.release_button, self.acceptance_button):
            widget.setVisible(view.applies)
        if not view.applies:
            return
        self.acceptance_button.setVisible(bool(view.awaiting))
        row = view.release
        if row is not None:
            text = arg(
                self.tr("Released for clinical use by %1 on %2."),
                row.released_by,
                format_datetime(row.released_at),
            )
            if row.legacy:
                text += " " + self.tr("(Legacy record: the engineer's checkbox, not signed.)")
            self.release_state.setStyleSheet("color: #1b5e20;")
            self.release_state.setText(text)
            self.release_button.setEnabled(False)
            return
        zh = chinese()
        lines = [self.tr("Not released for clinical use:")]
        for refusal in view.refusals:
            reason = validation_message(refusal.reason, "Release")
            subject = refusal.subject.text(zh)
            lines.append("• " + (arg(self.tr("%1: %2"), reason, subject) if subject else reason))
        if not view.refusals:
            lines = [self.tr("Ready for the physicist's clinical release.")]
        self.release_state.setStyleSheet("" if not view.refusals else "color: #b3261e;")
        self.release_state.setText("\n".join(lines))
        self.release_button.setEnabled(not view.refusals)

    def start_release(self) -> None:
        """Signing mode for the physicist's release: the test results and warnings on
        the left, one signature on the right."""
        party = release.release_party(self.store, self.work_order_id)
        name, role, organisation = party.name, party.role, party.organisation
        slot = SignerSlot(M.RELEASED_FOR_CLINICAL_USE, name, role, organisation)
        dialog = SigningModeDialog(
            self.store,
            self.store.user_login,
            release_summary(self.store, self.work_order_id, "zh_CN"),
            release_summary(self.store, self.work_order_id, "en"),
            [slot],
            self,
            kind=ReportKind.SERVICE,
            release=True,
        )
        self.release_dialog = dialog
        dialog.exec()
        self._store_release(dialog)

    def _store_release(self, dialog: SigningModeDialog) -> None:
        for collected in dialog.signatures():
            given = signing.SignatureInput(
                report_kind=ReportKind.SERVICE,
                signer_name=collected.signer_name,
                signer_role=collected.signer_role,
                organisation=collected.organisation,
                meaning=collected.meaning,
                strokes=collected.strokes,
                signed_at=collected.signed_at,
            )
            try:
                release.release(self.store, self.work_order_id, given)
            except ValidationError as refused:
                QMessageBox.warning(
                    self,
                    self.tr("Clinical release"),
                    "\n".join(
                        validation_message(e.message, "Release", "Signing") for e in refused.errors
                    ),
                )
                continue
            self.changed.emit()
        self.reload()

    def record_acceptance_test(self) -> None:
        """A physicist records the acceptance-level test the replaced component needs."""
        from app.ui.signing.acceptance_dialog import AcceptanceTestDialog

        unit_id = release.release_party(self.store, self.work_order_id).equipment_id
        dialog = AcceptanceTestDialog(self.store, unit_id, self)
        if dialog.exec():
            self.changed.emit()
            self.reload()

    def hand_over_refusals(self) -> list[str]:
        """Finished work with a complete conclusion only (app/domain/conclusions.py)."""
        kind = report_kind(self.store, self.work_order_id)
        return conclusions.hand_over_refusals(self.store, self.work_order_id, kind)

    def start_signing(self) -> None:
        kind = report_kind(self.store, self.work_order_id)
        dialog = SigningModeDialog(
            self.store,
            self.store.user_login,
            summary_text(self.store, self.work_order_id, "zh_CN"),
            summary_text(self.store, self.work_order_id, "en"),
            signer_slots(self.store, self.work_order_id, kind),
            self,
            kind=kind,
        )
        dialog.exec()
        stored = 0
        for collected in dialog.signatures():
            given = signing.SignatureInput(
                report_kind=kind,
                signer_name=collected.signer_name,
                signer_role=collected.signer_role,
                organisation=collected.organisation,
                meaning=collected.meaning,
                strokes=collected.strokes,
                signed_at=collected.signed_at,
                engineer_login=self.store.user_login if collected.is_engineer else "",
            )
            try:
                signing.sign(self.store, self.work_order_id, given, identity_confirmed=True)
                stored += 1
            except ValidationError as refused:
                QMessageBox.warning(
                    self,
                    self.tr("Signing"),
                    "\n".join(validation_message(e.message, "Signature") for e in refused.errors),
                )
        if stored:
            self._customer_signed(dialog)
            self.changed.emit()
        self.reload()

    def _customer_signed(self, dialog: SigningModeDialog) -> None:
        """A completed job the customer has signed moves on to "signed by customer"."""
        if any(s.meaning in CUSTOMER_MEANINGS for s in dialog.signatures()):
            mark_customer_signed(self.store, self.work_order_id)

    def export(self, target: Path | None = None) -> None:
        """Builds and signs the PDF off the GUI thread, then shows it in the preview."""
        from app.services.reports.report_export import export_report, report_filename

        language = self.language.currentData()
        order = heading(self.store, self.work_order_id)
        kind = order.report_kind
        name = report_filename(order.number, kind)
        if target is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Export PDF report"),
                str(Path.home() / name),
                self.tr("PDF files (*.pdf)"),
            )
            if not chosen:
                return
            target = Path(chosen)
        self.export_button.setEnabled(False)
        self.progress.show()
        store, work_order_id, path = self.store, self.work_order_id, target

        def done(_result: object) -> None:
            if not shiboken6.isValid(self):
                return
            self._export_finished()
            self.exported.emit(str(path))
            if not self.quiet:
                self.show_preview(path, name)

        def failed(error: BaseException) -> None:
            if not shiboken6.isValid(self):
                return
            self._export_finished()
            QMessageBox.warning(self, self.tr("Export PDF report"), export_error_text(error))

        run_in_background(
            lambda: export_report(store, work_order_id, language, path, kind), done, failed
        )

    def show_preview(self, path: Path, suggested_name: str) -> PdfPreviewDialog:
        """The exported report in the app's viewer, to check it, save a copy, print it
        or open it elsewhere; non-modal, so the work order stays at hand."""
        from app.ui.reports.pdf_preview import PdfPreviewDialog

        preview = PdfPreviewDialog(path, suggested_name, self, self.store.data_dir)
        preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        preview.show()
        self.preview = preview
        return preview

    def _export_finished(self) -> None:
        self.progress.hide()
        self.export_button.setEnabled(True)

    def amend(self) -> None:
        reason, ok = QInputDialog.getText(
            self,
            self.tr("Amend the signed record"),
            self.tr("Why is the signed record corrected? (kept with the amendment)"),
        )
        if not ok:
            return
        try:
            signing.open_amendment(self.store, self.work_order_id, reason)
        except ValidationError as refused:
            QMessageBox.warning(
                self,
                self.tr("Amend the signed record"),
                "\n".join(validation_message(e.message) for e in refused.errors),
            )
            return
        self.changed.emit()
        self.reload()
