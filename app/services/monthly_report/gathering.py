"""A hospital's month from the database, as the monthly report prints it: its units and
contracts, the month's visits and repairs with their conclusions, what was still open
at the month's end, the key QA items' trends and next month's planned visits.

Read-only. A hospital "has activity" in a month when a work order on one of its units
was reported, attended or finished in it (a cancelled one does not count).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import ColumnElement, and_, or_, select
from sqlalchemy.orm import Session

from app.db.fieldwork import AwaitedPart, ChecklistRun, RepairRecord
from app.db.models import (
    Customer,
    Equipment,
    EquipmentModel,
    Site,
    User,
    WorkOrder,
    WorkOrderAssignment,
)
from app.db.service_plan import ServiceContract
from app.domain import local_time
from app.domain.conclusions import Outcome
from app.domain.enums import WorkOrderState
from app.domain.report_kinds import report_kind_of
from app.domain.service_plan import VisitState
from app.reports import labels
from app.reports.content import Company, Language
from app.reports.monthly_content import (
    ItemTrend,
    MonthlyContent,
    MonthlyJob,
    MonthlyUnit,
    OpenItem,
    PlannedVisit,
    TrendValue,
    UnitUptime,
)
from app.reports.monthly_texts import CONTRACT_LEVELS, UNIT_STATUS
from app.services.company.profile import load_profile
from app.services.kpis.facts import window
from app.services.kpis.trends import Band
from app.services.store import Store

TREND_MONTHS = 6  # how far back the QA trends look
KEY_ITEMS_PER_UNIT = 3  # the most measured numeric items of each unit
WHAT_LENGTH = 160  # characters of a symptom or description the table shows


@dataclass(frozen=True)
class Hospital:
    id: str
    name_zh: str
    name_en: str

    def name(self, language: Language) -> str:
        return self.name_en if language == "en" and self.name_en else self.name_zh


def company(store: Store) -> Company:
    """The service company as the report's letterhead prints it."""
    p = load_profile(store)
    return Company(
        name_zh=p.name_zh,
        name_en=p.name_en,
        address_zh=p.address_zh,
        address_en=p.address_en,
        phone=p.phone,
        email=p.email,
        website=p.website,
        logo=p.logo,
        seal=p.seal,
    )


def month_span(month: date) -> tuple[date, date]:
    """The first and last day of `month`'s month."""
    first = month.replace(day=1)
    return first, (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)


def _in_month(since: datetime, until: datetime) -> ColumnElement[bool]:
    """A work order reported, attended or finished in [since, until), not cancelled."""
    return and_(
        WorkOrder.deleted_at.is_(None),
        WorkOrder.state != WorkOrderState.CANCELLED,
        or_(
            and_(WorkOrder.reported_at >= since, WorkOrder.reported_at < until),
            and_(WorkOrder.arrived_at >= since, WorkOrder.arrived_at < until),
            and_(WorkOrder.finished_at >= since, WorkOrder.finished_at < until),
        ),
    )


def hospitals_with_activity(store: Store, month: date) -> list[Hospital]:
    """The hospitals with a visit or repair in the month, by name."""
    since, until = window(*month_span(month))
    with store.reading() as session:
        rows = session.execute(
            select(Customer.id, Customer.name_zh, Customer.name_en)
            .join(Site, Site.customer_id == Customer.id)
            .join(Equipment, Equipment.site_id == Site.id)
            .join(WorkOrder, WorkOrder.equipment_id == Equipment.id)
            .where(_in_month(since, until), Customer.deleted_at.is_(None))
            .distinct()
            .order_by(Customer.name_zh)
        ).all()
    return [Hospital(*row) for row in rows]


def hospital(store: Store, customer_id: str) -> Hospital:
    with store.reading() as session:
        row = session.execute(
            select(Customer.id, Customer.name_zh, Customer.name_en).where(
                Customer.id == customer_id
            )
        ).one()
    return Hospital(*row)


def units_of(store: Store, customer_id: str) -> list[tuple[str, str]]:
    """(id, "maker model · serial") of the hospital's live units, by serial number."""
    with store.reading() as session:
        rows = session.execute(
            select(
                Equipment.id,
                EquipmentModel.maker + " " + EquipmentModel.model + " · " + Equipment.serial_number,
            )
            .join(EquipmentModel, EquipmentModel.id == Equipment.model_id)
            .join(Site, Site.id == Equipment.site_id)
            .where(Site.customer_id == customer_id, Equipment.deleted_at.is_(None))
            .order_by(Equipment.serial_number)
        ).all()
    return [(unit, name) for unit, name in rows]


