"""A repair's customer downtime on its work order window (issue 14 §KPIs).

The engineer marks the repair customer-caused (the hospital's power cut, its cooling
water, misuse) with what happened, or leaves it a failure; and when the work stops for
the hospital (unit not released to us, approval pending, access refused) presses
"Waiting for the customer…", then "Customer ready" when it can go on. Periods can be
corrected afterwards. The contract decides whether uptime counts them
(app/domain/uptime.py).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain import local_time
from app.domain.i18n import QT_TRANSLATE_NOOP
from app.domain.records import ValidationError
from app.domain.uptime import DowntimeCause
from app.services.store import Store
from app.services.work_orders import downtime
from app.ui.complaints.call_dialog import date_time_edit, moment_of
from app.ui.history_dialog import HistoryDialog
from app.ui.i18n import arg
from app.ui.labels import format_datetime, validation_message
from app.ui.record_dialog import ERROR_STYLE, RecordDialog

CONTEXT = "DowntimePanel"
WAIT_REASONS = (
    QT_TRANSLATE_NOOP("DowntimePanel", "Unit not released to us (patients being treated)"),
    QT_TRANSLATE_NOOP("DowntimePanel", "Hospital's approval pending"),
    QT_TRANSLATE_NOOP("DowntimePanel", "Access to the treatment room refused"),
    QT_TRANSLATE_NOOP("DowntimePanel", "Hospital's physicist not available"),
)
CAUSE_REASONS = (
    QT_TRANSLATE_NOOP("DowntimePanel", "Hospital power cut"),
    QT_TRANSLATE_NOOP("DowntimePanel", "Hospital's cooling water failed"),
    QT_TRANSLATE_NOOP("DowntimePanel", "Misuse by the operator"),
)


def reason_combo(presets: tuple[str, ...], text: str = "") -> QComboBox:
    """An editable list of the usual reasons, in the user's language; anything may be typed."""
    combo = QComboBox()
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.addItems([QCoreApplication.translate(CONTEXT, p) for p in presets])
    combo.setCurrentText(text)
    return combo


def hours_text(hours: float | None) -> str:
    return "—" if hours is None else f"{hours:.1f}"


