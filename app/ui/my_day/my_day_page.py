"""The "My day" start page: my jobs due today or overdue (contact and phone at hand),
the jobs waiting for parts, the follow-up calls due, and one search box over every
kind of record.

The page is built with the other pages once the database is open, but reads nothing
until it is shown; every read runs in a worker (app/ui/tasks.py) and a newer read
supersedes an older one, so typing in the search box never waits on the database.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain import local_time
from app.domain.enums import WorkOrderState
from app.services.my_day.day import MyDay, load_my_day
from app.services.store import Store
from app.ui.i18n import arg
from app.ui.labels import enum_label
from app.ui.list_page import RecordTable
from app.ui.my_day.colours import hospital_name
from app.ui.my_day.day_tables import (
    DayTableModel,
    contact_text,
    follow_up_columns,
    job_columns,
    parts_columns,
    parts_text,
    phone_text,
)
from app.ui.my_day.search_panel import SearchPanel
from app.ui.tasks import run_in_background

SEARCH_DELAY_MS = 200  # a pause in typing, then one query


def _table(model: DayTableModel) -> RecordTable:
    table = RecordTable()
    table.setModel(model)
    for number, column in enumerate(model.columns):
        table.setColumnWidth(number, column.width)
    return table


def _fit_rows(table: RecordTable, rows: int, most: int = 6) -> None:
    """As tall as its rows (up to `most`, then it scrolls): a short list leaves the room
    to the day's jobs above it."""
    shown = max(1, min(rows, most))
    height = table.horizontalHeader().sizeHint().height()
    height += shown * table.verticalHeader().defaultSectionSize() + 2 * table.frameWidth()
    if table.horizontalScrollBar().isVisible():
        height += table.horizontalScrollBar().sizeHint().height()
    table.setFixedHeight(height + 2)