def gather(
    store: Store,
    customer_id: str,
    month: date,
    language: Language,
    uptime: tuple[UnitUptime, ...] = (),
) -> MonthlyContent:
    """The report's content; `uptime`: the units' figures as the caller computed them
    (app/services/monthly_report/export.py's month_uptime)."""
    first, last = month_span(month)
    since, until = window(first, last)
    place = hospital(store, customer_id)
    with store.reading() as session:
        unit_rows = session.execute(
            select(
                Equipment.id,
                EquipmentModel.maker,
                EquipmentModel.model,
                Equipment.serial_number,
                Site.name,
                Site.building,
                Equipment.status,
            )
            .join(EquipmentModel, EquipmentModel.id == Equipment.model_id)
            .join(Site, Site.id == Equipment.site_id)
            .where(Site.customer_id == customer_id, Equipment.deleted_at.is_(None))
            .order_by(Equipment.serial_number)
        ).all()
        names = {r[0]: f"{r[1]} {r[2]} · {r[3]}" for r in unit_rows}
        contracts = _contracts(session, list(names), first, last, language)
        prepared_by = (
            session.scalar(select(User.display_name).where(User.login == store.user_login))
            or store.user_login
        )
    units = tuple(
        MonthlyUnit(
            names[r[0]],
            " · ".join(p for p in (r[4], r[5]) if p),
            contracts.get(r[0], ""),
            UNIT_STATUS[language].get(r[6], str(r[6])),
        )
        for r in unit_rows
    )
    jobs = _jobs(store, list(names), names, since, until, language)
    return MonthlyContent(
        language=language,
        company=company(store),
        hospital=place.name(language),
        month=first,
        generated_at=local_time.now(),
        prepared_by=prepared_by,
        units=units,
        uptime=uptime,
        jobs=jobs,
        open_items=_open_items(store, list(names), names, until, language),
        trends=_trends(store, list(names), names, until, language),
        trend_months=TREND_MONTHS,
        plan=_plan(store, customer_id, last + timedelta(days=1), language),
    )


def _contracts(
    session: Session, unit_ids: list[str], first: date, last: date, language: Language
) -> dict[str, str]:
    """The contract covering each unit in the month: "number · level"."""
    rows = session.execute(
        select(ServiceContract.equipment_id, ServiceContract.number, ServiceContract.level)
        .where(
            ServiceContract.equipment_id.in_(unit_ids),
            ServiceContract.deleted_at.is_(None),
            ServiceContract.starts_on <= last,
            ServiceContract.ends_on >= first,
        )
        .order_by(ServiceContract.ends_on)
    ).all()
    return {
        unit: " · ".join(p for p in (number, CONTRACT_LEVELS[language].get(level, "")) if p)
        for unit, number, level in rows
    }


def _engineers(session: Session, order_ids: list[str]) -> dict[str, str]:
    named: dict[str, list[str]] = defaultdict(list)
    for order_id, name in session.execute(
        select(WorkOrderAssignment.work_order_id, User.display_name)
        .join(User, User.id == WorkOrderAssignment.user_id)
        .where(
            WorkOrderAssignment.work_order_id.in_(order_ids),
            WorkOrderAssignment.deleted_at.is_(None),
        )
        .order_by(User.display_name)
    ):
        named[order_id].append(name)
    return {order_id: "、".join(people) for order_id, people in named.items()}


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= WHAT_LENGTH else text[: WHAT_LENGTH - 1] + "…"


def _jobs(
    store: Store,
    unit_ids: list[str],
    names: dict[str, str],
    since: datetime,
    until: datetime,
    language: Language,
) -> tuple[MonthlyJob, ...]:
    from app.services.reports.conclusions import conclusion, facts

    with store.reading() as session:
        rows = session.execute(
            select(
                WorkOrder.id,
                WorkOrder.number,
                WorkOrder.type,
                WorkOrder.state,
                WorkOrder.equipment_id,
                WorkOrder.description,
                WorkOrder.reported_at,
                WorkOrder.arrived_at,
                RepairRecord.symptom,
                RepairRecord.actions,
            )
            .outerjoin(
                RepairRecord,
                and_(RepairRecord.work_order_id == WorkOrder.id, RepairRecord.deleted_at.is_(None)),
            )
            .where(WorkOrder.equipment_id.in_(unit_ids), _in_month(since, until))
            .order_by(WorkOrder.reported_at, WorkOrder.number)
        ).all()
        engineers = _engineers(session, [r[0] for r in rows])
        checklists: dict[str, list[str]] = defaultdict(list)
        for order_id, title in session.execute(
            select(ChecklistRun.work_order_id, ChecklistRun.template_title)
            .where(
                ChecklistRun.work_order_id.in_([r[0] for r in rows]),
                ChecklistRun.deleted_at.is_(None),
            )
            .order_by(ChecklistRun.started_at)
        ):
            checklists[order_id].append(title)
    jobs = []
    for (
        order_id,
        number,
        kind,
        state,
        unit,
        description,
        reported,
        arrived,
        symptom,
        actions,
    ) in rows:
        report_kind = report_kind_of(kind)
        found = facts(store, order_id, report_kind)
        ended = conclusion(store, order_id, report_kind).outcome
        words = labels.enum_label(language, state)
        if ended is not Outcome.OPEN:
            words += " · " + labels.outcome(
                language,
                ended,
                failures=found.failures,
                warnings=found.warnings,
                problems=found.open_problems,
                findings=found.open_findings,
                critical=found.critical_findings,
            )
        if actions:
            words += "\n" + _short(actions)
        jobs.append(
            MonthlyJob(
                number,
                local_time.day_of(arrived or reported),
                names[unit],
                labels.enum_label(language, kind),
                _short(symptom or description or " · ".join(checklists.get(order_id, ()))),
                words,
                engineers.get(order_id, ""),
            )
        )
    return tuple(jobs)


