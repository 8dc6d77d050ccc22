"""A certificate an engineer holds (§8.1): its kind (radiation safety, a vendor's
course for one model, electrician's licence), number, issue and expiry. The manager
adds and corrects one, or renews it: the same qualification with the new certificate's
number and dates (the audit trail keeps the old ones)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLineEdit, QWidget

from app.domain import local_time
from app.domain.staff import QualificationKind
from app.services.staff import plan, qualifications, requirements
from app.services.staff.qualifications import QualificationDraft
from app.services.store import Store
from app.ui.staff.form_dialog import StaffFormDialog
from app.ui.widgets import OptionalDateEdit, choice_combo, combo_value, enum_combo


class QualificationDialog(StaffFormDialog):
    def __init__(
        self,
        store: Store,
        qualification_id: str | None = None,
        parent: QWidget | None = None,
        *,
        renew: bool = False,
        user_id: str | None = None,
    ) -> None:
        super().__init__("", parent)
        self.store, self.qualification_id, self.renewing = store, qualification_id, renew
        draft = (
            qualifications.load_qualification(store, qualification_id)
            if qualification_id
            else QualificationDraft(user_id or "", QualificationKind.RADIATION_SAFETY)
        )
        self.setWindowTitle(
            self.tr("Renew a certificate")
            if renew
            else self.tr("Qualification")
            if qualification_id
            else self.tr("New qualification")
        )
        self.engineer = choice_combo(plan.staff_choices(store), draft.user_id or None)
        self.kind = enum_combo(list(QualificationKind), draft.kind)
        self.title = QLineEdit(draft.title)
        self.title.setPlaceholderText(
            self.tr("e.g. Radiation safety and protection training certificate")
        )
        models = [(m.id, m.name) for m in requirements.model_choices(store)]
        self.model = choice_combo([("", self.tr("Any model")), *models], draft.model_id or "")
        self.number = QLineEdit("" if renew else draft.certificate_number)
        self.issued_on = OptionalDateEdit(local_time.today() if renew else draft.issued_on)
        self.expires_on = OptionalDateEdit(None if renew else draft.expires_on)
        self.expires_on.setToolTip(self.tr("Empty (—): the certificate does not expire."))
        self.add_field("user_id", self.tr("&Engineer"), self.engineer)
        self.add_field("kind", self.tr("&Qualification"), self.kind)
        self.add_field("title", self.tr("&Title"), self.title)
        self.add_field("model_id", self.tr("For &model"), self.model)
        self.add_field("certificate_number", self.tr("Certificate &No."), self.number)
        self.add_field("issued_on", self.tr("&Issued"), self.issued_on)
        self.add_field("expires_on", self.tr("E&xpires"), self.expires_on)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()
        if renew:
            for fixed in (self.engineer, self.kind, self.title, self.model):
                fixed.setEnabled(False)
            self.number.setFocus()
        else:
            self.enable_autosave(store, f"qualification:{qualification_id or 'new'}")
            self.engineer.setFocus()
        self.resize(500, self.sizeHint().height())

    def _kind_changed(self) -> None:
        """Only a vendor's training is for one model."""
        vendor = combo_value(self.kind) == QualificationKind.VENDOR_TRAINING
        self.model.setEnabled(vendor and not self.renewing)
        if not vendor:
            self.model.setCurrentIndex(0)

    def save_work(self) -> Callable[[], object]:
        store, chosen = self.store, self.qualification_id
        if self.renewing and chosen:
            number, issued, expires = (
                self.number.text(),
                self.issued_on.value(),
                self.expires_on.value(),
            )
            return lambda: (
                qualifications.renew_qualification(store, chosen, number, issued, expires) or chosen
            )
        draft = QualificationDraft(
            combo_value(self.engineer) or "",
            QualificationKind(combo_value(self.kind)),
            self.title.text(),
            combo_value(self.model) or None,
            self.number.text(),
            self.issued_on.value(),
            self.expires_on.value(),
        )
        return lambda: qualifications.save_qualification(store, chosen, draft)

    def after_save(self, result: object) -> None:
        self.qualification_id = str(result)
