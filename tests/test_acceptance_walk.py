"""The issue's "done when", walked in the UI: an acceptance work order is handed over in
signing mode, the engineer, the customer and QC sign on the pad (the engineer with the
password), the engineer takes the laptop back, exports the report from the signatures
tab, and the PDF carries the three printed names and a seal that verifies — in
Beamside and, when installed, in poppler's `pdfsig`.

Screenshots of each step go to $BEAMSIDE_SHOTS_DIR when it is set (to look at them).
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from app.db.models import User
from app.domain.enums import SignatureMeaning, UserRole
from app.reports.pdf_signing import verify_pdf
from app.services.signing import signatures as signing
from app.services.signing.credentials import set_password
from app.services.store import Store
from app.ui.i18n import install_translators
from app.ui.signing.signature_pad import SignaturePad, signing_area
from app.ui.signing.signing_mode import SigningModeDialog
from app.ui.work_orders.work_order_window import WorkOrderWindow
from tests.test_conclusions import acceptance
from tests.test_pdf_signing import own_anchors

ENGINEER, ENGINEER_NAME, PASSWORD = "zhang.wei", "张伟", "beam-on-42"
CUSTOMER, QC = "陈红霞", "吴敏"
LEFT, NO_MOD = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier


@pytest.fixture(autouse=True)
def english(qapp: QApplication) -> None:
    install_translators(qapp, "en")


class Passwords:
    """Stands in for the masked QInputDialog: the engineer types the password."""

    def __init__(self) -> None:
        self.prompts: list[str] = []

    def __call__(self, parent: QWidget, title: str, prompt: str, *rest: object) -> tuple[str, bool]:
        self.prompts.append(prompt)
        return PASSWORD, True


def write_signature(pad: SignaturePad, seed: int) -> None:
    """A few strokes across the signing area with the mouse, like a hand would."""
    area = signing_area(pad.width(), pad.height())
    for stroke in range(2):
        points = [
            QPoint(
                round(area.left() + area.width() * (0.1 + 0.4 * stroke + 0.05 * i)),
                round(area.top() + area.height() * (0.35 + 0.3 * ((i + seed) % 2))),
            )
            for i in range(7)
        ]
        QTest.mousePress(pad, LEFT, NO_MOD, points[0], 5)
        for point in points[1:]:
            QTest.mouseMove(pad, point, 5)
        QTest.mouseRelease(pad, LEFT, NO_MOD, points[-1], 5)


def type_chinese(edit: QLineEdit, text: str) -> None:
    """As a pinyin input method does: it commits the chosen characters to the field
    (QTest's key clicks know only ASCII)."""
    edit.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(edit, event)


def reveal(dialog: SigningModeDialog, panel: QWidget) -> None:
    """Scrolls the signers' column to the panel, as the person signing would."""
    scroll = dialog.findChild(QScrollArea)
    assert scroll is not None
    scroll.ensureWidgetVisible(panel)


def shoot(widget: QWidget, name: str) -> None:
    folder = os.environ.get("BEAMSIDE_SHOTS_DIR")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(folder) / f"{name}.png"))


def test_three_signers_then_a_valid_signed_acceptance_report(
    qtbot: QtBot, store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with store.session() as session:
        session.add(User(display_name=ENGINEER_NAME, login=ENGINEER, role=UserRole.ENGINEER))
    store.user_login = ENGINEER
    set_password(store, ENGINEER, PASSWORD)
    passwords = Passwords()
    monkeypatch.setattr(QInputDialog, "getText", passwords)
    order_id = acceptance(store, recorded=True)  # completed, every test passed, accepted
    window = WorkOrderWindow(store, order_id)
    qtbot.addWidget(window)
    window.show()
    panel = window.signatures
    steps: list[str] = []

    def walk() -> None:
        """Runs inside signing mode's own event loop, as the people at the desk would."""
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SigningModeDialog) and dialog.isFullScreen()
        engineer, customer, qc = dialog.panels
        assert [p.slot.meaning for p in dialog.panels] == [
            SignatureMeaning.PERFORMED_BY,
            SignatureMeaning.ACCEPTED_BY,
            SignatureMeaning.REVIEWED_BY,
        ]
        assert engineer.name.text() == ENGINEER_NAME
        shoot(dialog, "walk-0-handed-over")
        write_signature(engineer.pad, 0)
        engineer.sign_button.click()  # asks the engineer's password
        assert ENGINEER in passwords.prompts[-1] and engineer.collected is not None
        shoot(dialog, "walk-1-engineer-signed")
        reveal(dialog, customer)
        customer.name.clear()
        type_chinese(customer.name, CUSTOMER)
        customer.role.setText("物理师")
        write_signature(customer.pad, 1)
        customer.sign_button.click()
        assert customer.collected is not None
        shoot(dialog, "walk-2-customer-signed")
        reveal(dialog, qc)
        qc.name.clear()
        type_chinese(qc.name, QC)
        write_signature(qc.pad, 0)
        qc.sign_button.click()
        assert dialog.all_signed()
        shoot(dialog, "walk-3-qc-signed")
        steps.append("signed")
        dialog.return_button.click()  # the engineer's password again, to leave
        steps.append("left" if not dialog.isVisible() else "still open")

    QTimer.singleShot(0, walk)
    panel.start_signing()  # the real signing mode, modal, until the engineer leaves
    assert steps == ["signed", "left"]
    stored = signing.signatures_of(store, order_id)
    assert [(s.meaning, s.signer_name) for s in stored] == [
        (SignatureMeaning.PERFORMED_BY, ENGINEER_NAME),
        (SignatureMeaning.ACCEPTED_BY, CUSTOMER),
        (SignatureMeaning.REVIEWED_BY, QC),
    ]
    assert len({s.record_hash for s in stored}) == 1
    assert panel.list.count() == 3 and not panel.sign_button.isEnabled()
    window.tabs.setCurrentWidget(panel)
    shoot(window, "walk-4-signatures-tab")

    panel.language.setCurrentIndex(panel.language.findData("en"))
    target = tmp_path / "acceptance.pdf"
    with qtbot.waitSignal(panel.exported, timeout=60_000):
        panel.export(target)
    preview = panel.preview
    assert preview is not None
    qtbot.waitUntil(lambda: preview.verification.text().startswith("✔"), timeout=30_000)
    count = len(PdfReader(target).pages)
    qtbot.waitUntil(lambda: len(preview.view.rendered_pages()) == count, timeout=30_000)
    bar = preview.view.verticalScrollBar()
    bar.setValue(bar.maximum())  # down to the signatures
    qtbot.waitUntil(lambda: len(preview.view.rendered_pages()) == count, timeout=30_000)
    shoot(preview, "walk-5-preview-signatures")

    text = "\n".join(page.extract_text() or "" for page in PdfReader(target).pages)
    for name in (ENGINEER_NAME, CUSTOMER, QC):
        assert name in text
    result = verify_pdf(target, anchors=own_anchors(store.data_dir))  # this laptop's key
    assert result.valid and result.covers_whole_file
    if shutil.which("pdfsig"):
        checked = subprocess.run(["pdfsig", "-nocert", str(target)], capture_output=True, text=True)
        assert "Signature is Valid." in checked.stdout
