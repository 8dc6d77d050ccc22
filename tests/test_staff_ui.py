"""The Staff page and the assignment warning, as a user sees them: the work-order
dialog warns of an engineer's expired or missing qualification while choosing; the
manager sees everybody's assessments, an engineer only their own."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTableWidget
from pytestqt.qtbot import QtBot

from app.db.models import Equipment, EquipmentModel, User
from app.db.staff import QualificationRequirement
from app.domain import local_time
from app.domain.enums import Modality, UserRole
from app.domain.staff import AssessmentAction, AssessmentResult, QualificationKind
from app.services.registry.users import ActingUser
from app.services.staff import assessments, qualifications
from app.services.store import Store
from app.ui.i18n import install_translators
from app.ui.staff.staff_page import StaffPage
from app.ui.work_orders.work_order_dialog import WorkOrderDialog
from tests import factories

BOSS = ActingUser("zhou", "周建国", UserRole.SERVICE_MANAGER)
RAD = QualificationKind.RADIATION_SAFETY


@pytest.fixture(autouse=True)
def english(qapp: QApplication) -> None:
    install_translators(qapp, "en")


@pytest.fixture
def team(store: Store) -> dict[str, str]:
    """A linac that needs radiation safety; 李娜 holds it, 王磊's lapsed, 陈静 has none;
    assessments for 李娜 and 王磊."""
    _, _, unit = factories.hospital_with_unit(store)
    with store.session() as session:
        session.add(QualificationRequirement(kind=RAD, modality="linac"))
        session.add(User(display_name="周建国", login="zhou", role=UserRole.SERVICE_MANAGER))
    today = local_time.today()
    ids = {
        "unit": unit,
        "li": factories.engineer(store, "li.na", "李娜"),
        "wang": factories.engineer(store, "wang.lei", "王磊"),
        "chen": factories.engineer(store, "chen.jing", "陈静"),
    }
    qualifications.add_qualification(store, ids["li"], RAD, expires_on=today + timedelta(400),
                                     user=BOSS)  # fmt: skip
    qualifications.add_qualification(store, ids["wang"], RAD, expires_on=date(2026, 1, 31),
                                     user=BOSS)  # fmt: skip
    assessments.record_assessment(store, ids["li"], "2026-H1", 5, AssessmentResult.EXCELLENT,
                                  user=BOSS)  # fmt: skip
    assessments.record_assessment(store, ids["wang"], "2026-H1", 2, AssessmentResult.FAIL,
                                  AssessmentAction.RETRAINING, user=BOSS)  # fmt: skip
    return ids


def _check(dialog: WorkOrderDialog, user_id: str) -> None:
    for i in range(dialog.engineers.count()):
        item = dialog.engineers.item(i)
        if item.data(Qt.ItemDataRole.UserRole) == user_id:
            item.setCheckState(Qt.CheckState.Checked)


def test_choosing_an_engineer_with_an_expired_qualification_shows_a_warning(
    qtbot: QtBot, store: Store, team: dict[str, str]
) -> None:
    dialog = WorkOrderDialog(store, None, equipment_id=team["unit"])
    qtbot.addWidget(dialog)
    dialog.show()
    warning = dialog.qualification_warning
    assert not warning.isVisible()
    _check(dialog, team["li"])
    assert not warning.isVisible()  # 李娜's certificate is valid
    _check(dialog, team["wang"])
    qtbot.waitUntil(warning.isVisible)
    assert "王磊's Radiation safety qualification expired on 2026-01-31." in warning.text()
    _check(dialog, team["chen"])
    assert "陈静 has no Radiation safety qualification for this unit." in warning.text()
    assert "李娜" not in warning.text()


def test_no_warning_for_a_unit_that_needs_nothing(
    qtbot: QtBot, store: Store, team: dict[str, str]
) -> None:
    with store.session() as session:
        unit = session.get(Equipment, team["unit"])
        assert unit is not None
        model = session.get(EquipmentModel, unit.model_id)
        assert model is not None
        model.modality = Modality.CT_SIMULATOR
    dialog = WorkOrderDialog(store, None, equipment_id=team["unit"])
    qtbot.addWidget(dialog)
    dialog.show()
    _check(dialog, team["chen"])
    assert not dialog.qualification_warning.isVisible()


def _page(qtbot: QtBot, store: Store, login: str) -> StaffPage:
    page = StaffPage(Store(store.engine, store.data_dir, login))
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.show()
    return page


def _texts(table: QTableWidget, column: int) -> list[str]:
    items = [table.item(r, column) for r in range(table.rowCount())]
    return [item.text() if item is not None else "" for item in items]


def _column(page: StaffPage, column: int) -> list[str]:
    return _texts(page.assessment_table, column)


def test_the_manager_sees_every_assessment_and_an_engineer_only_their_own(
    qtbot: QtBot, store: Store, team: dict[str, str]
) -> None:
    manager = _page(qtbot, store, "zhou")
    assert sorted(_column(manager, 0)) == ["李娜", "王磊"]
    assert sorted(_column(manager, 9)) == ["Excellent", "Fail"]
    assert not manager.assess_button.isHidden() and manager.rate_button.isHidden()
    assert "2026-01-31 (expired)" in _texts(manager.qualification_table, 6)

    wang = _page(qtbot, store, "wang.lei")
    assert _column(wang, 0) == ["王磊"]
    assert _column(wang, 9) == ["Fail"]
    assert _column(wang, 10) == ["Retraining"]
    assert not wang.rate_button.isHidden() and wang.assess_button.isHidden()
    assert set(_texts(wang.qualification_table, 0)) == {"王磊"}

    chen = _page(qtbot, store, "chen.jing")
    assert chen.assessment_table.rowCount() == 0


def test_the_staff_page_is_shown_to_field_staff_and_the_manager_only(
    qtbot: QtBot, store: Store
) -> None:
    from PySide6.QtCore import QSettings

    from app.ui.main_window import MainWindow

    settings = QSettings(str(store.data_dir / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(store, settings, "K7M3")
    qtbot.addWidget(window)
    row = list(window.page_titles).index("staff")
    for role, shown in (
        (UserRole.SERVICE_MANAGER, True),
        (UserRole.ENGINEER, True),
        (UserRole.REPAIR_TECHNICIAN, True),
        (UserRole.PARTS_ADMINISTRATOR, False),
        (UserRole.QUALITY_CONTROL, False),
    ):
        window._show_pages_to(role)
        assert window.nav.item(row).isHidden() is not shown, role
