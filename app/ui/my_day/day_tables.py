"""The tables of the "My day" page: the day's jobs, the jobs awaiting parts, the
follow-up calls due. One small model shows any of them: a list of plain service rows
and, per column, how a row reads and which colours it wears."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from app.services.my_day.day import ContactPerson, FollowUpDue, Job
from app.ui.i18n import arg
from app.ui.labels import enum_label
from app.ui.my_day.colours import OVERDUE, PRIORITY_COLOURS, STATE_COLOURS, hospital_name
from app.ui.table_model import ID_ROLE
from app.ui.work_orders.awaited_text import line_text

Row = TypeVar("Row")
Colours = tuple[str, str] | None


@dataclass(frozen=True)
class Column(Generic[Row]):
    header: str
    text: Callable[[Row], str]
    colours: Callable[[Row], Colours] = lambda _row: None
    width: int = 120


class DayTableModel(QAbstractTableModel, Generic[Row]):
    """Rows already loaded (a day is short); `open_id` says what activating a row opens."""

    loaded = Signal(int)  # rows shown, after each load

    def __init__(
        self, columns: Sequence[Column[Row]], open_id: Callable[[Row], str], parent: Any = None
    ) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[Row] = []
        self._open_id = open_id

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()
        self.loaded.emit(len(self.rows))

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].header
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row, column = self.rows[index.row()], self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row).replace("\n", " ")
        if role == Qt.ItemDataRole.ToolTipRole:
            text = column.text(row)
            return text if len(text) > 24 else None
        if role == ID_ROLE:
            return self._open_id(row)
        colours = column.colours(row)
        if colours is None:
            return None
        background, foreground = colours
        if role == Qt.ItemDataRole.BackgroundRole and background:
            return QBrush(QColor(background))
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor(foreground))
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def id_at(self, row: int) -> str | None:
        return self._open_id(self.rows[row]) if 0 <= row < len(self.rows) else None


class PluralTexts(QObject):
    """Texts with a number in them: lupdate gives plural forms to `tr` calls only."""

    def overdue(self, days: int) -> str:
        return self.tr("%n day(s) overdue", "", days)

    def used_on(self, work_orders: int) -> str:
        return self.tr("on %n work order(s)", "", work_orders)


def due_text(days_overdue: int) -> str:
    if days_overdue == 0:
        return QCoreApplication.translate("MyDay", "Today")
    return PluralTexts().overdue(days_overdue)


def _due_colours(days_overdue: int) -> Colours:
    return OVERDUE if days_overdue else None


def contact_text(contact: ContactPerson | None) -> str:
    if contact is None:
        return QCoreApplication.translate("MyDay", "No contact on record")
    if not contact.role:
        return contact.name
    return arg(QCoreApplication.translate("MyDay", "%1 (%2)"), contact.name, contact.role)


def phone_text(contact: ContactPerson | None) -> str:
    return contact.phone if contact is not None and contact.phone else "—"


def parts_text(job: Job) -> str:
    """What is on order (part, order, expected date), then the parts recorded on the job."""
    texts = [line_text(line) for line in job.awaited]
    texts += [f"{p.part_number} {p.description} ×{p.quantity:g}" for p in job.parts]
    if not texts:
        return QCoreApplication.translate("MyDay", "No part recorded on the job yet")
    return "; ".join(texts)


def job_columns() -> list[Column[Job]]:
    """Narrow enough for 1366 px; the selected job's description and parts show below."""
    return [
        Column(
            QCoreApplication.translate("MyDay", "Due"),
            lambda j: due_text(j.days_overdue),
            lambda j: _due_colours(j.days_overdue),
            120,
        ),
        Column(
            QCoreApplication.translate("MyDay", "Urgency"),
            lambda j: enum_label(j.priority),
            lambda j: PRIORITY_COLOURS.get(j.priority),
            70,
        ),
        Column(QCoreApplication.translate("MyDay", "Number"), lambda j: j.number, width=135),
        Column(
            QCoreApplication.translate("MyDay", "Type"), lambda j: enum_label(j.type), width=105
        ),
        Column(
            QCoreApplication.translate("MyDay", "State"),
            lambda j: enum_label(j.state),
            lambda j: STATE_COLOURS.get(j.state),
            105,
        ),
        Column(
            QCoreApplication.translate("MyDay", "Hospital"),
            lambda j: hospital_name(j.hospital_zh, j.hospital_en),
            width=190,
        ),
        Column(QCoreApplication.translate("MyDay", "Equipment"), lambda j: j.equipment, width=180),
        Column(
            QCoreApplication.translate("MyDay", "Contact"),
            lambda j: contact_text(j.contact),
            width=150,
        ),
        Column(QCoreApplication.translate("MyDay", "Phone"), lambda j: phone_text(j.contact)),
    ]


def parts_columns() -> list[Column[Job]]:
    return [
        Column(QCoreApplication.translate("MyDay", "Number"), lambda j: j.number, width=140),
        Column(
            QCoreApplication.translate("MyDay", "Hospital"),
            lambda j: hospital_name(j.hospital_zh, j.hospital_en),
            width=150,
        ),
        Column(QCoreApplication.translate("MyDay", "Parts"), parts_text),
    ]


def follow_up_columns() -> list[Column[FollowUpDue]]:
    return [
        Column(
            QCoreApplication.translate("MyDay", "Due"),
            lambda f: due_text(f.days_overdue),
            lambda f: _due_colours(f.days_overdue),
            100,
        ),
        Column(QCoreApplication.translate("MyDay", "Work order"), lambda f: f.number, width=140),
        Column(
            QCoreApplication.translate("MyDay", "Hospital"),
            lambda f: hospital_name(f.hospital_zh, f.hospital_en),
            width=150,
        ),
        Column(
            QCoreApplication.translate("MyDay", "Call"),
            lambda f: f"{contact_text(f.contact)} {phone_text(f.contact)}",
        ),
    ]
