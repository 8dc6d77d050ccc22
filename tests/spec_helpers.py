"""Entering a unit model's acceptance specification in tests that run acceptance tests."""

from __future__ import annotations

from sqlalchemy import select

from app.db.models import Equipment, User
from app.domain.enums import UserRole
from app.domain.site_levels import level_text
from app.services.checklists import acceptance_specs
from app.services.checklists.checklist_templates import load_templates
from app.services.store import Store

ATP = "ATP-TB-001 Rev C"


def model_of(store: Store, unit_id: str) -> str:
    with store.reading() as session:
        unit = session.get(Equipment, unit_id)
        assert unit is not None
        return unit.model_id


def enter_specs(
    store: Store, unit_id: str, template_id: str = "linac_acceptance", login: str = "spec.manager"
) -> str:
    """Enters the template's general values as the unit model's specification from the
    ATP (as a service manager; the acting user is given back); returns the model id."""
    model_id = model_of(store, unit_id)
    before = store.user_login
    with store.session() as session:
        if session.scalar(select(User).where(User.login == login)) is None:
            session.add(User(display_name="王经理", login=login, role=UserRole.SERVICE_MANAGER))
    store.user_login = login
    template = load_templates()[0][template_id]
    values = {
        item["id"]: item["tolerance"]
        for section in template.data["sections"]
        for item in section["items"]
        if item.get("spec_from_atp")
    }
    for item_id, tolerance in values.items():
        acceptance_specs.set_spec(
            store, model_id, template_id, item_id, level_text(tolerance), f"{ATP} §{item_id}"
        )
    store.user_login = before
    return model_id
