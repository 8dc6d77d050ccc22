"""`backup --out FILE` and `restore-backup [--force]`: copies on demand, and a restore
that never silently replaces a sound database with an older copy.

Messages are translated (the CLI installs the translators on a QCoreApplication first).
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from app.db import backups, schema
from app.paths import backups_dir, database_path
from app.ui.backups import backup_texts
from app.ui.i18n import arg

EXIT_REFUSED = 1  # restore-backup: the database is sound; backup: FILE cannot be written
EXIT_DATABASE = 3


def _error(message: str) -> None:
    print(f"beamside: {message}", file=sys.stderr)  # noqa: T201


def _say(*lines: str) -> None:
    print("\n".join(line for line in lines if line))  # noqa: T201


def backup(data_dir: Path, out: Path) -> int:
    """One consistent copy of the database, written whole or not at all."""
    path = database_path(data_dir)
    if not path.is_file():
        _error(
            arg(
                QCoreApplication.translate("Cli", "there is no database at %1 to back up."),
                str(path),
            )
        )
        return EXIT_DATABASE
    try:
        problem = schema.damage(path)
    except schema.NewerSchemaError:
        problem = None  # sound, only newer than this Beamside: worth a copy
    except schema.DatabaseAccessError as exc:
        _error(
            arg(
                QCoreApplication.translate(
                    "Cli", "%1 cannot be read here (%2); it was not copied."
                ),
                str(path),
                exc.detail,
            )
        )
        return EXIT_DATABASE
    except schema.CorruptDatabaseError as exc:
        problem = exc.detail
    if problem:
        problem = QCoreApplication.translate("Damage", problem)
        _error(
            arg(
                QCoreApplication.translate("Cli", "%1 is damaged (%2); it was not copied."),
                str(path),
                problem,
            )
        )
        return EXIT_DATABASE
    target = out.expanduser()
    if target.exists():
        _error(
            arg(
                QCoreApplication.translate("Cli", "%1 already exists; give a new file name."),
                str(target),
            )
        )
        return EXIT_REFUSED
    if not target.parent.is_dir():
        _error(
            arg(
                QCoreApplication.translate("Cli", "cannot write %1: there is no folder %2."),
                str(target),
                str(target.parent),
            )
        )
        return EXIT_REFUSED
    try:
        backups.copy_database(path, target)
    except OSError as exc:
        _error(
            arg(
                QCoreApplication.translate("Cli", "cannot write %1: %2."),
                str(target),
                exc.strerror or str(exc),
            )
        )
        return EXIT_REFUSED
    held = backups.contents(target)
    _say(
        arg(QCoreApplication.translate("Cli", "Backed up %1 to %2."), str(path), str(target)),
        backup_texts.holds(held, None),
    )
    return 0


def restore_backup(data_dir: Path, force: bool) -> int:
    """Restores the newest sound backup over a damaged database; a sound one only on --force."""
    path, folder = database_path(data_dir), backups_dir(data_dir)
    sound = _sound(path)
    if sound is None:
        return EXIT_DATABASE
    latest = schema.latest_sound_backup(folder)
    latest_info = backups.parse(latest) if latest else None
    if sound and not force:
        lines = [
            arg(
                QCoreApplication.translate(
                    "Cli",
                    "%1 is sound, so it was not replaced: restore-backup replaces only a "
                    "damaged database.",
                ),
                str(path),
            )
        ]
        if latest is not None and latest_info is not None:
            lines += [
                backup_texts.made(latest_info),
                backup_texts.lacks(backups.missing_from(latest, path)),
                QCoreApplication.translate(
                    "Cli", "To replace the database with it all the same: restore-backup --force"
                ),
            ]
        _error("\n".join(lines))
        return EXIT_REFUSED
    damaged = backups.contents(path) if path.exists() and not sound else None
    missing = backups.missing_from(latest, path) if sound and latest is not None else None
    try:
        kept_as = "replaced" if sound else "damaged"
        restored = schema.restore_latest_backup(path, folder, kept_as, latest)
    except schema.DatabaseProblem as exc:
        _error(str(exc))
        return EXIT_DATABASE
    except OSError as exc:
        _error(
            arg(
                QCoreApplication.translate("Cli", "cannot replace %1: %2."),
                str(path),
                exc.strerror or str(exc),
            )
        )
        return EXIT_DATABASE
    aside = path.parent.glob(f"{path.name}.{kept_as}-*")
    kept = sorted(p for p in aside if not p.name.endswith(("-wal", "-shm")))
    info = backups.parse(restored)
    lines = [
        arg(QCoreApplication.translate("Cli", "Restored %1 to %2."), restored.name, str(path)),
        arg(
            QCoreApplication.translate("Cli", "The replaced file is kept beside it as %1."),
            kept[-1].name,
        )
        if kept
        else "",
        backup_texts.made(info) if info else "",
        backup_texts.lacks(missing) if missing is not None else "",
        backup_texts.holds(backups.contents(path), damaged),
        backup_texts.sync_note(),
    ]
    _say(*lines)
    return 0


def _sound(path: Path) -> bool | None:
    """True for a sound database, False for a missing or damaged one; None after saying
    why it cannot be judged (a file we may not read is not replaced)."""
    if not path.exists():
        return False
    try:
        return schema.damage(path) is None
    except schema.NewerSchemaError:
        return True  # sound, only newer than this Beamside
    except schema.ForeignDatabaseError:
        return False  # another program's file: it is set aside, never overwritten
    except schema.DatabaseAccessError as exc:
        _error(
            arg(
                QCoreApplication.translate(
                    "Cli", "%1 cannot be read here (%2); it may be sound, so it was not replaced."
                ),
                str(path),
                exc.detail,
            )
        )
        return None
