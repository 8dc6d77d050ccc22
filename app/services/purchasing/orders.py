"""Purchase orders made from approved plan lines (one per supplier), and receiving.

Receiving checks quantity and quality: the accepted pieces are written to the stock
ledger as receipt movements into the chosen location (through the ledger's own rules,
serial by serial for serialised parts); the rejected ones are recorded with the reason
and stay owed on the order.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.base import utcnow
from app.db.fieldwork import Part
from app.db.models import WorkOrder
from app.db.purchasing import (
    PurchaseOrder,
    PurchaseOrderLine,
    PurchasePlanLine,
    PurchaseReceipt,
    Supplier,
    SupplierPart,
)
from app.domain import purchasing as rules
from app.domain.enums import MovementKind, PlanDecision
from app.domain.purchasing import PurchaseRefusal
from app.services.purchasing.access import require_keeper
from app.services.purchasing.plans import next_number
from app.services.records import live
from app.services.stock.ledger import MovementDraft, add_movement
from app.services.store import Store

DEFAULT_TERMS = (
    "货到验收合格后 30 天内付款；质保 12 个月。"
    "Payment within 30 days of accepted delivery; 12-month warranty."
)


def make_orders(store: Store, plan_id: str, today: date, terms: str = DEFAULT_TERMS) -> list[str]:
    """Orders the plan's approved lines not yet ordered, one order per supplier; the
    delivery date is today plus the longest lead time of the supplier's lines."""
    require_keeper(store)
    with store.session() as session:
        return order_lines(session, store.user_login, plan_id, today, terms)


def order_lines(session: Session, by: str, plan_id: str, today: date, terms: str) -> list[str]:
    ordered = set(
        session.scalars(
            select(PurchaseOrderLine.plan_line_id).where(
                PurchaseOrderLine.plan_line_id.is_not(None),
                PurchaseOrderLine.deleted_at.is_(None),
            )
        )
    )
    lines = [
        line
        for line in session.scalars(
            select(PurchasePlanLine).where(
                PurchasePlanLine.plan_id == plan_id, PurchasePlanLine.deleted_at.is_(None)
            )
        )
        if line.id not in ordered
    ]
    approved = [line for line in lines if line.decision is PlanDecision.APPROVED]
    if not approved:
        raise PurchaseRefusal(rules.M_NOTHING_TO_ORDER)
    for line in approved:
        if not line.supplier_id:
            part = session.get(Part, line.part_id)
            raise PurchaseRefusal(rules.M_NO_SUPPLIER, part.part_number if part else line.part_id)
    by_supplier: dict[str, list[PurchasePlanLine]] = {}
    for line in sorted(approved, key=lambda x: not x.urgent):
        by_supplier.setdefault(str(line.supplier_id), []).append(line)
    made = []
    for supplier_id, group in sorted(by_supplier.items()):
        lead = session.scalar(
            select(func.max(SupplierPart.lead_time_days)).where(
                SupplierPart.supplier_id == supplier_id,
                SupplierPart.part_id.in_([g.part_id for g in group]),
                SupplierPart.deleted_at.is_(None),
            )
        )
        order = PurchaseOrder(
            number=next_number(session, PurchaseOrder, "PO", today),
            supplier_id=supplier_id,
            plan_id=plan_id,
            ordered_on=today,
            delivery_date=today + timedelta(days=int(lead or 14)),
            terms=terms,
            ordered_by=by,
            updated_by=by,
        )
        session.add(order)
        session.flush()
        for line in group:
            part = live(session, Part, line.part_id)
            session.add(
                PurchaseOrderLine(
                    order_id=order.id,
                    plan_line_id=line.id,
                    part_id=part.id,
                    specification=_named(part),
                    model=part.model_spec or part.part_number,
                    quantity=line.quantity,
                    unit_price=line.unit_price,
                    urgent=line.urgent,
                    updated_by=by,
                )
            )
        session.flush()
        made.append(order.id)
    return made


def _named(part: Part) -> str:
    """Both names, once: a description already bilingual keeps its English half."""
    if not part.name_en or part.name_en in part.description:
        return part.description
    return f"{part.description} {part.name_en}"


