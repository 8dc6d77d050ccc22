"""Complaint statistics as a table (§7.3.2): by month, nature, severity, hospital or
unit model — how many, closed, open, overdue and the mean days to close. Worked out
off the GUI thread; charts come later."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain import local_time
from app.domain.enums import LabelledEnum
from app.services.complaints import statistics
from app.services.store import Store
from app.ui.labels import enum_label
from app.ui.tasks import run_in_background
from app.ui.widgets import OptionalDateEdit


class StatisticsDialog(QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.facts: list[statistics.ComplaintFacts] = []
        self.setWindowTitle(self.tr("Complaint statistics"))
        self.dimension = QComboBox()
        for key, label in (
            ("month", self.tr("By month")),
            ("category", self.tr("By nature")),
            ("severity", self.tr("By severity")),
            ("hospital", self.tr("By hospital")),
            ("model", self.tr("By unit model")),
        ):
            self.dimension.addItem(label, key)
        self.dimension.currentIndexChanged.connect(lambda _i: self.show_rows())
        self.since = OptionalDateEdit(local_time.today() - timedelta(days=365))
        self.since.dateChanged.connect(lambda _d: self.load())
        self.status = QLabel(self.tr("Loading…"))
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels(
            [
                "",
                self.tr("Complaints"),
                self.tr("Closed"),
                self.tr("Open"),
                self.tr("Overdue"),
                self.tr("Mean days to close"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setColumnWidth(0, 320)
        self.table.horizontalHeader().setStretchLastSection(True)
        top = QHBoxLayout()
        group = QLabel(self.tr("&Group"))
        group.setBuddy(self.dimension)
        top.addWidget(group)
        top.addWidget(self.dimension)
        received = QLabel(self.tr("Received &since"))
        received.setBuddy(self.since)
        top.addWidget(received)
        top.addWidget(self.since)
        top.addStretch(1)
        top.addWidget(self.status)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(860, 520)
        self.load()

    def load(self) -> None:
        since: date | None = self.since.value()
        self.status.setText(self.tr("Loading…"))
        run_in_background(
            lambda: statistics.complaint_facts(self.store, since),
            self._loaded,
            lambda exc: self.status.setText(str(exc)),
        )

    def _loaded(self, facts: list[statistics.ComplaintFacts]) -> None:
        self.facts = facts
        self.status.setText(self.tr("%n complaint(s)", "", len(facts)))
        self.show_rows()

    def show_rows(self) -> None:
        rows = statistics.statistics(self.facts, self.dimension.currentData())
        self.table.setRowCount(len(rows))
        for n, row in enumerate(rows):
            key = row.key
            name = enum_label(key) if isinstance(key, LabelledEnum) else str(key or "—")
            mean = "" if row.mean_days_to_close is None else f"{row.mean_days_to_close:.1f}"
            values = (name, str(row.count), str(row.closed), str(row.open), str(row.overdue), mean)
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(n, column, item)
