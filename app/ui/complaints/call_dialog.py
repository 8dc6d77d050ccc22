"""The form of one hotline call: who called about which unit, the question, the answer
given (or, while unanswered, who owes it and by when), and from a saved call a repair
work order or a complaint in one step."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QDate, QDateTime, QTime, Signal
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from app.domain import local_time
from app.domain.complaints import MAX_MINUTES, CallDraft
from app.domain.records import ValidationError
from app.services.complaints import hotline
from app.services.store import Store
from app.ui.i18n import arg, chinese
from app.ui.labels import validation_message
from app.ui.record_dialog import RecordDialog
from app.ui.widgets import OptionalDateEdit, choice_combo, combo_value, select_value


def date_time_edit(moment: datetime) -> QDateTimeEdit:
    """A wall-clock (installation zone) date-time field."""
    edit = QDateTimeEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd HH:mm")
    wall = local_time.local(moment)
    edit.setDateTime(
        QDateTime(QDate(wall.year, wall.month, wall.day), QTime(wall.hour, wall.minute))
    )
    return edit


def moment_of(edit: QDateTimeEdit) -> datetime:
    local = edit.dateTime().toPython()
    assert isinstance(local, datetime)
    return local_time.from_local(local)


def text_box(text: str, lines: int, parent: QWidget) -> QPlainTextEdit:
    box = QPlainTextEdit(text)
    box.setTabChangesFocus(True)
    box.setFixedHeight(parent.fontMetrics().height() * lines + 12)
    return box


class CallDialog(RecordDialog):
    """New or saved call; `opened` says what a one-step action made ("work_order",
    id) or ("complaint", id)."""

    opened = Signal(str, str)

    def __init__(self, store: Store, call_id: str | None, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Hotline call") if call_id else self.tr("New hotline call"), parent
        )
        self.store, self.call_id = store, call_id
        view = hotline.load_call(store, call_id) if call_id else None
        draft = view.draft if view else CallDraft(called_at=local_time.now())
        people = hotline.desk_people(store)
        if not draft.engineer_login:
            draft.engineer_login = store.user_login
        self.called_at = date_time_edit(draft.called_at)
        self.hospital = choice_combo(
            hotline.hospital_choices(store, english=not chinese()),
            draft.customer_id or None,
            searchable=True,
        )
        self.unit = choice_combo([])
        self._fill_units(draft.equipment_id)
        self.hospital.currentIndexChanged.connect(lambda _i: self._fill_units(None))
        self.caller_name = QLineEdit(draft.caller_name)
        self.caller_phone = QLineEdit(draft.caller_phone)
        self.question = text_box(draft.question, 3, self)
        self.answer = text_box(draft.answer, 3, self)
        self.answer.setPlaceholderText(
            self.tr("Leave empty while the question is being researched")
        )
        self.engineer = choice_combo(people, draft.engineer_login)
        self.minutes = QSpinBox()
        self.minutes.setRange(0, MAX_MINUTES)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setValue(draft.duration_minutes)
        self.owner = choice_combo([("", self.tr("— nobody —")), *people], draft.owner_login)
        default_due = local_time.today() + timedelta(days=2)
        self.due_date = OptionalDateEdit(draft.due_date or (None if view else default_due))
        self.add_field("called_at", self.tr("Called at"), self.called_at)
        self.add_field("customer_id", self.tr("Hospital"), self.hospital)
        self.add_field("equipment_id", self.tr("Unit"), self.unit)
        self.add_field("caller_name", self.tr("Caller"), self.caller_name)
        self.add_field("caller_phone", self.tr("Phone"), self.caller_phone)
        self.add_field("question", self.tr("Question"), self.question)
        self.add_field("answer", self.tr("Answer given"), self.answer)
        self.add_field("owner_login", self.tr("Open question with"), self.owner)
        self.add_field("due_date", self.tr("Answer due"), self.due_date)
        self.add_field("engineer_login", self.tr("Taken by"), self.engineer)
        self.add_field("duration_minutes", self.tr("Duration"), self.minutes)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.body.insertWidget(self.body.count() - 1, self.status)
        self.repair_button = QPushButton(self.tr("Open &repair work order"))
        self.complaint_button = QPushButton(self.tr("Open &complaint"))
        for button in (self.repair_button, self.complaint_button):
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.repair_button.clicked.connect(self.open_repair)
        self.complaint_button.clicked.connect(self.open_complaint)
        self._show_links(view)
        if not hotline.may_record_calls(store):
            self._read_only()
        self.resize(640, self.sizeHint().height())

    def _fill_units(self, current: str | None) -> None:
        customer_id = combo_value(self.hospital)
        self.unit.clear()
        self.unit.addItem(self.tr("— no particular unit —"), None)
        if customer_id:
            for value, label in hotline.unit_choices(self.store, customer_id):
                self.unit.addItem(label, value)
        select_value(self.unit, current)
        if self.unit.currentIndex() < 0:
            self.unit.setCurrentIndex(0)

    def _show_links(self, view: hotline.CallView | None) -> None:
        lines = []
        if view is not None and view.work_order_number:
            lines.append(arg(self.tr("Repair work order %1"), view.work_order_number))
        if view is not None and view.complaint_id:
            lines.append(self.tr("A complaint was opened from this call."))
        self.status.setText("\n".join(lines))
        saved = view is not None
        self.repair_button.setVisible(saved)
        self.complaint_button.setVisible(saved)
        self.repair_button.setEnabled(saved and not (view and view.work_order_id))
        self.complaint_button.setEnabled(saved and not (view and view.complaint_id))

    def _read_only(self) -> None:
        for line in (self.caller_name, self.caller_phone):
            line.setReadOnly(True)
        for box in (self.question, self.answer):
            box.setReadOnly(True)
        widget: QWidget
        for widget in (
            self.called_at,
            self.hospital,
            self.unit,
            self.engineer,
            self.minutes,
            self.owner,
            self.due_date,
        ):
            widget.setEnabled(False)
        for button in (self.repair_button, self.complaint_button):
            button.hide()
        self.buttons.button(QDialogButtonBox.StandardButton.Save).hide()
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Close"))

    def draft(self) -> CallDraft:
        return CallDraft(
            called_at=moment_of(self.called_at),
            customer_id=combo_value(self.hospital) or "",
            caller_name=self.caller_name.text(),
            caller_phone=self.caller_phone.text(),
            equipment_id=combo_value(self.unit),
            question=self.question.toPlainText(),
            answer=self.answer.toPlainText(),
            engineer_login=combo_value(self.engineer) or "",
            duration_minutes=self.minutes.value(),
            owner_login=combo_value(self.owner) or "",
            due_date=self.due_date.value(),
        )

    def save(self) -> None:
        self.call_id = hotline.save_call(self.store, self.call_id, self.draft())

    def open_repair(self) -> None:
        """Saves what is on the form, then opens the repair in one step."""
        if not self.try_save() or self.call_id is None:
            return
        try:
            saved = hotline.open_repair(self.store, self.call_id)
        except ValidationError as exc:
            self.show_errors(exc.errors)
            return
        self._show_links(hotline.load_call(self.store, self.call_id))
        self.opened.emit("work_order", saved.id)

    def open_complaint(self) -> None:
        if not self.try_save() or self.call_id is None:
            return
        try:
            complaint_id = hotline.open_complaint(self.store, self.call_id)
        except ValidationError as exc:
            self.general_error.setText(" ".join(validation_message(e.message) for e in exc.errors))
            self.general_error.show()
            return
        self._show_links(hotline.load_call(self.store, self.call_id))
        self.opened.emit("complaint", complaint_id)
