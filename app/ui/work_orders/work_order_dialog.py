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
from app.services.staff import qualifications
from app.services.store import Store
from app.services.work_orders import orders as work_orders
from app.ui.i18n import arg, chinese
from app.ui.labels import enum_label, format_date
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
        # A chosen engineer without a qualification the unit needs (§8.2), or with it
        # expired: said in plain words while choosing, not refused.
        self.qualification_warning = QLabel()
        self.qualification_warning.setObjectName("qualification_warning")
        self.qualification_warning.setWordWrap(False)  # one short line each: no clipping
        self.qualification_warning.setStyleSheet("color: #9b1218; font-weight: bold;")
        self.qualification_warning.setSizePolicy(
            QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum
        )
        self.engineers.itemChanged.connect(lambda _item: self._warn_qualifications())
        self.unit.currentIndexChanged.connect(lambda _i: self._warn_qualifications())
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
        self.add_field("qualifications", "", self.qualification_warning)
        self.add_field("description", self.tr("Description"), self.description)
        self.enable_autosave(store, f"work_order:{work_order_id or 'new'}")
        self._warn_qualifications()
        self.resize(680, 620)

    def _chosen_engineers(self) -> list[str]:
        return [
            self.engineers.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.engineers.count())
            if self.engineers.item(i).checkState() == Qt.CheckState.Checked
        ]

    def _warn_qualifications(self) -> None:
        """One line per missing or expired qualification of the chosen engineers."""
        found = qualifications.assignment_gaps(
            self.store, combo_value(self.unit) or "", self._chosen_engineers(), local_time.today()
        )
        lines = [
            arg(self.tr("%1 has no %2 qualification for this unit."), g.engineer,
                enum_label(g.gap.kind))
            if g.gap.expired_on is None
            else arg(self.tr("%1's %2 qualification expired on %3."), g.engineer,
                     enum_label(g.gap.kind), format_date(g.gap.expired_on))
            for g in found
        ]  # fmt: skip
        self.qualification_warning.setText("\n".join(f"⚠ {line}" for line in lines))
        self.qualification_warning.setVisible(bool(lines))

    def save(self) -> None:
        local = self.reported.dateTime().toPython()
        assert isinstance(local, datetime)
        engineers = self._chosen_engineers()
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
