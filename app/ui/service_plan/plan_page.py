"""The year's plan: generate it from the contracts, approve it, issue the work orders
due within the lead time, write a hospital's notice letter and record it sent; each
visit's standing (planned, on time, late, missed) and conflicts shown. Engineers see
their own visits, read-only."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import settings_keys
from app.domain import local_time
from app.domain.records import ValidationError
from app.domain.service_plan import Punctuality, VisitState
from app.services.registry.users import ActingUser
from app.services.service_plan import issuing, notices, planning, views
from app.services.service_plan.access import may_edit
from app.services.service_plan.views import OnTimeSummary, VisitRow
from app.services.store import Store
from app.ui.history_dialog import HistoryDialog
from app.ui.i18n import arg, chinese
from app.ui.labels import enum_label, validation_message
from app.ui.service_plan.rows_model import SORT_ROLE, Row, RowsModel
from app.ui.tasks import run_in_background

COLOURS = {
    Punctuality.MISSED: "#F8D7D5",
    Punctuality.LATE: "#FFF1CC",
    Punctuality.ON_TIME: "#DDF1E1",
}
CONFLICT = "#F8D7D5"


def checklist_titles(in_chinese: bool) -> dict[str, str]:
    """Checklist template titles by id, in the interface's language."""
    from app.services.checklists.checklist_templates import load_templates

    templates, _problems = load_templates()
    return {t.id: (t.title_zh if in_chinese else t.title_en) for t in templates.values()}


