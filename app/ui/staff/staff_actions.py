"""The manager's actions on the Staff page: plan a course, correct it, record its
results; add, correct and renew a certificate; add and remove a work's requirement.
Each opens its form (the forms refuse bad input at the field and keep it) and reloads
the page after a save. Double-click and the main window's New/Open reach them too."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QDialog,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTabWidget,
    QWidget,
)

from app.domain.refusals import Refused
from app.services.records import RecordGone
from app.services.staff import requirements
from app.services.store import Store
from app.ui.labels import refusal_text
from app.ui.staff.cells import COURSE_ROLE, ENGINEER_ROLE
from app.ui.staff.course_dialog import CourseDialog
from app.ui.staff.qualification_dialog import QualificationDialog
from app.ui.staff.requirement_dialog import RequirementDialog
from app.ui.staff.requirements_tab import RequirementsTab
from app.ui.staff.results_dialog import ResultsDialog

PLAN_TAB, QUALIFICATIONS_TAB, REQUIREMENTS_TAB = 0, 1, 2


class StaffPageParts(Protocol):
    """What the actions use of the Staff page (the page is a QWidget besides)."""

    store: Store
    plan_table: QTableWidget
    qualification_table: QTableWidget
    requirements_tab: RequirementsTab
    tabs: QTabWidget
    year: QSpinBox
    keep_chosen: tuple[QTableWidget, int, str] | None

    def refresh(self) -> None: ...


class StaffActions(QObject):
    def __init__(self, page: StaffPageParts, widget: QWidget) -> None:
        super().__init__(widget)
        self.page, self.widget = page, widget
        self.editable = False
        self.new_course_button = self._button(self.tr("&New course…"), self.new_course)
        self.edit_course_button = self._button(self.tr("&Edit course…"), self.edit_course)
        self.results_button = self._button(self.tr("Record &results…"), self.record_results)
        self.add_qualification_button = self._button(
            self.tr("&Add qualification…"), self.add_qualification
        )
        self.edit_qualification_button = self._button(
            self.tr("&Edit qualification…"), self.edit_qualification
        )
        self.renew_button = self._button(self.tr("Re&new certificate…"), self.renew)
        self.plan_buttons = [self.new_course_button, self.edit_course_button, self.results_button]
        self.qualification_buttons = [
            self.add_qualification_button,
            self.edit_qualification_button,
            self.renew_button,
        ]
        page.plan_table.doubleClicked.connect(lambda _i: self._when_editable(self.edit_course))
        page.qualification_table.doubleClicked.connect(
            lambda _i: self._when_editable(self.edit_qualification)
        )
        page.requirements_tab.add_requested.connect(self.add_requirement)
        page.requirements_tab.remove_requested.connect(self.remove_requirement)

    def _button(self, text: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def _when_editable(self, action: Callable[[], None]) -> None:
        if self.editable:
            action()

    def set_editable(self, editable: bool) -> None:
        self.editable = editable
        for button in (*self.plan_buttons, *self.qualification_buttons):
            button.setVisible(editable)

    # --- what is chosen ---------------------------------------------------------------------

    @staticmethod
    def _chosen(table: QTableWidget, role: int = Qt.ItemDataRole.UserRole) -> str | None:
        cell = table.item(table.currentRow(), 0)
        value = cell.data(role) if cell is not None else None
        return str(value) if value else None

    def chosen_course(self) -> str | None:
        return self._chosen(self.page.plan_table, COURSE_ROLE)

    def chosen_qualification(self) -> str | None:
        return self._chosen(self.page.qualification_table)

    def current_id(self) -> str | None:
        tab = self.page.tabs.currentIndex()
        if tab == PLAN_TAB:
            return self.chosen_course()
        return self.chosen_qualification() if tab == QUALIFICATIONS_TAB else None

    def _choose_first(self, what: str) -> None:
        QMessageBox.information(self.widget, self.tr("Staff"), what)

    # --- the main window's New and Open -------------------------------------------------------

    def new_record(self) -> bool:
        """Ctrl+N: a course, a certificate or a requirement, by the tab shown."""
        if self.editable:
            tab = self.page.tabs.currentIndex()
            if tab == QUALIFICATIONS_TAB:
                self.add_qualification()
            elif tab == REQUIREMENTS_TAB:
                self.add_requirement()
            else:
                self.new_course()
        return False  # the page reloads itself

    def open_record(self, record_id: str) -> bool:
        if self.editable:
            if self.page.tabs.currentIndex() == QUALIFICATIONS_TAB:
                self._open(QualificationDialog(self.page.store, record_id, self.widget))
            else:
                self._open(CourseDialog(self.page.store, self.page.year.value(), record_id,
                                        self.widget))  # fmt: skip
        return False

    # --- the forms ------------------------------------------------------------------------

    def _open(self, dialog: QDialog) -> bool:
        saved = bool(dialog.exec())
        dialog.deleteLater()
        if saved:
            self.page.keep_chosen = self._saved_row(dialog)
            self.page.refresh()
        return saved

    def _saved_row(self, dialog: QDialog) -> tuple[QTableWidget, int, str] | None:
        """Where the saved record will be listed, to choose it again after the reload."""
        if isinstance(dialog, CourseDialog | ResultsDialog) and dialog.course_id:
            return self.page.plan_table, COURSE_ROLE, dialog.course_id
        if isinstance(dialog, QualificationDialog) and dialog.qualification_id:
            return self.page.qualification_table, Qt.ItemDataRole.UserRole, dialog.qualification_id
        return None

    def new_course(self) -> None:
        self._open(CourseDialog(self.page.store, self.page.year.value(), None, self.widget))

    def edit_course(self) -> None:
        chosen = self.chosen_course()
        if chosen is None:
            self._choose_first(self.tr("Choose a course first."))
            return
        self._guarded(lambda: CourseDialog(self.page.store, self.page.year.value(), chosen,
                                           self.widget))  # fmt: skip

    def record_results(self) -> None:
        chosen = self.chosen_course()
        if chosen is None:
            self._choose_first(self.tr("Choose a course first."))
            return
        self._guarded(lambda: ResultsDialog(self.page.store, chosen, self.widget))

    def add_qualification(self) -> None:
        """A new certificate, for the engineer of the chosen row if any."""
        engineer = self._chosen(self.page.qualification_table, ENGINEER_ROLE)
        self._open(QualificationDialog(self.page.store, None, self.widget, user_id=engineer))

    def edit_qualification(self) -> None:
        chosen = self.chosen_qualification()
        if chosen is None:
            self._choose_first(self.tr("Choose a qualification first."))
            return
        self._guarded(lambda: QualificationDialog(self.page.store, chosen, self.widget))

    def renew(self) -> None:
        chosen = self.chosen_qualification()
        if chosen is None:
            self._choose_first(self.tr("Choose a qualification first."))
            return
        self._guarded(lambda: QualificationDialog(self.page.store, chosen, self.widget, renew=True))

    def _guarded(self, make: Callable[[], QDialog]) -> None:
        """Opens the form of a record that may have been deleted (by sync) meanwhile."""
        try:
            dialog = make()
        except RecordGone:
            QMessageBox.information(
                self.widget, self.tr("Staff"), self.tr("This record no longer exists.")
            )
            self.page.refresh()
            return
        self._open(dialog)

    def add_requirement(self) -> None:
        self._open(RequirementDialog(self.page.store, self.widget))

    def remove_requirement(self, requirement_id: str) -> None:
        answer = QMessageBox.question(
            self.widget,
            self.tr("Staff"),
            self.tr("Remove this requirement? Work orders will no longer warn of it."),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            requirements.remove_requirement(self.page.store, requirement_id)
        except Refused as refused:
            QMessageBox.warning(self.widget, self.tr("Staff"), refusal_text(refused))
        except RecordGone:
            pass  # removed meanwhile: the reload shows it gone
        self.page.refresh()
