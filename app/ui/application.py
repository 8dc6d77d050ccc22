"""Starting the desktop app: Qt, language, font, the window, the database (with its problems).

The user sees the window first (issue 10 §7): this module and the window's module
import only Qt and light modules, so the frame and the navigation are drawn at once,
with "Opening the database…" in the list area. After that first frame a worker opens
the database (integrity check, migrations, the Store) and imports what the pages need
(SQLAlchemy, the services); the pages fill in when it is done. A database Beamside
must not open is explained as before, over the window, and the app exits.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtWidgets import QApplication

from app import __version__, data_folder, settings_keys
from app.paths import APP_NAME, backups_dir, database_path
from app.ui.crash import install_excepthook, open_log_file, start_logging
from app.ui.fonts import register_cjk_font
from app.ui.i18n import arg, chinese, choose_language, install_translators
from app.ui.settings import settings_for

if TYPE_CHECKING:
    from app.db import schema
    from app.services.registry.users import ActingUser
    from app.services.store import Store
    from app.ui.main_window import MainWindow

EXIT_DATABASE = 3
EXIT_ERROR = 1
FIRST_FRAME_WAIT_MS = 1000  # open the database by then even if no frame was drawn
DEMO_LOGIN = "zhang.wei"
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class LaunchOptions:
    data_dir: Path
    demo: bool = False
    language: str | None = None
    smoke: bool = False


def _say(options: LaunchOptions, title: str, text: str) -> None:
    if options.smoke:
        print(f"{title}: {text}", file=sys.stderr)  # noqa: T201 - the smoke run has no dialogs
    else:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(None, title, text)


def _database_title() -> str:
    return QCoreApplication.translate("Startup", "Beamside cannot open its database")


@dataclass(frozen=True)
class OpenedStore:
    opened: schema.OpenedDatabase
    store: Store
    device_prefix: str
    # read here, in the worker, so the window builds its pages without a query
    user: ActingUser
    starts_on_my_day: bool


def open_store(options: LaunchOptions, login: str, restore_first: bool = False) -> OpenedStore:
    """Everything start-up needs from the database; runs in a worker after the first frame.

    Restores the latest backup first when the user asked; raises `DatabaseProblem`
    for a database Beamside must not open (see `explain_database_problem`).
    """
    from app.db import schema
    from app.services.device import number_prefix
    from app.services.my_day.day import starts_on_my_day
    from app.services.registry.users import acting_user
    from app.services.store import Store
    from app.ui.main_window import load_page_modules

    path, backups = database_path(options.data_dir), backups_dir(options.data_dir)
    if restore_first:
        schema.restore_latest_backup(path, backups)
    opened = schema.open_database(path, backups)
    store = Store(opened.engine, options.data_dir, login)
    prefix = number_prefix(store)
    if options.demo and options.smoke:
        from app.demo.seed import seed_demo

        seed_demo(store)  # the smoke line must count the demo
    load_page_modules()
    return OpenedStore(opened, store, prefix, acting_user(store), starts_on_my_day(store))


def explain_database_problem(options: LaunchOptions, problem: schema.DatabaseProblem) -> bool:
    """Explains why the database cannot be opened; True when the user chose to restore
    the latest backup (the caller then opens again, restoring first)."""
    from app.db import schema

    title = _database_title()
    try:
        raise problem  # to sort it by kind, as the opening raised it
    except schema.NewerSchemaError as exc:
        _say(
            options,
            title,
            arg(
                QCoreApplication.translate(
                    "Startup",
                    "%1 was made by a newer version of Beamside (schema %2). "
                    "Install that version or newer; the file has not been changed.",
                ),
                str(exc.path),
                exc.revision,
            ),
        )
    except schema.ForeignDatabaseError as exc:  # offered a backup like damage, if any
        if exc.latest_backup is not None:
            return _offer_restore(options, title, exc, _foreign_text(exc))
        _say(options, title, _foreign_text(exc))
    except schema.ReadOnlyDatabaseError as exc:
        _say(options, title, read_only_text(exc))
    except schema.DatabaseAccessError as exc:
        _say(
            options,
            title,
            arg(
                QCoreApplication.translate(
                    "Startup",
                    "%1 cannot be read (%2). It has not been changed; check who may read it.",
                ),
                str(exc.path),
                exc.detail,
            ),
        )
    except schema.CorruptDatabaseError as exc:
        text = arg(
            QCoreApplication.translate("Startup", "%1 is damaged (%2)."),
            str(exc.path),
            QCoreApplication.translate("Damage", exc.detail),
        )
        if exc.latest_backup is None:
            _say(
                options,
                title,
                text
                + " "
                + QCoreApplication.translate("Startup", "There is no backup to restore."),
            )
            return False
        return _offer_restore(options, title, exc, text)
    except schema.DatabaseProblem as exc:
        _say(options, title, str(exc))
    return False


def _foreign_text(exc: schema.ForeignDatabaseError) -> str:
    return arg(
        QCoreApplication.translate(
            "Startup", "%1 is not a Beamside database; it has not been changed."
        ),
        str(exc.path),
    )


def _offer_restore(
    options: LaunchOptions, title: str, exc: schema.CorruptDatabaseError, text: str
) -> bool:
    """Asks before putting the latest sound backup in place (the file is kept aside);
    True when the user chose to restore."""
    if options.smoke:
        _say(
            options,
            title,
            text
            + " "
            + arg(
                QCoreApplication.translate(
                    "Startup",
                    "Restore the latest backup with: main.py --data-dir %1 restore-backup",
                ),
                str(options.data_dir),
            ),
        )
        return False
    from PySide6.QtWidgets import QMessageBox

    answer = QMessageBox.question(None, title, restore_question(text, exc))
    return answer == QMessageBox.StandardButton.Yes


def read_only_text(exc: schema.ReadOnlyDatabaseError) -> str:
    if exc.folder:
        return arg(
            QCoreApplication.translate(
                "Startup",
                "The data folder %1 is read-only. The database in it is sound, but Beamside "
                "saves every change there: make the folder writable, or choose another with "
                "--data-dir.",
            ),
            str(exc.path.parent),
        )
    return arg(
        QCoreApplication.translate(
            "Startup",
            "The database %1 is read-only. It is sound, but Beamside saves every change in it: "
            "make the file writable.",
        ),
        str(exc.path),
    )


def restore_question(damage: str, exc: schema.CorruptDatabaseError) -> str:
    """What the user weighs before restoring: the backup's age, its work orders against
    the damaged file's, and that only synced changes come back."""
    from app.db import backups as db_backups
    from app.ui.backups import backup_texts

    assert exc.latest_backup is not None
    info = db_backups.parse(exc.latest_backup)
    lines = [
        damage,
        "",
        QCoreApplication.translate(
            "Startup", "Restore the latest backup? The damaged file is kept beside it, renamed."
        ),
        backup_texts.made(info) if info else exc.latest_backup.name,
        backup_texts.holds(db_backups.contents(exc.latest_backup), db_backups.contents(exc.path)),
        backup_texts.sync_note(),
    ]
    return "\n".join(lines)


