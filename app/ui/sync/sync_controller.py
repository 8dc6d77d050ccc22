"""Automatic sync: notice when the server can be reached, sync in the background, and
tell the status bar and the Sync page how things stand.

Design. Connectivity has two sources: `QNetworkInformation` (the platform's view of
the network, which says "disconnected" at once but "online" only means some network)
and a probe of the server's `/health` with a short timeout (the only proof the office
server answers). Where no QNetworkInformation backend loads (offscreen, minimal
systems) the probes alone decide, on a timer. A round starts when the server becomes
reachable, and every N minutes (a setting) while it stays reachable; "Sync now" starts
one at any time. There is never more than one round: `running` is only changed on the
GUI thread, which starts every round.

Everything slow happens on QThreadPool workers (app/ui/tasks.py): reading the state,
the probe, login and the round itself. The network client (httpx, ~0.1 s to import)
is imported inside those workers, so neither start-up nor the GUI thread pays for it.
Results come back as Qt signals; nothing here touches a widget.
"""

from __future__ import annotations

import logging
import math
import time
from functools import partial
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QObject, QSettings, QTimer, Signal

from app import settings_keys
from app.services.store import Store
from app.services.sync import sync_status
from app.ui.sync.sync_texts import short_error
from app.ui.sync.sync_work import (
    Account,
    SyncSnapshot,
    change_password,
    error_kind,
    forget_token_checks,
    log_in,
    probe,
    read_snapshot,
    short_time,
    sync_round,
)
from app.ui.tasks import run_in_background

if TYPE_CHECKING:
    from sync.client.round import SyncReport
    from sync.protocol import LoginResponse

log = logging.getLogger(__name__)
DEFAULT_INTERVAL = 5  # minutes; 0 turns automatic sync off
STOPPED_BY = frozenset({"too_old"})  # errors only an update cures: no automatic retries


class _Relay(QObject):
    """Carries a worker's progress calls to the GUI thread (a queued signal)."""

    progress = Signal(str, int, int)


