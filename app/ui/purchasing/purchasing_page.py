"""The Purchasing page (procedure §6.1): the catalogue with its suppliers, purchase
plans the service manager approves or rejects line by line, purchase orders with their
expected dates and receiving, and the parts open repairs wait for. Urgent repairs are
tinted and come first.

The parts administrator and the service manager work here; quality control reads.
Nothing is read until the page is first shown, and then off the GUI thread.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Literal

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain import local_time
from app.domain.enums import PlanDecision
from app.domain.i18n import arg
from app.domain.purchasing import PurchaseRefusal
from app.services.purchasing import orders as order_service
from app.services.purchasing import plans as plan_service
from app.services.purchasing.views import PurchasingView, purchasing_view
from app.services.store import Store
from app.ui.labels import enum_label
from app.ui.purchasing.tables import current_id, fill, make_table, money, qty
from app.ui.purchasing.texts import refusal_text
from app.ui.stock.names import unit_text
from app.ui.tasks import run_in_background
from app.ui.widgets import button_row


class PurchasingPage(QWidget):
    loaded = Signal()  # the view is on screen (tests wait for it)
    open_requested = Signal(str)

    def __init__(self, store: Store, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.settings = settings
        self.view: PurchasingView | None = None
        self._loading = False
        self._plan_id: str | None = None
        self.tabs = QTabWidget()
        self.tabs.addTab(self._catalogue_tab(), self.tr("Catalogue"))
        self.tabs.addTab(self._suppliers_tab(), self.tr("Suppliers"))
        self.tabs.addTab(self._plans_tab(), self.tr("Purchase plans"))
        self.tabs.addTab(self._orders_tab(), self.tr("Purchase orders"))
        self.tabs.addTab(self._waiting_tab(), self.tr("Waiting for repairs"))
        self.status = QLabel(self.tr("Loading…"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.status)
        self.table = self.parts_table  # what the window's Find and Open reach
        self.open_requested.connect(self.edit_part)

    # --- tabs ----------------------------------------------------------------------------

    def _catalogue_tab(self) -> QWidget:
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter by part number, name, maker or model"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._fill_parts)
        self.new_part_button = QPushButton(self.tr("New part…"))
        self.edit_part_button = QPushButton(self.tr("Edit part…"))
        self.import_button = QPushButton(self.tr("Import from Excel…"))
        self.parts_table = make_table(
            [
                self.tr("Part number"), self.tr("Name"), self.tr("Name (English)"),
                self.tr("Category"), self.tr("Maker"), self.tr("Model/specification"),
                self.tr("Fits"), self.tr("Unit"), self.tr("Serialised"),
                self.tr("Standard cost"), self.tr("Reorder level"), self.tr("Reorder qty"),
                self.tr("Suppliers"), self.tr("Obsolete"),
            ],
        )  # fmt: skip
        self.parts_table.doubleClicked.connect(lambda: self.edit_part(current_id(self.parts_table)))
        self.new_part_button.clicked.connect(lambda: self.edit_part(None))
        self.edit_part_button.clicked.connect(lambda: self.edit_part(current_id(self.parts_table)))
        self.import_button.clicked.connect(self._import)
        bar = QHBoxLayout()
        bar.addWidget(self.filter, 1)
        for button in (self.new_part_button, self.edit_part_button, self.import_button):
            bar.addWidget(button)
        return _tab(bar, self.parts_table)

    def _suppliers_tab(self) -> QWidget:
        self.new_supplier_button = QPushButton(self.tr("New supplier…"))
        self.offer_button = QPushButton(self.tr("Add an offer…"))
        self.suppliers_table = make_table(
            [self.tr("Supplier"), self.tr("Contact"), self.tr("Phone"), self.tr("Email"),
             self.tr("Parts offered")]
        )  # fmt: skip
        self.offers_table = make_table(
            [self.tr("Part number"), self.tr("Name"), self.tr("Supplier's number"),
             self.tr("Unit price"), self.tr("Lead time (days)")],
            stretch=1,
        )  # fmt: skip
        self.suppliers_table.itemSelectionChanged.connect(self._fill_offers)
        self.suppliers_table.doubleClicked.connect(self._edit_supplier)
        self.new_supplier_button.clicked.connect(self._new_supplier)
        self.offer_button.clicked.connect(self._new_offer)
        bar = QHBoxLayout()
        bar.addWidget(self.new_supplier_button)
        bar.addWidget(self.offer_button)
        bar.addStretch(1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.suppliers_table)
        split.addWidget(self.offers_table)
        return _tab(bar, split)

    def _plans_tab(self) -> QWidget:
        self.plan_choice = QComboBox()
        self.plan_choice.setMinimumWidth(200)
        self.plan_choice.activated.connect(self._plan_chosen)
        self.draft_button = QPushButton(self.tr("Draft from demand"))
        self.approve_button = QPushButton(self.tr("Approve"))
        self.reject_button = QPushButton(self.tr("Reject…"))
        self.line_button = QPushButton(self.tr("Change line…"))
        self.line_button.clicked.connect(self._change_line)
        self.order_button = QPushButton(self.tr("Make purchase orders"))
        self.export_button = QPushButton(self.tr("Export to Excel…"))
        self.plan_note = QLabel()
        self.plan_table = make_table(
            [
                self.tr("#"), self.tr("Part number"), self.tr("Name"), self.tr("Quantity"),
                self.tr("Unit"), self.tr("Why"), self.tr("Work order"), self.tr("Supplier"),
                self.tr("Unit price"), self.tr("Amount"), self.tr("Decision"),
                self.tr("Reason"), self.tr("Order"),
            ]
        )  # fmt: skip
        self.draft_button.clicked.connect(self._draft)
        self.approve_button.clicked.connect(lambda: self.decide(PlanDecision.APPROVED))
        self.reject_button.clicked.connect(lambda: self.decide(PlanDecision.REJECTED))
        self.order_button.clicked.connect(self._make_orders)
        self.export_button.clicked.connect(self._export_plan)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Plan:")))
        bar.addWidget(self.plan_choice)
        buttons = (
            self.draft_button, self.line_button, self.approve_button, self.reject_button,
            self.order_button, self.export_button,
        )  # fmt: skip
        bar.addWidget(button_row(buttons), 1)
        tab = _tab(bar, self.plan_table)
        layout = tab.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(1, self.plan_note)
        return tab

    def _orders_tab(self) -> QWidget:
        self.open_only = QCheckBox(self.tr("Open orders only"))
        self.open_only.setChecked(True)
        self.open_only.toggled.connect(self._fill_orders)
        self.receive_button = QPushButton(self.tr("Receive…"))
        self.receive_button.clicked.connect(self._receive)
        self.pdf_button = QPushButton(self.tr("Order PDF…"))
        self.pdf_button.clicked.connect(self._order_pdf)
        self.orders_table = make_table(
            [self.tr("Order"), self.tr("Supplier"), self.tr("Ordered on"),
             self.tr("Expected"), self.tr("Total (CNY)"), self.tr("Status")]
        )  # fmt: skip
        self.lines_table = make_table(
            [self.tr("Part number"), self.tr("Specification"), self.tr("Model"),
             self.tr("Ordered"), self.tr("Accepted"), self.tr("Rejected"), self.tr("Owed"),
             self.tr("Unit price")],
            stretch=1,
        )  # fmt: skip
        self.orders_table.itemSelectionChanged.connect(self._fill_lines)
        bar = QHBoxLayout()
        bar.addWidget(self.open_only)
        bar.addWidget(self.receive_button)
        bar.addWidget(self.pdf_button)
        bar.addStretch(1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.orders_table)
        split.addWidget(self.lines_table)
        return _tab(bar, split)

    def _waiting_tab(self) -> QWidget:
        self.waiting_table = make_table(
            [self.tr("Work order"), self.tr("Urgent"), self.tr("Part number"), self.tr("Name"),
             self.tr("Quantity"), self.tr("Expected"), self.tr("Plan"), self.tr("Decision"),
             self.tr("Order")]
        )  # fmt: skip
        return _tab(QHBoxLayout(), self.waiting_table)

    # --- loading -------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.view is None:
            self.refresh()

    def refresh(self) -> None:
        if self._loading:
            return
        self._loading = True
        plan_id = self._plan_id
        run_in_background(lambda: purchasing_view(self.store, plan_id), self._show, self._failed)

    def _failed(self, error: BaseException) -> None:
        self._loading = False
        self.status.setText(arg(self.tr("Purchasing could not be read: %1"), str(error)))

    def _show(self, view: PurchasingView) -> None:
        self._loading = False
        self.view = view
        self._plan_id = view.plan.id if view.plan else None
        keep = view.may_keep
        for button in (
            self.new_part_button, self.edit_part_button, self.import_button,
            self.new_supplier_button, self.offer_button, self.draft_button,
            self.line_button, self.order_button, self.receive_button,
        ):  # fmt: skip
            button.setEnabled(keep)
        for button in (self.approve_button, self.reject_button):
            button.setEnabled(view.may_approve)
        self.export_button.setEnabled(view.plan is not None)
        self._fill_parts()
        self._fill_suppliers()
        self._fill_plan()
        self._fill_orders()
        self._fill_waiting()
        open_orders = sum(1 for o in view.orders if o.open)
        text = arg(
            self.tr("%1 parts · %2 suppliers · %3 open orders · %4 parts waiting for repairs"),
            str(len(view.parts)), str(len(view.suppliers)), str(open_orders),
            str(len(view.waiting)),
        )  # fmt: skip
        if not keep:
            text += " · " + self.tr("read only")
        self.status.setText(text)
        self.loaded.emit()

    # --- filling -------------------------------------------------------------------------

    def _fill_parts(self) -> None:
        if self.view is None:
            return
        words = self.filter.text().casefold().split()
        yes = self.tr("yes")
        rows = []
        for row in self.view.parts:
            d = row.details
            texts = [
                d.part_number, d.description, d.name_en, d.category, d.maker, d.model_spec,
                d.fits_models, unit_text(d.unit), yes if d.serialised else "",
                money(d.standard_cost),
                qty(d.reorder_level) if d.reorder_level else "",
                qty(d.reorder_quantity) if d.reorder_quantity else "", str(row.suppliers),
                yes if d.obsolete else "",
            ]  # fmt: skip
            haystack = " ".join((*texts, d.alternate_numbers)).casefold()
            if all(w in haystack for w in words):
                rows.append((row.id, texts))
        fill(self.parts_table, rows, numeric=(9, 10, 11, 12))
        self.parts_table.setColumnWidth(6, min(self.parts_table.columnWidth(6), 200))

    def _fill_suppliers(self) -> None:
        assert self.view is not None
        fill(
            self.suppliers_table,
            [
                (s.id, [s.name, s.contact_person, s.phone, s.email, str(len(s.offers))])
                for s in self.view.suppliers
            ],
            numeric=(4,),
        )
        if self.view.suppliers and self.suppliers_table.currentRow() < 0:
            self.suppliers_table.selectRow(0)
        self._fill_offers()

    def _fill_offers(self) -> None:
        if self.view is None:
            return
        chosen = current_id(self.suppliers_table)
        supplier = next((s for s in self.view.suppliers if s.id == chosen), None)
        offers = supplier.offers if supplier else []
        fill(
            self.offers_table,
            [
                (
                    o.id,
                    [
                        o.part_number,
                        o.part_name,
                        o.supplier_part_number,
                        money(o.unit_price),
                        str(o.lead_time_days),
                    ],
                )
                for o in offers
            ],  # fmt: skip
            numeric=(3, 4),
        )

    def _fill_plan(self) -> None:
        assert self.view is not None
        self.plan_choice.clear()
        for plan_id, number, drafted in self.view.plans:
            self.plan_choice.addItem(f"{number} ({drafted.isoformat()})", plan_id)
        plan = self.view.plan
        if plan is None:
            fill(self.plan_table, [])
            self.plan_note.setText(self.tr("No purchase plan yet: draft one from demand."))
            return
        self.plan_choice.setCurrentIndex(max(0, self.plan_choice.findData(plan.id)))
        rows = [
            (line.id, [
                str(line.number), line.part_number, line.part_name, qty(line.quantity),
                unit_text(line.unit), enum_label(line.source), line.work_order_number,
                line.supplier,
                money(line.unit_price), money(line.quantity * line.unit_price),
                enum_label(line.decision), line.decision_reason, line.order_number,
            ])
            for line in plan.lines
        ]  # fmt: skip
        fill(
            self.plan_table, rows, numeric=(0, 3, 8, 9), highlighted=[x.urgent for x in plan.lines]
        )
        self.plan_table.setColumnWidth(11, min(self.plan_table.columnWidth(11), 240))
        pending = sum(1 for x in plan.lines if x.decision is PlanDecision.PENDING)
        total = sum(x.quantity * x.unit_price for x in plan.lines)
        self.plan_note.setText(
            arg(
                self.tr("%1 %2 · drafted by %3 · %4 lines, %5 awaiting approval · %6 CNY"),
                plan.number,
                plan.title,
                plan.drafted_by,
                str(len(plan.lines)),
                str(pending),
                money(total),
            )  # fmt: skip
        )

    def _status_of(self, order: order_service.OrderRow, today: date) -> str:
        if not order.open:
            return self.tr("Received")
        text = self.tr("Partly received") if order.partly_received else self.tr("Open")
        return arg(self.tr("%1 · late"), text) if order.late(today) else text

    def _fill_orders(self) -> None:
        if self.view is None:
            return
        today = local_time.today()
        shown = [o for o in self.view.orders if o.open or not self.open_only.isChecked()]
        fill(
            self.orders_table,
            [
                (
                    o.id,
                    [
                        o.number,
                        o.supplier,
                        o.ordered_on.isoformat(),
                        o.delivery_date.isoformat() if o.delivery_date else "",
                        money(o.total),
                        self._status_of(o, today),
                    ],
                )
                for o in shown
            ],  # fmt: skip
            numeric=(4,),
            highlighted=[o.late(today) for o in shown],
        )
        if shown and self.orders_table.currentRow() < 0:
            self.orders_table.selectRow(0)
        self._fill_lines()

    def _current_order(self) -> order_service.OrderRow | None:
        chosen = current_id(self.orders_table)
        return next((o for o in self.view.orders if o.id == chosen), None) if self.view else None

    def _fill_lines(self) -> None:
        order = self._current_order()
        lines = order.lines if order else []
        fill(
            self.lines_table,
            [
                (
                    x.id,
                    [
                        x.part_number,
                        x.specification,
                        x.model,
                        qty(x.quantity),
                        qty(x.accepted),
                        qty(x.rejected),
                        qty(x.owed),
                        money(x.unit_price),
                    ],
                )
                for x in lines
            ],  # fmt: skip
            numeric=(3, 4, 5, 6, 7),
            highlighted=[x.urgent for x in lines],
        )

    def _fill_waiting(self) -> None:
        assert self.view is not None
        yes = self.tr("yes")
        fill(
            self.waiting_table,
            [
                (
                    w.work_order_id,
                    [
                        w.work_order_number,
                        yes if w.priority_urgent else "",
                        w.part_number,
                        w.part_name,
                        qty(w.quantity),
                        w.expected_on.isoformat() if w.expected_on else "",
                        w.plan_number,
                        enum_label(w.decision) if w.decision else "",
                        w.order_number,
                    ],
                )
                for w in self.view.waiting
            ],  # fmt: skip
            numeric=(4,),
            highlighted=[w.priority_urgent for w in self.view.waiting],
        )

    # --- the window's list interface ------------------------------------------------------

    def current_id(self) -> str | None:
        return current_id(self.parts_table)

    def focus_search(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.filter.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter.selectAll()

    def save_state(self) -> None:
        """Nothing to remember: the page is read from the database each time."""

    # --- actions -------------------------------------------------------------------------

    def _refused(self, title: str, refusal: PurchaseRefusal) -> None:
        QMessageBox.warning(self, title, refusal_text(refusal))

    def edit_part(self, part_id: str | None) -> bool:
        from app.ui.purchasing.dialogs import PartDialog

        if self.view is None or not self.view.may_keep:
            return False
        if PartDialog(self.store, part_id, self).exec():
            self.refresh()
            return True
        return False

    def _import(self) -> None:
        from app.ui.purchasing.import_dialog import ImportDialog

        if ImportDialog(self.store, self).exec():
            self.refresh()

    def _new_supplier(self) -> None:
        from app.ui.purchasing.dialogs import SupplierDialog

        if SupplierDialog(self.store, None, self).exec():
            self.refresh()

    def _edit_supplier(self) -> None:
        from app.ui.purchasing.dialogs import SupplierDialog

        supplier = current_id(self.suppliers_table)
        if supplier is None or self.view is None or not self.view.may_keep:
            return
        if SupplierDialog(self.store, supplier, self).exec():
            self.refresh()

    def _change_line(self) -> None:
        from app.ui.purchasing.dialogs import PlanLineDialog

        line_id = current_id(self.plan_table)
        plan = self.view.plan if self.view else None
        line = next((x for x in plan.lines if x.id == line_id), None) if plan else None
        if line is None or self.view is None:
            QMessageBox.information(
                self, self.tr("Change line…"), self.tr("Select a plan line first.")
            )
            return
        if PlanLineDialog(self.store, line, self.view.suppliers, self).exec():
            self.refresh()

    def _new_offer(self) -> None:
        from app.ui.purchasing.dialogs import OfferDialog

        supplier = current_id(self.suppliers_table)
        if supplier is None or self.view is None:
            QMessageBox.information(
                self, self.tr("Add an offer"), self.tr("Select a supplier first.")
            )
            return
        if OfferDialog(self.store, supplier, self.view.parts, self).exec():
            self.refresh()

    def _plan_chosen(self) -> None:
        self._plan_id = self.plan_choice.currentData()
        self.refresh()

    def _draft(self) -> None:
        try:
            made = plan_service.draft_plan(self.store, local_time.today())
        except PurchaseRefusal as refused:
            self._refused(self.tr("Draft a purchase plan"), refused)
            return
        if made is None:
            QMessageBox.information(
                self,
                self.tr("Draft a purchase plan"),
                self.tr("Nothing to buy: no repair waits for a part and no stock is low."),
            )
            return
        self._plan_id = made
        self.refresh()

    def decide(self, decision: PlanDecision, reason: str | None = None) -> bool:
        """Approves or rejects the selected plan line; a rejection asks why."""
        line_id = current_id(self.plan_table)
        title = self.tr("Decide a plan line")
        if line_id is None:
            QMessageBox.information(self, title, self.tr("Select a plan line first."))
            return False
        if decision is PlanDecision.REJECTED and reason is None:
            reason, ok = QInputDialog.getText(
                self, self.tr("Reject a plan line"), self.tr("Why is this line rejected?")
            )
            if not ok:
                return False
        try:
            plan_service.decide_line(self.store, line_id, decision, reason or "")
        except PurchaseRefusal as refused:
            self._refused(title, refused)
            return False
        self.refresh()
        return True

    def _make_orders(self) -> None:
        if self._plan_id is None:
            return
        title = self.tr("Make purchase orders")
        try:
            made = order_service.make_orders(self.store, self._plan_id, local_time.today())
        except PurchaseRefusal as refused:
            self._refused(title, refused)
            return
        self.status.setText(arg(self.tr("%1 purchase orders made"), str(len(made))))
        self.refresh()

    def _export_plan(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the purchase plan to Excel"),
            f"{self.view.plan.number if self.view and self.view.plan else 'plan'}.xlsx",
            self.tr("Excel workbook (*.xlsx)"),
        )
        if chosen:
            self.export_plan_to(Path(chosen))

    def export_plan_to(self, out: Path) -> int:
        from app.services.purchasing.plan_export import export_plan

        if self.view is None or self.view.plan is None:
            return 0
        plan = self.view.plan
        headers = [
            str(self.plan_table.model().headerData(c, Qt.Orientation.Horizontal))
            for c in range(self.plan_table.columnCount())
        ]
        labels = [(enum_label(x.source), enum_label(x.decision)) for x in plan.lines]
        try:
            written = export_plan(plan, headers, labels, out)
        except OSError as error:
            QMessageBox.warning(
                self,
                self.tr("Export the purchase plan to Excel"),
                arg(self.tr("The workbook could not be written: %1"), str(error)),
            )
            return 0
        self.status.setText(arg(self.tr("%1 lines exported to %2"), str(written), str(out)))
        return written

    def _order_pdf(self) -> None:
        order = self._current_order()
        if order is None:
            QMessageBox.information(self, self.tr("Order PDF"), self.tr("Select an order first."))
            return
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Order PDF"), f"{order.number}.pdf", self.tr("PDF document (*.pdf)")
        )
        if chosen:
            self.write_order_pdf(order.id, Path(chosen))

    def write_order_pdf(self, order_id: str, out: Path) -> None:
        """The order's PDF in the screen's language, drawn in a worker."""
        from PySide6.QtCore import QLocale

        from app.services.purchasing.order_pdf import export_order_pdf

        language: Literal["zh_CN", "en"] = "zh_CN" if QLocale().name().startswith("zh") else "en"
        run_in_background(
            lambda: export_order_pdf(self.store, order_id, language, out),
            lambda _: self.status.setText(arg(self.tr("Written to %1"), str(out))),
            lambda error: self.status.setText(
                arg(self.tr("The PDF could not be written: %1"), str(error))
            ),
        )

    def _receive(self) -> None:
        from app.ui.purchasing.dialogs import ReceiveDialog

        line_id = current_id(self.lines_table)
        order = self._current_order()
        line = next((x for x in order.lines if x.id == line_id), None) if order else None
        if line is None or self.view is None:
            QMessageBox.information(
                self, self.tr("Receive goods"), self.tr("Select an order line first.")
            )
            return
        if ReceiveDialog(self.store, line, self.view.locations, self).exec():
            self.refresh()


def _tab(bar: QHBoxLayout, body: QWidget) -> QWidget:
    tab = QWidget()
    layout = QVBoxLayout(tab)
    layout.addLayout(bar)
    layout.addWidget(body, 1)
    return tab
