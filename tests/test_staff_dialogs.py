"""The manager's staff forms driven like a user: typing, Enter for Save, a refused save
showing its reason at the field with everything typed kept and nothing in the
database, then the saved record in the database and in the Staff page's table."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtGui import QColor, QInputMethodEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from app.db.base import SyncedMixin
from app.db.models import Equipment, User
from app.db.staff import (
    Qualification,
    QualificationRequirement,
    StaffTraining,
    StaffTrainingRecord,
)
from app.domain import local_time
from app.domain.enums import Modality, UserRole
from app.domain.staff import QualificationKind, StaffTrainingContent, StaffTrainingForm
from app.services.registry.users import ActingUser
from app.services.staff import plan, qualifications
from app.services.store import Store
from app.ui.i18n import install_translators
from app.ui.staff.cells import SOON_BACKGROUND
from app.ui.staff.course_dialog import CourseDialog
from app.ui.staff.form_dialog import StaffFormDialog
from app.ui.staff.qualification_dialog import QualificationDialog
from app.ui.staff.requirement_dialog import RequirementDialog
from app.ui.staff.results_dialog import ResultsDialog
from app.ui.staff.staff_page import StaffPage
from tests import factories

BOSS = ActingUser("zhou", "周建国", UserRole.SERVICE_MANAGER)
RAD = QualificationKind.RADIATION_SAFETY
YEAR = local_time.today().year


@pytest.fixture(autouse=True)
def english(qapp: QApplication) -> None:
    install_translators(qapp, "en")


@pytest.fixture
def team(store: Store) -> dict[str, str]:
    with store.session() as session:
        session.add(User(display_name="周建国", login="zhou", role=UserRole.SERVICE_MANAGER))
    return {
        "li": factories.engineer(store, "li.na", "李娜"),
        "wang": factories.engineer(store, "wang.lei", "王磊"),
    }


def _as(store: Store, login: str) -> Store:
    return Store(store.engine, store.data_dir, login)


def _page(qtbot: QtBot, store: Store, login: str = "zhou") -> StaffPage:
    page = StaffPage(_as(store, login))
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.show()
    return page


def _reloaded(qtbot: QtBot, page: StaffPage, action: Callable[[], object]) -> None:
    with qtbot.waitSignal(page.loaded, timeout=10000):
        action()


def _texts(table: QTableWidget, column: int) -> list[str]:
    cells = [table.item(r, column) for r in range(table.rowCount())]
    return [cell.text() if cell is not None else "" for cell in cells]


def _cell(table: QTableWidget, row: int, column: int) -> QTableWidgetItem:
    cell = table.item(row, column)
    assert cell is not None
    return cell


def _count(store: Store, model: type[SyncedMixin]) -> int:
    with store.reading() as session:
        query = select(func.count()).select_from(model).where(model.deleted_at.is_(None))
        return session.scalar(query) or 0


def _type(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Types like a user; Chinese arrives as an input-method commit (QTest is ASCII-only)."""
    if text.isascii():
        qtbot.keyClicks(widget, text)
        return
    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def _set_date(edit: QWidget, value: date) -> None:
    edit.setDate(QDate(value.year, value.month, value.day))  # type: ignore[attr-defined]


def _press_enter(qtbot: QtBot, widget: QWidget) -> None:
    """Enter (the default button: Save), then waits for the worker's answer."""
    qtbot.keyClick(widget, Qt.Key.Key_Return)
    _answered(qtbot, widget)


def _answered(qtbot: QtBot, widget: QWidget) -> None:
    form = widget.window()
    assert isinstance(form, StaffFormDialog)
    qtbot.waitUntil(lambda: not form.saving)


def _in_modal(qtbot: QtBot, fill: Callable[[QDialog], None]) -> list[BaseException]:
    """Runs `fill` on the modal dialog the next action opens; closes it if left open,
    so a failing check cannot hang the test. Returns the failures, filled later."""
    failures: list[BaseException] = []

    tries = iter(range(500))  # ten seconds, then stop looking (the test has failed)

    def step() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog):
            if next(tries, None) is not None:
                QTimer.singleShot(20, step)
            return
        try:
            fill(dialog)
        except BaseException as exc:  # the test reads it after the dialog closed
            failures.append(exc)
        finally:
            if dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, step)
    return failures


