"""A unit model's acceptance specification, entered by the service manager from the
contract's acceptance test procedure (ATP): per item the value and the document it
comes from. Acceptance runs of units of the model are judged with it; a run already
started keeps the values it began with.
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
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.acceptance_specs import EXAMPLE_TEMPLATES
from app.domain.records import FieldError, ValidationError
from app.services.checklists import acceptance_specs
from app.services.checklists.acceptance_specs import SpecItem
from app.services.store import Store
from app.ui.checklists.checklist_run_widget import chinese
from app.ui.checklists.site_levels_dialog import _error_label, _with_error
from app.ui.i18n import arg
from app.ui.labels import format_datetime, validation_message
from app.ui.tasks import run_in_background

TEMPLATE, ITEM, GENERAL, SPEC, DOCUMENT, ENTERED_BY, ENTERED_AT = range(7)


class AcceptanceSpecsDialog(QDialog):
    def __init__(
        self, store: Store, model_id: str, model_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store, self.model_id = store, model_id
        self.items: list[SpecItem] = []
        self.setWindowTitle(arg(self.tr("Acceptance specification — %1"), model_name))
        intro = QLabel(
            self.tr(
                "Acceptance tests judge a unit by its model's specification, not by TG-142 "
                "constancy limits. Enter each value from the contract's acceptance test "
                "procedure (ATP) with the document it comes from; an acceptance run cannot "
                "start while a value is missing. The general value is the standard's "
                "(IEC 60976 / GB 15213), shown for comparison."
            )
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 7)
        self.table.setObjectName("acceptance_specs")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Checklist"),
                self.tr("Item"),
                self.tr("General value"),
                self.tr("Model specification"),
                self.tr("ATP document"),
                self.tr("Entered by"),
                self.tr("Entered on"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        # rows follow their wrapped text as the columns settle (not sized once, too tall)
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ITEM, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(DOCUMENT, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selected)

        self.value = QLineEdit()
        self.value.setObjectName("spec_value")
        self.value.setPlaceholderText(self.tr("e.g. 1 (in the item's unit) or 1%"))
        self.document = QLineEdit()
        self.document.setObjectName("spec_document")
        self.document.setPlaceholderText(self.tr("e.g. ATP-TB-001 Rev C §4.2"))
        self.value_error, self.document_error, self.general_error = (
            _error_label(),
            _error_label(),
            _error_label(),
        )
        form = QFormLayout()
        form.addRow(self.tr("Specification"), _with_error(self.value, self.value_error))
        form.addRow(self.tr("ATP document"), _with_error(self.document, self.document_error))
        self.set_button = QPushButton(self.tr("&Enter value"))
        self.clear_button = QPushButton(self.tr("&Take the value back"))
        self.example_button = QPushButton(self.tr("Take over the shipped &example…"))
        self.example_button.setToolTip(
            self.tr("Fills the items without a value with the shipped template's values.")
        )
        self.set_button.clicked.connect(self._set)
        self.clear_button.clicked.connect(self._clear)
        self.example_button.clicked.connect(self._take_example)
        actions = QHBoxLayout()
        actions.addWidget(self.set_button)
        actions.addWidget(self.clear_button)
        actions.addStretch(1)
        actions.addWidget(self.example_button)
        self.missing = QLabel()
        self.missing.setObjectName("spec_missing")
        self.missing.setWordWrap(True)
        self.read_only_note = QLabel(
            self.tr("Only a service manager may enter a model's acceptance specification.")
        )
        self.read_only_note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)

        body = QVBoxLayout(self)
        body.addWidget(intro)
        body.addWidget(self.table, 1)
        body.addWidget(self.missing)
        body.addLayout(form)
        body.addWidget(self.general_error)
        body.addLayout(actions)
        body.addWidget(self.read_only_note)
        body.addWidget(buttons)
        self.editable = acceptance_specs.may_enter(store)
        for widget in (self.value, self.document, self.set_button, self.clear_button):
            widget.setEnabled(False)
        self.example_button.setEnabled(False)
        self.read_only_note.setVisible(not self.editable)
        self.resize(1200, 620)
        self.reload()

    def reload(self) -> None:
        """Reads the values off the GUI thread (the templates are parsed on first use)."""
        model_id = self.model_id
        run_in_background(lambda: acceptance_specs.spec_items(self.store, model_id), self._show)

    def selected(self) -> SpecItem | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.items[rows[0].row()] if rows else None

    def _show(self, items: list[SpecItem]) -> None:
        chosen = self.selected()
        self.items = items
        zh = chinese()
        self.table.setRowCount(len(items))
        for row, item in enumerate(items):
            cells = (
                item.template_title_zh if zh else item.template_title_en,
                item.label_zh if zh else item.label_en,
                item.general_text,
                item.spec_text or self.tr("(not entered)"),
                item.document,
                item.entered_by,
                format_datetime(item.entered_at),
            )
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
            if chosen and (item.template_id, item.item_id) == (chosen.template_id, chosen.item_id):
                self.table.selectRow(row)
        if self.selected() is None and items:
            self.table.selectRow(0)
        missing = sum(1 for item in items if not item.spec_value)
        if not items:
            none = self.tr("No acceptance checklist of this model takes an ATP value.")
            self.missing.setText(none)
        elif missing:
            self.missing.setText(
                arg(
                    self.tr("%1 of %2 values still to enter: acceptance runs cannot start yet."),
                    str(missing),
                    str(len(items)),
                )
            )
        else:
            self.missing.setText(self.tr("Every value entered: acceptance runs can start."))
        example = any(i.template_id in EXAMPLE_TEMPLATES for i in items)
        self.example_button.setVisible(example)
        self.example_button.setEnabled(self.editable and example and missing > 0)
        self._selected()

    def _selected(self) -> None:
        item = self.selected()
        enabled = self.editable and item is not None
        for widget in (self.value, self.document, self.set_button):
            widget.setEnabled(enabled)
        self.clear_button.setEnabled(enabled and bool(item and item.spec_value))
        self.value.setText(item.spec_value if item else "")
        self.document.setText(item.document if item else "")
        self._show_errors([])

    def _set(self) -> None:
        item = self.selected()
        if item is None:
            return
        try:
            acceptance_specs.set_spec(
                self.store,
                self.model_id,
                item.template_id,
                item.item_id,
                self.value.text(),
                self.document.text(),
            )
        except ValidationError as error:
            self._show_errors(error.errors)
            return
        self.reload()

    def _clear(self) -> None:
        item = self.selected()
        if item is None:
            return
        try:
            acceptance_specs.clear_spec(self.store, self.model_id, item.template_id, item.item_id)
        except ValidationError as error:
            self._show_errors(error.errors)
            return
        self.reload()

    def _take_example(self) -> None:
        """Asks first: the example values are the template's, to be checked against
        the contract's ATP before an acceptance relies on them."""
        templates = sorted({i.template_id for i in self.items} & EXAMPLE_TEMPLATES)
        missing = sum(1 for i in self.items if i.template_id in templates and not i.spec_value)
        answer = QMessageBox.question(
            self,
            self.tr("Take over the shipped example"),
            arg(
                self.tr(
                    "Enter the shipped example's values for the %1 item(s) without a value? "
                    "Check each against the contract's ATP before the acceptance."
                ),
                str(missing),
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            for template_id in templates:
                acceptance_specs.take_example(self.store, self.model_id, template_id)
        except ValidationError as error:
            self._show_errors(error.errors)
            return
        self.reload()

    def _show_errors(self, errors: list[FieldError]) -> None:
        labels = {"tolerance": self.value_error, "document": self.document_error}
        for label in (*labels.values(), self.general_error):
            label.hide()
        for error in errors:
            label = labels.get(error.field, self.general_error)
            label.setText(validation_message(error.message, "AcceptanceSpecs"))
            label.show()
