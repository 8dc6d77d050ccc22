"""The training session of a training work order: its details (SessionBox), who
attended, each one's exam (score against the pass mark, re-exams as new attempts) and
the number of the certificate they get (issued when first recorded, never changed).

A table with Add / Edit / Remove / Record exam / Certificate PDF; the forms are dialogs
with inline, translated errors. A certificate is refused, with the reason, to anyone
who has not passed. A signed record refuses changes (the record lock): shown here.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.records import ValidationError
from app.domain.refusals import Refused
from app.domain.training_exams import MAX_SCORE
from app.services.store import Store
from app.services.training import certificates, sessions
from app.services.training.trainees import (
    TraineeDraft,
    TraineeRow,
    add_trainee,
    remove_trainee,
    trainees_of,
    update_trainee,
)
from app.ui.i18n import arg
from app.ui.labels import refusal_text, validation_message
from app.ui.reports.export_error import export_error_text
from app.ui.tasks import run_in_background
from app.ui.training.session_box import SessionBox

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
        form.addRow("", self.attended)
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
        return TraineeDraft(**texts, attended=self.attended.isChecked())

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


class ExamDialog(QDialog):
    """One exam attempt's score; the attempt number and pass mark are shown."""

    def __init__(self, store: Store, row: TraineeRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.row = store, row
        self.setWindowTitle(self.tr("Exam"))
        form = QFormLayout(self)
        form.addRow(self.tr("Trainee"), QLabel(row.name))
        attempt = row.attempts + 1
        kind = self.tr("first exam") if attempt == 1 else self.tr("re-exam")
        form.addRow(self.tr("Attempt"), QLabel(arg(self.tr("%1 (%2)"), attempt, kind)))
        self.score = QSpinBox()
        self.score.setRange(0, MAX_SCORE)
        self.score.setObjectName("score")
        form.addRow(self.tr("Score"), self.score)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b3261e;")
        self.error.setWordWrap(True)
        self.error.hide()
        form.addRow(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def save(self) -> None:
        try:
            sessions.record_exam(self.store, self.row.id, self.score.value())
        except (Refused, ValidationError) as exc:
            self.error.setText(_reason(exc))
            self.error.show()
            return
        self.accept()


def _reason(exc: Refused | ValidationError) -> str:
    if isinstance(exc, Refused):
        return refusal_text(exc)
    return validation_message(exc.errors[0].message, *CONTEXTS)


class TraineesPanel(QWidget):
    changed = Signal()

    def __init__(self, store: Store, work_order_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.work_order_id = store, work_order_id
        self.rows: list[TraineeRow] = []
        self.session = SessionBox(store, work_order_id)
        self.table = QTableWidget(0, 7)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Staff number"),
                self.tr("Job title"),
                self.tr("Department"),
                self.tr("Exam"),
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
        self.exam_button = QPushButton(self.tr("Record e&xam…"))
        self.exam_button.clicked.connect(self.record_exam)
        self.certificate_button = QPushButton(self.tr("Certificate &PDF…"))
        self.certificate_button.clicked.connect(self.export_certificate)
        self.note = QLabel(
            self.tr(
                "Each trainee who attended and passed the exam gets a certificate of their "
                "own, with the number shown here; those below the pass mark may re-sit it."
            )
        )
        self.note.setWordWrap(True)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b3261e;")
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QHBoxLayout()
        for button in (
            self.add_button,
            self.edit_button,
            self.remove_button,
            self.exam_button,
            self.certificate_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.exam_button.setEnabled(sessions.may_train(store))
        layout = QVBoxLayout(self)
        layout.addWidget(self.session)
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
                else self.tr("Not examined")
                if not row.attempts
                else self.tr("Failed")
            )
            exam = (
                arg(self.tr("%1 / %2 (attempt %3)"), row.last_score, row.pass_mark, row.attempts)
                if row.attempts
                else "—"
            )
            values = (
                row.name,
                row.staff_number,
                row.role,
                row.department,
                exam,
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

    def record_exam(self) -> None:
        row = self._current()
        if row is None:
            return
        if ExamDialog(self.store, row, self).exec() == QDialog.DialogCode.Accepted:
            self.error.hide()
            self.refresh()
            self.changed.emit()

    def export_certificate(self) -> None:
        """Asks where, then builds and seals the one trainee's PDF in a worker; a
        trainee who has not passed is refused before anything is built."""
        row = self._current()
        if row is None:
            return
        refused = sessions.certificate_refusal(self.store, row.id)
        if refused is not None:
            self._show_error(refusal_text(refused))
            return
        language = "zh_CN" if self.locale().name().startswith("zh") else "en"
        name = certificates.certificate_filename(self.store, row.id, language)
        target, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save certificate"), str(Path.home() / name), "PDF (*.pdf)"
        )
        if target:
            self.start_export(row.id, language, Path(target))

    def start_export(self, trainee_id: str, language: str, target: Path) -> None:
        self.certificate_button.setEnabled(False)

        def done(_result: object) -> None:
            self.certificate_button.setEnabled(True)
            self.error.setStyleSheet("color: #1e6b32;")
            self.error.setText(arg(self.tr("Certificate saved: %1"), str(target)))
            self.error.show()

        def failed(exc: BaseException) -> None:
            self.certificate_button.setEnabled(True)
            if isinstance(exc, Refused):
                self._show_error(refusal_text(exc))
            else:
                self._show_error(export_error_text(exc))

        run_in_background(
            lambda: certificates.export_certificate(self.store, trainee_id, language, target),
            done,
            failed,
        )

    def _show_error(self, text: str) -> None:
        self.error.setStyleSheet("color: #b3261e;")
        self.error.setText(text)
        self.error.show()