def _opened(
    qtbot: QtBot, page: StaffPage, action: Callable[[], object], fill: Callable[[QDialog], None]
) -> None:
    """Opens a form by `action`, fills it with `fill` and waits for the page to reload;
    a failed check inside the form fails the test."""
    failures = _in_modal(qtbot, fill)
    try:
        _reloaded(qtbot, page, action)
    finally:
        if failures:
            raise failures[0]


def _tab_order(dialog: QDialog, inputs: list[QWidget]) -> list[QWidget]:
    """The inputs in the order Tab visits them, from the first."""
    seen: list[QWidget] = []
    widget: QWidget | None = inputs[0]
    for _ in range(200):
        if widget is None:
            break
        if widget in inputs and widget not in seen:
            seen.append(widget)
        widget = widget.nextInFocusChain()
        if widget is inputs[0]:
            break
    return seen


# --- courses ---------------------------------------------------------------------------------


def test_the_manager_plans_a_course_from_the_page_refused_first_then_saved(
    qtbot: QtBot, store: Store, team: dict[str, str]
) -> None:
    page = _page(qtbot, store)
    assert page.staff_actions.new_course_button.isVisible()
    checked: list[str] = []

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, CourseDialog)
        order = [dialog.title, dialog.content, dialog.form_choice, dialog.starts_on,
                 dialog.ends_on, dialog.trainer, dialog.pass_mark]  # fmt: skip
        assert _tab_order(dialog, order) == order
        _type(qtbot, dialog.title, "多叶光栅维修")
        dialog.content.setCurrentIndex(dialog.content.findText("Repair skills"))
        dialog.form_choice.setCurrentIndex(dialog.form_choice.findText("External"))
        _set_date(dialog.starts_on, date(YEAR, 4, 10))
        _set_date(dialog.ends_on, date(YEAR, 4, 8))
        _type(qtbot, dialog.trainer, "厂家培训中心")
        _press_enter(qtbot, dialog.trainer)
        assert dialog.isVisible()
        assert dialog.error_text("ends_on") == "⚠ The course ends before it starts."
        assert _count(store, StaffTraining) == 0
        assert dialog.title.text() == "多叶光栅维修"  # nothing typed is lost
        _set_date(dialog.ends_on, date(YEAR, 4, 12))
        dialog.activateWindow()  # a shortcut reaches the active window
        qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
        qtbot.keyClick(dialog.trainer, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
        _answered(qtbot, dialog.trainer)
        checked.append("saved" if dialog.result() == QDialog.DialogCode.Accepted else "open")

    _opened(qtbot, page, page.staff_actions.new_course_button.click, fill)
    assert checked == ["saved"]
    with store.reading() as session:
        course = session.scalars(select(StaffTraining)).one()
        assert (course.title, course.content, course.form, course.trainer, course.ends_on) == (
            "多叶光栅维修", StaffTrainingContent.REPAIR_SKILLS, StaffTrainingForm.EXTERNAL,
            "厂家培训中心", date(YEAR, 4, 12),
        )  # fmt: skip
    assert _texts(page.plan_table, 0) == ["多叶光栅维修"]
    assert _texts(page.plan_table, 2) == ["External"]
    assert page.staff_actions.chosen_course() == course.id  # the saved row is chosen


def test_a_course_corrected_by_double_click_and_a_duplicate_refused(
    qtbot: QtBot, store: Store, team: dict[str, str]
) -> None:
    draft = plan.CourseDraft(
        YEAR,
        "ISO 13485",
        StaffTrainingContent.QUALITY_MANAGEMENT,
        StaffTrainingForm.INTERNAL,
        date(YEAR, 9, 10),
        date(YEAR, 9, 11),
    )
    plan.save_course(store, None, draft, BOSS)
    plan.save_course(store, None, plan.CourseDraft(
        YEAR, "客户沟通", StaffTrainingContent.CUSTOMER_SERVICE, StaffTrainingForm.ONLINE,
        date(YEAR, 11, 10), date(YEAR, 11, 10)), BOSS)  # fmt: skip
    page = _page(qtbot, store)

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, CourseDialog)
        assert dialog.title.text() == "ISO 13485"
        dialog.title.setText("客户沟通")
        _set_date(dialog.starts_on, date(YEAR, 11, 10))
        _set_date(dialog.ends_on, date(YEAR, 11, 10))
        _press_enter(qtbot, dialog.title)
        assert dialog.error_text("title") == (
            "⚠ This course is already in the plan on the same start date."
        )
        dialog.title.setText("ISO 13485 内审员")
        _type(qtbot, dialog.trainer, "吴敏")
        _press_enter(qtbot, dialog.trainer)

    page.plan_table.selectRow(0)
    centre = page.plan_table.visualItemRect(_cell(page.plan_table, 0, 0)).center()
    viewport = page.plan_table.viewport()

    def double_click() -> None:  # a press first: the view opens what was pressed
        qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=centre)
        qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=centre)

    _opened(qtbot, page, double_click, fill)
    assert sorted(_texts(page.plan_table, 0)) == ["ISO 13485 内审员", "客户沟通"]
    assert "吴敏" in _texts(page.plan_table, 4)
    assert _count(store, StaffTraining) == 2