class StartUp:
    """The window first; the database opened in a worker once it is drawn; then the pages."""

    def __init__(
        self,
        options: LaunchOptions,
        settings: QSettings,
        window: MainWindow,
        end: Callable[[int], None] = QApplication.exit,
    ) -> None:
        """`end` is told the exit code when the database cannot be opened."""
        self.options, self.settings, self.window, self._end = options, settings, window, end
        self.opened: schema.OpenedDatabase | None = None
        self._idle = threading.Event()  # no opening (maybe a migration) under way
        self._idle.set()
        self._asked = False
        self.first_count: int | None = None  # the count the first page showed, if any

    def start(self) -> None:
        """Opens the database once the window's first frame is drawn."""
        if self.options.smoke:  # for benchmarks/startup.py: when the first frame was drawn
            self.window.first_painted.connect(
                lambda: print("smoke painted", file=sys.stderr, flush=True)  # noqa: T201
            )
        self.window.first_painted.connect(self._open_first)
        # A window the system never exposes (minimised, another desktop) still opens.
        QTimer.singleShot(FIRST_FRAME_WAIT_MS, self.window, self._open_first)

    def _open_first(self) -> None:
        if not self._asked:
            self._asked = True
            self._apply_time_zone()
            self._show_first_page()
            self.open()
            self._after_first_frame()  # while the workers read

    def _apply_time_zone(self) -> None:
        """The installation's time zone, applied after the first frame (nothing in it
        shows a time) and before any worker starts: no local time is read before it."""
        from app.installation import apply_time_zone

        apply_time_zone(str(self.settings.value(settings_keys.TIME_ZONE, "") or ""))

    def _after_first_frame(self) -> None:
        """The rest of what start-up defers past the first frame, done on the GUI thread
        while the workers read, so before any of their results shows: the log file
        (records logged until now are written first) and the CJK font when the first
        frame did not need it."""
        open_log_file()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            register_cjk_font(app)

    def _show_first_page(self) -> None:
        """The work-order list's first page read with plain sqlite3 (a few ms), shown
        while SQLAlchemy, the Store and the pages load; nothing when the database needs
        the ordinary path (to migrate, damaged, new)."""
        from app.db.first_page import FirstPage, read_first_page

        if self.options.demo:
            return  # the demo may still be added: the count would change
        path = database_path(self.options.data_dir)

        def shown(first: FirstPage | None) -> None:
            if first is None or self.window.pages:
                return
            self.window.show_first_page(first)
            self.first_count = first.count
            if self.options.smoke:  # the user sees the list's rows and count now
                print(f"smoke ok: {first.count} work orders", flush=True)  # noqa: T201

        english = not chinese()
        from app.ui.tasks import run_in_background

        run_in_background(lambda: read_first_page(path, english), shown, lambda _e: None)

    def open(self, restore_first: bool = False) -> None:
        if self.options.demo and not self.settings.value(settings_keys.USER_LOGIN):
            # walk the demo as its engineer
            self.settings.setValue(settings_keys.USER_LOGIN, DEMO_LOGIN)
        login = str(self.settings.value(settings_keys.USER_LOGIN, "")) or _login()
        options = self.options
        self._idle.clear()

        def work() -> OpenedStore:
            try:
                return open_store(options, login, restore_first)
            finally:
                self._idle.set()

        from app.ui.tasks import run_in_background

        run_in_background(work, self._opened, self._refused)

    def _opened(self, ready: OpenedStore) -> None:
        self.opened = ready.opened
        self.window.set_store(ready.store, ready.device_prefix, ready.user, ready.starts_on_my_day)
        from app.services.collector import freeze_start_up

        freeze_start_up()  # full collections walk only what comes later (GUI-thread stalls)
        _back_up_when_due(self.options.data_dir)
        if self.options.demo and not self.options.smoke:
            self.window.add_demo_data()
        if self.options.smoke:
            _quit_when_listed(self.window, self.first_count)

    def _refused(self, error: BaseException) -> None:
        """A database problem is explained (perhaps restored and opened again); anything
        else unexpected is logged and named. Either way the app then ends."""
        from app.db import schema

        if isinstance(error, schema.DatabaseProblem):
            if explain_database_problem(self.options, error):
                self.open(restore_first=True)
                return
            code = EXIT_DATABASE
        else:
            log.error("the database could not be opened", exc_info=error)
            _say(self.options, _database_title(), str(error) or type(error).__name__)
            code = EXIT_ERROR
        self.window.close()
        self._end(code)

    def wait(self) -> None:
        """Lets an opening under way (a migration perhaps) end before the process does."""
        self._idle.wait()

    def finish(self) -> None:
        self.wait()
        if self.opened is not None:
            self.opened.engine.dispose()


