"""Periodic complaint statistics (§7.3.2): counts by month, nature, severity, hospital
and unit model, with how long complaints took to close — to find weaknesses."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select

from app.db.complaints import Complaint
from app.db.models import Customer, Equipment, EquipmentModel
from app.domain import local_time
from app.domain.complaints import (
    ComplaintCategory,
    ComplaintSeverity,
    ComplaintSource,
    ComplaintState,
    CustomerSatisfaction,
    days_to_close,
    is_overdue,
)
from app.domain.enums import AdverseEventAnswer
from app.services.store import Store

DIMENSIONS = ("month", "category", "severity", "hospital", "model")


@dataclass(frozen=True)
class ComplaintFacts:
    """One complaint as statistics and the export need it."""

    id: str
    received_at: datetime
    source: ComplaintSource
    complainant: str
    hospital: str
    hospital_en: str
    model: str  # "maker model", "" when no unit is named
    serial: str
    matter: str
    state: ComplaintState
    category: ComplaintCategory
    severity: ComplaintSeverity
    owner_login: str
    deadline: date | None
    about_device: bool
    adverse_event: AdverseEventAnswer
    adverse_event_reported_to: str
    adverse_event_reported_on: date | None
    root_cause: str
    corrective_action: str
    satisfaction: CustomerSatisfaction
    customer_feedback: str
    closed_at: datetime | None

    @property
    def days_to_close(self) -> float | None:
        return days_to_close(self.received_at, self.closed_at)

    def overdue(self, on: date) -> bool:
        return is_overdue(self.state, self.deadline, on)


@dataclass(frozen=True)
class StatRow:
    key: object  # a month "2026-11", an enum member, a hospital or model name
    count: int
    closed: int
    open: int
    overdue: int
    mean_days_to_close: float | None


def complaint_facts(store: Store, since: date | None = None) -> list[ComplaintFacts]:
    """Every complaint received on or after `since` (local date), oldest first."""
    query = (
        select(Complaint, Customer.name_zh, Customer.name_en, EquipmentModel, Equipment)
        .join(Customer, Customer.id == Complaint.customer_id)
        .outerjoin(Equipment, Equipment.id == Complaint.equipment_id)
        .outerjoin(EquipmentModel, EquipmentModel.id == Equipment.model_id)
        .where(Complaint.deleted_at.is_(None))
        .order_by(Complaint.received_at)
    )
    if since is not None:
        query = query.where(Complaint.received_at >= local_time.start_of_day(since))
    with store.reading() as session:
        return [
            ComplaintFacts(
                id=c.id,
                received_at=c.received_at,
                source=c.source,
                complainant=c.complainant,
                hospital=zh,
                hospital_en=en or zh,
                model=f"{m.maker} {m.model}" if m is not None else "",
                serial=e.serial_number if e is not None else "",
                matter=c.matter,
                state=c.state,
                category=c.category,
                severity=c.severity,
                owner_login=c.owner_login,
                deadline=c.deadline,
                about_device=c.about_device,
                adverse_event=c.adverse_event,
                adverse_event_reported_to=c.adverse_event_reported_to,
                adverse_event_reported_on=c.adverse_event_reported_on,
                root_cause=c.root_cause,
                corrective_action=c.corrective_action,
                satisfaction=c.satisfaction,
                customer_feedback=c.customer_feedback,
                closed_at=c.closed_at,
            )
            for c, zh, en, m, e in session.execute(query).tuples()
        ]


def _key(facts: ComplaintFacts, dimension: str) -> object:
    if dimension == "month":
        return local_time.local(facts.received_at).strftime("%Y-%m")
    if dimension == "hospital":
        return facts.hospital
    if dimension == "model":
        return facts.model
    return getattr(facts, dimension)


def statistics(
    facts: Iterable[ComplaintFacts], dimension: str, on: date | None = None
) -> list[StatRow]:
    """One row per value of `dimension` (one of DIMENSIONS): the most complaints first,
    months in calendar order."""
    on = on or local_time.today()
    groups: dict[object, list[ComplaintFacts]] = defaultdict(list)
    for one in facts:
        groups[_key(one, dimension)].append(one)
    rows = []
    for key, members in groups.items():
        days = [d for d in (m.days_to_close for m in members) if d is not None]
        rows.append(
            StatRow(
                key=key,
                count=len(members),
                closed=sum(1 for m in members if m.state is ComplaintState.CLOSED),
                open=sum(1 for m in members if m.state.is_open),
                overdue=sum(1 for m in members if m.overdue(on)),
                mean_days_to_close=round(sum(days) / len(days), 1) if days else None,
            )
        )
    if dimension == "month":
        return sorted(rows, key=lambda r: str(r.key))
    return sorted(rows, key=lambda r: (-r.count, str(r.key)))