def _muted(text: str = "") -> QLabel:
    """A quiet line: loading, empty states (the palette's disabled text colour)."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setEnabled(False)
    return label


def _heading(text: str = "") -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


class SearchBox(QLineEdit):
    """The search field: Down moves into the results, Escape clears."""

    down = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Down:
            self.down.emit()
            return
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            return
        super().keyPressEvent(event)


class MyDayPage(QWidget):
    """Emits `open_requested(page key, record id)` for the main window to open."""

    open_requested = Signal(str, str)

    def __init__(
        self, store: Store, settings: QSettings | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store, self.settings = store, settings
        self.day: MyDay | None = None
        self._day_generation = 0

        self.title = QLabel()
        title_font = QFont(self.title.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.3)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.search = SearchBox()
        self.search.setPlaceholderText(
            self.tr("Search work orders, units, hospitals, parts (Ctrl+K)…")
        )
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(200)  # the window stays as narrow as its other pages
        self.search.setMaximumWidth(460)

        self.model = DayTableModel(job_columns(), lambda job: job.id, self)
        self.table = _table(self.model)
        self.parts_model = DayTableModel(parts_columns(), lambda job: job.id, self)
        self.parts_table = _table(self.parts_model)
        # A due call opens the dialog that records how it went, as on the Follow-ups page.
        self.follow_ups_model = DayTableModel(follow_up_columns(), lambda f: f.id, self)
        self.follow_ups_table = _table(self.follow_ups_model)
        for table, model, key in (
            (self.table, self.model, "work_orders"),
            (self.parts_table, self.parts_model, "work_orders"),
            (self.follow_ups_table, self.follow_ups_model, "follow_ups"),
        ):
            table.activated_row.connect(lambda row, m=model, k=key: self._open_row(m, row, k))

        self.count = _heading()
        self.jobs_empty = _muted()
        self.job_detail = QLabel()
        self.job_detail.setWordWrap(True)
        self.job_detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table.selectionModel().currentRowChanged.connect(self._show_job_detail)
        self.later_note = _muted()
        self.parts_heading = _heading()
        self.parts_empty = _muted(self.tr("No job of yours is waiting for parts."))
        self.follow_ups_heading = _heading()
        self.follow_ups_empty = _muted(self.tr("No follow-up call is due."))
        self.loading = _muted(self.tr("Loading your day…"))
        self.loading.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.search_panel = SearchPanel(store)
        self.search_panel.open_requested.connect(self.open_requested)
        self.search_panel.escaped.connect(self.focus_search)

        self.body = QStackedWidget()
        self.body.addWidget(self.loading)
        self.body.addWidget(self._overview())
        self.body.addWidget(self.search_panel)

        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.search, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 0)
        layout.addLayout(top)
        layout.addWidget(self.body, 1)
        self.setFocusProxy(self.table)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self._search_now)
        self.search.textChanged.connect(self._typed)
        self.search.returnPressed.connect(self._open_first_hit)
        self.search.down.connect(self.search_panel.results.enter_from_search)
        self._show_title()

    def _overview(self) -> QWidget:
        overview = QWidget()
        layout = QVBoxLayout(overview)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.count)
        layout.addWidget(self.table, 3)
        layout.addWidget(self.job_detail)
        layout.addWidget(self.jobs_empty)
        layout.addWidget(self.later_note)
        bottom = QHBoxLayout()
        for heading, table, empty, stretch in (
            (self.parts_heading, self.parts_table, self.parts_empty, 1),
            (self.follow_ups_heading, self.follow_ups_table, self.follow_ups_empty, 1),
        ):
            column = QVBoxLayout()
            column.addWidget(heading)
            column.addWidget(table)
            column.addWidget(empty)
            column.addStretch(1)
            bottom.addLayout(column, stretch)
        layout.addLayout(bottom, 1)
        return overview

    # --- what the main window asks (as of a list page) ---------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        self.refresh()  # each time it is seen: the day moves on
        super().showEvent(event)

    def refresh(self) -> None:
        """Reads the day again in a worker; what is shown stays until the new day arrives."""
        self._day_generation += 1
        generation, store = self._day_generation, self.store

        def done(day: MyDay) -> None:
            if generation == self._day_generation:
                self._show_day(day)

        def failed(error: BaseException) -> None:
            if generation == self._day_generation:
                self.loading.setText(arg(self.tr("Your day could not be read: %1"), str(error)))
                self.body.setCurrentIndex(0)

        run_in_background(lambda: load_my_day(store), done, failed)
        if self.search.text().strip():
            self._search_now()

    def save_state(self) -> None:
        """Nothing to remember: the page is rebuilt from the day each time."""

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def current_id(self) -> str | None:
        index = self.table.currentIndex()
        return self.model.id_at(index.row()) if index.isValid() else None

    # --- the day -----------------------------------------------------------------------

    def _show_title(self) -> None:
        today = local_time.today()
        when = QLocale().toString(
            QDate(today.year, today.month, today.day), QLocale.FormatType.LongFormat
        )
        if self.day is None:
            self.title.setText(arg(self.tr("My day · %1"), when))
        else:
            self.title.setText(arg(self.tr("My day · %1 · %2"), when, self.day.display_name))

    def _show_day(self, day: MyDay) -> None:
        self.day = day
        self._show_title()
        chosen = self.current_id()
        self.model.set_rows(day.jobs)
        ids = [job.id for job in day.jobs]
        if ids:  # the job chosen before, else the most pressing
            self.table.selectRow(ids.index(chosen) if chosen in ids else 0)
        self._show_job_detail()
        self.parts_model.set_rows(day.parts_waiting)
        self.follow_ups_model.set_rows(day.follow_ups)
        jobs = len(day.jobs)
        self.count.setText(
            arg(
                self.tr("Due today and overdue: %1 (%2 overdue)"),
                jobs,
                day.overdue,
            )
            if day.overdue
            else arg(self.tr("Due today: %1"), jobs)
        )
        self.table.setVisible(bool(jobs))
        self.job_detail.setVisible(bool(jobs))
        self.jobs_empty.setVisible(not jobs)
        if not day.known:
            empty_text = self.tr(
                "No job can be assigned to %1 yet: users arrive with the first sync "
                "(Settings → Who is using this laptop)."
            )
        elif day.later or day.parts_waiting:
            empty_text = self.tr("Nothing due today, and nothing overdue.")
        else:
            empty_text = self.tr(
                "Nothing due today, and nothing overdue: no open job is assigned to you."
            )
        self.jobs_empty.setText(arg(empty_text, day.login))
        self.later_note.setVisible(bool(day.later))
        self.later_note.setText(
            self.tr(
                "%n more open job(s) of yours are due later; the Work orders page lists them all.",
                "",
                day.later,
            )
        )
        for heading, table, empty, count, text in (
            (
                self.parts_heading,
                self.parts_table,
                self.parts_empty,
                len(day.parts_waiting),
                self.tr("Waiting for parts: %1"),
            ),
            (
                self.follow_ups_heading,
                self.follow_ups_table,
                self.follow_ups_empty,
                len(day.follow_ups),
                self.tr("Follow-up calls due: %1"),
            ),
        ):
            heading.setText(arg(text, count))
            _fit_rows(table, count)
            table.setVisible(bool(count))
            empty.setVisible(not count)
        if self.body.currentIndex() == 0:
            self.body.setCurrentIndex(1)

    def _show_job_detail(self) -> None:
        """The selected job in full: where, what, whom to call, which parts."""
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= len(self.model.rows):
            self.job_detail.clear()
            return
        job = self.model.rows[index.row()]
        where = " · ".join(
            (
                job.number,
                enum_label(job.type),
                hospital_name(job.hospital_zh, job.hospital_en),
                job.site,
                job.equipment,
            )
        )
        call = arg(self.tr("Call %1: %2"), contact_text(job.contact), phone_text(job.contact))
        lines = [where, " ".join(job.description.split()), call]
        if job.parts or job.state is WorkOrderState.AWAITING_PARTS:
            lines.append(arg(self.tr("Parts: %1"), parts_text(job)))
        self.job_detail.setText("\n".join(lines))

    def _open_row(self, model: DayTableModel, row: int, key: str) -> None:
        record_id = model.id_at(row)
        if record_id is not None:
            self.open_requested.emit(key, record_id)

    # --- search ------------------------------------------------------------------------

    def _typed(self, text: str) -> None:
        if text.strip():
            self._debounce.start()
            return
        self._debounce.stop()
        self.search_panel.cancel()
        self.body.setCurrentIndex(1 if self.day is not None else 0)

    def _search_now(self) -> None:
        text = self.search.text().strip()
        if text:
            self.search_panel.run(text)
            self.body.setCurrentWidget(self.search_panel)

    def _open_first_hit(self) -> None:
        self._debounce.stop()
        if not (self.body.currentWidget() is self.search_panel and self.search_panel.open_first()):
            self._search_now()
