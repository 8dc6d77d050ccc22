"""Signing mode: the laptop handed to the customer, full screen, to read and sign.

The screen shows only the report summary and one panel per signer. It speaks the
customer's language (中文 / English toggle), which may differ from the engineer's UI
language, so its texts come from the small table `_TEXT` rather than Qt's
translators. Only the dialog that sets the engineer's password before handing over
is the engineer's own and uses self.tr().

Nothing here stores anything: `signatures()` hands the collected signatures to the
caller (services/signing.py), which stores them and locks the record.

Leaving — "Return to engineer", Esc, closing the window, or any call of accept(),
reject() or done() — asks for the engineer's password; a wrong or cancelled entry
keeps the mode open. `begin()` (and `exec()`) makes the engineer set a password
before the mode opens if there is none yet, so the person holding the laptop never
gets to choose the secret that lets them out.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QFont, QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.domain import signatures as sig
from app.domain.enums import ReportKind, SignatureMeaning
from app.domain.records import ValidationError
from app.services.signing.credentials import check_password, has_password, set_password
from app.services.store import Store
from app.ui.i18n import arg
from app.ui.labels import format_datetime, validation_message
from app.ui.signing.signature_pad import SignaturePad, render_png

LANGUAGES = ("zh", "en")
ERROR_STYLE = "color: #b3261e;"
DONE_STYLE = "color: #1b5e20; font-weight: bold;"
PANEL_STYLE = "QFrame#slot { border: 1px solid #c9ced6; border-radius: 6px; }"

_TEXT: dict[str, dict[str, str]] = {
    "zh": {
        "intro": "请阅读左侧的工作内容摘要，确认无误后在右侧签字。",
        "summary": "工作内容摘要",
        "name": "姓名（正楷）",
        "role": "职务",
        "organisation": "单位",
        "undo": "撤销一笔",
        "clear": "清除",
        "sign": "确认签字",
        "placeholder": "请在横线上方签名",
        "signed": "%1 已于 %2 签字",
        "return": "交还工程师",
        "name_required": "请填写正楷姓名。",
        "leave_title": "退出签字模式",
        "leave_prompt": "请将电脑交还工程师。\n工程师输入密码后退出签字模式：",
        "wrong_password": "密码不正确，签字模式仍保持打开。",
        "engineer_title": "工程师签字确认",
        "engineer_prompt": "工程师 %1，请输入密码确认本人签字：",
        "engineer_wrong": "密码不正确，签字未被接受。",
        "no_password": "尚未设置工程师密码，无法确认。",
        "all_signed": "全部签字已完成，请将电脑交还工程师。",
        "waiting": "请工程师先签字。",
        ReportKind.SERVICE: "维修服务报告确认与签字",
        ReportKind.INSPECTION: "巡检及预防性维护报告确认与签字",
        ReportKind.INSTALLATION: "安装调试报告确认与签字",
        ReportKind.ACCEPTANCE: "验收报告确认与签字",
        ReportKind.TRAINING: "培训记录确认与签字",
        "means_service": "签字即确认：上述维修工作已在现场完成，处理情况及试运行结果如摘要所述。",
        "means_inspection": "签字即确认：上述巡检及预防性维护已在现场完成，"
        "检查结果及结论如摘要所述。",
        "means_installation": "签字即确认：设备已按上述内容安装调试，"
        "检测结果及遗留问题如摘要所述。",
        "means_acceptance": "签字即确认验收结论：设备已按上述项目逐项检测，验收结果如摘要所述。",
        "means_training": "签字即确认：本人已接受上述培训。",
        sig.EMPTY: "请在横线上方签名。",
        sig.TOO_SMALL: "笔迹过小，不能作为签名，请写下您的姓名。",
        SignatureMeaning.PERFORMED_BY: "执行人",
        SignatureMeaning.REVIEWED_BY: "审核人",
        SignatureMeaning.ACCEPTED_BY: "验收人",
        SignatureMeaning.RECEIVED_BY: "接收人",
        SignatureMeaning.RELEASED_FOR_CLINICAL_USE: "放行临床使用（物理师）",
        "release_title": "设备放行临床使用：确认与签字",
        "means_release": "签字即确认：本人已审阅上述检测结果及预警说明，"
        "同意该设备恢复临床治疗使用。",
    },
    "en": {
        "intro": "Please read the summary of the work on the left, then sign on the right.",
        "summary": "Summary of the work",
        "name": "Printed name",
        "role": "Role",
        "organisation": "Organisation",
        "undo": "Undo stroke",
        "clear": "Clear",
        "sign": "Sign",
        "placeholder": "Please sign above the line",
        "signed": "Signed by %1 on %2",
        "return": "Return to engineer",
        "name_required": "Please enter your printed name.",
        "leave_title": "Leave signing mode",
        "leave_prompt": "Please hand the laptop back to the engineer.\n"
        "Engineer's password to leave signing mode:",
        "wrong_password": "Wrong password: signing mode stays open.",
        "engineer_title": "Confirm the engineer's signature",
        "engineer_prompt": "Engineer %1, enter your password to confirm your signature:",
        "engineer_wrong": "Wrong password: the signature was not accepted.",
        "no_password": "No engineer password is set, so this cannot be confirmed.",
        "all_signed": "All signatures are in. Please hand the laptop back to the engineer.",
        "waiting": "The engineer signs first.",
        ReportKind.SERVICE: "Service report: review and sign",
        ReportKind.INSPECTION: "Inspection and maintenance report: review and sign",
        ReportKind.INSTALLATION: "Installation and commissioning report: review and sign",
        ReportKind.ACCEPTANCE: "Acceptance report: review and sign",
        ReportKind.TRAINING: "Training record: review and sign",
        "means_service": "By signing you confirm that the repair described was carried out "
        "on site, with the actions and the trial run as summarised.",
        "means_inspection": "By signing you confirm that the inspection and maintenance "
        "described were carried out on site, with the results and conclusion summarised.",
        "means_installation": "By signing you confirm that the unit was installed and "
        "commissioned as described, with the results and open problems summarised.",
        "means_acceptance": "By signing you confirm the acceptance conclusion: the unit was "
        "tested item by item as listed, and you accept the result summarised.",
        "means_training": "By signing you confirm that you received the training described.",
        SignatureMeaning.PERFORMED_BY: "Performed by",
        SignatureMeaning.REVIEWED_BY: "Reviewed by",
        SignatureMeaning.ACCEPTED_BY: "Accepted by",
        SignatureMeaning.RECEIVED_BY: "Received by",
        SignatureMeaning.RELEASED_FOR_CLINICAL_USE: "Released for clinical use (physicist)",
        "release_title": "Release of the unit to clinical use: review and sign",
        "means_release": "By signing you confirm that you reviewed the test results and "
        "the warnings above and release the unit for clinical treatment.",
    },  # domain reasons are English source texts already
}


@dataclass(frozen=True)
class SignerSlot:
    """Who is to sign, and in what capacity; the engineer's own slot needs a password."""

    meaning: SignatureMeaning
    printed_name: str = ""
    role: str = ""
    organisation: str = ""
    is_engineer: bool = False


