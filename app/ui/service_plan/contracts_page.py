"""The service contracts, the soonest to end first; those ending within 90 days can be
shown alone (to renew). The service manager adds and edits them."""

from __future__ import annotations

from PySide6.QtCore import QSettings, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain import local_time
from app.services.registry.users import ActingUser
from app.services.service_plan import contracts
from app.services.service_plan.access import may_edit
from app.services.service_plan.contracts import ContractRow
from app.services.store import Store
from app.ui.i18n import arg
from app.ui.labels import enum_label
from app.ui.service_plan.rows_model import SORT_ROLE, Row, RowsModel
from app.ui.tasks import run_in_background

SOON_DAYS = 90


class ContractsPage(QWidget):
    loaded = Signal()

    def __init__(
        self,
        store: Store,
        settings: QSettings,
        parent: QWidget | None = None,
        *,
        user: ActingUser | None = None,
    ) -> None:
        """`user`: the acting user, when known (the page then reads nothing to build)."""
        super().__init__(parent)
        self.store, self.settings = store, settings
        self.contracts: list[ContractRow] = []
        self.ending_only = QCheckBox(self.tr("Only contracts ending within 90 days"))
        self.new_button = QPushButton(self.tr("New contract…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.ending_note = QLabel()
        self.ending_note.setStyleSheet("color: #8A5A00; font-weight: bold")
        bar = QHBoxLayout()
        bar.addWidget(self.ending_only)
        bar.addWidget(self.ending_note, 1)
        bar.addWidget(self.new_button)
        bar.addWidget(self.edit_button)
        self.model = RowsModel(
            [
                self.tr("Hospital"),
                self.tr("Unit"),
                self.tr("Contract"),
                self.tr("Type"),
                self.tr("Starts"),
                self.tr("Ends"),
                self.tr("Days left"),
                self.tr("PM/year"),
                self.tr("Inspections/year"),
                self.tr("Response"),
                self.tr("Uptime"),
                self.tr("Counted over"),
            ]
        )
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(6, Qt.SortOrder.AscendingOrder)  # the soonest to end first
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.status = QLabel()
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        self.ending_only.toggled.connect(self._fill)
        self.new_button.clicked.connect(lambda: self.open_contract(None))
        self.edit_button.clicked.connect(lambda: self.open_contract(self.current_id()))
        self.table.doubleClicked.connect(lambda _i: self.open_contract(self.current_id()))
        self.update_role(user)

    def update_role(self, user: ActingUser | None = None) -> None:
        """Editing follows the role of `user` (else the acting user, read now)."""
        editable = may_edit(self.store, user)
        self.new_button.setVisible(editable)
        self.edit_button.setVisible(editable)

    def refresh(self) -> None:
        store = self.store
        run_in_background(lambda: contracts.list_contracts(store), self._show, self._failed)

    def _failed(self, error: BaseException) -> None:
        self.status.setText(arg(self.tr("The contracts could not be read: %1"), str(error)))

    def _show(self, rows: list[ContractRow]) -> None:
        self.contracts = rows
        self._fill()
        self.loaded.emit()

    def _fill(self) -> None:
        today = local_time.today()
        soon = [r for r in self.contracts if 0 <= r.days_left(today) <= SOON_DAYS]
        shown = soon if self.ending_only.isChecked() else self.contracts
        self.ending_note.setText(
            arg(self.tr("%1 contracts end within 90 days"), str(len(soon))) if soon else ""
        )
        self.model.set_rows(
            [
                Row(
                    r.id,
                    (
                        r.hospital,
                        r.unit,
                        r.number,
                        enum_label(r.level),
                        r.starts_on.isoformat(),
                        r.ends_on.isoformat(),
                        str(r.days_left(today)),
                        str(r.pm_visits_per_year),
                        str(r.inspections_per_year),
                        arg(self.tr("%1 h"), str(r.response_hours)),
                        f"{r.uptime_percent:g} %" if r.uptime_percent else "—",
                        enum_label(r.uptime_clock),
                    ),
                    "#FFF1CC"
                    if 0 <= r.days_left(today) <= SOON_DAYS
                    else ("#F1F2F4" if r.days_left(today) < 0 else ""),
                )
                for r in shown
            ]
        )
        self.status.setText(arg(self.tr("%1 contracts"), str(len(shown))))

    def current_id(self) -> str | None:
        index = self.table.currentIndex()
        return self.proxy.data(index, Qt.ItemDataRole.UserRole) if index.isValid() else None

    def open_contract(self, contract_id: str | None) -> bool:
        if not may_edit(self.store):
            return False
        from app.ui.service_plan.contract_dialog import ContractDialog

        if ContractDialog(self.store, contract_id, self).exec():
            self.refresh()
            return True
        return False
