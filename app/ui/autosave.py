"""Saving forms as the user types: every input is watched, and half a second after the
last change its values are written (as a draft, or straight into the record).

`form_values()`/`apply_values()` read and write the common input widgets generically,
so a form only lists its inputs.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDoubleSpinBox,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from app.domain.records import ValidationError
from app.services.store import Store
from app.services.work_orders.drafts import discard_draft, load_draft, save_draft

AUTOSAVE_DELAY_MS = 500  # well within the promised second
_INPUTS = (QLineEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox, QCheckBox, QListWidget)


def _leaf_inputs(widget: QWidget) -> list[QWidget]:
    if isinstance(widget, _INPUTS):
        return [widget]
    found = [w for w in widget.findChildren(QWidget) if isinstance(w, _INPUTS)]
    # An editable combo's own line edit is part of the combo, not an input of its own.
    return [w for w in found if not isinstance(w.parent(), QComboBox)]


def widget_value(widget: QWidget) -> Any:
    if isinstance(widget, QComboBox):
        data = widget.currentData()
        return data if isinstance(data, str) else widget.currentText()
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QCheckBox):
        return widget.isChecked()
    if isinstance(widget, QDateTimeEdit):
        if widget.specialValueText() and widget.dateTime() == widget.minimumDateTime():
            return None  # an optional date left empty
        if "H" not in widget.displayFormat():
            return widget.date().toString(Qt.DateFormat.ISODate)
        return widget.dateTime().toString(Qt.DateFormat.ISODate)
    if isinstance(widget, QDoubleSpinBox | QSpinBox):
        return widget.value()
    if isinstance(widget, QListWidget):
        return [
            widget.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(widget.count())
            if widget.item(i).checkState() == Qt.CheckState.Checked
        ]
    return None


def set_widget_value(widget: QWidget, value: Any) -> None:
    if value is None:
        if isinstance(widget, QDateTimeEdit) and widget.specialValueText():
            widget.setDateTime(widget.minimumDateTime())
        return
    if isinstance(widget, QComboBox):
        index = widget.findData(value)
        if index < 0:
            index = widget.findText(str(value))
        if index >= 0:
            widget.setCurrentIndex(index)
        elif widget.isEditable():
            widget.setEditText(str(value))
    elif isinstance(widget, QLineEdit):
        widget.setText(str(value))
    elif isinstance(widget, QPlainTextEdit):
        widget.setPlainText(str(value))
    elif isinstance(widget, QCheckBox):
        widget.setChecked(bool(value))
    elif isinstance(widget, QDateTimeEdit) and "T" in str(value):
        widget.setDateTime(QDateTime.fromString(str(value), Qt.DateFormat.ISODate))
    elif isinstance(widget, QDateTimeEdit):
        widget.setDate(QDate.fromString(str(value), Qt.DateFormat.ISODate))
    elif isinstance(widget, QDoubleSpinBox | QSpinBox):
        widget.setValue(value)
    elif isinstance(widget, QListWidget):
        for i in range(widget.count()):
            item = widget.item(i)
            checked = item.data(Qt.ItemDataRole.UserRole) in value
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)


def form_values(inputs: Mapping[str, QWidget]) -> dict[str, Any]:
    """{field: value}, a list of values for a field made of several inputs."""
    values: dict[str, Any] = {}
    for name, widget in inputs.items():
        leaves = _leaf_inputs(widget)
        if len(leaves) == 1:
            values[name] = widget_value(leaves[0])
        elif leaves:
            values[name] = [widget_value(w) for w in leaves]
    return values


def apply_values(inputs: Mapping[str, QWidget], values: Mapping[str, Any]) -> None:
    for name, widget in inputs.items():
        if name not in values:
            continue
        leaves = _leaf_inputs(widget)
        if len(leaves) == 1:
            set_widget_value(leaves[0], values[name])
        elif isinstance(values[name], list):
            for leaf, value in zip(leaves, values[name], strict=False):
                set_widget_value(leaf, value)


def _connect(widget: QWidget, slot: Callable[[], None]) -> None:
    if isinstance(widget, QComboBox):
        widget.currentIndexChanged.connect(slot)
        widget.editTextChanged.connect(slot)
    elif isinstance(widget, QLineEdit | QPlainTextEdit):
        widget.textChanged.connect(slot)
    elif isinstance(widget, QCheckBox):
        widget.toggled.connect(slot)
    elif isinstance(widget, QDateTimeEdit):
        widget.dateTimeChanged.connect(slot)
    elif isinstance(widget, QDoubleSpinBox | QSpinBox):
        widget.valueChanged.connect(slot)
    elif isinstance(widget, QListWidget):
        widget.itemChanged.connect(slot)


class FormAutosave(QObject):
    """Watches a form's inputs; after each pause in typing it keeps what was typed.

    Without `commit`, the values become a draft (restored when the same form opens
    again after a crash). With `commit`, they are saved into the record itself; input
    the record refuses stays a draft and the refusal goes to `on_refused`.
    """

    def __init__(
        self,
        store: Store,
        key: str,
        inputs: Mapping[str, QWidget],
        parent: QObject,
        commit: Callable[[dict[str, Any]], None] | None = None,
        on_refused: Callable[[ValidationError], None] | None = None,
        on_saved: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.store, self.key, self.inputs = store, key, inputs
        self._commit, self._on_refused, self._on_saved = commit, on_refused, on_saved
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(AUTOSAVE_DELAY_MS)
        self.timer.timeout.connect(self.save_now)
        self.restored_from: datetime | None = None
        self._paused = False

    def start(self) -> bool:
        """Restores a draft left by a crash (True when one was found), then watches."""
        draft = load_draft(self.store, self.key)
        if draft is not None:
            self._paused = True
            apply_values(self.inputs, draft.data)
            self._paused = False
            self.restored_from = draft.saved_at
        for widget in self.inputs.values():
            for leaf in _leaf_inputs(widget):
                _connect(leaf, self._changed)
        return draft is not None

    def _changed(self, *_args: object) -> None:
        if not self._paused:
            self.timer.start()

    def pending(self) -> bool:
        return self.timer.isActive()

    def save_now(self) -> None:
        self.timer.stop()
        values = form_values(self.inputs)
        if self._commit is None:
            save_draft(self.store, self.key, values)
            return
        try:
            self._commit(values)
        except ValidationError as refused:
            save_draft(self.store, self.key, values)
            if self._on_refused:
                self._on_refused(refused)
            return
        discard_draft(self.store, self.key)
        if self._on_saved:
            self._on_saved()

    def discard(self) -> None:
        self.timer.stop()
        discard_draft(self.store, self.key)


def parse_iso_date(value: Any) -> date | None:
    return date.fromisoformat(value) if isinstance(value, str) and value else None


def parse_iso_datetime(value: Any) -> datetime | None:
    return datetime.fromisoformat(value) if isinstance(value, str) and value else None
