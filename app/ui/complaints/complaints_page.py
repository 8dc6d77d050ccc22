"""The complaints page: the register newest first — all of it for the service manager
and quality control, the complaints they own or recorded for the others — with open
complaints past their deadline red and counted for the manager ("Overdue only"
narrows to them), and the periodic statistics (§7.3.2). Lists and statistics load
off the GUI thread."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSettings
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
from app.domain.complaints import ComplaintState, may_read_all
from app.services.complaints import hotline, register
from app.services.complaints.complaint_lists import COMPLAINTS, complaints_for
from app.services.records import RecordGone
from app.services.registry.users import ActingUser, acting_user
from app.services.store import Store
from app.ui.complaints.complaint_dialog import ComplaintDialog, ReceiveDialog
from app.ui.i18n import chinese
from app.ui.labels import enum_label
from app.ui.list_page import ListPage
from app.ui.tasks import run_in_background

OVERDUE = ("#9b1218", "#fbdddd")
FIRST_WIDTHS = {
    "received_at": 125,
    "state": 90,
    "severity": 70,
    "deadline": 90,
    "customer": 170,
    "unit": 200,
    "category": 100,
    "owner": 70,
    "source": 70,
    "complainant": 90,
}
_STATE = next(i for i, c in enumerate(COMPLAINTS.columns) if c.key == "state")
_DEADLINE = next(i for i, c in enumerate(COMPLAINTS.columns) if c.key == "deadline")


class OverdueDelegate(QStyledItemDelegate):
    """Colours an open complaint past its deadline."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.closed = enum_label(ComplaintState.CLOSED)

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        model = index.model()
        state = model.index(index.row(), _STATE).data()
        deadline = model.index(index.row(), _DEADLINE).data() or ""
        if deadline and state != self.closed and deadline < local_time.today().isoformat():
            option.palette.setColor(QPalette.ColorRole.Text, QColor(OVERDUE[0]))
            option.backgroundBrush = QBrush(QColor(OVERDUE[1]))
            option.font.setBold(True)


class ComplaintsPage(QWidget):
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
        self.store, self.settings = store, settings
        self.new_button = QPushButton(self.tr("&New complaint…"))
        self.new_button.clicked.connect(self.new_complaint)
        self.open_button = QPushButton(self.tr("&Open…"))
        self.open_button.clicked.connect(self._open_current)
        self.overdue_only = QCheckBox(self.tr("O&verdue only"))
        self.overdue_only.toggled.connect(self._scope)
        self.stats_button = QPushButton(self.tr("&Statistics…"))
        self.stats_button.clicked.connect(self.show_statistics)
        self.overdue = QLabel()
        self.overdue.setStyleSheet("color: #9b1218; font-weight: bold;")
        self.bar = QHBoxLayout()
        self.bar.setContentsMargins(6, 6, 6, 0)
        for widget in (self.new_button, self.open_button, self.overdue_only, self.stats_button):
            self.bar.addWidget(widget)
        self.bar.addStretch(1)
        self.bar.addWidget(self.overdue)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.addLayout(self.bar)
        self.user = user if user is not None else acting_user(store)
        # whose complaints the list shows: "" all of them, else the login's own
        self._readers = "" if may_read_all(self.user.role) else self.user.login
        self._retired: list[ListPage] = []
        self.list_page = self._make_list()
        self.update_role(self.user)

    def _make_list(self) -> ListPage:
        spec = complaints_for(self.user)
        spec = spec if chinese() else spec.in_english()
        page = ListPage(
            self.store, spec, lambda n: self.tr("%n complaint(s)", "", n), self.settings
        )
        page.table.setItemDelegate(OverdueDelegate(page.table))
        if (
            self.settings is None
            or self.settings.value(settings_keys.list_header(spec.name)) is None
        ):
            for column, col in enumerate(spec.columns):
                if col.key in FIRST_WIDTHS:
                    page.table.setColumnWidth(column, FIRST_WIDTHS[col.key])
        page.open_requested.connect(self.open_complaint)
        page.model.loaded.connect(lambda _n: self._count_overdue())
        self.layout_.addWidget(page, 1)
        self.setFocusProxy(page)
        return page

    def update_role(self, user: ActingUser | None = None) -> None:
        """What the acting user sees follows their role (it changes with Switch user);
        `user` when known, else read now."""
        user = self.user = user if user is not None else acting_user(self.store)
        key = "" if may_read_all(user.role) else user.login
        if key != self._readers:
            self._readers = key
            old = self.list_page
            self.layout_.removeWidget(old)
            old.hide()  # kept, not deleted: a page load of its may still be under way
            self._retired.append(old)
            self.list_page = self._make_list()
            self.list_page.show()
        self.new_button.setVisible(hotline.may_record_calls(self.store, user))
        office = may_read_all(user.role)
        self.stats_button.setVisible(office)
        self.overdue.setVisible(office)

    def _count_overdue(self) -> None:
        if self._readers:
            return
        run_in_background(
            lambda: register.overdue_count(self.store),
            lambda n: self.overdue.setText(self.tr("%n overdue", "", n) if n else ""),
            lambda _e: None,
        )

    def refresh(self) -> None:
        self.list_page.refresh()

    def _scope(self, only: bool) -> None:
        if only:
            self.list_page.model.set_scope(overdue="1")
        else:
            self.list_page.model.set_scope()

    def new_complaint(self) -> bool:
        if not hotline.may_record_calls(self.store):
            return False
        dialog = ReceiveDialog(self.store, self)
        added = bool(dialog.exec())
        if added:
            self.refresh()
        return added

    def open_complaint(self, complaint_id: str) -> bool:
        try:
            dialog = ComplaintDialog(self.store, complaint_id, self)
        except RecordGone:
            self.refresh()
            return False
        dialog.exec()
        if dialog.changed:
            self.refresh()
        return dialog.changed

    def show_statistics(self) -> None:
        from app.ui.complaints.statistics_dialog import StatisticsDialog

        StatisticsDialog(self.store, self).exec()

    def _open_current(self) -> None:
        complaint_id = self.list_page.current_id()
        if complaint_id is not None:
            self.open_complaint(complaint_id)
