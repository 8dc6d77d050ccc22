"""Hospitals with their sites (departments, rooms) and contacts."""

from __future__ import annotations

from dataclasses import asdict, dataclass

from sqlalchemy import func, select

from app.db.models import Contact, Customer, Equipment, Site
from app.domain.records import ContactDraft, CustomerDraft, SiteDraft
from app.services.lists import customer_name_en
from app.services.records import IN_USE_UNITS, check, live, refuse_if_used, soft_delete, upsert
from app.services.store import Store


@dataclass(frozen=True)
class SiteRow:
    id: str
    name: str
    building: str
    units: int


@dataclass(frozen=True)
class ContactRow:
    id: str
    name: str
    role: str
    phone: str
    email: str


def save_customer(store: Store, customer_id: str | None, draft: CustomerDraft) -> str:
    check(draft.validate())
    values = asdict(draft)
    values["name_zh"] = draft.name_zh.strip()
    values["name_en"] = draft.name_en.strip()
    with store.session() as session:
        return upsert(session, store, Customer, customer_id, values).id


def load_customer(store: Store, customer_id: str) -> CustomerDraft:
    with store.reading() as session:
        c = live(session, Customer, customer_id)
        return CustomerDraft(c.name_zh, c.name_en, c.address, c.region, c.grade)


def delete_customer(store: Store, customer_id: str) -> None:
    with store.reading() as session:
        refuse_if_used(
            session,
            select(Equipment.id)
            .join(Site, Site.id == Equipment.site_id)
            .where(Site.customer_id == customer_id, Equipment.deleted_at.is_(None)),
            IN_USE_UNITS,
        )
    soft_delete(store, Customer, customer_id)


def sites_of(store: Store, customer_id: str) -> list[SiteRow]:
    with store.reading() as session:
        sites = session.scalars(
            select(Site)
            .where(Site.customer_id == customer_id, Site.deleted_at.is_(None))
            .order_by(Site.name)
        ).all()
        counts: dict[str, int] = dict(
            session.execute(
                select(Equipment.site_id, func.count())
                .where(Equipment.deleted_at.is_(None))
                .where(Equipment.site_id.in_([s.id for s in sites]))
                .group_by(Equipment.site_id)
            )
            .tuples()
            .all()
        )
        return [SiteRow(s.id, s.name, s.building, counts.get(s.id, 0)) for s in sites]


def save_site(store: Store, site_id: str | None, draft: SiteDraft) -> str:
    check(draft.validate())
    with store.session() as session:
        live(session, Customer, draft.customer_id)
        return upsert(session, store, Site, site_id, asdict(draft)).id


def load_site(store: Store, site_id: str) -> SiteDraft:
    with store.reading() as session:
        s = live(session, Site, site_id)
        return SiteDraft(s.customer_id, s.name, s.building)


def delete_site(store: Store, site_id: str) -> None:
    with store.reading() as session:
        refuse_if_used(
            session,
            select(Equipment.id).where(
                Equipment.site_id == site_id, Equipment.deleted_at.is_(None)
            ),
            IN_USE_UNITS,
        )
    soft_delete(store, Site, site_id)


def contacts_of(store: Store, customer_id: str) -> list[ContactRow]:
    with store.reading() as session:
        rows = session.scalars(
            select(Contact)
            .where(Contact.customer_id == customer_id, Contact.deleted_at.is_(None))
            .order_by(Contact.name)
        )
        return [ContactRow(c.id, c.name, c.role, c.phone, c.email) for c in rows]


def save_contact(store: Store, contact_id: str | None, draft: ContactDraft) -> str:
    check(draft.validate())
    with store.session() as session:
        live(session, Customer, draft.customer_id)
        return upsert(session, store, Contact, contact_id, asdict(draft)).id


def load_contact(store: Store, contact_id: str) -> ContactDraft:
    with store.reading() as session:
        c = live(session, Contact, contact_id)
        return ContactDraft(c.customer_id, c.name, c.role, c.phone, c.email)


def delete_contact(store: Store, contact_id: str) -> None:
    soft_delete(store, Contact, contact_id)


def customer_choices(store: Store) -> list[tuple[str, str]]:
    """(id, name) of every hospital, for pickers."""
    with store.reading() as session:
        rows = session.execute(
            select(Customer.id, Customer.name_zh)
            .where(Customer.deleted_at.is_(None))
            .order_by(Customer.name_zh)
        )
        return [(r[0], r[1]) for r in rows]


def site_choices(store: Store, english: bool = False) -> list[tuple[str, str]]:
    """(id, "hospital — site") of every site, for the equipment form; `english`: the
    hospital by its stored English name (English screens)."""
    hospital = customer_name_en if english else Customer.name_zh
    with store.reading() as session:
        rows = session.execute(
            select(Site.id, hospital, Site.name)
            .join(Customer, Customer.id == Site.customer_id)
            .where(Site.deleted_at.is_(None), Customer.deleted_at.is_(None))
            .order_by(hospital, Site.name)
        )
        return [(r[0], f"{r[1]} — {r[2]}") for r in rows]