class SyncController(QObject):
    """Owns automatic sync for one Store; the page and the status bar listen to it."""

    # pending changes, last good sync (short local time), short error, a round is running
    state_changed = Signal(int, str, str, bool)
    snapshot_read = Signal(object)  # SyncSnapshot
    synced = Signal(object)  # SyncReport of a round that finished
    round_failed = Signal(str, str)  # kind, message
    progress = Signal(str, int, int)  # stage, done, total
    running_changed = Signal(bool)
    reachable_changed = Signal(bool)
    logged_in = Signal(object)  # LoginResponse
    login_failed = Signal(str, str)  # kind, message
    password_changed = Signal(object)  # PasswordChanged
    password_change_failed = Signal(str, str)  # kind, message

    # Tests shorten these.
    tick_ms = 30_000  # re-read the state (pending count) and consider a round
    probe_every_s = 60.0  # while the server is not reachable
    timeout_s = 30.0  # one HTTP request of a round
    probe_timeout_s = 3.0

    def __init__(
        self, store: Store, settings: QSettings | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.store, self.settings = store, settings
        self.snapshot: SyncSnapshot | None = None
        self.running = False
        self.reachable: bool | None = None  # None: not known yet
        self.last_kind = ""  # kind of the last failure in this session
        self._started = False
        self._probing = False
        self._last_attempt = -math.inf
        self._last_probe = -math.inf
        self._network: Any = None  # QNetworkInformation, when a backend loaded
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.refresh)
        self._relay = _Relay(self)
        self._relay.progress.connect(self.progress)
        self._legacy = self._legacy_account()

    def _legacy_account(self) -> Account | None:
        """The server and user an older Beamside kept in settings.ini, if any."""
        if self.settings is None or not self.settings.contains(settings_keys.SYNC_SERVER):
            return None
        server = str(self.settings.value(settings_keys.SYNC_SERVER, "") or "")
        user = str(self.settings.value(settings_keys.SYNC_USER, "") or "")
        return server, user

    # --- settings ------------------------------------------------------------------------

    def interval_minutes(self) -> int:
        if self.settings is None:
            return DEFAULT_INTERVAL
        try:
            return max(
                0,
                int(
                    str(self.settings.value(settings_keys.SYNC_INTERVAL_MINUTES, DEFAULT_INTERVAL))
                ),
            )
        except (TypeError, ValueError):
            return DEFAULT_INTERVAL

    def allow_http(self) -> bool:
        """The user's choice to send the password over plain http:// to another machine."""
        if self.settings is None:
            return False
        return str(self.settings.value(settings_keys.SYNC_ALLOW_HTTP, "false")).lower() == "true"

    def set_allow_http(self, allowed: bool) -> None:
        if self.settings is not None:
            self.settings.setValue(settings_keys.SYNC_ALLOW_HTTP, "true" if allowed else "false")

    def set_interval_minutes(self, minutes: int) -> None:
        if self.settings is not None:
            self.settings.setValue(settings_keys.SYNC_INTERVAL_MINUTES, max(0, minutes))
        self._consider()

    # --- life ----------------------------------------------------------------------------

    def start(self) -> None:
        """Begins watching the network and syncing automatically (after start-up)."""
        if self._started:
            return
        self._started = True
        self._watch_network()
        self._timer.start(self.tick_ms)
        self.refresh()

    def stop(self) -> None:
        self._started = False
        self._timer.stop()

    def _watch_network(self) -> None:
        try:  # QtNetwork links the system's GSSAPI library, which a bundle leaves out
            from PySide6.QtNetwork import QNetworkInformation
        except ImportError as exc:
            log.info("no QtNetwork (%s); probing the server on a timer", exc)
            return
        try:
            loaded = QNetworkInformation.loadDefaultBackend()
        except Exception:  # noqa: BLE001  (no backend is a normal case: probe on the timer)
            loaded = False
        info = QNetworkInformation.instance() if loaded else None
        if info is None:
            log.info("no network information backend; probing the server on a timer")
            return
        self._network = info
        info.reachabilityChanged.connect(self._network_changed)

    def _network_may_reach(self) -> bool:
        if self._network is None:
            return True
        from PySide6.QtNetwork import QNetworkInformation

        return self._network.reachability() != QNetworkInformation.Reachability.Disconnected

    def _network_changed(self, _reachability: object) -> None:
        if not self._network_may_reach():
            self._set_reachable(False)
            return
        self._last_probe = -math.inf  # a network came (or changed): ask the server now
        self._probe()

    # --- state ---------------------------------------------------------------------------

    def refresh(self) -> None:
        """Re-reads the state in a worker; then considers an automatic round. The first
        read of an upgraded laptop moves the old settings' account into sync_state."""
        run_in_background(
            partial(read_snapshot, self.store, self._legacy), self._took_snapshot, self._log
        )

    def _took_snapshot(self, snapshot: SyncSnapshot) -> None:
        if not shiboken6.isValid(self):
            return
        if self._legacy is not None and self.settings is not None:
            self.settings.remove(settings_keys.SYNC_SERVER)  # sync_state holds them now
            self.settings.remove(settings_keys.SYNC_USER)
        self._legacy = None
        self.snapshot = snapshot
        self._emit_state()
        self.snapshot_read.emit(snapshot)
        self._consider()

    def _emit_state(self) -> None:
        snapshot = self.snapshot
        if snapshot is None:
            return
        state = snapshot.status
        if not state.configured:
            error = ""
        elif not snapshot.logged_in:
            error = short_error("login")
        elif state.last_error:
            error = short_error(sync_status.split_error(state.last_error)[0])
        else:
            error = ""
        self.state_changed.emit(state.pending, short_time(state.last_sync_at), error, self.running)

    def _set_reachable(self, reachable: bool) -> None:
        if reachable != self.reachable:
            self.reachable = reachable
            self.reachable_changed.emit(reachable)

    def _log(self, error: BaseException) -> None:
        log.warning("reading the sync state failed", exc_info=error)

    # --- deciding ------------------------------------------------------------------------

    def _automatic(self) -> bool:
        snapshot = self.snapshot
        return (
            self._started
            and snapshot is not None
            and snapshot.status.configured
            and snapshot.logged_in
            and self.interval_minutes() > 0
            and self.last_kind not in STOPPED_BY
        )

    def _consider(self) -> None:
        """Starts a probe or a round when one is due."""
        if self.running or not self._automatic():
            return
        now = time.monotonic()
        if not self.reachable:
            if self._network_may_reach() and now - self._last_probe >= self.probe_every_s:
                self._probe()
            return
        if now - self._last_attempt >= self.interval_minutes() * 60:
            self._start_round()

    def _probe(self) -> None:
        snapshot = self.snapshot
        if self._probing or snapshot is None or not snapshot.status.configured:
            return
        self._probing = True
        self._last_probe = time.monotonic()
        run_in_background(
            partial(probe, snapshot.status.server, self.probe_timeout_s),
            self._probed,
            lambda _error: self._probed(False),
        )

    def _probed(self, reachable: bool) -> None:
        if not shiboken6.isValid(self):
            return
        self._probing = False
        came_back = reachable and not self.reachable
        self._set_reachable(reachable)
        if came_back and self._automatic() and not self.running:
            self._start_round()  # the server is back: sync now, not at the next interval
        else:
            self._consider()

    # --- rounds --------------------------------------------------------------------------

    def sync_now(self, account: Account | None = None) -> bool:
        """Starts a round unless one is running; False when it did not start."""
        return self._start_round(account)

    def _start_round(self, account: Account | None = None) -> bool:
        if self.running:
            return False
        self.running = True
        self._last_attempt = time.monotonic()
        self.running_changed.emit(True)
        self._emit_state()
        run_in_background(
            partial(sync_round, self.store, self._relay.progress.emit, self.timeout_s, account),
            self._round_done,
            self._round_failed,
        )
        return True

    def _round_done(self, report: SyncReport) -> None:
        if not shiboken6.isValid(self):
            return
        self.running = False
        self.last_kind = ""
        self._set_reachable(True)
        self.running_changed.emit(False)
        self.synced.emit(report)
        self.refresh()

    def _round_failed(self, error: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self.running = False
        kind, message = error_kind(error)
        if not kind:
            log.error("sync round failed", exc_info=error)
        self.last_kind = kind
        if kind == "unreachable":
            self._set_reachable(False)
        if kind in ("login", "auth"):  # the client forgets a refused token
            forget_token_checks()
        self.running_changed.emit(False)
        self.round_failed.emit(kind, message)
        self.refresh()

    # --- account -------------------------------------------------------------------------

    def _account_changed(self) -> None:
        """A new account: what was known of the server's reach and the token is void.
        (The account itself is stored once, in sync_state, by the worker.)"""
        self.reachable = None
        self._last_probe = -math.inf
        forget_token_checks()

    def set_account(self, server: str, user: str) -> None:
        """Remembers the server and user (in sync_state, their one home)."""
        self._account_changed()
        run_in_background(
            partial(sync_status.configure, self.store, server, user),
            lambda _none: self.refresh() if shiboken6.isValid(self) else None,
            self._log,
        )

    def login(self, server: str, user: str, password: str) -> None:
        self._account_changed()
        run_in_background(
            partial(
                log_in, self.store, (server, user), password, self.timeout_s, self.allow_http()
            ),
            self._logged_in,
            self._login_failed,
        )

    def _logged_in(self, response: LoginResponse) -> None:
        if not shiboken6.isValid(self):
            return
        self.last_kind = ""
        forget_token_checks()
        self._set_reachable(True)
        self.logged_in.emit(response)
        self.refresh()  # with the token found, an automatic round follows when due

    def _login_failed(self, error: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        kind, message = error_kind(error)
        if not kind:
            log.error("login failed", exc_info=error)
        if kind == "unreachable":
            self._set_reachable(False)
        self.login_failed.emit(kind, message)

    # --- password ------------------------------------------------------------------------

    def change_password(self, current: str, new: str) -> None:
        """The logged-in user's new password, in a worker; answered by a signal."""
        run_in_background(
            partial(change_password, self.store, current, new, self.timeout_s, self.allow_http()),
            self._password_changed,
            self._password_change_failed,
        )

    def _password_changed(self, changed: object) -> None:
        if shiboken6.isValid(self):
            self._set_reachable(True)
            self.password_changed.emit(changed)

    def _password_change_failed(self, error: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        kind, message = error_kind(error)
        if not kind:
            log.error("changing the password failed", exc_info=error)
        if kind == "unreachable":
            self._set_reachable(False)
        if kind == "auth":  # the client forgot the refused token
            forget_token_checks()
            self.refresh()
        self.password_change_failed.emit(kind, message)
