"""The plan's calendar: a month or a week, everyone's or one engineer's or hospital's
visits, planned (proposed/approved) and booked (work order issued, ✓), with the work
orders booked outside the plan (repairs, upgrades, training …: ◆, tinted), conflicts
between any of them coloured (⚠). Drag a visit from the day's list onto another day,
or press Ctrl+R, to move it with a reason. Visits are read in a worker; the grid never
waits on the disk."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QMimeData, QSettings, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain import local_time
from app.domain.enums import WorkOrderType
from app.services.registry.users import ActingUser
from app.services.service_plan import views
from app.services.service_plan.access import may_edit
from app.services.service_plan.views import CalendarEntry, VisitRow, WorkEntry
from app.services.store import Store
from app.ui.i18n import arg
from app.ui.labels import enum_label
from app.ui.service_plan.calendar_model import VISIT_MIME, CalendarModel
from app.ui.tasks import run_in_background


class DayList(QListWidget):
    """The chosen day's visits, dragged from here onto the calendar."""

    def mimeData(self, items: list[QListWidgetItem]) -> QMimeData:  # type: ignore[override]
        data = QMimeData()
        if items:
            data.setData(VISIT_MIME, str(items[0].data(Qt.ItemDataRole.UserRole)).encode())
        return data

    def mimeTypes(self) -> list[str]:
        return [VISIT_MIME]


