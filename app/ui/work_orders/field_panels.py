"""The repair record and installation record forms; they save as the engineer types."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import AdverseEventAnswer, TrialRunResult
from app.domain.field_records import InstallationDraft, RepairDraft
from app.domain.records import ValidationError
from app.services.clinical.return_to_service import return_to_service
from app.services.store import Store
from app.services.work_orders import field_records
from app.ui.autosave import FormAutosave, parse_iso_date
from app.ui.i18n import arg
from app.ui.labels import enum_label, validation_message
from app.ui.record_dialog import ERROR_STYLE
from app.ui.registry.fault_code_picker import FaultCodePicker
from app.ui.widgets import OptionalDateEdit, enum_combo


def _text(value: str, lines: int = 3) -> QPlainTextEdit:
    box = QPlainTextEdit(value)
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 14)
    return box


def _hours(value: float) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(0, 500)
    box.setDecimals(1)
    box.setSingleStep(0.5)
    box.setSuffix(" h")
    box.setValue(value)
    return box


class AutosavingPanel(QWidget):
    """A form whose every pause in typing is saved into its record."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = QFormLayout()
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.inputs: dict[str, QWidget] = {}
        self.autosave: FormAutosave | None = None

    def add(self, name: str, label: str, widget: QWidget) -> None:
        self.inputs[name] = widget
        self.form.addRow(label, widget)

    def watch(self, store: Store, key: str) -> None:
        self.autosave = FormAutosave(
            store, key, self.inputs, self, self.commit, self._refused, self._saved
        )
        if self.autosave.start():
            self.autosave.save_now()  # input left by a crash goes into the record now

    def commit(self, values: dict[str, Any]) -> None:
        raise NotImplementedError

    def set_read_only(self, read_only: bool) -> None:
        for widget in self.inputs.values():
            widget.setEnabled(not read_only)

    def _refused(self, refused: ValidationError) -> None:
        self.status.setStyleSheet(ERROR_STYLE)
        self.status.setText(
            "\n".join("⚠ " + validation_message(e.message) for e in refused.errors)
            + "\n"
            + self.tr("What you typed is kept and saved once it is valid.")
        )

    def _saved(self) -> None:
        self.status.setStyleSheet("color: #3a6b35;")
        self.status.setText(self.tr("✓ Saved"))


