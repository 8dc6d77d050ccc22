"""The "Service plan" page: contracts, the annual plan and its calendar as tabs. It
answers what the main window asks of a list (table, refresh, focus_search,
current_id, save_state, open_requested) for the tab shown."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QScrollArea, QTableView, QTabWidget, QVBoxLayout, QWidget

from app.services.registry.users import ActingUser, acting_user
from app.services.store import Store
from app.ui.service_plan.calendar_page import CalendarPage
from app.ui.service_plan.contracts_page import ContractsPage
from app.ui.service_plan.plan_page import PlanPage


class ServicePlanPage(QWidget):
    open_requested = Signal(str)
    open_work_order = Signal(str)

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
        self.store = store
        if user is None:
            user = acting_user(store)  # once for the three tabs
        self.contracts = ContractsPage(store, settings, user=user)
        self.plan = PlanPage(store, settings, user=user)
        self.calendar = CalendarPage(store, settings, user=user)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.plan, self.tr("Annual plan"))
        self.tabs.addTab(self.calendar, self.tr("Calendar"))
        self.tabs.addTab(self.contracts, self.tr("Contracts"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # In a scroll area: the tabs' toolbars must not set the main window's minimum
        # width (it stays resizable down to what the other pages need).
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.tabs)
        layout.addWidget(scroll)
        self.plan.open_work_order.connect(self.open_work_order)
        self.tabs.currentChanged.connect(lambda _i: self.refresh())
        self._shown = False

    @property
    def table(self) -> QTableView:
        current = self.tabs.currentWidget()
        return current.table  # type: ignore[attr-defined]

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown:
            self._shown = True
            self.refresh()

    def refresh(self) -> None:
        """Reads the shown tab again (in a worker)."""
        self.tabs.currentWidget().refresh()  # type: ignore[attr-defined]

    def update_role(self, user: ActingUser | None = None) -> None:
        if user is None:
            user = acting_user(self.store)
        for tab in (self.contracts, self.plan, self.calendar):
            tab.update_role(user)

    def focus_search(self) -> None:
        self.table.setFocus()

    def current_id(self) -> str | None:
        return None

    def save_state(self) -> None:
        """Nothing kept between runs yet."""

    def open_record(self, record_id: str) -> bool:
        return False
