"""A unit's service contract: its kind and period, visits a year, the promised
response and uptime (what counts, over which hours), the unit's clinical hours per
weekday and its exception days (holidays, one "YYYY-MM-DD hours note" per line)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from app.domain.enums import ContractLevel
from app.domain.records import ValidationError
from app.domain.service_plan import ContractDraft, UptimeClock
from app.services.service_plan import contracts
from app.services.store import Store
from app.ui.labels import validation_message
from app.ui.widgets import choice_combo, combo_value, enum_combo


class ContractDialog(QDialog):
    def __init__(
        self, store: Store, contract_id: str | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store, self.contract_id = store, contract_id
        self.setWindowTitle(self.tr("Service contract"))
        draft = (
            contracts.load_contract(store, contract_id)
            if contract_id
            else ContractDraft(starts_on=date.today(), ends_on=date(date.today().year, 12, 31))
        )
        self.unit = choice_combo(contracts.unit_choices(store), draft.equipment_id, searchable=True)
        self.number = QLineEdit(draft.number)
        self.level = enum_combo(list(ContractLevel), draft.level)
        self.starts = self._date(draft.starts_on)
        self.ends = self._date(draft.ends_on)
        self.pm = self._count(draft.pm_visits_per_year)
        self.inspections = self._count(draft.inspections_per_year)
        self.response = QSpinBox()
        self.response.setRange(1, 720)
        self.response.setSuffix(self.tr(" h"))
        self.response.setValue(draft.response_hours)
        self.uptime = QDoubleSpinBox()
        self.uptime.setRange(0, 100)
        self.uptime.setDecimals(1)
        self.uptime.setSuffix(" %")
        self.uptime.setValue(draft.uptime_percent)
        self.excludes_planned = QCheckBox(self.tr("Planned maintenance"))
        self.excludes_customer = QCheckBox(self.tr("Customer-caused"))
        self.excludes_waiting = QCheckBox(self.tr("Waiting for the customer"))
        self.excludes_planned.setChecked(draft.excludes_planned)
        self.excludes_customer.setChecked(draft.excludes_customer_caused)
        self.excludes_waiting.setChecked(draft.excludes_waiting_for_customer)
        self.clock = enum_combo(list(UptimeClock), draft.uptime_clock)
        self.day_start = QTimeEdit(
            QTime(draft.clinical_day_start // 60, draft.clinical_day_start % 60)
        )
        self.day_start.setDisplayFormat("HH:mm")
        days = [
            self.tr("Mon"),
            self.tr("Tue"),
            self.tr("Wed"),
            self.tr("Thu"),
            self.tr("Fri"),
            self.tr("Sat"),
            self.tr("Sun"),
        ]
        hours_box = QGridLayout()
        self.hours: list[QDoubleSpinBox] = []
        for i, name in enumerate(days):
            spin = QDoubleSpinBox()
            spin.setRange(0, 24)
            spin.setDecimals(1)
            spin.setValue(float(draft.clinical_hours[i]) if i < len(draft.clinical_hours) else 0)
            spin.setAccessibleName(name)
            hours_box.addWidget(QLabel(name), 0, i)
            hours_box.addWidget(spin, 1, i)
            self.hours.append(spin)
        self.exceptions = QPlainTextEdit()
        self.exceptions.setPlaceholderText(self.tr("2027-10-01 0 National Day"))
        self.exceptions.setFixedHeight(70)
        if draft.equipment_id:
            self.exceptions.setPlainText(
                "\n".join(
                    f"{d.isoformat()} {h:g} {note}".strip()
                    for d, h, note in contracts.exceptions_of(store, draft.equipment_id)
                )
            )
        self.notes = QLineEdit(draft.notes)
        # who signs the unit's clinical release, when the contract names the person
        self.release_signer = QLineEdit(draft.release_signer_name)
        self.release_signer.setObjectName("release_signer_name")
        self.release_signer.setPlaceholderText(self.tr("Empty: the hospital's physicist"))
        self.release_role = QLineEdit(draft.release_signer_role)
        self.release_role.setObjectName("release_signer_role")
        self.release_role.setPlaceholderText(self.tr("e.g. medical physicist"))
        self.error = QLabel()
        self.error.setStyleSheet("color: #B3261E")
        self.error.setWordWrap(True)
        excludes = QHBoxLayout()
        for box in (self.excludes_planned, self.excludes_customer, self.excludes_waiting):
            excludes.addWidget(box)
        form = QFormLayout(self)
        form.addRow(self.tr("Unit"), self.unit)
        form.addRow(self.tr("Contract number"), self.number)
        form.addRow(self.tr("Type"), self.level)
        form.addRow(self.tr("Starts"), self.starts)
        form.addRow(self.tr("Ends"), self.ends)
        form.addRow(self.tr("PM visits a year"), self.pm)
        form.addRow(self.tr("Inspections a year"), self.inspections)
        form.addRow(self.tr("On site within (down machine)"), self.response)
        form.addRow(self.tr("Guaranteed uptime"), self.uptime)
        form.addRow(self.tr("Downtime not counted"), excludes)
        form.addRow(self.tr("Uptime counted over"), self.clock)
        form.addRow(self.tr("Clinical day starts"), self.day_start)
        form.addRow(self.tr("Clinical hours per day"), hours_box)
        form.addRow(self.tr("Exception days"), self.exceptions)
        form.addRow(self.tr("Signs the clinical release"), self.release_signer)
        form.addRow(self.tr("In the capacity of"), self.release_role)
        form.addRow(self.tr("Notes"), self.notes)
        form.addRow(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    @staticmethod
    def _date(value: date | None) -> QDateEdit:
        edit = QDateEdit(
            QDate(value.year, value.month, value.day) if value else QDate.currentDate()
        )
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        return edit

    @staticmethod
    def _count(value: int) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(0, 52)
        spin.setValue(value)
        return spin

    def draft(self) -> ContractDraft:
        start = self.day_start.time()
        return ContractDraft(
            equipment_id=combo_value(self.unit) or "",
            number=self.number.text(),
            level=combo_value(self.level),
            starts_on=self.starts.date().toPython(),  # type: ignore[arg-type]
            ends_on=self.ends.date().toPython(),  # type: ignore[arg-type]
            pm_visits_per_year=self.pm.value(),
            inspections_per_year=self.inspections.value(),
            response_hours=self.response.value(),
            uptime_percent=self.uptime.value(),
            excludes_planned=self.excludes_planned.isChecked(),
            excludes_customer_caused=self.excludes_customer.isChecked(),
            excludes_waiting_for_customer=self.excludes_waiting.isChecked(),
            uptime_clock=combo_value(self.clock),
            clinical_day_start=start.hour() * 60 + start.minute(),
            clinical_hours=[spin.value() for spin in self.hours],
            notes=self.notes.text(),
            release_signer_name=self.release_signer.text(),
            release_signer_role=self.release_role.text(),
        )

    def parsed_exceptions(self) -> list[tuple[date, float, str]] | None:
        """The exception lines, or None (after saying which line) when one is not
        "YYYY-MM-DD hours [note]"."""
        result = []
        for number, line in enumerate(self.exceptions.toPlainText().splitlines(), 1):
            parts = line.split(maxsplit=2)
            if not parts:
                continue
            try:
                day = date.fromisoformat(parts[0])
                hours = float(parts[1]) if len(parts) > 1 else 0.0
                if not 0 <= hours <= 24:
                    raise ValueError
            except ValueError:
                self.error.setText(
                    self.tr("Exception line %1: write YYYY-MM-DD, hours (0-24), a note.").replace(
                        "%1", str(number)
                    )
                )
                return None
            result.append((day, hours, parts[2] if len(parts) > 2 else ""))
        return result

    def save(self) -> None:
        exceptions = self.parsed_exceptions()
        if exceptions is None:
            return
        draft = self.draft()
        try:
            self.contract_id = contracts.save_contract(self.store, self.contract_id, draft)
            contracts.set_exceptions(self.store, draft.equipment_id, exceptions)
        except ValidationError as exc:
            self.error.setText(
                "\n".join(validation_message(e.message, "ServicePlan") for e in exc.errors)
            )
            return
        self.accept()
