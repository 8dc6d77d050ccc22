"""Purchase plans (procedure §6.1): drafted from demand, decided line by line by the
service manager.

Demand is what the database says: catalogue parts that open repairs wait for (the
awaited parts of a work order in "awaiting parts"), parts held for planned maintenance
(awaited parts on open inspection or maintenance orders), and warehouse stock at or
under its reorder level less what is already planned or on order. Urgent repairs
come first (§6.3.3).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.base import utcnow
from app.db.fieldwork import AwaitedPart, Part
from app.db.models import WorkOrder
from app.db.purchasing import (
    PurchaseOrder,
    PurchaseOrderLine,
    PurchasePlan,
    PurchasePlanLine,
    PurchaseReceipt,
)
from app.db.stock import StockLocation, StockMovement
from app.domain import purchasing as rules
from app.domain.enums import (
    DemandSource,
    LocationKind,
    PlanDecision,
    Priority,
    WorkOrderState,
    WorkOrderType,
)
from app.domain.purchasing import Demand, PurchaseRefusal
from app.services.device import issue_number_in_year
from app.services.purchasing.access import require_keeper, role_of
from app.services.purchasing.catalogue import cheapest_offers
from app.services.records import live
from app.services.registry.users import person_name
from app.services.store import Store

MAINTENANCE_TYPES = frozenset({WorkOrderType.PREVENTIVE_MAINTENANCE, WorkOrderType.INSPECTION})
FINISHED = frozenset(
    {
        WorkOrderState.COMPLETED,
        WorkOrderState.CUSTOMER_SIGNED,
        WorkOrderState.CLOSED,
        WorkOrderState.CANCELLED,
    }
)


def warehouse_on_hand(session: Session) -> dict[str, float]:
    """Each part's on-hand summed over the warehouses (kits are already issued out)."""
    warehouses = select(StockLocation.id).where(
        StockLocation.kind == LocationKind.WAREHOUSE, StockLocation.deleted_at.is_(None)
    )
    totals: dict[str, float] = {}
    live_rows = StockMovement.deleted_at.is_(None)
    for column, sign in (
        (StockMovement.to_location_id, 1.0),
        (StockMovement.from_location_id, -1.0),
    ):
        rows = session.execute(
            select(StockMovement.part_id, func.sum(StockMovement.quantity))
            .where(live_rows, column.in_(warehouses))
            .group_by(StockMovement.part_id)
        )
        for part_id, quantity in rows:
            totals[part_id] = totals.get(part_id, 0.0) + sign * float(quantity or 0)
    return totals


def owed_by_part(session: Session) -> dict[str, float]:
    """What open orders still owe, per part (ordered less accepted)."""
    ordered: dict[str, float] = {
        p: float(q or 0)
        for p, q in session.execute(
            select(PurchaseOrderLine.part_id, func.sum(PurchaseOrderLine.quantity))
            .where(PurchaseOrderLine.deleted_at.is_(None))
            .group_by(PurchaseOrderLine.part_id)
        )
    }
    accepted: dict[str, float] = {
        p: float(q or 0)
        for p, q in session.execute(
            select(PurchaseOrderLine.part_id, func.sum(PurchaseReceipt.accepted_quantity))
            .join(PurchaseOrderLine, PurchaseOrderLine.id == PurchaseReceipt.order_line_id)
            .where(PurchaseReceipt.deleted_at.is_(None))
            .group_by(PurchaseOrderLine.part_id)
        )
    }
    return {p: max(float(q) - float(accepted.get(p) or 0), 0.0) for p, q in ordered.items()}


def _planned_not_ordered(session: Session) -> list[PurchasePlanLine]:
    ordered = select(PurchaseOrderLine.plan_line_id).where(
        PurchaseOrderLine.plan_line_id.is_not(None), PurchaseOrderLine.deleted_at.is_(None)
    )
    return list(
        session.scalars(
            select(PurchasePlanLine).where(
                PurchasePlanLine.deleted_at.is_(None),
                PurchasePlanLine.decision != PlanDecision.REJECTED,
                PurchasePlanLine.id.not_in(ordered),
            )
        )
    )


