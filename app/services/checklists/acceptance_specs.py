"""A unit model's acceptance specification, entered from the contract's ATP.

The values live in `acceptance_spec` (synced, audited like every record), one per
model, acceptance template and item marked `spec_from_atp`. An acceptance run takes
its model's values into its template snapshot (`snapshot_with_specs`), each with a
note of the document it comes from, so judging, the run screen and the report use the
specification the run was judged by; a later change leaves the run as it was. A model
missing a value cannot start the run (`SpecMissing` lists what is missing).
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.acceptance_specs import AcceptanceSpec
from app.db.base import utcnow
from app.db.models import Equipment, EquipmentModel
from app.domain.acceptance_specs import (
    DOCUMENT_REQUIRED,
    EXAMPLE_DOCUMENT,
    EXAMPLE_TEMPLATES,
    NO_EXAMPLE,
    NOT_A_SPEC,
    NOT_ALLOWED,
    NOT_FROM_ATP,
    SPEC_MISSING,
    SPEC_REFUSED,
    TOO_LONG,
    SpecValue,
    may_enter_specs,
    spec_note,
)
from app.domain.checklists import Item, Template, TemplateKind, Unit
from app.domain.records import MAX_TEXT, FieldError, ValidationError
from app.domain.site_levels import level_text, parse_level
from app.domain.tolerance import NumericRule
from app.services.checklists.checklist_templates import load_templates, parse_template
from app.services.records import live, upsert
from app.services.registry.users import acting_user
from app.services.store import Store


class SpecMissing(ValidationError):
    """The model lacks a specification for some items; `missing` names them."""

    def __init__(self, model_name: str, missing: list[Item]) -> None:
        super().__init__([FieldError("acceptance_spec", SPEC_MISSING)])
        self.model_name = model_name
        self.missing = tuple((i.label_en, i.label_zh) for i in missing)


@dataclass(frozen=True)
class SpecItem:
    """One item whose limit is the model's specification, and what has been entered."""

    template_id: str
    template_title_en: str
    template_title_zh: str
    item_id: str
    label_en: str
    label_zh: str
    unit: str
    general_text: str  # the template's general (IEC 60976 / GB 15213) value, e.g. "±2 mm"
    spec_text: str  # the model's value in the same notation; "" when none is entered
    spec_value: str  # as entered and stored, e.g. "1.5"; "" when none
    document: str
    entered_by: str
    entered_at: datetime | None


def may_enter(store: Store) -> bool:
    return may_enter_specs(acting_user(store).role)


def model_name(store: Store, model_id: str) -> str:
    with store.reading() as session:
        model = live(session, EquipmentModel, model_id)
        return f"{model.maker} {model.model}".strip()


def spec_templates(store: Store, model_id: str) -> list[Template]:
    """The acceptance templates made for the model with items taken from the ATP."""
    with store.reading() as session:
        model = live(session, EquipmentModel, model_id)
        unit = Unit(model.modality, model.maker, model.model)
    return [
        t
        for t in sorted(load_templates()[0].values(), key=lambda t: t.id)
        if t.kind is TemplateKind.ACCEPTANCE
        and t.fits(unit)
        and any(i.spec_from_atp for i in t.items())
    ]


def spec_items(store: Store, model_id: str) -> list[SpecItem]:
    """Every ATP item of the model's acceptance templates, with the model's values."""
    templates = spec_templates(store, model_id)
    with store.reading() as session:
        rows = {(r.template_id, r.item_id): r for r in _rows(session, model_id)}
    found = []
    for template in templates:
        for item in template.items():
            if not item.spec_from_atp or not isinstance(item.rule, NumericRule):
                continue
            row = rows.get((template.id, item.id))
            found.append(
                SpecItem(
                    template_id=template.id,
                    template_title_en=template.title_en,
                    template_title_zh=template.title_zh,
                    item_id=item.id,
                    label_en=item.label_en,
                    label_zh=item.label_zh,
                    unit=item.rule.unit,
                    general_text=item.rule.describe(item.rule.tolerance),
                    spec_text=_spec_text(template, item.id, row.tolerance) if row else "",
                    spec_value=row.tolerance if row else "",
                    document=row.document if row else "",
                    entered_by=row.entered_by if row else "",
                    entered_at=row.entered_at if row else None,
                )
            )
    return found


def set_spec(
    store: Store, model_id: str, template_id: str, item_id: str, text: str, document: str
) -> None:
    """Enters the model's specification for the item, or refuses with a translated
    reason (a ValidationError on field "tolerance" or "document")."""
    user = acting_user(store)
    if not may_enter_specs(user.role):
        raise ValidationError([FieldError("", NOT_ALLOWED)])
    template = load_templates()[0].get(template_id)
    item = template.item(item_id) if template else None
    if template is None or item is None or not item.spec_from_atp:
        raise ValidationError([FieldError("tolerance", NOT_FROM_ATP)])
    document = document.strip()
    errors = []
    value = parse_level(text)
    if value is None:
        errors.append(FieldError("tolerance", NOT_A_SPEC))
    elif _applied(template, item_id, value) is None:
        errors.append(FieldError("tolerance", SPEC_REFUSED))
    if not document:
        errors.append(FieldError("document", DOCUMENT_REQUIRED))
    elif len(document) > MAX_TEXT:
        errors.append(FieldError("document", TOO_LONG))
    if errors:
        raise ValidationError(errors)
    assert value is not None
    with store.session() as session:
        live(session, EquipmentModel, model_id)
        _write(session, store, model_id, template_id, item_id, level_text(value), document)


