"""Moving a planned visit by keyboard: the new day, start time, engineer and why."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QTimeEdit,
    QWidget,
)

from app.domain.records import ValidationError
from app.services.service_plan import planning
from app.services.service_plan.views import VisitRow
from app.services.store import Store
from app.ui.labels import validation_message


class RescheduleDialog(QDialog):
    def __init__(
        self,
        store: Store,
        visit: VisitRow,
        engineers: list[tuple[str, str]],
        day: date | None = None,
        engineer_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store, self.visit = store, visit
        self.setWindowTitle(self.tr("Reschedule visit"))
        form = QFormLayout(self)
        form.addRow(QLabel(f"{visit.hospital} · {visit.unit} {visit.serial}"))
        when = day or visit.planned_on
        self.day = QDateEdit(QDate(when.year, when.month, when.day))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.time = QTimeEdit(QTime(visit.start_minute // 60, visit.start_minute % 60))
        self.time.setDisplayFormat("HH:mm")
        self.engineer = QComboBox()
        for user_id, name in engineers:
            self.engineer.addItem(name, user_id)
        self.engineer.setCurrentIndex(
            max(0, self.engineer.findData(engineer_id or visit.engineer_id))
        )
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("e.g. the hospital asked to move it"))
        self.error = QLabel()
        self.error.setStyleSheet("color: #B3261E")
        form.addRow(self.tr("Date"), self.day)
        form.addRow(self.tr("Starts"), self.time)
        form.addRow(self.tr("Engineer"), self.engineer)
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.reason.setFocus()

    def save(self) -> None:
        start = self.time.time()
        try:
            planning.reschedule(
                self.store,
                self.visit.id,
                self.day.date().toPython(),  # type: ignore[arg-type]
                self.reason.text(),
                start_minute=start.hour() * 60 + start.minute(),
                engineer_id=self.engineer.currentData(),
            )
        except ValidationError as exc:
            self.error.setText(
                "\n".join(validation_message(e.message, "ServicePlan") for e in exc.errors)
            )
            return
        self.accept()