def demand(session: Session) -> list[Demand]:
    """What should be bought now, urgent repairs first; nothing already planned twice."""
    found: list[Demand] = []
    planned = _planned_not_ordered(session)
    covered = {(line.work_order_id, line.part_id) for line in planned if line.work_order_id}
    waiting = session.execute(
        select(AwaitedPart, WorkOrder)
        .join(WorkOrder, WorkOrder.id == AwaitedPart.work_order_id)
        .where(
            AwaitedPart.deleted_at.is_(None),
            AwaitedPart.received_at.is_(None),
            AwaitedPart.part_id.is_not(None),
            WorkOrder.deleted_at.is_(None),
            WorkOrder.state.not_in(FINISHED),
        )
    )
    for awaited, order in waiting:
        if (order.id, awaited.part_id) in covered:
            continue
        maintenance = order.type in MAINTENANCE_TYPES
        if not maintenance and order.state is not WorkOrderState.AWAITING_PARTS:
            continue
        found.append(
            Demand(
                str(awaited.part_id),
                awaited.quantity,
                DemandSource.MAINTENANCE if maintenance else DemandSource.REPAIR,
                urgent=order.priority is Priority.URGENT,
                work_order_id=order.id,
                note=order.number,
            )
        )
    on_hand = warehouse_on_hand(session)
    owed = owed_by_part(session)
    pending: dict[str, float] = {}
    for line in planned:
        pending[line.part_id] = pending.get(line.part_id, 0.0) + line.quantity
    for d in found:
        pending[d.part_id] = pending.get(d.part_id, 0.0) + d.quantity
    watched = session.scalars(
        select(Part).where(
            Part.deleted_at.is_(None), Part.obsolete.is_(False), Part.reorder_level > 0
        )
    )
    for part in watched:
        held = on_hand.get(part.id, 0.0)
        coming = owed.get(part.id, 0.0) + pending.get(part.id, 0.0)
        if held + coming <= part.reorder_level:
            quantity = rules.reorder_quantity(
                held + coming, part.reorder_level, part.reorder_quantity
            )
            found.append(Demand(part.id, quantity, DemandSource.REORDER, note=f"{held:g}"))
    return sorted(found, key=rules.demand_order)


def next_number(
    session: Session, model: type[PurchasePlan] | type[PurchaseOrder], series: str, on: date
) -> str:
    """PP-2026-7K3M-00003: this laptop's plans (or orders) of the year, plus one; the
    device prefix keeps two laptops drafting offline from issuing the same number."""
    return issue_number_in_year(session, on.year, model.number, series)


def draft_plan(store: Store, today: date, title: str = "") -> str | None:
    """A new plan of today's demand, each line priced at its best offer; None when
    there is nothing to buy."""
    require_keeper(store)
    with store.session() as session:
        wanted = demand(session)
        if not wanted:
            return None
        plan = PurchasePlan(
            number=next_number(session, PurchasePlan, "PP", today),
            title=title,
            drafted_by=store.user_login,
            drafted_on=today,
            updated_by=store.user_login,
        )
        session.add(plan)
        session.flush()
        add_lines(session, store.user_login, plan.id, wanted, today)
        return plan.id


def add_lines(session: Session, by: str, plan_id: str, wanted: list[Demand], today: date) -> None:
    best = cheapest_offers(session)
    for d in wanted:
        offer = best.get(d.part_id)
        session.add(
            PurchasePlanLine(
                plan_id=plan_id,
                part_id=d.part_id,
                quantity=d.quantity,
                source=d.source,
                work_order_id=d.work_order_id,
                urgent=d.urgent,
                supplier_id=offer.supplier_id if offer else None,
                unit_price=offer.unit_price if offer else 0.0,
                need_by=today if d.urgent else None,
                note=d.note,
                updated_by=by,
            )
        )
    session.flush()


def add_line(store: Store, plan_id: str, part_id: str, quantity: float, today: date) -> None:
    """A line the parts administrator adds by hand."""
    require_keeper(store)
    if not quantity > 0:
        raise PurchaseRefusal(rules.M_QUANTITY)
    with store.session() as session:
        live(session, PurchasePlan, plan_id)
        live(session, Part, part_id)
        add_lines(
            session,
            store.user_login,
            plan_id,
            [Demand(part_id, quantity, DemandSource.MANUAL)],
            today,
        )