def _write(
    session: Session,
    store: Store,
    model_id: str,
    template_id: str,
    item_id: str,
    tolerance: str,
    document: str,
) -> None:
    existing = session.scalar(
        select(AcceptanceSpec).where(
            AcceptanceSpec.model_id == model_id,
            AcceptanceSpec.template_id == template_id,
            AcceptanceSpec.item_id == item_id,
        )
    )
    if existing is not None:
        existing.deleted_at = None  # the (model, template, item) triple is unique
    values: dict[str, Any] = {
        "model_id": model_id,
        "template_id": template_id,
        "item_id": item_id,
        "tolerance": tolerance,
        "document": document,
        "entered_by": acting_user(store).display_name,
        "entered_at": utcnow(),
    }
    upsert(session, store, AcceptanceSpec, existing.id if existing else None, values)


def clear_spec(store: Store, model_id: str, template_id: str, item_id: str) -> None:
    """Takes the model's value back (the row becomes a tombstone)."""
    if not may_enter(store):
        raise ValidationError([FieldError("", NOT_ALLOWED)])
    with store.session() as session:
        for row in _rows(session, model_id):
            if (row.template_id, row.item_id) == (template_id, item_id):
                row.deleted_at = utcnow()
                row.updated_by = store.user_login


def take_example(store: Store, model_id: str, template_id: str) -> int:
    """Enters the shipped example (the template's own values, e.g. Halcyon's) for the
    model's items that have no value yet; returns how many were entered."""
    if not may_enter(store):
        raise ValidationError([FieldError("", NOT_ALLOWED)])
    template = load_templates()[0].get(template_id)
    if template is None or template_id not in EXAMPLE_TEMPLATES:
        raise ValidationError([FieldError("", NO_EXAMPLE)])
    data = _items_data(template.data)
    entered = 0
    with store.session() as session:
        live(session, EquipmentModel, model_id)
        have = {r.item_id for r in _rows(session, model_id) if r.template_id == template_id}
        for item in template.items():
            if not item.spec_from_atp or item.id in have:
                continue
            tolerance = level_text(data[item.id]["tolerance"])
            _write(session, store, model_id, template_id, item.id, tolerance, EXAMPLE_DOCUMENT)
            entered += 1
    return entered


def snapshot_with_specs(
    session: Session, model: EquipmentModel, template: Template, data: Mapping[str, Any]
) -> dict[str, Any]:
    """The run's snapshot with the model's specification in place of the template's
    general values; raises SpecMissing when the model lacks any of them."""
    wanted = [i for i in template.items() if i.spec_from_atp]
    if not wanted:
        return dict(data)
    name = f"{model.maker} {model.model}".strip()
    specs = {
        row.item_id: SpecValue(
            row.item_id, _stored(row.tolerance), name, row.document, row.entered_by, row.entered_at
        )
        for row in _rows(session, model.id)
        if row.template_id == template.id
    }
    missing = [i for i in wanted if i.id not in specs]
    if missing:
        raise SpecMissing(name, missing)
    return _with_specs(data, specs)


def _rows(session: Session, model_id: str) -> list[AcceptanceSpec]:
    return list(
        session.scalars(
            select(AcceptanceSpec).where(
                AcceptanceSpec.model_id == model_id, AcceptanceSpec.deleted_at.is_(None)
            )
        )
    )


def _items_data(data: Mapping[str, Any]) -> dict[str, dict[str, Any]]:
    return {
        item["id"]: item
        for section in data.get("sections", [])
        for item in section.get("items", [])
    }


def _stored(text: str) -> int | float | str:
    value = parse_level(text)
    return text if value is None else value


def _with_specs(data: Mapping[str, Any], specs: dict[str, SpecValue]) -> dict[str, Any]:
    result = copy.deepcopy(dict(data))
    for item in _items_data(result).values():
        spec = specs.get(item.get("id", ""))
        if spec is None or not item.get("spec_from_atp"):
            continue
        general = item.get("tolerance")
        item["tolerance"] = spec.tolerance
        # The specification is the limit: no action level or class variant beside it.
        item.pop("action", None)
        item.pop("by_class", None)
        item["source"] = (item["source"] + spec_note(spec, general))[:600]
    return result


def _applied(template: Template, item_id: str, value: int | float | str) -> Template | None:
    """The template with the value applied, or None when its limits refuse it."""
    spec = SpecValue(item_id, value, "", "", "", utcnow())
    applied, problems = parse_template(_with_specs(template.data, {item_id: spec}), "spec")
    return None if problems else applied


def _spec_text(template: Template, item_id: str, stored: str) -> str:
    applied = _applied(template, item_id, _stored(stored))
    item = applied.item(item_id) if applied else None
    rule = item.rule if item else None
    if isinstance(rule, NumericRule):
        return rule.describe(rule.tolerance)
    return stored


def model_of_unit(store: Store, equipment_id: str) -> tuple[str, str]:
    """(model id, "maker model") of a unit, for the unit page's specification button."""
    with store.reading() as session:
        unit = live(session, Equipment, equipment_id)
        return unit.model_id, f"{unit.model.maker} {unit.model.model}".strip()
