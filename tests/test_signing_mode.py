"""Signing mode: the customer signs, the engineer confirms with a password to sign and
to leave; the customer's language switches everything on the screen."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QInputDialog, QWidget
from pytestqt.qtbot import QtBot

from app.domain.enums import SignatureMeaning
from app.domain.signatures import TOO_SMALL, strokes_from_json, validate_strokes
from app.services.signing.credentials import check_password, has_password, set_password
from app.services.store import Store
from app.ui.signing import signing_mode
from app.ui.signing.signature_pad import SignaturePad, signing_area
from app.ui.signing.signing_mode import SetPasswordDialog, SignerSlot, SigningModeDialog

ENGINEER = "li.wei"
PASSWORD = "beam-on-42"
LEFT = Qt.MouseButton.LeftButton
NO_MOD = Qt.KeyboardModifier.NoModifier
SUMMARY_ZH = "更换真空泵，剂量输出 100.2%，通过。\n遗留问题：无。"
SUMMARY_EN = "Vacuum pump replaced; dose output 100.2 %, pass.\nOpen problems: none."
SLOTS = [
    SignerSlot(SignatureMeaning.PERFORMED_BY, "李伟", "现场工程师", "Beamside 服务", True),
    SignerSlot(SignatureMeaning.ACCEPTED_BY, "王建国", "物理师", "江苏省肿瘤医院"),
]


class Passwords:
    """Stands in for QInputDialog.getText: answers with queued entries, records prompts."""

    def __init__(self) -> None:
        self.answers: list[str | None] = []
        self.prompts: list[str] = []

    def __call__(self, parent: QWidget, title: str, prompt: str, *rest: object) -> tuple[str, bool]:
        self.prompts.append(prompt)
        answer = self.answers.pop(0) if self.answers else None
        return (answer or "", answer is not None)


@pytest.fixture
def passwords(monkeypatch: pytest.MonkeyPatch) -> Passwords:
    fake = Passwords()
    monkeypatch.setattr(QInputDialog, "getText", fake)
    return fake


@pytest.fixture
def open_mode(
    qtbot: QtBot, store: Store, passwords: Passwords
) -> Iterator[Callable[[], SigningModeDialog]]:
    """Opens signing mode for the engineer; whatever a test leaves open is left properly."""
    opened: list[SigningModeDialog] = []

    def make() -> SigningModeDialog:
        dialog = SigningModeDialog(store, ENGINEER, SUMMARY_ZH, SUMMARY_EN, SLOTS)
        qtbot.addWidget(dialog)
        assert dialog.begin()
        qtbot.waitExposed(dialog)
        opened.append(dialog)
        return dialog

    set_password(store, ENGINEER, PASSWORD)
    yield make
    for dialog in opened:
        if dialog.isVisible():
            passwords.answers = [PASSWORD]
            assert dialog.request_leave()


def sign_on(pad: SignaturePad) -> None:
    """Writes a zigzag across the pad's signing area with the mouse."""
    area = signing_area(pad.width(), pad.height())
    points = [
        QPoint(round(area.left() + area.width() * fx), round(area.top() + area.height() * fy))
        for fx, fy in [(0.1, 0.4), (0.2, 0.6), (0.3, 0.3), (0.4, 0.65), (0.5, 0.35)]
    ]
    QTest.mousePress(pad, LEFT, NO_MOD, points[0], 2)
    for point in points[1:]:
        QTest.mouseMove(pad, point, 2)
    QTest.mouseRelease(pad, LEFT, NO_MOD, points[-1], 2)


def engineer_signs(dialog: SigningModeDialog, passwords: Passwords) -> None:
    """The engineer signs first (with the password): the others' pads wait for it."""
    sign_on(dialog.panels[0].pad)
    passwords.answers = [PASSWORD]
    dialog.panels[0].sign_button.click()
    assert dialog.panels[0].collected is not None


