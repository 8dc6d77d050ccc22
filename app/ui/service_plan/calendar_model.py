"""The calendar's grid: a month (6 weeks × 7 days) or a week (one row per engineer or
hospital × 7 days), each cell listing its planned visits and the work orders booked
outside the plan (◆, the cell tinted); a conflict (an engineer at two hospitals that
day, whether planned or booked) colours the cell. A visit dragged from the day's list
and dropped on a cell asks to move there (`visit_dropped`); the page asks for the
reason. Booked work is moved on its work order, not here."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta

from PySide6.QtCore import (
    QAbstractTableModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from app.services.service_plan.views import CalendarEntry

Index = QModelIndex | QPersistentModelIndex
VISIT_MIME = "application/x-beamside-plan-visit"
SHOWN_PER_CELL = 3
CONFLICT = QColor("#F8D7D5")
OTHER_MONTH = QColor("#F1F2F4")
TODAY = QColor("#E3EEF9")
BOOKED_WORK = QColor("#E4F2E7")  # a cell with work booked outside the plan
WORK_MARK = "◆ "


class CalendarModel(QAbstractTableModel):
    visit_dropped = Signal(str, object, str)  # visit id, day, row key ("" in a month)

    def __init__(self) -> None:
        super().__init__()
        self.mode = "month"
        self.start = date.today()
        self.month = self.start.month
        self.keys: list[tuple[str, str]] = []  # week rows: (key, label)
        self.cells: dict[tuple[int, int], list[CalendarEntry]] = {}
        self.clashing: set[str] = set()
        self.by_engineer = True
        self.kind_texts: dict[str, str] = {}
        self.today = date.today()

    # --- filling -------------------------------------------------------------------------

    def show_month(self, first: date, rows: list[CalendarEntry], clashing: set[str]) -> None:
        """`first`: the 1st of the month shown."""
        self.beginResetModel()
        self.mode, self.month = "month", first.month
        self.start = first - timedelta(days=first.weekday())
        self.keys = []
        cells: dict[tuple[int, int], list[CalendarEntry]] = defaultdict(list)
        for row in rows:
            offset = (row.planned_on - self.start).days
            if 0 <= offset < 42:
                cells[divmod(offset, 7)].append(row)
        self.cells, self.clashing = self._conflicts_first(cells, clashing), clashing
        self.endResetModel()

    @staticmethod
    def _conflicts_first(
        cells: dict[tuple[int, int], list[CalendarEntry]], clashing: set[str]
    ) -> dict[tuple[int, int], list[CalendarEntry]]:
        """Each cell's visits with those in conflict first, so the cell shows them."""
        if clashing:
            for visits in cells.values():
                visits.sort(key=lambda v: v.id not in clashing)  # stable: time order kept
        return dict(cells)

    def show_week(
        self, monday: date, rows: list[CalendarEntry], clashing: set[str], by_engineer: bool
    ) -> None:
        self.beginResetModel()
        self.mode, self.start, self.by_engineer = "week", monday, by_engineer
        labels: dict[str, str] = {}
        for row in rows:
            key, label = self._key(row)
            labels.setdefault(key, label)
        self.keys = sorted(labels.items(), key=lambda kv: kv[1])
        position = {key: i for i, (key, _label) in enumerate(self.keys)}
        cells: dict[tuple[int, int], list[CalendarEntry]] = defaultdict(list)
        for row in rows:
            offset = (row.planned_on - monday).days
            if 0 <= offset < 7:
                cells[(position[self._key(row)[0]], offset)].append(row)
        self.cells, self.clashing = self._conflicts_first(cells, clashing), clashing
        self.endResetModel()

    def _key(self, row: CalendarEntry) -> tuple[str, str]:
        if self.by_engineer:
            return row.engineer_id or "", row.engineer or "—"
        return row.customer_id, row.hospital

    # --- reading -------------------------------------------------------------------------

    def day_of(self, index: Index) -> date:
        if self.mode == "month":
            return self.start + timedelta(days=7 * index.row() + index.column())
        return self.start + timedelta(days=index.column())

    def visits_at(self, index: Index) -> list[CalendarEntry]:
        return self.cells.get((index.row(), index.column()), [])

    def line(self, row: CalendarEntry) -> str:
        kind = self.kind_texts.get(str(row.kind), str(row.kind))
        mark = "⚠ " if row.id in self.clashing else ""
        if not row.from_plan:
            mark += WORK_MARK
        elif row.booked and not mark:
            mark = "✓ "
        who = row.hospital if self.mode == "week" and self.by_engineer else row.engineer
        return f"{mark}{row.time_text} {kind} {row.serial} {who}"

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            return 0
        return 6 if self.mode == "month" else len(self.keys)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        visits = self.visits_at(index)
        if role == Qt.ItemDataRole.DisplayRole:
            lines = [self.line(v) for v in visits[:SHOWN_PER_CELL]]
            if len(visits) > SHOWN_PER_CELL:
                lines.append(f"+{len(visits) - SHOWN_PER_CELL}")
            if self.mode == "month":
                lines.insert(0, str(self.day_of(index).day))
            return "\n".join(lines)
        if role == Qt.ItemDataRole.ToolTipRole and visits:
            return "\n".join(self.line(v) for v in visits)
        if role == Qt.ItemDataRole.BackgroundRole:
            if any(v.id in self.clashing for v in visits):
                return QBrush(CONFLICT)
            if any(not v.from_plan for v in visits):
                return QBrush(BOOKED_WORK)
            day = self.day_of(index)
            if day == self.today:
                return QBrush(TODAY)
            if self.mode == "month" and day.month != self.month:
                return QBrush(OTHER_MONTH)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if self.mode == "week":
                day = self.start + timedelta(days=section)
                return f"{self.weekday_names[section]} {day.month}-{day.day}"
            return self.weekday_names[section]
        if self.mode == "week":
            return self.keys[section][1]
        return None

    weekday_names = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]

    # --- dropping ------------------------------------------------------------------------

    def flags(self, index: Index) -> Qt.ItemFlag:
        return super().flags(index) | Qt.ItemFlag.ItemIsDropEnabled

    def mimeTypes(self) -> list[str]:
        return [VISIT_MIME]

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        return data.hasFormat(VISIT_MIME) and parent.isValid()

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        visit_id = bytes(data.data(VISIT_MIME).data()).decode()
        key = self.keys[parent.row()][0] if self.mode == "week" else ""
        self.visit_dropped.emit(visit_id, self.day_of(parent), key)
        return False  # the page moves it (after asking why) and reloads
