"""The training session's own details above its attendees (§5.2): on site or central,
the syllabus topics taught, the trainer and the exam's pass mark."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.domain.refusals import Refused
from app.domain.training_exams import MAX_SCORE, SyllabusTopic, TrainingForm
from app.services.store import Store
from app.services.training.sessions import SessionDraft, may_train, save_session, session_of
from app.ui.labels import enum_label, refusal_text


class SessionBox(QGroupBox):
    saved = Signal()

    def __init__(self, store: Store, work_order_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.work_order_id = store, work_order_id
        self.setTitle(self.tr("Training session"))
        draft = session_of(store, work_order_id)
        self.form = QComboBox()
        for member in TrainingForm:
            self.form.addItem(enum_label(member), member)
        self.form.setCurrentIndex(list(TrainingForm).index(draft.form))
        self.topics: dict[SyllabusTopic, QCheckBox] = {}
        topics_row = QHBoxLayout()
        for topic in SyllabusTopic:
            box = QCheckBox(enum_label(topic))
            box.setChecked(topic in draft.topics)
            self.topics[topic] = box
            topics_row.addWidget(box)
        self.trainer = QLineEdit(draft.trainer)
        self.trainer.setPlaceholderText(self.tr("Trainer's name"))
        self.pass_mark = QSpinBox()
        self.pass_mark.setRange(1, MAX_SCORE)
        self.pass_mark.setValue(draft.pass_mark)
        self.save_button = QPushButton(self.tr("Save session"))
        self.save_button.clicked.connect(self.save)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b3261e;")
        self.error.hide()
        first = QHBoxLayout()
        for label, widget in (
            (self.tr("Form:"), self.form),
            (self.tr("Trainer:"), self.trainer),
            (self.tr("Pass mark:"), self.pass_mark),
        ):
            caption = QLabel(label)
            caption.setBuddy(widget)
            first.addWidget(caption)
            first.addWidget(widget)
        first.addWidget(self.save_button)
        layout = QHBoxLayout(self)
        column = QWidget()
        rows = QVBoxLayout(column)
        rows.setContentsMargins(0, 0, 0, 0)
        rows.addLayout(first)
        syllabus = QHBoxLayout()
        syllabus.addWidget(QLabel(self.tr("Syllabus:")))
        syllabus.addLayout(topics_row)
        syllabus.addStretch(1)
        rows.addLayout(syllabus)
        rows.addWidget(self.error)
        layout.addWidget(column)
        self.setEnabled(may_train(store))

    def draft(self) -> SessionDraft:
        return SessionDraft(
            self.form.currentData(),
            tuple(t for t, box in self.topics.items() if box.isChecked()),
            self.trainer.text(),
            self.pass_mark.value(),
        )

    def save(self) -> None:
        try:
            save_session(self.store, self.work_order_id, self.draft())
        except Refused as refused:
            self.error.setText(refusal_text(refused))
            self.error.show()
            return
        self.error.hide()
        self.saved.emit()
