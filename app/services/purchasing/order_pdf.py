"""A purchase order's PDF from the database (app/reports/purchase_order.py draws it)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from app.db.company import PROFILE_ID, CompanyProfile
from app.db.fieldwork import Part
from app.db.purchasing import PurchaseOrder, PurchaseOrderLine, Supplier
from app.reports.content import Language
from app.reports.purchase_order import OrderDoc, OrderLineDoc, write_order_pdf
from app.services.records import live
from app.services.registry.users import person_name
from app.services.store import Store


def order_document(store: Store, order_id: str, language: Language) -> OrderDoc:
    with store.reading() as session:
        order = live(session, PurchaseOrder, order_id)
        supplier = live(session, Supplier, order.supplier_id)
        company = session.get(CompanyProfile, PROFILE_ID)
        chinese = language == "zh_CN"
        buyer = (
            (company.name_zh if chinese else company.name_en or company.name_zh) if company else ""
        )
        address = (
            (company.address_zh if chinese else company.address_en or company.address_zh)
            if company
            else ""
        )
        lines = [
            OrderLineDoc(
                part.part_number,
                line.specification,
                line.model,
                line.quantity,
                part.unit,
                line.unit_price,
                line.urgent,
            )  # fmt: skip
            for line, part in session.execute(
                select(PurchaseOrderLine, Part)
                .join(Part, Part.id == PurchaseOrderLine.part_id)
                .where(
                    PurchaseOrderLine.order_id == order.id,
                    PurchaseOrderLine.deleted_at.is_(None),
                )
                .order_by(PurchaseOrderLine.urgent.desc(), Part.part_number)
            )
        ]
        return OrderDoc(
            order.number, buyer, address, supplier.name, supplier.contact_person,
            supplier.phone, supplier.address, order.ordered_on, order.delivery_date,
            order.terms, order.currency, person_name(session, order.ordered_by), lines,
        )  # fmt: skip


def export_order_pdf(store: Store, order_id: str, language: Language, out: Path) -> None:
    write_order_pdf(order_document(store, order_id, language), language, out)
