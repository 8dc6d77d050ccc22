"""The service manager's month: open urgent repairs, the month's KPI tiles, downtime by
subsystem (Pareto), the response-time distribution and a unit's QA trend. Every tile,
bar and point opens the work orders behind it. All reads run in workers
(app/ui/tasks.py); the page reads nothing until it is shown."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain import local_time
from app.domain.kpis import Bar, Figure, Kpi
from app.domain.uptime import Exclusion
from app.services.kpis.dashboard import (
    ContractUptime,
    Dashboard,
    EngineerUptime,
    UnitUptime,
    load_for_role,
)
from app.services.kpis.tables import CONTEXT, KPI_LABELS, display, exclusions_by_job
from app.services.kpis.trends import Trend, TrendItem, TrendPoint, load_trend, trend_items
from app.services.my_day.day import MyDay
from app.services.store import Store
from app.ui.i18n import arg, chinese
from app.ui.kpis.charts import BarChart, TrendChart, UptimeChart, ask_and_export_chart
from app.ui.kpis.engineer_view import EngineerDayView
from app.ui.kpis.table_export import ask_and_write_table
from app.ui.labels import enum_label, format_datetime
from app.ui.tasks import run_in_background

TILES = (
    Kpi.JOBS,
    Kpi.MTTR_HOURS,
    Kpi.MTBF_DAYS,
    Kpi.FIRST_TIME_FIX,
    Kpi.REPEAT_FAILURES,
    Kpi.PM_ON_TIME,
    Kpi.SATISFACTION,
    Kpi.RESPONSE_HOURS,
    Kpi.UPTIME,
    Kpi.UPTIME_SHORTFALL_HOURS,
)
TILE_COLUMNS = 5
LOWEST_UNITS = 5  # the uptime chart's lines unless one unit is chosen
BELOW = QColor("#fde2e1")  # a contract short of its guarantee
BELOW_TEXT = QColor("#a50f15")


def kpi_label(kpi: Kpi) -> str:
    return QCoreApplication.translate(CONTEXT, KPI_LABELS[kpi])


class DrillDialog(QDialog):
    """The work orders behind a figure; double-click one to open it."""

    open_requested = Signal(str)  # work order id

    def __init__(
        self,
        title: str,
        jobs: tuple[str, ...],
        numbers: dict[str, str],
        parent: QWidget,
        exclusions: tuple[Exclusion, ...] = (),
    ):
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(arg(self.tr("%1 work order(s) behind this figure"), len(jobs))))
        # What the contract did not count, and why, beside each work order.
        why = exclusions_by_job(exclusions, lambda text: QCoreApplication.translate(CONTEXT, text))
        self.list = QListWidget()
        for job in jobs:
            number = numbers.get(job, job)
            text = arg(self.tr("%1 — not counted: %2"), number, why[job]) if job in why else number
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, job)
            self.list.addItem(item)
        self.list.itemDoubleClicked.connect(
            lambda item: self.open_requested.emit(item.data(Qt.ItemDataRole.UserRole))
        )
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(520 if why else 360, 420)


class DashboardPage(QWidget):
    open_requested = Signal(str, str)  # page key, record id (as "My day")
    loaded = Signal()  # the month is shown (tests wait on it)
    trend_loaded = Signal()
    exported = Signal(str)  # the .xlsx written (its path)

    def __init__(self, store: Store, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.settings = store, settings
        self.dashboard: Dashboard | None = None
        self.day: MyDay | None = None
        self.trend: Trend | None = None
        self._loading = False
        self._shown_once = False
        self.drill_dialog: DrillDialog | None = None
        self.monthly_dialog: QDialog | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        outer.addWidget(scroll)
        self.month_view = scroll
        # Field staff see their own day instead of the office's month.
        self.engineer_view = EngineerDayView()
        self.engineer_view.open_requested.connect(self.open_requested)
        self.engineer_view.exported.connect(self.exported)
        self.engineer_view.hide()
        outer.addWidget(self.engineer_view)
        body = QWidget()
        scroll.setWidget(body)
        layout = QVBoxLayout(body)

        head = QHBoxLayout()
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 15pt; font-weight: 600;")
        head.addWidget(self.title, 1)
        head.addWidget(QLabel(self.tr("Month:")))
        self.month = QDateEdit()
        self.month.setDisplayFormat("yyyy-MM")
        self.month.setCalendarPopup(True)
        today = local_time.today()
        self.month.setDate(QDate(today.year, today.month, 1))
        self.month.dateChanged.connect(lambda _d: self.refresh())
        head.addWidget(self.month)
        self.export_button = QPushButton(self.tr("Export KPI tables (.xlsx)…"))
        self.export_button.clicked.connect(self.export_tables)
        head.addWidget(self.export_button)
        self.monthly_button = QPushButton(self.tr("Monthly reports (PDF)…"))
        self.monthly_button.setToolTip(
            self.tr("The month's sealed service report for each hospital with activity")
        )
        self.monthly_button.clicked.connect(self.open_monthly_reports)
        head.addWidget(self.monthly_button)
        layout.addLayout(head)

        self.tiles: dict[Kpi, QPushButton] = {}
        grid = QGridLayout()
        for index, kpi in enumerate(TILES):
            tile = QPushButton()
            tile.setMinimumHeight(58)
            tile.setStyleSheet("text-align: center; font-size: 11pt;")
            tile.clicked.connect(lambda _c=False, k=kpi: self._drill_kpi(k))
            self.tiles[kpi] = tile
            grid.addWidget(tile, index // TILE_COLUMNS, index % TILE_COLUMNS)
        layout.addLayout(grid)

        uptime = QHBoxLayout()
        left = QVBoxLayout()
        self.uptime_label = QLabel()
        uptime_head = QHBoxLayout()
        uptime_head.addWidget(self.uptime_label, 1)
        self.contracts_export = QPushButton(self.tr("Export (.xlsx)…"))
        self.contracts_export.clicked.connect(self.export_contracts)
        uptime_head.addWidget(self.contracts_export)
        left.addLayout(uptime_head)
        self.contracts = QTableWidget(0, 8)
        self.contracts.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.contracts.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.contracts.verticalHeader().hide()
        self.contracts.doubleClicked.connect(lambda index: self._drill_contract(index.row()))
        # Engineers' uptime: the units each worked on this month (issue 14 §KPIs).
        self.engineers = QTableWidget(0, 5)
        self.engineers.setObjectName("engineer_uptime")
        self.engineers.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.engineers.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.engineers.verticalHeader().hide()
        self.engineers.doubleClicked.connect(lambda index: self._drill_engineer(index.row()))
        self.uptime_tabs = QTabWidget()
        self.uptime_tabs.addTab(self.contracts, self.tr("By contract"))
        self.uptime_tabs.addTab(self.engineers, self.tr("By engineer"))
        left.addWidget(self.uptime_tabs)
        uptime.addLayout(left, 5)
        right = QVBoxLayout()
        chosen = QHBoxLayout()
        chosen.addWidget(QLabel(self.tr("Uptime chart:")))
        self.uptime_unit = QComboBox()
        self.uptime_unit.currentIndexChanged.connect(lambda _i: self._show_uptime_chart())
        chosen.addWidget(self.uptime_unit, 1)
        uptime_chart_export = QPushButton(self.tr("Export chart…"))
        uptime_chart_export.clicked.connect(self.export_uptime_chart)
        chosen.addWidget(uptime_chart_export)
        right.addLayout(chosen)
        self.uptime_chart = UptimeChart()
        self.uptime_chart.setMinimumHeight(300)
        self.uptime_chart.point_clicked.connect(self._drill_unit_month)
        right.addWidget(self.uptime_chart)
        uptime.addLayout(right, 4)
        layout.addLayout(uptime)

        self.urgent_label = QLabel()
        urgent_head = QHBoxLayout()
        urgent_head.addWidget(self.urgent_label, 1)
        self.urgent_export = QPushButton(self.tr("Export (.xlsx)…"))
        self.urgent_export.clicked.connect(self.export_urgent)
        urgent_head.addWidget(self.urgent_export)
        layout.addLayout(urgent_head)
        self.table = QTableWidget(0, 5)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setMaximumHeight(150)
        self.table.doubleClicked.connect(lambda _i: self._open_current())
        layout.addWidget(self.table)

        charts = QHBoxLayout()
        self.pareto = BarChart()
        self.responses = BarChart()
        for chart, name in ((self.pareto, "downtime-pareto"), (self.responses, "response-times")):
            chart.bar_clicked.connect(self._drill_bar)
            column = QVBoxLayout()
            button = QPushButton(self.tr("Export chart…"))
            button.clicked.connect(
                lambda _c=False, v=chart, n=name: ask_and_export_chart(self, v, n)
            )
            column.addWidget(button, 0, Qt.AlignmentFlag.AlignRight)
            column.addWidget(chart)
            charts.addLayout(column)
        layout.addLayout(charts)

        trend_head = QHBoxLayout()
        trend_head.addWidget(QLabel(self.tr("QA trend:")))
        self.unit = QComboBox()
        self.unit.currentIndexChanged.connect(lambda _i: self._load_items())
        self.item = QComboBox()
        self.item.currentIndexChanged.connect(lambda _i: self._load_trend())
        trend_head.addWidget(self.unit, 1)
        trend_head.addWidget(self.item, 2)
        self.png_button = QPushButton(self.tr("Export chart…"))
        self.png_button.clicked.connect(self.export_trend)
        trend_head.addWidget(self.png_button)
        layout.addLayout(trend_head)
        self.trend_chart = TrendChart()
        self.trend_chart.setMinimumHeight(320)
        self.trend_chart.point_clicked.connect(self._open_point)
        layout.addWidget(self.trend_chart)

    # --- what the main window asks of a page ------------------------------------------------

    def focus_search(self) -> None:
        self.month.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def current_id(self) -> str | None:
        item = self.table.item(self.table.currentRow(), 0)
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def save_state(self) -> None:
        """Nothing to remember: the month starts at the current one."""

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            self.refresh()

    # --- loading ----------------------------------------------------------------------------

    def selected_month(self) -> date:
        chosen = self.month.date()
        return date(chosen.year(), chosen.month(), 1)

    def refresh(self) -> None:
        if self._loading:
            return
        self._loading = True
        store, month = self.store, self.selected_month()
        run_in_background(lambda: load_for_role(store, month), self._show_any, self._failed)

    def _show_any(self, shown: Dashboard | MyDay) -> None:
        """The month for the office, the day for field staff (the role decides)."""
        is_day = isinstance(shown, MyDay)
        self.month_view.setVisible(not is_day)
        self.engineer_view.setVisible(is_day)
        if isinstance(shown, MyDay):
            self._loading = False
            self.day = shown
            self.engineer_view.show_day(shown)
            self.loaded.emit()
            return
        self._show(shown)

    def _failed(self, error: BaseException) -> None:
        self._loading = False
        QMessageBox.warning(self, self.tr("Dashboard"), str(error))

    def _show(self, dashboard: Dashboard) -> None:
        self._loading = False
        if dashboard.first != self.selected_month():
            self.refresh()  # the month changed while reading
            return
        self.dashboard = dashboard
        self.title.setText(arg(self.tr("Service month %1"), dashboard.first.strftime("%Y-%m")))
        for kpi, tile in self.tiles.items():
            figure = dashboard.tiles.get(kpi, Figure(None, ()))
            tile.setText(f"{kpi_label(kpi)}\n{display(kpi, figure.value)}")
        self._show_urgent(dashboard)
        self._show_contracts(dashboard.contracts)
        self._show_engineers(dashboard.engineers)
        # The charts in a later turn of the event loop: tables and charts at once held
        # the GUI thread ~60 ms on a big database (benchmarks/kpis.py measures it). A
        # timer, not a posted call (0 ms), so that input and due timers come between.
        QTimer.singleShot(1, self, lambda: self._show_charts(dashboard))

    def _show_charts(self, dashboard: Dashboard) -> None:
        if self.dashboard is not dashboard:
            return  # another month came in meanwhile: it shows its own
        self._fill_uptime_units(dashboard.unit_uptime)
        self.pareto.show_bars(
            dashboard.pareto,
            self.tr("Downtime by subsystem")
            if dashboard.pareto
            else self.tr("Downtime by subsystem: no repair back in use this month"),
            [bar.label or self.tr("(no code)") for bar in dashboard.pareto],
            self.tr("Hours down"),
            self.tr("Cumulative share"),
            self.tr("Subsystem (fault code group)"),
        )
        self.responses.show_bars(
            dashboard.responses,
            self.tr("Response time (hours to first reaction)"),
            [self._bin_label(i, bar) for i, bar in enumerate(dashboard.responses)],
            self.tr("Repairs"),
            category_label=self.tr("Hours"),
        )
        self._fill_units(dashboard.units)
        self.loaded.emit()

    def _bin_label(self, index: int, bar: Bar) -> str:
        bars = self.dashboard.responses if self.dashboard else []
        if index + 1 < len(bars):
            return f"{bar.label}–{bars[index + 1].label}"
        return f"≥{bar.label}"

    def _show_urgent(self, dashboard: Dashboard) -> None:
        self.urgent_label.setText(arg(self.tr("Open urgent repairs: %1"), len(dashboard.urgent)))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Number"),
                self.tr("Hospital"),
                self.tr("Unit"),
                self.tr("State"),
                self.tr("Reported"),
            ]
        )
        self.table.setRowCount(len(dashboard.urgent))
        for row, job in enumerate(dashboard.urgent):
            cells = [
                job.number,
                job.hospital,
                job.unit,
                enum_label(job.state),
                format_datetime(job.reported_at),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, job.id)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()

    def _show_contracts(self, contracts: list[ContractUptime]) -> None:
        below = sum(1 for c in contracts if c.below)
        self.uptime_label.setText(
            arg(self.tr("Uptime by contract: %1 of %2 below the guarantee"), below, len(contracts))
        )
        self.contracts.setHorizontalHeaderLabels(
            [
                self.tr("Contract"),
                self.tr("Hospital"),
                self.tr("Unit"),
                kpi_label(Kpi.UPTIME),
                kpi_label(Kpi.UPTIME_GUARANTEE),
                kpi_label(Kpi.HOURS_LOST),
                kpi_label(Kpi.UPTIME_SHORTFALL_HOURS),
                kpi_label(Kpi.HOURS_EXCLUDED),
            ]
        )
        self.contracts.setRowCount(len(contracts))
        bold = QFont(self.contracts.font())
        bold.setBold(True)
        for row, contract in enumerate(contracts):
            cells = [
                contract.number,
                contract.hospital,
                contract.unit,
                display(Kpi.UPTIME, contract.uptime.value),
                display(Kpi.UPTIME_GUARANTEE, contract.guarantee),
                display(Kpi.HOURS_LOST, contract.hours_lost),
                display(Kpi.UPTIME_SHORTFALL_HOURS, contract.shortfall_hours),
                display(Kpi.HOURS_EXCLUDED, contract.hours_excluded),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, contract.contract)
                if column >= 3:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if contract.below:
                    item.setBackground(BELOW)
                    item.setForeground(BELOW_TEXT)
                    item.setFont(bold)
                self.contracts.setItem(row, column, item)
        self.contracts.resizeColumnsToContents()
        self.contracts.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)

    def _show_engineers(self, engineers: list[EngineerUptime]) -> None:
        kpis = (Kpi.UPTIME, Kpi.HOURS_LOST, Kpi.HOURS_EXCLUDED, Kpi.UPTIME_SHORTFALL_HOURS)
        self.engineers.setHorizontalHeaderLabels(
            [self.tr("Engineer"), *(kpi_label(k) for k in kpis)]
        )
        self.engineers.setToolTip(
            self.tr("The uptime of the units each engineer worked on this month")
        )
        self.engineers.setRowCount(len(engineers))
        for row, person in enumerate(engineers):
            values = (
                person.uptime.value,
                person.hours_lost,
                person.hours_excluded,
                person.shortfall_hours,
            )
            cells = [person.name, *(display(k, v) for k, v in zip(kpis, values, strict=True))]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, person.engineer)
                if column:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.engineers.setItem(row, column, item)
        self.engineers.resizeColumnsToContents()
        self.engineers.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def _drill_engineer(self, row: int) -> None:
        if self.dashboard is not None and 0 <= row < len(self.dashboard.engineers):
            person = self.dashboard.engineers[row]
            title = arg(self.tr("Uptime of %1's units"), person.name)
            self._drill(title, person.uptime.jobs, person.uptime.exclusions)

    def _fill_uptime_units(self, units: list[UnitUptime]) -> None:
        current = self.uptime_unit.currentData()
        self.uptime_unit.blockSignals(True)
        self.uptime_unit.clear()
        self.uptime_unit.addItem(self.tr("The lowest units this month"), "")
        for unit in units:
            self.uptime_unit.addItem(unit.name, unit.unit)
        found = self.uptime_unit.findData(current)
        self.uptime_unit.setCurrentIndex(found if found >= 0 else 0)
        self.uptime_unit.blockSignals(False)
        self._show_uptime_chart()

    def chart_units(self) -> list[UnitUptime]:
        """The chosen unit, or those lowest in the chosen month (below their guarantee
        first)."""
        units = self.dashboard.unit_uptime if self.dashboard else []
        chosen = self.uptime_unit.currentData()
        if chosen:
            return [u for u in units if u.unit == chosen]

        def lowest(unit: UnitUptime) -> tuple[float, float]:
            value = unit.values[-1] if unit.values else None
            if value is None:
                return (1.0, 2.0)
            return (value - (unit.guarantee or 0.0), value)

        return sorted(units, key=lowest)[:LOWEST_UNITS]

    def _show_uptime_chart(self) -> None:
        if self.dashboard is None:
            return
        self.uptime_chart.show_units(
            self.dashboard.uptime_months,
            self.chart_units(),
            self.tr("Uptime per month"),
            self.tr("Guarantee %1"),
        )

    def _drill_contract(self, row: int) -> None:
        if self.dashboard is not None and 0 <= row < len(self.dashboard.contracts):
            contract = self.dashboard.contracts[row]
            title = arg(self.tr("Uptime of %1"), contract.number)
            self._drill(title, contract.uptime.jobs, contract.uptime.exclusions)

    def _drill_unit_month(self, unit: UnitUptime, month: int) -> None:
        if self.dashboard is not None:
            title = arg(self.tr("%1 in %2"), unit.name, self.dashboard.uptime_months[month])
            excluded = unit.exclusions[month] if month < len(unit.exclusions) else ()
            self._drill(title, unit.jobs[month], excluded)

    def _fill_units(self, units: list[tuple[str, str]]) -> None:
        current = self.unit.currentData()
        self.unit.blockSignals(True)
        self.unit.clear()
        for unit_id, name in units:
            self.unit.addItem(name, unit_id)
        found = self.unit.findData(current)
        self.unit.setCurrentIndex(found if found >= 0 else 0)
        self.unit.blockSignals(False)
        self._load_items()

    def _load_items(self) -> None:
        unit_id = self.unit.currentData()
        if not unit_id:
            return
        store = self.store
        run_in_background(lambda: trend_items(store, unit_id), self._show_items, self._failed)

    def _show_items(self, items: list[TrendItem]) -> None:
        self.item.blockSignals(True)
        self.item.clear()
        for found in items:
            label = found.label_zh if chinese() else found.label_en
            self.item.addItem(arg(self.tr("%1 (%2 values)"), label, found.count), found.item_id)
        self.item.setCurrentIndex(0)
        self.item.blockSignals(False)
        self._load_trend()

    def _load_trend(self) -> None:
        unit_id, item_id = self.unit.currentData(), self.item.currentData()
        if not unit_id or not item_id:
            return
        store = self.store
        run_in_background(
            lambda: load_trend(store, unit_id, item_id), self._show_trend, self._failed
        )

    def _show_trend(self, trend: Trend) -> None:
        self.trend = trend
        label = trend.label_zh if chinese() else trend.label_en
        title = arg(self.tr("%1 on %2"), label, self.unit.currentText())
        self.trend_chart.show_trend(trend, title, trend.unit, "yyyy-MM")
        self.trend_loaded.emit()

    # --- drill-down and export --------------------------------------------------------------

    def _numbers(self) -> dict[str, str]:
        return self.dashboard.numbers if self.dashboard else {}

    def _drill(
        self, title: str, jobs: tuple[str, ...], exclusions: tuple[Exclusion, ...] = ()
    ) -> DrillDialog:
        dialog = DrillDialog(title, jobs, self._numbers(), self, exclusions)
        dialog.open_requested.connect(lambda job: self.open_requested.emit("work_orders", job))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.drill_dialog = dialog
        return dialog

    def _drill_kpi(self, kpi: Kpi) -> None:
        if self.dashboard is not None:
            figure = self.dashboard.tiles.get(kpi, Figure(None, ()))
            self._drill(kpi_label(kpi), figure.jobs, figure.exclusions)

    def _drill_bar(self, bar: Bar) -> None:
        self._drill(bar.label or self.tr("(no code)"), bar.jobs)

    def _open_current(self) -> None:
        job = self.current_id()
        if job:
            self.open_requested.emit("work_orders", job)

    def _open_point(self, point: TrendPoint) -> None:
        """The run a point was measured in lives on its work order: open that."""
        self.open_requested.emit("work_orders", point.work_order_id)

    def export_trend(self) -> None:
        ask_and_export_chart(self, self.trend_chart, "trend")

    def export_urgent(self) -> None:
        ask_and_write_table(
            self, self.table.model(), self.urgent_label.text(), "urgent-repairs.xlsx",
            self.exported.emit,
        )  # fmt: skip

    def export_uptime_chart(self) -> None:
        ask_and_export_chart(self, self.uptime_chart, "uptime")

    def export_contracts(self) -> None:
        ask_and_write_table(
            self, self.contracts.model(), self.uptime_label.text(), "uptime-by-contract.xlsx",
            self.exported.emit,
        )  # fmt: skip

    def open_monthly_reports(self) -> None:
        """The monthly report dialog for the month shown (it writes in a worker)."""
        from app.ui.monthly_report.dialog import MonthlyReportDialog

        self.monthly_dialog = MonthlyReportDialog(
            self.store, self.settings, self.selected_month(), self
        )
        self.monthly_dialog.show()

    def export_tables(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export KPI tables"), "kpis.xlsx", self.tr("Excel workbook (*.xlsx)")
        )
        if chosen:
            self.write_tables(Path(chosen))

    def write_tables(self, out: Path) -> None:
        """The selected month's year (by month) to `out`, in a worker."""
        from app.services.kpis.export import export_tables
        from app.services.kpis.tables import load_tables

        store, month = self.store, self.selected_month()
        start, end = date(month.year, 1, 1), date(month.year, 12, 31)

        def tr(text: str) -> str:
            return QCoreApplication.translate(CONTEXT, text)

        def work() -> int:
            return export_tables(load_tables(store, start, end), out, tr)

        run_in_background(work, lambda rows: self.exported.emit(str(out)), self._failed)