# --- results ---------------------------------------------------------------------------------


def test_results_typed_for_each_person_a_bad_score_refused_at_its_line(
    qtbot: QtBot, store: Store, team: dict[str, str]
) -> None:
    course = plan.save_course(store, None, plan.CourseDraft(
        YEAR, "多叶光栅维修", StaffTrainingContent.REPAIR_SKILLS, StaffTrainingForm.EXTERNAL,
        date(YEAR, 4, 10), date(YEAR, 4, 12), pass_mark=60), BOSS)  # fmt: skip
    page = _page(qtbot, store)
    dialog = ResultsDialog(page.store, course, page)
    qtbot.addWidget(dialog)
    dialog.show()
    li, wang = team["li"], team["wang"]
    assert not dialog.scores[li].isEnabled()  # not on the course yet
    dialog.attendance[li].setCurrentIndex(dialog.attendance[li].findText("Attended"))
    _type(qtbot, dialog.scores[li], "85")
    dialog.attendance[wang].setCurrentIndex(dialog.attendance[wang].findText("Attended"))
    _type(qtbot, dialog.scores[wang], "120")
    _press_enter(qtbot, dialog.scores[wang])
    assert dialog.isVisible()
    assert dialog.error_text(f"score:{wang}") == "⚠ A score is a whole number from 0 to 100."
    assert dialog.error_text(f"score:{li}") == ""
    assert _count(store, StaffTrainingRecord) == 0
    dialog.scores[wang].setText("52")
    _press_enter(qtbot, dialog.scores[wang])
    assert dialog.result() == QDialog.DialogCode.Accepted
    _reloaded(qtbot, page, page.refresh)
    rows = sorted(zip(_texts(page.plan_table, 5), _texts(page.plan_table, 7),
                      _texts(page.plan_table, 8), strict=True))  # fmt: skip
    assert rows == [("李娜", "85", "Passed"), ("王磊", "52", "Failed")]


# --- qualifications --------------------------------------------------------------------------