def decide_line(
    store: Store, line_id: str, decision: PlanDecision, reason: str = "", at: datetime | None = None
) -> None:
    """The service manager approves or rejects one line (a rejection says why)."""
    role = role_of(store)
    with store.session() as session:
        line = live(session, PurchasePlanLine, line_id)
        rules.check_decision(role, line.decision, decision, reason)
        line.decision = decision
        line.decision_reason = reason.strip()
        line.decided_by = store.user_login
        line.decided_at = at or utcnow()
        line.updated_by = store.user_login


def change_line(
    store: Store, line_id: str, quantity: float, supplier_id: str | None, unit_price: float
) -> None:
    """The administrator corrects a pending line (quantity, supplier, price)."""
    require_keeper(store)
    if not quantity > 0:
        raise PurchaseRefusal(rules.M_QUANTITY)
    with store.session() as session:
        line = live(session, PurchasePlanLine, line_id)
        if line.decision is not PlanDecision.PENDING:
            raise PurchaseRefusal(rules.M_LINE_EDIT)
        line.quantity, line.supplier_id, line.unit_price = quantity, supplier_id, unit_price
        line.updated_by = store.user_login


@dataclass(frozen=True)
class PlanLineRow:
    id: str
    number: int  # the line's place in the plan, from 1 (urgent first)
    part_id: str
    part_number: str
    part_name: str
    unit: str
    quantity: float
    source: DemandSource
    urgent: bool
    work_order_number: str
    supplier_id: str | None
    supplier: str
    unit_price: float
    decision: PlanDecision
    decision_reason: str
    decided_by: str
    order_number: str


@dataclass(frozen=True)
class PlanView:
    id: str
    number: str
    title: str
    drafted_on: date
    drafted_by: str
    lines: list[PlanLineRow]


def plans(store: Store) -> list[tuple[str, str, date]]:
    """(id, number, drafted on) of every plan, newest first."""
    with store.reading() as session:
        rows = session.execute(
            select(PurchasePlan.id, PurchasePlan.number, PurchasePlan.drafted_on)
            .where(PurchasePlan.deleted_at.is_(None))
            .order_by(PurchasePlan.drafted_on.desc(), PurchasePlan.number.desc())
        )
        return [(i, n, d) for i, n, d in rows]


def plan_view(store: Store, plan_id: str) -> PlanView:
    with store.reading() as session:
        return read_plan(session, plan_id)


def read_plan(session: Session, plan_id: str) -> PlanView:
    from app.db.purchasing import PurchaseOrder, Supplier

    plan = live(session, PurchasePlan, plan_id)
    rows = session.execute(
        select(PurchasePlanLine, Part, WorkOrder.number, Supplier.name, PurchaseOrder.number)
        .join(Part, Part.id == PurchasePlanLine.part_id)
        .outerjoin(WorkOrder, WorkOrder.id == PurchasePlanLine.work_order_id)
        .outerjoin(Supplier, Supplier.id == PurchasePlanLine.supplier_id)
        .outerjoin(
            PurchaseOrderLine,
            (PurchaseOrderLine.plan_line_id == PurchasePlanLine.id)
            & PurchaseOrderLine.deleted_at.is_(None),
        )
        .outerjoin(PurchaseOrder, PurchaseOrder.id == PurchaseOrderLine.order_id)
        .where(PurchasePlanLine.plan_id == plan_id, PurchasePlanLine.deleted_at.is_(None))
    )
    found = sorted(
        rows,
        key=lambda r: (
            rules.demand_order(Demand(r[0].part_id, 0, r[0].source, urgent=r[0].urgent)),
            r[0].created_at,
            r[1].part_number,
        ),
    )
    lines = [
        PlanLineRow(
            line.id,
            i,
            part.id,
            part.part_number,
            part.description,
            part.unit,
            line.quantity,
            line.source,
            line.urgent,
            wo or "",
            line.supplier_id,
            supplier or "",
            line.unit_price,
            line.decision,
            line.decision_reason,
            person_name(session, line.decided_by) if line.decided_by else "",
            po or "",
        )  # fmt: skip
        for i, (line, part, wo, supplier, po) in enumerate(found, start=1)
    ]
    drafted_by = person_name(session, plan.drafted_by)
    return PlanView(plan.id, plan.number, plan.title, plan.drafted_on, drafted_by, lines)