class WaitDialog(RecordDialog):
    """A waiting period: when it started, when the customer was ready (or still
    waiting), and why. Saves through `save_wait` (start, end, reason)."""

    def __init__(
        self,
        title: str,
        save_wait: Callable[[datetime, datetime | None, str], None],
        wait: downtime.Wait | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(title, parent)
        self.save_wait = save_wait
        now = local_time.now()
        self.started = self.add_field(
            "started_at", self.tr("Waiting since"), date_time_edit(wait.started_at if wait else now)
        )
        self.still = QCheckBox(self.tr("Still waiting"))
        self.still.setChecked(wait is None or wait.ended_at is None)
        self.form.addRow("", self.still)
        ended = wait.ended_at if wait and wait.ended_at else now
        self.ended = self.add_field("ended_at", self.tr("Customer ready at"), date_time_edit(ended))
        self.still.toggled.connect(lambda on: self.ended.setEnabled(not on))
        self.ended.setEnabled(not self.still.isChecked())
        self.reason = self.add_field(
            "reason",
            self.tr("Waiting for"),
            reason_combo(WAIT_REASONS, wait.reason if wait else ""),
        )
        assert isinstance(self.reason, QComboBox)
        self.resize(480, self.sizeHint().height())

    def save(self) -> None:
        assert isinstance(self.reason, QComboBox)
        end = None if self.still.isChecked() else moment_of(self.ended)  # type: ignore[arg-type]
        self.save_wait(moment_of(self.started), end, self.reason.currentText())  # type: ignore[arg-type]


class CustomerDowntimePanel(QWidget):
    """The cause and the waiting periods of one repair."""

    changed = Signal()

    def __init__(self, store: Store, work_order_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.work_order_id = store, work_order_id
        self.shown: downtime.Downtime | None = None

        cause_box = QGroupBox(self.tr("Downtime cause"))
        self.failure = QRadioButton(self.tr("A failure of the unit (counts against uptime)"))
        self.failure.setObjectName("cause_failure")
        self.customer = QRadioButton(self.tr("Caused by the customer"))
        self.customer.setObjectName("cause_customer")
        self.cause_reason = reason_combo(CAUSE_REASONS)
        self.cause_reason.setObjectName("cause_reason")
        line = self.cause_reason.lineEdit()
        assert line is not None  # an editable combo has one
        line.setPlaceholderText(self.tr("What the customer did"))
        self.save_cause_button = QPushButton(self.tr("Save cause"))
        self.save_cause_button.setObjectName("save_cause")
        self.save_cause_button.clicked.connect(self.save_cause)
        self.customer.toggled.connect(self._cause_chosen)
        self.failure.clicked.connect(lambda: self.save_cause())
        self.cause_error = QLabel()
        self.cause_error.setStyleSheet(ERROR_STYLE)
        self.cause_error.setWordWrap(True)
        self.cause_error.hide()
        reason_row = QHBoxLayout()
        reason_row.addSpacing(24)
        reason_row.addWidget(self.cause_reason, 1)
        reason_row.addWidget(self.save_cause_button)
        cause_layout = QVBoxLayout(cause_box)
        cause_layout.addWidget(self.failure)
        cause_layout.addWidget(self.customer)
        cause_layout.addLayout(reason_row)
        cause_layout.addWidget(self.cause_error)

        wait_box = QGroupBox(self.tr("Waiting for the customer"))
        self.status = QLabel()
        self.status.setObjectName("waiting_status")
        self.status.setWordWrap(True)
        self.start_button = QPushButton(self.tr("Waiting for the customer…"))
        self.start_button.setObjectName("start_waiting")
        self.start_button.clicked.connect(self.start_waiting)
        self.ready_button = QPushButton(self.tr("Customer ready"))
        self.ready_button.setObjectName("customer_ready")
        self.ready_button.clicked.connect(self.customer_ready)
        self.edit_button = QPushButton(self.tr("Edit period…"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton(self.tr("Delete period"))
        self.delete_button.clicked.connect(self.delete_selected)
        changes = QPushButton(self.tr("Change history…"))
        changes.clicked.connect(self.show_history)
        actions = QHBoxLayout()
        for button in (self.start_button, self.ready_button, self.edit_button, self.delete_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(changes)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("waits")
        self.table.setHorizontalHeaderLabels(
            [self.tr("From"), self.tr("Until"), self.tr("Hours"), self.tr("Why"), self.tr("By")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.table.itemSelectionChanged.connect(self._show_buttons)
        note = QLabel(
            self.tr(
                "The service contract says whether customer-caused downtime and time spent "
                "waiting for the customer count against the uptime guarantee."
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: palette(placeholder-text);")
        wait_layout = QVBoxLayout(wait_box)
        wait_layout.addWidget(self.status)
        wait_layout.addLayout(actions)
        wait_layout.addWidget(self.table, 1)

        layout = QVBoxLayout(self)
        layout.addWidget(cause_box)
        layout.addWidget(wait_box, 1)
        layout.addWidget(note)
        self.refresh()

    # --- showing -------------------------------------------------------------------------

    def refresh(self) -> None:
        shown = downtime.downtime(self.store, self.work_order_id)
        self.shown = shown
        customer = shown.cause is DowntimeCause.CUSTOMER_CAUSED
        for button, on in ((self.customer, customer), (self.failure, not customer)):
            button.blockSignals(True)
            button.setChecked(on)
            button.blockSignals(False)
        self.cause_reason.setCurrentText(shown.reason)
        self.cause_error.hide()
        self.table.setRowCount(len(shown.waits))
        for row, wait in enumerate(shown.waits):
            cells = [
                format_datetime(wait.started_at),
                format_datetime(wait.ended_at) if wait.ended_at else self.tr("still waiting"),
                hours_text(wait.hours),
                wait.reason,
                wait.by_login,
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, wait.id)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.status.setText(waiting_text(shown))
        self._show_buttons()

    def _show_buttons(self) -> None:
        shown = self.shown
        may = bool(shown and shown.may_record)
        waiting = bool(shown and shown.waiting)
        for widget in (self.failure, self.customer):
            widget.setEnabled(may)
        self.cause_reason.setEnabled(may and self.customer.isChecked())
        self.save_cause_button.setEnabled(may and self.customer.isChecked())
        self.start_button.setEnabled(may and not waiting)
        self.ready_button.setEnabled(may and waiting)
        chosen = self.selected_id() is not None
        self.edit_button.setEnabled(may and chosen)
        self.delete_button.setEnabled(may and chosen)

    def selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.table.item(rows[0].row(), 0)
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    # --- acting --------------------------------------------------------------------------

    def _cause_chosen(self, customer: bool) -> None:
        self._show_buttons()
        if customer:
            self.cause_reason.setFocus()

    def save_cause(self) -> bool:
        cause = (
            DowntimeCause.CUSTOMER_CAUSED if self.customer.isChecked() else DowntimeCause.FAILURE
        )
        try:
            downtime.set_cause(
                self.store, self.work_order_id, cause, self.cause_reason.currentText()
            )
        except ValidationError as refused:
            self.cause_error.setText(
                "\n".join(f"⚠ {validation_message(e.message)}" for e in refused.errors)
            )
            self.cause_error.show()
            return False
        self._changed()
        return True

    def start_waiting(self) -> bool:
        def save(start: datetime, end: datetime | None, reason: str) -> None:
            downtime.start_waiting(self.store, self.work_order_id, reason, start, end)

        dialog = WaitDialog(self.tr("Waiting for the customer"), save, None, self)
        if not dialog.exec():
            return False
        self._changed()
        return True

    def customer_ready(self) -> bool:
        try:
            downtime.customer_ready(self.store, self.work_order_id)
        except ValidationError as refused:
            message = "\n".join(validation_message(e.message) for e in refused.errors)
            QMessageBox.warning(self, self.tr("Customer ready"), message)
            return False
        self._changed()
        return True

    def edit_selected(self) -> bool:
        wait_id = self.selected_id()
        shown = self.shown
        wait = next((w for w in shown.waits if w.id == wait_id), None) if shown else None
        if wait is None or not (shown and shown.may_record):
            return False

        def save(start: datetime, end: datetime | None, reason: str) -> None:
            downtime.edit_wait(self.store, wait.id, start, end, reason)

        if not WaitDialog(self.tr("Waiting period"), save, wait, self).exec():
            return False
        self._changed()
        return True

    def delete_selected(self) -> bool:
        wait_id = self.selected_id()
        if wait_id is None:
            return False
        downtime.delete_wait(self.store, wait_id)
        self._changed()
        return True

    def show_history(self) -> HistoryDialog:
        """Who changed the cause and the waiting periods, and when (the audit trail)."""
        dialog = HistoryDialog(
            self.store,
            "downtime_cause",
            self.work_order_id,
            self,
            load=lambda: downtime.history(self.store, self.work_order_id),
        )
        dialog.open()
        return dialog

    def _changed(self) -> None:
        self.refresh()
        self.changed.emit()


def waiting_text(shown: downtime.Downtime) -> str:
    """ "Waiting for the customer since …: why" or how long the repair waited in all."""
    open_wait = shown.waiting
    if open_wait is not None:
        return arg(
            QCoreApplication.translate("DowntimePanel", "Waiting for the customer since %1: %2"),
            format_datetime(open_wait.started_at),
            open_wait.reason,
        )
    if not shown.waits:
        return QCoreApplication.translate(
            "DowntimePanel", "The repair has not waited for the customer."
        )
    total = sum(w.hours or 0.0 for w in shown.waits)
    return arg(
        QCoreApplication.translate(
            "DowntimePanel", "Waited for the customer %1 time(s), %2 h in all."
        ),
        len(shown.waits),
        hours_text(total),
    )
