"""The work-order list's first page shown before SQLAlchemy and the pages have loaded.

`app.db.first_page` reads the rows with plain sqlite3 right after the first frame; this
view shows them as the real list will (same columns, headers and display values) until
`MainWindow.set_store` puts the real page in its place. No SQLAlchemy here: the
columns are written out, and tests/test_first_page.py checks them against
`services.lists.WORK_ORDERS`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSettings,
    Qt,
)
from PySide6.QtWidgets import QHBoxLayout, QLabel, QTableView, QVBoxLayout, QWidget

from app import settings_keys
from app.db.first_page import FirstPage
from app.domain import enums
from app.ui.labels import format_value

Index = QModelIndex | QPersistentModelIndex

# (header as in lists.WORK_ORDERS, context "Lists"; its enum or None)
COLUMNS: tuple[tuple[str, type[enums.LabelledEnum] | None], ...] = (
    ("Number", None),
    ("Type", enums.WorkOrderType),
    ("State", enums.WorkOrderState),
    ("Priority", enums.Priority),
    ("Hospital", None),
    ("Equipment", None),
    ("Reported", None),
    ("Awaiting parts (order · expected)", None),
    ("Description", None),
)
WIDTHS = (160, 96, 96, 96, 180, 230, 130, 220, 120)  # list_page.column_width of each column
SORTED_COLUMN = 6  # reported_at, newest first
HEADER_KEY = settings_keys.list_header("work_orders")  # where ListPage keeps the widths


class FirstPageModel(QAbstractTableModel):
    """The first page's rows, displayed as `PagedTableModel` displays them."""

    def __init__(self, page: FirstPage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page = page

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self.page.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("Lists", COLUMNS[section][0])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        value = self.page.rows[index.row()][index.column() + 1]
        enum = COLUMNS[index.column()][1]
        if enum is not None and value is not None:
            value = enum(value)
        text = format_value(value)
        return text.splitlines()[0] if text else text


def first_page_view(page: FirstPage, count_text: str, settings: QSettings | None) -> QWidget:
    """The list page's look without its workings: the count above a read-only table of
    the first page, the first row current as the real list has it."""
    widget = QWidget()
    widget.setObjectName("first_page")
    count = QLabel(count_text)
    count.setObjectName("first_page_count")
    view = QTableView()
    view.setModel(FirstPageModel(page, view))
    view.verticalHeader().hide()
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
    header = view.horizontalHeader()
    for column, width in enumerate(WIDTHS):
        view.setColumnWidth(column, width)
    header.setSortIndicator(SORTED_COLUMN, Qt.SortOrder.DescendingOrder)
    header.setSortIndicatorShown(True)
    state = None if settings is None else settings.value(HEADER_KEY)
    if state is not None:
        header.restoreState(state)
    if page.rows:
        view.setCurrentIndex(view.model().index(0, 0))
    top = QHBoxLayout()
    top.addStretch(1)
    top.addWidget(count)
    layout = QVBoxLayout(widget)
    layout.setContentsMargins(6, 6, 6, 0)
    layout.addLayout(top)
    layout.addWidget(view, 1)
    return widget
