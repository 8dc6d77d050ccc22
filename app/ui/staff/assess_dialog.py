"""The manager's assessment of one engineer for a period (§8.3): the supervisor's
rating and the result; the work figures and the customer rating are computed when saved."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from app.domain import local_time
from app.domain.refusals import Refused
from app.domain.staff import RATING_MAX, AssessmentAction, AssessmentResult
from app.services.staff import assessments, plan
from app.services.store import Store
from app.ui.labels import refusal_text
from app.ui.widgets import combo_value, enum_combo


class AssessDialog(QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Assess an engineer"))
        self.store = store
        self.engineer = QComboBox()
        for user_id, name in plan.staff_choices(store):
            self.engineer.addItem(name, user_id)
        self.period = QLineEdit(assessments.current_period(local_time.today()))
        self.period.setToolTip(self.tr("e.g. 2026-H2, 2026-Q3 or 2026"))
        self.rating = QSpinBox()
        self.rating.setRange(1, RATING_MAX)
        self.rating.setValue(3)
        self.result_choice = enum_combo(list(AssessmentResult), AssessmentResult.PASS)
        self.action = enum_combo(list(AssessmentAction), AssessmentAction.NONE)
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.error = QLabel()
        self.error.setStyleSheet("color: #9b1218;")
        self.error.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("Engineer"), self.engineer)
        form.addRow(self.tr("Period"), self.period)
        form.addRow(self.tr("Supervisor's rating"), self.rating)
        form.addRow(self.tr("Result"), self.result_choice)
        form.addRow(self.tr("Follow-up action"), self.action)
        form.addRow(self.tr("Note"), self.note)
        form.addRow(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def save(self) -> None:
        try:
            assessments.record_assessment(
                self.store,
                self.engineer.currentData(),
                self.period.text().strip(),
                self.rating.value(),
                combo_value(self.result_choice),
                combo_value(self.action),
                self.note.toPlainText(),
            )
        except Refused as refused:
            self.error.setText(refusal_text(refused))
            return
        except ValueError:
            self.error.setText(self.tr("A period is written like 2026-H2, 2026-Q3 or 2026."))
            return
        self.accept()
