"""Everything the Purchasing page shows, read in one go (off the GUI thread)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.domain.purchasing import VIEW_ROLES
from app.services.purchasing import catalogue, orders, plans
from app.services.purchasing.access import may_approve, may_keep, role_of
from app.services.purchasing.catalogue import CatalogueRow, SupplierRow
from app.services.purchasing.orders import OrderRow, WaitingPart
from app.services.purchasing.plans import PlanView
from app.services.stock import views as stock_views
from app.services.stock.views import LocationChoice
from app.services.store import Store


@dataclass(frozen=True)
class PurchasingView:
    may_view: bool
    may_keep: bool  # catalogue, plans, orders, receiving
    may_approve: bool  # plan line decisions
    parts: list[CatalogueRow]
    suppliers: list[SupplierRow]
    plans: list[tuple[str, str, date]]
    plan: PlanView | None  # the chosen plan (else the newest)
    orders: list[OrderRow]
    waiting: list[WaitingPart]
    locations: list[LocationChoice]


def purchasing_view(store: Store, plan_id: str | None = None) -> PurchasingView:
    role = role_of(store)
    every_plan = plans.plans(store)
    known = {p[0] for p in every_plan}
    chosen = plan_id if plan_id in known else (every_plan[0][0] if every_plan else None)
    return PurchasingView(
        role in VIEW_ROLES,
        may_keep(store),
        may_approve(store),
        catalogue.catalogue(store),
        catalogue.suppliers(store),
        every_plan,
        plans.plan_view(store, chosen) if chosen else None,
        orders.orders(store),
        orders.waiting_for_repairs(store),
        [loc for loc in stock_views.locations(store) if loc.active],
    )
