"""Logging in to the sync server once per laptop: the password goes to the server a
single time, which answers with a device token that the laptop keeps (keyring or a
private file); later rounds use the token. The request runs in a worker through the
SyncController, and a refusal is shown in the dialog, translated by its kind."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.ui.i18n import arg
from app.ui.sync.sync_controller import SyncController
from app.ui.sync.sync_texts import error_text

ERROR_STYLE = "color: #b3261e;"  # the red of form errors


class LoginDialog(QDialog):
    def __init__(
        self, controller: SyncController, server: str, user: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.controller, self.account = controller, (server, user)
        self.setWindowTitle(self.tr("Log in to the sync server"))
        intro = QLabel(
            arg(
                self.tr(
                    "Log in to %1 as %2. The password is sent once; this laptop then keeps "
                    "a login of its own until the office revokes it."
                ),
                server,
                user,
            )
        )
        intro.setWordWrap(True)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Password"))
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Log in"))
        self.buttons.accepted.connect(self.log_in)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.password)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)
        controller.logged_in.connect(self._logged_in)
        controller.login_failed.connect(self._failed)

    def log_in(self) -> None:
        if not self.password.text():
            self._show_error(self.tr("Enter your password."))
            return
        self.ok.setEnabled(False)
        self.password.setEnabled(False)
        self.error.setText(self.tr("Logging in…"))
        self.error.setStyleSheet("")
        self.error.show()
        self.controller.login(*self.account, self.password.text())

    def _logged_in(self, _response: object) -> None:
        self.password.clear()
        self.accept()

    def _failed(self, kind: str, message: str) -> None:
        self.ok.setEnabled(True)
        self.password.setEnabled(True)
        self.password.selectAll()
        self.password.setFocus()
        self._show_error(error_text(kind, message) if kind else message)

    def _show_error(self, text: str) -> None:
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setText("⚠ " + text)
        self.error.show()