@dataclass
class ReceiptDraft:
    order_line_id: str
    accepted: float = 0.0
    rejected: float = 0.0
    reject_reason: str = ""
    location_id: str | None = None
    serials: list[str] = field(default_factory=list)
    at: datetime | None = None


def accepted_of(session: Session, order_line_id: str) -> float:
    return float(
        session.scalar(
            select(func.coalesce(func.sum(PurchaseReceipt.accepted_quantity), 0.0)).where(
                PurchaseReceipt.order_line_id == order_line_id,
                PurchaseReceipt.deleted_at.is_(None),
            )
        )
        or 0.0
    )


def receive(store: Store, draft: ReceiptDraft) -> str:
    """Checks and records goods received on one order line; returns the receipt's id."""
    require_keeper(store)
    with store.session() as session:
        return add_receipt(session, store.user_login, draft).id


def add_receipt(session: Session, by: str, draft: ReceiptDraft) -> PurchaseReceipt:
    line = live(session, PurchaseOrderLine, draft.order_line_id)
    order = live(session, PurchaseOrder, line.order_id)
    part = live(session, Part, line.part_id)
    serials = [s.strip() for s in draft.serials if s.strip()]
    owed = line.quantity - accepted_of(session, line.id)
    rules.check_receipt(
        accepted=draft.accepted,
        rejected=draft.rejected,
        reason=draft.reject_reason,
        owed=owed,
        location_id=draft.location_id,
        serialised=part.serialised,
        serials=serials,
        part_number=part.part_number,
    )
    at = draft.at or utcnow()
    pieces = [(1.0, s) for s in serials] if part.serialised else [(draft.accepted, "")]
    for quantity, serial in pieces if draft.accepted > 0 else []:
        add_movement(
            session,
            MovementDraft(
                MovementKind.RECEIPT,
                part.id,
                quantity,
                to_location_id=draft.location_id,
                serial=serial,
                reference=order.number,
                at=at,
            ),
            by,
        )
    receipt = PurchaseReceipt(
        order_line_id=line.id,
        location_id=draft.location_id if draft.accepted > 0 else None,
        accepted_quantity=draft.accepted,
        rejected_quantity=draft.rejected,
        reject_reason=draft.reject_reason.strip(),
        serials="\n".join(serials),
        by_login=by,
        at=at,
        updated_by=by,
    )
    receipt.created_at = receipt.updated_at = at
    session.add(receipt)
    session.flush()
    return receipt


@dataclass(frozen=True)
class OrderLineRow:
    id: str
    part_id: str
    part_number: str
    specification: str
    model: str
    unit: str
    serialised: bool
    quantity: float
    unit_price: float
    accepted: float
    rejected: float
    urgent: bool

    @property
    def owed(self) -> float:
        return max(self.quantity - self.accepted, 0.0)


@dataclass(frozen=True)
class OrderRow:
    id: str
    number: str
    supplier: str
    supplier_contact: str
    ordered_on: date
    delivery_date: date | None
    terms: str
    currency: str
    lines: list[OrderLineRow]

    @property
    def open(self) -> bool:
        return any(line.owed > 0 for line in self.lines)

    @property
    def total(self) -> float:
        return sum(line.quantity * line.unit_price for line in self.lines)

    @property
    def partly_received(self) -> bool:
        return self.open and any(line.accepted > 0 for line in self.lines)

    def late(self, today: date) -> bool:
        return self.open and self.delivery_date is not None and self.delivery_date < today


def orders(store: Store, open_only: bool = False) -> list[OrderRow]:
    """Every order (or the open ones) with its lines and what was received, the ones
    expected soonest first."""
    with store.reading() as session:
        return read_orders(session, open_only)