def test_customer_signs_with_the_mouse(
    open_mode: Callable[[], SigningModeDialog], passwords: Passwords
) -> None:
    dialog = open_mode()
    assert dialog.isFullScreen()
    customer = dialog.panels[1]
    assert customer.pad.printed_name() == "王建国"
    assert not customer.sign_button.isEnabled() and not customer.waiting.isHidden()
    assert customer.waiting.text() == "请工程师先签字。"
    sign_on(customer.pad)
    customer.sign_button.click()  # refused while the engineer has not signed
    assert dialog.signatures() == []
    engineer_signs(dialog, passwords)
    assert customer.sign_button.isEnabled() and customer.waiting.isHidden()
    customer.sign_button.click()
    (_ours, signature) = dialog.signatures()
    assert signature.meaning == SignatureMeaning.ACCEPTED_BY
    assert (signature.signer_name, signature.signer_role, signature.organisation) == (
        "王建国",
        "物理师",
        "江苏省肿瘤医院",
    )
    assert not signature.is_engineer
    assert signature.signed_at.tzinfo == UTC
    assert validate_strokes(strokes_from_json(signature.strokes)) == []
    # read-only from now on: the pad gives way to the picture of the signature
    assert customer.pad.isHidden() and not customer.signed_image.pixmap().isNull()
    assert customer.name.isReadOnly() and customer.sign_button.isHidden()
    assert "王建国" in customer.signed_line.text()
    assert dialog.all_signed() and dialog.status.text() == "全部签字已完成，请将电脑交还工程师。"


def test_one_dot_and_no_name_are_refused(
    open_mode: Callable[[], SigningModeDialog], passwords: Passwords
) -> None:
    dialog = open_mode()
    engineer_signs(dialog, passwords)
    customer = dialog.panels[1]
    customer.sign_button.click()
    assert customer.error.text() == "⚠ 请在横线上方签名。"
    area = signing_area(customer.pad.width(), customer.pad.height())
    QTest.mouseClick(customer.pad, LEFT, NO_MOD, area.center().toPoint())
    assert customer.error.text() == ""  # drawing clears the old reason
    customer.sign_button.click()
    assert customer.error.text() == "⚠ 笔迹过小，不能作为签名，请写下您的姓名。"
    dialog.language_buttons["en"].click()
    assert customer.error.text() == f"⚠ {TOO_SMALL}"
    customer.pad.clear()
    sign_on(customer.pad)
    customer.name.clear()
    customer.sign_button.click()
    assert customer.error.text() == "⚠ Please enter your printed name."
    assert len(dialog.signatures()) == 1  # the engineer's only


def test_engineer_signature_needs_the_password(
    open_mode: Callable[[], SigningModeDialog], passwords: Passwords
) -> None:
    dialog = open_mode()
    engineer = dialog.panels[0]
    sign_on(engineer.pad)
    passwords.answers = [None]  # cancelled: nothing happens
    engineer.sign_button.click()
    assert dialog.signatures() == [] and engineer.error.text() == ""
    assert ENGINEER in passwords.prompts[-1]
    passwords.answers = ["guess-123"]
    engineer.sign_button.click()
    assert dialog.signatures() == []
    assert engineer.error.text() == "⚠ 密码不正确，签字未被接受。"
    passwords.answers = [PASSWORD]
    engineer.sign_button.click()
    (signature,) = dialog.signatures()
    assert signature.is_engineer and signature.meaning == SignatureMeaning.PERFORMED_BY
    assert engineer.pad.isHidden()


def test_leaving_needs_the_engineers_password(
    open_mode: Callable[[], SigningModeDialog], passwords: Passwords
) -> None:
    dialog = open_mode()
    passwords.answers = ["guess-123"]
    dialog.return_button.click()
    assert dialog.isVisible()
    assert dialog.status.text() == "密码不正确，签字模式仍保持打开。"
    passwords.answers = [None]
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()
    passwords.answers = ["guess-456"]
    dialog.close()
    assert dialog.isVisible()
    for bypass in (dialog.accept, dialog.reject):
        passwords.answers = [None]
        bypass()
        assert dialog.isVisible()
    assert len(passwords.prompts) == 5  # every way out asked
    engineer_signs(dialog, passwords)
    sign_on(dialog.panels[1].pad)
    dialog.panels[1].sign_button.click()
    passwords.answers = [PASSWORD]
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert len(dialog.signatures()) == 2


