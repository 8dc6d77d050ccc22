"""The run's table model: section header rows, item rows and per-beam rows, with edits
going straight to the service (checklist_run_widget.py is the view around it).

Verdicts read by symbol and word as well as by colour, so they survive colour blindness
and black-and-white printouts.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from app.domain.enums import Verdict
from app.domain.records import ValidationError
from app.domain.tolerance import ItemKind, with_unit
from app.services.checklists import beam_values
from app.services.checklists import checklist_runs as runs
from app.services.checklists.checklist_runs import ItemView, RunView, SectionView, ValueRefused
from app.services.instruments import run_instruments
from app.services.store import Store
from app.ui.checklists import beam_rows
from app.ui.checklists.beam_rows import BeamRow
from app.ui.i18n import arg
from app.ui.instruments.section_instruments import (
    short_text,
)
from app.ui.labels import enum_label

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

    def judged_row(self, row: int) -> bool:
        """A row whose verdict the physicist gives (its verdict cell is edited): a
        person-judged item's, or one beam's of a person-judged per-beam item."""
        beam = self.beam_at(row)
        if beam is not None:
            return beam.item.judged_by_person
        item = self.item_at(row)
        return item is not None and item.judged_by_person and item.per_beam is None

    def measured(self, row: int) -> bool:
        """The row's value is entered (a judged row then waits for its verdict)."""
        beam = self.beam_at(row)
        if beam is not None:
            return beam.beam.number is not None
        item = self.item_at(row)
        return item is not None and item.number is not None

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
            columns = (COL_VALUE, COL_VERDICT) if self.judged_row(index.row()) else (COL_VALUE,)
            if self.run.editable and index.column() in columns:
                flags |= Qt.ItemFlag.ItemIsEditable
            return flags
        if self.item_at(index.row()) is None:
            return Qt.ItemFlag.ItemIsEnabled
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        editable = [COL_VALUE, COL_COMMENT]
        if self.judged_row(index.row()):
            editable.append(COL_VERDICT)
        if self.run.editable and index.column() in editable:
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
            if column == COL_VERDICT:
                return "" if entry.verdict is Verdict.PENDING else enum_label(entry.verdict)
            if column == COL_VALUE and entry.judged_by_person:
                return beam_rows.item_edit_text(entry)
            return self.value_text(entry) if column == COL_VALUE else entry.comment
        if role == Qt.ItemDataRole.ToolTipRole and column in (COL_ITEM, COL_LIMITS):
            other = entry.label_en if self.zh else entry.label_zh
            source = arg(self.tr("Source: %1"), entry.source)
            if entry.judged_by_person and entry.current_baseline is not None:
                now = beam_rows.baseline_detail(entry.current_baseline, entry.measured_unit)
                return f"{other}\n{source}\n{now}"
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
        if role == Qt.ItemDataRole.EditRole and column == COL_VERDICT:
            return "" if verdict is Verdict.PENDING else enum_label(verdict)
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
        text = self._limits(item)
        if item.spec_from_atp:  # the unit model's value, entered from the contract's ATP
            atp = self.tr("Model specification (ATP)")
            text = f"{text}\n{atp}"
        if item.limit_unconfirmed:  # written without the standard's text at hand
            note = self.tr("⚠ To be confirmed against the published standard")
            return f"{text}\n{note}"
        return text

    def _limits(self, item: ItemView) -> str:
        if item.judged_by_person:
            return beam_rows.item_baseline_text(item)
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
        if item.judged_by_person:
            return beam_rows.item_value_text(item)
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

    def _verdict_text(self, text: str) -> str:
        """The translated verdict words the table shows, as the service reads them."""
        word = text.strip().casefold()
        for verdict in (Verdict.PASS, Verdict.WARNING, Verdict.FAIL):
            label = enum_label(verdict)
            if word in (label.casefold(), f"{SYMBOLS[verdict]} {label}".casefold()):
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
        edit_text = self.data(index, Qt.ItemDataRole.EditRole)
        if column in (COL_VALUE, COL_VERDICT) and text.strip() == str(edit_text or "").strip():
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
            elif column == COL_VERDICT and item.judged_by_person:
                result = runs.give_verdict(
                    self.store, self.run_id, item.id, self._verdict_text(text)
                )
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
        """Saves one beam's value — or a person-judged beam's verdict —; the item's row
        above takes the worst verdict."""
        column = index.column()
        verdict = column == COL_VERDICT and row.item.judged_by_person
        if column != COL_VALUE and not verdict:
            return False
        if text.strip() == str(self.data(index, Qt.ItemDataRole.EditRole) or "").strip():
            return True
        service_text = "n/a" if text.strip().casefold() == self.tr("n/a").casefold() else text
        item_id, beam_id = row.item.id, row.beam.beam_id
        try:
            if verdict:
                result = beam_values.give_beam_verdict(
                    self.store, self.run_id, item_id, beam_id, self._verdict_text(text)
                )
            else:
                result = beam_values.record_beam_value(
                    self.store, self.run_id, item_id, beam_id, service_text
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