def run(options: LaunchOptions, argv: list[str]) -> int:
    app = QApplication.instance() or QApplication(argv)
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    settings = settings_for(options.data_dir)
    language = choose_language(options.language, settings)
    install_translators(app, language)
    # The time zone is applied after the first frame, before anything reads a local time
    # (StartUp._after_first_frame); nothing drawn in the first frame shows one.
    problem = data_folder.problem(options.data_dir, writable=True)
    if problem:  # before the log file, whose errno would say less
        title = QCoreApplication.translate("Startup", "Beamside cannot start")
        _say(options, title, data_folder.describe(problem))
        return EXIT_DATABASE
    start_logging(options.data_dir)
    install_excepthook(options.data_dir, interactive=not options.smoke)
    if language != "en":  # the first frame is in Chinese; an English one shows none
        register_cjk_font(app)  # (else StartUp adds it before the first records show)

    from app.ui.main_window import MainWindow

    window = MainWindow(None, settings)
    startup = StartUp(options, settings, window)
    startup.start()
    if options.smoke:
        QTimer.singleShot(60_000, lambda: QApplication.exit(1))  # never hang a script
    window.show()
    code = app.exec()
    open_log_file()  # the window may have closed before its first frame
    startup.wait()
    _DAILY_IDLE.wait(120)  # a copy under way is finished, never cut off by the exit
    if code == 0 and startup.opened is not None:
        # While the database is still open: its -wal file tells whether anything was
        # written since the newest copy (closing checkpoints it).
        back_up_at_quit(options.data_dir)
    startup.finish()
    return code