def test_language_toggle_switches_summary_and_labels(
    open_mode: Callable[[], SigningModeDialog], passwords: Passwords
) -> None:
    dialog = open_mode()
    engineer_signs(dialog, passwords)
    assert dialog.summary.toPlainText() == SUMMARY_ZH
    assert dialog.panels[1].heading.text() == "验收人"
    assert dialog.return_button.text() == "交还工程师"
    dialog.language_buttons["en"].click()
    assert dialog.language() == "en"
    assert dialog.summary.toPlainText() == SUMMARY_EN
    assert dialog.panels[1].heading.text() == "Accepted by"
    assert dialog.panels[1].sign_button.text() == "Sign"
    assert dialog.return_button.text() == "Return to engineer"
    assert dialog.windowTitle() == "Service report: review and sign"
    assert dialog.meaning.text().startswith("By signing you confirm that the repair")
    sign_on(dialog.panels[1].pad)
    dialog.panels[1].sign_button.click()
    assert dialog.panels[1].signed_line.text().startswith("✔ Signed by 王建国 on ")
    dialog.language_buttons["zh"].click()
    assert dialog.summary.toPlainText() == SUMMARY_ZH
    assert "王建国 已于 " in dialog.panels[1].signed_line.text()


def test_all_signed_says_so(
    open_mode: Callable[[], SigningModeDialog], passwords: Passwords
) -> None:
    dialog = open_mode()
    for panel in dialog.panels:
        sign_on(panel.pad)
    passwords.answers = [PASSWORD]
    for panel in dialog.panels:
        panel.sign_button.click()
    assert dialog.all_signed()
    assert [s.meaning for s in dialog.signatures()] == [
        SignatureMeaning.PERFORMED_BY,
        SignatureMeaning.ACCEPTED_BY,
    ]
    assert dialog.status.text() == "全部签字已完成，请将电脑交还工程师。"


def test_without_a_password_the_engineer_sets_one_before_handing_over(
    qtbot: QtBot, store: Store, passwords: Passwords, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = SigningModeDialog(store, ENGINEER, SUMMARY_ZH, SUMMARY_EN, SLOTS)
    qtbot.addWidget(dialog)
    monkeypatch.setattr(SetPasswordDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    assert not dialog.begin()  # no password, none set: the mode does not open
    assert not dialog.isVisible()
    assert dialog.exec() == QDialog.DialogCode.Rejected

    def set_it(self: SetPasswordDialog) -> int:
        self.first.setText(PASSWORD)
        self.second.setText(PASSWORD)
        self.accept()
        return self.result()

    monkeypatch.setattr(SetPasswordDialog, "exec", set_it)
    assert dialog.begin()
    assert check_password(store, ENGINEER, PASSWORD)
    passwords.answers = [PASSWORD]
    assert dialog.request_leave()
    assert dialog.result() == QDialog.DialogCode.Rejected  # nothing was signed


def test_set_password_dialog_refuses_mismatch_and_short(qtbot: QtBot, store: Store) -> None:
    setter = SetPasswordDialog(store, ENGINEER)
    qtbot.addWidget(setter)
    setter.first.setText("abcdef")
    setter.second.setText("abcdeg")
    setter.accept()
    assert setter.error.text() == "The passwords do not match."
    setter.first.setText("abc")
    setter.second.setText("abc")
    setter.accept()
    assert setter.error.text() == "A password needs at least 6 characters."
    assert not has_password(store, ENGINEER)
    assert setter.result() != QDialog.DialogCode.Accepted


def test_ask_password_masks_the_entry(monkeypatch: pytest.MonkeyPatch, qtbot: QtBot) -> None:
    seen: list[object] = []

    def fake(*args: object) -> tuple[str, bool]:
        seen.extend(args)
        return "", False

    monkeypatch.setattr(QInputDialog, "getText", fake)
    parent = QWidget()
    qtbot.addWidget(parent)
    assert signing_mode.ask_password(parent, "t", "p") is None
    assert seen[3] == signing_mode.QLineEdit.EchoMode.Password