def test_a_certificate_added_refused_for_bad_dates_and_a_duplicate_and_highlighted(
    qtbot: QtBot, store: Store, team: dict[str, str]
) -> None:
    today = local_time.today()
    qualifications.add_qualification(store, team["wang"], RAD, certificate_number="FS-1",
                                     expires_on=today + timedelta(days=400),
                                     user=BOSS)  # fmt: skip
    page = _page(qtbot, store)
    assert page.expiring.isHidden()
    dialog = QualificationDialog(page.store, None, page)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.model.isEnabled()  # only a vendor's training is for a model
    dialog.engineer.setCurrentIndex(dialog.engineer.findText("王磊"))
    _type(qtbot, dialog.number, "FS-2")
    dialog.issued_on.set_value(today - timedelta(days=10))
    dialog.expires_on.set_value(today - timedelta(days=20))
    _press_enter(qtbot, dialog.number)
    assert dialog.error_text("expires_on") == "⚠ The certificate expires before it was issued."
    dialog.expires_on.set_value(today + timedelta(days=30))
    _press_enter(qtbot, dialog.number)
    assert dialog.error_text("kind") == (
        "⚠ This engineer already holds this qualification; renew it instead."
    )
    assert dialog.error_text("expires_on") == ""
    assert _count(store, Qualification) == 1
    dialog.engineer.setCurrentIndex(dialog.engineer.findText("李娜"))
    _press_enter(qtbot, dialog.number)
    assert dialog.result() == QDialog.DialogCode.Accepted
    with store.reading() as session:
        added = session.scalars(select(Qualification).where(Qualification.user_id == team["li"]))
        assert [(q.certificate_number, q.expires_on) for q in added] == [
            ("FS-2", today + timedelta(days=30))
        ]
    _reloaded(qtbot, page, page.refresh)
    assert _texts(page.qualification_table, 0) == ["李娜", "王磊"]  # soonest expiry first
    table = page.qualification_table
    assert _cell(table, 0, 6).text().endswith("(expires soon)")
    assert _cell(table, 0, 0).background().color() == QColor(SOON_BACKGROUND)
    assert _cell(table, 1, 0).background().style() == Qt.BrushStyle.NoBrush
    assert not page.expiring.isHidden()
    assert "Expiring within 60 days: 李娜 — Radiation safety" in page.expiring.text()


def test_renewing_a_certificate_needs_a_later_expiry_and_clears_the_warning(
    qtbot: QtBot, store: Store, team: dict[str, str]
) -> None:
    today = local_time.today()
    qualifications.add_qualification(store, team["li"], RAD, "辐射安全与防护培训合格证",
                                     certificate_number="FS-1", issued_on=date(2021, 12, 1),
                                     expires_on=today + timedelta(days=20),
                                     user=BOSS)  # fmt: skip
    page = _page(qtbot, store)
    assert "李娜" in page.expiring.text()
    page.tabs.setCurrentIndex(1)
    page.qualification_table.selectRow(0)

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, QualificationDialog)
        assert not dialog.engineer.isEnabled() and dialog.number.text() == ""
        _type(qtbot, dialog.number, "FS-2")
        dialog.expires_on.set_value(today + timedelta(days=10))
        _press_enter(qtbot, dialog.number)
        assert dialog.error_text("expires_on") == (
            "⚠ A renewed certificate expires later than the one it replaces."
        )
        dialog.expires_on.set_value(today + timedelta(days=5 * 365))
        _press_enter(qtbot, dialog.number)

    _opened(qtbot, page, page.staff_actions.renew_button.click, fill)
    with store.reading() as session:
        renewed = session.scalars(select(Qualification)).one()
        assert (renewed.certificate_number, renewed.issued_on, renewed.expires_on) == (
            "FS-2", today, today + timedelta(days=5 * 365)
        )  # fmt: skip
        assert renewed.title == "辐射安全与防护培训合格证"
        renewed_id = renewed.id
    assert _texts(page.qualification_table, 4) == ["FS-2"]
    assert page.staff_actions.chosen_qualification() == renewed_id
    assert page.expiring.isHidden()


# --- requirements ----------------------------------------------------------------------------


