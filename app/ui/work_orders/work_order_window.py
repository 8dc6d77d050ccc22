"""One work order on site: its workflow steps, and a tab for each record of the work.

The window is where an engineer spends the visit: the step buttons show what can
come next for this type of work (and why not yet, beside them); the step into
"awaiting parts" asks which parts, and the header then names them. Every tab saves
as it is typed.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain import workflow as rules
from app.domain.awaited_parts import AwaitedPartDraft
from app.domain.enums import WorkOrderState, WorkOrderType
from app.domain.records import ValidationError
from app.services.registry.users import acting_user
from app.services.store import Store
from app.services.work_orders import awaited_parts, workflow
from app.services.work_orders.overview import heading, overview
from app.ui.checklists.checklists_panel import ChecklistsPanel
from app.ui.costs.job_costs_panel import JobCostsPanel
from app.ui.history_dialog import HistoryDialog
from app.ui.i18n import arg, hospital_name
from app.ui.labels import enum_label, format_datetime, validation_message
from app.ui.settings import settings_for
from app.ui.signing.signatures_panel import SignaturesPanel
from app.ui.training.trainees_panel import TraineesPanel
from app.ui.work_orders.attachments_widget import AttachmentsWidget
from app.ui.work_orders.awaited_text import awaited_text
from app.ui.work_orders.awaiting_parts_dialog import AwaitingPartsDialog
from app.ui.work_orders.downtime_panel import CustomerDowntimePanel, waiting_text
from app.ui.work_orders.field_panels import InstallationPanel, RepairPanel
from app.ui.work_orders.findings_panel import FindingsPanel
from app.ui.work_orders.follow_ups_page import follow_up_days
from app.ui.work_orders.parts_panel import PartsPanel
from app.ui.work_orders.work_order_dialog import WorkOrderDialog

REPAIR_TYPES = {WorkOrderType.REPAIR}
INSTALLATION_TYPES = {
    WorkOrderType.INSTALLATION,
    WorkOrderType.COMMISSIONING,
    WorkOrderType.ACCEPTANCE,
}
INSPECTION_TYPES = {WorkOrderType.INSPECTION, WorkOrderType.PREVENTIVE_MAINTENANCE}
NEEDS_REASON = {WorkOrderState.CANCELLED}


def _duration(value: object) -> str:
    if not isinstance(value, timedelta):
        return "—"
    minutes = int(value.total_seconds() // 60)
    return arg(
        QCoreApplication.translate("WorkOrderWindow", "%1 h %2 min"),
        str(minutes // 60),
        f"{minutes % 60:02d}",
    )


class WorkOrderWindow(QDialog):
    changed = Signal()

    def __init__(self, store: Store, work_order_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.store, self.work_order_id = store, work_order_id
        self.user = acting_user(store)
        self.title = QLabel()
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subtitle = QLabel()
        # What the work waits for: the part, its order and the expected date (issue 20).
        self.awaiting = QLabel()
        self.awaiting.setObjectName("awaiting_parts")
        self.awaiting.setWordWrap(True)
        self.awaiting.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.awaiting.setStyleSheet("color: #8a5300;")
        # A repair waiting for the hospital says so, and since when (issue 14 §KPIs).
        self.waiting = QLabel()
        self.waiting.setObjectName("waiting_for_customer")
        self.waiting.setWordWrap(True)
        self.waiting.setStyleSheet("color: #8a5300;")
        self.waiting.hide()
        self.steps = QHBoxLayout()
        # Why a step is not possible yet, in words beside the buttons (not only a tooltip).
        self.step_reasons = QLabel()
        self.step_reasons.setObjectName("step_reasons")
        self.step_reasons.setWordWrap(True)
        self.step_reasons.setStyleSheet("color: palette(placeholder-text);")
        self.tabs = QTabWidget()
        self.overview = QWidget()
        self.details = QFormLayout()
        self.times = QFormLayout()
        self.history = QTableWidget(0, 4)
        self._build_overview()
        self.tabs.addTab(self.overview, self.tr("Overview"))
        self._add_work_tabs()

        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        close.rejected.connect(self.reject)
        header = QVBoxLayout()
        header.addWidget(self.title)
        header.addWidget(self.subtitle)
        header.addWidget(self.awaiting)
        header.addWidget(self.waiting)
        steps_row = QHBoxLayout()
        steps_row.addWidget(QLabel(self.tr("Next step:")))
        steps_row.addLayout(self.steps)
        steps_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addLayout(steps_row)
        layout.addWidget(self.step_reasons)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(close)
        self.refresh()
        self._fit_screen()

    # --- building --------------------------------------------------------------------

    def _build_overview(self) -> None:
        edit = QPushButton(self.tr("Edit details…"))
        edit.clicked.connect(self._edit_details)
        changes = QPushButton(self.tr("Change history…"))
        changes.clicked.connect(
            lambda: HistoryDialog(self.store, "work_order", self.work_order_id, self).exec()
        )
        buttons = QHBoxLayout()
        buttons.addWidget(edit)
        buttons.addWidget(changes)
        buttons.addStretch(1)
        self.history.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Step"), self.tr("By"), self.tr("Reason")]
        )
        self.history.verticalHeader().hide()
        self.history.horizontalHeader().setStretchLastSection(True)
        self.history.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        columns = QHBoxLayout()
        columns.addLayout(self.details, 3)
        columns.addLayout(self.times, 2)
        layout = QVBoxLayout(self.overview)
        layout.addLayout(columns)
        layout.addLayout(buttons)
        layout.addWidget(QLabel(self.tr("Workflow history")))
        layout.addWidget(self.history, 1)

    def _add_work_tabs(self) -> None:
        kind = heading(self.store, self.work_order_id).type
        self.kind = kind
        self.repair: RepairPanel | None = None
        self.installation: InstallationPanel | None = None
        self.downtime: CustomerDowntimePanel | None = None
        if kind in REPAIR_TYPES:
            self.repair = RepairPanel(self.store, self.work_order_id)
            self.tabs.addTab(self.repair, self.tr("Repair record"))
            self.parts = PartsPanel(self.store, self.work_order_id)
            self.tabs.addTab(self.parts, self.tr("Parts"))
            self.downtime = CustomerDowntimePanel(self.store, self.work_order_id)
            self.downtime.changed.connect(self._downtime_changed)
            self.tabs.addTab(self.downtime, self.tr("Customer downtime"))
        if kind in INSPECTION_TYPES:
            self.findings = FindingsPanel(self.store, self.work_order_id)
            self.findings.work_order_created.connect(lambda _id: self.changed.emit())
            self.findings.open_work_order.connect(self._open_other)
            self.tabs.addTab(self.findings, self.tr("Findings and readings"))
        if kind in INSTALLATION_TYPES:
            self.installation = InstallationPanel(self.store, self.work_order_id)
            self.tabs.addTab(self.installation, self.tr("Installation"))
        if kind is WorkOrderType.TRAINING:
            self.trainees = TraineesPanel(self.store, self.work_order_id)
            self.trainees.changed.connect(self._show_steps)
            self.tabs.addTab(self.trainees, self.tr("Trainees"))
        if kind is not WorkOrderType.TRAINING:
            self.checklists = ChecklistsPanel(self.store, self.work_order_id)
            self.checklists.changed.connect(self._show_steps)
            self.tabs.addTab(self.checklists, self.tr("Checklists"))
        self.signatures = SignaturesPanel(self.store, self.work_order_id)
        self.signatures.changed.connect(self._signatures_changed)
        self.tabs.addTab(self.signatures, self.tr("Signatures"))
        self.attachments = AttachmentsWidget(self.store, self.work_order_id)
        self.tabs.addTab(self.attachments, self.tr("Photos and files"))
        self.costs = JobCostsPanel(self.store, self.work_order_id)
        self.tabs.addTab(self.costs, self.tr("Costs"))

    # --- showing -----------------------------------------------------------------------

    def refresh(self) -> None:
        shown = overview(self.store, self.work_order_id)
        order = shown.heading
        self.setWindowTitle(order.number)
        self.title.setText(
            f"<b style='font-size:15pt'>{order.number}</b> · {enum_label(order.type)} · "
            f"<b>{enum_label(order.state)}</b> · {enum_label(order.priority)}"
        )
        self.subtitle.setText(
            f"{hospital_name(shown.customer_name, shown.customer_name_en)} — {shown.site_name}"
            f" · {shown.maker} {shown.model}"
            f" · {shown.serial_number}"
        )
        rows = [
            (self.tr("Description"), shown.description),
            (self.tr("Reported at"), format_datetime(shown.reported_at)),
            (self.tr("Cancelled because"), shown.cancel_reason),
        ]
        stamps = [
            (self.tr("Acknowledged"), shown.acknowledged_at),
            (self.tr("On site"), shown.arrived_at),
            (self.tr("Work started"), shown.started_at),
            (self.tr("Finished"), shown.finished_at),
            (self.tr("Closed"), shown.closed_at),
        ]
        kpi = shown.times
        _fill(self.details, [(label, text) for label, text in rows if text])
        spans = [
            (self.tr("Response time"), _duration(kpi.response)),
            (self.tr("Time to site"), _duration(kpi.time_to_site)),
        ]
        if self.kind in rules.REPAIR_TIME_TYPES:  # no "repair time" on training or QA
            spans += [
                (self.tr("Repair time"), _duration(kpi.repair)),
                (self.tr("Downtime"), _duration(kpi.downtime)),
            ]
        _fill(self.times, [(label, format_datetime(at)) for label, at in stamps if at] + spans)
        for panel in (self.repair, self.installation):
            if panel is not None:
                panel.set_read_only(shown.read_only)
        if self.kind is not WorkOrderType.TRAINING:
            self.checklists.show_start_state()
        if self.kind in REPAIR_TYPES:
            self.parts.show_edit_state()
        if self.costs.costs is not None:  # read once shown; the job's hours may have moved
            self.costs.reload()
        waiting = awaited_parts.awaited(self.store, self.work_order_id)
        self.awaiting.setText(awaited_text(waiting))
        self.awaiting.setVisible(bool(waiting))
        self._show_waiting()
        self._show_history()
        self._show_steps()

    def _show_waiting(self) -> None:
        shown = self.downtime.shown if self.downtime is not None else None
        open_wait = shown.waiting if shown is not None else None
        self.waiting.setText(waiting_text(shown) if shown is not None and open_wait else "")
        self.waiting.setVisible(open_wait is not None)

    def _downtime_changed(self) -> None:
        self._show_waiting()
        self.changed.emit()

    def _show_history(self) -> None:
        events = workflow.events(self.store, self.work_order_id)
        self.history.setRowCount(len(events))
        for row, event in enumerate(reversed(events)):
            step = f"{enum_label(event.from_state)} → {enum_label(event.to_state)}"
            for column, text in enumerate(
                [format_datetime(event.at), step, event.by_login, event.reason]
            ):
                self.history.setItem(row, column, QTableWidgetItem(text))
        self.history.resizeColumnsToContents()

    def _fit_screen(self) -> None:
        """1100×700 where it fits; on a small laptop screen (1366×768) the whole screen,
        so the tabs and the checklist are not cut by the taskbar."""
        wanted = QSize(1100, 700)
        screen = self.screen() or QGuiApplication.primaryScreen()
        room = screen.availableGeometry().size() if screen is not None else wanted
        self.resize(wanted.boundedTo(room))  # first: a resize would undo maximising
        if room.width() < wanted.width() + 80 or room.height() < wanted.height() + 120:
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)

    def _show_steps(self) -> None:
        while self.steps.count():
            item = self.steps.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.setParent(None)  # gone at once, not at the next event loop turn
                widget.deleteLater()
        options = workflow.options(self.store, self.work_order_id, self.user.role)
        if not options:
            self.steps.addWidget(QLabel(self.tr("none — this work order is finished")))
        blocked: list[str] = []
        for option in options:
            button = QPushButton(f"→ {enum_label(option.target)}")
            button.setObjectName(f"step_{option.target.value}")
            if option.refusals:
                button.setEnabled(False)
                reasons = [validation_message_for_workflow(r) for r in option.refusals]
                button.setToolTip("\n".join(reasons))
                blocked.append(arg(self.tr("%1: %2"), enum_label(option.target), " ".join(reasons)))
            button.clicked.connect(lambda _=False, t=option.target: self.take_step(t))
            self.steps.addWidget(button)
        self.step_reasons.setText("\n".join(blocked))
        self.step_reasons.setVisible(bool(blocked))

    # --- acting ------------------------------------------------------------------------

    def take_step(self, target: WorkOrderState, reason: str | None = None) -> bool:
        """Takes one step (asking for a reason where one is needed); True when taken."""
        if self._flush_panels() is False:
            return False
        if target is WorkOrderState.AWAITING_PARTS:
            return self._await_parts()
        reopening = target is WorkOrderState.IN_PROGRESS and self._state() in rules.DONE
        if reason is None and (target in NEEDS_REASON or reopening):
            text, ok = QInputDialog.getText(
                self, enum_label(target), self.tr("Reason (kept with the work order):")
            )
            if not ok:
                return False
            reason = text
        try:
            workflow.move(
                self.store,
                self.work_order_id,
                target,
                self.user.role,
                reason or "",
                follow_up_days=follow_up_days(settings_for(self.store.data_dir)),
            )
        except ValidationError as refused:
            QMessageBox.warning(
                self,
                enum_label(target),
                "\n".join(validation_message_for_workflow(e.message) for e in refused.errors),
            )
            return False
        self.changed.emit()
        self.refresh()
        return True

    def _await_parts(self) -> bool:
        """The step into "awaiting parts" names the parts, their order and expected date."""

        def take(lines: Sequence[AwaitedPartDraft]) -> None:
            workflow.move(
                self.store,
                self.work_order_id,
                WorkOrderState.AWAITING_PARTS,
                self.user.role,
                awaited=lines,
            )

        if not AwaitingPartsDialog(self.store, take, self).exec():
            return False
        self.changed.emit()
        self.refresh()
        return True

    def _state(self) -> WorkOrderState:
        return heading(self.store, self.work_order_id).state

    def _flush_panels(self) -> bool:
        """Saves what is still waiting in an autosave timer before the rules look."""
        for panel in (self.repair, self.installation):
            if panel is not None and panel.autosave is not None and panel.autosave.pending():
                panel.autosave.save_now()
        return True

    def _signatures_changed(self) -> None:
        self.changed.emit()
        self.refresh()

    def _open_other(self, work_order_id: str) -> None:
        WorkOrderWindow(self.store, work_order_id, self).exec()

    def _edit_details(self) -> None:
        if WorkOrderDialog(self.store, self.work_order_id, self).exec():
            self.changed.emit()
            self.refresh()

    def done(self, result: int) -> None:
        self._flush_panels()
        super().done(result)


def validation_message_for_workflow(message: str) -> str:
    """Workflow reasons live in context "Workflow", record reasons in "Validation"."""
    return validation_message(message, "Workflow")


def _fill(form: QFormLayout, rows: list[tuple[str, str]]) -> None:
    while form.rowCount():
        form.removeRow(0)
    for label, text in rows:
        value = QLabel(text)
        value.setWordWrap(True)
        value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(label, value)
