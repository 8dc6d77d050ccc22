"""One checklist run on screen, built for fast keyboard entry.

The table lists the run's sections as header rows and one row per item. Typing on a
row opens the value editor; Enter or Tab judges the value and saves it at once through
the service, then moves to the next item's value (Shift+Tab: the previous one). Refused
input keeps the editor open and says why under the table; nothing is saved. Verdicts
read by symbol and word as well as by colour, so they survive colour blindness and
black-and-white printouts.

Saving runs on the GUI thread on purpose: it is one row in one short transaction, and
the editor has to know at once whether to close or stay open. A crash therefore loses
at most the value being typed.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent, QShowEvent
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
from app.domain.tolerance import ItemKind, with_unit
from app.services.checklists import beam_values
from app.services.checklists import checklist_runs as runs
from app.services.checklists.checklist_runs import ItemView, RunView, SectionView, ValueRefused
from app.services.instruments import register, run_instruments
from app.services.store import Store
from app.ui.checklists import beam_rows
from app.ui.checklists.baseline_dialog import BaselineDialog
from app.ui.checklists.beam_rows import BeamRow
from app.ui.i18n import arg, labelled
from app.ui.instruments.section_instruments import (
    OVERDUE_STYLE,
    SectionInstrumentsDialog,
    overdue_warning,
    short_text,
)
from app.ui.labels import enum_label
from app.ui.widgets import combo_value

COL_ITEM, COL_LIMITS, COL_VALUE, COL_VERDICT, COL_COMMENT = range(5)
COLUMNS = 5
VERDICT_ROLE = Qt.ItemDataRole.UserRole + 1
ITEM_ID_ROLE = Qt.ItemDataRole.UserRole + 2
HEADER_ROLE = Qt.ItemDataRole.UserRole + 3  # True on section header rows

# Shapes differ as well as colours. ✔ ⚠ ✘ rather than ✓ ▲ ✗: in the shipped CJK font
# (the fallback everywhere) ✓ looks like a root sign and ▲ is a tiny dot at table size.
SYMBOLS = {
    Verdict.PASS: "✔",
    Verdict.WARNING: "⚠",
    Verdict.FAIL: "✘",
    Verdict.PENDING: "—",
    Verdict.NOT_APPLICABLE: "○",
}
# (background, text); the symbol and word carry the meaning, colour only helps.
COLOURS = {
    Verdict.PASS: ("#e2f3e5", "#1b5e2a"),
    Verdict.WARNING: ("#fff0bf", "#6b4a00"),
    Verdict.FAIL: ("#fbdddd", "#9b1218"),
    Verdict.PENDING: ("", "#5f6368"),
    Verdict.NOT_APPLICABLE: ("", "#5f6368"),
}
SECTION_BACKGROUND = "#eceff3"
ERROR_STYLE = "color: #b3261e;"
MAX_LISTED_PROBLEMS = 8


def chinese() -> bool:
    return QLocale().name().startswith("zh")


def checklist_message(message: str, args: tuple[str, ...] = ()) -> str:
    return runs.fill(QCoreApplication.translate("Checklist", message), args)


def refusal_text(error: ValidationError) -> str:
    if isinstance(error, ValueRefused):
        return checklist_message(error.reason, error.reason_args)
    return " ".join(checklist_message(e.message) for e in error.errors)


class ChecklistRunTableModel(QAbstractTableModel):
    """The run's rows (section headers and items); edits go straight to the service."""

    refused = Signal(str, str)  # item id, translated reason
    saved = Signal(object)  # runs.ValueResult

    def __init__(self, store: Store, run_id: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.run_id = run_id
        self.zh = chinese()
        self.run: RunView = runs.load_run(store, run_id)
        if self.run.editable:  # what this engineer used last for each section
            run_instruments.fill_defaults(store, run_id, [s.id for s in self.run.sections])
        self.instruments = run_instruments.instruments_of_run(store, run_id)
        self.rows: list[SectionView | ItemView | BeamRow] = []
        self._layout()

    def reload(self) -> None:
        self.beginResetModel()
        self.run = runs.load_run(self.store, self.run_id)
        self.instruments = run_instruments.instruments_of_run(self.store, self.run_id)
        self._layout()
        self.endResetModel()

    def section_of(self, row: int) -> SectionView | None:
        """The section a table row belongs to (its header or one of its items)."""
        for entry in reversed(self.rows[: row + 1] if row >= 0 else []):
            if isinstance(entry, SectionView):
                return entry
        return None

    def section_title(self, section: SectionView) -> str:
        return section.title_zh if self.zh else section.title_en

    def _layout(self) -> None:
        self.rows = []
        for section in self.run.sections:
            self.rows.append(section)
            for item in section.items:
                self.rows.append(item)
                self.rows.extend(BeamRow(item, beam) for beam in item.beams)

    def summary(self) -> runs.RunSummary:
        return runs.summary(self.run)

    def item_at(self, row: int) -> ItemView | None:
        entry = self.rows[row] if 0 <= row < len(self.rows) else None
        return entry if isinstance(entry, ItemView) else None

    def beam_at(self, row: int) -> BeamRow | None:
        entry = self.rows[row] if 0 <= row < len(self.rows) else None
        return entry if isinstance(entry, BeamRow) else None

    def enterable(self, row: int) -> bool:
        """A row that takes a value: an item's own, or one beam's of a per-beam item."""
        item = self.item_at(row)
        return self.beam_at(row) is not None or (item is not None and item.per_beam is None)

    def row_of_beam(self, item_id: str, beam_id: str) -> int:
        return next(
            i
            for i, r in enumerate(self.rows)
            if isinstance(r, BeamRow) and r.item.id == item_id and r.beam.beam_id == beam_id
        )

    def row_of(self, item_id: str) -> int:
        return next(
            i for i, r in enumerate(self.rows) if isinstance(r, ItemView) and r.id == item_id
        )

    def label(self, item: ItemView | SectionView | BeamRow) -> str:
        if isinstance(item, BeamRow):
            return f"{self.label(item.item)} · {item.beam.beam_label}"
        if isinstance(item, SectionView):
            return item.title_zh if self.zh else item.title_en
        return item.label_zh if self.zh else item.label_en

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (
                self.tr("Item"),
                self.tr("Limits"),
                self.tr("Value"),
                self.tr("Verdict"),
                self.tr("Comment"),
            )[section]
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if self.beam_at(index.row()) is not None:
            flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            if self.run.editable and index.column() == COL_VALUE:
                flags |= Qt.ItemFlag.ItemIsEditable
            return flags
        if self.item_at(index.row()) is None:
            return Qt.ItemFlag.ItemIsEnabled
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.run.editable and index.column() in (COL_VALUE, COL_COMMENT):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid():
            return None
        entry = self.rows[index.row()]
        if isinstance(entry, SectionView):
            return self._section_data(entry, index.column(), role)
        if isinstance(entry, BeamRow):
            return self._beam_data(entry, index.column(), role)
        column = index.column()
        if role == ITEM_ID_ROLE:
            return entry.id
        if role == VERDICT_ROLE:
            return entry.verdict
        if role == HEADER_ROLE:
            return False
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(entry, column)
        if role == Qt.ItemDataRole.EditRole:
            return self.value_text(entry) if column == COL_VALUE else entry.comment
        if role == Qt.ItemDataRole.ToolTipRole and column in (COL_ITEM, COL_LIMITS):
            other = entry.label_en if self.zh else entry.label_zh
            source = arg(self.tr("Source: %1"), entry.source)
            return f"{other}\n{source}"
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == COL_VERDICT:
                return QBrush(QColor(COLOURS[entry.verdict][1]))
            if column == COL_COMMENT and entry.needs_comment:
                return QBrush(QColor(COLOURS[Verdict.FAIL][1]))
        if role == Qt.ItemDataRole.BackgroundRole and column == COL_VERDICT:
            background = COLOURS[entry.verdict][0]
            return QBrush(QColor(background)) if background else None
        if role == Qt.ItemDataRole.FontRole and column == COL_VERDICT:
            font = QFont()
            font.setBold(entry.verdict in (Verdict.WARNING, Verdict.FAIL))
            return font
        return None

    def _beam_data(self, row: BeamRow, column: int, role: int) -> Any:
        verdict = row.beam.verdict
        if role == ITEM_ID_ROLE:
            return row.item.id
        if role == VERDICT_ROLE:
            return verdict
        if role == HEADER_ROLE:
            return False
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_ITEM:
                return beam_rows.beam_name(row)
            if column == COL_LIMITS:
                return beam_rows.baseline_text(row) or self.limits_text(row.item)
            if column == COL_VALUE:
                return beam_rows.value_text(row, self.tr("n/a"))
            if column == COL_VERDICT:
                return f"{SYMBOLS[verdict]} {enum_label(verdict)}"
            return ""
        if role == Qt.ItemDataRole.EditRole and column == COL_VALUE:
            return beam_rows.edit_text(row)
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_LIMITS:
            current = row.beam.current_baseline
            if current is not None:
                return beam_rows.baseline_detail(current, row.item.measured_unit)
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_VERDICT:
            return QBrush(QColor(COLOURS[verdict][1]))
        if role == Qt.ItemDataRole.BackgroundRole and column == COL_VERDICT:
            background = COLOURS[verdict][0]
            return QBrush(QColor(background)) if background else None
        return None

    def _section_data(self, section: SectionView, column: int, role: int) -> Any:
        if role == HEADER_ROLE:
            return True
        used = self.instruments.of_section(section.id)
        if role == Qt.ItemDataRole.DisplayRole and column == COL_ITEM:
            if not used:
                return self.label(section)
            names = ", ".join(short_text(u) for u in used)
            return arg(self.tr("%1   ·   Instruments: %2"), self.label(section), names)
        if role == Qt.ItemDataRole.ForegroundRole and any(u.overdue for u in used):
            return QBrush(QColor(COLOURS[Verdict.FAIL][1]))
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Double-click to choose the test instruments used for this section")
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(SECTION_BACKGROUND))
        return None

    def _display(self, item: ItemView, column: int) -> str:
        if column == COL_ITEM:
            return self.label(item)
        if column == COL_LIMITS:
            return self.limits_text(item)
        if column == COL_VALUE:
            return self.value_text(item)
        if column == COL_VERDICT:
            return f"{SYMBOLS[item.verdict]} {enum_label(item.verdict)}"
        if item.needs_comment:
            return self.tr("Comment required")
        return item.comment

    def limits_text(self, item: ItemView) -> str:
        if item.kind is ItemKind.NUMERIC:
            if item.action_text:
                return arg(self.tr("%1 (action %2)"), item.tolerance_text, item.action_text)
            return item.tolerance_text
        if item.kind is ItemKind.PASS_FAIL:
            return self.tr("Pass / fail")
        if item.kind is ItemKind.CHOICE:
            labels = (c.label_zh if self.zh else c.label_en for c in item.choices)
            return " · ".join(f"{n} {label}" for n, label in enumerate(labels, start=1))
        if item.kind is ItemKind.PHOTO:
            return self.tr("Photo reference")
        return self.tr("Text")

    def value_text(self, item: ItemView) -> str:
        if item.per_beam is not None and item.verdict is not Verdict.NOT_APPLICABLE:
            entered = sum(1 for b in item.beams if b.verdict is not Verdict.PENDING)
            return arg(self.tr("%1 of %2 beams"), str(entered), str(len(item.beams)))
        if item.verdict is Verdict.NOT_APPLICABLE:
            return self.tr("n/a")
        if item.kind is ItemKind.NUMERIC and item.number is not None:
            return with_unit(Decimal(str(item.number)), item.unit)
        if item.kind is ItemKind.PASS_FAIL and item.text:
            return enum_label(Verdict.PASS if item.text == "pass" else Verdict.FAIL)
        if item.kind is ItemKind.CHOICE and item.text:
            choice = next((c for c in item.choices if c.id == item.text), None)
            if choice is not None:
                return choice.label_zh if self.zh else choice.label_en
        return item.text

    def _service_text(self, item: ItemView, text: str) -> str:
        """Maps words the UI itself shows (translated Pass/Fail, n/a) to service input."""
        word = text.strip().casefold()
        if word == self.tr("n/a").casefold():
            return "n/a"
        if item.kind is ItemKind.PASS_FAIL:
            for verdict in (Verdict.PASS, Verdict.FAIL):
                if word == enum_label(verdict).casefold():
                    return verdict.value
        return text

    def setData(
        self, index: QModelIndex | QPersistentModelIndex, value: Any, role: int = 0
    ) -> bool:
        beam = self.beam_at(index.row())
        if beam is not None and role == Qt.ItemDataRole.EditRole:
            return self._set_beam_value(index, beam, str(value))
        item = self.item_at(index.row())
        if item is None or role != Qt.ItemDataRole.EditRole:
            return False
        text = str(value)
        column = index.column()
        if column == COL_VALUE and text.strip() == self.value_text(item).strip():
            return True  # unchanged (e.g. the editor lost focus): nothing to save
        if column == COL_COMMENT and text.strip() == item.comment.strip():
            return True
        try:
            if column == COL_VALUE:
                result = runs.record_value(
                    self.store, self.run_id, item.id, self._service_text(item, text)
                )
            elif column == COL_COMMENT:
                result = runs.set_comment(self.store, self.run_id, item.id, text)
            else:
                return False
        except ValidationError as error:
            self.refused.emit(item.id, refusal_text(error))
            return False
        self.run = runs.load_run(self.store, self.run_id)
        self._layout()
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), COLUMNS - 1))
        self.saved.emit(result)
        return True

    def _set_beam_value(
        self, index: QModelIndex | QPersistentModelIndex, row: BeamRow, text: str
    ) -> bool:
        """Saves one beam's value; the item's row above takes the worst verdict."""
        if index.column() != COL_VALUE:
            return False
        if text.strip() == beam_rows.edit_text(row).strip():
            return True
        service_text = "n/a" if text.strip().casefold() == self.tr("n/a").casefold() else text
        try:
            result = beam_values.record_beam_value(
                self.store, self.run_id, row.item.id, row.beam.beam_id, service_text
            )
        except ValidationError as error:
            self.refused.emit(row.item.id, refusal_text(error))
            return False
        self.run = runs.load_run(self.store, self.run_id)
        self._layout()
        item_row = self.row_of(row.item.id)
        self.dataChanged.emit(self.index(item_row, 0), self.index(index.row(), COLUMNS - 1))
        self.saved.emit(result)
        return True


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

    def _go_to(self, row: int, edit: bool = False) -> None:
        if row < 0:
            return
        index = self.model.index(row, COL_VALUE)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        if edit and self.model.run.editable:
            self.table.edit(index)

    def _move(self, index: QModelIndex, step: int) -> None:
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
        if index.column() in (COL_ITEM, COL_LIMITS, COL_VERDICT):
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
        if item.needs_comment:
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
        self.baseline_button.setEnabled(self.model.run.editable and baseline_row)

    def set_baseline(self) -> None:
        """Sets the current beam's baseline from a value the engineer confirms."""
        row = self.model.beam_at(self.table.currentIndex().row())
        if row is None or row.item.from_baseline is None or not self.model.run.editable:
            return
        dialog = BaselineDialog(row, self.model.label(row.item), self)
        if not dialog.exec():
            return
        try:
            beam_values.set_baseline(
                self.store,
                self.model.run_id,
                row.item.id,
                row.beam.beam_id,
                dialog.value.text(),
                combo_value(dialog.occasion),
            )
        except ValidationError as error:
            self._show_refusal(row.item.id, refusal_text(error))
            return
        self.model.reload()
        self.table.setCurrentIndex(
            self.model.index(self.model.row_of_beam(row.item.id, row.beam.beam_id), COL_VALUE)
        )
        self.status.setStyleSheet("")
        self.status.setText(arg(self.tr("Baseline set: %1"), self.model.label(row)))

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