def _open_items(
    store: Store, unit_ids: list[str], names: dict[str, str], until: datetime, language: Language
) -> tuple[OpenItem, ...]:
    """Work orders reported before the month's end and not finished by it (nor
    cancelled), with the parts they still awaited then."""
    with store.reading() as session:
        rows = session.execute(
            select(
                WorkOrder.id,
                WorkOrder.number,
                WorkOrder.reported_at,
                WorkOrder.equipment_id,
                WorkOrder.description,
                WorkOrder.state,
                WorkOrder.type,
            )
            .where(
                WorkOrder.equipment_id.in_(unit_ids),
                WorkOrder.deleted_at.is_(None),
                WorkOrder.reported_at < until,
                or_(WorkOrder.finished_at.is_(None), WorkOrder.finished_at >= until),
                or_(WorkOrder.cancelled_at.is_(None), WorkOrder.cancelled_at >= until),
                WorkOrder.state != WorkOrderState.CANCELLED,
            )
            .order_by(WorkOrder.reported_at)
        ).all()
        awaited: dict[str, list[str]] = defaultdict(list)
        for order_id, what, quantity, expected in session.execute(
            select(
                AwaitedPart.work_order_id,
                AwaitedPart.description,
                AwaitedPart.quantity,
                AwaitedPart.expected_on,
            ).where(
                AwaitedPart.work_order_id.in_([r[0] for r in rows]),
                AwaitedPart.deleted_at.is_(None),
                or_(AwaitedPart.received_at.is_(None), AwaitedPart.received_at >= until),
            )
        ):
            line = f"{what} ×{quantity:g}"
            if expected is not None:
                line += f" ({expected.isoformat()})"
            awaited[order_id].append(line)
    items = []
    for order_id, number, reported, unit, description, state, kind in rows:
        what = f"{labels.enum_label(language, kind)} · {_short(description)}".strip(" ·")
        if awaited.get(order_id):
            what += "\n" + "; ".join(awaited[order_id])
        items.append(
            OpenItem(
                number,
                local_time.day_of(reported),
                names[unit],
                what,
                labels.enum_label(language, state),
            )
        )
    return tuple(items)


def _trends(
    store: Store, unit_ids: list[str], names: dict[str, str], until: datetime, language: Language
) -> tuple[ItemTrend, ...]:
    """Each unit's most measured numeric items over the last TREND_MONTHS months."""
    from app.services.kpis.trends import load_trend, trend_items

    since = until - timedelta(days=31 * TREND_MONTHS)
    trends: list[ItemTrend] = []
    for unit in unit_ids:
        chosen = 0
        for item in trend_items(store, unit):
            if chosen >= KEY_ITEMS_PER_UNIT:
                break
            trend = load_trend(store, unit, item.item_id, since)
            values = tuple(
                TrendValue(p.at, p.value, p.outside_tolerance) for p in trend.points if p.at < until
            )
            if not values:
                continue
            chosen += 1

            trends.append(
                ItemTrend(
                    names[unit],
                    trend.label_zh if language == "zh_CN" else trend.label_en,
                    trend.unit,
                    values,
                    trend.nominal,
                    _band(trend.tolerance),
                    _band(trend.action),
                )
            )
    return tuple(trends)


def _band(band: Band | None) -> tuple[float | None, float | None] | None:
    return None if band is None else (band.low, band.high)


def _plan(
    store: Store, customer_id: str, following: date, language: Language
) -> tuple[PlannedVisit, ...]:
    """The approved visits of the month after the report's."""
    from app.services.checklists.checklist_templates import load_templates
    from app.services.service_plan.views import visits

    templates, _ = load_templates()
    first, last = month_span(following)
    planned = []
    for v in visits(store, first, last, customer_id=customer_id, everyone=True):
        if v.state is not VisitState.APPROVED:
            continue
        template = templates.get(v.template_id)
        title = ""
        if template is not None:
            title = template.title_zh if language == "zh_CN" else template.title_en
        work = " · ".join(p for p in (labels.enum_label(language, v.kind), title) if p)
        planned.append(
            PlannedVisit(v.planned_on, v.time_text, f"{v.unit} · {v.serial}", work, v.engineer)
        )
    return tuple(planned)
