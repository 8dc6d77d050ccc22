"""The trainees of a training work order: who was trained, each with the number of
the certificate they get (issued when first recorded, never changed).

A small table with Add / Edit / Remove; the form is a dialog with inline, translated
errors. A signed record refuses changes (the record lock): the reason is shown here.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.records import ValidationError
from app.services.store import Store
from app.services.training.trainees import (
    TraineeDraft,
    TraineeRow,
    add_trainee,
    remove_trainee,
    trainees_of,
    update_trainee,
)
from app.ui.labels import validation_message

CONTEXTS = ("Trainees", "Validation")
FIELDS = ("name", "staff_number", "role", "department", "organisation")


class TraineeDialog(QDialog):
    """One trainee's details; saving goes through the service, errors show inline."""

    def __init__(
        self,
        store: Store,
        work_order_id: str,
        row: TraineeRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store, self.work_order_id, self.row = store, work_order_id, row
        self.setWindowTitle(self.tr("Trainee"))
        draft = row.draft() if row else TraineeDraft()
        labels = {
            "name": self.tr("Name"),
            "staff_number": self.tr("Staff number"),
            "role": self.tr("Job title"),
            "department": self.tr("Department"),
            "organisation": self.tr("Hospital"),
        }
        form = QFormLayout(self)
        self.edits: dict[str, QLineEdit] = {}
        self.errors: dict[str, QLabel] = {}
        for name in FIELDS:
            edit = QLineEdit(getattr(draft, name))
            edit.setObjectName(name)
            error = QLabel()
            error.setStyleSheet("color: #b3261e;")
            error.hide()
            self.edits[name], self.errors[name] = edit, error
            form.addRow(labels[name], edit)
            form.addRow("", error)
        self.edits["organisation"].setPlaceholderText(self.tr("The work order's hospital"))
        self.attended = QCheckBox(self.tr("Attended"))
        self.attended.setChecked(draft.attended)
        self.passed = QCheckBox(self.tr("Passed the assessment"))
        self.passed.setChecked(draft.passed)
        form.addRow("", self.attended)
        form.addRow("", self.passed)
        if row:
            form.addRow(self.tr("Certificate no."), QLabel(row.certificate_number))
        self.general = QLabel()
        self.general.setStyleSheet("color: #b3261e;")
        self.general.setWordWrap(True)
        self.general.hide()
        form.addRow(self.general)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def draft(self) -> TraineeDraft:
        texts = {name: edit.text() for name, edit in self.edits.items()}
        return TraineeDraft(
            **texts, attended=self.attended.isChecked(), passed=self.passed.isChecked()
        )

    def save(self) -> None:
        for label in (*self.errors.values(), self.general):
            label.hide()
        try:
            if self.row is None:
                add_trainee(self.store, self.work_order_id, self.draft())
            else:
                update_trainee(self.store, self.row.id, self.draft())
        except ValidationError as exc:
            for error in exc.errors:
                label = self.errors.get(error.field, self.general)
                label.setText(validation_message(error.message, *CONTEXTS))
                label.show()
            return
        self.accept()


class TraineesPanel(QWidget):
    changed = Signal()

    def __init__(self, store: Store, work_order_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.work_order_id = store, work_order_id
        self.rows: list[TraineeRow] = []
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Staff number"),
                self.tr("Job title"),
                self.tr("Department"),
                self.tr("Result"),
                self.tr("Certificate no."),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setMinimumSectionSize(110)  # short names read as columns
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.doubleClicked.connect(lambda _index: self.edit())
        self.add_button = QPushButton(self.tr("Add trainee…"))
        self.add_button.clicked.connect(self.add)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.clicked.connect(self.edit)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove)
        self.note = QLabel(
            self.tr(
                "Each trainee who attended and passed gets a certificate of their own, "
                "with the number shown here."
            )
        )
        self.note.setWordWrap(True)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b3261e;")
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.refresh()

    def refresh(self) -> None:
        self.rows = trainees_of(self.store, self.work_order_id)
        self.table.setRowCount(len(self.rows))
        for index, row in enumerate(self.rows):
            result = (
                self.tr("Passed")
                if row.certified
                else self.tr("Absent")
                if not row.attended
                else self.tr("Not passed")
            )
            values = (
                row.name,
                row.staff_number,
                row.role,
                row.department,
                result,
                row.certificate_number if row.certified else "—",
            )
            for column, value in enumerate(values):
                self.table.setItem(index, column, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()

    def _current(self) -> TraineeRow | None:
        index = self.table.currentRow()
        return self.rows[index] if 0 <= index < len(self.rows) else None

    def add(self) -> None:
        self._open(None)

    def edit(self) -> None:
        row = self._current()
        if row is not None:
            self._open(row)

    def _open(self, row: TraineeRow | None) -> None:
        dialog = TraineeDialog(self.store, self.work_order_id, row, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.error.hide()
            self.refresh()
            self.changed.emit()

    def remove(self) -> None:
        row = self._current()
        if row is None:
            return
        try:
            remove_trainee(self.store, row.id)
        except ValidationError as exc:
            self.error.setText(validation_message(exc.errors[0].message, *CONTEXTS))
            self.error.show()
            return
        self.error.hide()
        self.refresh()
        self.changed.emit()
