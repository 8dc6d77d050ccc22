"""A table model over a paged SQL list, loaded off the GUI thread.

The model knows only the row count and the pages it has fetched; a row outside
them shows blank until its page arrives (a few ms later), so a 100,000-row list
opens, scrolls, sorts and filters without ever blocking the GUI.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from app.services import lists
from app.services.store import Store
from app.ui.labels import format_value
from app.ui.tasks import run_in_background

PAGE_SIZE = 200
PAGES_KEPT = 30
ID_ROLE = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex


def search_terms(spec: lists.ListSpec, text: str) -> tuple[lists.SearchTerm, ...]:
    """Splits `text` into words and resolves each against the enum labels as shown."""
    terms = []
    for word in text.split():
        needle = word.casefold()
        matches: dict[str, list[str]] = {}
        for column in spec.columns:
            if column.enum is None:
                continue
            values = [
                m.value
                for m in column.enum
                if needle in QCoreApplication.translate("Enum", m.label).casefold()
                or needle in m.label.casefold()
            ]
            if values:
                matches[column.key] = values
        terms.append(lists.SearchTerm(word, matches))
    return tuple(terms)


class PagedTableModel(QAbstractTableModel):
    """Rows of one `ListSpec`, filtered and sorted by SQL."""

    loaded = Signal(int)  # total matching rows, after each (re)load
    failed = Signal(str)

    def __init__(self, store: Store, spec: lists.ListSpec, parent: Any = None) -> None:
        super().__init__(parent)
        self._store = store
        self._spec = spec
        self._request = lists.ListRequest()
        self._count = 0
        self._pages: dict[int, list[tuple[Any, ...]]] = {}
        self._pending: set[int] = set()
        self._generation = 0
        self._text = ""
        self._started = False  # lists load when first shown, not all at start-up

    # --- what the view asks ------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._spec.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("Lists", self._spec.columns[section].header)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._row(index.row())
        if row is None:
            return None
        column = self._spec.columns[index.column()]
        value = row[index.column() + 1]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column.enum is not None and value is not None:
                value = column.enum(value)
            text = format_value(value)
            if role == Qt.ItemDataRole.DisplayRole:
                return text.splitlines()[0] if text else text
            return text if len(text) > 40 else None
        if role == ID_ROLE:
            return row[0]
        if role == Qt.ItemDataRole.TextAlignmentRole and column.kind is lists.Kind.NUMBER:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self._spec.columns[column].key
        descending = order == Qt.SortOrder.DescendingOrder
        self._request = lists.ListRequest(self._request.terms, key, descending, self._request.scope)
        self.reload()

    # --- what the page asks ------------------------------------------------------------

    @property
    def spec(self) -> lists.ListSpec:
        return self._spec

    def id_at(self, row: int) -> str | None:
        data = self._row(row, fetch=False)
        return None if data is None else str(data[0])

    def row_of(self, record_id: str) -> int | None:
        for page, rows in self._pages.items():
            for offset, row in enumerate(rows):
                if row[0] == record_id:
                    return page * PAGE_SIZE + offset
        return None

    def set_search(self, text: str) -> None:
        self._text = text
        self._request = lists.ListRequest(
            search_terms(self._spec, text),
            self._request.sort_key,
            self._request.descending,
            self._request.scope,
        )
        self.reload()

    def set_scope(self, **scope: str) -> None:
        self._request = lists.ListRequest(
            self._request.terms,
            self._request.sort_key,
            self._request.descending,
            tuple(sorted(scope.items())),
        )
        self.reload()

    def start(self) -> None:
        """Loads for the first time (once the list is about to be seen)."""
        if not self._started:
            self._started = True
            self.reload()

    def reload(self) -> None:
        """Recounts and refetches the first page in the background."""
        if not self._started:
            return
        self._generation += 1
        generation = self._generation
        request = self._request
        store, spec = self._store, self._spec

        def work() -> tuple[int, list[tuple[Any, ...]]]:
            count = lists.count_rows(store, spec, request)
            return count, lists.fetch_rows(store, spec, request, 0, PAGE_SIZE)

        def done(result: tuple[int, list[tuple[Any, ...]]]) -> None:
            if generation != self._generation:
                return  # a newer search or sort superseded this one
            self.beginResetModel()
            self._count, first = result
            self._pages = {0: first}
            self._pending = set()
            self.endResetModel()
            self.loaded.emit(self._count)

        run_in_background(work, done, self._report)

    # --- paging ------------------------------------------------------------------------

    def _row(self, row: int, fetch: bool = True) -> tuple[Any, ...] | None:
        page, offset = divmod(row, PAGE_SIZE)
        rows = self._pages.get(page)
        if rows is None:
            if fetch:
                self._fetch(page)
            return None
        return rows[offset] if offset < len(rows) else None

    def _fetch(self, page: int) -> None:
        if page in self._pending:
            return
        self._pending.add(page)
        generation = self._generation
        request = self._request
        store, spec = self._store, self._spec

        def work() -> list[tuple[Any, ...]]:
            return lists.fetch_rows(store, spec, request, page * PAGE_SIZE, PAGE_SIZE)

        def done(rows: list[tuple[Any, ...]]) -> None:
            if generation != self._generation:
                return
            self._pending.discard(page)
            while len(self._pages) >= PAGES_KEPT:  # forget the page farthest away
                self._pages.pop(max(self._pages, key=lambda p: abs(p - page)))
            self._pages[page] = rows
            first = page * PAGE_SIZE
            last = min(first + len(rows), self._count) - 1
            if last >= first:
                self.dataChanged.emit(
                    self.index(first, 0), self.index(last, self.columnCount() - 1)
                )

        run_in_background(work, done, self._report)

    def _report(self, exc: BaseException) -> None:
        self.failed.emit(str(exc))
