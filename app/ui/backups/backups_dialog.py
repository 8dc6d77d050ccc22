"""Settings → Backups: where the copies are, when the last was made, what is kept.

Read-only: backups are made by themselves (app/db/backups.py). The folder is listed in
a worker, as all file I/O is.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import shiboken6
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.db import backups
from app.ui.backups import backup_texts
from app.ui.i18n import arg
from app.ui.tasks import run_in_background


@dataclass(frozen=True)
class BackupsSummary:
    folder: Path
    latest: backups.Backup | None
    count: int


def summarise(folder: Path) -> BackupsSummary:
    found = backups.backups(folder)
    return BackupsSummary(folder, found[-1] if found else None, len(found))


class BackupsDialog(QDialog):
    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Backups"))
        self.folder = folder
        self.folder_label = QLabel(str(folder))
        self.last_label = QLabel(self.tr("Looking…"))
        self.count_label = QLabel("")
        for label in (self.folder_label, self.last_label):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        schedule = QLabel(
            self.tr(
                "A copy is made when Beamside starts and the newest is more than a day old, "
                "and when it closes after changes. Kept: the last copy of each of the last "
                "7 days, and the last 5 copies made before a database upgrade."
            )
        )
        schedule.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Folder:"), self.folder_label)
        form.addRow(self.tr("Last backup:"), self.last_label)
        form.addRow(self.tr("Copies:"), self.count_label)
        self.open_button = QPushButton(self.tr("Open folder"))
        self.open_button.clicked.connect(self._open_folder)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(schedule)
        layout.addWidget(buttons)
        run_in_background(lambda: summarise(folder), self._show)

    def _show(self, summary: BackupsSummary) -> None:
        if not shiboken6.isValid(self):
            return
        latest = summary.latest
        if latest is None:
            self.last_label.setText(self.tr("None yet"))
        else:
            self.last_label.setText(
                arg(
                    self.tr("%1 (%2 ago)"),
                    backup_texts.when(latest.made_at),
                    backup_texts.age(latest.made_at),
                )
            )
        self.count_label.setText(str(summary.count))

    def _open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.folder)))
