"""The Staff page (§8): the year's training plan with attendance and exam results, the
engineers' qualifications with their expiry, which work needs which qualification, and
the assessments.

The service manager sees everybody, plans courses, records results, adds and renews
certificates, keeps the requirements and records assessments; an engineer sees their
own records and gives their own rating (the services and the server enforce the same).
Certificates expiring within 60 days are highlighted and named above the tabs.
Everything loads in a worker (run_in_background); the forms are in their own modules."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain import local_time
from app.domain.refusals import Refused
from app.domain.staff import MANAGER_ROLES, RATING_MAX
from app.services.registry.users import ActingUser, acting_user
from app.services.staff import assessments, plan, qualifications, requirements
from app.services.staff.assessments import AssessmentRow
from app.services.staff.plan import AttendanceRow
from app.services.staff.qualifications import QualificationRow
from app.services.staff.requirements import RequirementRow
from app.services.store import Store
from app.ui.i18n import arg
from app.ui.labels import enum_label, format_date, refusal_text
from app.ui.staff.assess_dialog import AssessDialog
from app.ui.staff.cells import (
    AMBER,
    COURSE_ROLE,
    ENGINEER_ROLE,
    EXPIRED_BACKGROUND,
    GREEN,
    RED,
    SOON_BACKGROUND,
)
from app.ui.staff.cells import item as _item
from app.ui.staff.requirements_tab import RequirementsTab
from app.ui.staff.staff_actions import StaffActions
from app.ui.tasks import run_in_background


@dataclass(frozen=True)
class StaffView:
    user: ActingUser
    plan: list[AttendanceRow]
    qualifications: list[QualificationRow]
    assessments: list[AssessmentRow]
    requirements: list[RequirementRow]


def load_view(store: Store, year: int, today: date) -> StaffView:
    user = acting_user(store)
    return StaffView(
        user,
        plan.attendance(store, year, user),
        qualifications.list_qualifications(store, today, user),
        assessments.list_assessments(store, user),
        requirements.list_requirements(store),
    )


def _share(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.0f}%"


def _number(value: float | int | None) -> str:
    return "—" if value is None else f"{value:g}"


class StaffPage(QWidget):
    loaded = Signal()  # the lists are on screen (tests wait for it)

    def __init__(
        self, store: Store, settings: QSettings | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.view: StaffView | None = None
        self._loading = False
        self._again = False  # a refresh asked for while one was loading
        # The row to choose after the next load (a form saved it): table, role, id.
        self.keep_chosen: tuple[QTableWidget, int, str] | None = None
        self._shown_once = False
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(local_time.today().year)
        self.year.valueChanged.connect(lambda _v: self.refresh())
        self.who = QLabel()
        self.plan_table = self._table(
            [self.tr("Course"), self.tr("Content"), self.tr("Form"), self.tr("Dates"),
             self.tr("Trainer"), self.tr("Engineer"), self.tr("Attended"), self.tr("Score"),
             self.tr("Exam")]
        )  # fmt: skip
        self.qualification_table = self._table(
            [self.tr("Engineer"), self.tr("Qualification"), self.tr("Title"), self.tr("Model"),
             self.tr("Certificate No."), self.tr("Issued"), self.tr("Expires")]
        )  # fmt: skip
        self.assessment_table = self._table(
            [self.tr("Engineer"), self.tr("Period"), self.tr("Self"), self.tr("Supervisor"),
             self.tr("Customer"), self.tr("Jobs"), self.tr("First-time fix"),
             self.tr("Satisfaction"), self.tr("Complaints"), self.tr("Result"),
             self.tr("Follow-up action")]
        )  # fmt: skip
        self.requirement_table = self._table(
            [self.tr("Qualification needed"), self.tr("Equipment"), self.tr("Model")]
        )
        self.requirements_tab = RequirementsTab(self.requirement_table)
        self.tabs = QTabWidget()
        self.table = self.plan_table  # the main window's "list" (focus)
        self.staff_actions = StaffActions(self, self)
        self.expiring = QLabel()
        self.expiring.setWordWrap(True)
        self.expiring.setStyleSheet(f"background: {SOON_BACKGROUND}; padding: 4px;")
        self.expiring.linkActivated.connect(lambda _link: self.tabs.setCurrentIndex(1))
        self.expiring.hide()
        self.assess_button = QPushButton(self.tr("&Assess…"))
        self.assess_button.clicked.connect(self.assess)
        self.rate_button = QPushButton(self.tr("&Rate myself…"))
        self.rate_button.clicked.connect(self.rate_myself)
        self.privacy = QLabel(
            self.tr("Assessments are visible only to the person assessed and the manager.")
        )
        self.privacy.setWordWrap(True)

        plan_tab = QWidget()
        plan_layout = QVBoxLayout(plan_tab)
        year_row = QHBoxLayout()
        year_row.addWidget(QLabel(self.tr("Training plan for")))
        year_row.addWidget(self.year)
        for button in self.staff_actions.plan_buttons:
            year_row.addWidget(button)
        year_row.addStretch(1)
        plan_layout.addLayout(year_row)
        plan_layout.addWidget(self.plan_table)
        self.tabs.addTab(plan_tab, self.tr("Training plan"))
        qualification_tab = QWidget()
        qualification_layout = QVBoxLayout(qualification_tab)
        qualification_row = QHBoxLayout()
        for button in self.staff_actions.qualification_buttons:
            qualification_row.addWidget(button)
        qualification_row.addStretch(1)
        qualification_layout.addLayout(qualification_row)
        qualification_layout.addWidget(self.qualification_table)
        self.tabs.addTab(qualification_tab, self.tr("Qualifications"))
        self.tabs.addTab(self.requirements_tab, self.tr("Work requirements"))
        assessment_tab = QWidget()
        assessment_layout = QVBoxLayout(assessment_tab)
        buttons = QHBoxLayout()
        buttons.addWidget(self.assess_button)
        buttons.addWidget(self.rate_button)
        buttons.addWidget(self.privacy, 1)
        assessment_layout.addLayout(buttons)
        assessment_layout.addWidget(self.assessment_table)
        self.tabs.addTab(assessment_tab, self.tr("Assessments"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.who)
        layout.addWidget(self.expiring)
        layout.addWidget(self.tabs)

    def _table(self, headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setStretchLastSection(True)
        return table

    # --- what the main window asks of a page ------------------------------------------------

    def focus_search(self) -> None:
        self.tabs.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def current_id(self) -> str | None:
        """The chosen course (plan tab) or certificate (qualifications tab)."""
        return self.staff_actions.current_id()

    def save_state(self) -> None:
        """Nothing to remember: the year starts at the current one."""

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            self.refresh()

    # --- loading ----------------------------------------------------------------------------

    def refresh(self) -> None:
        if self._loading:
            self._again = True
            return
        self._loading = True
        store, year, today = self.store, self.year.value(), local_time.today()
        run_in_background(lambda: load_view(store, year, today), self._show, self._failed)

    def _failed(self, error: BaseException) -> None:
        self._loading = False
        QMessageBox.warning(self, self.tr("Staff"), str(error))

    def _show(self, view: StaffView) -> None:
        self._loading = False
        if self._again:  # something changed while this loaded: load again
            self._again = False
            self.refresh()
            return
        self.view = view
        manager = view.user.role in MANAGER_ROLES
        self.who.setText(
            self.tr("All service staff (manager's view).")
            if manager
            else arg(self.tr("Your own training, qualifications and assessments, %1."),
                     view.user.display_name)
        )  # fmt: skip
        self.assess_button.setVisible(manager)
        self.rate_button.setVisible(not manager)
        self.staff_actions.set_editable(manager)
        self.requirements_tab.set_editable(manager)
        self._fill_plan(view.plan)
        self._fill_qualifications(view.qualifications)
        self._fill_assessments(view.assessments)
        self.requirements_tab.fill(view.requirements)
        self._show_expiring(view.qualifications)
        self._choose_again()
        self.loaded.emit()

    def _choose_again(self) -> None:
        if self.keep_chosen is None:
            return
        table, role, wanted = self.keep_chosen
        self.keep_chosen = None
        for row in range(table.rowCount()):
            cell = table.item(row, 0)
            if cell is not None and cell.data(role) == wanted:
                table.selectRow(row)
                table.scrollToItem(cell, QAbstractItemView.ScrollHint.PositionAtCenter)
                return

    def _show_expiring(self, rows: list[QualificationRow]) -> None:
        """Names the certificates that lapse within 60 days or have lapsed."""

        def names(state: str) -> str:
            return self.tr(", ").join(
                f"{r.engineer} — {enum_label(r.kind)} ({format_date(r.expires_on)})"
                for r in rows
                if r.state == state
            )

        soon, expired = names("soon"), names("expired")
        parts = []
        if soon:
            parts.append(arg(self.tr("Expiring within 60 days: %1."), soon))
        if expired:
            parts.append(arg(self.tr("Expired: %1."), expired))
        show = self.tr("Show qualifications")
        link = f' <a href="qualifications">{show}</a>'
        self.expiring.setText(" ".join(parts) + link if parts else "")
        self.expiring.setVisible(bool(parts))

    def _fill_plan(self, rows: list[AttendanceRow]) -> None:
        self.plan_table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            exam = (
                ("", "")
                if row.passed is None or not row.attended
                else (self.tr("Passed"), GREEN)
                if row.passed
                else (self.tr("Failed"), RED)
            )
            attended = (
                "" if not row.engineer else (self.tr("Yes") if row.attended else self.tr("No"))
            )
            course = _item(row.course, data=row.record_id)
            course.setData(COURSE_ROLE, row.course_id)
            cells = [
                course,
                _item(enum_label(row.content)),
                _item(enum_label(row.form)),
                _item(f"{format_date(row.starts_on)} – {format_date(row.ends_on)}"),
                _item(row.trainer),
                _item(row.engineer),
                _item(attended, "" if row.attended or not row.engineer else RED),
                _item(_number(row.score) if row.score is not None else ""),
                _item(*exam),
            ]
            for c, cell in enumerate(cells):
                self.plan_table.setItem(r, c, cell)
        self.plan_table.resizeColumnsToContents()

    def _fill_qualifications(self, rows: list[QualificationRow]) -> None:
        self.qualification_table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            expires = format_date(row.expires_on) if row.expires_on else self.tr("Does not expire")
            if row.state == "expired":
                expires, colour = arg(self.tr("%1 (expired)"), expires), RED
            elif row.state == "soon":
                expires, colour = arg(self.tr("%1 (expires soon)"), expires), AMBER
            else:
                colour = ""
            shade = {"expired": EXPIRED_BACKGROUND, "soon": SOON_BACKGROUND}.get(row.state, "")
            engineer = _item(row.engineer, data=row.id, background=shade)
            engineer.setData(ENGINEER_ROLE, row.user_id)
            cells = [
                engineer,
                _item(enum_label(row.kind), background=shade),
                _item(row.title, background=shade),
                _item(row.model, background=shade),
                _item(row.certificate_number, background=shade),
                _item(format_date(row.issued_on), background=shade),
                _item(expires, colour, background=shade),
            ]
            for c, cell in enumerate(cells):
                self.qualification_table.setItem(r, c, cell)
        self.qualification_table.resizeColumnsToContents()

    def _fill_assessments(self, rows: list[AssessmentRow]) -> None:
        self.assessment_table.setRowCount(len(rows))
        colours = {"excellent": GREEN, "fail": RED}
        for r, row in enumerate(rows):
            result = enum_label(row.result) if row.result else self.tr("Not decided")
            cells = [
                _item(row.engineer, data=row.id),
                _item(row.period),
                _item(_number(row.self_rating)),
                _item(_number(row.supervisor_rating)),
                _item(_number(row.customer_rating)),
                _item(str(row.jobs)),
                _item(_share(row.first_time_fix)),
                _item(_share(row.satisfaction)),
                _item(str(row.complaints)),
                _item(result, colours.get(str(row.result), "")),
                _item(enum_label(row.action)),
            ]
            for c, cell in enumerate(cells):
                self.assessment_table.setItem(r, c, cell)
        self.assessment_table.resizeColumnsToContents()

    # --- actions ----------------------------------------------------------------------------

    def selected_assessment(self) -> str | None:
        item = self.assessment_table.item(self.assessment_table.currentRow(), 0)
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def assess(self) -> None:
        dialog = AssessDialog(self.store, self)
        if dialog.exec():
            self.refresh()

    def rate_myself(self) -> None:
        chosen = self.selected_assessment()
        if chosen is None:
            QMessageBox.information(self, self.tr("Staff"), self.tr("Choose an assessment first."))
            return
        rating, ok = QInputDialog.getInt(
            self, self.tr("Rate myself"), self.tr("Your own rating (1–5):"), 3, 1, RATING_MAX
        )
        if not ok:
            return
        try:
            assessments.rate_myself(self.store, chosen, rating)
        except Refused as refused:
            QMessageBox.warning(self, self.tr("Staff"), refusal_text(refused))
            return
        self.refresh()
