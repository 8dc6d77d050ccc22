"""A site's own action levels: where a standard leaves the level for immediate action
to the site (TG-142 monthly output, HDR source strength), the site's physicist or the
service manager sets it here, with a reason. Runs started at the site are judged with it.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.records import FieldError, ValidationError
from app.services.checklists import site_levels
from app.services.checklists.site_levels import SettableItem
from app.services.store import Store
from app.ui.checklists.checklist_run_widget import chinese
from app.ui.i18n import arg
from app.ui.labels import format_datetime, validation_message
from app.ui.record_dialog import ERROR_STYLE
from app.ui.tasks import run_in_background

TEMPLATE, ITEM, TOLERANCE, STANDARD, SITE, SET_BY, SET_AT, REASON = range(8)


class SiteLevelsDialog(QDialog):
    def __init__(
        self, store: Store, site_id: str, site_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store, self.site_id = store, site_id
        self.items: list[SettableItem] = []
        self.setWindowTitle(arg(self.tr("Local action levels — %1"), site_name))
        intro = QLabel(
            self.tr(
                "Where a standard leaves the action level to the site, the site may set its "
                "own. Checklists started at this site are judged with it; runs already "
                "started keep the level they began with."
            )
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 8)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Checklist"),
                self.tr("Item"),
                self.tr("Tolerance"),
                self.tr("Template level"),
                self.tr("Site level"),
                self.tr("Set by"),
                self.tr("Set on"),
                self.tr("Reason"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ITEM, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(REASON, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selected)

        self.level = QLineEdit()
        self.level.setPlaceholderText(self.tr("e.g. 4 (in the item's unit)"))
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("e.g. decided by the department's physicist"))
        self.level_error, self.reason_error, self.general_error = (
            _error_label(),
            _error_label(),
            _error_label(),
        )
        form = QFormLayout()
        form.addRow(self.tr("Site level"), _with_error(self.level, self.level_error))
        form.addRow(self.tr("Reason"), _with_error(self.reason, self.reason_error))
        self.set_button = QPushButton(self.tr("&Set level"))
        self.clear_button = QPushButton(self.tr("&Use the template's level"))
        self.set_button.clicked.connect(self._set)
        self.clear_button.clicked.connect(self._clear)
        actions = QHBoxLayout()
        actions.addWidget(self.set_button)
        actions.addWidget(self.clear_button)
        actions.addStretch(1)
        self.read_only_note = QLabel(
            self.tr("Only a service manager or quality control may set a site's action levels.")
        )
        self.read_only_note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)

        body = QVBoxLayout(self)
        body.addWidget(intro)
        body.addWidget(self.table, 1)
        body.addLayout(form)
        body.addWidget(self.general_error)
        body.addLayout(actions)
        body.addWidget(self.read_only_note)
        body.addWidget(buttons)
        self.editable = site_levels.may_set(store)
        for widget in (self.level, self.reason, self.set_button, self.clear_button):
            widget.setEnabled(False)
        self.read_only_note.setVisible(not self.editable)
        self.resize(1100, 520)
        self.reload()

    def reload(self) -> None:
        """Reads the levels off the GUI thread (the templates are parsed on first use)."""
        site_id = self.site_id
        run_in_background(lambda: site_levels.settable_items(self.store, site_id), self._show)

    def selected(self) -> SettableItem | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.items[rows[0].row()] if rows else None

    def _show(self, items: list[SettableItem]) -> None:
        chosen = self.selected()
        self.items = items
        zh = chinese()
        self.table.setRowCount(len(items))
        for row, item in enumerate(items):
            cells = (
                item.template_title_zh if zh else item.template_title_en,
                item.label_zh if zh else item.label_en,
                item.tolerance_text,
                item.standard_text,
                item.site_text or self.tr("(template's)"),
                item.set_by,
                format_datetime(item.set_at),
                item.reason,
            )
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
            if chosen and (item.template_id, item.item_id) == (chosen.template_id, chosen.item_id):
                self.table.selectRow(row)
        self.table.resizeRowsToContents()
        if self.selected() is None and items:
            self.table.selectRow(0)
        self._selected()  # the row may be the same one, now with the site's level

    def _selected(self) -> None:
        item = self.selected()
        enabled = self.editable and item is not None
        for widget in (self.level, self.reason, self.set_button):
            widget.setEnabled(enabled)
        self.clear_button.setEnabled(enabled and bool(item and item.site_text))
        self.level.setText(item.site_level if item else "")
        self.reason.setText(item.reason if item else "")
        self._show_errors([])

    def _set(self) -> None:
        item = self.selected()
        if item is None:
            return
        try:
            site_levels.set_level(
                self.store,
                self.site_id,
                item.template_id,
                item.item_id,
                self.level.text(),
                self.reason.text(),
            )
        except ValidationError as error:
            self._show_errors(error.errors)
            return
        self._show_errors([])
        self.reload()

    def _clear(self) -> None:
        item = self.selected()
        if item is None:
            return
        try:
            site_levels.clear_level(self.store, self.site_id, item.template_id, item.item_id)
        except ValidationError as error:
            self._show_errors(error.errors)
            return
        self.reload()

    def _show_errors(self, errors: list[FieldError]) -> None:
        labels = {"action": self.level_error, "reason": self.reason_error}
        for label in (*labels.values(), self.general_error):
            label.hide()
        for error in errors:
            label = labels.get(error.field, self.general_error)
            label.setText(validation_message(error.message, "SiteLevels"))
            label.show()


def _error_label() -> QLabel:
    label = QLabel()
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


def _with_error(widget: QWidget, error: QLabel) -> QWidget:
    holder = QWidget()
    column = QVBoxLayout(holder)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    column.addWidget(widget)
    column.addWidget(error)
    return holder