class CalendarPage(QWidget):
    loaded = Signal()  # the grid shows what the worker read (tests wait for it)

    def __init__(
        self,
        store: Store,
        settings: QSettings,
        parent: QWidget | None = None,
        *,
        user: ActingUser | None = None,
    ) -> None:
        """`user`: the acting user, when known (the page then reads nothing to build)."""
        super().__init__(parent)
        self.store, self.settings = store, settings
        self.anchor = local_time.today()
        self._generation = 0
        self.engineers: list[tuple[str, str]] = []
        self.model = CalendarModel()
        self.model.weekday_names = [
            self.tr("Mon"),
            self.tr("Tue"),
            self.tr("Wed"),
            self.tr("Thu"),
            self.tr("Fri"),
            self.tr("Sat"),
            self.tr("Sun"),
        ]
        self.model.kind_texts = {
            **{str(kind): enum_label(kind) for kind in WorkOrderType},
            str(WorkOrderType.PREVENTIVE_MAINTENANCE): self.tr("Maint."),
            str(WorkOrderType.INSPECTION): self.tr("Insp."),
        }
        self.model.visit_dropped.connect(self._dropped)
        self.mode = QComboBox()
        self.mode.addItem(self.tr("Month"), "month")
        self.mode.addItem(self.tr("Week"), "week")
        self.group = QComboBox()
        self.group.addItem(self.tr("By engineer"), True)
        self.group.addItem(self.tr("By hospital"), False)
        self.engineer = QComboBox()
        self.hospital = QComboBox()
        self.previous = QPushButton("◀")
        self.today_button = QPushButton(self.tr("Today"))
        self.next = QPushButton("▶")
        self.previous.setToolTip(self.tr("Previous (Page Up)"))
        self.next.setToolTip(self.tr("Next (Page Down)"))
        self.period = QLabel()
        self.period.setStyleSheet("font-weight: bold")
        bar = QHBoxLayout()
        for combo in (self.mode, self.group, self.engineer, self.hospital):
            bar.addWidget(combo)
        bar.addStretch(1)
        for widget in (self.previous, self.today_button, self.next, self.period):
            bar.addWidget(widget)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setWordWrap(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.table.setAcceptDrops(True)
        self.table.setDropIndicatorShown(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.day_title = QLabel()
        self.day_list = DayList()
        self.day_list.setWordWrap(True)
        self.day_list.setDragEnabled(True)
        self.day_list.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.reschedule_button = QPushButton(self.tr("Reschedule… (Ctrl+R)"))
        self.legend = QLabel(
            self.tr(
                "⚠ conflict: the engineer is at another hospital that day · ✓ work order "
                "issued · ◆ work order booked outside the plan"
            )
        )
        self.legend.setWordWrap(True)
        self.status = QLabel()
        side = QVBoxLayout()
        side.addWidget(self.day_title)
        side.addWidget(self.day_list, 1)
        side.addWidget(self.reschedule_button)
        side.addWidget(self.legend)
        body = QHBoxLayout()
        body.addWidget(self.table, 4)
        body.addLayout(side, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(body, 1)
        layout.addWidget(self.status)
        self.mode.currentIndexChanged.connect(self.refresh)
        self.group.currentIndexChanged.connect(self.refresh)
        self.engineer.currentIndexChanged.connect(self.refresh)
        self.hospital.currentIndexChanged.connect(self.refresh)
        self.previous.clicked.connect(lambda: self.step(-1))
        self.next.clicked.connect(lambda: self.step(1))
        self.today_button.clicked.connect(self._to_today)
        self.table.selectionModel().currentChanged.connect(lambda *_: self._show_day())
        self.reschedule_button.clicked.connect(self.reschedule_selected)
        QShortcut(QKeySequence("Ctrl+R"), self, self.reschedule_selected)
        QShortcut(QKeySequence(Qt.Key.Key_PageUp), self, lambda: self.step(-1))
        QShortcut(QKeySequence(Qt.Key.Key_PageDown), self, lambda: self.step(1))
        self._filters_loaded = False
        self.update_role(user)

    def update_role(self, user: ActingUser | None = None) -> None:
        """Editing follows the role of `user` (else the acting user, read now)."""
        editable = may_edit(self.store, user)
        self.reschedule_button.setEnabled(editable)
        self.day_list.setDragEnabled(editable)

    # --- loading -------------------------------------------------------------------------

    def load_filters(self) -> None:
        engineers, hospitals = views.filter_choices(self.store)
        self.engineers = engineers
        for combo, everyone, items in (
            (self.engineer, self.tr("All engineers"), engineers),
            (self.hospital, self.tr("All hospitals"), hospitals),
        ):
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everyone, None)
            for value, label in items:
                combo.addItem(label, value)
            combo.blockSignals(False)
        self._filters_loaded = True

    def span(self) -> tuple[date, date]:
        if self.mode.currentData() == "week":
            monday = self.anchor - timedelta(days=self.anchor.weekday())
            return monday, monday + timedelta(days=6)
        first = self.anchor.replace(day=1)
        grid = first - timedelta(days=first.weekday())
        return grid, grid + timedelta(days=41)

    def refresh(self) -> None:
        """Reads the shown span's visits in a worker; a newer request wins."""
        if not self._filters_loaded:
            self.load_filters()
        self._generation += 1
        generation = self._generation
        first, last = self.span()
        engineer, hospital = self.engineer.currentData(), self.hospital.currentData()
        store = self.store

        def work() -> tuple[list[CalendarEntry], set[str]]:
            rows = views.calendar_entries(
                store, first, last, engineer_id=engineer, customer_id=hospital
            )
            return rows, views.conflicting(rows)

        run_in_background(work, lambda result: self._show(generation, result), self._failed)

    def _failed(self, error: BaseException) -> None:
        self.status.setText(arg(self.tr("The plan could not be read: %1"), str(error)))

    def _show(self, generation: int, result: tuple[list[CalendarEntry], set[str]]) -> None:
        if generation != self._generation:
            return
        rows, clashing = result
        self.model.today = local_time.today()
        if self.mode.currentData() == "week":
            first, _last = self.span()
            self.model.show_week(first, rows, clashing, bool(self.group.currentData()))
            self.period.setText(arg(self.tr("Week of %1"), first.isoformat()))
        else:
            self.model.show_month(self.anchor.replace(day=1), rows, clashing)
            self.period.setText(f"{self.anchor.year}-{self.anchor.month:02d}")
        week = self.mode.currentData() == "week"
        self.group.setEnabled(week)
        self.table.verticalHeader().setVisible(week)
        self.table.verticalHeader().setMinimumWidth(110 if week else 0)
        planned = sum(1 for r in rows if r.from_plan)
        self.status.setText(
            arg(
                self.tr("%1 visits and %2 booked work orders shown, %3 in conflict"),
                str(planned),
                str(len(rows) - planned),
                str(len(clashing)),
            )
        )
        self._show_day()
        self.loaded.emit()

    def step(self, direction: int) -> None:
        if self.mode.currentData() == "week":
            self.anchor += timedelta(days=7 * direction)
        else:
            month = self.anchor.month - 1 + direction
            self.anchor = date(self.anchor.year + month // 12, month % 12 + 1, 1)
        self.refresh()

    def _to_today(self) -> None:
        self.anchor = local_time.today()
        self.refresh()

    def show_day(self, day: date) -> None:
        self.anchor = day
        self.refresh()

    # --- the chosen day --------------------------------------------------------------------

    def _show_day(self) -> None:
        index = self.table.currentIndex()
        self.day_list.clear()
        if not index.isValid():
            self.day_title.setText(self.tr("Choose a day"))
            return
        self.day_title.setText(arg(self.tr("Visits on %1"), self.model.day_of(index).isoformat()))
        for visit in self.model.visits_at(index):
            where = f"{self.model.line(visit)}\n{visit.hospital} · {visit.engineer}"
            if isinstance(visit, WorkEntry):  # the order's number on a line of its own
                state = arg(
                    self.tr("work order %1, %2"),
                    visit.work_order_number,
                    enum_label(visit.work_state),
                )
                item = QListWidgetItem(f"{where}\n{state}")
            else:
                item = QListWidgetItem(f"{where} · {enum_label(visit.state)}")
            if isinstance(visit, WorkEntry):  # moved on its work order, not dragged here
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsDragEnabled)
                item.setToolTip(self.tr("Booked outside the plan: reschedule its work order."))
            else:
                item.setToolTip(visit.reschedule_reason)
            item.setData(Qt.ItemDataRole.UserRole, visit.id)
            self.day_list.addItem(item)
        if self.day_list.count():
            self.day_list.setCurrentRow(0)

    def _visit(self, visit_id: str) -> VisitRow | None:
        """The planned visit of this id shown (booked work is not moved here)."""
        for visits in self.model.cells.values():
            for visit in visits:
                if visit.id == visit_id and isinstance(visit, VisitRow):
                    return visit
        return None

    def reschedule_selected(self) -> None:
        item = self.day_list.currentItem()
        if item is None or not may_edit(self.store):
            return
        self._reschedule(str(item.data(Qt.ItemDataRole.UserRole)), None, None)

    def _dropped(self, visit_id: str, day: date, key: str) -> None:
        engineer = key if self.mode.currentData() == "week" and self.group.currentData() else None
        self._reschedule(visit_id, day, engineer or None)

    def _reschedule(self, visit_id: str, day: date | None, engineer_id: str | None) -> None:
        from app.ui.service_plan.reschedule_dialog import RescheduleDialog

        visit = self._visit(visit_id)
        if visit is None:
            return
        dialog = RescheduleDialog(self.store, visit, self.engineers, day, engineer_id, self)
        if dialog.exec():
            self.refresh()
