"""The record lists the UI shows, as paged, filtered, sorted SQL queries.

The list views never load a whole table: they ask for a count and then for pages
of rows, each a plain tuple (`id`, values…). Search words must each match some
searchable column; enum columns match by the (translated) labels the UI resolved
to stored values beforehand.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from enum import Enum, auto
from typing import Any

from sqlalchemy import ColumnElement, Select, String, case, func, literal, or_, select
from sqlalchemy.orm import QueryableAttribute, aliased

from app.db.fieldwork import AwaitedPart, Part
from app.db.models import (
    Customer,
    Equipment,
    EquipmentModel,
    Site,
    WorkOrder,
)
from app.domain import enums
from app.domain.i18n import QT_TRANSLATE_NOOP
from app.services.store import Store

Expr = ColumnElement[Any] | QueryableAttribute[Any]


class Kind(Enum):
    TEXT = auto()
    ENUM = auto()
    DATETIME = auto()
    DATE = auto()
    NUMBER = auto()


@dataclass(frozen=True)
class ListColumn:
    key: str
    header: str  # English source text, context "Lists"
    expr: Expr
    kind: Kind = Kind.TEXT
    enum: type[enums.LabelledEnum] | None = None
    searchable: bool = False
    extra_search: tuple[Expr, ...] = ()
    # What English screens show instead (the stored English name of a hospital).
    expr_en: Expr | None = None


@dataclass(frozen=True)
class ListSpec:
    name: str
    columns: tuple[ListColumn, ...]
    id_expr: Expr
    base: Select[Any]  # FROM/JOIN/WHERE without columns
    default_sort: str
    default_descending: bool
    scopes: dict[str, Expr] = field(default_factory=dict)

    def column(self, key: str) -> ListColumn:
        return next(c for c in self.columns if c.key == key)

    def in_english(self) -> ListSpec:
        """The list as English screens show it: stored English names where there are."""
        english = tuple(
            # …and a search still finds the Chinese name it replaces on the screen
            replace(c, expr=c.expr_en, expr_en=None, extra_search=(c.expr, *c.extra_search))
            if c.expr_en is not None
            else c
            for c in self.columns
        )
        return replace(self, columns=english)


@dataclass(frozen=True)
class SearchTerm:
    text: str
    # column key → stored enum values whose label contains `text` in the UI's language
    enum_values: dict[str, list[str]] = field(default_factory=dict)


@dataclass(frozen=True)
class ListRequest:
    terms: tuple[SearchTerm, ...] = ()
    sort_key: str | None = None
    descending: bool | None = None
    scope: tuple[tuple[str, str], ...] = ()  # (scope name, value) pairs


def escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _where(spec: ListSpec, request: ListRequest) -> list[ColumnElement[bool]]:
    clauses: list[ColumnElement[bool]] = [
        spec.scopes[name] == value for name, value in request.scope
    ]
    for term in request.terms:
        pattern = f"%{escape_like(term.text)}%"
        options: list[ColumnElement[bool]] = []
        for col in spec.columns:
            if col.kind is Kind.ENUM:
                values = term.enum_values.get(col.key)
                if values:
                    options.append(col.expr.in_(values))
            elif col.searchable:
                for expr in (col.expr, *col.extra_search):
                    options.append(expr.like(pattern, escape="\\"))
        clauses.append(or_(*options) if options else literal(False))
    return clauses


def count_rows(store: Store, spec: ListSpec, request: ListRequest) -> int:
    query = spec.base.with_only_columns(func.count()).where(*_where(spec, request))
    with store.reading() as session:
        return int(session.scalar(query) or 0)


def fetch_rows(
    store: Store, spec: ListSpec, request: ListRequest, offset: int, limit: int
) -> list[tuple[Any, ...]]:
    sort = spec.column(request.sort_key or spec.default_sort)
    descending = spec.default_descending if request.descending is None else request.descending
    order = sort.expr.desc() if descending else sort.expr.asc()
    tie = spec.id_expr.desc() if descending else spec.id_expr.asc()
    query = (
        spec.base.with_only_columns(spec.id_expr, *(c.expr for c in spec.columns))
        .where(*_where(spec, request))
        .order_by(order, tie)
        .offset(offset)
        .limit(limit)
    )
    with store.reading() as session:
        return [tuple(row) for row in session.execute(query)]


def with_unit(query: Select[Any]) -> Select[Any]:
    """Joins a query that has `Equipment` to its model, site and hospital."""
    return (
        query.join(EquipmentModel, EquipmentModel.id == Equipment.model_id)
        .join(Site, Site.id == Equipment.site_id)
        .join(Customer, Customer.id == Site.customer_id)
    )


def enum_columns(spec: ListSpec) -> Sequence[ListColumn]:
    return [c for c in spec.columns if c.kind is Kind.ENUM]


# --- the lists -------------------------------------------------------------------------

_equipment_name = EquipmentModel.maker + literal(" ") + EquipmentModel.model
# The stored English name of a hospital, or its Chinese one where none is stored.
customer_name_en = func.coalesce(func.nullif(Customer.name_en, ""), Customer.name_zh)

# What an order waits for: "MLC motor 1234-5678 · PO-2026-0412 · 2026-12-12", one part
# after the other (issue 20); empty once the parts arrived.
_part_name = func.trim(
    func.coalesce(Part.description, AwaitedPart.description)
    + literal(" ")
    + func.coalesce(Part.part_number, literal("")),
    type_=String,
)
_awaited_line = (
    _part_name
    + case((AwaitedPart.order_reference == "", ""), else_=" · " + AwaitedPart.order_reference)
    + literal(" · ")
    + func.coalesce(func.strftime("%Y-%m-%d", AwaitedPart.expected_on, type_=String), "—")
)
awaited_parts = (
    select(func.group_concat(_awaited_line, "; "))
    .select_from(AwaitedPart)
    .outerjoin(Part, Part.id == AwaitedPart.part_id)
    .where(
        AwaitedPart.work_order_id == WorkOrder.id,
        AwaitedPart.received_at.is_(None),
        AwaitedPart.deleted_at.is_(None),
    )
    .scalar_subquery()
)

WORK_ORDERS = ListSpec(
    name="work_orders",
    columns=(
        ListColumn(
            "number", QT_TRANSLATE_NOOP("Lists", "Number"), WorkOrder.number, searchable=True
        ),
        ListColumn(
            "type",
            QT_TRANSLATE_NOOP("Lists", "Type"),
            WorkOrder.type,
            Kind.ENUM,
            enums.WorkOrderType,
        ),
        ListColumn(
            "state",
            QT_TRANSLATE_NOOP("Lists", "State"),
            WorkOrder.state,
            Kind.ENUM,
            enums.WorkOrderState,
        ),
        ListColumn(
            "priority",
            QT_TRANSLATE_NOOP("Lists", "Priority"),
            WorkOrder.priority,
            Kind.ENUM,
            enums.Priority,
        ),
        ListColumn(
            "customer",
            QT_TRANSLATE_NOOP("Lists", "Hospital"),
            Customer.name_zh,
            searchable=True,
            extra_search=(Customer.name_en,),
            expr_en=customer_name_en,
        ),
        ListColumn(
            "unit",
            QT_TRANSLATE_NOOP("Lists", "Equipment"),
            _equipment_name + literal(" · ") + Equipment.serial_number,
            searchable=True,
        ),
        ListColumn(
            "reported_at",
            QT_TRANSLATE_NOOP("Lists", "Reported"),
            WorkOrder.reported_at,
            Kind.DATETIME,
        ),
        ListColumn(
            "awaited_parts",
            QT_TRANSLATE_NOOP("Lists", "Awaiting parts (order · expected)"),
            awaited_parts,
        ),
        ListColumn(
            "description",
            QT_TRANSLATE_NOOP("Lists", "Description"),
            WorkOrder.description,
            searchable=True,
        ),
    ),
    id_expr=WorkOrder.id,
    base=with_unit(
        select().select_from(WorkOrder).join(Equipment, Equipment.id == WorkOrder.equipment_id)
    ).where(WorkOrder.deleted_at.is_(None)),
    default_sort="reported_at",
    default_descending=True,
    scopes={"equipment_id": WorkOrder.equipment_id},
)

EQUIPMENT = ListSpec(
    name="equipment",
    columns=(
        ListColumn(
            "equipment", QT_TRANSLATE_NOOP("Lists", "Equipment"), _equipment_name, searchable=True
        ),
        ListColumn(
            "modality",
            QT_TRANSLATE_NOOP("Lists", "Modality"),
            EquipmentModel.modality,
            Kind.ENUM,
            enums.Modality,
        ),
        ListColumn(
            "serial",
            QT_TRANSLATE_NOOP("Lists", "Serial no."),
            Equipment.serial_number,
            searchable=True,
        ),
        ListColumn(
            "customer",
            QT_TRANSLATE_NOOP("Lists", "Hospital"),
            Customer.name_zh,
            searchable=True,
            extra_search=(Customer.name_en,),
            expr_en=customer_name_en,
        ),
        ListColumn("site", QT_TRANSLATE_NOOP("Lists", "Site"), Site.name, searchable=True),
        ListColumn(
            "nmpa",
            QT_TRANSLATE_NOOP("Lists", "NMPA reg. no."),
            Equipment.nmpa_registration_no,
            searchable=True,
        ),
        ListColumn(
            "status",
            QT_TRANSLATE_NOOP("Lists", "Status"),
            Equipment.status,
            Kind.ENUM,
            enums.EquipmentStatus,
        ),
        ListColumn(
            "contract",
            QT_TRANSLATE_NOOP("Lists", "Contract"),
            Equipment.contract_level,
            Kind.ENUM,
            enums.ContractLevel,
        ),
        ListColumn(
            "warranty_end",
            QT_TRANSLATE_NOOP("Lists", "Warranty ends"),
            Equipment.warranty_end,
            Kind.DATE,
        ),
    ),
    id_expr=Equipment.id,
    base=with_unit(select().select_from(Equipment)).where(Equipment.deleted_at.is_(None)),
    default_sort="customer",
    default_descending=False,
    scopes={"customer_id": Customer.id},
)

_site_count = (
    select(func.count())
    .select_from(Site)
    .where(Site.customer_id == Customer.id, Site.deleted_at.is_(None))
    .scalar_subquery()
)
_unit = aliased(Equipment)
_unit_site = aliased(Site)
_equipment_count = (
    select(func.count())
    .select_from(_unit)
    .join(_unit_site, _unit_site.id == _unit.site_id)
    .where(_unit_site.customer_id == Customer.id, _unit.deleted_at.is_(None))
    .scalar_subquery()
)

CUSTOMERS = ListSpec(
    name="customers",
    columns=(
        ListColumn(
            "name_zh", QT_TRANSLATE_NOOP("Lists", "Hospital"), Customer.name_zh, searchable=True
        ),
        ListColumn(
            "name_en", QT_TRANSLATE_NOOP("Lists", "English name"), Customer.name_en, searchable=True
        ),
        ListColumn(
            "region", QT_TRANSLATE_NOOP("Lists", "Region"), Customer.region, searchable=True
        ),
        ListColumn(
            "grade",
            QT_TRANSLATE_NOOP("Lists", "Grade"),
            Customer.grade,
            Kind.ENUM,
            enums.HospitalGrade,
        ),
        ListColumn("sites", QT_TRANSLATE_NOOP("Lists", "Sites"), _site_count, Kind.NUMBER),
        ListColumn("units", QT_TRANSLATE_NOOP("Lists", "Units"), _equipment_count, Kind.NUMBER),
        ListColumn(
            "address", QT_TRANSLATE_NOOP("Lists", "Address"), Customer.address, searchable=True
        ),
    ),
    id_expr=Customer.id,
    base=select().select_from(Customer).where(Customer.deleted_at.is_(None)),
    default_sort="name_zh",
    default_descending=False,
)

SERVICE_HISTORY = ListSpec(
    name="service_history",
    columns=(
        ListColumn(
            "reported_at",
            QT_TRANSLATE_NOOP("Lists", "Reported"),
            WorkOrder.reported_at,
            Kind.DATETIME,
        ),
        ListColumn(
            "number", QT_TRANSLATE_NOOP("Lists", "Number"), WorkOrder.number, searchable=True
        ),
        ListColumn(
            "type",
            QT_TRANSLATE_NOOP("Lists", "Type"),
            WorkOrder.type,
            Kind.ENUM,
            enums.WorkOrderType,
        ),
        ListColumn(
            "state",
            QT_TRANSLATE_NOOP("Lists", "State"),
            WorkOrder.state,
            Kind.ENUM,
            enums.WorkOrderState,
        ),
        ListColumn(
            "finished_at",
            QT_TRANSLATE_NOOP("Lists", "Finished"),
            WorkOrder.finished_at,
            Kind.DATETIME,
        ),
        ListColumn(
            "description",
            QT_TRANSLATE_NOOP("Lists", "Description"),
            WorkOrder.description,
            searchable=True,
        ),
    ),
    id_expr=WorkOrder.id,
    base=select().select_from(WorkOrder).where(WorkOrder.deleted_at.is_(None)),
    default_sort="reported_at",
    default_descending=True,
    scopes={"equipment_id": WorkOrder.equipment_id},
)
