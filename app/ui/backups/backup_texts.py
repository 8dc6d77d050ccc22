"""What a user is told about a backup before and after a restore, in their language.

Shared by the restore dialog, the Backups dialog and the `restore-backup` / `backup`
commands, so the app and the terminal say the same thing. A QObject only for `tr()`
with plural forms (lupdate marks those only there); translators must be installed.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QObject

from app.db.backups import Backup, Contents, Missing
from app.ui.i18n import arg

NUMBERS_LISTED = 10


class BackupTexts(QObject):
    def age(self, made_at: datetime, now: datetime | None = None) -> str:
        seconds = int(max(0.0, ((now or datetime.now(UTC)) - made_at).total_seconds()))
        days, hours, minutes = seconds // 86400, seconds // 3600, seconds // 60
        if days >= 2:
            return self.tr("%n day(s)", "", days)
        if hours >= 1:
            return self.tr("%n hour(s)", "", hours)
        return self.tr("%n minute(s)", "", minutes)

    def made(self, backup: Backup, now: datetime | None = None) -> str:
        return arg(
            self.tr("The backup %1 was made %2 (%3 ago)."),
            backup.path.name,
            when(backup.made_at),
            self.age(backup.made_at, now),
        )

    def holds(self, backup: Contents, damaged: Contents | None) -> str:
        if backup.work_orders is None:
            parts = [self.tr("Its work orders cannot be counted.")]
        else:
            parts = [self.tr("It holds %n work order(s).", "", backup.work_orders)]
        if damaged is not None and damaged.work_orders is None:
            parts.append(
                self.tr("The damaged file can no longer be read to count its work orders.")
            )
        elif damaged is not None and damaged.work_orders is not None:
            parts.append(
                self.tr("The damaged file holds %n work order(s).", "", damaged.work_orders)
            )
        return sentences(*parts)

    def lacks(self, missing: Missing) -> str:
        count = len(missing.work_orders)
        if count:
            listed = ", ".join(missing.work_orders[:NUMBERS_LISTED])
            if count > NUMBERS_LISTED:
                listed += ", …"
            first = self.tr("It lacks %n work order(s) of the current database: %1.", "", count)
            first = arg(first, listed)
        else:
            first = self.tr("It holds every work order of the current database.")
        signatures = missing.signatures
        second = self.tr("It lacks %n signature(s) of the current database.", "", signatures)
        return sentences(first, second)

    def sync_note(self) -> str:
        return self.tr(
            "Changes made after the backup come back from the server only if they were synced."
        )


def sentences(*parts: str) -> str:
    """Sentences in a row: a space after an English full stop, none after a Chinese one."""
    text = ""
    for part in parts:
        text += part if not text or text.endswith("。") else f" {part}"
    return text


def when(made_at: datetime) -> str:
    return made_at.astimezone().strftime("%Y-%m-%d %H:%M")


def age(made_at: datetime, now: datetime | None = None) -> str:
    return BackupTexts().age(made_at, now)


def made(backup: Backup, now: datetime | None = None) -> str:
    return BackupTexts().made(backup, now)


def holds(backup: Contents, damaged: Contents | None) -> str:
    """The backup's work orders against the damaged file's, if it can still be counted."""
    return BackupTexts().holds(backup, damaged)


def lacks(missing: Missing) -> str:
    """What a restore of a sound database would take away."""
    return BackupTexts().lacks(missing)


def sync_note() -> str:
    return BackupTexts().sync_note()
