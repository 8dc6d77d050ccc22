"""Changing one's own password on the sync server from the Sync page: the current
password, the new one twice. The server judges both (the throttle of a login for the
current one, the account policy for the new one) and answers with a code; the dialog
shows its sentence in the user's language. The request runs in a worker through the
SyncController, and this laptop (and the user's other laptops) stay logged in."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.sync_failure import SyncFailure
from app.ui.i18n import arg
from app.ui.sync.sync_controller import SyncController
from app.ui.sync.sync_texts import error_text
from sync.protocol import Code, code_of

ERROR_STYLE = "color: #b3261e;"  # the red of form errors
MIN_LENGTH = 10  # the server's policy (sync/server/password_policy.py), said up front


def _password_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMaxLength(256)
    return field


class ChangePasswordDialog(QDialog):
    def __init__(
        self, controller: SyncController, server: str, user: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setWindowTitle(self.tr("Change password"))
        intro = QLabel(
            arg(
                self.tr(
                    "Change the password of %1 on %2. This laptop and your other laptops "
                    "stay logged in."
                ),
                user,
                server,
            )
        )
        intro.setWordWrap(True)
        self.current, self.new, self.repeat = (
            _password_field(),
            _password_field(),
            _password_field(),
        )
        self.hint = QLabel(
            arg(
                self.tr(
                    "At least %1 characters; not a common password, a word or your user name. "
                    "A few unrelated words make a good one."
                ),
                str(MIN_LENGTH),
            )
        )
        self.hint.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Current password:"), self.current)
        form.addRow(self.tr("&New password:"), self.new)
        form.addRow(self.tr("&Repeat the new password:"), self.repeat)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Change password"))
        self.cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.change)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)
        controller.password_changed.connect(self._changed)
        controller.password_change_failed.connect(self._failed)
        self.current.setFocus()

    def _fields(self) -> tuple[QLineEdit, QLineEdit, QLineEdit]:
        return self.current, self.new, self.repeat

    def change(self) -> None:
        current, new, repeat = (f.text() for f in self._fields())
        if not current:
            self._show_error(self.tr("Enter your current password."), self.current)
        elif not new:
            self._show_error(self.tr("Enter the new password."), self.new)
        elif new != repeat:
            self._show_error(self.tr("The two new passwords differ. Type it again."), self.repeat)
        else:
            self._busy(True)
            self.message.setStyleSheet("")
            self.message.setText(self.tr("Changing the password…"))
            self.message.show()
            self._fit()
            self.controller.change_password(current, new)

    def _busy(self, busy: bool) -> None:
        self.ok.setEnabled(not busy)
        for field in self._fields():
            field.setEnabled(not busy)

    def _changed(self, _changed: object) -> None:
        for field in self._fields():
            field.clear()
            field.setEnabled(False)
        self.ok.hide()
        self.cancel.setText(self.tr("Close"))
        self.cancel.setFocus()
        self.message.setStyleSheet("")
        self.message.setText(
            self.tr(
                "Your password was changed. Use the new one the next time you log in; "
                "this laptop and your other laptops stay logged in."
            )
        )
        self.message.show()
        self._fit()

    def _failed(self, kind: str, message: str) -> None:
        self._busy(False)
        text = error_text(kind, message) if kind else message
        if kind == SyncFailure.PASSWORD and code_of(message) is Code.WRONG_PASSWORD:
            self._show_error(text, self.current)
        elif kind == SyncFailure.PASSWORD:
            self.repeat.clear()
            self._show_error(text, self.new)
        else:
            self._show_error(text, self.current)

    def _fit(self) -> None:
        """Grows to the message's wrapped height: a long refusal (Chinese wraps to two
        lines) must not squeeze the password fields."""
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        self.resize(self.width(), max(self.height(), layout.totalHeightForWidth(self.width())))

    def _show_error(self, text: str, field: QLineEdit) -> None:
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setText("⚠ " + text)
        self.message.show()
        self._fit()
        field.setFocus()
        field.selectAll()
