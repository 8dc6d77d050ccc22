"""The form of one test instrument. The register's keepers edit it; everyone else
sees it read-only (engineers pick instruments on runs, they do not keep the list)."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from app.domain.instruments import OFFICE, InstrumentDraft, InstrumentKind
from app.services.instruments import register
from app.services.store import Store
from app.ui.record_dialog import RecordDialog
from app.ui.widgets import OptionalDateEdit, choice_combo, combo_value, enum_combo


class InstrumentDialog(RecordDialog):
    def __init__(
        self,
        store: Store,
        instrument_id: str | None,
        parent: QWidget | None = None,
        *,
        editable: bool = True,
    ) -> None:
        title = self.tr("Test instrument") if instrument_id else self.tr("New test instrument")
        super().__init__(title, parent)
        self.store, self.instrument_id = store, instrument_id
        draft, retired = (
            register.load_instrument(store, instrument_id)
            if instrument_id
            else (InstrumentDraft(), False)
        )
        self.kind = enum_combo(list(InstrumentKind), draft.kind)
        self.maker = QLineEdit(draft.maker)
        self.maker.setPlaceholderText("PTW, IBA Dosimetry, Fluke Biomedical…")
        self.model = QLineEdit(draft.model)
        self.serial = QLineEdit(draft.serial)
        self.certificate_no = QLineEdit(draft.certificate_no)
        self.calibrated_on = OptionalDateEdit(draft.calibrated_on)
        self.due_date = OptionalDateEdit(draft.due_date)
        self.calibration_lab = QLineEdit(draft.calibration_lab)
        holders = [(OFFICE, self.tr("Office")), *register.holder_choices(store)]
        self.holder = choice_combo(holders, draft.holder_login)
        self.notes = QPlainTextEdit(draft.notes)
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.fontMetrics().height() * 4)
        self.add_field("kind", self.tr("Kind"), self.kind)
        self.add_field("maker", self.tr("Maker"), self.maker)
        self.add_field("model", self.tr("Model"), self.model)
        self.add_field("serial", self.tr("Serial No."), self.serial)
        self.add_field("certificate_no", self.tr("Calibration certificate"), self.certificate_no)
        self.add_field("calibrated_on", self.tr("Calibrated on"), self.calibrated_on)
        self.add_field("due_date", self.tr("Calibration due"), self.due_date)
        self.add_field("calibration_lab", self.tr("Calibration laboratory"), self.calibration_lab)
        self.add_field("holder_login", self.tr("Held by"), self.holder)
        self.add_field("notes", self.tr("Notes"), self.notes)
        if retired:
            self.form.insertRow(0, "", self._retired_note())
        if editable:
            self.enable_autosave(store, f"test_instrument:{instrument_id or 'new'}")
        else:
            self._read_only()
        self.resize(520, self.sizeHint().height())

    def _retired_note(self) -> QWidget:
        from PySide6.QtWidgets import QLabel

        label = QLabel(self.tr("Retired: no longer offered on checklist runs."))
        label.setStyleSheet("color: #5f6368; font-style: italic;")
        return label

    def _read_only(self) -> None:
        lines = (self.maker, self.model, self.serial, self.certificate_no, self.calibration_lab)
        for line in lines:
            line.setReadOnly(True)
        self.notes.setReadOnly(True)
        for widget in (self.kind, self.calibrated_on, self.due_date, self.holder):
            widget.setEnabled(False)
        self.buttons.button(self.buttons.StandardButton.Save).hide()
        self.buttons.button(self.buttons.StandardButton.Cancel).setText(self.tr("Close"))

    def save(self) -> None:
        draft = InstrumentDraft(
            kind=combo_value(self.kind),
            maker=self.maker.text(),
            model=self.model.text(),
            serial=self.serial.text(),
            certificate_no=self.certificate_no.text(),
            calibrated_on=self.calibrated_on.value(),
            due_date=self.due_date.value(),
            calibration_lab=self.calibration_lab.text(),
            holder_login=combo_value(self.holder) or OFFICE,
            notes=self.notes.toPlainText(),
        )
        self.instrument_id = register.save_instrument(self.store, self.instrument_id, draft)
        self.rekey_autosave(f"test_instrument:{self.instrument_id}")
