"""The hotline page: every call, newest first, unanswered questions marked "…" and red
once past their due date; "Open questions only" narrows the list to what is owed.
The list loads off the GUI thread (ListPage)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSettings, Signal
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from app import settings_keys
from app.domain import local_time
from app.services.complaints import hotline
from app.services.complaints.complaint_lists import HOTLINE_CALLS
from app.services.records import RecordGone
from app.services.registry.users import ActingUser
from app.services.store import Store
from app.ui.complaints.call_dialog import CallDialog
from app.ui.i18n import chinese
from app.ui.list_page import ListPage

LATE = ("#9b1218", "#fbdddd")
FIRST_WIDTHS = {
    "called_at": 125,
    "open": 50,
    "customer": 170,
    "caller": 80,
    "unit": 220,
    "question": 260,
    "owner": 90,
    "due_date": 95,
    "engineer": 80,
    "minutes": 60,
}
_OPEN = next(i for i, c in enumerate(HOTLINE_CALLS.columns) if c.key == "open")
_DUE = next(i for i, c in enumerate(HOTLINE_CALLS.columns) if c.key == "due_date")


def late_row(open_text: str, due_text: str) -> bool:
    return open_text == "…" and bool(due_text) and due_text < local_time.today().isoformat()


class LateDelegate(QStyledItemDelegate):
    """Colours an unanswered question past its due date."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        model = index.model()
        open_text = model.index(index.row(), _OPEN).data()
        due_text = model.index(index.row(), _DUE).data()
        if late_row(open_text or "", due_text or ""):
            option.palette.setColor(QPalette.ColorRole.Text, QColor(LATE[0]))
            option.backgroundBrush = QBrush(QColor(LATE[1]))


class HotlinePage(QWidget):
    """New call / Open over the call log."""

    opened = Signal(str, str)  # ("work_order" | "complaint", id) made from a call

    def __init__(
        self,
        store: Store,
        settings: QSettings | None = None,
        parent: QWidget | None = None,
        *,
        user: ActingUser | None = None,
    ) -> None:
        """`user`: the acting user, when known (the page then reads nothing to build)."""
        super().__init__(parent)
        self.store = store
        spec = HOTLINE_CALLS if chinese() else HOTLINE_CALLS.in_english()
        self.list_page = ListPage(store, spec, lambda n: self.tr("%n call(s)", "", n), settings)
        self.list_page.table.setItemDelegate(LateDelegate(self.list_page.table))
        if settings is None or settings.value(settings_keys.list_header(spec.name)) is None:
            for column, col in enumerate(spec.columns):
                if col.key in FIRST_WIDTHS:
                    self.list_page.table.setColumnWidth(column, FIRST_WIDTHS[col.key])
        self.list_page.open_requested.connect(self.open_call)
        self.new_button = QPushButton(self.tr("&New call…"))
        self.new_button.clicked.connect(self.new_call)
        self.open_button = QPushButton(self.tr("&Open…"))
        self.open_button.clicked.connect(self._open_current)
        self.open_only = QCheckBox(self.tr("Open &questions only"))
        self.open_only.toggled.connect(self._scope)
        self.note = QLabel()
        self.note.setEnabled(False)
        bar = QHBoxLayout()
        bar.setContentsMargins(6, 6, 6, 0)
        for widget in (self.new_button, self.open_button, self.open_only, self.note):
            bar.addWidget(widget)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.list_page, 1)
        self.setFocusProxy(self.list_page)
        self.editable = False
        self.update_role(user)

    def update_role(self, user: ActingUser | None = None) -> None:
        """Recording calls follows the role of `user`, else of the acting user read now
        (it changes with Switch user)."""
        self.editable = hotline.may_record_calls(self.store, user)
        self.new_button.setVisible(self.editable)
        self.note.setText("" if self.editable else self.tr("Read-only for your role."))

    def refresh(self) -> None:
        self.list_page.refresh()

    def _scope(self, only_open: bool) -> None:
        if only_open:
            self.list_page.model.set_scope(open="1")
        else:
            self.list_page.model.set_scope()

    def new_call(self) -> bool:
        if not self.editable:
            return False
        dialog = CallDialog(self.store, None, self)
        dialog.opened.connect(self.opened)
        added = bool(dialog.exec()) or dialog.call_id is not None
        if added:
            self.refresh()
        return added

    def open_call(self, call_id: str) -> bool:
        try:
            dialog = CallDialog(self.store, call_id, self)
        except RecordGone:
            self.refresh()
            return False
        dialog.opened.connect(self.opened)
        dialog.exec()
        self.refresh()
        return True

    def _open_current(self) -> None:
        call_id = self.list_page.current_id()
        if call_id is not None:
            self.open_call(call_id)
