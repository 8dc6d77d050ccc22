"""The site's action-levels dialog: a quality-control user sets a level and sees it,
a refusal shows in place, an engineer sees the levels but cannot change them; the
registry's site form opens it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from app.domain.enums import UserRole
from app.services.store import Store
from app.ui.checklists.site_levels_dialog import ITEM, SITE, SiteLevelsDialog
from app.ui.i18n import install_translators
from app.ui.registry.customer_dialog import SiteDialog
from tests import factories
from tests.instrument_helpers import as_role


@pytest.fixture(autouse=True)
def english(qapp: QApplication) -> Iterator[None]:
    install_translators(qapp, "en")
    yield
    install_translators(qapp, "en")
    QLocale.setDefault(QLocale("en"))


def opened(qtbot: QtBot, store: Store) -> SiteLevelsDialog:
    _, site_id, _ = factories.hospital_with_unit(store)
    dialog = SiteLevelsDialog(store, site_id, "放疗科 1号机房")
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 5)
    return dialog


def cell(dialog: SiteLevelsDialog, row: int, column: int) -> str:
    item = dialog.table.item(row, column)
    return item.text() if item is not None else ""


def row_of(dialog: SiteLevelsDialog, label: str) -> int:
    labels = [cell(dialog, r, ITEM) for r in range(dialog.table.rowCount())]
    return next(r for r, text in enumerate(labels) if text.startswith(label))


def test_quality_control_sets_a_level_and_sees_it(qtbot: QtBot, store: Store) -> None:
    as_role(store, UserRole.QUALITY_CONTROL, "wang.physicist")
    dialog = opened(qtbot, store)
    row = row_of(dialog, "X-ray output constancy")
    dialog.table.selectRow(row)
    assert dialog.set_button.isEnabled() and not dialog.read_only_note.isVisibleTo(dialog)
    dialog.level.setText("2")
    dialog.reason.setText("physicist's decision")
    dialog.set_button.click()
    assert dialog.level_error.isVisibleTo(dialog)
    assert "beyond the item's tolerance" in dialog.level_error.text()
    dialog.level.setText("4")
    dialog.set_button.click()
    qtbot.waitUntil(lambda: cell(dialog, row, SITE) == "±4%")
    assert not dialog.level_error.isVisibleTo(dialog)
    assert dialog.level.text() == "4"  # as entered: saving it again keeps the level
    assert dialog.clear_button.isEnabled()
    dialog.clear_button.click()
    qtbot.waitUntil(lambda: cell(dialog, row, SITE) == "(template's)")


def test_an_engineer_sees_the_levels_read_only(qtbot: QtBot, store: Store) -> None:
    as_role(store, UserRole.ENGINEER, "li.na")
    dialog = opened(qtbot, store)
    dialog.table.selectRow(0)
    assert not dialog.set_button.isEnabled() and not dialog.level.isEnabled()
    assert dialog.read_only_note.isVisibleTo(dialog)


def test_the_site_form_offers_the_levels(qtbot: QtBot, store: Store) -> None:
    customer_id, site_id, _ = factories.hospital_with_unit(store)
    dialog = SiteDialog(store, customer_id, site_id)
    qtbot.addWidget(dialog)
    texts = [b.text() for b in dialog.findChildren(QPushButton)]
    assert "Local action levels…" in texts
    new = SiteDialog(store, customer_id, None)
    qtbot.addWidget(new)
    assert "Local action levels…" not in [b.text() for b in new.findChildren(QPushButton)]
