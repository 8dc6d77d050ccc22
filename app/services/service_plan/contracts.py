"""Keeping service contracts: one per unit and period, with the unit's clinical hours
(kept on the unit, where uptime reads them) and its clinical exceptions (holidays)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.base import utcnow
from app.db.models import Customer, Equipment, EquipmentModel, Site
from app.db.service_plan import ClinicalException, ServiceContract
from app.domain.enums import ContractLevel
from app.domain.service_plan import ContractDraft, UptimeClock
from app.services.records import check, live, upsert
from app.services.service_plan.access import check_planner
from app.services.store import Store


@dataclass(frozen=True)
class ContractRow:
    id: str
    equipment_id: str
    unit: str  # maker model · serial
    hospital: str
    number: str
    level: ContractLevel
    starts_on: date
    ends_on: date
    pm_visits_per_year: int
    inspections_per_year: int
    response_hours: int
    uptime_percent: float
    uptime_clock: UptimeClock

    def days_left(self, today: date) -> int:
        return (self.ends_on - today).days


def _rows(session: Session, *conditions: object) -> list[ContractRow]:
    c = ServiceContract
    query = (
        select(
            c.id,
            c.equipment_id,
            EquipmentModel.maker,
            EquipmentModel.model,
            Equipment.serial_number,
            Customer.name_zh,
            c.number,
            c.level,
            c.starts_on,
            c.ends_on,
            c.pm_visits_per_year,
            c.inspections_per_year,
            c.response_hours,
            c.uptime_percent,
            c.uptime_clock,
        )
        .join(Equipment, Equipment.id == c.equipment_id)
        .join(EquipmentModel, EquipmentModel.id == Equipment.model_id)
        .join(Site, Site.id == Equipment.site_id)
        .join(Customer, Customer.id == Site.customer_id)
        .where(c.deleted_at.is_(None), *conditions)  # type: ignore[arg-type]
        .order_by(c.ends_on, Customer.name_zh, Equipment.serial_number)
    )
    return [
        ContractRow(
            r[0],
            r[1],
            f"{r[2]} {r[3]} · {r[4]}",
            r[5],
            r[6],
            r[7],
            r[8],
            r[9],
            r[10],
            r[11],
            r[12],
            r[13],
            r[14],
        )
        for r in session.execute(query)
    ]


def list_contracts(store: Store) -> list[ContractRow]:
    """Every contract, the soonest to end first."""
    with store.reading() as session:
        return _rows(session)


def ending_soon(store: Store, today: date, days: int = 90) -> list[ContractRow]:
    """Contracts still running that end within `days` of `today` (to renew)."""
    c = ServiceContract
    with store.reading() as session:
        return _rows(session, c.ends_on >= today, c.ends_on <= today + timedelta(days=days))


def unit_choices(store: Store) -> list[tuple[str, str]]:
    """(equipment id, "hospital · maker model · serial") of every unit."""
    with store.reading() as session:
        rows = session.execute(
            select(
                Equipment.id,
                Customer.name_zh,
                EquipmentModel.maker,
                EquipmentModel.model,
                Equipment.serial_number,
            )
            .join(EquipmentModel, EquipmentModel.id == Equipment.model_id)
            .join(Site, Site.id == Equipment.site_id)
            .join(Customer, Customer.id == Site.customer_id)
            .where(Equipment.deleted_at.is_(None))
            .order_by(Customer.name_zh, Equipment.serial_number)
        )
        return [(r[0], f"{r[1]} · {r[2]} {r[3]} · {r[4]}") for r in rows]


def load_contract(store: Store, contract_id: str) -> ContractDraft:
    with store.reading() as session:
        row = live(session, ServiceContract, contract_id)
        return ContractDraft(
            equipment_id=row.equipment_id,
            number=row.number,
            level=row.level,
            starts_on=row.starts_on,
            ends_on=row.ends_on,
            pm_visits_per_year=row.pm_visits_per_year,
            inspections_per_year=row.inspections_per_year,
            response_hours=row.response_hours,
            uptime_percent=row.uptime_percent,
            excludes_planned=row.excludes_planned,
            excludes_customer_caused=row.excludes_customer_caused,
            excludes_waiting_for_customer=row.excludes_waiting_for_customer,
            uptime_clock=row.uptime_clock,
            clinical_day_start=row.clinical_day_start,
            clinical_hours=list(row.equipment.clinical_hours or [0.0] * 7),
            notes=row.notes,
            release_signer_name=row.release_signer_name,
            release_signer_role=row.release_signer_role,
        )


def save_contract(store: Store, contract_id: str | None, draft: ContractDraft) -> str:
    """Adds or updates a contract (and the unit's clinical hours); returns its id.
    Raises ValidationError for bad fields or a user who is not the service manager."""
    check_planner(store)
    draft.number, draft.notes = draft.number.strip(), draft.notes.strip()
    draft.release_signer_name = draft.release_signer_name.strip()
    draft.release_signer_role = draft.release_signer_role.strip()
    check(draft.validate())
    with store.session() as session:
        unit = live(session, Equipment, draft.equipment_id)
        hours = [float(h) for h in draft.clinical_hours]
        if list(unit.clinical_hours or []) != hours:
            unit.clinical_hours = hours
            unit.updated_by = store.user_login
        values = {
            "equipment_id": draft.equipment_id,
            "number": draft.number,
            "level": draft.level,
            "starts_on": draft.starts_on,
            "ends_on": draft.ends_on,
            "pm_visits_per_year": draft.pm_visits_per_year,
            "inspections_per_year": draft.inspections_per_year,
            "response_hours": draft.response_hours,
            "uptime_percent": float(draft.uptime_percent),
            "excludes_planned": draft.excludes_planned,
            "excludes_customer_caused": draft.excludes_customer_caused,
            "excludes_waiting_for_customer": draft.excludes_waiting_for_customer,
            "uptime_clock": draft.uptime_clock,
            "clinical_day_start": draft.clinical_day_start,
            "notes": draft.notes,
            "release_signer_name": draft.release_signer_name,
            "release_signer_role": draft.release_signer_role,
        }
        return upsert(session, store, ServiceContract, contract_id, values).id


def exceptions_of(store: Store, equipment_id: str) -> list[tuple[date, float, str]]:
    """(day, hours, note) of the unit's clinical exceptions, by day."""
    with store.reading() as session:
        rows = session.execute(
            select(ClinicalException.day, ClinicalException.hours, ClinicalException.note)
            .where(
                ClinicalException.equipment_id == equipment_id,
                ClinicalException.deleted_at.is_(None),
            )
            .order_by(ClinicalException.day)
        )
        return [(r[0], r[1], r[2]) for r in rows]


def set_exceptions(
    store: Store, equipment_id: str, exceptions: list[tuple[date, float, str]]
) -> None:
    """Makes the unit's clinical exceptions exactly `exceptions` (tombstoning the rest)."""
    check_planner(store)
    wanted = {day: (hours, note.strip()) for day, hours, note in exceptions}
    with store.session() as session:
        live(session, Equipment, equipment_id)
        current = {
            row.day: row
            for row in session.scalars(
                select(ClinicalException).where(ClinicalException.equipment_id == equipment_id)
            )
        }
        for day, row in current.items():
            if day not in wanted and row.deleted_at is None:
                row.deleted_at, row.updated_by = utcnow(), store.user_login
        for day, (hours, note) in wanted.items():
            found = current.get(day)
            if found is None:
                session.add(
                    ClinicalException(
                        equipment_id=equipment_id,
                        day=day,
                        hours=hours,
                        note=note,
                        updated_by=store.user_login,
                    )
                )
            elif (found.hours, found.note, found.deleted_at) != (hours, note, None):
                found.hours, found.note, found.deleted_at = hours, note, None
                found.updated_by = store.user_login
