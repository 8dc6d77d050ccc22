"""The dashboard of a field engineer: their own day at a glance — the jobs overdue and
due today, the jobs waiting for parts, the follow-up calls due — as counts on top and a
table each below, every table exportable to .xlsx. The day is read by the page in a
worker (app/services/kpis/dashboard.load_for_role); this view only shows it."""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.services.my_day.day import FollowUpDue, Job, MyDay
from app.ui.i18n import arg
from app.ui.kpis.table_export import ask_and_write_table
from app.ui.list_page import RecordTable
from app.ui.my_day.day_tables import (
    DayTableModel,
    follow_up_columns,
    job_columns,
    parts_columns,
)

TABLE_ROWS = 6  # shown before a table scrolls
TILE_STYLE = (
    "font-size: 11pt; border: 1px solid palette(mid); border-radius: 4px; padding: 6px;"
    " qproperty-alignment: AlignCenter;"
)


class DayTable(QWidget):
    """A heading, its table and an export button; an empty table says so."""

    def __init__(self, model: DayTableModel, empty: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.heading = QLabel()
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.export_button = QPushButton(self.tr("Export (.xlsx)…"))
        self.table = RecordTable()
        self.table.setModel(model)
        for number, column in enumerate(model.columns):
            self.table.setColumnWidth(number, column.width)
        self.empty = QLabel(empty)
        self.empty.setEnabled(False)
        head = QHBoxLayout()
        head.addWidget(self.heading, 1)
        head.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(head)
        layout.addWidget(self.table)
        layout.addWidget(self.empty)

    def show_rows(self, heading: str, rows: list[Job] | list[FollowUpDue]) -> None:
        self.heading.setText(heading)
        self.model.set_rows(rows)
        self.table.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        self.export_button.setEnabled(bool(rows))
        shown = max(1, min(len(rows), TABLE_ROWS))
        height = self.table.horizontalHeader().sizeHint().height()
        height += shown * self.table.verticalHeader().defaultSectionSize()
        height += 2 * self.table.frameWidth() + self.table.horizontalScrollBar().sizeHint().height()
        self.table.setFixedHeight(height)


class EngineerDayView(QWidget):
    """Emits `open_requested(page key, record id)` like the rest of the dashboard, and
    `exported(path)` when a table is written."""

    open_requested = Signal(str, str)
    exported = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.day: MyDay | None = None
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.tiles: dict[str, QLabel] = {}
        grid = QGridLayout()
        for index, key in enumerate(("overdue", "today", "parts", "follow_ups", "later")):
            tile = QLabel()
            tile.setMinimumHeight(58)
            tile.setStyleSheet(TILE_STYLE)
            self.tiles[key] = tile
            grid.addWidget(tile, 0, index)

        self.overdue = DayTable(
            DayTableModel(job_columns(), lambda job: job.id, self),
            self.tr("Nothing of yours is overdue."),
        )
        self.today = DayTable(
            DayTableModel(job_columns(), lambda job: job.id, self),
            self.tr("No job of yours is due today."),
        )
        self.parts = DayTable(
            DayTableModel(parts_columns(), lambda job: job.id, self),
            self.tr("No job of yours is waiting for parts."),
        )
        self.follow_ups = DayTable(
            DayTableModel(follow_up_columns(), lambda f: f.work_order_id, self),
            self.tr("No follow-up call is due."),
        )
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(self.title)
        layout.addLayout(grid)
        for table, name in (
            (self.overdue, "overdue-jobs"),
            (self.today, "jobs-due-today"),
            (self.parts, "parts-waiting"),
            (self.follow_ups, "follow-ups-due"),
        ):
            layout.addWidget(table)
            table.table.activated_row.connect(lambda row, t=table: self._open(t, row))
            table.export_button.clicked.connect(
                lambda _c=False, t=table, n=name: ask_and_write_table(
                    self, t.model, t.heading.text(), f"{n}.xlsx", self.exported.emit
                )
            )
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def show_day(self, day: MyDay) -> None:
        self.day = day
        when = QLocale().toString(
            QDate(day.today.year, day.today.month, day.today.day), QLocale.FormatType.LongFormat
        )
        self.title.setText(arg(self.tr("%1's day · %2"), day.display_name, when))
        overdue = [job for job in day.jobs if job.days_overdue]
        today = [job for job in day.jobs if not job.days_overdue]
        counts = {
            "overdue": (self.tr("Overdue jobs"), len(overdue)),
            "today": (self.tr("Due today"), len(today)),
            "parts": (self.tr("Waiting for parts"), len(day.parts_waiting)),
            "follow_ups": (self.tr("Follow-up calls due"), len(day.follow_ups)),
            "later": (self.tr("Due later"), day.later),
        }
        for key, (label, count) in counts.items():
            self.tiles[key].setText(f"{label}\n{count}")
        self.tiles["overdue"].setStyleSheet(TILE_STYLE + (" color: #b00020;" if overdue else ""))
        self.overdue.show_rows(arg(self.tr("Overdue (%1)"), len(overdue)), overdue)
        self.today.show_rows(arg(self.tr("Due today (%1)"), len(today)), today)
        self.parts.show_rows(
            arg(self.tr("Waiting for parts (%1)"), len(day.parts_waiting)), day.parts_waiting
        )
        self.follow_ups.show_rows(
            arg(self.tr("Follow-up calls due (%1)"), len(day.follow_ups)), day.follow_ups
        )

    def _open(self, table: DayTable, row: int) -> None:
        record = table.model.id_at(row)
        if record:
            self.open_requested.emit("work_orders", record)
