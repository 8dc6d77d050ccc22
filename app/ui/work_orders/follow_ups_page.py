"""The follow-up calls to make (§4.5) and the dialog that records how one went."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QColor, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from app import settings_keys
from app.domain.enums import FollowUpOutcome
from app.services.records import RecordGone
from app.services.store import Store
from app.services.work_orders import follow_ups
from app.services.work_orders.follow_up_lists import DUE_FOLLOW_UPS, DueState
from app.ui.i18n import arg, chinese
from app.ui.labels import enum_label, format_date, format_datetime
from app.ui.list_page import ListPage
from app.ui.record_dialog import RecordDialog
from app.ui.widgets import combo_value, enum_combo

OVERDUE_COLOUR = QColor("#b3261e")  # the red of form errors (record_dialog.ERROR_STYLE)
_FIRST_WIDTHS = {"type": 150, "contact": 170, "due_state": 100}
_STATE_COLUMN = next(i for i, c in enumerate(DUE_FOLLOW_UPS.columns) if c.key == "due_state")


def follow_up_days(settings: QSettings) -> int:
    """Days from completion to the follow-up call, as set on this laptop (7–14)."""
    return follow_ups.days_from_setting(
        settings.value(settings_keys.FOLLOW_UP_DAYS, follow_ups.DEFAULT_DAYS)
    )


def tracking_weeks(settings: QSettings | None) -> int:
    """Weeks from completion to the second contact, as set on this laptop (2–12)."""
    if settings is None:
        return follow_ups.DEFAULT_WEEKS
    return follow_ups.weeks_from_setting(
        settings.value(settings_keys.FOLLOW_UP_TRACKING_WEEKS, follow_ups.DEFAULT_WEEKS)
    )


class OverdueDelegate(QStyledItemDelegate):
    """Paints the due date and status of an overdue call in bold red."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        state = index.model().index(index.row(), _STATE_COLUMN).data()
        if state == enum_label(DueState.OVERDUE):
            option.palette.setColor(QPalette.ColorRole.Text, OVERDUE_COLOUR)
            option.font.setBold(True)


class FollowUpsPage(QWidget):
    """The due follow-ups list with a "Record outcome…" action."""

    work_order_created = Signal(str)  # the re-check repair opened by a complaint

    def __init__(
        self, store: Store, settings: QSettings | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store, self.settings = store, settings
        due = DUE_FOLLOW_UPS if chinese() else DUE_FOLLOW_UPS.in_english()
        self.list_page = ListPage(store, due, lambda n: self.tr("%n follow-up(s)", "", n), settings)
        if (
            settings is None
            or settings.value(settings_keys.list_header(DUE_FOLLOW_UPS.name)) is None
        ):
            for column, spec in enumerate(DUE_FOLLOW_UPS.columns):
                if spec.key in _FIRST_WIDTHS:  # wider than list_page's defaults for enums
                    self.list_page.table.setColumnWidth(column, _FIRST_WIDTHS[spec.key])
        delegate = OverdueDelegate(self.list_page.table)
        for column, spec in enumerate(DUE_FOLLOW_UPS.columns):
            if spec.key in ("due_date", "due_state"):
                self.list_page.table.setItemDelegateForColumn(column, delegate)
        self.list_page.open_requested.connect(self.record_outcome)

        self.record_action = QAction(self.tr("&Record outcome…"), self)
        self.record_action.setShortcut(QKeySequence("Ctrl+R"))
        self.record_action.triggered.connect(self._record_current)
        self.addAction(self.record_action)
        record = QPushButton(self.record_action.text())
        record.setToolTip(self.tr("Record how the follow-up call went (Ctrl+R)"))
        record.clicked.connect(self.record_action.trigger)

        self.days = QSpinBox()
        self.days.setRange(follow_ups.MIN_DAYS, follow_ups.MAX_DAYS)
        self.days.setSuffix(self.tr(" days"))
        self.days.setValue(follow_up_days(settings) if settings else follow_ups.DEFAULT_DAYS)
        self.days.setToolTip(self.tr("Applies to work orders completed from now on"))
        self.days.valueChanged.connect(self._save_days)
        self.weeks = QSpinBox()
        self.weeks.setRange(follow_ups.MIN_WEEKS, follow_ups.MAX_WEEKS)
        self.weeks.setSuffix(self.tr(" weeks"))
        self.weeks.setValue(tracking_weeks(settings))
        self.weeks.setToolTip(
            self.tr("A satisfied first call schedules a second contact this long after the work")
        )
        self.weeks.valueChanged.connect(self._save_weeks)

        bar = QHBoxLayout()
        bar.setContentsMargins(6, 6, 6, 0)
        bar.addWidget(record)
        bar.addStretch(1)
        bar.addWidget(QLabel(self.tr("Call back after")))
        bar.addWidget(self.days)
        bar.addSpacing(12)
        bar.addWidget(QLabel(self.tr("Tracking period")))
        bar.addWidget(self.weeks)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.list_page, 1)
        self.setFocusProxy(self.list_page)

    def refresh(self) -> None:
        self.list_page.refresh()

    def _save_days(self, days: int) -> None:
        if self.settings is not None:
            self.settings.setValue(settings_keys.FOLLOW_UP_DAYS, days)

    def _save_weeks(self, weeks: int) -> None:
        if self.settings is not None:
            self.settings.setValue(settings_keys.FOLLOW_UP_TRACKING_WEEKS, weeks)

    def _record_current(self) -> None:
        follow_up_id = self.list_page.current_id()
        if follow_up_id is not None:
            self.record_outcome(follow_up_id)

    def record_outcome(self, follow_up_id: str) -> None:
        try:
            dialog = OutcomeDialog(self.store, follow_up_id, self, self.weeks.value())
        except RecordGone:
            self.refresh()
            return
        if not dialog.exec() or dialog.result_data is None:
            return
        self.refresh()
        new = dialog.result_data.new_work_order
        if new is not None:
            self.work_order_created.emit(new.id)
            answer = QMessageBox.question(
                self,
                self.tr("Re-check opened"),
                arg(
                    self.tr(
                        "The customer is not satisfied: repair work order %1 was opened "
                        "for the re-check."
                    ),
                    new.number,
                )
                + "\n\n"
                + self.tr("Record the customer's dissatisfaction as a complaint too?"),
            )
            if answer == QMessageBox.StandardButton.Yes:
                self.open_complaint(follow_up_id)

    def open_complaint(self, follow_up_id: str) -> str | None:
        """A complaint from a dissatisfied follow-up, prefilled from it (§7.1)."""
        from app.services.complaints import register
        from app.ui.complaints.complaint_dialog import ReceiveDialog

        draft = register.draft_from_follow_up(self.store, follow_up_id)
        dialog = ReceiveDialog(self.store, self, draft, follow_up_id)
        return dialog.complaint_id if dialog.exec() else None


