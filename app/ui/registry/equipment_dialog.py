"""Editing an installed unit: identity, registration, dates, contract, clinical hours."""

from __future__ import annotations

from PySide6.QtWidgets import QDoubleSpinBox, QGridLayout, QLabel, QLineEdit, QWidget

from app.domain.enums import ContractLevel, EquipmentStatus
from app.domain.records import EquipmentDraft
from app.services.registry import customers, equipment
from app.services.store import Store
from app.ui.i18n import chinese
from app.ui.record_dialog import RecordDialog
from app.ui.widgets import OptionalDateEdit, choice_combo, combo_value, enum_combo


class EquipmentDialog(RecordDialog):
    def __init__(
        self,
        store: Store,
        equipment_id: str | None,
        parent: QWidget | None = None,
        site_id: str | None = None,
    ) -> None:
        super().__init__(self.tr("Equipment") if equipment_id else self.tr("New equipment"), parent)
        self.store, self.equipment_id = store, equipment_id
        draft = (
            equipment.load_equipment(store, equipment_id)
            if equipment_id
            else EquipmentDraft(site_id=site_id or "")
        )
        self.model = choice_combo(equipment.model_choices(store), draft.model_id, searchable=True)
        sites = customers.site_choices(store, english=not chinese())
        self.site = choice_combo(sites, draft.site_id, searchable=True)
        self.serial = QLineEdit(draft.serial_number)
        self.nmpa = QLineEdit(draft.nmpa_registration_no)
        self.nmpa.setPlaceholderText("国械注进20173301234")
        self.udi = QLineEdit(draft.udi)
        self.udi.setPlaceholderText("(01)00843475100247(21)H191234")
        self.install = OptionalDateEdit(draft.install_date)
        self.acceptance = OptionalDateEdit(draft.acceptance_date)
        self.warranty = OptionalDateEdit(draft.warranty_end)
        self.contract = enum_combo(list(ContractLevel), draft.contract_level)
        self.status = enum_combo(list(EquipmentStatus), draft.status)
        self.hours = [QDoubleSpinBox() for _ in range(7)]
        hours_box = QWidget()
        grid = QGridLayout(hours_box)
        grid.setContentsMargins(0, 0, 0, 0)
        days = [
            self.tr("Mon"),
            self.tr("Tue"),
            self.tr("Wed"),
            self.tr("Thu"),
            self.tr("Fri"),
            self.tr("Sat"),
            self.tr("Sun"),
        ]
        for column, (day, box, value) in enumerate(
            zip(days, self.hours, draft.clinical_hours, strict=True)
        ):
            box.setRange(0, 24)
            box.setDecimals(1)
            box.setSingleStep(0.5)
            box.setValue(value)
            grid.addWidget(QLabel(day), 0, column)
            grid.addWidget(box, 1, column)
        self.add_field("model_id", self.tr("Model"), self.model)
        self.add_field("site_id", self.tr("Hospital and site"), self.site)
        self.add_field("serial_number", self.tr("Serial number"), self.serial)
        self.add_field("nmpa_registration_no", self.tr("NMPA registration no."), self.nmpa)
        self.add_field("udi", self.tr("UDI"), self.udi)
        self.add_field("install_date", self.tr("Installed"), self.install)
        self.add_field("acceptance_date", self.tr("Accepted"), self.acceptance)
        self.add_field("warranty_end", self.tr("Warranty ends"), self.warranty)
        self.add_field("contract_level", self.tr("Service contract"), self.contract)
        self.add_field("status", self.tr("Status"), self.status)
        self.add_field("clinical_hours", self.tr("Clinical hours per day"), hours_box)
        self.enable_autosave(store, f"equipment:{equipment_id or 'new'}")
        self.resize(640, self.sizeHint().height())

    def save(self) -> None:
        draft = EquipmentDraft(
            model_id=combo_value(self.model) or "",
            site_id=combo_value(self.site) or "",
            serial_number=self.serial.text(),
            nmpa_registration_no=self.nmpa.text(),
            udi=self.udi.text().strip(),
            install_date=self.install.value(),
            acceptance_date=self.acceptance.value(),
            warranty_end=self.warranty.value(),
            contract_level=combo_value(self.contract),
            status=combo_value(self.status),
            clinical_hours=[box.value() for box in self.hours],
        )
        self.equipment_id = equipment.save_equipment(self.store, self.equipment_id, draft)
