"""The demo's acceptance specifications (issue 11 §4): the Halcyon model has the shipped
example taken over by the service manager, one value from its ATP entered by hand; the
other models have none, so starting their acceptance run shows what is missing."""

from __future__ import annotations

from sqlalchemy import select

from app.db.acceptance_specs import AcceptanceSpec
from app.db.base import utcnow
from app.db.models import EquipmentModel
from app.domain.acceptance_specs import EXAMPLE_DOCUMENT, EXAMPLE_TEMPLATES
from app.domain.checklists import Unit
from app.domain.site_levels import level_text
from app.services.checklists.checklist_templates import load_templates
from app.services.store import Store

MANAGER = ("周建国", "zhou.jianguo")
# One value as a service manager would copy it from Halcyon's ATP (a tighter one).
FROM_ATP = {"mu_linearity": ("1", "Halcyon ATP P/N 100012345 Rev B §3.4")}


def seed_acceptance_specs(store: Store) -> int:
    """Adds the example specification of every demo model it fits; returns the rows."""
    templates = [t for t in load_templates()[0].values() if t.id in EXAMPLE_TEMPLATES]
    rows = []
    with store.session() as session:
        for model in session.scalars(select(EquipmentModel)):
            unit = Unit(model.modality, model.maker, model.model)
            for template in (t for t in templates if t.fits(unit)):
                items = {
                    item["id"]: item
                    for section in template.data["sections"]
                    for item in section["items"]
                    if item.get("spec_from_atp")
                }
                for item_id, item in items.items():
                    tolerance, document = FROM_ATP.get(
                        item_id, (level_text(item["tolerance"]), EXAMPLE_DOCUMENT)
                    )
                    rows.append(
                        AcceptanceSpec(
                            model_id=model.id,
                            template_id=template.id,
                            item_id=item_id,
                            tolerance=tolerance,
                            document=document,
                            entered_by=MANAGER[0],
                            entered_at=utcnow(),
                            updated_by=MANAGER[1],
                        )
                    )
        session.add_all(rows)
    return len(rows)
