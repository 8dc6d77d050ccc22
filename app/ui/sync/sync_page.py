"""The Sync page: which server and user, logging in once, "Sync now", how things
stand, the conflicts to review and the history of rounds.

A thin view over SyncController (which owns every round, probe and login, all off the
GUI thread) and the plain data of services/sync_status.py. The history is an ordinary
list page (paged, sortable, searchable), so the main window's Find and Refresh work on
it like on every other page.

The page is part of the main window from start-up, which is benchmarked, so only the
history list and the "Sync now" action exist then; everything else (and the conflict
view's module) is built when the page is first shown or used.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QStyledItemDelegate,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import settings_keys
from app.domain.enums import UserRole
from app.services.store import Store
from app.services.sync import sync_status
from app.ui.i18n import arg
from app.ui.labels import enum_label, format_datetime
from app.ui.list_page import ListPage
from app.ui.sync.sync_controller import SyncController
from app.ui.sync.sync_texts import recorded_error, run_result
from app.ui.sync.sync_work import SyncSnapshot

SHORTCUT = "Ctrl+Shift+S"
ERROR_COLOUR = "#b3261e"  # the red of form errors (record_dialog.ERROR_STYLE)
_RESULT_COLUMN = next(i for i, c in enumerate(sync_status.SYNC_HISTORY.columns) if c.key == "error")


def role_label(value: str) -> str:
    try:
        return enum_label(UserRole(value))
    except ValueError:  # a role this version does not know
        return value


def valid_server(address: str) -> bool:
    return address.startswith(("http://", "https://")) and len(address) > len("https://")


class ResultDelegate(QStyledItemDelegate):
    """Shows a recorded "kind: message" as a few translated words ("Done" when empty)."""

    def displayText(self, value: object, locale: QLocale | QLocale.Language) -> str:
        return run_result(str(value or ""))


class _FillingLayout(QVBoxLayout):
    """A page layout that never asks its scroll area for its word-wrapped labels'
    preferred height: with height-for-width, QScrollArea sizes the page to the sum of
    the preferred heights (and scrolls at 1280×720) instead of filling the window."""

    def hasHeightForWidth(self) -> bool:
        return False


class SyncPage(QWidget):
    def __init__(
        self,
        store: Store,
        controller: SyncController,
        settings: QSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store, self.controller, self.settings = store, controller, settings
        self.snapshot: SyncSnapshot | None = None
        self._built = False
        self.sync_action = QAction(self.tr("Sync now"), self)
        self.sync_action.setShortcut(QKeySequence(SHORTCUT))
        self.sync_action.triggered.connect(self.sync_now)
        self.list_page = ListPage(
            store,
            sync_status.SYNC_HISTORY,
            lambda n: self.tr("%n sync round(s)", "", n),
            settings,
            self,
        )
        self.list_page.hide()  # until it goes into its tab
        self.list_page.table.setItemDelegateForColumn(
            _RESULT_COLUMN, ResultDelegate(self.list_page.table)
        )
        if settings is None or settings.value(settings_keys.list_header("sync_history")) is None:
            self.list_page.table.setColumnWidth(_RESULT_COLUMN, 220)
        self.list_page.open_requested.connect(lambda run_id: self.open_run(run_id))
        self.setFocusProxy(self.list_page)

    def build(self) -> None:
        """Makes the rest of the page (once)."""
        if self._built:
            return
        self._built = True
        from app.ui.sync.sync_conflicts_view import SyncConflictsView

        store, controller = self.store, self.controller
        self.server = QLineEdit()
        self.server.setPlaceholderText("http://192.168.1.10:8765")
        self.user = QLineEdit()
        self.user.setPlaceholderText(self.tr("your login at the office"))
        # The account lives in sync_state (read by the controller in a worker); the
        # snapshot fills these fields as soon as it is read.
        self.server.editingFinished.connect(self._account_edited)
        self.user.editingFinished.connect(self._account_edited)
        self.login_button = QPushButton(self.tr("Log in…"))
        self.login_button.clicked.connect(self.open_login)
        self.password_button = QPushButton(self.tr("Change password…"))
        self.password_button.setToolTip(self.tr("Change your password on the sync server"))
        self.password_button.setEnabled(False)  # until a login is found
        self.password_button.clicked.connect(self.open_change_password)
        self.login_state = QLabel()
        self.login_state.setWordWrap(True)
        self.account_error = QLabel()
        self.account_error.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.account_error.hide()
        self.allow_http = QCheckBox(
            self.tr("Allow logging in over plain http:// (unencrypted) to another computer")
        )
        self.allow_http.setChecked(controller.allow_http())
        self.http_warning = QLabel(
            self.tr(
                "Warning: over http:// anyone on the network can read the password and this "
                "laptop's sync token. Use it only on a network you trust; ask the office for "
                "the server's https:// address."
            )
        )
        self.http_warning.setWordWrap(True)
        self.http_warning.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.http_warning.setVisible(self.allow_http.isChecked())
        self.allow_http.toggled.connect(self._allow_http_toggled)

        self.sync_button = QPushButton(self.tr("Sync now"))
        self.sync_button.setToolTip(
            arg(
                self.tr("Send and receive changes now (%1)"),
                QKeySequence(SHORTCUT).toString(QKeySequence.SequenceFormat.NativeText),
            )
        )
        self.sync_button.clicked.connect(self.sync_action.trigger)
        self.progress = QProgressBar()
        self.progress.setTextVisible(True)
        self.progress.hide()
        self.stage = QLabel()
        self.interval = QSpinBox()
        self.interval.setRange(0, 240)
        self.interval.setSpecialValueText(self.tr("off"))
        self.interval.setSuffix(self.tr(" min"))
        self.interval.setValue(controller.interval_minutes())
        self.interval.setToolTip(self.tr("While the server can be reached; 0 turns it off"))
        self.interval.valueChanged.connect(controller.set_interval_minutes)

        self.pending = QLabel()
        self.last_sync = QLabel()
        self.last_error = QLabel()
        self.last_error.setWordWrap(True)
        self.last_error.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.last_round = QLabel()
        self.reachable = QLabel(self.tr("not checked yet"))

        self.conflicts = SyncConflictsView(store)
        self.conflicts.resolved.connect(lambda _changed: self.controller.refresh())
        self.conflicts.open_counted.connect(self._show_open_conflicts)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.conflicts, self.tr("Conflicts"))
        self.tabs.addTab(self.list_page, self.tr("History"))
        self._lay_out()

        controller.snapshot_read.connect(self.show_snapshot)
        controller.running_changed.connect(self._running)
        controller.progress.connect(self._progress)
        controller.synced.connect(self._synced)
        controller.round_failed.connect(self._failed)
        controller.reachable_changed.connect(self._show_reachable)
        if controller.snapshot is not None:
            self.show_snapshot(controller.snapshot)
        self._running(controller.running)

    def _lay_out(self) -> None:
        account = QGroupBox(self.tr("Server"))
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Address")))
        row.addWidget(self.server, 3)
        row.addWidget(QLabel(self.tr("User")))
        row.addWidget(self.user, 1)
        row.addWidget(self.login_button)
        row.addWidget(self.password_button)
        box = QVBoxLayout(account)
        box.addLayout(row)
        box.addWidget(self.account_error)
        box.addWidget(self.login_state)
        box.addWidget(self.allow_http)
        box.addWidget(self.http_warning)

        actions = QHBoxLayout()
        actions.addWidget(self.sync_button)
        actions.addWidget(self.progress, 1)
        actions.addWidget(self.stage)
        actions.addStretch(1)
        actions.addWidget(QLabel(self.tr("Sync automatically every")))
        actions.addWidget(self.interval)

        left, right = QFormLayout(), QFormLayout()
        for form in (left, right):
            form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        left.addRow(self.tr("Waiting to be sent:"), self.pending)
        left.addRow(self.tr("Last synced:"), self.last_sync)
        left.addRow(self.tr("Server reachable:"), self.reachable)
        right.addRow(self.tr("Last round:"), self.last_round)
        right.addRow(self.tr("Last error:"), self.last_error)
        facts = QHBoxLayout()
        facts.addLayout(left, 1)
        facts.addLayout(right, 3)

        content = QWidget()
        layout = _FillingLayout(content)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addWidget(account)
        layout.addLayout(actions)
        layout.addLayout(facts)
        layout.addWidget(self.tabs, 1)
        # Scrolls rather than forcing its height on the whole window when that is small.
        scroll = QScrollArea()
        scroll.setWidget(content)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    # --- showing -------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        self.build()
        self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        self.controller.refresh()
        if self._built:
            self.conflicts.refresh()
        self.list_page.refresh()

    def show_snapshot(self, snapshot: SyncSnapshot) -> None:
        self.snapshot = snapshot
        state = snapshot.status
        for field, value in ((self.server, state.server), (self.user, state.user)):
            if value and not field.hasFocus():
                field.setText(value)
        pending = self.tr("%n change(s)", "", state.pending)
        if state.held:
            pending += " " + self.tr(
                "(%n kept for a colleague whose role may send them, e.g. finance's approval "
                "of a budget: they go when that person syncs from this laptop)",
                "",
                state.held,
            )
        self.pending.setText(pending)
        self.pending.setWordWrap(True)
        self.last_sync.setText(
            format_datetime(state.last_sync_at) if state.last_sync_at else self.tr("never")
        )
        self.last_error.setText(recorded_error(state.last_error) or self.tr("none"))
        self.last_error.setToolTip(state.last_error)
        self.last_error.setStyleSheet(f"color: {ERROR_COLOUR};" if state.last_error else "")
        self.login_state.setText(self._login_text(snapshot))
        self._enable_password_button()
        self.last_round.setText(self._run_text(snapshot.last_run))

    def _show_open_conflicts(self, count: int) -> None:
        """The tab's count follows the list's own read (not the status snapshot, read
        separately), so the label and the list change together."""
        label = arg(self.tr("Conflicts (%1)"), str(count))
        self.tabs.setTabText(0, label if count else self.tr("Conflicts"))

    def _login_text(self, snapshot: SyncSnapshot) -> str:
        state = snapshot.status
        if snapshot.token_where == "keyring":
            where = self.tr("The login is kept in the system keyring.")
        else:
            where = arg(
                self.tr(
                    "There is no system keyring here: the login is kept in the file %1, "
                    "readable by your user account only."
                ),
                snapshot.token_where,
            )
        if not state.configured:
            return self.tr("Enter the server address and your user name, then log in.")
        if not snapshot.logged_in:
            return self.tr("Not logged in on this laptop yet.") + " " + where
        role = f" ({role_label(state.role)})" if state.role else ""
        return (
            arg(self.tr("Logged in as %1%2; this laptop stays logged in."), state.user, role)
            + " "
            + where
        )

    def _run_text(self, run: sync_status.RunRow | None) -> str:
        if run is None:
            return self.tr("none yet")
        if run.error:
            outcome = recorded_error(run.error)
        else:
            outcome = arg(
                self.tr("sent: %1 · received: %2 · conflicts: %3 · refused: %4"),
                str(run.pushed),
                str(run.pulled),
                str(run.conflicts),
                str(run.rejected),
            )
        return f"{format_datetime(run.started_at)} · {outcome}"

    def _show_reachable(self, reachable: bool) -> None:
        self.reachable.setText(self.tr("yes") if reachable else self.tr("no"))

    def _running(self, running: bool) -> None:
        self.sync_button.setEnabled(not running)
        self.sync_action.setEnabled(not running)
        self.login_button.setEnabled(not running)
        self._enable_password_button()
        self.progress.setVisible(running)
        if running:
            self.progress.setRange(0, 0)  # busy until the first progress report
            self.stage.setText(self.tr("Syncing…"))
        else:
            self.stage.clear()

    def _progress(self, stage: str, done: int, total: int) -> None:
        self.stage.setText(self.tr("Sending…") if stage == "push" else self.tr("Receiving…"))
        self.progress.setRange(0, max(total, done, 1))
        self.progress.setValue(done)

    def _synced(self, report: object) -> None:
        self.conflicts.refresh()
        self.list_page.refresh()
        if getattr(report, "conflicts", 0):
            self.tabs.setCurrentWidget(self.conflicts)

    def _failed(self, kind: str, _message: str) -> None:
        self.list_page.refresh()
        if kind in ("login", "auth") and self.isVisible():
            self.open_login()

    # --- acting --------------------------------------------------------------------------

    def _account(self) -> tuple[str, str] | None:
        """The entered server and user, or None (with the reason shown)."""
        server, user = self.server.text().strip().rstrip("/"), self.user.text().strip()
        problem = ""
        if not valid_server(server):
            problem = self.tr("Enter the server address, e.g. http://192.168.1.10:8765.")
        elif not user:
            problem = self.tr("Enter your user name at the office.")
        self.account_error.setText("⚠ " + problem)
        self.account_error.setVisible(bool(problem))
        return None if problem else (server, user)

    def _account_edited(self) -> None:
        account = self._account()
        state = self.snapshot.status if self.snapshot else None
        if account is not None and (state is None or (state.server, state.user) != account):
            self.controller.set_account(*account)

    def _allow_http_toggled(self, allowed: bool) -> None:
        self.controller.set_allow_http(allowed)
        self.http_warning.setVisible(allowed)

    def open_login(self) -> None:
        from app.ui.sync.sync_login_dialog import LoginDialog

        self.build()
        account = self._account()
        if account is None:
            return
        dialog = LoginDialog(self.controller, *account, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _enable_password_button(self) -> None:
        snapshot = self.snapshot
        logged_in = snapshot is not None and snapshot.status.configured and snapshot.logged_in
        self.password_button.setEnabled(bool(logged_in) and not self.controller.running)

    def open_change_password(self) -> None:
        from app.ui.sync.sync_password_dialog import ChangePasswordDialog

        snapshot = self.snapshot
        if snapshot is None or not snapshot.logged_in:
            return
        state = snapshot.status
        dialog = ChangePasswordDialog(self.controller, state.server, state.user, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def sync_now(self) -> None:
        self.build()  # Ctrl+Shift+S works before the page was ever shown
        account = self._account()
        if account is None:
            return
        snapshot = self.snapshot
        known = snapshot is not None and (snapshot.status.server, snapshot.status.user) == account
        if known and snapshot is not None and not snapshot.logged_in:
            self.open_login()
            return
        self.controller.sync_now(account)

    def open_run(self, run_id: str) -> bool:
        """The whole story of one round (the list shows a few words)."""
        run = sync_status.run(self.store, int(run_id))
        if run is None:
            return False
        text = arg(self.tr("Started %1 with %2."), format_datetime(run.started_at), run.server)
        text += "\n" + arg(
            self.tr("Sent: %1 · received: %2 · new conflicts: %3 · refused: %4 · files: %5"),
            str(run.pushed),
            str(run.pulled),
            str(run.conflicts),
            str(run.rejected),
            str(run.blobs),
        )
        if run.error:
            text += "\n\n" + recorded_error(run.error) + "\n\n" + run.error
        QMessageBox.information(self, self.tr("Sync round"), text)
        return False
