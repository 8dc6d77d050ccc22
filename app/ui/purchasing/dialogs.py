"""The Purchasing page's dialogs: a part's catalogue entry, a supplier, a supplier's
offer, and receiving goods on an order line. A refusal is shown in the dialog,
translated, and nothing typed is lost."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.domain.purchasing import PurchaseRefusal
from app.domain.records import ValidationError
from app.domain.stock import StockRefusal
from app.services.purchasing import catalogue, orders, plans
from app.services.purchasing.catalogue import OfferDraft, PartDetails, SupplierDraft
from app.services.purchasing.orders import OrderLineRow, ReceiptDraft
from app.services.purchasing.plans import PlanLineRow
from app.services.stock.views import LocationChoice
from app.services.store import Store
from app.ui.purchasing.texts import refusal_text, validation_text
from app.ui.stock.names import location_name, unit_text
from app.ui.stock.names import refusal_text as stock_refusal_text


def _spin(maximum: float, decimals: int = 2) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setDecimals(decimals)
    box.setRange(0, maximum)
    return box


class _FormDialog(QDialog):
    """A form, an error line and OK/Cancel; `save` raises what the services refuse."""

    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.error = QLabel()
        self.error.setObjectName("formError")
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.save: Callable[[], None] = lambda: None

    def accept(self) -> None:
        try:
            self.save()
        except ValidationError as refused:
            self.show_error(validation_text(refused))
            return
        except PurchaseRefusal as refused:
            self.show_error(refusal_text(refused))
            return
        except StockRefusal as refused:
            self.show_error(stock_refusal_text(refused))
            return
        super().accept()

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()


class PartDialog(_FormDialog):
    def __init__(self, store: Store, part_id: str | None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Catalogue part"), parent)
        self.store, self.part_id = store, part_id
        d = catalogue.part_details(store, part_id) if part_id else PartDetails()
        self.number = QLineEdit(d.part_number)
        self.alternates = QLineEdit(d.alternate_numbers)
        self.name_zh = QLineEdit(d.description)
        self.name_en = QLineEdit(d.name_en)
        self.category = QLineEdit(d.category)
        self.maker = QLineEdit(d.maker)
        self.model = QLineEdit(d.model_spec)
        self.fits = QLineEdit(d.fits_models)
        self.unit = QLineEdit(d.unit)
        self.serialised = QCheckBox(self.tr("Tracked by serial number"))
        self.serialised.setChecked(d.serialised)
        self.cost = _spin(10_000_000)
        self.cost.setValue(d.standard_cost)
        self.level = _spin(10_000)
        self.level.setValue(d.reorder_level)
        self.reorder = _spin(10_000)
        self.reorder.setValue(d.reorder_quantity)
        self.obsolete = QCheckBox(self.tr("Obsolete: no longer bought"))
        self.obsolete.setChecked(d.obsolete)
        for label, widget in (
            (self.tr("Part number:"), self.number),
            (self.tr("Alternate numbers:"), self.alternates),
            (self.tr("Name (Chinese):"), self.name_zh),
            (self.tr("Name (English):"), self.name_en),
            (self.tr("Category:"), self.category),
            (self.tr("Maker:"), self.maker),
            (self.tr("Model/specification:"), self.model),
            (self.tr("Fits equipment models:"), self.fits),
            (self.tr("Unit:"), self.unit),
            ("", self.serialised),
            (self.tr("Standard cost:"), self.cost),
            (self.tr("Reorder level:"), self.level),
            (self.tr("Reorder quantity:"), self.reorder),
            ("", self.obsolete),
        ):
            self.form.addRow(label, widget)
        self.resize(520, self.sizeHint().height())
        self.save = self._save

    def details(self) -> PartDetails:
        return PartDetails(
            self.number.text(), self.name_zh.text(), self.unit.text(),
            self.serialised.isChecked(), self.level.value(), self.name_en.text(),
            self.alternates.text(), self.category.text(), self.maker.text(),
            self.model.text(), self.fits.text(), self.cost.value(), self.reorder.value(),
            self.obsolete.isChecked(),
        )  # fmt: skip

    def _save(self) -> None:
        self.part_id = catalogue.save_part(self.store, self.part_id, self.details())


class SupplierDialog(_FormDialog):
    def __init__(
        self, store: Store, supplier_id: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Supplier"), parent)
        self.store, self.supplier_id = store, supplier_id
        d = catalogue.supplier_draft(store, supplier_id) if supplier_id else SupplierDraft()
        self.name = QLineEdit(d.name)
        self.contact = QLineEdit(d.contact_person)
        self.phone = QLineEdit(d.phone)
        self.email = QLineEdit(d.email)
        self.address = QLineEdit(d.address)
        self.notes = QPlainTextEdit(d.notes)
        self.notes.setTabChangesFocus(True)
        self.active = QCheckBox(self.tr("Still bought from"))
        self.active.setChecked(d.active)
        for label, widget in (
            (self.tr("Name:"), self.name),
            (self.tr("Contact person:"), self.contact),
            (self.tr("Phone:"), self.phone),
            (self.tr("Email:"), self.email),
            (self.tr("Address:"), self.address),
            (self.tr("Notes:"), self.notes),
            ("", self.active),
        ):
            self.form.addRow(label, widget)
        self.resize(480, self.sizeHint().height())
        self.save = self._save

    def _save(self) -> None:
        draft = SupplierDraft(
            self.name.text(), self.contact.text(), self.phone.text(), self.email.text(),
            self.address.text(), self.notes.toPlainText(), self.active.isChecked(),
        )  # fmt: skip
        self.supplier_id = catalogue.save_supplier(self.store, self.supplier_id, draft)


class OfferDialog(_FormDialog):
    """What a supplier charges for a part and how long delivery takes."""

    def __init__(
        self,
        store: Store,
        supplier_id: str,
        parts: list[catalogue.CatalogueRow],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Supplier's offer"), parent)
        self.store, self.supplier_id = store, supplier_id
        self.part = QComboBox()
        self.part.setEditable(True)
        self.part.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for row in parts:
            self.part.addItem(f"{row.details.part_number} · {row.details.description}", row.id)
        self.number = QLineEdit()
        self.price = _spin(10_000_000)
        self.lead = QSpinBox()
        self.lead.setRange(0, 730)
        self.lead.setSuffix(self.tr(" days"))
        for label, widget in (
            (self.tr("Part:"), self.part),
            (self.tr("Supplier's part number:"), self.number),
            (self.tr("Unit price (CNY):"), self.price),
            (self.tr("Lead time:"), self.lead),
        ):
            self.form.addRow(label, widget)
        self.save = self._save

    def _save(self) -> None:
        draft = OfferDraft(
            self.supplier_id, str(self.part.currentData() or ""), self.number.text(),
            self.price.value(), "CNY", self.lead.value(),
        )  # fmt: skip
        catalogue.save_offer(self.store, None, draft)


class PlanLineDialog(_FormDialog):
    """The administrator corrects a pending plan line: quantity, supplier, price."""

    def __init__(
        self,
        store: Store,
        line: PlanLineRow,
        suppliers: list[catalogue.SupplierRow],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Plan line"), parent)
        self.store, self.line = store, line
        self.quantity = _spin(100_000)
        self.quantity.setValue(line.quantity)
        self.supplier = QComboBox()
        self.supplier.addItem(self.tr("(none)"), None)
        for row in suppliers:
            self.supplier.addItem(row.name, row.id)
        self.supplier.setCurrentIndex(max(0, self.supplier.findData(line.supplier_id)))
        self.price = _spin(10_000_000)
        self.price.setValue(line.unit_price)
        self.form.addRow(self.tr("Part:"), QLabel(f"{line.part_number} · {line.part_name}"))
        self.form.addRow(self.tr("Quantity:"), self.quantity)
        self.form.addRow(self.tr("Supplier:"), self.supplier)
        self.form.addRow(self.tr("Unit price (CNY):"), self.price)
        self.save = self._save

    def _save(self) -> None:
        plans.change_line(
            self.store,
            self.line.id,
            self.quantity.value(),
            self.supplier.currentData(),
            self.price.value(),
        )


class ReceiveDialog(_FormDialog):
    """Receiving one order line: the quantity and quality check."""

    def __init__(
        self,
        store: Store,
        line: OrderLineRow,
        locations: list[LocationChoice],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Receive goods"), parent)
        self.store, self.line = store, line
        self.accepted_qty = _spin(100_000)
        self.accepted_qty.setValue(line.owed)
        self.rejected_qty = _spin(100_000)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Why the rejected pieces failed the check"))
        self.location = QComboBox()
        for location in locations:
            self.location.addItem(location_name(location), location.id)
        self.serials = QPlainTextEdit()
        self.serials.setTabChangesFocus(True)
        self.serials.setPlaceholderText(self.tr("One serial number per line"))
        self.form.addRow(self.tr("Part:"), QLabel(f"{line.part_number} · {line.specification}"))
        self.form.addRow(self.tr("Still owed:"), QLabel(f"{line.owed:g} {unit_text(line.unit)}"))
        self.form.addRow(self.tr("Accepted:"), self.accepted_qty)
        self.form.addRow(self.tr("Rejected:"), self.rejected_qty)
        self.form.addRow(self.tr("Reason for rejection:"), self.reason)
        self.form.addRow(self.tr("Put into:"), self.location)
        if line.serialised:
            self.form.addRow(self.tr("Serial numbers:"), self.serials)
        self.save = self._save

    def _save(self) -> None:
        orders.receive(
            self.store,
            ReceiptDraft(
                self.line.id,
                self.accepted_qty.value(),
                self.rejected_qty.value(),
                self.reason.text(),
                self.location.currentData(),
                self.serials.toPlainText().splitlines(),
            ),
        )
