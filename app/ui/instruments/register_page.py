"""The test-instrument register page: every instrument with its calibration due date,
overdue ones red, those due within 30 days amber, retired ones grey at the bottom.
The register's keepers add, edit and retire (never delete: old runs name them);
engineers see it read-only. The list loads off the GUI thread (ListPage)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSettings
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from app import settings_keys
from app.domain.instruments import CalibrationState
from app.domain.records import ValidationError
from app.services.instruments import register
from app.services.instruments.instrument_list import INSTRUMENTS
from app.services.records import RecordGone
from app.services.registry.users import ActingUser
from app.services.store import Store
from app.ui.instruments.instrument_dialog import InstrumentDialog
from app.ui.labels import enum_label, validation_message
from app.ui.list_page import ListPage

# (text, background) per state; the state column says it in words too.
STATE_COLOURS = {
    CalibrationState.OVERDUE: ("#9b1218", "#fbdddd"),
    CalibrationState.DUE_SOON: ("#6b4a00", "#fff0bf"),
    CalibrationState.RETIRED: ("#80868b", ""),
}
_STATE_COLUMN = next(i for i, c in enumerate(INSTRUMENTS.columns) if c.key == "calibration")
_HOLDER_COLUMN = next(i for i, c in enumerate(INSTRUMENTS.columns) if c.key == "holder")
_FIRST_WIDTHS = {"due_date": 125, "calibration": 150, "kind": 170, "model": 200, "holder": 110}


class CalibrationDelegate(QStyledItemDelegate):
    """Colours a row by its calibration state; an empty holder reads "Office"."""

    def __init__(self, office: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.office = office
        self.labels = {enum_label(s): s for s in CalibrationState}

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        if index.column() == _HOLDER_COLUMN and not option.text:
            option.text = self.office
        state = self.labels.get(index.model().index(index.row(), _STATE_COLUMN).data())
        colours = STATE_COLOURS.get(state) if state is not None else None
        if colours is None:
            return
        text, background = colours
        option.palette.setColor(QPalette.ColorRole.Text, QColor(text))
        if background:
            option.backgroundBrush = QBrush(QColor(background))
        if state is CalibrationState.OVERDUE:
            option.font.setBold(True)


class InstrumentsPage(QWidget):
    """Add / Edit / Retire over the register's list."""

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
        self.editable = False  # set by update_role below
        self.list_page = ListPage(
            store, INSTRUMENTS, lambda n: self.tr("%n instrument(s)", "", n), settings
        )
        if settings is None or settings.value(settings_keys.list_header(INSTRUMENTS.name)) is None:
            for column, spec in enumerate(INSTRUMENTS.columns):
                if spec.key in _FIRST_WIDTHS:
                    self.list_page.table.setColumnWidth(column, _FIRST_WIDTHS[spec.key])
        self.list_page.table.setItemDelegate(
            CalibrationDelegate(self.tr("Office"), self.list_page.table)
        )
        self.list_page.open_requested.connect(self.open_instrument)
        self.add_button = QPushButton(self.tr("&Add instrument…"))
        self.add_button.clicked.connect(self.add_instrument)
        self.edit_button = QPushButton()
        self.edit_button.clicked.connect(self._open_current)
        self.retire_button = QPushButton(self.tr("&Retire / bring back"))
        self.retire_button.setToolTip(
            self.tr("A retired instrument is no longer offered on checklist runs; runs keep it")
        )
        self.retire_button.clicked.connect(self._toggle_retired)
        self.note = QLabel(
            self.tr("Read-only: the service manager and quality control keep the register.")
        )
        self.note.setEnabled(False)
        self.status = QLabel()
        self.status.setStyleSheet("color: #b3261e;")
        self.update_role(user)
        bar = QHBoxLayout()
        bar.setContentsMargins(6, 6, 6, 0)
        for widget in (self.add_button, self.edit_button, self.retire_button):
            bar.addWidget(widget)
        bar.addWidget(self.note)
        bar.addStretch(1)
        bar.addWidget(self.status)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.list_page, 1)
        self.setFocusProxy(self.list_page)

    def refresh(self) -> None:
        self.list_page.refresh()

    def update_role(self, user: ActingUser | None = None) -> None:
        """Editing follows the role of `user`, else of the acting user read now (it
        changes with Switch user)."""
        self.editable = register.may_edit(self.store, user)
        self.edit_button.setText(self.tr("&Edit…") if self.editable else self.tr("&View…"))
        self.add_button.setVisible(self.editable)
        self.retire_button.setVisible(self.editable)
        self.note.setVisible(not self.editable)

    def add_instrument(self) -> bool:
        if not self.editable:
            return False
        added = bool(InstrumentDialog(self.store, None, self).exec())
        if added:
            self.refresh()
        return added

    def open_instrument(self, instrument_id: str) -> bool:
        try:
            dialog = InstrumentDialog(self.store, instrument_id, self, editable=self.editable)
        except RecordGone:
            self.refresh()
            return False
        changed = bool(dialog.exec()) and self.editable
        if changed:
            self.refresh()
        return changed

    def _open_current(self) -> None:
        instrument_id = self.list_page.current_id()
        if instrument_id is not None:
            self.open_instrument(instrument_id)

    def _toggle_retired(self) -> None:
        instrument_id = self.list_page.current_id()
        if instrument_id is None:
            return
        self.status.clear()
        try:
            retired = register.load_instrument(self.store, instrument_id)[1]
            register.set_retired(self.store, instrument_id, not retired)
        except RecordGone:
            pass
        except ValidationError as error:
            self.status.setText(" ".join(validation_message(e.message) for e in error.errors))
        self.refresh()
