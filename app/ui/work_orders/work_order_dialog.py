"""Creating and editing a work order (its workflow steps come with the field-work pages)."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSizePolicy,
    QWidget,
)

from app.domain import local_time
from app.domain.enums import Priority, WorkOrderType
from app.domain.records import WorkOrderDraft
from app.services.registry import equipment
from app.services.store import Store
from app.services.work_orders import orders as work_orders
from app.ui.i18n import chinese
from app.ui.labels import enum_label
from app.ui.record_dialog import RecordDialog
from app.ui.widgets import choice_combo, combo_value, enum_combo


class WorkOrderDialog(RecordDialog):
    def __init__(
        self,
        store: Store,
        work_order_id: str | None,
        parent: QWidget | None = None,
        equipment_id: str | None = None,
    ) -> None:
        super().__init__(
            self.tr("Work order") if work_order_id else self.tr("New work order"), parent
        )
        self.store, self.work_order_id = store, work_order_id
        if work_order_id:
            number, draft = work_orders.load_work_order(store, work_order_id)
        else:
            number = self.tr("(assigned when saved)")
            draft = WorkOrderDraft(equipment_id=equipment_id or "", reported_at=datetime.now(UTC))
        self.state = draft.state
        self.number = QLabel(number)
        self.number.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.type = enum_combo(list(WorkOrderType), draft.type)
        self.priority = enum_combo(list(Priority), draft.priority)
        self.unit = choice_combo(
            equipment.equipment_choices(store, english=not chinese()),
            draft.equipment_id,
            searchable=True,
        )
        self.reported = QDateTimeEdit()
        self.reported.setCalendarPopup(True)
        self.reported.setDisplayFormat("yyyy-MM-dd HH:mm")
        assert draft.reported_at is not None
        # The installation's wall clock, whatever the system's zone.
        wall = local_time.local(draft.reported_at)
        self.reported.setDateTime(
            QDateTime(QDate(wall.year, wall.month, wall.day), QTime(wall.hour, wall.minute))
        )
        self.engineers = QListWidget()
        self.engineers.setFixedHeight(110)
        self.engineers.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        for user_id, name in work_orders.engineer_choices(store):
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, user_id)
            checked = user_id in draft.engineer_ids
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.engineers.addItem(item)
        self.description = QPlainTextEdit(draft.description)
        self.description.setTabChangesFocus(True)
        self.description.setPlaceholderText(
            self.tr("What the customer reported, or what is to be done")
        )
        self.add_field("number", self.tr("Number"), self.number)
        self.add_field("state", self.tr("State"), QLabel(enum_label(draft.state)))
        self.add_field("type", self.tr("Type"), self.type)
        self.add_field("priority", self.tr("Priority"), self.priority)
        self.add_field("equipment_id", self.tr("Equipment"), self.unit)
        self.add_field("reported_at", self.tr("Reported at"), self.reported)
        self.add_field("engineer_ids", self.tr("Engineers"), self.engineers)
        self.add_field("description", self.tr("Description"), self.description)
        self.enable_autosave(store, f"work_order:{work_order_id or 'new'}")
        self.resize(680, 620)

    def save(self) -> None:
        local = self.reported.dateTime().toPython()
        assert isinstance(local, datetime)
        engineers = [
            self.engineers.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.engineers.count())
            if self.engineers.item(i).checkState() == Qt.CheckState.Checked
        ]
        draft = WorkOrderDraft(
            type=combo_value(self.type),
            priority=combo_value(self.priority),
            state=self.state,
            equipment_id=combo_value(self.unit) or "",
            description=self.description.toPlainText(),
            reported_at=local_time.from_local(local),
            engineer_ids=engineers,
        )
        saved = work_orders.save_work_order(self.store, self.work_order_id, draft)
        self.work_order_id = saved.id
        self.number.setText(saved.number)
