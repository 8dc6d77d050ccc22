"""A manager, engineers and units under contract, for the annual-plan tests."""

from __future__ import annotations

from datetime import date

from app.db.models import User
from app.domain.enums import ContractLevel, UserRole
from app.domain.service_plan import ContractDraft
from app.services.service_plan import contracts
from app.services.store import Store
from tests import factories


def people(store: Store) -> dict[str, str]:
    """login → user id of a service manager and two engineers; the store acts as the manager."""
    ids = {}
    with store.session() as session:
        for login, role in (
            ("boss", UserRole.SERVICE_MANAGER),
            ("li.na", UserRole.ENGINEER),
            ("wang.lei", UserRole.ENGINEER),
        ):
            user = User(display_name=login, login=login, role=role)
            session.add(user)
            session.flush()
            ids[login] = user.id
    store.user_login = "boss"
    return ids


def unit_under_contract(
    store: Store,
    name: str = "江苏省肿瘤医院",
    serial: str = "H191234",
    *,
    pm: int = 4,
    inspections: int = 4,
    hours: list[float] | None = None,
    starts: date = date(2026, 1, 1),
    ends: date = date(2027, 12, 31),
) -> tuple[str, str, str]:
    """(customer id, unit id, contract id)."""
    customer_id, _site, unit_id = factories.hospital_with_unit(store, name, serial)
    draft = ContractDraft(
        equipment_id=unit_id,
        number=f"SC-{serial}",
        level=ContractLevel.FULL_SERVICE,
        starts_on=starts,
        ends_on=ends,
        pm_visits_per_year=pm,
        inspections_per_year=inspections,
        clinical_hours=hours if hours is not None else [10.0] * 5 + [4.0, 0.0],
    )
    return customer_id, unit_id, contracts.save_contract(store, None, draft)