def read_orders(session: Session, open_only: bool = False) -> list[OrderRow]:
    received: dict[str, tuple[float, float]] = {
        line_id: (float(a or 0), float(r or 0))
        for line_id, a, r in session.execute(
            select(
                PurchaseReceipt.order_line_id,
                func.sum(PurchaseReceipt.accepted_quantity),
                func.sum(PurchaseReceipt.rejected_quantity),
            )
            .where(PurchaseReceipt.deleted_at.is_(None))
            .group_by(PurchaseReceipt.order_line_id)
        )
    }
    lines: dict[str, list[OrderLineRow]] = {}
    for line, part in session.execute(
        select(PurchaseOrderLine, Part)
        .join(Part, Part.id == PurchaseOrderLine.part_id)
        .where(PurchaseOrderLine.deleted_at.is_(None))
        .order_by(PurchaseOrderLine.urgent.desc(), Part.part_number)
    ):
        accepted, rejected = received.get(line.id, (0.0, 0.0))
        lines.setdefault(line.order_id, []).append(
            OrderLineRow(
                line.id,
                part.id,
                part.part_number,
                line.specification,
                line.model,
                part.unit,
                part.serialised,
                line.quantity,
                line.unit_price,
                accepted,
                rejected,
                line.urgent,
            )  # fmt: skip
        )
    result = [
        OrderRow(
            o.id,
            o.number,
            name,
            contact,
            o.ordered_on,
            o.delivery_date,
            o.terms,
            o.currency,
            lines.get(o.id, []),
        )  # fmt: skip
        for o, name, contact in session.execute(
            select(PurchaseOrder, Supplier.name, Supplier.contact_person)
            .join(Supplier, Supplier.id == PurchaseOrder.supplier_id)
            .where(PurchaseOrder.deleted_at.is_(None))
        )
    ]
    if open_only:
        result = [o for o in result if o.open]
    return sorted(result, key=lambda o: (not o.open, o.delivery_date or date.max, o.number))


@dataclass(frozen=True)
class WaitingPart:
    """A part an open repair waits for, and what is being done about it."""

    work_order_id: str
    work_order_number: str
    priority_urgent: bool
    part_number: str
    part_name: str
    quantity: float
    expected_on: date | None
    plan_number: str
    decision: PlanDecision | None
    order_number: str


def waiting_for_repairs(store: Store) -> list[WaitingPart]:
    """Parts the repairs in "awaiting parts" wait for, urgent ones first, with the plan
    line and the order that should bring them."""
    from app.db.fieldwork import AwaitedPart
    from app.db.purchasing import PurchasePlan
    from app.domain.enums import Priority, WorkOrderState

    with store.reading() as session:
        rows = session.execute(
            select(AwaitedPart, WorkOrder, Part)
            .join(WorkOrder, WorkOrder.id == AwaitedPart.work_order_id)
            .outerjoin(Part, Part.id == AwaitedPart.part_id)
            .where(
                AwaitedPart.deleted_at.is_(None),
                AwaitedPart.received_at.is_(None),
                WorkOrder.deleted_at.is_(None),
                WorkOrder.state == WorkOrderState.AWAITING_PARTS,
            )
        ).all()
        planned: dict[tuple[str, str], tuple[str, PlanDecision, str]] = {}
        for line, plan_number, order_number in session.execute(
            select(PurchasePlanLine, PurchasePlan.number, PurchaseOrder.number)
            .join(PurchasePlan, PurchasePlan.id == PurchasePlanLine.plan_id)
            .outerjoin(
                PurchaseOrderLine,
                (PurchaseOrderLine.plan_line_id == PurchasePlanLine.id)
                & PurchaseOrderLine.deleted_at.is_(None),
            )
            .outerjoin(PurchaseOrder, PurchaseOrder.id == PurchaseOrderLine.order_id)
            .where(
                PurchasePlanLine.work_order_id.is_not(None),
                PurchasePlanLine.deleted_at.is_(None),
            )
        ):
            planned[(line.work_order_id, line.part_id)] = (
                plan_number,
                line.decision,
                order_number or "",
            )
        found = []
        for awaited, order, part in rows:
            plan = planned.get((order.id, awaited.part_id or ""))
            found.append(
                WaitingPart(
                    order.id,
                    order.number,
                    order.priority is Priority.URGENT,
                    part.part_number if part else "",
                    part.description if part else awaited.description,
                    awaited.quantity,
                    awaited.expected_on,
                    plan[0] if plan else "",
                    plan[1] if plan else None,
                    plan[2] if plan else awaited.order_reference,
                )
            )
        return sorted(
            found,
            key=lambda w: (not w.priority_urgent, w.expected_on or date.max, w.work_order_number),
        )
