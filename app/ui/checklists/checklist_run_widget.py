"""One checklist run on screen, built for fast keyboard entry.

The table (run_table_model.py) lists the run's sections as header rows, one row per
item and, under a per-beam item, one row per beam of the unit. Typing on a row opens
the value editor; Enter or Tab judges the value and saves it at once through
the service, then moves to the next item's value (Shift+Tab: the previous one). Refused
input keeps the editor open and says why under the table; nothing is saved. Verdicts
read by symbol and word as well as by colour, so they survive colour blindness and
black-and-white printouts.

Saving runs on the GUI thread on purpose: it is one row in one short transaction, and
the editor has to know at once whether to close or stay open. A crash therefore loses
at most the value being typed.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import Verdict
from app.domain.records import FieldError, ValidationError
from app.services.checklists import beam_values
from app.services.checklists import checklist_runs as runs
from app.services.checklists.checklist_runs import SectionView
from app.services.instruments import register, run_instruments
from app.services.store import Store
from app.ui.checklists.baseline_dialog import BaselineDialog
from app.ui.checklists.beam_rows import BeamRow
from app.ui.checklists.run_table_model import (
    COL_COMMENT,
    COL_ITEM,
    COL_LIMITS,
    COL_VALUE,
    COL_VERDICT,
    COLUMNS,
    ERROR_STYLE,
    HEADER_ROLE,
    ITEM_ID_ROLE,
    MAX_LISTED_PROBLEMS,
    SYMBOLS,
    VERDICT_ROLE,
    ChecklistRunTableModel,
    checklist_message,
    chinese,
    refusal_text,
)
from app.ui.i18n import arg, labelled
from app.ui.instruments.section_instruments import (
    OVERDUE_STYLE,
    SectionInstrumentsDialog,
    overdue_warning,
)
from app.ui.labels import enum_label
from app.ui.widgets import combo_value

# Re-exported: callers and tests import the table's names from the view's module.
__all__ = [
    "COL_COMMENT",
    "COL_ITEM",
    "COL_LIMITS",
    "COL_VALUE",
    "COL_VERDICT",
    "HEADER_ROLE",
    "ITEM_ID_ROLE",
    "VERDICT_ROLE",
    "ChecklistRunTableModel",
    "ChecklistRunWidget",
    "EntryDelegate",
    "chinese",
]


class EntryDelegate(QStyledItemDelegate):
    """A line editor whose Enter/Tab saves first and moves on only if the save worked."""

    moved = Signal(QModelIndex, int)  # the index just saved, +1 (next) or -1 (previous)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._index = QPersistentModelIndex()

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        self._index = QPersistentModelIndex(index)
        editor = QLineEdit(parent)
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QLineEdit)
        editor.setText(str(index.data(Qt.ItemDataRole.EditRole) or ""))

    def setModelData(
        self,
        editor: QWidget,
        model: QAbstractItemModel,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        assert isinstance(editor, QLineEdit)
        model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:
        keys = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
        if (
            isinstance(editor, QLineEdit)
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in keys
            and self._index.isValid()
        ):
            model = self._index.model()
            index = model.index(self._index.row(), self._index.column())
            if not model.setData(index, editor.text(), Qt.ItemDataRole.EditRole):
                editor.selectAll()  # refused: stay here, the reason shows under the table
                return True
            self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            self.moved.emit(index, -1 if event.key() == Qt.Key.Key_Backtab else 1)
            return True
        return super().eventFilter(editor, event)


class ChecklistRunWidget(QWidget):
    """A run's table, a status line, the summary and the Complete button."""

    completed = Signal(str)  # run id

    def __init__(self, store: Store, run_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.model = ChecklistRunTableModel(store, run_id, self)
        self.title = QLabel()
        self.title.setWordWrap(True)
        title_font = self.title.font()
        title_font.setPointSizeF(title_font.pointSizeF() * 1.2)
        title_font.setBold(True)
        self.title.setFont(title_font)
        # A template not made for the unit was used: why, for whoever reviews the run.
        self.fit_note = QLabel()
        self.fit_note.setObjectName("fit_note")
        self.fit_note.setWordWrap(True)
        self.fit_note.setStyleSheet("color: #8a5300;")
        # A test instrument past its calibration due date: the results need review.
        self.instrument_warning = QLabel()
        self.instrument_warning.setObjectName("instrument_warning")
        self.instrument_warning.setWordWrap(True)
        self.instrument_warning.setStyleSheet(
            f"{OVERDUE_STYLE} background: #fbdddd; padding: 6px; border-radius: 3px;"
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.delegate = EntryDelegate(self.table)
        self.table.setItemDelegate(self.delegate)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # Item names wrap: two items often differ only at the end ("…asymmetric field,
        # each side" against "…symmetric field"), so eliding in the middle would make
        # them read alike. Rows grow to their text.
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        rows = self.table.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        rows.setMinimumSectionSize(self.fontMetrics().height() + 12)
        self.table.setTabKeyNavigation(False)  # Tab belongs to the editor: save and move on
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_ITEM, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_COMMENT, QHeaderView.ResizeMode.Stretch)
        for column, width in ((COL_LIMITS, 150), (COL_VALUE, 180), (COL_VERDICT, 130)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(column, width)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.summary_label = QLabel()
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet(ERROR_STYLE)
        self.problems.hide()
        self.complete_button = QPushButton(self.tr("Complete run"))
        self.instruments_button = QPushButton(self.tr("&Instruments…"))
        self.instruments_button.setToolTip(
            self.tr("Choose the test instruments used for the current row's section")
        )
        self.baseline_button = QPushButton(self.tr("Set &baseline…"))
        self.baseline_button.setObjectName("set_baseline")
        self.baseline_button.setToolTip(
            self.tr("Set the current beam's baseline (at acceptance or after recalibration)")
        )
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary_label, 1)
        bottom.addWidget(self.baseline_button)
        bottom.addWidget(self.instruments_button)
        bottom.addWidget(self.complete_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.fit_note)
        layout.addWidget(self.instrument_warning)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.problems)
        layout.addLayout(bottom)

        self.delegate.moved.connect(self._move)
        self.model.refused.connect(self._show_refusal)
        self.model.saved.connect(self._show_saved)
        self.model.modelReset.connect(self._refresh)
        self.table.clicked.connect(self._to_value_column)
        self.table.installEventFilter(self)
        self.complete_button.clicked.connect(self.complete)
        self.instruments_button.clicked.connect(self.choose_instruments)
        self.baseline_button.clicked.connect(self.set_baseline)
        self.table.selectionModel().currentChanged.connect(self._current_changed)
        self.table.doubleClicked.connect(self._header_double_clicked)
        self._refresh()
        self.table.setCurrentIndex(self.model.index(self._first_open_row(), COL_VALUE))
        self._current_changed(self.table.currentIndex())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.table.scrollTo(self.table.currentIndex())  # now that the table has its size

    def _refresh(self) -> None:
        run = self.model.run
        title = run.title_zh if self.model.zh else run.title_en
        machine_class = run.class_label_zh if self.model.zh else run.class_label_en
        if machine_class:
            title = arg(self.tr("%1 — %2"), title, machine_class)
        if not run.editable:
            title = arg(self.tr("%1 (read-only)"), title)
        self.title.setText(title)
        notes = []
        if run.fit_exception:
            notes.append(
                self.tr("Template not made for this unit, used because: %1").replace(
                    "%1", run.fit_exception
                )
            )
        if run.class_override_reason:
            notes.append(
                self.tr("Not the unit's treatment class, used because: %1").replace(
                    "%1", run.class_override_reason
                )
            )
        self.fit_note.setText("\n".join(notes))
        self.fit_note.setVisible(bool(notes))
        for row, entry in enumerate(self.model.rows):
            if isinstance(entry, SectionView):
                self.table.setSpan(row, 0, 1, COLUMNS)
        self.complete_button.setEnabled(run.editable)
        self.instruments_button.setEnabled(run.editable)
        titles = {s.id: self.model.section_title(s) for s in run.sections}
        used = self.model.instruments
        warning = overdue_warning(used.used, titles, used.run_date)
        self.instrument_warning.setText(warning)
        self.instrument_warning.setVisible(bool(warning))
        self._update_summary()

    def _update_summary(self) -> None:
        counts = self.model.summary()
        self.summary_label.setText(
            arg(
                self.tr(
                    "✔ Passed: %1   ⚠ Warnings: %2   ✘ Failures: %3   — Pending: %4   ○ N/A: %5"
                ),
                str(counts.passed),
                str(counts.warnings),
                str(counts.failures),
                str(counts.pending),
                str(counts.not_applicable),
            )
        )

    def _first_open_row(self) -> int:
        first = -1
        for row, entry in enumerate(self.model.rows):
            if self.model.enterable(row) and not isinstance(entry, SectionView):
                verdict = entry.beam.verdict if isinstance(entry, BeamRow) else entry.verdict
                if verdict is Verdict.PENDING:
                    return row
                first = row if first < 0 else first
        return first

    def _go_to(self, row: int, edit: bool = False, column: int = COL_VALUE) -> None:
        if row < 0:
            return
        index = self.model.index(row, column)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        if edit and self.model.run.editable:
            self.table.edit(index)

    def _move(self, index: QModelIndex, step: int) -> None:
        # A person-judged item: its value, then the physicist's verdict on the same row.
        judged = self.model.judged_row(index.row())
        if judged and step > 0 and index.column() == COL_VALUE and self.model.measured(index.row()):
            self._go_to(index.row(), edit=True, column=COL_VERDICT)
            return
        if judged and step < 0 and index.column() == COL_VERDICT:
            self._go_to(index.row(), edit=True)
            return
        row = index.row() + step
        while 0 <= row < self.model.rowCount() and not self.model.enterable(row):
            row += step
        if 0 <= row < self.model.rowCount():
            self._go_to(row, edit=True)
        else:
            self._go_to(index.row())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Typing on a row's label, limits or verdict types into its value instead."""
        if watched is self.table and isinstance(event, QKeyEvent):
            current = self.table.currentIndex()
            typing = event.type() == QEvent.Type.KeyPress and event.text().isprintable()
            if typing and event.text() and current.column() in (COL_ITEM, COL_LIMITS, COL_VERDICT):
                self._to_value_column(current)
        return super().eventFilter(watched, event)

    def _to_value_column(self, index: QModelIndex) -> None:
        """Typing or clicking on a label, limits or verdict goes to the value; the
        verdict of a person-judged item is its own entry."""
        columns = [COL_ITEM, COL_LIMITS]
        if not self.model.judged_row(index.row()):
            columns.append(COL_VERDICT)
        if index.column() in columns:
            self.table.setCurrentIndex(self.model.index(index.row(), COL_VALUE))

    def _show_refusal(self, item_id: str, reason: str) -> None:
        label = self.model.label(self.model.rows[self.model.row_of(item_id)])
        self.status.setStyleSheet(ERROR_STYLE)
        self.status.setText(arg(self.tr("Not saved — %1: %2"), label, reason))

    def _show_saved(self, result: runs.ValueResult) -> None:
        row = self.model.row_of(result.item_id)
        item = self.model.item_at(row)
        assert item is not None
        self.status.setStyleSheet("")
        verdict = f"{SYMBOLS[item.verdict]} {enum_label(item.verdict)}"
        measured = item.number is not None or any(
            b.number is not None and b.verdict is Verdict.PENDING for b in item.beams
        )
        if item.judged_by_person and item.verdict is Verdict.PENDING and measured:
            text = self.tr(
                "Saved: %1 — %2. No limit in the standard: give your verdict against the "
                "baseline (p / w / f)."
            )
        elif item.needs_comment:
            text = self.tr("Saved: %1 — %2. Out of tolerance: add a comment before completing.")
        else:
            text = self.tr("Saved: %1 — %2")
        self.status.setText(arg(text, self.model.label(item), verdict))
        self._update_summary()

    def _header_double_clicked(self, index: QModelIndex) -> None:
        if self.model.item_at(index.row()) is None:
            self.choose_instruments(index.row())

    def choose_instruments(self, row: int | None = None) -> None:
        """Opens the picker for the section of `row` (default: the current row)."""
        if not self.model.run.editable:
            return
        current = self.table.currentIndex().row() if row is None or row is False else row
        section = self.model.section_of(current)
        if section is None:
            return
        chosen = {u.instrument.id for u in self.model.instruments.of_section(section.id)}
        offered = register.list_instruments(self.store)
        offered_ids = {i.id for i in offered}
        kept = [u.instrument for u in self.model.instruments.of_section(section.id)]
        offered += [i for i in kept if i.id not in offered_ids]  # retired since chosen
        dialog = SectionInstrumentsDialog(
            self.model.section_title(section),
            offered,
            chosen,
            self.model.instruments.run_date,
            self,
        )
        if not dialog.exec():
            return
        try:
            run_instruments.set_section_instruments(
                self.store, self.model.run_id, section.id, dialog.chosen()
            )
        except ValidationError as error:
            self._show_problems(error.errors)
            return
        self.model.reload()

    def _current_changed(self, index: QModelIndex) -> None:
        row = self.model.beam_at(index.row())
        baseline_row = row is not None and row.item.from_baseline is not None
        baseline_row = baseline_row or self.model.judged_row(index.row())
        self.baseline_button.setEnabled(self.model.run.editable and baseline_row)

    def set_baseline(self) -> None:
        """Sets the current beam's — or a person-judged item's unit — baseline from a
        value the engineer confirms."""
        current = self.table.currentIndex().row()
        row = self.model.beam_at(current)
        item = self.model.item_at(current)
        if not self.model.run.editable:
            return
        if row is not None and row.item.from_baseline is not None:
            dialog = BaselineDialog.for_beam(row, self.model.label(row.item), self)
            item_id, beam_id, label = row.item.id, row.beam.beam_id, self.model.label(row)
        elif item is not None and item.judged_by_person:
            dialog = BaselineDialog.for_item(item, self.model.label(item), self)
            item_id, beam_id, label = item.id, None, self.model.label(item)
        else:
            return
        if not dialog.exec():
            return
        try:
            beam_values.set_baseline(
                self.store,
                self.model.run_id,
                item_id,
                beam_id,
                dialog.value.text(),
                combo_value(dialog.occasion),
            )
        except ValidationError as error:
            self._show_refusal(item_id, refusal_text(error))
            return
        self.model.reload()
        at = self.model.row_of_beam(item_id, beam_id) if beam_id else self.model.row_of(item_id)
        self.table.setCurrentIndex(self.model.index(at, COL_VALUE))
        self.status.setStyleSheet("")
        self.status.setText(arg(self.tr("Baseline set: %1"), label))

    def complete(self) -> None:
        try:
            runs.complete_run(self.store, self.model.run_id)
        except ValidationError as error:
            self._show_problems(error.errors)
            return
        self.problems.hide()
        self.model.reload()
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Run completed; it is now read-only."))
        self.completed.emit(self.model.run_id)

    def _show_problems(self, errors: list[FieldError]) -> None:
        lines = [self.tr("The run cannot be completed yet:")]
        item_errors = [e for e in errors if e.field]
        for error in errors[:MAX_LISTED_PROBLEMS]:
            message = checklist_message(error.message)
            if error.field:
                item = self.model.item_at(self.model.row_of(error.field))
                message = labelled(self.model.label(item) if item else error.field, message)
            lines.append(f"• {message}")
        if len(errors) > MAX_LISTED_PROBLEMS:
            more = len(errors) - MAX_LISTED_PROBLEMS
            lines.append(arg(self.tr("… and %1 more"), str(more)))
        self.problems.setText("\n".join(lines))
        self.problems.show()
        if item_errors:
            self._go_to(self.model.row_of(item_errors[0].field))
