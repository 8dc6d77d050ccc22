"""The step into "awaiting parts": which parts, which order brings them, and when.

The part comes from the catalogue (searched as the engineer types, off the GUI thread)
or, when it is not catalogued, is written as the engineer names it. Several parts may
be awaited at once: "Add another part" keeps the line and clears the part for the next.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.awaited_parts import MAX_QUANTITY, AwaitedPartDraft
from app.domain.records import ValidationError
from app.services.registry import parts
from app.services.registry.parts import PartRow
from app.services.store import Store
from app.ui.record_dialog import RecordDialog
from app.ui.tasks import run_in_background
from app.ui.widgets import OptionalDateEdit

SEARCH_DELAY_MS = 150
PART_ROLE = Qt.ItemDataRole.UserRole + 2

# Takes the step with the parts named; raises ValidationError to refuse.
TakeStep = Callable[[Sequence[AwaitedPartDraft]], None]


class AwaitingPartsDialog(RecordDialog):
    def __init__(self, store: Store, take_step: TakeStep, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Awaiting parts"), parent)
        self.store, self.take_step = store, take_step
        self.lines: list[AwaitedPartDraft] = []
        self._names: dict[str, str] = {}  # part id → "description number" for the list
        self._generation = 0
        self.added = QListWidget()
        self.added.setObjectName("awaited_lines")
        self.added.setMaximumHeight(80)
        self.added.hide()
        self.added_label = QLabel(self.tr("Parts entered"))
        self.added_label.hide()
        self.search = QLineEdit()
        self.search.setObjectName("part_search")
        self.search.setPlaceholderText(self.tr("Part number or description"))
        self.search.setClearButtonEnabled(True)
        self.results = QListWidget()
        self.results.setObjectName("part_results")
        self.results.setMinimumHeight(110)
        hint = QLabel(
            self.tr("Not in the catalogue? Write what the part is; it is kept as written.")
        )
        hint.setWordWrap(True)
        hint.setEnabled(False)
        picker = QWidget()
        column = QVBoxLayout(picker)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.search)
        column.addWidget(self.results)
        column.addWidget(hint)
        self.quantity = QDoubleSpinBox()
        self.quantity.setRange(0, MAX_QUANTITY)
        self.quantity.setDecimals(2)
        self.quantity.setValue(1)
        self.order_reference = QLineEdit()
        self.order_reference.setObjectName("order_reference")
        self.order_reference.setPlaceholderText(self.tr("e.g. PO-2026-0412"))
        self.expected_on = OptionalDateEdit()
        self.expected_on.setObjectName("expected_on")
        more = QPushButton(self.tr("Add another part"))
        more.setObjectName("add_another")
        more.clicked.connect(self.add_line)
        self.form.addRow(self.added_label, self.added)
        self.add_field("part", self.tr("Part"), picker)
        self.add_field("quantity", self.tr("Quantity"), self.quantity)
        self.add_field("order_reference", self.tr("Order reference"), self.order_reference)
        self.add_field("expected_on", self.tr("Expected on"), self.expected_on)
        self.form.addRow("", more)
        self.buttons.button(self.buttons.StandardButton.Save).setText(self.tr("Wait for parts"))

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.find_parts)
        self.search.textChanged.connect(self._debounce.start)
        self.find_parts()
        self.resize(560, 520)

    def done(self, result: int) -> None:
        self._debounce.stop()  # no search starts for a dialog that is closing
        super().done(result)

    # --- the catalogue -------------------------------------------------------------------

    def find_parts(self) -> None:
        """Searches the catalogue in a worker; only the newest search's answer is shown."""
        self._generation += 1
        generation, text, store = self._generation, self.search.text(), self.store

        def done(found: list[PartRow]) -> None:
            if shiboken6.isValid(self) and generation == self._generation:
                self._show(found)

        run_in_background(lambda: parts.search_parts(store, text), done)

    def _show(self, found: list[PartRow]) -> None:
        self.results.clear()
        for part in found:
            item = QListWidgetItem(f"{part.part_number}  {part.description}")
            item.setData(PART_ROLE, part.id)
            self._names[part.id] = f"{part.description} {part.part_number}"
            self.results.addItem(item)
            if len(found) == 1:
                self.results.setCurrentItem(item)

    def chosen_part(self) -> str | None:
        item = self.results.currentItem()
        return str(item.data(PART_ROLE)) if item is not None and item.isSelected() else None

    # --- the lines -----------------------------------------------------------------------

    def draft(self) -> AwaitedPartDraft:
        part_id = self.chosen_part()
        return AwaitedPartDraft(
            part_id=part_id,
            description="" if part_id else self.search.text().strip(),
            quantity=self.quantity.value(),
            order_reference=self.order_reference.text().strip(),
            expected_on=self.expected_on.value(),
        )

    def add_line(self) -> bool:
        """Keeps the line entered (the order and date stay for the next part)."""
        draft = self.draft()
        problems = draft.validate()
        if problems:
            self.show_errors(problems)
            return False
        self.clear_errors()
        self.lines.append(draft)
        self.added.addItem(self._describe(draft))
        self.added.show()
        self.added_label.show()
        self.search.clear()
        self.results.clearSelection()
        self.quantity.setValue(1)
        return True

    def save(self) -> None:
        pending = list(self.lines)
        if self.chosen_part() or self.search.text().strip() or not pending:
            draft = self.draft()
            problems = draft.validate()
            if problems:
                raise ValidationError(problems)
            pending.append(draft)
        self.take_step(pending)
        self.lines = pending

    def _describe(self, line: AwaitedPartDraft) -> str:
        name = self._names.get(line.part_id or "", line.description)
        quantity = f" ×{line.quantity:g}" if line.quantity != 1 else ""
        return f"{name}{quantity} · {line.order_reference or '—'} · {line.expected_on}"
