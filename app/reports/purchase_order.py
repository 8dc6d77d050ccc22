"""A purchase order as a PDF (the purchase contract of procedure §6.1.4): the buyer and
the supplier, each line's specification, model, quantity, price and amount, the
delivery date and the terms, and the two parties' signature lines. Chinese renders with
the embedded font in both languages (part names are Chinese)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

from app.reports.content import Language
from app.reports.styles import escape, styles_for
from app.reports.tables import FRAME_WIDTH, data_table, key_values


@dataclass(frozen=True)
class OrderLineDoc:
    part_number: str
    specification: str
    model: str
    quantity: float
    unit: str
    unit_price: float
    urgent: bool


@dataclass(frozen=True)
class OrderDoc:
    number: str
    buyer: str
    buyer_address: str
    supplier: str
    contact: str
    phone: str
    address: str
    ordered_on: date
    delivery_date: date | None
    terms: str
    currency: str
    ordered_by: str
    lines: list[OrderLineDoc]


TEXTS: dict[Language, dict[str, str]] = {
    "zh_CN": {
        "title": "配件采购订单", "number": "订单号", "ordered_on": "下单日期",
        "delivery": "交货日期", "buyer": "采购方", "supplier": "供应商",
        "contact": "联系人", "phone": "电话", "address": "地址", "ordered_by": "经办人",
        "col_no": "序号", "col_part": "零件号", "col_spec": "规格", "col_model": "型号",
        "col_qty": "数量", "col_unit": "单位", "col_price": "单价", "col_amount": "金额",
        "total": "合计", "terms": "条款", "urgent": "（紧急）",
        "sign_buyer": "采购方签章：", "sign_supplier": "供应商签章：", "date": "日期：",
    },
    "en": {
        "title": "Purchase order for spare parts", "number": "Order No.",
        "ordered_on": "Ordered on", "delivery": "Delivery date", "buyer": "Buyer",
        "supplier": "Supplier", "contact": "Contact", "phone": "Phone", "address": "Address",
        "ordered_by": "Ordered by", "col_no": "No.", "col_part": "Part No.",
        "col_spec": "Specification", "col_model": "Model", "col_qty": "Qty",
        "col_unit": "Unit", "col_price": "Unit price", "col_amount": "Amount",
        "total": "Total", "terms": "Terms", "urgent": " (urgent)",
        "sign_buyer": "For the buyer:", "sign_supplier": "For the supplier:", "date": "Date:",
    },
}  # fmt: skip
# no. | part | specification | model | qty | unit | unit price | amount (= FRAME_WIDTH)
WIDTHS = [26.0, 78.0, 137.2, 80.0, 34.0, 30.0, 50.0, 58.0]


def _money(value: float) -> str:
    return f"{value:,.2f}"


def write_order_pdf(order: OrderDoc, language: Language, out: Path) -> None:
    t = TEXTS[language]
    styles = styles_for(language)
    story: list[Any] = [
        Paragraph(escape(order.buyer), styles.subtitle),
        Paragraph(escape(t["title"]), styles.title),
        Spacer(1, 6),
        key_values(
            [
                (t["number"], order.number),
                (t["ordered_on"], order.ordered_on.isoformat()),
                (t["supplier"], order.supplier),
                (t["delivery"], order.delivery_date.isoformat() if order.delivery_date else ""),
                (t["contact"], order.contact),
                (t["phone"], order.phone),
                (t["address"], order.address),
                (t["ordered_by"], order.ordered_by),
                (t["buyer"], f"{order.buyer} {order.buyer_address}".strip()),
            ],
            styles,
        ),
        Spacer(1, 8),
    ]
    header = [t[k] for k in ("col_no", "col_part", "col_spec", "col_model", "col_qty",
                             "col_unit", "col_price", "col_amount")]  # fmt: skip
    rows: list[list[Any]] = []
    total = 0.0
    for i, line in enumerate(order.lines, start=1):
        amount = line.quantity * line.unit_price
        total += amount
        spec = line.specification + (t["urgent"] if line.urgent else "")
        rows.append(
            [str(i), line.part_number, spec, line.model, f"{line.quantity:g}", line.unit,
             _money(line.unit_price), _money(amount)]
        )  # fmt: skip
    rows.append([f"{t['total']} ({order.currency})", "", "", "", "", "", "", _money(total)])
    align = [("ALIGN", (4, 1), (7, -1), "RIGHT"), ("SPAN", (0, -1), (6, -1))]
    assert abs(sum(WIDTHS) - FRAME_WIDTH) < 0.5
    story += [data_table(header, rows, WIDTHS, styles, *align, small=(2, 3)), Spacer(1, 8)]
    story += [Paragraph(f"<b>{escape(t['terms'])}</b>", styles.label)]
    story += [Paragraph(escape(order.terms) or "—", styles.body), Spacer(1, 30)]
    story += [
        Paragraph(
            escape(f"{t['sign_buyer']}" + " " * 6 + "_" * 24 + " " * 6 + t["date"] + "_" * 14),
            styles.body,
        ),
        Spacer(1, 18),
        Paragraph(
            escape(f"{t['sign_supplier']}" + " " * 6 + "_" * 24 + " " * 6 + t["date"] + "_" * 14),
            styles.body,
        ),
    ]
    out.parent.mkdir(parents=True, exist_ok=True)
    document = SimpleDocTemplate(
        str(out), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
        topMargin=16 * mm, bottomMargin=16 * mm, title=f"{t['title']} {order.number}",
    )  # fmt: skip
    document.build(story)
