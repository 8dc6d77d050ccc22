"""Small input widgets the forms share."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QCompleter, QDateEdit, QToolBar, QWidget

from app.domain.enums import LabelledEnum
from app.ui.labels import enum_label

_NO_DATE = QDate(1990, 1, 1)


def choice_combo(
    items: Iterable[tuple[Any, str]], current: Any = None, searchable: bool = False
) -> QComboBox:
    """A combo of (value, label) items; `searchable` lets the user type any part of a label."""
    combo = QComboBox()
    for value, label in items:
        combo.addItem(label, value)
    if searchable:
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = QCompleter(combo.model(), combo)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        combo.setCompleter(completer)
    select_value(combo, current)
    return combo


def enum_combo(members: Sequence[LabelledEnum], current: LabelledEnum | None = None) -> QComboBox:
    return choice_combo(((m, enum_label(m)) for m in members), current)


def select_value(combo: QComboBox, value: Any) -> None:
    index = combo.findData(value) if value is not None else -1
    combo.setCurrentIndex(index)
    if index < 0 and combo.isEditable():
        combo.setEditText("")


def combo_value(combo: QComboBox) -> Any:
    """The chosen value; None when an editable combo's text matches no item exactly."""
    index = combo.currentIndex()
    if index < 0:
        return None
    if combo.isEditable() and combo.currentText() != combo.itemText(index):
        return None
    return combo.itemData(index)


class OptionalDateEdit(QDateEdit):
    """A date field that may be empty ("—"); Delete empties it."""

    def __init__(self, value: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd")
        self.setMinimumDate(_NO_DATE)
        self.setSpecialValueText("—")
        self.set_value(value)

    def set_value(self, value: date | None) -> None:
        self.setDate(QDate(value.year, value.month, value.day) if value else _NO_DATE)

    def value(self) -> date | None:
        current = self.date()
        return None if current == _NO_DATE else current.toPython()  # type: ignore[return-value]

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and (
            event.modifiers() & Qt.KeyboardModifier.ControlModifier
            or self.lineEdit().selectedText() == self.lineEdit().text()
        ):
            self.set_value(None)
            return
        super().keyPressEvent(event)


def button_row(buttons: Iterable[QWidget]) -> QToolBar:
    """A page's row of buttons that folds what does not fit into its » menu, so many
    buttons never make the window wider than a small laptop's screen."""
    row = QToolBar()
    row.setMovable(False)
    row.setFloatable(False)
    for button in buttons:
        row.addWidget(button)
    return row
