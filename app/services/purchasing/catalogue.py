"""The part catalogue in full (issue 12) and the suppliers with what each sells.

A part's details and a supplier's offer are written by the parts administrator or
the service manager only; the Excel import checks its rows with the same `validate`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.fieldwork import Part
from app.db.purchasing import Supplier, SupplierPart
from app.domain.i18n import QT_TRANSLATE_NOOP
from app.domain.records import FieldError, ValidationError, check_text
from app.services.purchasing.access import require_keeper
from app.services.records import check, live, upsert
from app.services.registry.parts import DUPLICATE_PART_NUMBER, MAX_QUANTITY, PartDraft
from app.services.store import Store

BAD_AMOUNT = QT_TRANSLATE_NOOP("Validation", "Enter a number between 0 and 10000000.")
BAD_LEAD_TIME = QT_TRANSLATE_NOOP("Validation", "The lead time must be 0 to 730 days.")
MAX_PRICE = 10_000_000.0


@dataclass
class PartDetails(PartDraft):
    """Every catalogue field of a part; `description` is its Chinese name."""

    name_en: str = ""
    alternate_numbers: str = ""  # other numbers the same part is known by, comma separated
    category: str = ""
    maker: str = ""
    model_spec: str = ""
    fits_models: str = ""  # equipment models it fits, comma separated
    standard_cost: float = 0.0
    reorder_quantity: float = 0.0
    obsolete: bool = False

    def validate(self) -> list[FieldError]:
        errors = super().validate()
        for name, limit in (
            ("name_en", 200), ("alternate_numbers", 200), ("category", 60), ("maker", 100),
            ("model_spec", 100), ("fits_models", 300),
        ):  # fmt: skip
            check_text(errors, name, getattr(self, name), limit)
        if not 0 <= self.standard_cost <= MAX_PRICE:
            errors.append(FieldError("standard_cost", BAD_AMOUNT))
        if not 0 <= self.reorder_quantity <= MAX_QUANTITY:
            errors.append(FieldError("reorder_quantity", BAD_AMOUNT))
        return errors

    def values(self) -> dict[str, object]:
        return {
            "part_number": " ".join(self.part_number.split()),
            "description": self.description.strip(),
            "unit": self.unit.strip(),
            "serialised": self.serialised,
            "reorder_level": self.reorder_level,
            "name_en": self.name_en.strip(),
            "alternate_numbers": self.alternate_numbers.strip(),
            "category": self.category.strip(),
            "maker": self.maker.strip(),
            "model_spec": self.model_spec.strip(),
            "fits_models": self.fits_models.strip(),
            "standard_cost": self.standard_cost,
            "reorder_quantity": self.reorder_quantity,
            "obsolete": self.obsolete,
        }


def details_of(part: Part) -> PartDetails:
    return PartDetails(
        part.part_number, part.description, part.unit, part.serialised, part.reorder_level,
        part.name_en, part.alternate_numbers, part.category, part.maker, part.model_spec,
        part.fits_models, part.standard_cost, part.reorder_quantity, part.obsolete,
    )  # fmt: skip


def part_with_number(session: Session, number: str) -> Part | None:
    """The part whose number is `number`, whatever its case (numbers are unique)."""
    return session.scalar(
        select(Part).where(func.upper(Part.part_number) == " ".join(number.split()).upper())
    )


def write_part(session: Session, store: Store, part_id: str | None, details: PartDetails) -> Part:
    """Checks and writes one part in `session` (the import writes many in one)."""
    check(details.validate())
    values = details.values()
    holder = part_with_number(session, str(values["part_number"]))
    if holder is not None and holder.id != part_id:
        raise ValidationError([FieldError("part_number", DUPLICATE_PART_NUMBER)])
    return upsert(session, store, Part, part_id, values)


def save_part(store: Store, part_id: str | None, details: PartDetails) -> str:
    require_keeper(store)
    with store.session() as session:
        return write_part(session, store, part_id, details).id


def part_details(store: Store, part_id: str) -> PartDetails:
    with store.reading() as session:
        return details_of(live(session, Part, part_id))


@dataclass
class SupplierDraft:
    name: str = ""
    contact_person: str = ""
    phone: str = ""
    email: str = ""
    address: str = ""
    notes: str = ""
    active: bool = True

    def validate(self) -> list[FieldError]:
        errors: list[FieldError] = []
        check_text(errors, "name", self.name, 200, required=True)
        check_text(errors, "contact_person", self.contact_person, 100)
        check_text(errors, "phone", self.phone, 60)
        check_text(errors, "email", self.email, 120)
        check_text(errors, "address", self.address, 300)
        return errors


def save_supplier(store: Store, supplier_id: str | None, draft: SupplierDraft) -> str:
    require_keeper(store)
    check(draft.validate())
    values = {k: (v.strip() if isinstance(v, str) else v) for k, v in vars(draft).items()}
    with store.session() as session:
        return upsert(session, store, Supplier, supplier_id, values).id


def supplier_draft(store: Store, supplier_id: str) -> SupplierDraft:
    with store.reading() as session:
        s = live(session, Supplier, supplier_id)
        return SupplierDraft(
            s.name, s.contact_person, s.phone, s.email, s.address, s.notes, s.active
        )


@dataclass
class OfferDraft:
    """What one supplier charges for one part, and how long it takes."""

    supplier_id: str = ""
    part_id: str = ""
    supplier_part_number: str = ""
    unit_price: float = 0.0
    currency: str = "CNY"
    lead_time_days: int = 0

    def validate(self) -> list[FieldError]:
        errors: list[FieldError] = []
        check_text(errors, "supplier_part_number", self.supplier_part_number, 60)
        if not 0 <= self.unit_price <= MAX_PRICE:
            errors.append(FieldError("unit_price", BAD_AMOUNT))
        if not 0 <= self.lead_time_days <= 730:
            errors.append(FieldError("lead_time_days", BAD_LEAD_TIME))
        return errors


def save_offer(store: Store, offer_id: str | None, draft: OfferDraft) -> str:
    """Records (or changes) a supplier's offer; one offer per supplier and part."""
    require_keeper(store)
    check(draft.validate())
    with store.session() as session:
        live(session, Supplier, draft.supplier_id)
        live(session, Part, draft.part_id)
        if offer_id is None:
            offer_id = session.scalar(
                select(SupplierPart.id).where(
                    SupplierPart.supplier_id == draft.supplier_id,
                    SupplierPart.part_id == draft.part_id,
                    SupplierPart.deleted_at.is_(None),
                )
            )
        values = dict(vars(draft), supplier_part_number=draft.supplier_part_number.strip())
        return upsert(session, store, SupplierPart, offer_id, values).id


