"""The stock dialogs as a user meets them (issue 12): a count typed in the stocktake
dialog, its variance refused without a reason, approved by the manager; parts issued
from a kit against the receiver's signature; the Stock page a page at a time, with
units in the screen's language."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QTableWidget, QTableWidgetItem
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.db.stock import StockMovement
from app.db.stocktake import StockIssue
from app.domain.enums import MovementKind, StocktakeState, UserRole
from app.domain.signatures import strokes_from_json
from app.services.stock import views
from app.services.stock.ledger import MovementDraft, record_movement
from app.services.store import Store
from tests.factories import SCRIBBLE
from tests.test_stock import _location, _part, _user
from tests.test_stocktake import _kit, _order

K = MovementKind


def _cell(table: QTableWidget, row: int, column: int) -> QTableWidgetItem:
    item = table.item(row, column)
    assert item is not None
    return item


@pytest.fixture
def office(store: Store) -> Store:
    for login, role in (
        ("sun.li", UserRole.PARTS_ADMINISTRATOR), ("li.na", UserRole.SERVICE_MANAGER),
        ("zhang.wei", UserRole.ENGINEER),
    ):  # fmt: skip
        _user(store, login, role)
    store.user_login = "sun.li"
    return store


@pytest.fixture
def english(qapp: object) -> Iterator[None]:
    QLocale.setDefault(QLocale("en"))
    yield
    QLocale.setDefault(QLocale("en"))


def test_a_count_typed_in_the_dialog_needs_a_reason_then_the_manager_approves(
    qtbot: QtBot, office: Store, english: None
) -> None:
    from app.ui.stock.stocktake_dialog import COUNTED, REASON, StocktakeDialog

    warehouse = _location(office, "仓库")
    bolts = _part(office, "BOLT")
    record_movement(office, MovementDraft(K.RECEIPT, bolts, 10, to_location_id=warehouse))
    dialog = StocktakeDialog(office)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.location.count() == 1)
    with qtbot.waitSignal(dialog.loaded, timeout=10000):
        dialog.begin_button.click()
    assert _cell(dialog.table, 0, 0).text() == "BOLT" and _cell(dialog.table, 0, 3).text() == "10"
    assert _cell(dialog.table, 0, 2).text() == "pc"
    _cell(dialog.table, 0, COUNTED).setText("8")
    with qtbot.waitSignal(dialog.loaded, timeout=10000):
        dialog.submit_button.click()
    assert dialog.error.isVisible() is False or dialog.error.text()
    assert "give the reason" in dialog.error.text() and "BOLT" in dialog.error.text()
    assert _cell(dialog.table, 0, 5).text() == "-2"  # the variance is shown, and kept
    _cell(dialog.table, 0, REASON).setText("两颗用于工单未登记")
    with qtbot.waitSignal(dialog.loaded, timeout=10000):
        dialog.submit_button.click()
    assert dialog.sheet is not None and dialog.sheet.state is StocktakeState.SUBMITTED
    assert not dialog.approve_button.isEnabled()  # the parts administrator never approves
    out = office.data_dir / "sheet.pdf"
    dialog.write_pdf(out, result=False)
    assert out.read_bytes().startswith(b"%PDF")

    office.user_login = "li.na"
    manager = StocktakeDialog(office)
    qtbot.addWidget(manager)
    qtbot.waitSignal(manager.loaded, timeout=10000).wait()
    assert manager.approve_button.isEnabled()
    with qtbot.waitSignal(manager.loaded, timeout=10000):
        manager.approve_button.click()
    assert manager.sheet is not None and manager.sheet.state is StocktakeState.APPROVED
    with office.reading() as session:
        assert views.on_hand_at(session, warehouse) == {bolts: 8.0}


def test_parts_issued_from_the_kit_against_the_receivers_signature(
    qtbot: QtBot, office: Store, english: None
) -> None:
    from app.ui.stock.issue_dialog import IssueDialog

    kit = _kit(office, "zhang.wei")
    fuse = _part(office, "FUSE")
    record_movement(office, MovementDraft(K.RECEIPT, fuse, 1, to_location_id=kit))
    order = _order(office)
    office.user_login = "zhang.wei"
    dialog = IssueDialog(office)
    dialog.ask_for_pdf = False
    qtbot.addWidget(dialog)
    qtbot.waitSignal(dialog.ready, timeout=10000).wait()
    assert [dialog.source.itemData(i) for i in range(dialog.source.count())] == [kit]
    assert dialog.work_order.currentData() == order
    dialog.add_line(fuse, 2)
    assert _cell(dialog.lines, 0, 2).text() == "pc"
    dialog.save_button.click()  # not signed yet
    assert dialog.error.text() == "The receiver signs for the parts on the pad."
    dialog.pad.set_strokes(strokes_from_json(SCRIBBLE))
    dialog.save_button.click()
    assert dialog.issued is not None and dialog.issued.below_zero == ["FUSE"]
    with office.reading() as session:
        slip = session.scalar(select(StockIssue))
        moved = session.scalars(select(StockMovement).where(StockMovement.kind == K.ISSUE)).all()
    assert slip is not None and slip.receiver_name == "zhang.wei" and slip.strokes
    assert [(m.work_order_id, m.quantity, m.reference) for m in moved] == [
        (order, 2.0, slip.number)
    ]
    out = office.data_dir / "slip.pdf"
    dialog.save_pdf(out)
    assert out.read_bytes().startswith(b"%PDF")


def test_the_stock_page_turns_pages_and_speaks_the_screens_units(
    qtbot: QtBot, office: Store, qapp: object
) -> None:
    from app.ui.stock.stock_page import StockPage

    warehouse = _location(office, "仓库")
    with office.session() as session:
        from app.db.fieldwork import Part

        parts = [Part(part_number=f"P-{i:04d}", description="垫片", unit="pc") for i in range(450)]
        session.add_all(parts)
        session.flush()
        ids = [p.id for p in parts]
    for part in ids:
        record_movement(office, MovementDraft(K.RECEIPT, part, 1, to_location_id=warehouse))
    QLocale.setDefault(QLocale("zh_CN"))
    try:
        settings = QSettings(str(office.data_dir / "s.ini"), QSettings.Format.IniFormat)
        page = StockPage(office, settings)
        qtbot.addWidget(page)
        with qtbot.waitSignal(page.loaded, timeout=10000):
            page.show()
        assert page.table.rowCount() == 200 and page.view is not None and page.view.total == 450
        assert _cell(page.table, 0, 4).text() == "件"  # not "pc" on a Chinese screen
        assert page.next_button.isEnabled() and not page.previous_button.isEnabled()
        for _ in range(2):
            with qtbot.waitSignal(page.loaded, timeout=10000):
                page.next_button.click()
        assert page.table.rowCount() == 50 and _cell(page.table, 0, 1).text() == "P-0400"
        assert not page.next_button.isEnabled()
        with qtbot.waitSignal(page.loaded, timeout=10000):
            page.filter.setText("P-0007")
        assert page.table.rowCount() == 1 and page.view.offset == 0
    finally:
        QLocale.setDefault(QLocale("en"))


def test_export_stock_writes_a_workbook_of_one_location(office: Store, tmp_path: Path) -> None:
    """Run as the office runs it (a process of its own: the command installs its
    language's translators)."""
    import os
    import subprocess
    import sys

    from openpyxl import load_workbook

    warehouse, kit = _location(office, "仓库"), _kit(office, "zhang.wei")
    fuse = _part(office, "FUSE")
    record_movement(office, MovementDraft(K.RECEIPT, fuse, 3, to_location_id=warehouse))
    record_movement(office, MovementDraft(K.RECEIPT, fuse, 1, to_location_id=kit))
    out = tmp_path / "stock.xlsx"
    root = Path(__file__).resolve().parent.parent
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, str(root / "main.py"), "--data-dir", str(office.data_dir)]
        return subprocess.run(
            [*command, *args], capture_output=True, text=True, env=env, cwd=root, timeout=120
        )

    done = run("--lang", "zh_CN", "export-stock", "--out", str(out), "--location", "仓库")
    assert done.returncode == 0, done.stderr
    sheet = load_workbook(out).active
    assert sheet is not None
    assert [c.value for c in sheet[1]][:5] == ["库位", "配件号", "名称", "库存", "单位"]
    assert [c.value for c in sheet[2]][:5] == ["仓库", "FUSE", "FUSE 部件", 3, "件"]
    assert sheet.max_row == 2
    missing = run("--lang", "en", "export-stock", "--out", str(out), "--location", "nowhere")
    assert missing.returncode == 2
    assert "no location is called nowhere; there are: 仓库, zhang.wei's kit" in missing.stderr
