"""Acceptance specifications per unit model, entered from the contract's ATP.

An acceptance test judges a unit against its model's specification — the values of
the acceptance test procedure (ATP) the contract names —, not against TG-142 constancy
limits, and the app has no vendor's numbers to ship. So the acceptance templates mark
the items whose limit is the model's specification (`spec_from_atp`), and the service
manager enters each value from the ATP with the document it comes from (number,
revision, clause). A run snapshots the model's values when it starts, with a note of
their origin in each item's source, as it snapshots a site's action levels; a model
with no value entered for such an item cannot start the acceptance run. The Halcyon
template's values (IEC 60976 / GB 15213) ship as an example the manager may take over.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from app.domain.enums import UserRole
from app.domain.i18n import QT_TRANSLATE_NOOP

# Who enters a model's specification: the service manager (the contract's owner).
SPEC_ROLES = frozenset({UserRole.SERVICE_MANAGER})

# The templates whose own limits ship as an example specification of their model.
EXAMPLE_TEMPLATES = frozenset({"linac_acceptance_halcyon"})
EXAMPLE_DOCUMENT = (
    "Shipped example: Halcyon acceptance template values (IEC 60976 / GB 15213-2016) — "
    "check each against the contract's ATP"
)

NOT_ALLOWED = QT_TRANSLATE_NOOP(
    "AcceptanceSpecs", "Only a service manager may enter a model's acceptance specification."
)
NOT_FROM_ATP = QT_TRANSLATE_NOOP(
    "AcceptanceSpecs", "This item's limit is not taken from the model's ATP."
)
NOT_A_SPEC = QT_TRANSLATE_NOOP(
    "AcceptanceSpecs",
    "Enter the specification as a number, e.g. 2 (in the item's unit) or 1% (of the nominal).",
)
SPEC_REFUSED = QT_TRANSLATE_NOOP(
    "AcceptanceSpecs", "This item cannot take that value (e.g. a percent without a nominal)."
)
DOCUMENT_REQUIRED = QT_TRANSLATE_NOOP(
    "AcceptanceSpecs",
    "Name the ATP document the value comes from (number, revision and clause).",
)
TOO_LONG = QT_TRANSLATE_NOOP("AcceptanceSpecs", "This text is too long.")
NO_EXAMPLE = QT_TRANSLATE_NOOP(
    "AcceptanceSpecs", "No example specification ships for this checklist."
)
SPEC_MISSING = QT_TRANSLATE_NOOP(
    "Checklist",
    "The unit's model lacks values of its acceptance specification (from the contract's "
    "ATP). Missing:",
)
ENTER_SPEC = QT_TRANSLATE_NOOP(
    "Checklist",
    "A service manager enters them on the unit's page: Acceptance specification….",
)


def may_enter_specs(role: UserRole) -> bool:
    return role in SPEC_ROLES


@dataclass(frozen=True)
class SpecValue:
    """One item's specification of one model, as applied to a run."""

    item_id: str
    tolerance: int | float | str  # as a template writes it: 2, 0.5, "1%"
    model_name: str
    document: str
    entered_by: str
    entered_at: datetime


def spec_note(spec: SpecValue, general: object) -> str:
    """Appended to the item's source in the run: the value judged by and its origin."""
    return (
        f" — Specification {spec.tolerance} of {spec.model_name} from the ATP "
        f"({spec.document}), entered by {spec.entered_by} on {spec.entered_at:%Y-%m-%d}; "
        f"template's general value {general}."
    )
