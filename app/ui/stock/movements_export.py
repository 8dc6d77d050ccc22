"""Movements for a period to an .xlsx workbook: kinds, locations and units as the
screen words them. The ledger is read and the workbook written off the GUI thread."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.domain import local_time
from app.domain.enums import MovementKind
from app.domain.i18n import arg
from app.services.stock.export import export_movements
from app.services.stock.views import movements_between
from app.services.store import Store
from app.ui.labels import enum_label
from app.ui.tasks import run_in_background


class MovementsExportDialog(QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("Export movements to Excel"))
        today = QDate.currentDate()
        self.start = QDateEdit(today.addMonths(-1))
        self.end = QDateEdit(today)
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.status = QLabel()
        form = QFormLayout()
        form.addRow(self.tr("From:"), self.start)
        form.addRow(self.tr("To (inclusive):"), self.end)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        buttons.accepted.connect(self._choose)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(buttons)

    def _choose(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export movements to Excel"), "movements.xlsx",
            self.tr("Excel workbook (*.xlsx)"),
        )  # fmt: skip
        if chosen:
            self.export_to(Path(chosen))

    def period(self) -> tuple[datetime, datetime]:
        """The chosen days on the installation's calendar, as a UTC range."""
        start: date = self.start.date().toPython()  # type: ignore[assignment]
        end: date = self.end.date().toPython()  # type: ignore[assignment]
        first = local_time.start_of_day(start)
        last = local_time.start_of_day(end + timedelta(days=1))
        return first.astimezone(UTC), last.astimezone(UTC)

    def headers(self) -> list[str]:
        return [
            self.tr("When"), self.tr("Kind"), self.tr("Part number"), self.tr("Quantity"),
            self.tr("From"), self.tr("To"), self.tr("Work order"), self.tr("Serial"),
            self.tr("Reason / reference"), self.tr("By"),
        ]  # fmt: skip

    def export_to(self, out: Path) -> None:
        start, end = self.period()
        headers = self.headers()
        kinds = {
            kind: enum_label(kind) for kind in MovementKind
        }  # translated here, not in the worker
        chinese = QLocale().name().startswith("zh")
        self.status.setText(self.tr("Writing…"))

        def work() -> int:
            moved = movements_between(self.store, start, end)
            rows = [
                [
                    local_time.local(m.at).strftime("%Y-%m-%d %H:%M"),
                    kinds[m.kind],
                    number,
                    m.quantity,
                    m.from_name[0 if chinese else 1],
                    m.to_name[0 if chinese else 1],
                    m.work_order_number,
                    m.serial,
                    " · ".join(t for t in (m.reason, m.reference) if t),
                    m.by_login,
                ]
                for number, m in moved
            ]
            return export_movements(rows, headers, out)

        run_in_background(work, lambda n: self._done(n, out), self._failed)

    def _done(self, written: int, out: Path) -> None:
        self.status.setText(arg(self.tr("%1 movements exported to %2"), str(written), str(out)))

    def _failed(self, error: BaseException) -> None:
        self.status.setText(arg(self.tr("The workbook could not be written: %1"), str(error)))