# Set while no daily copy is being made: a quit waits for one under way to finish.
_DAILY_IDLE = threading.Event()
_DAILY_IDLE.set()


def _back_up_when_due(data_dir: Path) -> None:
    """The daily copy, in a worker: the newest copy is older than 24 hours (or none)."""
    from app.db import backups as db_backups

    def failed(error: BaseException) -> None:
        log.error("the daily backup failed", exc_info=error)

    def work() -> Path | None:
        try:
            return db_backups.backup_if_due(path, folder)
        finally:
            _DAILY_IDLE.set()

    from app.ui.tasks import run_in_background

    path, folder = database_path(data_dir), backups_dir(data_dir)
    _DAILY_IDLE.clear()
    run_in_background(work, _made, failed)


def _made(backup: Path | None) -> None:
    if backup is not None:
        log.info("backup made: %s", backup)


def back_up_at_quit(data_dir: Path) -> Path | None:
    """A clean quit copies the day's work, unless nothing changed since the newest copy
    (then it costs a stat); a failure is logged, never keeps the app from closing."""
    from app.db import backups as db_backups

    try:
        made = db_backups.backup_if_changed(database_path(data_dir), backups_dir(data_dir))
    except Exception:  # a full disk must not turn a clean quit into a crash
        log.exception("the backup at quit failed")
        return None
    _made(made)
    return made


def _login() -> str:
    import getpass  # after the first frame: it is only needed then

    try:
        return getpass.getuser()
    except Exception:  # no user name in this environment (some containers)
        return "local"


def _quit_when_listed(window: MainWindow, first_count: int | None) -> None:
    """Quits once the work-order list has loaded (the window was drawn before). When the
    first page already said "smoke ok", the real list must agree with its count."""
    from app.ui.list_page import ListPage

    work_orders = window.page("work_orders").list_page
    assert isinstance(work_orders, ListPage)
    model = work_orders.model
    said: list[bool] = []

    def on_loaded(count: int) -> None:
        if said:
            return
        said.append(True)
        if first_count is None:
            print(f"smoke ok: {count} work orders", flush=True)  # noqa: T201 - the smoke contract
        elif first_count != count:
            print(  # noqa: T201
                f"smoke failed: the first page counted {first_count}, the list {count}",
                file=sys.stderr,
                flush=True,
            )
            window.close()
            QApplication.exit(EXIT_ERROR)
            return
        window.close()
        QApplication.quit()

    model.loaded.connect(on_loaded)
    model.start()  # even when the window opens on another page
