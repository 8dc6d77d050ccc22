"""One course of the year's training plan for service staff (§8.1): what it teaches,
how it is given, when, by whom and the exam's pass mark. The manager adds and corrects
courses; a changed pass mark re-judges the exams already recorded."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QLineEdit, QSpinBox, QWidget

from app.domain import local_time
from app.domain.staff import StaffTrainingContent, StaffTrainingForm
from app.domain.training_exams import DEFAULT_PASS_MARK, MAX_SCORE
from app.services.staff import plan
from app.services.store import Store
from app.ui.i18n import arg
from app.ui.staff.form_dialog import StaffFormDialog
from app.ui.widgets import combo_value, enum_combo


def date_edit(value: date) -> QDateEdit:
    edit = QDateEdit(QDate(value.year, value.month, value.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


def _first_day(year: int) -> date:
    today = local_time.today()
    return today if today.year == year else date(year, 1, 1)


class CourseDialog(StaffFormDialog):
    def __init__(
        self, store: Store, year: int, course_id: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__("", parent)
        self.store, self.course_id = store, course_id
        if course_id is None:
            start = _first_day(year)
            draft = plan.CourseDraft(year, "", StaffTrainingContent.EQUIPMENT_KNOWLEDGE,
                                     StaffTrainingForm.INTERNAL, start, start, "",
                                     DEFAULT_PASS_MARK)  # fmt: skip
        else:
            draft = plan.load_course(store, course_id)
        self.year = draft.year
        self.setWindowTitle(
            arg(self.tr("New course in the %1 training plan"), str(self.year))
            if course_id is None
            else arg(self.tr("Course of the %1 training plan"), str(self.year))
        )
        self.title = QLineEdit(draft.title)
        self.title.setPlaceholderText(self.tr("e.g. MLC fault finding and repair"))
        self.content = enum_combo(list(StaffTrainingContent), draft.content)
        self.form_choice = enum_combo(list(StaffTrainingForm), draft.form)
        self.starts_on = date_edit(draft.starts_on)
        self.ends_on = date_edit(draft.ends_on)
        self.trainer = QLineEdit(draft.trainer)
        self.trainer.setPlaceholderText(self.tr("A person, a department or the vendor's school"))
        self.pass_mark = QSpinBox()
        self.pass_mark.setRange(1, MAX_SCORE)
        self.pass_mark.setValue(draft.pass_mark)
        self.add_field("title", self.tr("&Course"), self.title)
        self.add_field("content", self.tr("C&ontent"), self.content)
        self.add_field("form", self.tr("&Form"), self.form_choice)
        self.add_field("starts_on", self.tr("St&arts"), self.starts_on)
        self.add_field("ends_on", self.tr("&Ends"), self.ends_on)
        self.add_field("trainer", self.tr("&Trainer"), self.trainer)
        self.add_field("pass_mark", self.tr("&Pass mark"), self.pass_mark)
        self.enable_autosave(store, f"staff_training:{course_id or 'new'}")
        self.resize(480, self.sizeHint().height())
        self.title.setFocus()

    def save_work(self) -> Callable[[], object]:
        draft = plan.CourseDraft(
            self.year,
            self.title.text(),
            StaffTrainingContent(combo_value(self.content)),
            StaffTrainingForm(combo_value(self.form_choice)),
            self.starts_on.date().toPython(),  # type: ignore[arg-type]
            self.ends_on.date().toPython(),  # type: ignore[arg-type]
            self.trainer.text(),
            self.pass_mark.value(),
        )
        store, course_id = self.store, self.course_id
        return lambda: plan.save_course(store, course_id, draft)

    def after_save(self, result: object) -> None:
        self.course_id = str(result)
