"""The register page (colours, read-only for engineers, the form's translated errors)
and a checklist run's instruments per section with its overdue warning."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from app.domain import local_time
from app.domain.enums import UserRole
from app.services.checklists import checklist_runs as runs
from app.services.instruments import register, run_instruments
from app.services.store import Store
from app.ui.checklists.checklist_run_widget import COL_ITEM, ChecklistRunWidget
from app.ui.i18n import install_translators
from app.ui.instruments.instrument_dialog import InstrumentDialog
from app.ui.instruments.register_page import CalibrationDelegate, InstrumentsPage
from tests.instrument_helpers import add, as_role, run_on_new_order


@pytest.fixture(autouse=True)
def english(qapp: QApplication) -> Iterator[None]:
    install_translators(qapp, "en")
    yield
    install_translators(qapp, "en")
    QLocale.setDefault(QLocale("en"))


@pytest.fixture
def overdue_run(store: Store) -> tuple[str, str]:
    """A run whose first section used an instrument past due; (run id, section title)."""
    as_role(store, UserRole.SERVICE_MANAGER, "boss")
    today = local_time.today()
    good = add(store, "002345", due=today + timedelta(days=300))
    late = add(
        store,
        "010532",
        model="Farmer 30013",
        due=today - timedelta(days=2),
        calibrated_on=today - timedelta(days=400),
    )
    run_id = run_on_new_order(store)
    section = runs.load_run(store, run_id).sections[0]
    run_instruments.set_section_instruments(store, run_id, section.id, [good, late])
    return run_id, section.title_en


def show_run(qtbot: QtBot, store: Store, run_id: str) -> ChecklistRunWidget:
    widget = ChecklistRunWidget(store, run_id)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_a_run_with_an_overdue_instrument_shows_the_warning(
    qtbot: QtBot, store: Store, overdue_run: tuple[str, str]
) -> None:
    run_id, title = overdue_run
    widget = show_run(qtbot, store, run_id)
    warning = widget.instrument_warning
    qtbot.waitUntil(warning.isVisible)
    assert "Calibration past due on the run's date" in warning.text()
    assert "PTW Farmer 30013 SN 010532 — due " in warning.text()
    assert f"used for: {title}" in warning.text()
    assert "002345" not in warning.text()  # the in-date one is not named
    header = widget.model.index(0, COL_ITEM).data()
    assert header.startswith(f"{title}   ·   Instruments: ")
    assert (
        "⚠ PTW Farmer 30013 SN 010532" in header and "PTW UNIDOS webline T10021 SN 002345" in header
    )
    assert widget.model.index(0, COL_ITEM).data(Qt.ItemDataRole.ForegroundRole) is not None


def test_unticking_the_overdue_instrument_clears_the_warning(
    qtbot: QtBot, store: Store, overdue_run: tuple[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.ui.instruments import section_instruments

    run_id, _ = overdue_run
    widget = show_run(qtbot, store, run_id)

    def pick(dialog: section_instruments.SectionInstrumentsDialog) -> int:
        for row in range(dialog.list.count()):
            item = dialog.list.item(row)
            if "010532" in item.text():
                assert "calibration overdue" in item.text()
                item.setCheckState(Qt.CheckState.Unchecked)
        return 1

    monkeypatch.setattr(section_instruments.SectionInstrumentsDialog, "exec", pick)
    widget.choose_instruments(0)
    qtbot.waitUntil(lambda: not widget.instrument_warning.isVisible())
    used = run_instruments.instruments_of_run(store, run_id).used
    assert [u.instrument.serial for u in used] == ["002345"]


def test_the_warning_reads_in_chinese(
    qtbot: QtBot, qapp: QApplication, store: Store, overdue_run: tuple[str, str]
) -> None:
    install_translators(qapp, "zh_CN")
    QLocale.setDefault(QLocale("zh_CN"))
    run_id, _ = overdue_run
    widget = show_run(qtbot, store, run_id)
    qtbot.waitUntil(widget.instrument_warning.isVisible)
    text = widget.instrument_warning.text()
    assert "校准已过期" in text and "PTW Farmer 30013" in text and "010532" in text


def test_the_register_colours_overdue_rows_and_engineers_only_read(
    qtbot: QtBot, store: Store, overdue_run: tuple[str, str]
) -> None:
    page = InstrumentsPage(store)
    qtbot.addWidget(page)
    page.show()
    model = page.list_page.model
    qtbot.waitUntil(lambda: model.rowCount() == 2)
    states = [model.index(r, 1).data() for r in range(2)]
    assert states == ["Calibration overdue", "Calibrated"]  # most urgent first
    option = QStyleOptionViewItem()
    delegate = page.list_page.table.itemDelegate()
    assert isinstance(delegate, CalibrationDelegate)
    delegate.initStyleOption(option, model.index(0, 3))
    assert option.palette.color(option.palette.ColorRole.Text).name() == "#9b1218"
    assert page.add_button.isVisible()
    as_role(store, UserRole.ENGINEER, "li.na")
    page.update_role()
    assert not page.add_button.isVisible() and not page.retire_button.isVisible()
    assert page.note.isVisible() and page.edit_button.text() == "&View…"


def test_the_form_shows_each_refusal_under_its_field(
    qtbot: QtBot, qapp: QApplication, store: Store
) -> None:
    as_role(store, UserRole.QUALITY_CONTROL, "wu.qc")
    install_translators(qapp, "zh_CN")
    dialog = InstrumentDialog(store, None)
    qtbot.addWidget(dialog)
    dialog.maker.setText("PTW")
    dialog.model.setText("Farmer 30013")
    dialog.serial.setText("SN 12#")
    assert not dialog.try_save()
    assert dialog.error_text("serial") == "⚠ 只能使用字母、数字及 . / _ -（最多 40 个字符）。"
    assert dialog.error_text("certificate_no") == "⚠ 此项为必填项。"
    assert register.list_instruments(store) == []


def test_the_window_offers_the_register_by_role(qtbot: QtBot, store: Store, tmp_path: Path) -> None:
    from PySide6.QtCore import QSettings

    from app.ui.main_window import MainWindow

    as_role(store, UserRole.PARTS_ADMINISTRATOR, "sun.li")
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(store, settings, "K7")
    qtbot.addWidget(window)
    row = list(window.page_titles).index("instruments")
    assert window.nav.item(row).isHidden()
    as_role(store, UserRole.ENGINEER, "li.na")
    window._show_user()
    assert not window.nav.item(row).isHidden()
    window.show_page("instruments")
    assert window.current_page().key == "instruments" and not window.new_action.isEnabled()
    as_role(store, UserRole.QUALITY_CONTROL, "wu.qc")
    window._show_user()
    assert window.new_action.isEnabled() and window.instruments_page.add_button.isVisibleTo(window)


def test_retiring_from_the_register_greys_the_row_and_sinks_it(
    qtbot: QtBot, store: Store, overdue_run: tuple[str, str]
) -> None:
    page = InstrumentsPage(store)
    qtbot.addWidget(page)
    page.show()
    model = page.list_page.model
    qtbot.waitUntil(lambda: model.rowCount() == 2)
    page.list_page.table.setCurrentIndex(model.index(0, 0))  # the overdue one
    serial = model.index(0, 5).data()
    page.retire_button.click()
    qtbot.waitUntil(lambda: model.index(1, 1).data() == "Retired")
    assert model.index(1, 5).data() == serial
    assert [i.serial for i in register.list_instruments(store)] == ["002345"]