class PlanPage(QWidget):
    loaded = Signal()
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
        self.store, self.settings = store, settings
        self.rows: list[VisitRow] = []
        self._issue_on_open = True
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(local_time.today().year + 1)
        self.year.setPrefix(self.tr("Year "))
        self.generate_button = QPushButton(self.tr("Generate plan"))
        self.approve_button = QPushButton(self.tr("Approve all proposed"))
        self.issue_button = QPushButton(self.tr("Issue due work orders"))
        self.notice_hospital = QComboBox()
        self.notice_language = QComboBox()
        self.notice_language.addItem("中文", "zh_CN")
        self.notice_language.addItem("English", "en")
        self.notice_button = QPushButton(self.tr("Notice letter…"))
        self.visit_history_button = QPushButton(self.tr("Visit history…"))
        self.visit_history_button.setToolTip(
            self.tr("Who created the selected visit with which values, and every change since")
        )
        self.plan_history_button = QPushButton(self.tr("Plan history…"))
        self.plan_history_button.setToolTip(
            self.tr("Who generated the year's plan, when, and from how many units")
        )
        self.summary = QLabel()
        self.summary.setStyleSheet("font-weight: bold")
        self.status = QLabel()
        self.status.setWordWrap(True)
        bar = QHBoxLayout()
        for w in (self.year, self.generate_button, self.approve_button, self.issue_button):
            bar.addWidget(w)
        bar.addStretch(1)
        bar.addWidget(self.visit_history_button)
        bar.addWidget(self.plan_history_button)
        notice_bar = QHBoxLayout()
        self.notice_label = QLabel(self.tr("Customer notice:"))
        notice_bar.addWidget(self.notice_label)
        notice_bar.addWidget(self.notice_hospital, 1)
        notice_bar.addWidget(self.notice_language)
        notice_bar.addWidget(self.notice_button)
        self.model = RowsModel(
            [
                self.tr("Date"),
                self.tr("Starts"),
                self.tr("Hospital"),
                self.tr("Unit"),
                self.tr("Work"),
                self.tr("Checklist"),
                self.tr("Window"),
                self.tr("Engineer"),
                self.tr("State"),
                self.tr("Work order"),
                self.tr("Standing"),
            ]
        )
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((84, 48, 150, 170, 90, 150, 150, 70, 70, 150)):
            self.table.setColumnWidth(column, width)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(notice_bar)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        self.year.valueChanged.connect(self.refresh)
        self.generate_button.clicked.connect(self.generate)
        self.approve_button.clicked.connect(self.approve)
        self.issue_button.clicked.connect(self.issue)
        self.notice_button.clicked.connect(self.write_notice)
        self.visit_history_button.clicked.connect(self.show_visit_history)
        self.plan_history_button.clicked.connect(self.show_plan_history)
        self.table.doubleClicked.connect(self._double_clicked)
        self.update_role(user)

    def update_role(self, user: ActingUser | None = None) -> None:
        """Editing follows the role of `user` (else the acting user, read now)."""
        editable = may_edit(self.store, user)
        for button in (
            self.generate_button,
            self.approve_button,
            self.issue_button,
            self.notice_button,
        ):
            button.setVisible(editable)
        self.notice_hospital.setVisible(editable)
        self.notice_label.setVisible(editable)
        self.notice_language.setVisible(editable)

    # --- loading -------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reads the year's visits in a worker; on the manager's first look it first
        issues the work orders that came within the lead time since."""
        year, store = self.year.value(), self.store
        issue_first = self._issue_on_open  # for the manager only: asked in the worker
        self._issue_on_open = False
        lead, today = self.lead_days(), local_time.today()

        def work() -> tuple[list[VisitRow], set[str], dict[str, str]]:
            if issue_first and may_edit(store):
                issuing.issue_due_work_orders(store, today, lead)
            rows = views.year_visits(store, year)
            return rows, views.conflicting(rows), checklist_titles(chinese())

        run_in_background(work, self._show, self._failed)

    def _failed(self, error: BaseException) -> None:
        self.status.setText(arg(self.tr("The plan could not be read: %1"), str(error)))

    def _show(self, result: tuple[list[VisitRow], set[str], dict[str, str]]) -> None:
        rows, clashing, titles = result
        self.rows = rows
        today = local_time.today()
        shown: list[Row] = []
        for r in rows:
            standing = r.standing(today)
            colour = CONFLICT if r.id in clashing else COLOURS.get(standing, "")
            shown.append(
                Row(
                    r.id,
                    (
                        r.planned_on.isoformat(),
                        r.time_text,
                        r.hospital,
                        f"{r.unit} · {r.serial}",
                        enum_label(r.kind),
                        titles.get(r.template_id, r.template_id),
                        f"{r.window_start.isoformat()} – {r.window_end.isoformat()}",
                        r.engineer + (" ⚠" if r.id in clashing else ""),
                        enum_label(r.state),
                        r.work_order_number,
                        enum_label(standing),
                    ),
                    colour,
                )
            )
        self.model.set_rows(shown)
        counts = views.on_time_summary(rows, today)
        self._summarise(counts, sum(r.state is VisitState.PROPOSED for r in rows), len(clashing))
        hospitals = sorted({(r.customer_id, r.hospital) for r in rows}, key=lambda h: h[1])
        chosen = self.notice_hospital.currentData()
        self.notice_hospital.clear()
        for customer_id, name in hospitals:
            self.notice_hospital.addItem(name, customer_id)
        self.notice_hospital.setCurrentIndex(max(0, self.notice_hospital.findData(chosen)))
        self.loaded.emit()

    def _summarise(self, counts: OnTimeSummary, proposed: int, clashing: int) -> None:
        self.summary.setText(
            arg(
                self.tr(
                    "%1 visits · %2 awaiting approval · %3 in conflict · PM and inspections: "
                    "%4 planned, %5 done on time, %6 late, %7 missed"
                ),
                str(len(self.rows)),
                str(proposed),
                str(clashing),
                str(counts.planned),
                str(counts.on_time),
                str(counts.late),
                str(counts.missed),
            )
        )

    # --- acting --------------------------------------------------------------------------

    def _refused(self, exc: ValidationError) -> None:
        QMessageBox.warning(
            self,
            self.tr("Annual plan"),
            "\n".join(validation_message(e.message, "ServicePlan") for e in exc.errors),
        )

    def generate(self) -> None:
        year = self.year.value()
        question = arg(
            self.tr(
                "Generate the plan for %1? Proposed visits of that year are replaced; "
                "approved ones are kept."
            ),
            str(year),
        )
        if QMessageBox.question(self, self.tr("Annual plan"), question) != (
            QMessageBox.StandardButton.Yes
        ):
            return
        self._run(lambda: planning.generate_plan(self.store, year), self._generated)

    def _generated(self, made: planning.GeneratedPlan) -> None:
        self.status.setText(
            arg(
                self.tr("%1 visits proposed for %2 units; %3 units kept their approved plan."),
                str(made.visits),
                str(made.units),
                str(made.kept),
            )
        )
        self.refresh()

    def approve(self) -> None:
        year = self.year.value()
        self._run(
            lambda: planning.approve(self.store, year),
            lambda n: self._done(arg(self.tr("%1 visits approved."), str(n))),
        )

    def lead_days(self) -> int:
        value = self.settings.value(settings_keys.PLAN_LEAD_DAYS, issuing.DEFAULT_LEAD_DAYS)
        try:
            return max(0, int(str(value)))
        except ValueError:
            return issuing.DEFAULT_LEAD_DAYS

    def issue(self) -> None:
        lead = self.lead_days()
        today = local_time.today()
        self._run(
            lambda: issuing.issue_due_work_orders(self.store, today, lead),
            lambda n: self._done(
                arg(self.tr("%1 work orders issued (visits within %2 days)."), str(n), str(lead))
            ),
        )

    def _run(self, work: object, done: object) -> None:
        def failed(error: BaseException) -> None:
            if isinstance(error, ValidationError):
                self._refused(error)
            else:
                self._failed(error)

        run_in_background(work, done, failed)  # type: ignore[arg-type]

    def _done(self, message: str) -> None:
        self.status.setText(message)
        self.refresh()

    def write_notice(self) -> None:
        customer_id = self.notice_hospital.currentData()
        if customer_id is None:
            return
        year, language = self.year.value(), self.notice_language.currentData()
        folder = str(self.settings.value(settings_keys.EXPORT_FOLDER, str(Path.home())))
        name = f"{year}-{self.notice_hospital.currentText()}-{language}.pdf"
        target, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save notice letter"), str(Path(folder) / name), "PDF (*.pdf)"
        )
        if target:
            self.save_notice(customer_id, Path(target), language, ask=True)

    def save_notice(self, customer_id: str, target: Path, language: str, ask: bool) -> None:
        """Writes the letter in a worker; then records it sent (asked first when `ask`)."""
        year, today, store = self.year.value(), local_time.today(), self.store

        def work() -> int:
            return notices.write_notice(store, customer_id, year, target, language, today)  # type: ignore[arg-type]

        def written(count: int) -> None:
            question = arg(
                self.tr("The letter lists %1 visits (%2). Record it as sent today?"),
                str(count),
                str(target),
            )
            if ask and QMessageBox.question(self, self.tr("Customer notice"), question) != (
                QMessageBox.StandardButton.Yes
            ):
                return
            notices.record_sent(store, customer_id, year, language, today, count)
            self.status.setText(arg(self.tr("Notice recorded as sent on %1."), today.isoformat()))

        def failed(error: BaseException) -> None:
            if isinstance(error, KeyError):
                self.status.setText(self.tr("This hospital has no approved visit that year."))
            else:
                self._failed(error)

        run_in_background(work, written, failed)

    def _double_clicked(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            return
        visit_id = self.proxy.data(index, Qt.ItemDataRole.UserRole)
        visit = next((r for r in self.rows if r.id == visit_id), None)
        if visit is not None and visit.work_order_id:
            self.open_work_order.emit(visit.work_order_id)

    def visit_history_dialog(self) -> HistoryDialog | None:
        """The selected visit's history: its first values and every change since."""
        visit_id = self.current_id()
        if visit_id is None:
            self.status.setText(self.tr("Select a visit to see its history."))
            return None
        store = self.store
        return HistoryDialog(
            store,
            "plan_visit",
            visit_id,
            self,
            load=lambda: planning.visit_history(store, visit_id),
        )

    def plan_history_dialog(self) -> HistoryDialog:
        """Each generation of the shown year's plan: who, when, from how many units."""
        store, year = self.store, self.year.value()
        dialog = HistoryDialog(
            store, "", "", self, load=lambda: planning.generation_history(store, year)
        )
        dialog.setWindowTitle(arg(self.tr("Plan %1: generations"), str(year)))
        return dialog

    def show_visit_history(self) -> None:
        dialog = self.visit_history_dialog()
        if dialog is not None:
            dialog.exec()

    def show_plan_history(self) -> None:
        self.plan_history_dialog().exec()

    def current_id(self) -> str | None:
        index = self.table.currentIndex()
        return self.proxy.data(index, Qt.ItemDataRole.UserRole) if index.isValid() else None

    def today(self) -> date:
        return local_time.today()
