"""Filling a read-only table from rows of text, the row's record id kept in column 0."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

URGENT = QColor("#fce4e4")
LATE = QColor("#b00020")


def make_table(headers: Sequence[str], stretch: int | None = None) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setTabKeyNavigation(False)  # Tab leaves the table: the keyboard reaches the buttons
    table.verticalHeader().hide()
    if stretch is not None:
        table.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


def fill(
    table: QTableWidget,
    rows: Sequence[tuple[str, Sequence[str]]],
    numeric: Sequence[int] = (),
    highlighted: Sequence[bool] = (),
) -> None:
    """(id, texts) per row; `highlighted` rows are tinted (urgent)."""
    table.setRowCount(len(rows))
    for i, (row_id, texts) in enumerate(rows):
        for column, text in enumerate(texts):
            item = QTableWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, row_id)
            if len(text) > 24:  # a long reason or name elided in its column reads in full
                item.setToolTip(text)
            if column in numeric:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if i < len(highlighted) and highlighted[i]:
                item.setBackground(QBrush(URGENT))
            table.setItem(i, column, item)
    table.resizeColumnsToContents()


def current_id(table: QTableWidget) -> str | None:
    item = table.item(table.currentRow(), 0)
    return item.data(Qt.ItemDataRole.UserRole) if item is not None else None


def money(value: float) -> str:
    return f"{value:,.2f}"


def qty(value: float) -> str:
    return f"{value:g}"
