"""The forms of a campaign: a new campaign, units to add, and one unit's step (notice,
the customer's answer — signed on the pad or recorded by name —, scheduling, done).
Each saves through the services; a refusal shows inline in the user's language and
the form stays open with what was typed."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.refusals import Refused
from app.domain.signatures import strokes_to_json
from app.domain.upgrades import NoticeChannel
from app.services.store import Store
from app.services.upgrades import campaigns, unit_steps
from app.services.upgrades.campaigns import DEFAULT_COMPONENT
from app.ui.i18n import arg
from app.ui.labels import enum_label, refusal_text
from app.ui.signing.signature_pad import SignaturePad


class StepDialog(QDialog):
    """A form whose Save runs `self.apply()`; a Refused keeps it open with the reason."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.error = QLabel()
        self.error.setStyleSheet("color: #b3261e;")
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def apply(self) -> None:
        raise NotImplementedError

    def save(self) -> None:
        try:
            self.apply()
        except Refused as refused:
            self.error.setText(refusal_text(refused))
            self.error.show()
            return
        self.accept()


def _date_edit(value: date | None = None) -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setDate(QDate(value.year, value.month, value.day) if value else QDate.currentDate())
    return edit


class CampaignDialog(StepDialog):
    """A new campaign: the release, which model and versions it reaches."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("New upgrade campaign"), parent)
        self.store = store
        self.created: str | None = None
        self.title = QLineEdit()
        self.model = QComboBox()
        for model_id, name in campaigns.model_choices(store):
            self.model.addItem(name, model_id)
        self.version_min, self.version_max = QLineEdit(), QLineEdit()
        self.version_min.setPlaceholderText(self.tr("any"))
        self.version_max.setPlaceholderText(self.tr("any"))
        self.new_version = QLineEdit()
        # As the unit's version history names it (the unit's Configuration…).
        self.component = QLineEdit(DEFAULT_COMPONENT)
        self.changes, self.note = QPlainTextEdit(), QPlainTextEdit()
        for edit in (self.changes, self.note):
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(70)
        for label, widget in (
            (self.tr("&Title"), self.title),
            (self.tr("&Model"), self.model),
            (self.tr("From &version"), self.version_min),
            (self.tr("&Up to version"), self.version_max),
            (self.tr("&New version"), self.new_version),
            (self.tr("Software c&omponent"), self.component),
            (self.tr("What it &changes"), self.changes),
            (self.tr("&Release note"), self.note),
        ):
            self.form.addRow(label, widget)
        self.resize(520, 420)

    def apply(self) -> None:
        self.created = campaigns.create_campaign(
            self.store,
            campaigns.CampaignDraft(
                self.title.text(),
                self.model.currentData() or "",
                self.new_version.text(),
                self.version_min.text(),
                self.version_max.text(),
                self.changes.toPlainText(),
                self.note.toPlainText(),
                component=self.component.text(),
            ),
        )


class AddUnitsDialog(StepDialog):
    """The campaign model's units not yet in it; those outside the range are shown
    but cannot be ticked."""

    def __init__(self, store: Store, campaign_id: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Add units to the campaign"), parent)
        self.store, self.campaign_id = store, campaign_id
        self.units = QListWidget()
        for found in campaigns.candidates(store, campaign_id):
            version = found.version or self.tr("version unknown")
            item = QListWidgetItem(arg(self.tr("%1 · %2"), found.label, version))
            item.setData(Qt.ItemDataRole.UserRole, found.equipment_id)
            if found.qualifies:
                item.setCheckState(Qt.CheckState.Checked)
            elif found.version:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
                item.setText(arg(self.tr("%1 — does not qualify"), item.text()))
            else:
                item.setCheckState(Qt.CheckState.Unchecked)
            self.units.addItem(item)
        self.found_version = QLineEdit()
        self.found_version.setPlaceholderText(self.tr("for units whose version is unknown"))
        self.form.addRow(self.tr("&Units"), self.units)
        self.form.addRow(self.tr("Version &found on them"), self.found_version)
        self.resize(520, 380)

    def apply(self) -> None:
        for row in range(self.units.count()):
            item = self.units.item(row)
            if item.checkState() is Qt.CheckState.Checked:
                unit = item.data(Qt.ItemDataRole.UserRole)
                campaigns.add_unit(self.store, self.campaign_id, unit, self.found_version.text())
                item.setCheckState(Qt.CheckState.Unchecked)  # a retry adds only the rest


class NoticeDialog(StepDialog):
    def __init__(self, store: Store, row_id: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Customer notified"), parent)
        self.store, self.row_id = store, row_id
        self.on = _date_edit()
        self.channel = QComboBox()
        for member in NoticeChannel:
            self.channel.addItem(enum_label(member), member)
        self.form.addRow(self.tr("&Date"), self.on)
        self.form.addRow(self.tr("&How"), self.channel)

    def apply(self) -> None:
        on = self.on.date().toPython()
        assert isinstance(on, date)
        unit_steps.record_notice(self.store, self.row_id, on, self.channel.currentData())


class AnswerDialog(StepDialog):
    """Consent or refusal: the customer signs on the pad (with their printed name), or
    the engineer records who answered, e.g. on the phone."""

    def __init__(self, store: Store, row_id: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Customer's answer"), parent)
        self.store, self.row_id = store, row_id
        self.consent = QRadioButton(self.tr("&Consents to the upgrade"))
        self.refuse = QRadioButton(self.tr("&Refuses it"))
        self.consent.setChecked(True)
        self.by = QLineEdit()
        self.by.setPlaceholderText(self.tr("Name and position, e.g. 张主任 (设备处)"))
        self.reason = QLineEdit()
        self.pad = SignaturePad()
        self.pad.setMinimumHeight(150)
        self.pad.set_placeholder(self.tr("Sign here (optional when answered by phone)"))
        self.by.textChanged.connect(self.pad.set_printed_name)
        self.form.addRow("", self.consent)
        self.form.addRow("", self.refuse)
        self.form.addRow(self.tr("&Answered by"), self.by)
        self.form.addRow(self.tr("Reason for a &refusal"), self.reason)
        self.form.addRow(self.tr("Signature"), self.pad)
        self.resize(560, 440)

    def apply(self) -> None:
        unit_steps.record_answer(
            self.store,
            self.row_id,
            self.consent.isChecked(),
            self.by.text(),
            strokes=strokes_to_json(self.pad.strokes()),
            reason=self.reason.text(),
        )


class ScheduleDialog(StepDialog):
    def __init__(self, store: Store, row_id: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Schedule the upgrade"), parent)
        self.store, self.row_id = store, row_id
        self.on = _date_edit()
        self.form.addRow(self.tr("&Date"), self.on)
        self.form.addRow(QLabel(self.tr("An upgrade work order is made for the unit.")))

    def apply(self) -> None:
        on = self.on.date().toPython()
        assert isinstance(on, date)
        unit_steps.schedule(self.store, self.row_id, on)


class DoneDialog(StepDialog):
    def __init__(
        self, store: Store, row_id: str, new_version: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Upgrade done"), parent)
        self.store, self.row_id = store, row_id
        self.version = QLineEdit(new_version)
        self.form.addRow(self.tr("&Version now on the unit"), self.version)

    def apply(self) -> None:
        unit_steps.record_done(self.store, self.row_id, self.version.text())


class ConfirmDialog(StepDialog):
    """A step with nothing to fill in (verified): says what it checks."""

    def __init__(
        self, title: str, text: str, action: Callable[[], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(title, parent)
        label = QLabel(text)
        label.setWordWrap(True)
        self.form.addRow(label)
        self.action = action

    def apply(self) -> None:
        self.action()
