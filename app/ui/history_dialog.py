"""A record's audit history: who changed which field when, from what to what.

Read-only by design: the trail is evidence, so the dialog offers sorting and copying
of what is shown, nothing else. Rows load off the GUI thread like every list.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain import local_time as zone
from app.services import audit
from app.services.store import Store
from app.ui.i18n import arg
from app.ui.tasks import run_in_background

Index = QModelIndex | QPersistentModelIndex

WHEN, WHO, ACTION, FIELD, OLD, NEW = range(6)
SORT_ROLE = Qt.ItemDataRole.UserRole + 1  # what a column sorts by (seq for the time)
NO_VALUE = "—"


def local_time(value: datetime) -> str:
    """Wall-clock time of the installation, to the second (the trail is stored in UTC)."""
    return zone.local(value).strftime("%Y-%m-%d %H:%M:%S")


def shown_value(text: str | None) -> str:
    """A stored value as read: ISO times in local time, a missing value as a dash."""
    if text is None:
        return NO_VALUE
    if len(text) > 19 and text[10:11] == "T":
        try:
            moment = datetime.fromisoformat(text)
        except ValueError:
            return text
        if moment.tzinfo is not None:
            return local_time(moment)
    return text


class HistoryTableModel(QAbstractTableModel):
    """The history rows of one record, newest first until the user sorts."""

    loaded = Signal(int)  # number of rows, once they arrived
    failed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[audit.HistoryRow] = []

    def set_rows(self, rows: list[audit.HistoryRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()
        self.loaded.emit(len(self._rows))

    def report(self, exc: BaseException) -> None:
        self.failed.emit(str(exc))

    def row_at(self, row: int) -> audit.HistoryRow:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else 6

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            self.tr("When"),
            self.tr("Who"),
            self.tr("Action"),
            self.tr("Field"),
            self.tr("Old value"),
            self.tr("New value"),
        )
        return titles[section] if 0 <= section < len(titles) else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable  # never editable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(entry, column)
        if role == Qt.ItemDataRole.ToolTipRole and column in (OLD, NEW):
            return self._text(entry, column)  # long texts are cut in the cell
        if role == SORT_ROLE:
            return entry.seq if column == WHEN else self._text(entry, column)
        return None

    def _text(self, entry: audit.HistoryRow, column: int) -> str:
        if column == WHEN:
            return local_time(entry.at)
        if column == WHO:
            return entry.user_login
        if column == ACTION:
            return self.action_label(entry.action)
        if column == FIELD:
            return entry.field
        return shown_value(entry.old_value if column == OLD else entry.new_value)

    def action_label(self, action: str) -> str:
        labels = {
            audit.INSERT: self.tr("Created"),
            audit.UPDATE: self.tr("Changed"),
            audit.DELETE: self.tr("Deleted"),
            audit.GENERATE: self.tr("Generated"),  # made by a generation (a year's plan)
        }
        return labels.get(action, action)


class HistoryDialog(QDialog):
    def __init__(
        self,
        store: Store,
        table_name: str,
        record_id: str,
        parent: QWidget | None = None,
        load: Callable[[], list[audit.HistoryRow]] | None = None,
    ) -> None:
        """`load`, when given, reads the rows instead (a record with its parts, e.g. a
        unit with its beams and versions)."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change history"))
        self.model = HistoryTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(WHEN, Qt.SortOrder.DescendingOrder)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in ((WHEN, 150), (WHO, 110), (ACTION, 80), (FIELD, 140), (OLD, 220)):
            header.resizeSection(column, width)

        self.status = QLabel(self.tr("Loading…"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(960, 520)

        self.model.loaded.connect(self._show_count)
        self.model.failed.connect(self._show_failure)
        run_in_background(
            load or (lambda: audit.history(store, table_name, record_id)),
            self.model.set_rows,
            self.model.report,
        )

    def _show_count(self, count: int) -> None:
        if count:
            self.status.setText(self.tr("%n change(s) recorded", "", count))
        else:
            self.status.setText(self.tr("No changes recorded."))

    def _show_failure(self, message: str) -> None:
        self.status.setText(arg(self.tr("The history could not be read: %1"), message))
