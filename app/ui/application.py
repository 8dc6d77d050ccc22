"""Starting the desktop app: Qt, language, font, the database (with its problems), the window."""

from __future__ import annotations

import getpass
import logging
import sys
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app import __version__, data_folder
from app.db import backups as db_backups
from app.db import schema
from app.installation import TIME_ZONE_KEY, apply_time_zone
from app.paths import APP_NAME, backups_dir, database_path
from app.ui.crash import install_excepthook, start_logging
from app.ui.fonts import register_cjk_font
from app.ui.i18n import choose_language, install_translators
from app.ui.settings import settings_for

EXIT_DATABASE = 3
log = logging.getLogger(__name__)
DEMO_LOGIN = "zhang.wei"


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
        QMessageBox.critical(None, title, text)


def open_database_interactively(options: LaunchOptions) -> schema.OpenedDatabase | None:
    """Opens the database, explaining any refusal; offers a backup for a damaged file."""
    path, backups = database_path(options.data_dir), backups_dir(options.data_dir)
    title = QCoreApplication.translate("Startup", "Beamside cannot open its database")
    try:
        return schema.open_database(path, backups)
    except schema.NewerSchemaError as exc:
        _say(
            options,
            title,
            QCoreApplication.translate(
                "Startup",
                "%1 was made by a newer version of Beamside (schema %2). "
                "Install that version or newer; the file has not been changed.",
            )
            .replace("%1", str(exc.path))
            .replace("%2", exc.revision),
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
            QCoreApplication.translate(
                "Startup",
                "%1 cannot be read (%2). It has not been changed; check who may read it.",
            )
            .replace("%1", str(exc.path))
            .replace("%2", exc.detail),
        )
    except schema.CorruptDatabaseError as exc:
        text = (
            QCoreApplication.translate("Startup", "%1 is damaged (%2).")
            .replace("%1", str(exc.path))
            .replace("%2", QCoreApplication.translate("Damage", exc.detail))
        )
        if exc.latest_backup is None:
            _say(
                options,
                title,
                text
                + " "
                + QCoreApplication.translate("Startup", "There is no backup to restore."),
            )
            return None
        return _offer_restore(options, title, exc, text)
    except schema.DatabaseProblem as exc:
        _say(options, title, str(exc))
    return None


def _foreign_text(exc: schema.ForeignDatabaseError) -> str:
    return QCoreApplication.translate(
        "Startup", "%1 is not a Beamside database; it has not been changed."
    ).replace("%1", str(exc.path))


def _offer_restore(
    options: LaunchOptions, title: str, exc: schema.CorruptDatabaseError, text: str
) -> schema.OpenedDatabase | None:
    """Asks before putting the latest sound backup in place (the file is kept aside)."""
    if options.smoke:
        _say(
            options,
            title,
            text
            + " "
            + QCoreApplication.translate(
                "Startup",
                "Restore the latest backup with: main.py --data-dir %1 restore-backup",
            ).replace("%1", str(options.data_dir)),
        )
        return None
    answer = QMessageBox.question(None, title, restore_question(text, exc))
    if answer == QMessageBox.StandardButton.Yes:
        path, backups = database_path(options.data_dir), backups_dir(options.data_dir)
        schema.restore_latest_backup(path, backups)
        return open_database_interactively(options)
    return None


def read_only_text(exc: schema.ReadOnlyDatabaseError) -> str:
    if exc.folder:
        return QCoreApplication.translate(
            "Startup",
            "The data folder %1 is read-only. The database in it is sound, but Beamside "
            "saves every change there: make the folder writable, or choose another with "
            "--data-dir.",
        ).replace("%1", str(exc.path.parent))
    return QCoreApplication.translate(
        "Startup",
        "The database %1 is read-only. It is sound, but Beamside saves every change in it: "
        "make the file writable.",
    ).replace("%1", str(exc.path))


def restore_question(damage: str, exc: schema.CorruptDatabaseError) -> str:
    """What the user weighs before restoring: the backup's age, its work orders against
    the damaged file's, and that only synced changes come back."""
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


def run(options: LaunchOptions, argv: list[str]) -> int:
    app = QApplication.instance() or QApplication(argv)
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    settings = settings_for(options.data_dir)
    apply_time_zone(str(settings.value(TIME_ZONE_KEY, "") or ""))
    install_translators(app, choose_language(options.language, settings))
    problem = data_folder.problem(options.data_dir, writable=True)
    if problem:  # before the log file, whose errno would say less
        title = QCoreApplication.translate("Startup", "Beamside cannot start")
        _say(options, title, data_folder.describe(problem))
        return EXIT_DATABASE
    start_logging(options.data_dir)
    install_excepthook(options.data_dir, interactive=not options.smoke)
    register_cjk_font(app)

    opened = open_database_interactively(options)
    if opened is None:
        return EXIT_DATABASE

    from app.services.device import local_device
    from app.services.store import Store

    if options.demo and not settings.value("user/login"):
        settings.setValue("user/login", DEMO_LOGIN)  # walk the demo as its field engineer
    login = str(settings.value("user/login", "")) or _login()
    store = Store(opened.engine, options.data_dir, login)
    with store.session() as session:
        prefix = local_device(session).number_prefix
    if options.demo and options.smoke:
        from app.demo.seed import seed_demo

        seed_demo(store)  # the smoke line must count the demo

    from app.ui.main_window import MainWindow

    window = MainWindow(store, settings, prefix)
    if options.demo and not options.smoke:
        window.add_demo_data()
    if options.smoke:
        _arm_smoke(window)
    window.show()
    _back_up_when_due(options.data_dir)
    code = app.exec()
    if code == 0:
        back_up_at_quit(options.data_dir)
    opened.engine.dispose()
    return code


def _back_up_when_due(data_dir: Path) -> None:
    """The daily copy, in a worker: the newest copy is older than 24 hours (or none)."""
    from app.ui.tasks import run_in_background

    def failed(error: BaseException) -> None:
        log.error("the daily backup failed", exc_info=error)

    path, folder = database_path(data_dir), backups_dir(data_dir)
    run_in_background(lambda: db_backups.backup_if_due(path, folder), _made, failed)


def _made(backup: Path | None) -> None:
    if backup is not None:
        log.info("backup made: %s", backup)


def back_up_at_quit(data_dir: Path) -> Path | None:
    """A clean quit copies the day's work, unless nothing changed since the newest copy
    (then it costs a stat); a failure is logged, never keeps the app from closing."""
    try:
        made = db_backups.backup_if_changed(database_path(data_dir), backups_dir(data_dir))
    except Exception:  # a full disk must not turn a clean quit into a crash
        log.exception("the backup at quit failed")
        return None
    _made(made)
    return made


def _login() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no user name in this environment (some containers)
        return "local"


def _arm_smoke(window: object) -> None:
    """Quits once the window is painted and the work-order list has loaded."""
    from app.ui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    model = window.page("work_orders").list_page.model
    painted: list[bool] = []
    counts: list[int] = []

    def check() -> None:
        if painted and counts:
            print(f"smoke ok: {counts[0]} work orders")  # noqa: T201 - the smoke contract
            window.close()
            QApplication.quit()

    def on_painted() -> None:
        painted.append(True)
        check()

    def on_loaded(count: int) -> None:
        counts.append(count)
        check()

    window.first_painted.connect(on_painted)
    model.loaded.connect(on_loaded)
    model.start()  # even when the window opens on another page
    QTimer.singleShot(60_000, lambda: QApplication.exit(1))  # never hang a script