@dataclass(frozen=True)
class Offer:
    id: str
    supplier_id: str
    supplier: str
    part_id: str
    part_number: str
    part_name: str
    supplier_part_number: str
    unit_price: float
    currency: str
    lead_time_days: int


@dataclass(frozen=True)
class SupplierRow:
    id: str
    name: str
    contact_person: str
    phone: str
    email: str
    address: str
    active: bool
    offers: list[Offer] = field(default_factory=list)


def offers(session: Session) -> list[Offer]:
    rows = session.execute(
        select(SupplierPart, Supplier.name, Part.part_number, Part.description)
        .join(Supplier, Supplier.id == SupplierPart.supplier_id)
        .join(Part, Part.id == SupplierPart.part_id)
        .where(SupplierPart.deleted_at.is_(None), Supplier.deleted_at.is_(None))
        .order_by(Supplier.name, Part.part_number)
    )
    return [
        Offer(
            o.id,
            o.supplier_id,
            name,
            o.part_id,
            number,
            description,
            o.supplier_part_number,
            o.unit_price,
            o.currency,
            o.lead_time_days,
        )  # fmt: skip
        for o, name, number, description in rows
    ]


def cheapest_offers(session: Session) -> dict[str, Offer]:
    """Each part's best offer: the lowest price, then the shortest lead time."""
    best: dict[str, Offer] = {}
    for offer in offers(session):
        held = best.get(offer.part_id)
        if held is None or (offer.unit_price, offer.lead_time_days) < (
            held.unit_price,
            held.lead_time_days,
        ):
            best[offer.part_id] = offer
    return best


def suppliers(store: Store) -> list[SupplierRow]:
    """Every supplier with its offers, by name."""
    with store.reading() as session:
        by_supplier: dict[str, list[Offer]] = {}
        for offer in offers(session):
            by_supplier.setdefault(offer.supplier_id, []).append(offer)
        return [
            SupplierRow(
                s.id,
                s.name,
                s.contact_person,
                s.phone,
                s.email,
                s.address,
                s.active,
                by_supplier.get(s.id, []),
            )  # fmt: skip
            for s in session.scalars(
                select(Supplier).where(Supplier.deleted_at.is_(None)).order_by(Supplier.name)
            )
        ]


@dataclass(frozen=True)
class CatalogueRow:
    id: str
    details: PartDetails
    suppliers: int


def catalogue(store: Store) -> list[CatalogueRow]:
    """Every live part with its details and how many suppliers offer it."""
    with store.reading() as session:
        counts: dict[str, int] = {
            p: int(n)
            for p, n in session.execute(
                select(SupplierPart.part_id, func.count())
                .where(SupplierPart.deleted_at.is_(None))
                .group_by(SupplierPart.part_id)
            )
        }
        parts = session.scalars(
            select(Part).where(Part.deleted_at.is_(None)).order_by(Part.part_number)
        )
        return [CatalogueRow(p.id, details_of(p), int(counts.get(p.id, 0))) for p in parts]