class OutcomeDialog(RecordDialog):
    """Whom to call about what, and the outcome with notes; a done call is read-only."""

    def __init__(
        self,
        store: Store,
        follow_up_id: str,
        parent: QWidget | None = None,
        weeks: int = follow_ups.DEFAULT_WEEKS,
    ) -> None:
        super().__init__(self.tr("Follow-up call"), parent)
        self.store, self.follow_up_id, self.weeks = store, follow_up_id, weeks
        self.result_data: follow_ups.FollowUpResult | None = None
        d = follow_ups.load_follow_up(store, follow_up_id)
        contact = f"{d.contact_name} {d.contact_phone}".strip() or self.tr("no phone on record")
        for label, value in (
            (self.tr("Work order"), f"{d.work_order_number} · {enum_label(d.work_order_type)}"),
            (self.tr("Hospital"), d.hospital),
            (self.tr("Equipment"), d.equipment),
            (self.tr("Call"), contact),
            (self.tr("Due"), format_date(d.due_date)),
            (
                self.tr("Contact"),
                self.tr("First call") if d.contact == 1 else self.tr("End of tracking period"),
            ),
        ):
            self.form.addRow(label, _selectable(value))
        self.outcome = enum_combo(list(follow_ups.RECORDABLE))
        self.notes = QPlainTextEdit()
        if d.done_at is not None:  # recorded once: shown, not editable
            self._show_recorded(d)
        else:
            if d.notes:  # only unanswered attempts leave notes on an open follow-up
                self.form.addRow(self.tr("Unanswered calls"), _selectable(d.notes))
            self.notes.setTabChangesFocus(True)
            self.notes.setPlaceholderText(
                self.tr("What the customer said; if not satisfied, what is wrong")
            )
            self.add_field("outcome", self.tr("Outcome"), self.outcome)
            self.add_field("notes", self.tr("Notes"), self.notes)
        self.resize(560, self.sizeHint().height())

    def _show_recorded(self, d: follow_ups.FollowUpDetail) -> None:
        self.form.addRow(self.tr("Outcome"), _selectable(enum_label(d.outcome)))
        self.form.addRow(self.tr("Recorded"), _selectable(format_datetime(d.done_at)))
        self.form.addRow(self.tr("Notes"), _selectable(d.notes))
        if d.new_work_order_number:
            self.form.addRow(self.tr("Re-check"), _selectable(d.new_work_order_number))
        self.buttons.button(self.buttons.StandardButton.Save).hide()
        self.buttons.button(self.buttons.StandardButton.Cancel).setText(self.tr("Close"))

    def save(self) -> None:
        outcome = combo_value(self.outcome) or FollowUpOutcome.OPEN  # none chosen: refused
        self.result_data = follow_ups.record_outcome(
            self.store,
            self.follow_up_id,
            outcome,
            self.notes.toPlainText(),
            tracking_weeks=self.weeks,
        )


def _selectable(text: str) -> QLabel:
    label = QLabel(text or "—")
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label