def test_a_requirement_added_a_duplicate_refused_and_one_removed(
    qtbot: QtBot, store: Store, team: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _, _, unit = factories.hospital_with_unit(store)
    page = _page(qtbot, store)
    for attempt in range(2):
        dialog = RequirementDialog(page.store, page)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.modality.setCurrentIndex(dialog.modality.findText("Linear accelerator"))
        assert [dialog.model.itemText(i) for i in range(dialog.model.count())] == [
            "Any model", "Varian TrueBeam"
        ]  # fmt: skip
        _press_enter(qtbot, dialog.kind)
        if attempt:
            assert dialog.isVisible()
            assert dialog.error_text("kind") == "⚠ This requirement is already defined."
    assert _count(store, QualificationRequirement) == 1
    with store.reading() as session:
        req = session.scalars(select(QualificationRequirement)).one()
        assert (req.kind, req.modality, req.model_id) == (RAD, Modality.LINAC.value, None)
    assert [g.engineer for g in qualifications.assignment_gaps(
        store, unit, [team["li"]], local_time.today())] == ["李娜"]  # fmt: skip
    _reloaded(qtbot, page, page.refresh)
    assert _texts(page.requirement_table, 1) == ["Linear accelerator"]
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    page.requirement_table.selectRow(0)
    _reloaded(qtbot, page, page.requirements_tab.remove_button.click)
    assert page.requirement_table.rowCount() == 0
    assert _count(store, QualificationRequirement) == 0
    with store.reading() as session:
        assert session.get(Equipment, unit) is not None


# --- who may -------------------------------------------------------------------------------


def test_an_engineer_has_no_forms_and_a_save_as_one_is_refused_on_the_form(
    qtbot: QtBot, store: Store, team: dict[str, str]
) -> None:
    page = _page(qtbot, store, "li.na")
    buttons = [*page.staff_actions.plan_buttons, *page.staff_actions.qualification_buttons,
               page.requirements_tab.add_button, page.requirements_tab.remove_button]  # fmt: skip
    assert all(button.isHidden() for button in buttons)
    assert page.staff_actions.new_record() is False
    assert QApplication.activeModalWidget() is None
    dialog = CourseDialog(page.store, YEAR, None, page)
    qtbot.addWidget(dialog)
    dialog.show()
    _type(qtbot, dialog.title, "自学")
    _press_enter(qtbot, dialog.title)
    assert dialog.isVisible()
    assert dialog.error_text("") == (
        "⚠ Only the service manager plans staff training and records assessments."
    )
    assert _count(store, StaffTraining) == 0


def test_the_main_windows_new_opens_the_form_of_the_tab_shown(
    qtbot: QtBot, store: Store, team: dict[str, str]
) -> None:
    from PySide6.QtCore import QSettings

    from app.ui.main_window import MainWindow

    settings = QSettings(str(store.data_dir / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(_as(store, "zhou"), settings, "K7M3")
    qtbot.addWidget(window)
    window.show_page("staff")
    with qtbot.waitSignal(window.staff_page.loaded, timeout=10000):
        window.show()
    opened: list[type] = []
    for tab, form in ((0, CourseDialog), (1, QualificationDialog), (2, RequirementDialog)):
        window.staff_page.tabs.setCurrentIndex(tab)
        failures = _in_modal(qtbot, lambda dialog: opened.append(type(dialog)))
        window.new_action.trigger()
        assert not failures
        assert opened[-1] is form
    engineers = MainWindow(_as(store, "li.na"), settings, "K7M3")
    qtbot.addWidget(engineers)
    engineers.show_page("staff")
    assert engineers.current_page().key == "staff" and not engineers.new_action.isEnabled()


def test_a_form_saves_in_a_worker_and_cannot_be_closed_meanwhile(
    qtbot: QtBot, store: Store, team: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from threading import Event

    from PySide6.QtCore import QThread

    release, threads = Event(), []
    original = plan.save_course

    def slow_save(*args: object, **kwargs: object) -> str:
        threads.append(QThread.currentThread())
        release.wait(10)
        return original(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(plan, "save_course", slow_save)
    page = _page(qtbot, store)
    dialog = CourseDialog(page.store, YEAR, None, page)
    qtbot.addWidget(dialog)
    dialog.show()
    _type(qtbot, dialog.title, "TrueBeam 6.0")
    qtbot.keyClick(dialog.title, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(threads))
    assert threads[0] is not QApplication.instance().thread()  # type: ignore[union-attr]
    assert dialog.saving and not dialog.buttons.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # the save under way finishes first
    assert dialog.isVisible()
    release.set()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert _count(store, StaffTraining) == 1
