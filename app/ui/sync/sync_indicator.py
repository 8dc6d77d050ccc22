"""The status bar's sync summary: "⇅ 3 pending · synced 10:42 · server not reachable".

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
        self.setToolTip(self.tr("Open the Sync page"))
        controller.state_changed.connect(self.show_state)
        controller.snapshot_read.connect(self._explain)

    def show_state(self, pending: int, last_sync: str, error: str, running: bool) -> None:
        parts = [self.tr("⇅ %n pending", "", pending)]
        if running:
            parts.append(self.tr("syncing…"))
        elif last_sync:
            parts.append(arg(self.tr("synced %1"), last_sync))
        elif not error:
            parts.append(self.tr("never synced"))
        if error and not running:
            parts.append(error)
        self.setText(" · ".join(parts))
        self.setStyleSheet(ERROR_STYLE if error and not running else "")

    def _explain(self, snapshot: SyncSnapshot) -> None:
        """The tooltip: the whole sentence of the last error, and where to act on it."""
        state = snapshot.status
        lines = []
        if not state.configured:
            lines.append(self.tr("Sync is not set up yet."))
        elif state.last_error:
            kind, message = split_error(state.last_error)
            lines.append(error_text(kind, message) if kind else message)
        lines.append(self.tr("Click to open the Sync page."))
        self.setToolTip("\n".join(lines))
