"""Attendance and exam results of one course for every member of the service staff
(§8.1): per person, on the course or not, attended or absent, and the score when
examined. Saved together; a refused score is shown at its line and nothing is saved."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QWidget,
)

from app.domain.records import FieldError
from app.services.staff import results
from app.services.staff.results import ResultEntry, RosterLine, score_field
from app.services.store import Store
from app.ui.i18n import arg
from app.ui.staff.form_dialog import StaffFormDialog

MAX_LINES_HEIGHT = 520  # pixels of lines before the list scrolls


class ResultsDialog(StaffFormDialog):
    def __init__(self, store: Store, course_id: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Attendance and exam results"), parent)
        self.store, self.course_id = store, course_id
        roster = results.course_roster(store, course_id)
        intro = QLabel(
            arg(self.tr("%1 — pass mark %2. Leave the score empty until the exam is marked."),
                roster.title, str(roster.pass_mark))
        )  # fmt: skip
        intro.setWordWrap(True)
        self.form.addRow(intro)
        self.attendance: dict[str, QComboBox] = {}
        self.scores: dict[str, QLineEdit] = {}
        for line in roster.lines:
            self._add_line(line)
        self._scroll_lines()
        first = next(iter(self.attendance.values()), None)
        if first is not None:
            first.setFocus()
        self.resize(520, self.sizeHint().height())

    def _scroll_lines(self) -> None:
        """A large team scrolls inside the form; Save stays on a 768-pixel screen."""
        self.body.removeItem(self.form)
        lines = QWidget()
        lines.setLayout(self.form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(lines)
        self.body.insertWidget(1, scroll)
        self._scroll, self._lines = scroll, lines
        self._fit()

    def _fit(self) -> None:
        """As tall as the lines (with their errors), up to MAX_LINES_HEIGHT."""
        self._scroll.setMinimumHeight(min(self._lines.sizeHint().height(), MAX_LINES_HEIGHT))

    def show_errors(self, errors: list[FieldError]) -> None:
        super().show_errors(errors)
        self._fit()
        self.resize(self.width(), max(self.height(), self.sizeHint().height()))

    def _add_line(self, line: RosterLine) -> None:
        attendance = QComboBox()
        attendance.addItem(self.tr("Not on this course"), None)
        attendance.addItem(self.tr("Attended"), True)
        attendance.addItem(self.tr("Absent"), False)
        attendance.setCurrentIndex({None: 0, True: 1, False: 2}[line.attended])
        score = QLineEdit("" if line.score is None else str(line.score))
        score.setPlaceholderText(self.tr("0–100"))
        score.setMaximumWidth(90)
        score.setEnabled(line.attended is True)
        attendance.currentIndexChanged.connect(
            lambda _i, a=attendance, s=score: s.setEnabled(a.currentData() is True)
        )
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(attendance)
        layout.addWidget(QLabel(self.tr("Score")))
        layout.addWidget(score)
        layout.addStretch(1)
        field = score_field(line.user_id)
        super(StaffFormDialog, self).add_field(field, line.engineer, row)
        self._inputs[field] = score  # the error marks the score, not the whole line
        self.attendance[line.user_id] = attendance
        self.scores[line.user_id] = score

    def save_work(self) -> Callable[[], object]:
        entries = [
            ResultEntry(
                user_id,
                combo.currentData(),
                self.scores[user_id].text() if combo.currentData() is True else "",
            )
            for user_id, combo in self.attendance.items()
        ]
        store, course_id = self.store, self.course_id
        return lambda: results.record_results(store, course_id, entries)