class RepairPanel(AutosavingPanel):
    """The repair record (§4.4): symptom, fault code, cause, actions, hours, trial run.

    A fault code that could have harmed someone (a stuck source, dose channels that
    disagree) brings up the adverse-event question under it, as a medical-device
    vigilance record asks it: was anyone harmed or could a patient have been, and to
    whom and when it was reported. The answer stays visible once given.
    """

    def __init__(self, store: Store, work_order_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.store, self.work_order_id = store, work_order_id
        draft = field_records.load_repair(store, work_order_id)
        self.fault_code = FaultCodePicker(
            field_records.modality_of(store, work_order_id), draft.fault_code
        )
        self.fault_code.setPlaceholderText(self.tr("Type a code or words to search"))
        self.add("symptom", self.tr("Symptom as reported"), _text(draft.symptom))
        self.add("fault_code", self.tr("Fault code"), self.fault_code)
        self.code_facts = QLabel()
        self.code_facts.setWordWrap(True)
        self.form.addRow("", self.code_facts)
        self.adverse_event = enum_combo(list(AdverseEventAnswer), draft.adverse_event)
        self.reported_to = QLineEdit(draft.adverse_event_reported_to)
        self.reported_to.setPlaceholderText(
            self.tr("e.g. the hospital's device-safety officer; the national reporting system")
        )
        self.reported_on = OptionalDateEdit(draft.adverse_event_reported_on)
        self.add("adverse_event", self.tr("Adverse event?"), self.adverse_event)
        self.add("adverse_event_reported_to", self.tr("Reported to"), self.reported_to)
        self.add("adverse_event_reported_on", self.tr("Reported on"), self.reported_on)
        self.fault_code.textChanged.connect(self._show_code_facts)
        self.adverse_event.currentIndexChanged.connect(self._show_code_facts)
        self._show_code_facts()
        self.add("cause", self.tr("Cause"), _text(draft.cause))
        self.add("actions", self.tr("Actions taken"), _text(draft.actions, 4))
        self.add("labour_hours", self.tr("Labour"), _hours(draft.labour_hours))
        self.add("travel_hours", self.tr("Travel"), _hours(draft.travel_hours))
        self.add(
            "trial_run_result",
            self.tr("Trial run"),
            enum_combo(list(TrialRunResult), draft.trial_run_result),
        )
        self.add("trial_run_notes", self.tr("Trial run notes"), _text(draft.trial_run_notes, 2))
        self.add(
            "replaced_components",
            self.tr("Components replaced"),
            self._components(store, work_order_id, draft.replaced_components),
        )
        note = QLabel(
            self.tr(
                "The unit goes back to clinical use when the hospital's physicist signs "
                "the clinical release (Signatures tab)."
            )
        )
        note.setWordWrap(True)
        self.form.addRow("", note)
        self.watch(store, f"repair:{work_order_id}")

    def _show_code_facts(self) -> None:
        """The chosen code's severity, and the adverse-event question when it applies."""
        listed = self.fault_code.fault_code()
        answered = self.adverse_event.currentData() != AdverseEventAnswer.NOT_ANSWERED
        asks = (listed is not None and listed.reportable) or answered
        if listed is None:
            self.code_facts.setText("")
        elif listed.reportable:
            text = arg(
                self.tr("Severity: %1 · possibly reportable adverse event (vigilance)"),
                enum_label(listed.severity),
            )
            if not answered:
                text += "\n" + self.tr(
                    "Answer the adverse-event question: the report cannot be signed before."
                )
            self.code_facts.setText(text)
        else:
            self.code_facts.setText(arg(self.tr("Severity: %1"), enum_label(listed.severity)))
        self.code_facts.setStyleSheet(
            "color: #a33;" if listed is not None and listed.reportable else "color: #555;"
        )
        self.form.setRowVisible(self.code_facts, listed is not None)
        for widget in (self.adverse_event, self.reported_to, self.reported_on):
            self.form.setRowVisible(widget, asks)

    def commit(self, values: dict[str, Any]) -> None:
        draft = RepairDraft(
            symptom=values["symptom"],
            fault_code=self.fault_code.code(),
            cause=values["cause"],
            actions=values["actions"],
            labour_hours=float(values["labour_hours"]),
            travel_hours=float(values["travel_hours"]),
            trial_run_result=TrialRunResult(values["trial_run_result"]),
            trial_run_notes=values["trial_run_notes"],
            replaced_components=tuple(values["replaced_components"]),
            adverse_event=AdverseEventAnswer(values["adverse_event"]),
            adverse_event_reported_to=values["adverse_event_reported_to"].strip(),
            adverse_event_reported_on=parse_iso_date(values.get("adverse_event_reported_on")),
        )
        field_records.save_repair(self.store, self.work_order_id, draft)

    def _components(self, store: Store, work_order_id: str, chosen: tuple[str, ...]) -> QWidget:
        """The unit's replaceable components, ticked when replaced; a major one is marked
        (its replacement requires acceptance-level testing)."""
        box = QListWidget()
        zh = QLocale().name().startswith("zh")
        modality = field_records.modality_of(store, work_order_id)
        major = self.tr("major: acceptance-level testing")
        for component in return_to_service().components_for(modality):
            text = component.label.text(zh)
            if component.major:
                text = f"{text} — {major}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, component.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = component.id in chosen
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            box.addItem(item)
        rows = min(max(box.count(), 1), 6)
        box.setFixedHeight(box.sizeHintForRow(0) * rows + 2 * box.frameWidth() + 4)
        return box


class InstallationPanel(AutosavingPanel):
    """Installation and commissioning (§3): agreement, report data, acceptance."""

    def __init__(self, store: Store, work_order_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.store, self.work_order_id = store, work_order_id
        draft = field_records.load_installation(store, work_order_id)
        self.add("agreed_date", self.tr("Agreed date"), OptionalDateEdit(draft.agreed_date))
        self.add("place", self.tr("Place"), QLineEdit(draft.place))
        self.add("people", self.tr("People"), _text(draft.people, 2))
        self.add(
            "commissioning_summary",
            self.tr("Commissioning results"),
            _text(draft.commissioning_summary, 4),
        )
        self.add("open_problems", self.tr("Open problems"), _text(draft.open_problems, 2))
        self.add(
            "accepted_by_customer",
            self.tr("Accepted by (customer)"),
            QLineEdit(draft.accepted_by_customer),
        )
        self.add(
            "accepted_by_engineer",
            self.tr("Accepted by (engineer)"),
            QLineEdit(draft.accepted_by_engineer),
        )
        self.add("accepted_by_qc", self.tr("Accepted by (QC)"), QLineEdit(draft.accepted_by_qc))
        self.accepted = QCheckBox(self.tr("Accepted and handed over"))
        self.accepted.setChecked(draft.accepted_at is not None)
        self.add("accepted", "", self.accepted)
        self._accepted_at = draft.accepted_at
        self.watch(store, f"installation:{work_order_id}")

    def commit(self, values: dict[str, Any]) -> None:
        accepted_at: datetime | None
        if values.get("accepted") and self._accepted_at is None:
            accepted_at = datetime.now(UTC)
        elif values.get("accepted"):
            accepted_at = self._accepted_at
        else:
            accepted_at = None
        draft = InstallationDraft(
            agreed_date=parse_iso_date(values.get("agreed_date")),
            place=values["place"],
            people=values["people"],
            commissioning_summary=values["commissioning_summary"],
            open_problems=values["open_problems"],
            accepted_by_customer=values["accepted_by_customer"],
            accepted_by_engineer=values["accepted_by_engineer"],
            accepted_by_qc=values["accepted_by_qc"],
            accepted_at=accepted_at,
        )
        field_records.save_installation(self.store, self.work_order_id, draft)
        self._accepted_at = accepted_at
