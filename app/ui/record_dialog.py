"""A form dialog that saves through a service and shows its refusals inline.

Each field gets an error line under it; a ValidationError from the service puts
every reason in place, in the user's language, and nothing is saved.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from app.domain.records import FieldError, ValidationError
from app.services.records import RecordGone
from app.services.store import Store
from app.ui.autosave import FormAutosave
from app.ui.i18n import arg
from app.ui.labels import format_datetime, validation_message

ERROR_STYLE = "color: #b3261e;"
RESTORED_STYLE = "background: #fff4ce; padding: 6px; border-radius: 3px;"
INVALID_STYLE = "border: 1px solid #b3261e;"


class RecordDialog(QDialog):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self._errors: dict[str, QLabel] = {}
        self._inputs: dict[str, QWidget] = {}
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.general_error = self._error_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.restored = QLabel()
        self.restored.setWordWrap(True)
        self.restored.setStyleSheet(RESTORED_STYLE)
        self.restored.hide()
        self.autosave: FormAutosave | None = None
        self.body = QVBoxLayout(self)
        self.body.addWidget(self.restored)
        self.body.addLayout(self.form)
        self.body.addWidget(self.general_error)
        self.body.addWidget(self.buttons)

    def _error_label(self) -> QLabel:
        label = QLabel()
        label.setStyleSheet(ERROR_STYLE)
        label.setWordWrap(True)
        label.hide()
        return label

    def add_field(self, name: str, label: str, widget: QWidget) -> QWidget:
        """Adds a labelled input with its (hidden) error line; returns the input."""
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        error = self._error_label()
        column.addWidget(error)
        holder.setSizePolicy(widget.sizePolicy())  # a fixed-height input keeps its row tight
        self.form.addRow(label, holder)
        self._errors[name] = error
        self._inputs[name] = widget
        return widget

    def enable_autosave(self, store: Store, key: str) -> None:
        """Keeps what is typed as a draft; reopening the form after a crash restores it."""
        self.autosave = FormAutosave(store, key, self._inputs, self)
        if self.autosave.start() and self.autosave.restored_from is not None:
            self.restored.setText(
                arg(
                    self.tr(
                        "Restored what you typed before Beamside closed (%1). Save to keep it."
                    ),
                    format_datetime(self.autosave.restored_from),
                )
            )
            self.restored.show()

    def rekey_autosave(self, key: str) -> None:
        """The record got its id (first save): the draft now belongs to that record."""
        if self.autosave is not None:
            self.autosave.discard()
            self.autosave.key = key

    def reject(self) -> None:
        if self.autosave is not None:
            self.autosave.discard()  # the user chose to throw the input away
        super().reject()

    def error_text(self, name: str) -> str:
        """The error shown under field `name` ('' for the form-wide one); '' when none."""
        label = self._errors.get(name, self.general_error) if name else self.general_error
        return label.text() if not label.isHidden() else ""

    def show_errors(self, errors: list[FieldError]) -> None:
        self.clear_errors()
        first: QWidget | None = None
        for error in errors:
            label = self._errors.get(error.field, self.general_error)
            text = validation_message(error.message)
            label.setText(f"⚠ {text}" if not label.text() else f"{label.text()}\n⚠ {text}")
            label.show()
            widget = self._inputs.get(error.field)
            if widget is not None:
                widget.setStyleSheet(INVALID_STYLE)
                first = first or widget
        if first is not None:
            first.setFocus()

    def clear_errors(self) -> None:
        for label in [*self._errors.values(), self.general_error]:
            label.clear()
            label.hide()
        for widget in self._inputs.values():
            widget.setStyleSheet("")

    def save(self) -> None:
        """Builds the draft and calls the service; raises ValidationError to refuse."""
        raise NotImplementedError

    def try_save(self) -> bool:
        try:
            self.save()
        except ValidationError as exc:
            self.show_errors(exc.errors)
            return False
        except RecordGone:
            QMessageBox.warning(
                self,
                self.windowTitle(),
                self.tr("This record was deleted meanwhile; your changes were not saved."),
            )
            return False
        self.clear_errors()
        return True

    def accept(self) -> None:
        if self.try_save():
            if self.autosave is not None:
                self.autosave.discard()
            super().accept()