@dataclass(frozen=True)
class CollectedSignature:
    """One accepted signature, as plain data for services/signing.py to store."""

    meaning: SignatureMeaning
    signer_name: str
    signer_role: str
    organisation: str
    strokes: list[list[list[float]]]
    signed_at: datetime
    is_engineer: bool


def heading_label(base: QFont) -> QLabel:
    """A bold caption: what is summarised, in what capacity someone signs."""
    label = QLabel()
    font = QFont(base)
    font.setPointSizeF(base.pointSizeF() * 1.15)
    font.setBold(True)
    label.setFont(font)
    return label


def ask_password(parent: QWidget, title: str, prompt: str) -> str | None:
    """One masked entry; None when cancelled."""
    text, ok = QInputDialog.getText(parent, title, prompt, QLineEdit.EchoMode.Password)
    return text if ok else None


class SetPasswordDialog(QDialog):
    """The engineer chooses a signing password (typed twice) before handing over."""

    def __init__(self, store: Store, login: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.login = store, login
        self.setWindowTitle(self.tr("Set your signing password"))
        intro = QLabel(
            self.tr(
                "Before you hand the laptop over, set the password that confirms your own "
                "signature and lets you leave signing mode (at least 6 characters)."
            )
        )
        intro.setWordWrap(True)
        self.first, self.second = QLineEdit(), QLineEdit()
        for field in (self.first, self.second):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("Password"), self.first)
        form.addRow(self.tr("Repeat password"), self.second)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def accept(self) -> None:
        if self.first.text() != self.second.text():
            self.error.setText(self.tr("The passwords do not match."))
            self.error.show()
            return
        try:
            set_password(self.store, self.login, self.first.text())
        except ValidationError as exc:
            self.error.setText("\n".join(validation_message(e.message) for e in exc.errors))
            self.error.show()
            return
        super().accept()


