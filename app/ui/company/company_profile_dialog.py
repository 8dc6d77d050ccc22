"""Settings → Company profile: names, address, contact, logo and seal of the service
company, which every report, certificate and signature names as the organisation.

Everyone sees it; only the service manager may change it (the service refuses others,
and so does the sync server), so for anyone else the form is read-only and says why.
A picked image is checked and scaled in a worker (a photo of a seal may be megabytes);
its refusal is shown under it, translated, and nothing entered is lost.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.records import ValidationError
from app.services.company.profile import (
    Profile,
    load_profile,
    may_edit,
    prepare_image,
    save_profile,
)
from app.services.store import Store
from app.ui.labels import validation_message
from app.ui.tasks import run_in_background

PREVIEW = 120  # pixels of the image previews
TEXT_FIELDS = ("name_zh", "name_en", "address_zh", "address_en", "phone", "email", "website")
CONTEXTS = ("CompanyProfile",)


class ImageField(QWidget):
    """A preview of a logo or seal with Choose… and Remove, and its error below."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data = b""
        self.preview = QLabel()
        self.preview.setFixedSize(PREVIEW, PREVIEW)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setStyleSheet("border: 1px solid palette(mid); background: white;")
        self.choose = QPushButton(self.tr("Choose image…"))
        self.remove = QPushButton(self.tr("Remove"))
        self.remove.clicked.connect(lambda: self.set_data(b""))
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e;")
        self.error.hide()
        buttons = QVBoxLayout()
        buttons.addWidget(self.choose)
        buttons.addWidget(self.remove)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.preview)
        row.addLayout(buttons)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.error)
        self.set_data(b"")

    def set_data(self, data: bytes) -> None:
        self.data = data
        pixmap = QPixmap()
        if data and pixmap.loadFromData(data):
            self.preview.setPixmap(
                pixmap.scaled(
                    PREVIEW - 8,
                    PREVIEW - 8,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        else:
            self.preview.clear()
            self.preview.setText(self.tr("No image"))
        self.remove.setEnabled(bool(data) and self.choose.isEnabled())

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))


class CompanyProfileDialog(QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("Company profile"))
        self.editable = may_edit(store)
        self.profile = load_profile(store)
        self.hint = QLabel()
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.edits: dict[str, QLineEdit] = {}
        self.errors: dict[str, QLabel] = {}
        form = QGridLayout()
        labels = {
            "name_zh": self.tr("Name (Chinese)"),
            "name_en": self.tr("Name (English)"),
            "address_zh": self.tr("Address (Chinese)"),
            "address_en": self.tr("Address (English)"),
            "phone": self.tr("Phone"),
            "email": self.tr("E-mail"),
            "website": self.tr("Website"),
        }
        for row, name in enumerate(TEXT_FIELDS):
            edit = QLineEdit(getattr(self.profile, name))
            edit.setObjectName(name)
            edit.setReadOnly(not self.editable)
            error = QLabel()
            error.setStyleSheet("color: #b3261e;")
            error.hide()
            self.edits[name], self.errors[name] = edit, error
            column = QVBoxLayout()
            column.setSpacing(2)
            column.addWidget(edit)
            column.addWidget(error)
            form.addWidget(QLabel(labels[name]), row, 0, Qt.AlignmentFlag.AlignTop)
            form.addLayout(column, row, 1)
        form.setColumnStretch(1, 1)
        self.logo, self.seal = ImageField(), ImageField()
        images = QFormLayout()
        for name, field, label, use in (
            ("logo", self.logo, self.tr("Logo"), self.tr("Printed in every report's letterhead.")),
            ("seal", self.seal, self.tr("Seal"), self.tr("Stamped on signed certificates.")),
        ):
            field.setObjectName(name)
            field.choose.setEnabled(self.editable)
            field.set_data(getattr(self.profile, name))
            field.choose.clicked.connect(lambda _=False, f=field: self._pick(f))
            box = QVBoxLayout()
            box.addWidget(field)
            note = QLabel(use)
            note.setStyleSheet("color: palette(placeholder-text);")
            box.addWidget(note)
            images.addRow(label, box)
        self.general = QLabel()
        self.general.setStyleSheet("color: #b3261e;")
        self.general.setWordWrap(True)
        self.general.hide()
        buttons = QDialogButtonBox()
        if self.editable:
            buttons.setStandardButtons(
                QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
            )
            buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
            buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
            buttons.accepted.connect(self.save)
        else:
            buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)
            buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        fields = QVBoxLayout()  # rows keep their height; the space left goes below
        fields.addLayout(form)
        fields.addStretch(1)
        pictures = QVBoxLayout()
        pictures.addLayout(images)
        pictures.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(fields, 3)
        columns.addSpacing(16)
        columns.addLayout(pictures, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addLayout(columns)
        layout.addStretch(1)
        layout.addWidget(self.general)
        layout.addWidget(buttons)
        self._show_hint()
        self.resize(980, 560)

    def _show_hint(self) -> None:
        parts = []
        if not self.profile.is_set:
            parts.append(
                self.tr(
                    "No company profile yet: reports, certificates and signatures name no "
                    "organisation until it is entered here."
                )
            )
        parts.append(
            self.tr(
                "Reports print these details in their own language; the profile reaches "
                "every laptop with the next sync."
            )
            if self.editable
            else self.tr("Only the service manager may change the company profile.")
        )
        self.hint.setText("\n".join(parts))

    def _pick(self, field: ImageField) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose image"),
            "",
            self.tr("Images (*.png *.jpg *.jpeg *.bmp *.gif);;All files (*)"),
        )
        if path:
            self.load_image(field, Path(path))

    def load_image(self, field: ImageField, path: Path) -> None:
        """Checks and scales the image in a worker; shows it, or why it was refused."""
        field.choose.setEnabled(False)

        def done(data: object) -> None:
            field.choose.setEnabled(True)
            field.show_error("")
            field.set_data(data if isinstance(data, bytes) else b"")

        def failed(exc: BaseException) -> None:
            field.choose.setEnabled(True)
            if not isinstance(exc, ValidationError):
                raise exc
            field.show_error(validation_message(exc.errors[0].message, *CONTEXTS))

        run_in_background(lambda: prepare_image(path), done, failed)

    def entered(self) -> Profile:
        values = {name: edit.text() for name, edit in self.edits.items()}
        return replace(self.profile, **values, logo=self.logo.data, seal=self.seal.data)

    def save(self) -> None:
        for label in (*self.errors.values(), self.general):
            label.hide()
        try:
            self.profile = save_profile(self.store, self.entered())
        except ValidationError as exc:
            for error in exc.errors:
                target = self.errors.get(error.field, self.general)
                if error.field in ("logo", "seal"):
                    field = self.logo if error.field == "logo" else self.seal
                    field.show_error(validation_message(error.message, *CONTEXTS))
                    continue
                target.setText(validation_message(error.message, *CONTEXTS))
                target.show()
            return
        self.accept()
