"""The Upgrades page: every campaign with its progress at a glance, and the units of
the chosen one with the step each stands at. Lists load in a worker (run_in_background).

The service manager creates campaigns and adds units; engineers and the manager record
each unit's steps (the services and the server enforce the same). The buttons offer
only the next steps of the selected unit's state.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QColor, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.upgrades import NEXT, UnitStep
from app.services.registry.users import ActingUser, acting_user
from app.services.store import Store
from app.services.upgrades import campaigns, unit_steps
from app.services.upgrades.campaigns import CampaignRow
from app.services.upgrades.unit_steps import UnitRow
from app.ui.i18n import arg
from app.ui.labels import enum_label, format_date, format_datetime
from app.ui.tasks import run_in_background
from app.ui.upgrades.step_dialogs import (
    AddUnitsDialog,
    AnswerDialog,
    CampaignDialog,
    ConfirmDialog,
    DoneDialog,
    NoticeDialog,
    ScheduleDialog,
)

STEP_COLOURS = {
    UnitStep.REFUSED: "#9b1218",
    UnitStep.VERIFIED: "#1e6b32",
    UnitStep.DONE: "#1e6b32",
}


class UpgradesPage(QWidget):
    loaded = Signal()  # the campaigns are on screen (tests wait for it)
    units_loaded = Signal()
    open_requested = Signal(str)  # a unit's upgrade work order

    def __init__(
        self,
        store: Store,
        settings: QSettings | None = None,
        parent: QWidget | None = None,
        *,
        user: ActingUser | None = None,
    ) -> None:
        """`user`: the acting user, when known (the page then reads nothing to build)."""
        super().__init__(parent)
        self.store = store
        self.rows: list[CampaignRow] = []
        self.units: list[UnitRow] = []
        self._loaded_once = False
        self._request = 0  # the latest units load; older answers are dropped
        self.table = QTableWidget(0, 5)  # the main window's "list" (focus, Open)
        self.table.setObjectName("campaigns")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Campaign"),
                self.tr("Model"),
                self.tr("Versions"),
                self.tr("New version"),
                self.tr("Finished"),
            ]
        )
        self._table_look(self.table)
        self.table.currentCellChanged.connect(lambda *_: self._campaign_chosen())
        self.progress = QProgressBar()
        self.progress.setFormat(self.tr("%v of %m units finished"))
        self.counts = QLabel()
        self.counts.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.unit_table = QTableWidget(0, 9)
        self.unit_table.setObjectName("campaign_units")
        self.unit_table.setHorizontalHeaderLabels(
            [
                self.tr("Hospital"),
                self.tr("Serial No."),
                self.tr("Step"),
                self.tr("Version before"),
                self.tr("Notified"),
                self.tr("Answer"),
                self.tr("Scheduled"),
                self.tr("Work order"),
                self.tr("Version now"),
            ]
        )
        self._table_look(self.unit_table)
        self.unit_table.currentCellChanged.connect(lambda *_: self._enable_steps())
        self.unit_table.doubleClicked.connect(lambda _i: self._open_work_order())

        self.new_button = QPushButton(self.tr("&New campaign…"))
        self.add_button = QPushButton(self.tr("&Add units…"))
        self.new_button.clicked.connect(self.new_campaign)
        self.add_button.clicked.connect(self.add_units)
        self.step_buttons: dict[UnitStep, QPushButton] = {
            UnitStep.NOTIFIED: QPushButton(self.tr("Noti&fied…")),
            UnitStep.CONSENTED: QPushButton(self.tr("Customer's a&nswer…")),
            UnitStep.SCHEDULED: QPushButton(self.tr("&Schedule…")),
            UnitStep.DONE: QPushButton(self.tr("&Done…")),
            UnitStep.VERIFIED: QPushButton(self.tr("&Verified…")),
        }
        for step, button in self.step_buttons.items():
            button.clicked.connect(lambda _c=False, s=step: self.record_step(s))

        top = QHBoxLayout()
        top.addWidget(self.new_button)
        top.addWidget(self.add_button)
        top.addStretch(1)
        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addLayout(top)
        upper_layout.addWidget(self.table)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.summary)
        lower_layout.addWidget(self.progress)
        lower_layout.addWidget(self.counts)
        lower_layout.addWidget(self.unit_table, 1)
        steps = QHBoxLayout()
        for button in self.step_buttons.values():
            steps.addWidget(button)
        steps.addStretch(1)
        lower_layout.addLayout(steps)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(upper)
        splitter.addWidget(lower)
        splitter.setSizes([180, 520])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.update_role(user)
        self._enable_steps()

    @staticmethod
    def _table_look(table: QTableWidget) -> None:
        table.verticalHeader().hide()
        table.horizontalHeader().setStretchLastSection(True)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

    def update_role(self, user: ActingUser | None = None) -> None:
        """The manager's buttons for the manager; the steps for those who record them
        (the role of `user`, else of the acting user read now)."""
        if user is None:
            user = acting_user(self.store)
        manager = campaigns.may_run_campaigns(self.store, user)
        self.new_button.setVisible(manager)
        self.add_button.setVisible(manager)
        self.may_record = unit_steps.may_record(self.store, user)

    # --- what the main window asks of a list page -------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._loaded_once:
            self.refresh()

    def refresh(self) -> None:
        self._loaded_once = True
        run_in_background(lambda: campaigns.list_campaigns(self.store), self._show_campaigns)

    def current_id(self) -> str | None:
        row = self.table.currentRow()
        return self.rows[row].id if 0 <= row < len(self.rows) else None

    def focus_search(self) -> None:
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def save_state(self) -> None:
        """Nothing to remember: campaigns are read afresh each time."""

    def open_campaign(self, campaign_id: str | None) -> bool:
        """Open = show that campaign's units (they are on the same page)."""
        for index, row in enumerate(self.rows):
            if row.id == campaign_id:
                self.table.selectRow(index)
                self.unit_table.setFocus()
        return False

    # --- campaigns ----------------------------------------------------------------------

    def _show_campaigns(self, rows: list[CampaignRow]) -> None:
        chosen = self.current_id()
        self.rows = rows
        self.table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            values = (
                row.title,
                row.model,
                row.version_range,
                row.new_version,
                arg(self.tr("%1 of %2"), row.finished, row.total),
            )
            for column, value in enumerate(values):
                self.table.setItem(index, column, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        ids = [r.id for r in rows]
        if rows:
            self.table.selectRow(ids.index(chosen) if chosen in ids else 0)
        self._campaign_chosen()
        self.loaded.emit()

    def _campaign(self) -> CampaignRow | None:
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def _campaign_chosen(self) -> None:
        campaign = self._campaign()
        self.add_button.setEnabled(campaign is not None)
        if campaign is None:
            self.summary.setText(self.tr("No upgrade campaign yet."))
            self.progress.setRange(0, 1)
            self.progress.setValue(0)
            self.counts.clear()
            self.unit_table.setRowCount(0)
            return
        self.progress.setRange(0, max(campaign.total, 1))
        self.progress.setValue(campaign.finished)
        parts = [
            f"{enum_label(step)}: {campaign.counts[step]}"
            for step in UnitStep
            if campaign.counts.get(step)
        ]
        self.counts.setText("  ·  ".join(parts))
        campaign_id = campaign.id
        self._request += 1
        request = self._request
        run_in_background(
            lambda: (
                campaigns.load_campaign(self.store, campaign_id),
                unit_steps.units_of(self.store, campaign_id),
            ),
            lambda found: self._show_units(request, *found),
        )

    def _show_units(
        self, request: int, draft: campaigns.CampaignDraft, units: list[UnitRow]
    ) -> None:
        if not shiboken6.isValid(self) or request != self._request:
            return  # the page is gone, or a later load is under way (another campaign)
        self.new_version = draft.new_version
        lines = [
            arg(self.tr("<b>%1</b> → %2"), draft.title, draft.new_version),
            arg(self.tr("Changes: %1"), draft.changes or "—"),
            arg(self.tr("Release note: %1"), draft.release_note or "—"),
        ]
        self.summary.setText("<br>".join(lines))
        chosen = self._unit()
        self.units = units
        self.unit_table.setRowCount(len(units))
        for index, unit in enumerate(units):
            self._unit_row(index, unit)
        self.unit_table.resizeColumnsToContents()
        ids = [u.id for u in units]
        if chosen is not None and chosen.id in ids:
            self.unit_table.selectRow(ids.index(chosen.id))
        self._enable_steps()
        self.units_loaded.emit()

    def _unit_row(self, index: int, unit: UnitRow) -> None:
        answer = ""
        if unit.answer_by:
            how = self.tr("signed") if unit.signed else self.tr("recorded")
            answer = arg(
                self.tr("%1, %2 (%3)"), unit.answer_by, format_datetime(unit.answered_at), how
            )
        notified = ""
        if unit.notified_on:
            channel = enum_label(unit.notice_channel) if unit.notice_channel else ""
            notified = f"{format_date(unit.notified_on)} · {channel}"
        values = (
            unit.hospital,
            unit.serial,
            enum_label(unit.step),
            unit.version_before,
            notified,
            answer,
            format_date(unit.scheduled_for),
            unit.work_order_number,
            unit.version_written,
        )
        for column, value in enumerate(values):
            item = QTableWidgetItem(value)
            colour = STEP_COLOURS.get(unit.step)
            if column == 2 and colour:
                item.setForeground(QColor(colour))
            self.unit_table.setItem(index, column, item)

    # --- a unit's steps -----------------------------------------------------------------

    def _unit(self) -> UnitRow | None:
        row = self.unit_table.currentRow()
        return self.units[row] if 0 <= row < len(self.units) else None

    def _enable_steps(self) -> None:
        unit = self._unit()
        possible = NEXT[unit.step] if unit else frozenset()
        for step, button in self.step_buttons.items():
            wanted = step in possible or (
                step is UnitStep.CONSENTED and UnitStep.REFUSED in possible
            )
            button.setEnabled(self.may_record and wanted)

    def record_step(self, step: UnitStep) -> None:
        unit = self._unit()
        if unit is None:
            return
        dialog: QDialog
        if step is UnitStep.NOTIFIED:
            dialog = NoticeDialog(self.store, unit.id, self)
        elif step is UnitStep.CONSENTED:
            dialog = AnswerDialog(self.store, unit.id, self)
        elif step is UnitStep.SCHEDULED:
            dialog = ScheduleDialog(self.store, unit.id, self)
        elif step is UnitStep.DONE:
            dialog = DoneDialog(self.store, unit.id, getattr(self, "new_version", ""), self)
        else:
            dialog = ConfirmDialog(
                self.tr("Upgrade verified"),
                arg(
                    self.tr(
                        "The unit is verified by the completed test checklist of its upgrade "
                        "work order %1."
                    ),
                    unit.work_order_number or "—",
                ),
                lambda: unit_steps.record_verified(self.store, unit.id),
                self,
            )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()

    def _open_work_order(self) -> None:
        unit = self._unit()
        if unit is not None and unit.work_order_id:
            self.open_requested.emit(unit.work_order_id)

    def new_campaign(self) -> bool:
        dialog = CampaignDialog(self.store, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()
            return True
        return False

    def add_units(self) -> None:
        campaign = self._campaign()
        if campaign is None:
            return
        if AddUnitsDialog(self.store, campaign.id, self).exec() == QDialog.DialogCode.Accepted:
            self.refresh()
