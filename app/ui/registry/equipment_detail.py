"""One unit's identity and its whole service history (the per-unit archive)."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import WorkOrderType
from app.services import lists
from app.services.checklists import acceptance_specs
from app.services.clinical import acceptance, release
from app.services.complaints.complaint_lists import unit_counts
from app.services.registry import equipment, unit_configuration
from app.services.store import Store
from app.services.upgrades import unit_steps
from app.ui.history_dialog import HistoryDialog
from app.ui.i18n import arg, chinese, hospital_name, labelled
from app.ui.labels import enum_label, format_date, format_datetime
from app.ui.list_page import ListPage
from app.ui.registry.equipment_dialog import EquipmentDialog
from app.ui.registry.unit_configuration_dialog import UnitConfigurationDialog
from app.ui.work_orders.work_order_dialog import WorkOrderDialog


class EquipmentDetailDialog(QDialog):
    def __init__(self, store: Store, equipment_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.equipment_id = store, equipment_id
        self.changed = False
        self.identity = QFormLayout()
        self.dates = QFormLayout()
        self.counts = QLabel()
        self.counts.setWordWrap(True)
        top = QHBoxLayout()
        for title, form in ((self.tr("Unit"), self.identity), (self.tr("Service"), self.dates)):
            box = QGroupBox(title)
            box.setLayout(form)
            top.addWidget(box, 1)

        self.history = ListPage(
            store,
            lists.SERVICE_HISTORY,
            lambda n: self.tr("%n work order(s)", "", n),
        )
        self.history.model.set_scope(equipment_id=equipment_id)
        self.history.open_requested.connect(self._open_work_order)

        edit = QPushButton(self.tr("&Edit unit…"))
        new = QPushButton(self.tr("&New work order…"))
        edit.clicked.connect(self._edit)
        configure = QPushButton(self.tr("&Configuration…"))
        configure.setObjectName("unit_configuration")
        configure.clicked.connect(self._configure)
        changes = QPushButton(self.tr("Change history…"))
        changes.clicked.connect(
            lambda: HistoryDialog(
                self.store,
                "equipment",
                self.equipment_id,
                self,
                load=lambda: unit_configuration.unit_history(self.store, self.equipment_id),
            ).exec()
        )
        new.clicked.connect(self._new_work_order)
        contract = QPushButton(self.tr("Contract history…"))
        contract.clicked.connect(self._contract_history)
        specification = QPushButton(self.tr("Acceptance specification…"))
        specification.setObjectName("acceptance_specification")
        specification.clicked.connect(self._acceptance_specification)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.addButton(edit, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(new, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(configure, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(changes, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(contract, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(specification, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)

        history_box = QGroupBox(self.tr("Service history"))
        history_layout = QVBoxLayout(history_box)
        history_layout.addWidget(self.counts)
        history_layout.addWidget(self._history_tabs())
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(history_box, 1)
        layout.addWidget(buttons)
        self._show_summary()
        self.resize(1100, 680)

    def _show_summary(self) -> None:
        s = equipment.equipment_summary(self.store, self.equipment_id)
        self.setWindowTitle(f"{s.maker} {s.model} · {s.serial_number}")
        for form in (self.identity, self.dates):
            while form.rowCount():
                form.removeRow(0)
        rows = [
            (self.tr("Model"), f"{s.maker} {s.model}"),
            (self.tr("Modality"), enum_label(s.modality)),
            (self.tr("Serial number"), s.serial_number),
            (self.tr("NMPA registration no."), s.nmpa_registration_no),
            (self.tr("UDI"), s.udi),
            (self.tr("Hospital"), hospital_name(s.customer, s.customer_en)),
            (self.tr("Site"), s.site),
        ]
        for label, value in rows:
            self.identity.addRow(label, _value(value))
        days = "  ".join(f"{h:g}" for h in s.clinical_hours)
        for label, value in [
            (self.tr("Status"), enum_label(s.status)),
            (self.tr("Service contract"), enum_label(s.contract_level)),
            (self.tr("Installed"), format_date(s.install_date)),
            (self.tr("Accepted"), format_date(s.acceptance_date)),
            (self.tr("Warranty ends"), format_date(s.warranty_end)),
            (self.tr("Clinical hours Mon–Sun"), days),
            (self.tr("Last service finished"), format_datetime(s.last_service)),
            (self.tr("Released for clinical use"), self._last_release()),
            (self.tr("Treatment class · beams"), self._configuration()),
            (self.tr("Acceptance-level testing"), self._acceptance()),
            *self._plan_rows(),
            (self.tr("Software upgrades"), self._upgrades()),
        ]:
            self.dates.addRow(label, _value(value))
        parts = [
            labelled(enum_label(t), str(s.work_orders_by_type[t]))
            for t in WorkOrderType
            if s.work_orders_by_type.get(t)
        ]
        open_text = self.tr("%n open", "", s.open_work_orders)
        calls, complaints, open_complaints = unit_counts(self.store, self.equipment_id)
        desk = [
            self.tr("%n hotline call(s)", "", calls),
            self.tr("%n complaint(s)", "", complaints),
            self.tr("%n open", "", open_complaints),
        ]
        self.counts.setText(" · ".join([*parts, open_text]) + "\n" + " · ".join(desk))

    def _history_tabs(self) -> QWidget:
        """Work orders, hotline calls and complaints about the unit: its whole history."""
        from PySide6.QtWidgets import QTabWidget

        from app.services.complaints.complaint_lists import COMPLAINTS, UNIT_CALLS
        from app.ui.complaints.call_dialog import CallDialog
        from app.ui.complaints.complaint_dialog import ComplaintDialog

        english = not chinese()
        calls = ListPage(
            self.store,
            UNIT_CALLS.in_english() if english else UNIT_CALLS,
            lambda n: self.tr("%n hotline call(s)", "", n),
        )
        calls.model.set_scope(equipment_id=self.equipment_id)
        calls.open_requested.connect(lambda rid: CallDialog(self.store, rid, self).exec())
        complaints = ListPage(
            self.store,
            COMPLAINTS.in_english() if english else COMPLAINTS,
            lambda n: self.tr("%n complaint(s)", "", n),
        )
        complaints.model.set_scope(equipment_id=self.equipment_id)
        complaints.open_requested.connect(lambda rid: ComplaintDialog(self.store, rid, self).exec())
        from app.services.work_orders.downtime_lists import UNIT_CUSTOMER_DOWNTIME

        # Repairs the customer caused or waited for the customer (issue 14 §KPIs).
        self.customer_downtime = ListPage(
            self.store, UNIT_CUSTOMER_DOWNTIME, lambda n: self.tr("%n repair(s)", "", n)
        )
        self.customer_downtime.model.set_scope(equipment_id=self.equipment_id)
        self.customer_downtime.open_requested.connect(self._open_work_order)
        tabs = QTabWidget()
        tabs.addTab(self.history, self.tr("Work orders"))
        tabs.addTab(calls, self.tr("Hotline calls"))
        tabs.addTab(complaints, self.tr("Complaints"))
        tabs.addTab(self.customer_downtime, self.tr("Customer downtime"))
        return tabs

    def _contract_history(self) -> None:
        """The audited changes of the unit's contract (who changed what, when)."""
        from app.domain import local_time
        from app.services.service_plan.views import unit_plan

        contract_id = unit_plan(self.store, self.equipment_id, local_time.today()).contract_id
        if contract_id is not None:
            HistoryDialog(self.store, "service_contract", contract_id, self).exec()

    def _plan_rows(self) -> list[tuple[str, str]]:
        """The contract, the next planned visit and this year's PM on time (§4.1)."""
        from app.domain import local_time
        from app.services.service_plan.views import unit_plan

        plan = unit_plan(self.store, self.equipment_id, local_time.today())
        coming = plan.next_visit
        next_text = (
            f"{coming.planned_on.isoformat()} {coming.time_text} {enum_label(coming.kind)}"
            f" · {coming.engineer} · {enum_label(coming.state)}"
            if coming
            else ""
        )
        y = plan.this_year
        standing = self.tr("%1 done on time, %2 late, %3 missed, %4 to come")
        return [
            (self.tr("Contract period"), plan.contract_text),
            (self.tr("Next planned visit"), next_text),
            (
                self.tr("Planned visits this year"),
                arg(standing, str(y.on_time), str(y.late), str(y.missed), str(y.planned)),
            ),
        ]

    def _last_release(self) -> str:
        """Who last released the unit to clinical use, on which job (issue 11 §1)."""
        releases = release.releases_of_unit(self.store, self.equipment_id)
        if not releases:
            return ""
        last = releases[0]
        text = arg(
            self.tr("%1 · %2 (%3)"),
            last.released_by,
            format_datetime(last.released_at),
            last.work_order_number,
        )
        return text + (" " + self.tr("— legacy, not signed") if last.legacy else "")

    def _upgrades(self) -> str:
        """The upgrade campaigns the unit is in, with the step and version written."""
        lines = []
        for found in unit_steps.upgrades_of_unit(self.store, self.equipment_id):
            text = arg(
                self.tr("%1 → %2: %3"), found.campaign, found.new_version, enum_label(found.step)
            )
            if found.version_written:
                text += " " + arg(self.tr("(now %1)"), found.version_written)
            lines.append(text)
        return "\n".join(lines)

    def _acceptance(self) -> str:
        """ "Required" while a replaced major component awaits its acceptance-level test."""
        waiting = acceptance.requirements_of(self.store, self.equipment_id, open_only=True)
        zh = QLocale().name().startswith("zh")
        if waiting:
            names = ", ".join(r.component.text(zh) for r in waiting)
            return arg(self.tr("Required: %1 replaced"), names)
        done = acceptance.requirements_of(self.store, self.equipment_id)
        if done and done[-1].tested_at is not None:
            return arg(
                self.tr("Recorded by %1 · %2"),
                done[-1].tested_by,
                format_datetime(done[-1].tested_at),
            )
        return ""

    def _configuration(self) -> str:
        """The unit's class and beams in one line (issue 11 §3)."""
        loaded = unit_configuration.load_configuration(self.store, self.equipment_id)
        parts = [enum_label(loaded.treatment_class)] if loaded.treatment_class else []
        parts += [", ".join(b.label for b in loaded.beams)] if loaded.beams else []
        return " · ".join(parts)

    def _acceptance_specification(self) -> None:
        """The unit model's specification from the contract's ATP (acceptance tests)."""
        from app.ui.checklists.acceptance_specs_dialog import AcceptanceSpecsDialog

        model_id, name = acceptance_specs.model_of_unit(self.store, self.equipment_id)
        AcceptanceSpecsDialog(self.store, model_id, name, self).exec()

    def _configure(self) -> None:
        if UnitConfigurationDialog(self.store, self.equipment_id, self).exec():
            self.changed = True
            self._show_summary()

    def _edit(self) -> None:
        if EquipmentDialog(self.store, self.equipment_id, self).exec():
            self.changed = True
            self._show_summary()

    def _new_work_order(self) -> None:
        if WorkOrderDialog(self.store, None, self, equipment_id=self.equipment_id).exec():
            self.changed = True
            self.history.refresh()
            self._show_summary()

    def _open_work_order(self, work_order_id: str) -> None:
        # Imported when first opened: the work-order window brings the checklist,
        # signing and report machinery, which start-up does not need.
        from app.ui.work_orders.work_order_window import WorkOrderWindow

        window = WorkOrderWindow(self.store, work_order_id, self)
        window.changed.connect(self._work_order_changed)
        window.exec()

    def _work_order_changed(self) -> None:
        self.changed = True
        self.history.refresh()
        self.customer_downtime.refresh()
        self._show_summary()


def _value(text: str) -> QLabel:
    label = QLabel(text or "—")
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label
