"""A site's own action levels for the items whose level is a local choice.

The levels live in `site_action_level` (synced, audited like every record). A run
started at a site takes the site's levels into its template snapshot
(`snapshot_for_site`), so judging, the run screen and the report all use the level
the run was judged by, and a later change of the site's level leaves the run as it was.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.base import utcnow
from app.db.models import Site
from app.db.site_levels import SiteActionLevel
from app.domain.checklists import Template
from app.domain.records import MAX_TEXT, FieldError, ValidationError
from app.domain.site_levels import (
    NOT_A_LEVEL,
    NOT_ALLOWED,
    NOT_BEYOND_TOLERANCE,
    NOT_SETTABLE,
    REASON_REQUIRED,
    TOO_LONG,
    SiteLevel,
    level_text,
    may_set_levels,
    parse_level,
    site_note,
)
from app.domain.tolerance import NumericRule
from app.services.checklists.checklist_templates import load_templates, parse_template
from app.services.records import live, upsert
from app.services.registry.users import acting_user
from app.services.store import Store


@dataclass(frozen=True)
class SettableItem:
    """One site-settable item and what the site has made of it."""

    template_id: str
    template_title_en: str
    template_title_zh: str
    item_id: str
    label_en: str
    label_zh: str
    tolerance_text: str  # e.g. "±2%"
    standard_text: str  # the template's action level, e.g. "±3%"
    site_text: str  # the site's level in the same notation; "" when it has none
    site_level: str  # the site's level as entered and stored, e.g. "2.5"; "" when none
    reason: str
    set_by: str
    set_at: datetime | None


def may_set(store: Store) -> bool:
    return may_set_levels(acting_user(store).role)


def settable_items(store: Store, site_id: str) -> list[SettableItem]:
    """Every site-settable item of the shipped templates, with the site's levels."""
    with store.reading() as session:
        live(session, Site, site_id)
        rows = {(r.template_id, r.item_id): r for r in _rows(session, site_id)}
    found = []
    templates = load_templates()[0]
    for template in sorted(templates.values(), key=lambda t: t.id):
        for item in template.items():
            if not item.site_settable or not isinstance(item.rule, NumericRule):
                continue
            row = rows.get((template.id, item.id))
            rule = item.rule
            found.append(
                SettableItem(
                    template_id=template.id,
                    template_title_en=template.title_en,
                    template_title_zh=template.title_zh,
                    item_id=item.id,
                    label_en=item.label_en,
                    label_zh=item.label_zh,
                    tolerance_text=rule.describe(rule.tolerance),
                    standard_text=rule.describe(rule.action) if rule.action else "",
                    site_text=_site_text(template, item.id, row.action) if row else "",
                    site_level=row.action if row else "",
                    reason=row.reason if row else "",
                    set_by=row.set_by if row else "",
                    set_at=row.set_at if row else None,
                )
            )
    return found


def set_level(
    store: Store, site_id: str, template_id: str, item_id: str, text: str, reason: str
) -> None:
    """Sets the site's action level for the item, or refuses with a translated reason
    (a ValidationError on field "action" or "reason")."""
    user = acting_user(store)
    if not may_set_levels(user.role):
        raise ValidationError([FieldError("", NOT_ALLOWED)])
    template = load_templates()[0].get(template_id)
    item = template.item(item_id) if template else None
    if template is None or item is None or not item.site_settable:
        raise ValidationError([FieldError("action", NOT_SETTABLE)])
    reason = reason.strip()
    errors = []
    value = parse_level(text)
    if value is None:
        errors.append(FieldError("action", NOT_A_LEVEL))
    elif _applied(template, item_id, value) is None:
        errors.append(FieldError("action", NOT_BEYOND_TOLERANCE))
    if not reason:
        errors.append(FieldError("reason", REASON_REQUIRED))
    elif len(reason) > MAX_TEXT:
        errors.append(FieldError("reason", TOO_LONG))
    if errors:
        raise ValidationError(errors)
    with store.session() as session:
        live(session, Site, site_id)
        existing = session.scalar(
            select(SiteActionLevel).where(
                SiteActionLevel.site_id == site_id,
                SiteActionLevel.template_id == template_id,
                SiteActionLevel.item_id == item_id,
            )
        )
        if existing is not None:
            existing.deleted_at = None  # the (site, template, item) triple is unique
        values: dict[str, Any] = {
            "site_id": site_id,
            "template_id": template_id,
            "item_id": item_id,
            "action": level_text(value),
            "reason": reason,
            "set_by": user.display_name,
            "set_at": utcnow(),
        }
        upsert(session, store, SiteActionLevel, existing.id if existing else None, values)


def clear_level(store: Store, site_id: str, template_id: str, item_id: str) -> None:
    """The site goes back to the template's level (the row becomes a tombstone)."""
    if not may_set(store):
        raise ValidationError([FieldError("", NOT_ALLOWED)])
    with store.session() as session:
        for row in _rows(session, site_id):
            if (row.template_id, row.item_id) == (template_id, item_id):
                row.deleted_at = utcnow()
                row.updated_by = store.user_login


def snapshot_for_site(session: Session, site_id: str, template: Template) -> dict[str, Any]:
    """The template's data as a run at this site snapshots it: the site's action
    levels in place of the template's, each with a note in the item's source."""
    site = session.get(Site, site_id)
    site_name = f"{site.customer.name_zh} {site.name}" if site is not None else ""
    levels = {
        row.item_id: SiteLevel(row.item_id, _stored(row.action), site_name, row.set_by, row.set_at)
        for row in _rows(session, site_id)
        if row.template_id == template.id
    }
    return _with_levels(template, levels)


def _rows(session: Session, site_id: str) -> list[SiteActionLevel]:
    return list(
        session.scalars(
            select(SiteActionLevel).where(
                SiteActionLevel.site_id == site_id, SiteActionLevel.deleted_at.is_(None)
            )
        )
    )


def _stored(text: str) -> int | float | str:
    value = parse_level(text)
    return text if value is None else value


def _with_levels(template: Template, levels: dict[str, SiteLevel]) -> dict[str, Any]:
    data = copy.deepcopy(dict(template.data))
    for section in data.get("sections", []):
        for item in section.get("items", []):
            level = levels.get(item.get("id", ""))
            if level is None or not item.get("site_settable"):
                continue
            standard = item.get("action")
            item["action"] = level.action
            item["source"] = (item["source"] + site_note(level, standard))[:600]
    return data


def _applied(template: Template, item_id: str, value: int | float | str) -> Template | None:
    """The template with the level applied, or None when its limits refuse it."""
    level = SiteLevel(item_id, value, "", "", utcnow())
    applied, problems = parse_template(_with_levels(template, {item_id: level}), "site level")
    return None if problems else applied


def _site_text(template: Template, item_id: str, stored: str) -> str:
    applied = _applied(template, item_id, _stored(stored))
    item = applied.item(item_id) if applied else None
    rule = item.rule if item else None
    if isinstance(rule, NumericRule) and rule.action is not None:
        return rule.describe(rule.action)
    return stored
