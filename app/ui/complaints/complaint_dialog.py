"""A complaint's dialogs: receiving one (time, complainant, hospital, unit, matter), and
its detail — the assessment with owner, deadline and the ISO 13485 §8.2.2 questions,
the record of handling with what the customer was told, linked work orders, and
closing or reopening. What the acting user may not do is shown disabled."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain import local_time
from app.domain.complaints import (
    Assessment,
    Closing,
    ComplaintCategory,
    ComplaintDraft,
    ComplaintSeverity,
    ComplaintSource,
    ComplaintState,
    CustomerSatisfaction,
    ReportedBack,
    may_assign,
    may_handle,
    may_reopen,
    may_step,
)
from app.domain.enums import AdverseEventAnswer
from app.domain.records import FieldError, ValidationError
from app.services.complaints import hotline, register
from app.services.registry.users import acting_user
from app.services.store import Store
from app.ui.complaints.call_dialog import date_time_edit, moment_of, text_box
from app.ui.i18n import arg, chinese
from app.ui.labels import enum_label, format_date, format_datetime, validation_message
from app.ui.record_dialog import RecordDialog
from app.ui.widgets import OptionalDateEdit, choice_combo, combo_value, enum_combo, select_value


class ReceiveDialog(RecordDialog):
    """Records a complaint as received; `draft` prefills it (from a follow-up)."""

    def __init__(
        self,
        store: Store,
        parent: QWidget | None = None,
        draft: ComplaintDraft | None = None,
        follow_up_id: str | None = None,
    ) -> None:
        super().__init__(self.tr("New complaint"), parent)
        self.store, self.follow_up_id = store, follow_up_id
        self.complaint_id: str | None = None
        draft = draft or ComplaintDraft(received_at=local_time.now())
        self.received_at = date_time_edit(draft.received_at)
        self.source = enum_combo(list(ComplaintSource), draft.source)
        self.source.setEnabled(follow_up_id is None)
        self.complainant = QLineEdit(draft.complainant)
        self.complainant.setPlaceholderText(self.tr("Name and role of who complains"))
        self.hospital = choice_combo(
            hotline.hospital_choices(store, english=not chinese()),
            draft.customer_id or None,
            searchable=True,
        )
        self.unit = choice_combo([])
        self._fill_units(draft.equipment_id)
        self.hospital.currentIndexChanged.connect(lambda _i: self._fill_units(None))
        self.matter = text_box(draft.matter, 5, self)
        self.add_field("received_at", self.tr("Received at"), self.received_at)
        self.add_field("source", self.tr("Received by"), self.source)
        self.add_field("complainant", self.tr("Complainant"), self.complainant)
        self.add_field("customer_id", self.tr("Hospital"), self.hospital)
        self.add_field("equipment_id", self.tr("Unit"), self.unit)
        self.add_field("matter", self.tr("What the complaint is about"), self.matter)
        self.resize(620, self.sizeHint().height())

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

    def save(self) -> None:
        draft = ComplaintDraft(
            received_at=moment_of(self.received_at),
            source=combo_value(self.source),
            complainant=self.complainant.text(),
            customer_id=combo_value(self.hospital) or "",
            equipment_id=combo_value(self.unit),
            matter=self.matter.toPlainText(),
        )
        self.complaint_id = register.receive(self.store, draft, follow_up_id=self.follow_up_id)


class ComplaintDialog(QDialog):
    """The complaint from receipt to close; `changed` once something was saved."""

    def __init__(self, store: Store, complaint_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.complaint_id = store, complaint_id
        self.changed = False
        self.people = hotline.desk_people(store)
        self.names = dict(self.people)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._assessment_tab(), self.tr("&Assessment"))
        self.tabs.addTab(self._handling_tab(), self.tr("&Handling"))
        self.tabs.addTab(self._closing_tab(), self.tr("C&losing"))
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.show_complaint()
        self.resize(1000, 680)

    # --- building ------------------------------------------------------------------------

    def _assessment_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.category = enum_combo(list(ComplaintCategory)[1:])
        self.severity = enum_combo(list(ComplaintSeverity)[1:])
        self.owner = choice_combo(self.people)
        self.deadline = OptionalDateEdit(None)
        self.about_device = QCheckBox(
            self.tr("The complaint is about the device (ISO 13485 §8.2.2)")
        )
        self.adverse_event = enum_combo(list(AdverseEventAnswer))
        self.reported_to = QLineEdit()
        self.reported_to.setPlaceholderText(self.tr("Authority or manufacturer reported to"))
        self.reported_on = OptionalDateEdit(None)
        self.assess_note = QLineEdit()
        self.assess_button = QPushButton(self.tr("Save &assessment"))
        self.assess_button.clicked.connect(self.save_assessment)
        form.addRow(self.tr("Nature"), self.category)
        form.addRow(self.tr("Severity"), self.severity)
        form.addRow(self.tr("Owner"), self.owner)
        form.addRow(self.tr("Deadline"), self.deadline)
        form.addRow("", self.about_device)
        form.addRow(self.tr("Possibly a reportable adverse event?"), self.adverse_event)
        form.addRow(self.tr("Reported to"), self.reported_to)
        form.addRow(self.tr("Reported on"), self.reported_on)
        form.addRow(self.tr("Note"), self.assess_note)
        form.addRow("", self.assess_button)
        return page

    def _handling_tab(self) -> QWidget:
        page = QWidget()
        self.entries = QTableWidget(0, 5)
        self.entries.setHorizontalHeaderLabels(
            [
                self.tr("When"),
                self.tr("By"),
                self.tr("Step"),
                self.tr("Customer told"),
                self.tr("What"),
            ]
        )
        self.entries.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.entries.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.entries.verticalHeader().hide()
        self.entries.horizontalHeader().setStretchLastSection(True)
        self.entries.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        for column, width in ((1, 90), (2, 100), (3, 150)):
            self.entries.setColumnWidth(column, width)
        self.progress = text_box("", 2, self)
        self.progress.setPlaceholderText(self.tr("What was found or done"))
        self.told = enum_combo(list(ReportedBack), ReportedBack.PHONE)
        self.progress_button = QPushButton(self.tr("Add &entry"))
        self.progress_button.clicked.connect(self.add_progress)
        entry_row = QHBoxLayout()
        entry_row.addWidget(self.progress, 1)
        entry_row.addWidget(self.told)
        entry_row.addWidget(self.progress_button)
        self.orders = QListWidget()
        self.orders.setFixedHeight(self.fontMetrics().height() * 4)
        self.order_choice = choice_combo([], searchable=True)
        self.link_button = QPushButton(self.tr("&Link work order"))
        self.link_button.clicked.connect(self.link_order)
        link_row = QHBoxLayout()
        link_row.addWidget(self.order_choice, 1)
        link_row.addWidget(self.link_button)
        layout = QVBoxLayout(page)
        layout.addWidget(QLabel(self.tr("Record of handling")))
        layout.addWidget(self.entries, 1)
        layout.addLayout(entry_row)
        layout.addWidget(QLabel(self.tr("Linked work orders")))
        layout.addWidget(self.orders)
        layout.addLayout(link_row)
        return page

    def _closing_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.root_cause = text_box("", 3, self)
        self.corrective_action = text_box("", 3, self)
        self.satisfaction = enum_combo(list(CustomerSatisfaction))
        self.feedback = text_box("", 2, self)
        self.feedback.setPlaceholderText(self.tr("What the customer said"))
        self.close_told = enum_combo(list(ReportedBack)[1:], ReportedBack.PHONE)
        self.cause_button = QPushButton(self.tr("Save &cause"))
        self.cause_button.clicked.connect(self.save_cause)
        self.close_button = QPushButton(self.tr("Close the &complaint"))
        self.close_button.clicked.connect(self.close_complaint)
        self.reopen_why = QLineEdit()
        self.reopen_why.setPlaceholderText(self.tr("What the customer is still not satisfied with"))
        self.reopen_button = QPushButton(self.tr("&Reopen"))
        self.reopen_button.clicked.connect(self.reopen)
        row = QHBoxLayout()
        for widget in (self.cause_button, self.close_button):
            row.addWidget(widget)
        row.addStretch(1)
        reopen_row = QHBoxLayout()
        reopen_row.addWidget(self.reopen_why, 1)
        reopen_row.addWidget(self.reopen_button)
        form.addRow(self.tr("Root cause"), self.root_cause)
        form.addRow(self.tr("Corrective action"), self.corrective_action)
        form.addRow(self.tr("Customer satisfaction"), self.satisfaction)
        form.addRow(self.tr("Customer feedback"), self.feedback)
        form.addRow(self.tr("Customer told by"), self.close_told)
        form.addRow("", row)
        form.addRow(self.tr("Reopen because"), reopen_row)
        return page

    # --- showing -------------------------------------------------------------------------

    def show_complaint(self) -> None:
        view = self.view = register.load_complaint(
            self.store, self.complaint_id, english=not chinese()
        )
        user = acting_user(self.store)
        a = view.assessment
        self.setWindowTitle(arg(self.tr("Complaint — %1"), view.hospital))
        owner = self.names.get(a.owner_login, a.owner_login) or self.tr("not assigned")
        overdue = ""
        if a.deadline and view.state.is_open and a.deadline < local_time.today():
            overdue = " <b style='color:#b3261e'>" + self.tr("overdue") + "</b>"
        self.summary.setText(
            "<b>{state}</b>{overdue} · {received} · {source} · {who}<br>{hospital}{unit}<br>"
            "{owner_label}: {owner} · {deadline_label}: {deadline}<br><i>{matter}</i>".format(
                state=enum_label(view.state),
                overdue=overdue,
                received=format_datetime(view.draft.received_at),
                source=enum_label(view.draft.source),
                who=_html(view.draft.complainant),
                hospital=_html(view.hospital),
                unit=f" · {_html(view.unit)}" if view.unit else "",
                owner_label=self.tr("Owner"),
                owner=_html(owner),
                deadline_label=self.tr("Deadline"),
                deadline=format_date(a.deadline) or "—",
                matter=_html(view.draft.matter),
            )
        )
        if a.category is not ComplaintCategory.NOT_ASSESSED:
            select_value(self.category, a.category)
            select_value(self.severity, a.severity)
        select_value(self.owner, a.owner_login or None)
        self.deadline.set_value(a.deadline)
        self.about_device.setChecked(a.about_device)
        select_value(self.adverse_event, a.adverse_event)
        self.reported_to.setText(a.adverse_event_reported_to)
        self.reported_on.set_value(a.adverse_event_reported_on)
        self._show_entries()
        self.orders.clear()
        for _id, number in view.work_orders:
            self.orders.addItem(number)
        self.order_choice.clear()
        linked = {i for i, _n in view.work_orders}
        for value, label in register.work_order_choices(self.store, view.draft.customer_id):
            if value not in linked:
                self.order_choice.addItem(label, value)
        c = view.closing
        self.root_cause.setPlainText(c.root_cause)
        self.corrective_action.setPlainText(c.corrective_action)
        select_value(self.satisfaction, c.satisfaction)
        self.feedback.setPlainText(
            c.customer_feedback if view.state is ComplaintState.CLOSED else ""
        )
        handles = may_handle(user.role, user.login, a.owner_login)
        widget: QWidget
        assign = may_assign(user.role) and may_step("assess", view.state)
        for widget in (
            self.category,
            self.severity,
            self.owner,
            self.deadline,
            self.about_device,
            self.adverse_event,
            self.reported_to,
            self.reported_on,
            self.assess_note,
            self.assess_button,
        ):
            widget.setEnabled(assign)
        can_progress = handles and may_step("progress", view.state)
        for widget in (self.progress, self.told, self.progress_button):
            widget.setEnabled(can_progress)
        for widget in (self.order_choice, self.link_button):
            widget.setEnabled(handles)
        can_close = handles and may_step("close", view.state)
        for widget in (
            self.root_cause,
            self.corrective_action,
            self.satisfaction,
            self.feedback,
            self.close_told,
            self.cause_button,
            self.close_button,
        ):
            widget.setEnabled(can_close)
        can_reopen = may_step("reopen", view.state) and may_reopen(
            user.role, user.login, a.owner_login
        )
        self.reopen_why.setEnabled(can_reopen)
        self.reopen_button.setEnabled(can_reopen)

    def _show_entries(self) -> None:
        entries = self.view.entries
        self.entries.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            values = (
                format_datetime(entry.at),
                self.names.get(entry.by_login, entry.by_login),
                enum_label(entry.state) if entry.state else self.tr("Progress"),
                enum_label(entry.reported_back),
                entry.text,
            )
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.entries.setItem(row, column, item)

    # --- acting --------------------------------------------------------------------------

    def _do(self, action: object) -> bool:
        self.error.clear()
        try:
            assert callable(action)
            action()
        except ValidationError as exc:
            self._show_errors(exc.errors)
            return False
        self.changed = True
        self.show_complaint()
        return True

    def _show_errors(self, errors: list[FieldError]) -> None:
        self.error.setText("\n".join(dict.fromkeys(validation_message(e.message) for e in errors)))

    def assessment(self) -> Assessment:
        return Assessment(
            category=combo_value(self.category) or ComplaintCategory.NOT_ASSESSED,
            severity=combo_value(self.severity) or ComplaintSeverity.NOT_ASSESSED,
            owner_login=combo_value(self.owner) or "",
            deadline=self.deadline.value(),
            about_device=self.about_device.isChecked(),
            adverse_event=combo_value(self.adverse_event) or AdverseEventAnswer.NOT_ANSWERED,
            adverse_event_reported_to=self.reported_to.text(),
            adverse_event_reported_on=self.reported_on.value(),
        )

    def save_assessment(self) -> bool:
        note = self.assess_note.text()
        done = self._do(
            lambda: register.assess(
                self.store, self.complaint_id, self.assessment(), note, ReportedBack.NOT_REPORTED
            )
        )
        if done:
            self.assess_note.clear()
        return done

    def add_progress(self) -> bool:
        text, told = self.progress.toPlainText(), combo_value(self.told)
        done = self._do(lambda: register.add_progress(self.store, self.complaint_id, text, told))
        if done:
            self.progress.clear()
        return done

    def link_order(self) -> bool:
        order_id = combo_value(self.order_choice)
        if not order_id:
            return False
        return self._do(lambda: register.link_work_order(self.store, self.complaint_id, order_id))

    def save_cause(self) -> bool:
        cause, action = self.root_cause.toPlainText(), self.corrective_action.toPlainText()
        return self._do(lambda: register.record_cause(self.store, self.complaint_id, cause, action))

    def close_complaint(self) -> bool:
        closing = Closing(
            self.root_cause.toPlainText(),
            self.corrective_action.toPlainText(),
            combo_value(self.satisfaction),
            self.feedback.toPlainText(),
        )
        told = combo_value(self.close_told)
        return self._do(lambda: register.close(self.store, self.complaint_id, closing, told))

    def reopen(self) -> bool:
        why = self.reopen_why.text()
        done = self._do(lambda: register.reopen(self.store, self.complaint_id, why))
        if done:
            self.reopen_why.clear()
        return done


def _html(text: str) -> str:
    import html

    return html.escape(text)
