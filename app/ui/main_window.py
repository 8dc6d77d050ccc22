"""The main window: navigation between the record lists, actions, remembered layout.

The window is drawn before the database is open (issue 10 §7): this module imports
only Qt and light modules, so the frame, the navigation and a quiet "Opening the
database…" state appear at once. `set_store` then builds the pages, whose modules
(SQLAlchemy, the services, the dialogs) `load_page_modules` imports in a worker.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, cast

import shiboken6
from PySide6.QtCore import QSettings, QSize, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QStyle,
    QToolBar,
    QWidget,
)

from app import __version__, settings_keys
from app.ui.i18n import arg, chinese

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent, QPaintEvent

    from app.db.first_page import FirstPage
    from app.services.registry.users import ActingUser
    from app.services.store import Store
    from app.ui.list_page import ListPage
    from app.ui.my_day.my_day_page import MyDayPage

log = logging.getLogger(__name__)

# FRAME_ONLY: the frame is built without touching `Qt.…` enums: PySide6 makes the
# ~90 Python enums of the Qt namespace at its first use (~40 ms, a third of a bare
# window's start), so until the first paint enum properties are set by name.

# What the pages import; none of it is needed to draw the window's frame.
PAGE_MODULES = (
    "app.domain.records",
    "app.services.registry.customers",
    "app.services.registry.equipment",
    "app.services.lists",
    "app.services.my_day.day",
    "app.services.my_day.search",
    "app.services.records",
    "app.services.registry.users",
    "app.services.work_orders.orders",
    "app.ui.registry.customer_dialog",
    "app.ui.registry.equipment_detail",
    "app.ui.registry.equipment_dialog",
    "app.ui.work_orders.follow_ups_page",
    "app.ui.labels",
    "app.ui.list_page",
    "app.ui.my_day.my_day_page",
    "app.ui.stock.stock_page",
    "app.ui.purchasing.purchasing_page",
    "app.ui.costs.costs_page",
    "app.ui.staff.staff_page",
    "app.ui.sync.sync_controller",
    "app.ui.sync.sync_indicator",
    "app.ui.sync.sync_page",
    "app.ui.work_orders.work_order_dialog",
    "app.ui.instruments.register_page",
    "app.ui.kpis.dashboard_page",
    "app.ui.service_plan.service_plan_page",
    "app.ui.upgrades.campaign_page",
    "app.ui.complaints.hotline_page",
    "app.ui.complaints.complaints_page",
)
PAGE_ICONS = {
    "my_day": QStyle.StandardPixmap.SP_DesktopIcon,
    "work_orders": QStyle.StandardPixmap.SP_FileDialogDetailedView,
    "equipment": QStyle.StandardPixmap.SP_ComputerIcon,
    "customers": QStyle.StandardPixmap.SP_DirHomeIcon,
    "follow_ups": QStyle.StandardPixmap.SP_FileDialogInfoView,
    "instruments": QStyle.StandardPixmap.SP_DriveHDIcon,
    "hotline": QStyle.StandardPixmap.SP_MessageBoxQuestion,
    "complaints": QStyle.StandardPixmap.SP_MessageBoxWarning,
    "stock": QStyle.StandardPixmap.SP_FileDialogListView,
    "purchasing": QStyle.StandardPixmap.SP_DialogOpenButton,
    "costs": QStyle.StandardPixmap.SP_FileDialogContentsView,
    "service_plan": QStyle.StandardPixmap.SP_FileDialogStart,
    "upgrades": QStyle.StandardPixmap.SP_ArrowUp,
    "sync": QStyle.StandardPixmap.SP_BrowserReload,
    "dashboard": QStyle.StandardPixmap.SP_TitleBarMaxButton,
    "staff": QStyle.StandardPixmap.SP_DialogYesButton,
}


def load_page_modules() -> None:
    """Imports the pages' modules; run in a worker so the GUI thread stays free.

    Only module bodies run (classes are defined, no widget is made), which Qt allows
    off the GUI thread; `set_store` then finds them imported.
    """
    for name in PAGE_MODULES:
        importlib.import_module(name)


def _acting_user(store: Store) -> ActingUser:
    """Who is acting, read now (a query: the caller's thread waits for it)."""
    from app.services.registry.users import acting_user

    return acting_user(store)


def _template_problems() -> list[str]:
    from app.services.checklists.checklist_templates import load_templates

    return [str(p) for p in load_templates()[1]]


@dataclass
class Page:
    key: str
    title: str
    list_page: ListPage | MyDayPage  # "My day" answers what the main window asks of a list
    new: Callable[[], bool] | None
    open: Callable[[str], bool]
    delete: Callable[[str], None] | None
    delete_question: str = ""
    widget: QWidget | None = None  # a page that is more than its list (it opens by itself)


class MainWindow(QMainWindow):
    first_painted = Signal()  # the first frame is drawn (start-up waits for it)

    def __init__(self, store: Store | None, settings: QSettings, device_prefix: str = "") -> None:
        """The frame; with a `store` the pages too, else they come with `set_store`."""
        super().__init__()
        self.store: Store | None = None
        self.acting: ActingUser | None = None  # who works here, once the database is open
        self.settings = settings
        self.pages: list[Page] = []
        self._painted = False
        self.setWindowTitle(self.tr("Beamside"))
        self.page_titles = self._page_titles()
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.stack = QStackedWidget()
        self.nav.setIconSize(QSize(24, 24))
        self.nav.setStyleSheet("QListWidget#navigation::item { padding: 5px 6px; }")
        for key, title in self.page_titles.items():
            self.nav.addItem(QListWidgetItem(self.style().standardIcon(PAGE_ICONS[key]), title))
        self.nav.setProperty("horizontalScrollBarPolicy", "ScrollBarAlwaysOff")  # see FRAME_ONLY
        nav_width = self.nav.sizeHintForColumn(0) + 2 * self.nav.frameWidth() + 8
        self.nav.setFixedWidth(max(150, nav_width))
        self.nav.currentRowChanged.connect(self._show_page)
        self.opening = self._opening_view()
        self.stack.addWidget(self.opening)
        self.first_page: QWidget | None = None  # see show_first_page
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._make_actions()
        # The status bar says who is working and how sync stands; where the data lives
        # and this laptop's number prefix are in About (issue 20).
        self.device_prefix = ""
        self.user_label = QLabel()
        self.statusBar().addPermanentWidget(self.user_label)
        self._enable_database_actions(False)
        self._restore()
        if store is not None:
            self.set_store(store, device_prefix)

    def _page_titles(self) -> dict[str, str]:
        return {
            "my_day": self.tr("My day"),
            "work_orders": self.tr("Work orders"),
            "equipment": self.tr("Equipment"),
            "customers": self.tr("Hospitals and sites"),
            "follow_ups": self.tr("Follow-ups"),
            "instruments": self.tr("Test instruments"),
            "stock": self.tr("Stock"),
            # The office's pages, then Sync (the navigation's and Ctrl+1…9's order).
            "service_plan": self.tr("Service plan"),
            "hotline": self.tr("Hotline"),
            "complaints": self.tr("Complaints"),
            "dashboard": self.tr("Dashboard"),
            "upgrades": self.tr("Upgrades"),
            "purchasing": self.tr("Purchasing"),
            "costs": self.tr("Costs"),
            "staff": self.tr("Staff"),
            "sync": self.tr("Sync"),
        }

    def _opening_view(self) -> QLabel:
        """What the list area shows until the database is open: quiet, no spinner."""
        label = QLabel(self.tr("Opening the database…"))
        label.setObjectName("opening")
        label.setProperty("alignment", "AlignCenter")  # see FRAME_ONLY
        label.setEnabled(False)  # drawn in the palette's muted text colour
        return label

    def show_first_page(self, first: FirstPage) -> None:
        """The work-order list's first page, read with plain sqlite3 while the pages load;
        shown in place of the opening state when the window opens on that list."""
        if self.pages or self.nav.currentRow() != list(PAGE_ICONS).index("work_orders"):
            return
        from app.ui.work_orders.first_page import first_page_view

        self.first_page = first_page_view(first, self._wo_count(first.count), self.settings)
        self.stack.addWidget(self.first_page)
        self.stack.setCurrentWidget(self.first_page)

    def set_store(
        self,
        store: Store,
        device_prefix: str,
        user: ActingUser | None = None,
        starts_on_my_day: bool | None = None,
    ) -> None:
        """Builds the pages over the opened database, in place of the opening state.

        `user` and `starts_on_my_day`, read with the opening in its worker, spare the
        GUI thread any query while the pages are built (tests/test_startup.py)."""
        self.store = store
        self.acting = user if user is not None else _acting_user(store)
        self.pages = self._make_pages()
        for early in (self.opening, self.first_page):
            if early is not None:
                self.stack.removeWidget(early)
                early.deleteLater()
        self.first_page = None
        for page in self.pages:
            self.stack.addWidget(page.widget or page.list_page)
            if page.widget is None:
                page.list_page.open_requested.connect(lambda rid, p=page: self._open(p, rid))
        self.device_prefix = device_prefix
        self._show_user(self.acting)
        self._open_start_page(on_my_day=starts_on_my_day)
        self._install_sync()
        from app.ui.tasks import run_in_background

        # After start-up settles: reading the templates imports pydantic (~0.2 s of work).
        QTimer.singleShot(
            3000,
            self,  # not called once the window is gone
            lambda: run_in_background(
                _template_problems, self._report_template_problems, lambda _e: None
            ),
        )
        self._enable_database_actions(True)
        self._show_page(self.nav.currentRow())

    def _enable_database_actions(self, enabled: bool) -> None:
        """Actions that need the database wait for it; navigation and menus do not."""
        for action in (
            self.new_action,
            self.open_action,
            self.delete_action,
            self.refresh_action,
            self.find_action,
            self.search_everything_action,
            self.export_reports_action,
            self.switch_user_action,
            self.backups_action,
            self.company_action,
        ):
            action.setEnabled(enabled)

    # --- pages ---------------------------------------------------------------------------

    def _make_pages(self) -> list[Page]:
        from app.services import lists
        from app.services.registry import customers, equipment
        from app.services.work_orders import orders as work_orders
        from app.ui.list_page import ListPage
        from app.ui.registry.customer_dialog import CustomerDialog
        from app.ui.registry.equipment_dialog import EquipmentDialog
        from app.ui.work_orders.work_order_dialog import WorkOrderDialog

        store, settings, titles = self._store(), self.settings, self.page_titles
        # English screens show the stored English hospital names (issue 20).
        orders = lists.WORK_ORDERS if chinese() else lists.WORK_ORDERS.in_english()
        units = lists.EQUIPMENT if chinese() else lists.EQUIPMENT.in_english()
        pages = [
            self._my_day_page(),
            Page(
                "work_orders",
                titles["work_orders"],
                ListPage(store, orders, self._wo_count, settings),
                lambda: bool(WorkOrderDialog(store, None, self).exec()),
                self._open_work_order,
                lambda rid: work_orders.delete_work_order(store, rid),
                self.tr("Delete the selected work order? It will be hidden from all lists."),
            ),
            Page(
                "equipment",
                titles["equipment"],
                ListPage(
                    store,
                    units,
                    lambda n: self.tr("%n unit(s)", "", n),
                    settings,
                ),
                lambda: bool(EquipmentDialog(store, None, self).exec()),
                self._open_equipment,
                lambda rid: equipment.delete_equipment(store, rid),
                self.tr("Delete the selected unit? Its service history is kept."),
            ),
            Page(
                "customers",
                titles["customers"],
                ListPage(
                    store,
                    lists.CUSTOMERS,
                    lambda n: self.tr("%n hospital(s)", "", n),
                    settings,
                ),
                lambda: bool(CustomerDialog(store, None, self).exec()),
                lambda rid: bool(CustomerDialog(store, rid, self).exec()),
                lambda rid: customers.delete_customer(store, rid),
                self.tr("Delete the selected hospital?"),
            ),
            self._follow_ups_page(),
            self._instruments_page(),
            *self._complaint_pages(),
            self._stock_page(),
            self._purchasing_page(),
            self._costs_page(),
            self._service_plan_page(),
            self._sync_page(),
            self._dashboard_page(),
            self._upgrades_page(),
            self._staff_page(),
        ]
        order = list(titles)  # the navigation lists them in the titles' order
        return sorted(pages, key=lambda page: order.index(page.key))

    def _store(self) -> Store:
        assert self.store is not None, "the database is not open yet"
        return self.store

    def _my_day_page(self) -> Page:
        from app.ui.my_day.my_day_page import MyDayPage

        page = MyDayPage(self._store(), self.settings)
        entry = Page("my_day", self.page_titles["my_day"], page, None, self._open_work_order, None)
        entry.widget = page

        def open_record(key: str, record_id: str) -> None:
            self._open(self.page(key), record_id)
            page.refresh()  # the job may have moved on

        page.open_requested.connect(open_record)
        return entry

    def _dashboard_page(self) -> Page:
        from app.ui.kpis.dashboard_page import DashboardPage

        page = DashboardPage(self._store(), self.settings)
        entry = Page("dashboard", self.page_titles["dashboard"], cast("ListPage", page), None,
                     self._open_work_order, None, widget=page)  # fmt: skip
        page.open_requested.connect(lambda key, record_id: self._open(self.page(key), record_id))
        return entry

    def _staff_page(self) -> Page:
        from app.ui.staff.staff_page import StaffPage

        page = self.staff_page = StaffPage(self._store(), self.settings)
        return Page("staff", self.page_titles["staff"], cast("ListPage", page),
                    page.staff_actions.new_record, page.staff_actions.open_record, None,
                    widget=page)  # fmt: skip

    def _follow_ups_page(self) -> Page:
        from app.ui.work_orders.follow_ups_page import FollowUpsPage

        page = FollowUpsPage(self._store(), self.settings)
        page.work_order_created.connect(lambda _id: self.page("work_orders").list_page.refresh())

        def record(follow_up_id: str) -> bool:
            page.record_outcome(follow_up_id)
            return False  # the page refreshes itself

        return Page(
            "follow_ups",
            self.page_titles["follow_ups"],
            page.list_page,
            None,
            record,
            None,
            widget=page,
        )

    def _instruments_page(self) -> Page:
        from app.ui.instruments.register_page import InstrumentsPage

        page = self.instruments_page = InstrumentsPage(
            self._store(), self.settings, user=self.acting
        )
        return Page(
            "instruments",
            self.page_titles["instruments"],
            page.list_page,
            page.add_instrument if page.editable else None,
            page.open_instrument,
            None,
            widget=page,
        )

    def _complaint_pages(self) -> list[Page]:
        from app.ui.complaints.complaints_page import ComplaintsPage
        from app.ui.complaints.hotline_page import HotlinePage

        store, user = self._store(), self.acting
        hotline = self.hotline_page = HotlinePage(store, self.settings, user=user)
        complaints = self.complaints_page = ComplaintsPage(store, self.settings, user=user)

        def opened(kind: str, record_id: str) -> None:
            key = "work_orders" if kind == "work_order" else "complaints"
            self.page(key).list_page.refresh()

        hotline.opened.connect(opened)
        return [
            Page(
                "hotline",
                self.page_titles["hotline"],
                hotline.list_page,
                hotline.new_call,
                hotline.open_call,
                None,
                widget=hotline,
            ),
            Page(
                "complaints",
                self.page_titles["complaints"],
                complaints.list_page,
                complaints.new_complaint,
                complaints.open_complaint,
                None,
                widget=complaints,
            ),
        ]

    def _stock_page(self) -> Page:
        # Reads nothing until shown (and then in a worker): the first paint stays cheap.
        from app.ui.stock.stock_page import StockPage

        page = StockPage(self._store(), self.settings)
        title = self.page_titles["stock"]
        # The Stock page answers what the window asks of a list (table, refresh,
        # focus_search, current_id, save_state, open_requested) without being one; typed
        # as a ListPage so the other pages' typed uses stay exact.
        as_list = cast("ListPage", page)
        return Page("stock", title, as_list, None, page.open_history, None, widget=page)

    def _purchasing_page(self) -> Page:
        # Like Stock: reads nothing until shown, then in a worker.
        from app.ui.purchasing.purchasing_page import PurchasingPage

        page = PurchasingPage(self._store(), self.settings)
        as_list = cast("ListPage", page)
        title = self.page_titles["purchasing"]
        return Page("purchasing", title, as_list, None, page.edit_part, None, widget=page)

    def _costs_page(self) -> Page:
        # Like Purchasing: reads nothing until shown, then in a worker.
        from app.ui.costs.costs_page import CostsPage

        page = CostsPage(self._store(), self.settings)
        as_list = cast("ListPage", page)
        title = self.page_titles["costs"]
        return Page("costs", title, as_list, None, page.open_record, None, widget=page)

    def _service_plan_page(self) -> Page:
        from app.ui.service_plan.service_plan_page import ServicePlanPage

        page = self.service_plan_page = ServicePlanPage(
            self._store(), self.settings, user=self.acting
        )
        page.open_work_order.connect(self._open_work_order)
        title = self.page_titles["service_plan"]
        as_list = cast("ListPage", page)
        return Page("service_plan", title, as_list, None, page.open_record, None, widget=page)

    def _upgrades_page(self) -> Page:
        from app.ui.upgrades.campaign_page import UpgradesPage

        page = self.upgrades_page = UpgradesPage(self._store(), self.settings, user=self.acting)
        page.open_requested.connect(self._open_work_order)
        as_list = cast("ListPage", page)  # answers what the window asks of a list
        return Page(
            "upgrades",
            self.page_titles["upgrades"],
            as_list,
            None,
            page.open_campaign,
            None,
            widget=page,
        )

    def _sync_page(self) -> Page:
        # Cheap to build: the network client is imported by the sync workers, later.
        from app.ui.sync.sync_controller import SyncController
        from app.ui.sync.sync_page import SyncPage

        self.sync_controller = SyncController(self._store(), self.settings, self)
        page = self.sync_page = SyncPage(self._store(), self.sync_controller, self.settings)
        title = self.page_titles["sync"]
        return Page("sync", title, page.list_page, None, page.open_run, None, widget=page)

    def _install_sync(self) -> None:
        """The status-bar summary (a click opens the Sync page), Ctrl+Shift+S from
        anywhere, lists refreshed after a round brought records, and automatic sync
        once start-up has settled."""
        from app.ui.sync.sync_indicator import SyncIndicator

        self.sync_indicator = SyncIndicator(self.sync_controller)
        self.sync_indicator.clicked.connect(lambda: self.show_page("sync"))
        self.statusBar().insertPermanentWidget(0, self.sync_indicator)
        self.addAction(self.sync_page.sync_action)
        self.sync_controller.synced.connect(self._after_sync)
        QTimer.singleShot(2000, self, self.sync_controller.start)

    def _after_sync(self, report: object) -> None:
        if getattr(report, "pulled", 0):
            for page in self.pages:
                page.list_page.refresh()
            self._show_user_later()  # users arrive with the first sync

    def _wo_count(self, n: int) -> str:
        return self.tr("%n work order(s)", "", n)

    def _open_work_order(self, work_order_id: str) -> bool:
        # Imported when first opened: the work-order window brings the checklist,
        # signing and report machinery, which start-up does not need.
        from app.ui.work_orders.work_order_window import WorkOrderWindow

        window = WorkOrderWindow(self._store(), work_order_id, self)
        changed: list[bool] = []
        window.changed.connect(lambda: changed.append(True))
        window.exec()
        return bool(changed)

    def _export_reports(self) -> None:
        from PySide6.QtCore import Qt

        from app.ui.reports.batch_export import BatchExportDialog  # brings the report machinery

        dialog = BatchExportDialog(self._store(), self.settings, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.exec()

    def _open_equipment(self, equipment_id: str) -> bool:
        from app.ui.registry.equipment_detail import EquipmentDetailDialog

        dialog = EquipmentDetailDialog(self._store(), equipment_id, self)
        dialog.exec()
        return dialog.changed

    def current_page(self) -> Page:
        return self.pages[self.stack.currentIndex()]

    def page(self, key: str) -> Page:
        return next(p for p in self.pages if p.key == key)

    def show_page(self, key: str) -> None:
        self.nav.setCurrentRow(list(self.page_titles).index(key))

    def _show_page(self, row: int) -> None:
        if row < 0 or not self.pages:
            return  # while the database opens, the navigation only remembers the choice
        self.stack.setCurrentIndex(row)
        page = self.pages[row]
        self.new_action.setEnabled(page.new is not None)
        self.delete_action.setEnabled(page.delete is not None)
        page.list_page.table.setFocus()

    # --- actions -------------------------------------------------------------------------

    def _make_actions(self) -> None:
        style = self.style()
        icon = style.standardIcon
        self.new_action = self._action(
            self.tr("&New…"),
            QKeySequence.StandardKey.New,
            self._new,
            icon(QStyle.StandardPixmap.SP_FileIcon),
        )
        self.open_action = self._action(
            self.tr("&Open…"),
            QKeySequence("Ctrl+O"),
            self._open_current,
            icon(QStyle.StandardPixmap.SP_DialogOpenButton),
        )
        self.delete_action = self._action(
            self.tr("&Delete…"),
            QKeySequence.StandardKey.Delete,
            self._delete,
            icon(QStyle.StandardPixmap.SP_TrashIcon),
        )
        self.refresh_action = self._action(
            self.tr("&Refresh"),
            QKeySequence.StandardKey.Refresh,
            self._refresh,
            icon(QStyle.StandardPixmap.SP_BrowserReload),
        )
        self.find_action = self._action(
            self.tr("&Find"),
            QKeySequence.StandardKey.Find,
            lambda: self.current_page().list_page.focus_search(),
        )
        self.search_everything_action = self._action(
            self.tr("&Search everything"), QKeySequence("Ctrl+K"), self._search_everything
        )
        self.export_reports_action = self._action(
            self.tr("&Export signed reports…"), QKeySequence("Ctrl+Shift+E"), self._export_reports
        )
        quit_action = self._action(self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.close)

        toolbar = QToolBar(self.tr("Actions"))
        toolbar.setObjectName("actions")
        toolbar.setMovable(False)
        toolbar.setProperty("toolButtonStyle", "ToolButtonTextBesideIcon")  # see FRAME_ONLY
        for action in (self.new_action, self.open_action, self.delete_action, self.refresh_action):
            toolbar.addAction(action)
        self.addToolBar(toolbar)

        menu = self.menuBar()
        file_menu = menu.addMenu(self.tr("&File"))
        for action in (self.new_action, self.open_action, self.delete_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.export_reports_action)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)
        view_menu = menu.addMenu(self.tr("&View"))
        for number, (key, title) in enumerate(self.page_titles.items(), start=1):
            keys = QKeySequence(f"Ctrl+{number}") if number <= 9 else QKeySequence()
            view_menu.addAction(self._action(title, keys, partial(self.show_page, key)))
        view_menu.addSeparator()
        view_menu.addAction(self.find_action)
        view_menu.addAction(self.search_everything_action)
        view_menu.addAction(self.refresh_action)
        settings_menu = menu.addMenu(self.tr("&Settings"))
        language_menu = settings_menu.addMenu(self.tr("&Language"))
        for code, name in (
            ("", self.tr("System default")),
            ("zh_CN", "简体中文"),
            ("en", "English"),
        ):
            language_menu.addAction(
                self._action(name, QKeySequence(), partial(self._set_language, code))
            )
        settings_menu.addAction(
            self._action(self.tr("Time zone…"), QKeySequence(), self._choose_time_zone)
        )
        self.switch_user_action = self._action(
            self.tr("Who is using this laptop…"), QKeySequence(), self._switch_user
        )
        settings_menu.addAction(self.switch_user_action)
        self.backups_action = self._action(self.tr("&Backups…"), QKeySequence(), self._backups)
        settings_menu.addAction(self.backups_action)
        self.company_action = self._action(
            self.tr("&Company profile…"), QKeySequence(), self._company_profile
        )
        settings_menu.addAction(self.company_action)
        help_menu = menu.addMenu(self.tr("&Help"))
        help_menu.addAction(self._action(self.tr("&About Beamside"), QKeySequence(), self._about))

    def _action(
        self,
        text: str,
        shortcut: QKeySequence | QKeySequence.StandardKey,
        slot: Callable[[], object],
        icon: object = None,
    ) -> QAction:
        action = QAction(text, self)
        if icon is not None:
            action.setIcon(icon)  # type: ignore[arg-type]
        if isinstance(shortcut, QKeySequence.StandardKey):
            keys = QKeySequence.keyBindings(shortcut)[:1]  # what QKeySequence(key) would hold
        else:
            keys = [shortcut] if not shortcut.isEmpty() else []
        action.setShortcuts(keys)  # FRAME_ONLY: setShortcut() makes the Qt enums
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _new(self) -> None:
        page = self.current_page()
        if page.new is not None and page.new():
            page.list_page.refresh()

    def _open_current(self) -> None:
        page = self.current_page()
        record_id = page.list_page.current_id()
        if record_id is not None:
            self._open(page, record_id)

    def _open(self, page: Page, record_id: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        from app.services.records import RecordGone

        try:
            changed = page.open(record_id)
        except RecordGone:
            changed = True
            QMessageBox.information(self, page.title, self.tr("This record no longer exists."))
        if changed:
            page.list_page.refresh()

    def _delete(self) -> None:
        page = self.current_page()
        record_id = page.list_page.current_id()
        if record_id is None or page.delete is None:
            return
        from PySide6.QtWidgets import QMessageBox

        from app.domain.records import ValidationError
        from app.services.records import RecordGone
        from app.ui.labels import validation_message

        answer = QMessageBox.question(self, self.tr("Delete"), page.delete_question)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            page.delete(record_id)
        except ValidationError as exc:
            QMessageBox.warning(self, self.tr("Delete"), validation_message(exc.errors[0].message))
            return
        except RecordGone:
            pass
        self.statusBar().showMessage(self.tr("Deleted."), 4000)
        page.list_page.refresh()

    def _search_everything(self) -> None:
        """Ctrl+K from anywhere: the "My day" search box, over every kind of record."""
        self.show_page("my_day")
        self.current_page().list_page.focus_search()

    def _refresh(self) -> None:
        self.current_page().list_page.refresh()

    def _choose_time_zone(self) -> None:
        """The zone of this installation's calendar: work-order years, report times,
        "today". The system's unless chosen here (a laptop set to UTC, say)."""
        from PySide6.QtWidgets import QInputDialog

        from app.domain import local_time
        from app.installation import apply_time_zone

        system = arg(self.tr("System (%1)"), local_time.offset_label(local_time.now()))

        current = local_time.zone_name()
        names = [system, *local_time.zone_names()]
        chosen, ok = QInputDialog.getItem(
            self,
            self.tr("Time zone"),
            self.tr("Times are shown, and work-order years counted, in this zone:"),
            names,
            names.index(current) if current in names else 0,
            False,
        )
        if not ok:
            return
        name = "" if chosen == system else chosen
        apply_time_zone(name)
        if name:
            self.settings.setValue(settings_keys.TIME_ZONE, name)
        else:
            self.settings.remove(settings_keys.TIME_ZONE)
        self.current_page().list_page.refresh()
        self.statusBar().showMessage(arg(self.tr("Time zone: %1"), name or system), 4000)

    def _set_language(self, code: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        if code:
            self.settings.setValue(settings_keys.LANGUAGE, code)
        else:
            self.settings.remove(settings_keys.LANGUAGE)
        QMessageBox.information(
            self, self.tr("Language"), self.tr("The new language applies when Beamside restarts.")
        )

    def add_demo_data(self) -> None:
        """Fills in the demo in the background (a few seconds the first time)."""
        from app.demo.seed import seed_demo

        self.statusBar().showMessage(self.tr("Adding demo data…"))

        def done(added: int) -> None:
            if not shiboken6.isValid(self):
                return
            self.statusBar().showMessage(
                self.tr("Demo data added: %n work order(s).", "", added) if added else "", 8000
            )
            for page in self.pages:
                page.list_page.refresh()
            self._show_user_later()

        def failed(error: BaseException) -> None:
            log.error("demo data failed", exc_info=error)
            if shiboken6.isValid(self):
                self.statusBar().showMessage(self.tr("The demo data could not be added."), 8000)

        from app.ui.tasks import run_in_background

        store = self._store()
        run_in_background(lambda: seed_demo(store), done, failed)

    def _report_template_problems(self, problems: list[str]) -> None:
        """A broken checklist file must not go unnoticed, nor stop the app from starting."""
        if not shiboken6.isValid(self):
            return
        for problem in problems:
            log.warning("checklist template refused: %s", problem)
        if problems:
            self.statusBar().showMessage(
                self.tr(
                    "%n checklist template file(s) could not be loaded; see Start a checklist.",
                    "",
                    len(problems),
                ),
                15000,
            )

    def _show_user(self, user: ActingUser | None = None) -> None:
        """Who is acting, on the status bar and in what the pages offer; `user` when
        known, else read now."""
        from app.ui.labels import enum_label

        user = self.acting = user if user is not None else _acting_user(self._store())
        self.user_label.setText(
            arg(self.tr("User: %1 (%2)"), user.display_name, enum_label(user.role))
        )
        self._show_pages_to(user.role)

    def _show_user_later(self, show: bool = False) -> None:
        """`_show_user` and the start page after a sync, the demo data or another user
        chosen, with the reading in a worker (users may have arrived or changed); `show`
        goes to the start page too."""
        from app.services.my_day.day import starts_on_my_day
        from app.ui.tasks import run_in_background

        store = self._store()

        def shown(read: tuple[ActingUser, bool]) -> None:
            if shiboken6.isValid(self) and self.store is store:
                self._show_user(read[0])
                self._open_start_page(show=show, on_my_day=read[1])

        run_in_background(
            lambda: (_acting_user(store), starts_on_my_day(store)),
            shown,
            lambda error: log.error("reading the acting user failed", exc_info=error),
        )

    def _show_pages_to(self, role: object) -> None:
        """Each page for the roles that work with it (the services and the server refuse
        the others' writes anyway); a hidden current page gives way to Work orders."""
        from app.domain.complaints import DESK_ROLES
        from app.domain.costs import VIEW_ROLES as COST_VIEWERS
        from app.domain.enums import UserRole
        from app.domain.instruments import VIEW_ROLES as INSTRUMENT_VIEWERS
        from app.domain.purchasing import VIEW_ROLES as PURCHASING_VIEWERS
        from app.domain.staff import MANAGER_ROLES as STAFF_MANAGERS
        from app.domain.staff import VIEW_ROLES as STAFF_VIEWERS
        from app.domain.upgrades import CAMPAIGN_ROLES, FIELD_ROLES
        from app.services.kpis.dashboard import VIEW_ROLES as DASHBOARD_VIEWERS

        self._show_page_to("instruments", role in INSTRUMENT_VIEWERS)
        self._show_page_to("purchasing", role in PURCHASING_VIEWERS)
        self._show_page_to("costs", role in COST_VIEWERS)
        self._show_page_to("dashboard", role in DASHBOARD_VIEWERS)
        # Engineers see their own visits, read-only.
        self._show_page_to("service_plan", role is not UserRole.PARTS_ADMINISTRATOR)
        self._show_page_to("upgrades", role in CAMPAIGN_ROLES | FIELD_ROLES)
        self._show_page_to("hotline", role in DESK_ROLES)
        self._show_page_to("complaints", role in DESK_ROLES)
        self._show_page_to("staff", role in STAFF_VIEWERS)
        if not self.pages:
            return
        user = self.acting
        self.instruments_page.update_role(user)
        editable = self.instruments_page.editable
        self.page("instruments").new = self.instruments_page.add_instrument if editable else None
        self.service_plan_page.update_role(user)
        self.upgrades_page.update_role(user)
        self.hotline_page.update_role(user)
        self.complaints_page.update_role(user)
        self.page("complaints").list_page = self.complaints_page.list_page
        manager = role in CAMPAIGN_ROLES
        self.page("upgrades").new = self.upgrades_page.new_campaign if manager else None
        staff_new = self.staff_page.staff_actions.new_record
        self.page("staff").new = staff_new if role in STAFF_MANAGERS else None
        current = self.nav.currentRow()
        if 0 <= current < len(self.pages):
            self.new_action.setEnabled(self.pages[current].new is not None)

    def _show_page_to(self, key: str, visible: bool) -> None:
        row = list(self.page_titles).index(key)
        self.nav.item(row).setHidden(not visible)
        if not visible and self.nav.currentRow() == row:
            self.show_page("work_orders")

    def _open_start_page(self, show: bool = True, on_my_day: bool | None = None) -> None:
        """A field engineer known to this laptop starts on "My day" (and the next start
        draws it first); everybody else on the page they last used. `show=False` only
        remembers it (users that arrived while the window was in use). `on_my_day`
        when already known, else read now."""
        from app.services.my_day.day import starts_on_my_day

        if on_my_day is None:
            on_my_day = starts_on_my_day(self._store())
        if on_my_day:
            self.settings.setValue(settings_keys.START_PAGE, "my_day")
            if show:
                self.show_page("my_day")
        else:
            self.settings.remove(settings_keys.START_PAGE)

    def _switch_user(self) -> None:
        """Who is using this laptop: the users are read in a worker, then chosen."""
        from app.services.registry.users import user_choices
        from app.ui.tasks import run_in_background

        store = self._store()
        run_in_background(
            lambda: user_choices(store),
            lambda choices: self._choose_user(store, choices),
            lambda error: log.error("reading the users failed", exc_info=error),
        )

    def _choose_user(self, store: Store, choices: list[tuple[str, str]]) -> None:
        from PySide6.QtWidgets import QInputDialog, QMessageBox

        if not shiboken6.isValid(self) or self.store is not store:
            return
        if not choices:
            QMessageBox.information(
                self, self.tr("Users"), self.tr("No users yet: they arrive with the first sync.")
            )
            return
        names = [name for _, name in choices]
        logins = [login for login, _ in choices]
        current = logins.index(store.user_login) if store.user_login in logins else 0
        name, ok = QInputDialog.getItem(
            self, self.tr("Who is using this laptop"), self.tr("User:"), names, current, False
        )
        if ok:
            store.user_login = logins[names.index(name)]
            self.settings.setValue(settings_keys.USER_LOGIN, store.user_login)
            self._show_user_later(show=True)
            self.page("my_day").list_page.refresh()

    def _backups(self) -> None:
        from app.paths import backups_dir
        from app.ui.backups.backups_dialog import BackupsDialog

        BackupsDialog(backups_dir(self._store().data_dir), self).exec()

    def _company_profile(self) -> None:
        from app.ui.company.company_profile_dialog import CompanyProfileDialog

        CompanyProfileDialog(self._store(), self).exec()

    def about_text(self) -> str:
        """The version, and for a support call: this laptop's work-order number prefix
        and the data folder in full."""
        text = arg(
            self.tr("Beamside %1\nService records for radiotherapy equipment, offline first."),
            __version__,
        )
        if self.store is not None:
            text += "\n\n" + arg(
                self.tr("Work-order number prefix of this laptop: %1\nData folder: %2"),
                self.device_prefix,
                str(self.store.data_dir),
            )
        return text

    def _about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(self, self.tr("About Beamside"), self.about_text())

    # --- remembered layout ---------------------------------------------------------------

    def _restore(self) -> None:
        geometry = self.settings.value(settings_keys.WINDOW_GEOMETRY)
        if geometry is None or not self.restoreGeometry(geometry):
            screen = QApplication.primaryScreen().availableGeometry()
            self.resize(min(1280, screen.width()), min(720, screen.height()))
        state = self.settings.value(settings_keys.WINDOW_STATE)
        if state is not None:
            self.restoreState(state)
        keys = list(self.page_titles)
        last = self.settings.value(settings_keys.START_PAGE) or self.settings.value(
            settings_keys.WINDOW_PAGE, "work_orders"
        )
        self.show_page(last if last in keys else "work_orders")

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.setValue(settings_keys.WINDOW_GEOMETRY, self.saveGeometry())
        self.settings.setValue(settings_keys.WINDOW_STATE, self.saveState())
        self.settings.setValue(
            settings_keys.WINDOW_PAGE, list(self.page_titles)[self.nav.currentRow()]
        )
        for page in self.pages:
            page.list_page.save_state()
        self.settings.sync()
        super().closeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            # Once this frame is complete (the children paint after this event).
            QTimer.singleShot(0, self, self.first_painted.emit)
