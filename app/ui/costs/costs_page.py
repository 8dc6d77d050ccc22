"""The Costs page (procedure §9): the year's budget against the actual costs by
category, project (hospital), department and month, with the variance (an overrun is
tinted); finance approves the budget here, the service manager and finance draft one
from last year's actuals and the service plan and keep the engineers' hourly rates.

Finance and the service manager see it. Nothing is read until the page is first
shown, and then off the GUI thread.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain import local_time
from app.domain.costs import CostRefusal, VarianceRow, budget_vs_actual, by_category
from app.services.costs import budgets, entries
from app.services.costs.export import export_budget
from app.services.costs.views import CostsView, costs_view
from app.services.store import Store
from app.ui.costs.budget_editor import BudgetEditor
from app.ui.costs.texts import money, percent, refusal_text
from app.ui.history_dialog import HistoryDialog
from app.ui.i18n import arg
from app.ui.labels import enum_label, format_datetime
from app.ui.purchasing.tables import current_id, fill, make_table
from app.ui.tasks import run_in_background
from app.ui.widgets import button_row

BY_CATEGORY, BY_PROJECT = "category", "project"
SHRINKS = QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
# The month filter's choices besides a month (1..12).
YEAR_TO_DATE, BY_MONTH, WHOLE_YEAR = -2, -1, 0


class CostsPage(QWidget):
    loaded = Signal()  # the view is on screen (tests wait for it)
    open_requested = Signal(str)

    def __init__(self, store: Store, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.settings = store, settings
        self.view: CostsView | None = None
        self._loading = False
        self._budget_id: str | None = None
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(local_time.today().year)
        self.year.setPrefix(self.tr("Year "))
        self.year.valueChanged.connect(self._year_changed)
        self.budget_choice = QComboBox()
        self.budget_choice.activated.connect(self._budget_chosen)
        self.grouping = QComboBox()
        self.grouping.addItem(self.tr("By category"), BY_CATEGORY)
        self.grouping.addItem(self.tr("By project and department"), BY_PROJECT)
        self.grouping.currentIndexChanged.connect(self._fill_rows)
        self.month = QComboBox()
        self.month.addItem(self.tr("Year to date, summed"), YEAR_TO_DATE)
        self.month.addItem(self.tr("Whole year, by month"), BY_MONTH)
        self.month.addItem(self.tr("Whole year, summed"), WHOLE_YEAR)
        for number in range(1, 13):
            self.month.addItem(arg(self.tr("Month %1"), str(number)), number)
        self.month.currentIndexChanged.connect(self._fill_rows)
        self.draft_button = QPushButton(self.tr("Draft a budget"))
        self.draft_button.clicked.connect(self.draft)
        self.edit_button = QPushButton(self.tr("Edit amounts…"))
        self.edit_button.setObjectName("edit_budget")
        self.edit_button.clicked.connect(self.edit_amounts)
        self.approve_button = QPushButton(self.tr("Approve budget"))
        self.approve_button.clicked.connect(self.approve)
        self.export_button = QPushButton(self.tr("Export to Excel…"))
        self.export_button.clicked.connect(self._export)
        self.history_button = QPushButton(self.tr("Change history…"))
        self.history_button.clicked.connect(self._history)
        self.approval = QLabel()
        self.approval.setObjectName("budget_approval")
        self.approval.setWordWrap(True)
        self.table = make_table(
            [
                self.tr("Category"), self.tr("Project"), self.tr("Department"), self.tr("Month"),
                self.tr("Budget"), self.tr("Actual"), self.tr("Variance"), self.tr("Variance %"),
            ]
        )  # fmt: skip
        self.rates_table = make_table(
            [self.tr("Name"), self.tr("Role"), self.tr("Hourly rate"), self.tr("From")], stretch=0
        )
        self.rate_button = QPushButton(self.tr("New rate…"))
        self.rate_button.clicked.connect(self._new_rate)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._budget_tab(), self.tr("Budget vs actual"))
        self.tabs.addTab(self._rates_tab(), self.tr("Engineers' rates"))
        self.status = QLabel(self.tr("Loading…"))
        self.status.setObjectName("costs_status")
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.status)

    def _budget_tab(self) -> QWidget:
        filters = QHBoxLayout()
        for widget in (self.year, self.budget_choice, self.grouping, self.month):
            if isinstance(widget, QComboBox):  # a small window shrinks them, not the page
                widget.setSizeAdjustPolicy(SHRINKS)
                widget.setMinimumContentsLength(6)
            filters.addWidget(widget, 1 if isinstance(widget, QComboBox) else 0)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addLayout(filters)
        buttons = (self.draft_button, self.edit_button, self.approve_button, self.export_button,
                   self.history_button)  # fmt: skip
        layout.addWidget(button_row(buttons))
        layout.addWidget(self.approval)
        layout.addWidget(self.table, 1)
        return tab

    def _rates_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(button_row([self.rate_button]))
        layout.addWidget(self.rates_table, 1)
        return tab

    # --- loading ---------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.view is None:
            self.refresh()

    def refresh(self) -> None:
        if self._loading:
            return
        self._loading = True
        store, year, budget_id = self.store, self.year.value(), self._budget_id
        today = local_time.today()
        run_in_background(lambda: costs_view(store, year, today, budget_id), self._show,
                          self._failed)  # fmt: skip

    def _failed(self, error: BaseException) -> None:
        self._loading = False
        self.status.setText(arg(self.tr("The costs could not be read: %1"), str(error)))

    def _show(self, view: CostsView) -> None:
        self._loading = False
        if view.year != self.year.value():  # the year changed while reading
            self.refresh()
            return
        self.view = view
        chosen = view.budget.budget
        self._budget_id = chosen.id if chosen else None
        self.budget_choice.clear()
        for summary in view.budget.budgets:
            self.budget_choice.addItem(summary.title or str(summary.year), summary.id)
        if chosen:
            self.budget_choice.setCurrentIndex(self.budget_choice.findData(chosen.id))
        self.draft_button.setEnabled(view.budget.may_keep)
        # An approved budget opens too, read-only: it says why its amounts stay.
        self.edit_button.setEnabled(view.budget.may_keep and chosen is not None)
        self.rate_button.setEnabled(view.budget.may_keep)
        self.approve_button.setEnabled(
            view.budget.may_approve and chosen is not None and chosen.approved_at is None
        )
        self.export_button.setEnabled(bool(view.budget.rows))
        self.history_button.setEnabled(chosen is not None)
        self._show_approval()
        self._fill_rows()
        self._fill_rates()
        self.loaded.emit()

    def _show_approval(self) -> None:
        assert self.view is not None
        chosen = self.view.budget.budget
        if chosen is None:
            self.approval.setText(self.tr("No budget for this year yet: draft one."))
            self.approval.setStyleSheet("")
        elif chosen.approved_at is None:
            self.approval.setText(
                arg(self.tr("Draft by %1, awaiting finance's approval · total %2 ¥"),
                    chosen.drafted_by, money(chosen.total))
            )  # fmt: skip
            self.approval.setStyleSheet("color: #8a5300;")
        else:
            self.approval.setText(
                arg(self.tr("Approved by %1 on %2 · total %3 ¥"), chosen.approved_by,
                    format_datetime(chosen.approved_at), money(chosen.total))
            )  # fmt: skip
            self.approval.setStyleSheet("color: #1b5e20;")

    def shown_rows(self) -> list[VarianceRow]:
        """The rows as grouped and filtered on screen."""
        if self.view is None:
            return []
        rows = self.view.budget.rows
        month = self.month.currentData()
        if month == YEAR_TO_DATE:
            today = local_time.today()
            if self.view.year == today.year:
                rows = [r for r in rows if r.month <= today.month]
            elif self.view.year > today.year:
                rows = []
        if month in (YEAR_TO_DATE, WHOLE_YEAR):
            budget = {(r.category, r.project, r.department, r.month): r.budget for r in rows}
            actual = {(r.category, r.project, r.department, r.month): r.actual for r in rows}
            rows = budget_vs_actual(budget, actual, by_month=False)  # type: ignore[arg-type]
        elif month > 0:
            rows = [r for r in rows if r.month == month]
        if self.grouping.currentData() == BY_CATEGORY:
            rows = by_category(rows)
        return rows

    def _fill_rows(self) -> None:
        if self.view is None:
            return
        rows = self.shown_rows()
        projects = self.view.budget.projects
        company = QCoreApplication.translate("Costs", "Company-wide")
        every = QCoreApplication.translate("Costs", "All departments")
        whole = self.tr("Year")
        texts = [
            ("", [
                enum_label(r.category),
                (projects.get(r.project, r.project) if r.project else company),
                enum_label(r.department) if r.department else every,
                str(r.month) if r.month else whole,
                money(r.budget), money(r.actual), money(r.variance), percent(r.variance_percent),
            ])
            for r in rows
        ]  # fmt: skip
        fill(self.table, texts, numeric=(3, 4, 5, 6, 7), highlighted=[r.variance > 0 for r in rows])
        budget = sum(r.budget for r in rows)
        actual = sum(r.actual for r in rows)
        over = sum(1 for r in rows if r.variance > 0)
        self.status.setText(
            arg(self.tr("Budget %1 ¥ · actual %2 ¥ · variance %3 ¥"),
                money(budget), money(actual), money(actual - budget))
            + " · " + self.tr("%n row(s) over budget", "", over)
        )  # fmt: skip

    def _fill_rates(self) -> None:
        assert self.view is not None
        fill(
            self.rates_table,
            [
                (r.user_id, [r.name, enum_label(r.role), money(r.hourly_rate),
                             r.valid_from.isoformat() if r.valid_from else "—"])
                for r in self.view.rates
            ],
            numeric=(2,),
        )  # fmt: skip

    # --- actions -----------------------------------------------------------------------------

    def _year_changed(self) -> None:
        self._budget_id = None
        self.refresh()

    def _budget_chosen(self) -> None:
        self._budget_id = self.budget_choice.currentData()
        self.refresh()

    def _refused(self, refusal: CostRefusal) -> None:
        QMessageBox.warning(self, self.tr("Costs"), refusal_text(refusal))

    def draft(self) -> None:
        year = self.year.value()
        title = arg(self.tr("Service cost budget %1"), str(year))
        try:
            self._budget_id = budgets.draft(self.store, year, title)
        except CostRefusal as refusal:
            self._refused(refusal)
            return
        self.refresh()

    def edit_amounts(self) -> BudgetEditor | None:
        """Opens the chosen budget's amounts; the page reads again after a change."""
        if not self._budget_id:
            return None
        editor = BudgetEditor(self.store, self._budget_id, self)
        editor.finished.connect(lambda _result: self.refresh() if editor.changed else None)
        editor.open()
        return editor

    def approve(self) -> bool:
        if not self._budget_id:
            return False
        asked = QMessageBox.question(
            self, self.tr("Approve budget"),
            self.tr("Approve this budget? It cannot be changed once approved."),
        )  # fmt: skip
        if asked != QMessageBox.StandardButton.Yes:
            return False
        try:
            budgets.approve(self.store, self._budget_id)
        except CostRefusal as refusal:
            self._refused(refusal)
            return False
        self.refresh()
        return True

    def _export(self) -> None:
        if self.view is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export to Excel"),
            str(Path.home() / f"budget-{self.view.year}.xlsx"), self.tr("Excel (*.xlsx)"),
        )  # fmt: skip
        if not name:
            return
        view = self.view.budget

        def tr(text: str) -> str:
            return QCoreApplication.translate("Costs", text)

        run_in_background(
            lambda: export_budget(view, Path(name), tr, enum_label),
            lambda count: self.status.setText(
                arg(self.tr("%1 rows written to %2"), str(count), name)
            ),
            self._failed,
        )

    def _history(self) -> None:
        if self._budget_id:
            HistoryDialog(self.store, "budget", self._budget_id, self).exec()

    def _new_rate(self) -> None:
        user_id = current_id(self.rates_table)
        if not user_id:
            QMessageBox.information(self, self.tr("Costs"), self.tr("Choose a person first."))
            return
        rate, ok = QInputDialog.getDouble(
            self, self.tr("New rate"), self.tr("Hourly rate (¥) from today:"), 200.0, 1.0,
            100000.0, 2,
        )  # fmt: skip
        if not ok:
            return
        try:
            entries.set_rate(self.store, user_id, rate, local_time.today())
        except CostRefusal as refusal:
            self._refused(refusal)
            return
        self.refresh()

    # What the main window asks of a page.
    def focus_search(self) -> None:
        self.table.setFocus()

    def current_id(self) -> str | None:
        return None

    def save_state(self) -> None:
        """Nothing to keep between sessions."""

    def open_record(self, record_id: str) -> bool:
        return False
