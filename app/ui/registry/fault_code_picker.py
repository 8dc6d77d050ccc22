"""A line edit that finds a fault code as the engineer types (§4.4).

Typing any part of a code or of its English or Chinese title lists the matches (the
search is the service's, so "真空" and "vacuum" both find VAC-01); choosing one puts
"LINAC/VAC-01 — title" in the field (the code in its modality's namespace), titles in
the UI's language. A code that is not on the list (a vendor's own) may still be typed
and is kept as typed.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from app.domain.enums import Modality
from app.services.registry import fault_codes
from app.services.registry.fault_codes import FaultCode

CODE_ROLE = Qt.ItemDataRole.UserRole + 1
SEPARATOR = " — "
MAX_SHOWN = 60


class FaultCodePicker(QLineEdit):
    code_chosen = Signal(str)

    def __init__(
        self,
        modality: Modality,
        code: str = "",
        parent: QWidget | None = None,
        chinese: bool | None = None,
    ) -> None:
        super().__init__(parent)
        self.modality = modality
        self.chinese = (
            QLocale().language() == QLocale.Language.Chinese if chinese is None else chinese
        )
        self.matches = QStandardItemModel(self)
        completer = QCompleter(self.matches, self)
        # The service filters (both languages); the completer only shows what it found.
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setMaxVisibleItems(12)
        completer.activated[QModelIndex].connect(self._chosen)  # type: ignore[index]
        self.setCompleter(completer)
        self.setPlaceholderText(self.tr("Type a code or words of its title"))
        self.setClearButtonEnabled(True)
        self.textEdited.connect(self._search)
        self.set_code(code)

    def display(self, code: FaultCode) -> str:
        return f"{code.key}{SEPARATOR}{code.title(self.chinese)}"

    def set_code(self, code: str) -> None:
        listed = fault_codes.find(self.modality, code) if code else None
        self.setText(self.display(listed) if listed else code)

    def code(self) -> str:
        """The chosen code: a listed one namespaced in its own spelling, else the text as
        typed."""
        text = self.text().strip()
        head = text.split(SEPARATOR, 1)[0].strip()
        listed = fault_codes.find(self.modality, head)
        return listed.key if listed else text

    def fault_code(self) -> FaultCode | None:
        """The listed code chosen, or None for free text."""
        return fault_codes.find(self.modality, self.code())

    def _search(self, text: str) -> None:
        self.matches.clear()
        for found in fault_codes.search(self.modality, text)[:MAX_SHOWN]:
            item = QStandardItem(self.display(found))
            item.setData(found.key, CODE_ROLE)
            item.setToolTip(found.subsystem)
            self.matches.appendRow(item)

    def _chosen(self, index: QModelIndex | QPersistentModelIndex) -> None:
        code = str(index.data(CODE_ROLE))
        self.set_code(code)
        self.code_chosen.emit(code)
