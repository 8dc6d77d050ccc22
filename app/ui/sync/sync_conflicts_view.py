"""The Sync page's conflict list: what lost, next to what was kept, and why; with
"Re-apply" and "Dismiss" for the selected conflict.

The rows are plain data from services/sync_status.py, read in a worker; re-applying
and dismissing are small writes, but a sync round may hold SQLite's write lock, so
they run in workers too and the list re-reads afterwards.
"""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.records import ValidationError
from app.services.store import Store
from app.services.sync import sync_conflicts, sync_status
from app.ui.i18n import arg
from app.ui.labels import format_datetime, validation_message
from app.ui.sync.sync_texts import (
    field_label,
    kind_explanation,
    kind_short,
    record_label,
    value_text,
)
from app.ui.tasks import run_in_background

Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
ERROR_COLOUR = "#b3261e"  # the red of form errors (record_dialog.ERROR_STYLE)


class ConflictsTableModel(QAbstractTableModel):
    """One conflict per row: record, field, what happened, lost value, kept value."""

    RECORD, FIELD, WHAT, LOST, KEPT, WHEN = range(6)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[sync_status.ConflictRow] = []

    def set_rows(self, rows: list[sync_status.ConflictRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else 6

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Record"),
            self.tr("Field"),
            self.tr("What happened"),
            self.tr("Lost value"),
            self.tr("Kept value"),
            self.tr("When"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == ROW_ROLE:
            return row
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        column = index.column()
        if column == self.RECORD:
            return record_label(row)
        if column == self.FIELD:
            return field_label(row)
        if column == self.WHAT:
            return (
                kind_short(row.kind)
                if role == Qt.ItemDataRole.DisplayRole
                else (kind_explanation(row))
            )
        if column in (self.LOST, self.KEPT):
            text = value_text(row.lost_value if column == self.LOST else row.won_value)
            return text.splitlines()[0] if role == Qt.ItemDataRole.DisplayRole else text
        if row.resolved_at is not None:
            return format_datetime(row.resolved_at)
        return format_datetime(row.created_at)


class SyncConflictsView(QWidget):
    """The list, the selected conflict's two values side by side, and the actions."""

    resolved = Signal(bool)  # a conflict was closed; True when a record changed
    # How many conflicts are open, from the read that filled the list; emitted before the
    # list changes, so a count shown elsewhere (the page's tab) never lags it.
    open_counted = Signal(int)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._generation = 0
        self.model = ConflictsTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        for column, width in enumerate((230, 120, 190, 190, 190)):
            self.table.setColumnWidth(column, width)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())

        self.show_resolved = QCheckBox(self.tr("Show resolved conflicts"))
        self.show_resolved.toggled.connect(lambda _on: self.refresh())
        self.count = QLabel()
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.explanation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.lost_title = QLabel(self.tr("Lost value"))
        self.kept_title = QLabel(self.tr("Kept value (in the record now)"))
        self.lost = QPlainTextEdit(readOnly=True)
        self.kept = QPlainTextEdit(readOnly=True)
        for box in (self.lost, self.kept):
            box.setMaximumHeight(self.fontMetrics().height() * 5)
        self.reapply_button = QPushButton(self.tr("Re-apply my value"))
        self.reapply_button.clicked.connect(self.reapply_current)
        self.dismiss_button = QPushButton(self.tr("Dismiss"))
        self.dismiss_button.setToolTip(self.tr("Keep the record as it is now"))
        self.dismiss_button.clicked.connect(self.dismiss_current)
        self.refusal = QLabel()  # why the last re-apply was refused (e.g. a signed record)
        self.refusal.setWordWrap(True)
        self.refusal.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.refusal.hide()

        top = QHBoxLayout()
        top.addWidget(self.count, 1)
        top.addWidget(self.show_resolved)
        values = QGridLayout()
        values.addWidget(self.lost_title, 0, 0)
        values.addWidget(self.kept_title, 0, 1)
        values.addWidget(self.lost, 1, 0)
        values.addWidget(self.kept, 1, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.refusal, 3)
        buttons.addStretch(1)
        buttons.addWidget(self.reapply_button)
        buttons.addWidget(self.dismiss_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.explanation)
        layout.addLayout(values)
        layout.addLayout(buttons)
        self._show_current()

    # --- reading -------------------------------------------------------------------------

    def refresh(self) -> None:
        self._generation += 1
        generation, resolved = self._generation, self.show_resolved.isChecked()
        run_in_background(
            lambda: sync_status.conflict_list(self.store, resolved=resolved),
            lambda read: self._loaded(generation, read),
            lambda error: self.count.setText(str(error)) if shiboken6.isValid(self) else None,
        )

    def _loaded(self, generation: int, read: sync_status.ConflictList) -> None:
        if not shiboken6.isValid(self) or generation != self._generation:
            return
        rows = read.rows
        self.open_counted.emit(read.open_count)
        current = self.current()
        self.model.set_rows(rows)
        resolved = self.show_resolved.isChecked()
        self.count.setText(
            self.tr("%n resolved conflict(s)", "", len(rows))
            if resolved
            else self.tr("%n conflict(s) to review", "", len(rows))
        )
        ids = [r.id for r in rows]
        if rows:
            row = ids.index(current.id) if current is not None and current.id in ids else 0
            self.table.setCurrentIndex(self.model.index(row, 0))
        self._show_current()

    def current(self) -> sync_status.ConflictRow | None:
        index = self.table.currentIndex()
        return self.model.rows[index.row()] if index.isValid() else None

    def _show_current(self) -> None:
        self.refusal.hide()
        row = self.current()
        for widget in (self.lost_title, self.kept_title, self.lost, self.kept):
            widget.setVisible(row is not None)  # no empty boxes when there is nothing
        open_ = row is not None and row.resolved_at is None
        self.reapply_button.setEnabled(open_)
        self.dismiss_button.setEnabled(open_)
        if row is None:
            self.explanation.setText(
                self.tr("No conflicts: nothing written on this laptop was lost.")
                if not self.show_resolved.isChecked()
                else ""
            )
            self.lost.clear()
            self.kept.clear()
            return
        text = kind_explanation(row)
        if row.resolved_at is not None:
            text += "\n" + arg(
                self.tr("Re-applied on %1.")
                if row.resolution == sync_conflicts.REAPPLIED
                else self.tr("Dismissed on %1."),
                format_datetime(row.resolved_at),
            )
        self.explanation.setText(f"{record_label(row)} · {field_label(row)}\n{text}")
        self.lost_title.setText(
            self.tr("Lost value (written on this laptop)")
            if row.lost_here
            else self.tr("Lost value (written on another laptop)")
        )
        self.reapply_button.setText(
            self.tr("Re-apply my value") if row.lost_here else self.tr("Re-apply the lost value")
        )
        self.lost.setPlainText(value_text(row.lost_value))
        self.kept.setPlainText(value_text(row.won_value))

    # --- acting --------------------------------------------------------------------------

    def reapply_current(self) -> None:
        row = self.current()
        if row is not None:
            self._act(lambda: sync_conflicts.reapply(self.store, row.id), changed=True)

    def dismiss_current(self) -> None:
        row = self.current()
        if row is not None:
            self._act(lambda: sync_conflicts.dismiss(self.store, row.id), changed=False)

    def _act(self, work: Any, changed: bool) -> None:
        self.reapply_button.setEnabled(False)
        self.dismiss_button.setEnabled(False)

        def done(result: object) -> None:
            if not shiboken6.isValid(self):
                return
            record_changed = changed and bool(getattr(result, "changed", False))
            self.refresh()
            self.resolved.emit(record_changed)

        def failed(error: BaseException) -> None:
            if not shiboken6.isValid(self):
                return
            self._show_current()
            if not isinstance(error, ValidationError):
                raise error
            message = validation_message(error.errors[0].message, "SyncConflicts")
            self.refusal.setText("⚠ " + message)
            self.refusal.show()

        run_in_background(work, done, failed)
