"""The status bar's sync summary in words: "3 changes waiting · last sync 10:42".

Before any server is set up it says so ("Not set up for sync yet") instead of counting
changes that have nowhere to go.

A flat button, so a click (or Enter) opens the Sync page; it only mirrors what the
SyncController says and never reads the database itself.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolButton, QWidget

from app.services.sync.sync_status import split_error
from app.ui.i18n import arg
from app.ui.sync.sync_controller import SyncController
from app.ui.sync.sync_texts import error_text
from app.ui.sync.sync_work import SyncSnapshot

ERROR_STYLE = "QToolButton { color: #b3261e; }"  # the red of form errors


class SyncIndicator(QToolButton):
    def __init__(self, controller: SyncController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncIndicator")
        self.setAutoRaise(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.controller = controller
        self.setText(self.tr("⇅ sync"))
        self._configured: bool | None = None  # None: not read yet
        self._last: tuple[int, str, str, bool] | None = None
        self.setToolTip(self.tr("Open the Sync page"))
        controller.state_changed.connect(self.show_state)
        controller.snapshot_read.connect(self._explain)

    def show_state(self, pending: int, last_sync: str, error: str, running: bool) -> None:
        self._last = (pending, last_sync, error, running)
        if self._configured is False and not running:
            self.setText(self.tr("⇅ Not set up for sync yet"))
            self.setStyleSheet("")
            return
        parts = [self.tr("⇅ %n change(s) waiting", "", pending)]
        if running:
            parts.append(self.tr("syncing…"))
        elif last_sync:
            parts.append(arg(self.tr("last sync %1"), last_sync))
        elif not error:
            parts.append(self.tr("not synced yet"))
        if error and not running:
            parts.append(error)
        self.setText(" · ".join(parts))
        self.setStyleSheet(ERROR_STYLE if error and not running else "")

    def _explain(self, snapshot: SyncSnapshot) -> None:
        """The tooltip: the whole sentence of the last error, and where to act on it."""
        state = snapshot.status
        if state.configured != self._configured:
            self._configured = state.configured
            if self._last is not None:
                self.show_state(*self._last)
        lines = []
        if not state.configured:
            lines.append(self.tr("Sync is not set up yet."))
        elif state.last_error:
            kind, message = split_error(state.last_error)
            lines.append(error_text(kind, message) if kind else message)
        lines.append(self.tr("Click to open the Sync page."))
        self.setToolTip("\n".join(lines))