class SlotPanel(QFrame):
    """One signer: name, role, organisation, the pad and its buttons; read-only once signed."""

    def __init__(self, slot: SignerSlot, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.slot = slot
        self.collected: CollectedSignature | None = None
        self._error_key = ""
        self.setObjectName("slot")
        self.setStyleSheet(PANEL_STYLE)
        self.heading = heading_label(self.font())
        self.name = QLineEdit(slot.printed_name)
        self.role = QLineEdit(slot.role)
        self.organisation = QLineEdit(slot.organisation)
        self.name_label, self.role_label, self.organisation_label = QLabel(), QLabel(), QLabel()
        fields = QGridLayout()
        fields.setVerticalSpacing(2)
        for column, (label, edit) in enumerate(
            [
                (self.name_label, self.name),
                (self.role_label, self.role),
                (self.organisation_label, self.organisation),
            ]
        ):
            label.setBuddy(edit)
            fields.addWidget(label, 0, column)
            fields.addWidget(edit, 1, column)
            fields.setColumnStretch(column, 1 if column else 2)
        self.pad = SignaturePad()
        self.pad.setMinimumHeight(150)
        self.pad.set_printed_name(slot.printed_name)
        self.name.textChanged.connect(self.pad.set_printed_name)
        self.name.textChanged.connect(lambda _text: self.show_error(""))
        self.pad.changed.connect(lambda: self.show_error(""))
        self.signed_image = QLabel()
        self.signed_image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.signed_image.hide()
        self.undo_button, self.clear_button, self.sign_button = (
            QPushButton(),
            QPushButton(),
            QPushButton(),
        )
        self.undo_button.clicked.connect(self.pad.undo_stroke)
        self.clear_button.clicked.connect(self.pad.clear)
        for button in (self.undo_button, self.clear_button, self.sign_button):
            button.setAutoDefault(False)  # Enter in a field must not sign or leave
            button.setMinimumHeight(34)  # big enough for a finger
        self.sign_button.setStyleSheet("font-weight: bold; padding: 0 24px;")
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.signed_line = QLabel()
        self.signed_line.setStyleSheet(DONE_STYLE)
        self.signed_line.hide()
        self.waiting = QLabel()  # why this signer cannot sign yet (the engineer signs first)
        self.waiting.setStyleSheet(ERROR_STYLE)
        self.waiting.hide()
        actions = QHBoxLayout()
        actions.addWidget(self.undo_button)
        actions.addWidget(self.clear_button)
        actions.addWidget(self.error, 1)
        actions.addWidget(self.signed_line, 1)
        actions.addWidget(self.waiting)
        actions.addWidget(self.sign_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(fields)
        layout.addWidget(self.pad, 1)
        layout.addWidget(self.signed_image, 1)
        layout.addLayout(actions)

    def retranslate(self, text: Callable[[str], str]) -> None:
        self.heading.setText(text(self.slot.meaning))
        self.name_label.setText(text("name"))
        self.role_label.setText(text("role"))
        self.organisation_label.setText(text("organisation"))
        self.undo_button.setText(text("undo"))
        self.clear_button.setText(text("clear"))
        self.sign_button.setText(text("sign"))
        self.waiting.setText(text("waiting"))
        self.pad.set_placeholder(text("placeholder"))
        self.error.setText(f"⚠ {text(self._error_key)}" if self._error_key else "")
        if self.collected is not None:
            when = format_datetime(self.collected.signed_at)
            self.signed_line.setText("✔ " + arg(text("signed"), self.collected.signer_name, when))

    def set_waiting(self, waiting: bool) -> None:
        """Holds this signer until the engineer has signed."""
        if self.collected is not None:
            return
        self.sign_button.setEnabled(not waiting)
        self.waiting.setVisible(waiting)

    def show_error(self, key: str, text: Callable[[str], str] | None = None) -> None:
        """Shows a table key (or a domain reason) next to the pad; '' clears it."""
        self._error_key = key
        self.error.setText(f"⚠ {text(key)}" if key and text else "")

    def error_key(self) -> str:
        return self._error_key

    def mark_signed(self, signature: CollectedSignature, text: Callable[[str], str]) -> None:
        """Shows the accepted signature in place of the pad; nothing can change it now."""
        self.collected = signature
        size = self.pad.size() if self.pad.width() > 1 else self.pad.sizeHint()
        strokes = sig.strokes_from_json(signature.strokes)
        self.signed_image.setPixmap(
            QPixmap.fromImage(render_png(strokes, size.width(), size.height()))
        )
        self.signed_image.setMinimumHeight(self.pad.minimumHeight())
        self.pad.hide()
        self.signed_image.show()
        for edit in (self.name, self.role, self.organisation):
            edit.setReadOnly(True)
        for button in (self.undo_button, self.clear_button, self.sign_button):
            button.hide()
        self.waiting.hide()
        self.show_error("")
        self.error.hide()
        self.signed_line.show()
        self.retranslate(text)


class SigningModeDialog(QDialog):
    """Full-screen signing by the customer; only the engineer's password leaves it."""

    def __init__(
        self,
        store: Store,
        engineer_login: str,
        summary_zh: str,
        summary_en: str,
        signers: list[SignerSlot],
        parent: QWidget | None = None,
        language: str = "zh",
        kind: ReportKind = ReportKind.SERVICE,
        release: bool = False,
    ) -> None:
        super().__init__(parent)
        self.store, self.engineer_login = store, engineer_login
        self.kind = kind
        self.release = release  # the physicist's clinical release, not the report
        self._summaries = {"zh": summary_zh, "en": summary_en}
        self._language = language if language in LANGUAGES else "zh"
        self._leaving = False
        self._status_key = ""
        self._collected: list[CollectedSignature] = []
        self.setModal(True)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.15)  # read by the customer, at arm's length
        self.setFont(font)

        self.title = QLabel()
        title_font = QFont(font)
        title_font.setPointSizeF(font.pointSizeF() * 1.4)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.intro = QLabel()
        self.meaning = QLabel()  # what the signature confirms, for this kind of report
        self.meaning.setWordWrap(True)
        meaning_font = QFont(font)
        meaning_font.setBold(True)
        self.meaning.setFont(meaning_font)
        self.language_buttons: dict[str, QPushButton] = {}
        languages = QButtonGroup(self)
        top = QHBoxLayout()
        heading = QVBoxLayout()
        heading.addWidget(self.title)
        heading.addWidget(self.intro)
        top.addLayout(heading, 2)
        self.status = QLabel()  # in the top row, so a message never shifts the pads
        self.status.setWordWrap(True)
        self.status.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        top.addWidget(self.status, 2)
        top.addSpacing(12)
        for code, name in (("zh", "中文"), ("en", "English")):
            button = QPushButton(name)  # a language's own name, never translated
            button.setCheckable(True)
            button.setAutoDefault(False)
            button.setMinimumHeight(34)
            button.clicked.connect(lambda _checked=False, c=code: self.set_language(c))
            languages.addButton(button)
            top.addWidget(button)
            self.language_buttons[code] = button
        self.return_button = QPushButton()
        self.return_button.setAutoDefault(False)
        self.return_button.setMinimumHeight(34)
        self.return_button.clicked.connect(self.request_leave)
        top.addSpacing(24)
        top.addWidget(self.return_button)

        self.summary_heading = heading_label(font)
        self.summary = QTextBrowser()
        summary_font = QFont(font)
        summary_font.setPointSizeF(font.pointSizeF() * 1.1)
        self.summary.setFont(summary_font)
        summary_column = QVBoxLayout()
        summary_column.addWidget(self.summary_heading)
        summary_column.addWidget(self.summary, 1)
        summary_column.addWidget(self.meaning)
        self.panels: list[SlotPanel] = []
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        for slot in signers:
            panel = SlotPanel(slot)
            if len(signers) > 2:  # every signer in view on a 768-pixel screen
                panel.pad.setMinimumHeight(90)
            panel.sign_button.clicked.connect(lambda _checked=False, p=panel: self.sign(p))
            self.panels.append(panel)
            column.addWidget(panel)
        column.addStretch(1)
        self._hold_until_the_engineer_signs()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(holder)
        body = QHBoxLayout()
        body.addLayout(summary_column, 2)
        body.addWidget(scroll, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(body, 1)
        self.set_language(self._language)

    # --- language -------------------------------------------------------------------

    def text(self, key: str) -> str:
        """The screen's text for `key` in the customer's language (a key, if unknown)."""
        return _TEXT[self._language].get(key, key)

    def language(self) -> str:
        return self._language

    def set_language(self, language: str) -> None:
        self._language = language if language in LANGUAGES else "zh"
        self.language_buttons[self._language].setChecked(True)
        title = self.text("release_title" if self.release else self.kind)
        self.setWindowTitle(title)
        self.title.setText(title)
        self.intro.setText(self.text("intro"))
        self.meaning.setText(
            self.text("means_release" if self.release else f"means_{self.kind.value}")
        )
        self.return_button.setText(self.text("return"))
        self.summary_heading.setText(self.text("summary"))
        self.summary.setPlainText(self._summaries[self._language])
        for panel in self.panels:
            panel.retranslate(self.text)
        self._show_status(self._status_key)

    def _show_status(self, key: str) -> None:
        self._status_key = key
        self.status.setText(self.text(key) if key else "")
        style = DONE_STYLE if key == "all_signed" else f"{ERROR_STYLE} font-weight: bold;"
        self.status.setStyleSheet(style)

    # --- signing --------------------------------------------------------------------

    def begin(self) -> bool:
        """Opens the mode full screen; False (and nothing shown) without a password."""
        if not self._ensure_password():
            return False
        self.showFullScreen()
        return True

    def exec(self) -> int:
        if not self.begin():
            return QDialog.DialogCode.Rejected
        return super().exec()

    def _ensure_password(self) -> bool:
        if has_password(self.store, self.engineer_login):
            return True
        setter = SetPasswordDialog(self.store, self.engineer_login, self)
        return setter.exec() == QDialog.DialogCode.Accepted

    def signatures(self) -> list[CollectedSignature]:
        """The accepted signatures, in the order they were given."""
        return list(self._collected)

    def all_signed(self) -> bool:
        return all(panel.collected is not None for panel in self.panels)

    def sign(self, panel: SlotPanel) -> bool:
        """Accepts the panel's signature if it is one (and, for ours, the password fits)."""
        if panel.collected is not None or not panel.sign_button.isEnabled():
            return False
        strokes = panel.pad.strokes()
        errors = sig.validate_strokes(strokes)
        if errors:
            panel.show_error(errors[0].message, self.text)
            return False
        name = panel.name.text().strip()
        if not name:
            panel.show_error("name_required", self.text)
            panel.name.setFocus()
            return False
        if panel.slot.is_engineer and not self._confirm_engineer(panel):
            return False
        signature = CollectedSignature(
            meaning=panel.slot.meaning,
            signer_name=name,
            signer_role=panel.role.text().strip(),
            organisation=panel.organisation.text().strip(),
            strokes=sig.strokes_to_json(strokes),
            signed_at=datetime.now(UTC),
            is_engineer=panel.slot.is_engineer,
        )
        self._collected.append(signature)
        panel.mark_signed(signature, self.text)
        self._hold_until_the_engineer_signs()
        if self.all_signed():
            self._show_status("all_signed")
        return True

    def _hold_until_the_engineer_signs(self) -> None:
        """The customer and QC sign what the engineer has vouched for, so their pads
        wait for the engineer's signature (services/signing.py refuses it otherwise)."""
        engineer = [p for p in self.panels if p.slot.is_engineer]
        waiting = any(p.collected is None for p in engineer)
        for panel in self.panels:
            if not panel.slot.is_engineer:
                panel.set_waiting(waiting)

    def _confirm_engineer(self, panel: SlotPanel) -> bool:
        """§11.200: the engineer identifies again with the password to sign."""
        if not self._ensure_password():
            panel.show_error("no_password", self.text)
            return False
        prompt = arg(self.text("engineer_prompt"), self.engineer_login)
        password = ask_password(self, self.text("engineer_title"), prompt)
        if password is None:
            return False
        if not check_password(self.store, self.engineer_login, password):
            panel.show_error("engineer_wrong", self.text)
            return False
        return True

    # --- leaving --------------------------------------------------------------------

    def request_leave(self) -> bool:
        """Closes the mode only for the engineer's password; True when it closed."""
        if not self._ensure_password():
            self._show_status("no_password")
            return False
        password = ask_password(self, self.text("leave_title"), self.text("leave_prompt"))
        if password is None:
            return False
        if not check_password(self.store, self.engineer_login, password):
            self._show_status("wrong_password")
            return False
        self._leaving = True
        result = QDialog.DialogCode.Accepted if self._collected else QDialog.DialogCode.Rejected
        super().done(result)
        return True

    def done(self, result: int) -> None:
        if self._leaving:
            super().done(result)
        else:
            self.request_leave()

    def accept(self) -> None:
        self.done(QDialog.DialogCode.Accepted)

    def reject(self) -> None:  # Esc
        self.done(QDialog.DialogCode.Rejected)

    def closeEvent(self, event: QCloseEvent) -> None:
        # A hidden dialog shows nothing, so closing it (e.g. at clean-up) bypasses nothing.
        if self._leaving or not self.isVisible():
            event.accept()
            return
        event.ignore()
        self.request_leave()
