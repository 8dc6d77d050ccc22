"""Forms save as the user types: a SIGKILL mid-entry loses nothing."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.domain.enums import TrialRunResult
from app.services.store import Store
from app.services.work_orders import field_records
from app.services.work_orders.drafts import load_draft
from app.ui.work_orders.field_panels import RepairPanel
from app.ui.work_orders.work_order_dialog import WorkOrderDialog
from tests import factories
from tests.conftest import ROOT

CHILD = str(ROOT / "tests" / "autosave_child.py")


def run_and_kill(data_dir: Path, *form: str) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    child = subprocess.Popen(
        [sys.executable, CHILD, str(data_dir), "type", *form],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "typed"
    child.send_signal(signal.SIGKILL)
    assert child.wait(timeout=30) == -signal.SIGKILL


def show(data_dir: Path, *form: str) -> str:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, CHILD, str(data_dir), "show", *form],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=True,
    )
    return result.stdout.strip()


@pytest.mark.slow
def test_a_new_work_order_survives_sigkill_mid_entry(store: Store) -> None:
    factories.hospital_with_unit(store)
    run_and_kill(store.data_dir, "work_order")
    assert show(store.data_dir, "work_order").startswith("Replaced ion pump controller")


@pytest.mark.slow
def test_a_repair_record_survives_sigkill_mid_entry(store: Store) -> None:
    _, _, unit_id = factories.hospital_with_unit(store)
    order = factories.work_order(store, unit_id)
    run_and_kill(store.data_dir, "repair", order.id)
    saved = field_records.load_repair(store, order.id)
    assert saved.actions.startswith("Replaced ion pump controller")  # in the record itself


def test_the_repair_panel_saves_into_the_record_and_keeps_refused_input(
    qtbot: QtBot, store: Store
) -> None:
    _, _, unit_id = factories.hospital_with_unit(store)
    order = factories.work_order(store, unit_id)
    panel = RepairPanel(store, order.id)
    qtbot.addWidget(panel)
    panel.inputs["cause"].setPlainText("离子泵控制器故障")  # type: ignore[attr-defined]
    assert panel.autosave is not None
    qtbot.waitUntil(lambda: not panel.autosave.pending(), timeout=2000)  # type: ignore[union-attr]
    assert field_records.load_repair(store, order.id).cause == "离子泵控制器故障"
    assert "Saved" in panel.status.text()
    # A failed trial run needs a note: refused, but what was typed is kept as a draft.
    combo = panel.inputs["trial_run_result"]
    combo.setCurrentIndex(combo.findData(TrialRunResult.FAILED))  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: "⚠" in panel.status.text(), timeout=2000)
    assert field_records.load_repair(store, order.id).trial_run_result is TrialRunResult.NOT_RUN
    draft = load_draft(store, f"repair:{order.id}")
    assert draft is not None and draft.data["trial_run_result"] == "failed"


def test_cancel_throws_the_draft_away(qtbot: QtBot, store: Store) -> None:
    factories.hospital_with_unit(store)
    dialog = WorkOrderDialog(store, None)
    qtbot.addWidget(dialog)
    dialog.description.setPlainText("真空泵报警")
    assert dialog.autosave is not None
    dialog.autosave.save_now()
    assert load_draft(store, "work_order:new") is not None
    dialog.reject()
    assert load_draft(store, "work_order:new") is None
    again = WorkOrderDialog(store, None)
    qtbot.addWidget(again)
    assert again.description.toPlainText() == ""
    assert again.restored.isHidden()
