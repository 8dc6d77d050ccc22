"""Who signs a work order's report, as far as the records know them (§3.2, §3.3, §4.4,
§5.2): the hospital and its contact, and on an acceptance the names its record gives.

The signatures tab fills the signer slots from this plain data; the customer can
still correct every name on the pad before signing.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from app.db.models import Contact, WorkOrder
from app.domain.enums import ReportKind
from app.services.records import live
from app.services.store import Store
from app.services.work_orders import field_records


@dataclass(frozen=True)
class SigningParties:
    hospital: str  # the customer signs for it (its Chinese name, as on its papers)
    customer_name: str  # the acceptance record's name, else the hospital's first contact
    customer_role: str  # the contact's role, when the contact is that person
    qc_name: str  # acceptance only: who accepts for quality control


def signing_parties(store: Store, work_order_id: str, kind: ReportKind) -> SigningParties:
    """Raises RecordGone when the order was deleted meanwhile."""
    with store.reading() as session:
        customer = live(session, WorkOrder, work_order_id).equipment.site.customer
        contact = session.scalars(
            select(Contact).where(Contact.customer_id == customer.id, Contact.deleted_at.is_(None))
        ).first()
        hospital = customer.name_zh
        known = contact is not None
        contact_name, contact_role = (contact.name, contact.role) if contact else ("", "")
    recorded = (
        field_records.load_installation(store, work_order_id)
        if kind is ReportKind.ACCEPTANCE
        else None
    )  # the acceptance names who accepts: the slots start with those names
    customer_name = contact_name
    if recorded is not None and recorded.accepted_by_customer.strip():
        customer_name = recorded.accepted_by_customer.strip()
    return SigningParties(
        hospital=hospital,
        customer_name=customer_name,
        customer_role=contact_role if known and contact_name == customer_name else "",
        qc_name=recorded.accepted_by_qc.strip() if recorded is not None else "",
    )
