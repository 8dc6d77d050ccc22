"""Importing the catalogue and opening stock from Excel: the rows are previewed with
each bad row's problems (by row number) before anything is written; nothing is written
while a row is bad unless the user chooses to skip bad rows. Reading and importing run
off the GUI thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.i18n import arg
from app.domain.purchasing import PurchaseRefusal
from app.services.purchasing import parts_import
from app.services.purchasing.parts_import import ImportFileError, ImportResult, ImportRow
from app.services.store import Store
from app.ui.purchasing.tables import fill, make_table, qty
from app.ui.purchasing.texts import problem_text, refusal_text
from app.ui.tasks import run_in_background


class ImportDialog(QDialog):
    previewed = Signal()  # the rows are on screen
    finished_import = Signal()  # the import ran (written or refused)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.path: Path | None = None
        self.rows: list[ImportRow] = []
        self.outcome: ImportResult | None = None
        self.setWindowTitle(self.tr("Import parts from Excel"))
        self.file = QLineEdit()
        self.file.setReadOnly(True)
        self.browse = QPushButton(self.tr("Choose a workbook…"))
        self.browse.clicked.connect(self._choose)
        self.table = make_table(
            [self.tr("Row"), self.tr("Part number"), self.tr("Name"), self.tr("Opening qty"),
             self.tr("Location"), self.tr("Result"), self.tr("Problems")],
            stretch=6,
        )  # fmt: skip
        self.skip_bad = QCheckBox(self.tr("Skip the bad rows and import the others"))
        self.skip_bad.toggled.connect(self._enable)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.run_import)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self._close)
        top = QHBoxLayout()
        top.addWidget(self.file, 1)
        top.addWidget(self.browse)
        bottom = QHBoxLayout()
        bottom.addWidget(self.skip_bad)
        bottom.addStretch(1)
        bottom.addWidget(self.import_button)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addLayout(bottom)
        self.resize(1000, 560)

    def _choose(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import parts from Excel"), "", self.tr("Excel workbook (*.xlsx)")
        )
        if chosen:
            self.load(Path(chosen))

    def load(self, path: Path) -> None:
        """Reads and checks the workbook in a worker; `previewed` when shown."""
        self.path = path
        self.file.setText(str(path))
        self.import_button.setEnabled(False)
        self.summary.setText(self.tr("Reading…"))
        run_in_background(
            lambda: parts_import.preview(self.store, path), self._show_rows, self._failed
        )

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, ImportFileError):
            text = arg(QCoreApplication.translate("Purchasing", error.message), *error.args_)
        elif isinstance(error, PurchaseRefusal):
            text = refusal_text(error)
        else:
            text = str(error)
        self.rows = []
        fill(self.table, [])
        self.summary.setText(text)
        self.previewed.emit()
        self.finished_import.emit()

    def _show_rows(self, rows: list[ImportRow]) -> None:
        self.rows = rows
        new, update, error = self.tr("new"), self.tr("update"), self.tr("error")
        fill(
            self.table,
            [
                (
                    str(r.row),
                    [
                        str(r.row),
                        r.details.part_number,
                        r.details.description,
                        qty(r.opening_quantity) if r.opening_quantity else "",
                        r.location,
                        error if not r.ok else (update if r.exists else new),
                        "; ".join(problem_text(p) for p in r.problems),
                    ],
                )
                for r in rows
            ],  # fmt: skip
            numeric=(0, 3),
            highlighted=[not r.ok for r in rows],
        )
        bad = sum(1 for r in rows if not r.ok)
        self.summary.setText(
            arg(
                self.tr("%1 rows, %2 with problems. Nothing is written while a row is bad."),
                str(len(rows)),
                str(bad),
            )
            if bad
            else arg(self.tr("%1 rows, all good."), str(len(rows)))
        )
        self._enable()
        self.previewed.emit()

    @property
    def bad_rows(self) -> list[ImportRow]:
        return [r for r in self.rows if not r.ok]

    def _enable(self) -> None:
        good = [r for r in self.rows if r.ok]
        self.import_button.setEnabled(
            bool(good) and (not self.bad_rows or self.skip_bad.isChecked())
        )

    def run_import(self) -> None:
        if self.path is None:
            return
        path, skip = self.path, self.skip_bad.isChecked()
        self.import_button.setEnabled(False)
        self.summary.setText(self.tr("Importing…"))
        run_in_background(
            lambda: parts_import.import_parts(self.store, path, skip_bad=skip),
            self._imported,
            self._failed,
        )

    def _imported(self, result: ImportResult) -> None:
        self.outcome = result
        self._show_rows(result.rows)
        self.import_button.setEnabled(False)
        self.summary.setText(
            arg(
                self.tr("%1 parts imported, %2 opening stock movements; %3 rows skipped."),
                str(result.written),
                str(result.movements),
                str(len(result.bad)),
            )
        )
        self.finished_import.emit()

    def _close(self) -> None:
        """Accepted when something was written, so the page reads the catalogue again."""
        if self.outcome is not None and self.outcome.written:
            self.accept()
        else:
            self.reject()
