"""Table cells of the Staff page: text, a colour for the verdict and the row's id."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QTableWidgetItem

RED, AMBER, GREEN = "#9b1218", "#8a5a00", "#1e6b32"
EXPIRED_BACKGROUND, SOON_BACKGROUND = "#fde7e9", "#fff4ce"
COURSE_ROLE = Qt.ItemDataRole.UserRole + 1  # a plan row's course id
ENGINEER_ROLE = Qt.ItemDataRole.UserRole + 2  # a qualification row's engineer (user id)


def item(text: str, colour: str = "", data: str = "", background: str = "") -> QTableWidgetItem:
    cell = QTableWidgetItem(text)
    if colour:
        cell.setForeground(QColor(colour))
    if background:
        cell.setBackground(QColor(background))
    if data:
        cell.setData(Qt.ItemDataRole.UserRole, data)
    return cell
