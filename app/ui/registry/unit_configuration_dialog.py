"""The unit's configuration (issue 11 §3): treatment class, installed options, beams
with their reference output, and the dated history of software and firmware versions.

The class is what the unit's QA runs use; the beams are the rows of per-beam checklist
items. Versions are only ever added (an upgrade work order adds its own through the
service); the history reads newest first and cannot be edited here.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.records import ValidationError
from app.domain.unit_configuration import Beam, Particle, TreatmentClass
from app.services.registry import unit_configuration as config
from app.services.registry.unit_configuration import BeamDraft
from app.services.store import Store
from app.ui.labels import enum_label, format_date, validation_message
from app.ui.widgets import OptionalDateEdit

B_PARTICLE, B_ENERGY, B_FFF, B_OUTPUT = range(4)
ERROR_STYLE = "color: #b3261e;"


class UnitConfigurationDialog(QDialog):
    def __init__(self, store: Store, equipment_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.equipment_id = store, equipment_id
        self.setWindowTitle(self.tr("Unit configuration"))
        loaded = config.load_configuration(store, equipment_id)
        self.treatment_class = QComboBox()
        self.treatment_class.setObjectName("treatment_class")
        self.treatment_class.addItem(self.tr("Not set"), "")
        for member in TreatmentClass:
            self.treatment_class.addItem(enum_label(member), member.value)
        current = loaded.treatment_class.value if loaded.treatment_class else ""
        self.treatment_class.setCurrentIndex(self.treatment_class.findData(current))
        self.options = QLineEdit("; ".join(loaded.options))
        self.options.setObjectName("installed_options")
        self.options.setPlaceholderText(self.tr("e.g. RapidArc; OBI/CBCT; gating"))
        top = QFormLayout()
        top.addRow(self.tr("Treatment class"), self.treatment_class)
        top.addRow(self.tr("Installed options"), self.options)

        self.beams = QTableWidget(0, 4)
        self.beams.setObjectName("beams")
        self.beams.setHorizontalHeaderLabels(
            [
                self.tr("Particle"),
                self.tr("Energy (MV / MeV)"),
                self.tr("FFF"),
                self.tr("Reference output (cGy/MU)"),
            ]
        )
        self.beams.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.beams.verticalHeader().hide()
        self.beam_ids: list[str | None] = []
        for beam in loaded.beams:
            self.add_beam(beam)
        add = QPushButton(self.tr("Add beam"))
        add.setObjectName("add_beam")
        add.clicked.connect(lambda: self.add_beam())
        remove = QPushButton(self.tr("Remove beam"))
        remove.clicked.connect(self.remove_beam)
        beam_buttons = QHBoxLayout()
        beam_buttons.addWidget(add)
        beam_buttons.addWidget(remove)
        beam_buttons.addStretch(1)
        beams_box = QGroupBox(self.tr("Beams"))
        beams_layout = QVBoxLayout(beams_box)
        beams_layout.addWidget(self.beams)
        beams_layout.addLayout(beam_buttons)

        self.versions = QTableWidget(0, 5)
        self.versions.setObjectName("versions")
        self.versions.setHorizontalHeaderLabels(
            [
                self.tr("Installed on"),
                self.tr("Component"),
                self.tr("Version"),
                self.tr("Recorded by"),
                self.tr("Work order"),
            ]
        )
        self.versions.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.versions.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.versions.verticalHeader().hide()
        self.component = QLineEdit()
        self.component.setPlaceholderText(self.tr("Component, e.g. Treatment console"))
        self.version = QLineEdit()
        self.version.setPlaceholderText(self.tr("Version"))
        self.installed_on = OptionalDateEdit(date.today())
        record = QPushButton(self.tr("Record version"))
        record.setObjectName("record_version")
        record.clicked.connect(self.record_version)
        new_version = QHBoxLayout()
        for widget in (self.component, self.version, self.installed_on, record):
            new_version.addWidget(widget)
        versions_box = QGroupBox(self.tr("Software and firmware versions"))
        versions_layout = QVBoxLayout(versions_box)
        versions_layout.addWidget(self.versions)
        versions_layout.addLayout(new_version)
        self._show_versions(loaded.versions)

        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(beams_box, 1)
        layout.addWidget(versions_box, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(860, 640)

    def add_beam(self, beam: Beam | None = None) -> None:
        row = self.beams.rowCount()
        self.beams.insertRow(row)
        particle = QComboBox()
        for member in Particle:
            particle.addItem(enum_label(member), member.value)
        chosen = beam.particle if beam else Particle.PHOTON
        particle.setCurrentIndex(particle.findData(chosen.value))
        energy = QDoubleSpinBox()
        energy.setRange(0, 50)
        energy.setDecimals(1)
        energy.setValue(beam.energy if beam else 6.0)
        fff = QCheckBox()
        fff.setChecked(bool(beam and beam.fff))
        output = QLineEdit(
            f"{beam.reference_output:.3f}" if beam and beam.reference_output is not None else ""
        )
        output.setPlaceholderText("1.000")
        self.beams.setCellWidget(row, B_PARTICLE, particle)
        self.beams.setCellWidget(row, B_ENERGY, energy)
        self.beams.setCellWidget(row, B_FFF, fff)
        self.beams.setCellWidget(row, B_OUTPUT, output)
        self.beam_ids.append(beam.id if beam else None)

    def remove_beam(self) -> None:
        row = self.beams.currentRow()
        if row >= 0:
            self.beams.removeRow(row)
            del self.beam_ids[row]

    def beam_drafts(self) -> list[BeamDraft]:
        """The beams as entered; raises ValueError on a reference output not a number."""
        drafts = []
        for row in range(self.beams.rowCount()):
            particle = self.beams.cellWidget(row, B_PARTICLE)
            energy = self.beams.cellWidget(row, B_ENERGY)
            fff = self.beams.cellWidget(row, B_FFF)
            output = self.beams.cellWidget(row, B_OUTPUT)
            assert isinstance(particle, QComboBox) and isinstance(energy, QDoubleSpinBox)
            assert isinstance(fff, QCheckBox) and isinstance(output, QLineEdit)
            text = output.text().strip().replace(",", ".")
            drafts.append(
                BeamDraft(
                    Particle(particle.currentData()),
                    energy.value(),
                    fff.isChecked(),
                    float(text) if text else None,
                    self.beam_ids[row],
                )
            )
        return drafts

    def save(self) -> None:
        try:
            beams = self.beam_drafts()
        except ValueError:
            self._refuse(self.tr("A reference output must be a number, e.g. 1.000."))
            return
        options = self.options.text().replace("；", ";").split(";")
        try:
            config.save_configuration(
                self.store,
                self.equipment_id,
                self.treatment_class.currentData() or "",
                options,
                beams,
            )
        except ValidationError as error:
            self._refuse_errors(error)
            return
        self.accept()

    def record_version(self) -> None:
        installed = self.installed_on.value() or date.today()
        try:
            config.record_version(
                self.store,
                self.equipment_id,
                self.component.text(),
                self.version.text(),
                installed,
            )
        except ValidationError as error:
            self._refuse_errors(error)
            return
        self.error.hide()
        self.component.clear()
        self.version.clear()
        self._show_versions(config.load_configuration(self.store, self.equipment_id).versions)

    def _show_versions(self, versions: tuple[config.VersionEntry, ...]) -> None:
        self.versions.setRowCount(len(versions))
        for row, entry in enumerate(versions):
            cells = (
                format_date(entry.installed_on),
                entry.component,
                entry.version,
                entry.recorded_by,
                entry.work_order_number,
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.versions.setItem(row, column, item)

    def _refuse_errors(self, error: ValidationError) -> None:
        messages = dict.fromkeys(
            validation_message(e.message, "UnitConfiguration") for e in error.errors
        )
        self._refuse("\n".join(messages))

    def _refuse(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
