"""One search box over every kind of record: work orders, units, hospitals, parts.

Each word typed must appear in one of a kind's searched fields (SQLite LIKE: ASCII
case-insensitive, Chinese as typed). Each kind returns at most `per_kind` hits,
fetching one more to know whether there are more; a hit whose number or serial
starts with the text comes first, so typing a number from a label finds it on top.
A substring cannot be looked up in an index, so each kind scans its table once (no
count is made; the LIMIT bounds what is returned and sorted): about 0.1 s at 100,000
work orders, in a worker after a pause in typing (benchmarks/search.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, case, func, or_, select
from sqlalchemy.orm import Session

from app.db.fieldwork import Part, PartUsage
from app.db.models import Customer, Equipment, EquipmentModel, Site, WorkOrder
from app.domain import enums
from app.domain.i18n import QT_TRANSLATE_NOOP
from app.services.lists import escape_like
from app.services.store import Store

PER_KIND = 8
MIN_LENGTH = 1  # one Chinese character is a real search (院, 泵)


class HitKind(enums.LabelledEnum):
    """What a hit is, in the order the groups are shown."""

    WORK_ORDER = "work_order"
    UNIT = "unit"
    HOSPITAL = "hospital"
    PART = "part"

    @property
    def label(self) -> str:
        return _KIND_LABELS[self]


_KIND_LABELS = {
    HitKind.WORK_ORDER: QT_TRANSLATE_NOOP("Enum", "Work orders"),
    HitKind.UNIT: QT_TRANSLATE_NOOP("Enum", "Units"),
    HitKind.HOSPITAL: QT_TRANSLATE_NOOP("Enum", "Hospitals"),
    HitKind.PART: QT_TRANSLATE_NOOP("Enum", "Parts"),
}


@dataclass(frozen=True)
class Hit:
    """One found record. `open_id` is what activating it opens: the record itself, or
    for a part the newest work order it was recorded on (None: never used)."""

    kind: HitKind
    id: str
    title: str
    detail: str
    open_id: str | None
    # Both names of the hospital involved, for the UI to show in the user's language.
    hospital_zh: str = ""
    hospital_en: str = ""
    uses: int = 0  # parts: on how many work orders
    # Work orders: their type and state.
    work_type: enums.WorkOrderType | None = None
    state: enums.WorkOrderState | None = None


@dataclass(frozen=True)
class SearchResults:
    text: str
    hits: dict[HitKind, list[Hit]] = field(default_factory=dict)
    more: frozenset[HitKind] = frozenset()  # kinds with more hits than shown

    @property
    def empty(self) -> bool:
        return not any(self.hits.values())


def _words_match(words: list[str], *fields: Any) -> list[ColumnElement[bool]]:
    return [or_(*(f.like(f"%{escape_like(word)}%", escape="\\") for f in fields)) for word in words]


def _starts(expr: Any, text: str) -> ColumnElement[int]:
    return case((func.upper(expr).like(f"{escape_like(text.upper())}%", escape="\\"), 0), else_=1)


def search_everything(store: Store, text: str, per_kind: int = PER_KIND) -> SearchResults:
    words = text.split()
    if len("".join(words)) < MIN_LENGTH:
        return SearchResults(text)
    needle = " ".join(words)
    hits: dict[HitKind, list[Hit]] = {}
    with store.reading() as session:
        for kind, finder in _FINDERS.items():
            hits[kind] = finder(session, words, needle, per_kind + 1)
    more = frozenset(k for k, found in hits.items() if len(found) > per_kind)
    return SearchResults(text, {k: v[:per_kind] for k, v in hits.items()}, more)


def _work_orders(session: Session, words: list[str], needle: str, limit: int) -> list[Hit]:
    query = (
        select(
            WorkOrder.id,
            WorkOrder.number,
            WorkOrder.description,
            WorkOrder.type,
            WorkOrder.state,
            Customer.name_zh,
            Customer.name_en,
        )
        .join(Equipment, Equipment.id == WorkOrder.equipment_id)
        .join(Site, Site.id == Equipment.site_id)
        .join(Customer, Customer.id == Site.customer_id)
        .where(
            WorkOrder.deleted_at.is_(None),
            *_words_match(words, WorkOrder.number, WorkOrder.description),
        )
        .order_by(_starts(WorkOrder.number, needle), WorkOrder.reported_at.desc())
        .limit(limit)
    )
    return [
        Hit(
            HitKind.WORK_ORDER,
            wo_id,
            number,
            (description.splitlines() or [""])[0],
            wo_id,
            name_zh,
            name_en,
            work_type=kind,
            state=state,
        )
        for wo_id, number, description, kind, state, name_zh, name_en in session.execute(query)
    ]


def _units(session: Session, words: list[str], needle: str, limit: int) -> list[Hit]:
    name = EquipmentModel.maker + " " + EquipmentModel.model
    query = (
        select(
            Equipment.id,
            Equipment.serial_number,
            name,
            Site.name,
            Customer.name_zh,
            Customer.name_en,
        )
        .join(EquipmentModel, EquipmentModel.id == Equipment.model_id)
        .join(Site, Site.id == Equipment.site_id)
        .join(Customer, Customer.id == Site.customer_id)
        .where(
            Equipment.deleted_at.is_(None),
            *_words_match(words, Equipment.serial_number, EquipmentModel.model, name),
        )
        .order_by(_starts(Equipment.serial_number, needle), Equipment.serial_number)
        .limit(limit)
    )
    return [
        Hit(HitKind.UNIT, unit_id, f"{model} · {serial}", site, unit_id, name_zh, name_en)
        for unit_id, serial, model, site, name_zh, name_en in session.execute(query)
    ]


def _hospitals(session: Session, words: list[str], needle: str, limit: int) -> list[Hit]:
    query = (
        select(Customer.id, Customer.name_zh, Customer.name_en, Customer.region)
        .where(
            Customer.deleted_at.is_(None), *_words_match(words, Customer.name_zh, Customer.name_en)
        )
        .order_by(_starts(Customer.name_zh, needle), Customer.name_zh)
        .limit(limit)
    )
    return [
        Hit(HitKind.HOSPITAL, cid, name_zh, region, cid, name_zh, name_en)
        for cid, name_zh, name_en, region in session.execute(query)
    ]


def _parts(session: Session, words: list[str], needle: str, limit: int) -> list[Hit]:
    used = (
        select(func.count(PartUsage.id))
        .join(WorkOrder, WorkOrder.id == PartUsage.work_order_id)
        .where(
            PartUsage.part_id == Part.id,
            PartUsage.deleted_at.is_(None),
            WorkOrder.deleted_at.is_(None),
        )
        .scalar_subquery()
    )
    newest = (
        select(WorkOrder.id)
        .join(PartUsage, PartUsage.work_order_id == WorkOrder.id)
        .where(
            PartUsage.part_id == Part.id,
            PartUsage.deleted_at.is_(None),
            WorkOrder.deleted_at.is_(None),
        )
        .order_by(WorkOrder.reported_at.desc())
        .limit(1)
        .scalar_subquery()
    )
    query = (
        select(Part.id, Part.part_number, Part.description, used, newest)
        .where(Part.deleted_at.is_(None), *_words_match(words, Part.part_number, Part.description))
        .order_by(_starts(Part.part_number, needle), Part.part_number)
        .limit(limit)
    )
    return [
        Hit(HitKind.PART, part_id, number, description, last, uses=int(uses or 0))
        for part_id, number, description, uses, last in session.execute(query)
    ]


_FINDERS = {
    HitKind.WORK_ORDER: _work_orders,
    HitKind.UNIT: _units,
    HitKind.HOSPITAL: _hospitals,
    HitKind.PART: _parts,
}
