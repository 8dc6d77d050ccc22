"""Starting the desktop app: Qt, language, font, the database (with its problems), the window."""

from __future__ import annotations

import getpass
import sys
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app import __version__
from app.db import schema
from app.installation import TIME_ZONE_KEY, apply_time_zone
from app.paths import APP_NAME, backups_dir, database_path
from app.ui.crash import install_excepthook, start_logging
from app.ui.fonts import register_cjk_font
from app.ui.i18n import choose_language, install_translators
from app.ui.settings import settings_for

EXIT_DATABASE = 3
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
    except schema.ForeignDatabaseError as exc:
        _say(
            options,
            title,
            QCoreApplication.translate(
                "Startup", "%1 is not a Beamside database; it has not been changed."
            ).replace("%1", str(exc.path)),
        )
    except schema.CorruptDatabaseError as exc:
        text = (
            QCoreApplication.translate("Startup", "%1 is damaged (%2).")
            .replace("%1", str(exc.path))
            .replace("%2", exc.detail)
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
        answer = QMessageBox.question(
            None,
            title,
            text
            + "\n\n"
            + QCoreApplication.translate(
                "Startup",
                "Restore the latest backup (%1)? The damaged file is kept beside it, renamed.",
            ).replace("%1", exc.latest_backup.name),
        )
        if answer == QMessageBox.StandardButton.Yes:
            schema.restore_latest_backup(path, backups)
            return open_database_interactively(options)
    except schema.DatabaseProblem as exc:
        _say(options, title, str(exc))
    return None


def run(options: LaunchOptions, argv: list[str]) -> int:
    app = QApplication.instance() or QApplication(argv)
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    options.data_dir.mkdir(parents=True, exist_ok=True)
    start_logging(options.data_dir)
    install_excepthook(options.data_dir, interactive=not options.smoke)
    settings = settings_for(options.data_dir)
    apply_time_zone(str(settings.value(TIME_ZONE_KEY, "") or ""))
    install_translators(app, choose_language(options.language, settings))
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
    code = app.exec()
    opened.engine.dispose()
    return code


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
