"""The Upgrades page: campaigns with their progress, a unit's next steps only, a
refusal shown in the form, the manager's buttons for the manager."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from app.domain.enums import UserRole
from app.domain.signatures import strokes_from_json
from app.domain.upgrades import NoticeChannel, UnitStep
from app.services.store import Store
from app.services.upgrades import campaigns, unit_steps
from app.ui.upgrades.campaign_page import UpgradesPage
from app.ui.upgrades.step_dialogs import AnswerDialog, ScheduleDialog
from tests import factories
from tests.instrument_helpers import as_role
from tests.test_upgrade_campaigns import campaign, fleet


def test_the_page_shows_progress_and_offers_only_next_steps(store: Store, qtbot: QtBot) -> None:
    as_role(store, UserRole.SERVICE_MANAGER, "boss")
    model_id, units = fleet(store, 3)
    cid = campaign(store, model_id)
    rows = [campaigns.add_unit(store, cid, u, "2.6") for u in units]
    unit_steps.record_notice(store, rows[0], date(2026, 5, 4), NoticeChannel.LETTER)
    unit_steps.record_answer(store, rows[0], False, "张主任")
    unit_steps.record_notice(store, rows[1], date(2026, 5, 4), NoticeChannel.PHONE)
    page = UpgradesPage(store)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.units_loaded):
        page.refresh()
    assert (page.progress.value(), page.progress.maximum()) == (1, 3)  # the refusal is finished
    assert page.counts.text() == "Qualifies: 1  ·  Notified: 1  ·  Refused: 1"
    assert page.new_button.isVisibleTo(page)
    index = next(i for i, u in enumerate(page.units) if u.id == rows[1])
    page.unit_table.selectRow(index)
    enabled = {s for s, b in page.step_buttons.items() if b.isEnabled()}
    assert enabled == {UnitStep.CONSENTED}  # notified: only the answer comes next
    # scheduling a unit that was not asked is refused in the form, which stays open
    dialog = ScheduleDialog(store, rows[2], page)
    qtbot.addWidget(dialog)
    dialog.save()
    assert dialog.error.text() == (
        "The customer has not consented: an upgrade is scheduled only after consent."
    )
    answer = AnswerDialog(store, rows[1], page)
    qtbot.addWidget(answer)
    answer.by.setText("李主任")
    answer.pad.set_strokes(strokes_from_json(factories.SCRIBBLE))  # signed on the pad
    answer.save()
    assert answer.result() == answer.DialogCode.Accepted
    with qtbot.waitSignal(page.units_loaded):
        page.refresh()
    [row] = [u for u in page.units if u.id == rows[1]]
    assert row.step is UnitStep.CONSENTED and row.answer_by == "李主任" and row.signed


def test_engineers_see_no_campaign_buttons(store: Store, qtbot: QtBot) -> None:
    as_role(store, UserRole.ENGINEER, "li.na")
    page = UpgradesPage(store)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded):
        page.refresh()
    assert (
        not page.new_button.isVisibleTo(page) and page.summary.text() == "No upgrade campaign yet."
    )


def test_the_units_history_shows_its_upgrade(store: Store, qtbot: QtBot) -> None:
    from app.ui.registry.equipment_detail import EquipmentDetailDialog

    as_role(store, UserRole.SERVICE_MANAGER, "boss")
    model_id, (unit,) = fleet(store, 1)
    row = campaigns.add_unit(store, campaign(store, model_id), unit, "2.6")
    unit_steps.record_notice(store, row, date(2026, 5, 4), NoticeChannel.VISIT)
    unit_steps.record_answer(store, row, True, "李主任")
    unit_steps.schedule(store, row, date(2026, 6, 1))
    unit_steps.record_done(store, row, "2.7.4")
    dialog = EquipmentDetailDialog(store, unit)
    qtbot.addWidget(dialog)
    items = [dialog.dates.itemAt(i) for i in range(dialog.dates.count())]
    widgets = [item.widget() for item in items if item is not None]
    shown = [w.text() for w in widgets if isinstance(w, QLabel)]
    assert "TrueBeam 2.7 MR4 → 2.7.4: Done (now 2.7.4)" in shown
    assert "Upgrade: 1" in dialog.counts.text()  # its upgrade work order in the history
