"""A searchable, sortable list of records over a PagedTableModel."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import settings_keys
from app.services.lists import Kind, ListColumn, ListSpec
from app.services.store import Store
from app.ui.table_model import PagedTableModel

SEARCH_DELAY_MS = 150  # wait for a pause in typing before querying
_KIND_WIDTHS = {Kind.ENUM: 96, Kind.DATETIME: 130, Kind.DATE: 100, Kind.NUMBER: 70}
_KEY_WIDTHS = {
    "number": 160,
    "customer": 180,
    "name_zh": 220,
    "name_en": 240,
    "region": 80,
    "address": 300,
    "equipment": 170,
    "unit": 230,
    "site": 170,
    "awaited_parts": 220,
}


def column_width(column: ListColumn) -> int:
    """A first width that fits typical content at 1366 px; the user's own widths are kept."""
    return _KEY_WIDTHS.get(column.key) or _KIND_WIDTHS.get(column.kind, 120)


class RecordTable(QTableView):
    """A table whose Enter opens the current record, like a double-click."""

    activated_row = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        self.doubleClicked.connect(lambda index: self.activated_row.emit(index.row()))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.activated_row.emit(self.currentIndex().row())
            return
        super().keyPressEvent(event)


class ListPage(QWidget):
    """Search box, count and table; emits `open_requested` with a record id."""

    open_requested = Signal(str)

    def __init__(
        self,
        store: Store,
        spec: ListSpec,
        count_text: Callable[[int], str],
        settings: QSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._count_text = count_text
        self.model = PagedTableModel(store, spec, self)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search (Ctrl+F)…"))
        self.search.setClearButtonEnabled(True)
        self.count = QLabel(self.tr("Loading…"))
        self.table = RecordTable()
        self.table.setModel(self.model)
        for column, col in enumerate(spec.columns):
            self.table.setColumnWidth(column, column_width(col))
        sort_column = next(i for i, c in enumerate(spec.columns) if c.key == spec.default_sort)
        order = (
            Qt.SortOrder.DescendingOrder if spec.default_descending else Qt.SortOrder.AscendingOrder
        )
        self.table.horizontalHeader().setSortIndicator(sort_column, order)
        self._restore_header()
        self.table.setSortingEnabled(True)  # sorts (and so loads) through the model

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(lambda: self.model.set_search(self.search.text()))
        self.search.textChanged.connect(self._debounce.start)
        self.search.returnPressed.connect(self._search_now)
        self.model.loaded.connect(self._loaded)
        self.model.failed.connect(lambda message: self.count.setText(message))
        self.table.activated_row.connect(self._open_row)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self.setFocusProxy(self.table)

    def showEvent(self, event: QShowEvent) -> None:
        self.model.start()
        super().showEvent(event)

    def current_id(self) -> str | None:
        index = self.table.currentIndex()
        return self.model.id_at(index.row()) if index.isValid() else None

    def refresh(self) -> None:
        self.model.reload()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def save_state(self) -> None:
        if self._settings is not None:
            key = settings_keys.list_header(self.model.spec.name)
            self._settings.setValue(key, self.table.horizontalHeader().saveState())

    def _restore_header(self) -> None:
        if self._settings is None:
            return
        state = self._settings.value(settings_keys.list_header(self.model.spec.name))
        if state is not None:
            self.table.horizontalHeader().restoreState(state)

    def _search_now(self) -> None:
        self._debounce.stop()
        self.model.set_search(self.search.text())
        self.table.setFocus()

    def _loaded(self, count: int) -> None:
        self.count.setText(self._count_text(count))
        if count and not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.model.index(0, 0))

    def _open_row(self, row: int) -> None:
        record_id = self.model.id_at(row)
        if record_id is not None:
            self.open_requested.emit(record_id)
