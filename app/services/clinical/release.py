"""Releasing a unit to clinical use after a repair or upgrade: the gate's facts from
the database, the signed release, and what the screens and the report show of it.

The release is a signature (meaning "released for clinical use", given in signing
mode like every other) plus a `ClinicalRelease` row naming it, written with the unit's
new status in one transaction. The gate (app/domain/clinical_release.py) is judged
here from the job's checklist runs, repair record and the unit's open acceptance
testing; it is judged again when the release is stored, never only in the UI.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.clinical import ClinicalRelease
from app.db.models import Contact, Equipment, WorkOrder
from app.db.service_plan import ServiceContract
from app.domain import local_time
from app.domain.clinical_release import (
    CheckStatus,
    Named,
    Refusal,
    ReleaseFacts,
    RunItem,
    check_status,
    release_refusals,
    warnings,
)
from app.domain.enums import (
    EquipmentStatus,
    SignatureMeaning,
    TrialRunResult,
    WorkOrderType,
)
from app.domain.records import FieldError, ValidationError
from app.domain.tolerance import ItemKind
from app.services.checklists import checklist_runs
from app.services.checklists.work_order_checklists import runs_of
from app.services.clinical import acceptance
from app.services.clinical.return_to_service import return_to_service
from app.services.records import live
from app.services.signing.signatures import SignatureInput, check_signature, write_signature
from app.services.store import Store
from app.services.work_orders import field_records

RELEASED_TYPES = frozenset({WorkOrderType.REPAIR, WorkOrderType.UPGRADE})


class ReleaseRefused(ValidationError):
    """The gate is closed; `refusals` name every item, check or component."""

    def __init__(self, refusals: list[Refusal]) -> None:
        super().__init__([FieldError("release", r.reason) for r in refusals])
        self.refusals = refusals


@dataclass(frozen=True)
class ReleaseRow:
    released_by: str
    released_by_role: str
    organisation: str
    released_at: datetime
    legacy: bool
    warnings_shown: str


@dataclass(frozen=True)
class ReleaseView:
    """Everything the signatures tab, signing mode and the report show of a release."""

    applies: bool  # a repair or an upgrade: the unit goes back to clinical use after it
    release: ReleaseRow | None
    refusals: tuple[Refusal, ...]
    warnings: tuple[RunItem, ...]
    checks: tuple[CheckStatus, ...]
    awaiting: tuple[Named, ...]  # components waiting for acceptance-level testing


def run_items(store: Store, work_order_id: str) -> list[RunItem]:
    """Every item of every checklist run of the job, oldest run first."""
    items: list[RunItem] = []
    for row in runs_of(store, work_order_id):
        view = checklist_runs.load_run(store, row.id)
        for item in view.items():
            value = item.text if item.kind in (ItemKind.TEXT, ItemKind.CHOICE) else ""
            if item.number is not None:
                value = f"{item.number:g}"
            items.append(
                RunItem(
                    view.template_id,
                    item.id,
                    Named(item.label_en, item.label_zh),
                    item.category,
                    item.verdict,
                    item.comment,
                    value,
                    item.unit,
                )
            )
    return items


def _release_row(session: Session, work_order_id: str) -> ClinicalRelease | None:
    return session.scalars(
        select(ClinicalRelease)
        .where(ClinicalRelease.work_order_id == work_order_id, ClinicalRelease.deleted_at.is_(None))
        .order_by(ClinicalRelease.released_at.desc())
    ).first()


def _row(row: ClinicalRelease) -> ReleaseRow:
    return ReleaseRow(
        row.released_by,
        row.released_by_role,
        row.organisation,
        row.released_at,
        row.legacy,
        row.warnings_shown,
    )


def release_view(store: Store, work_order_id: str) -> ReleaseView:
    with store.reading() as session:
        order = live(session, WorkOrder, work_order_id)
        applies = order.type in RELEASED_TYPES
        modality = order.equipment.model.modality
        awaiting = tuple(acceptance.open_components(session, order.equipment_id))
        stored = _release_row(session, work_order_id)
        released = _row(stored) if stored else None
    if not applies:
        return ReleaseView(False, released, (), (), (), ())
    repair = field_records.load_repair(store, work_order_id)
    items = tuple(run_items(store, work_order_id))
    required = tuple(
        return_to_service().required_checks(modality, repair.fault_code, repair.replaced_components)
    )
    trial = repair.trial_run_result
    if order.type is WorkOrderType.UPGRADE and trial is TrialRunResult.NOT_RUN:
        trial = TrialRunResult.PASSED  # an upgrade may have no trial run; a failed one counts
    facts = ReleaseFacts(items, required, awaiting, trial, released is not None)
    return ReleaseView(
        True,
        released,
        tuple(release_refusals(facts)),
        tuple(warnings(items)),
        tuple(check_status(check, items) for check in required),
        awaiting,
    )


def warnings_text(items: tuple[RunItem, ...], chinese: bool) -> str:
    """The warnings as the signer reads them: item, value, comment — one per line."""
    lines = []
    for item in items:
        value = f"{item.value} {item.unit}".strip()
        lines.append(f"▲ {item.label.text(chinese)}: {value} — {item.comment.strip()}")
    return "\n".join(lines)


def release(store: Store, work_order_id: str, given: SignatureInput) -> str:
    """Stores the physicist's signed release, or refuses with every reason."""
    if given.meaning is not SignatureMeaning.RELEASED_FOR_CLINICAL_USE:
        raise ValueError("a clinical release is signed as released for clinical use")
    check_signature(store, work_order_id, given, identity_confirmed=True)
    view = release_view(store, work_order_id)
    if not view.applies:
        raise ValueError("only a repair or an upgrade releases a unit to clinical use")
    if view.refusals:
        raise ReleaseRefused(list(view.refusals))
    shown = "\n".join(
        [warnings_text(view.warnings, False), warnings_text(view.warnings, True)]
    ).strip()
    with store.session() as session:
        if _release_row(session, work_order_id) is not None:
            raise ReleaseRefused(release_refusals(ReleaseFacts((), (), released=True)))
        signature = write_signature(session, store, work_order_id, given)
        order = live(session, WorkOrder, work_order_id)
        row = ClinicalRelease(
            work_order_id=work_order_id,
            equipment_id=order.equipment_id,
            signature_id=signature.id,
            released_by=given.signer_name.strip(),
            released_by_role=given.signer_role.strip(),
            organisation=given.organisation.strip(),
            released_at=given.signed_at,
            warnings_shown=shown,
            updated_by=store.user_login,
        )
        session.add(row)
        unit = live(session, Equipment, order.equipment_id)
        if unit.status is not EquipmentStatus.CLINICAL:
            unit.status = EquipmentStatus.CLINICAL
            unit.updated_by = store.user_login
        session.flush()
        return signature.id


@dataclass(frozen=True)
class UnitRelease:
    """A release as the unit's history lists it."""

    work_order_number: str
    released_by: str
    released_at: datetime
    legacy: bool


def releases_of_unit(store: Store, equipment_id: str) -> list[UnitRelease]:
    """The unit's releases to clinical use, newest first."""
    with store.reading() as session:
        rows = session.execute(
            select(ClinicalRelease, WorkOrder.number)
            .join(WorkOrder, WorkOrder.id == ClinicalRelease.work_order_id)
            .where(
                ClinicalRelease.equipment_id == equipment_id,
                ClinicalRelease.deleted_at.is_(None),
            )
            .order_by(ClinicalRelease.released_at.desc())
        ).all()
        return [UnitRelease(number, r.released_by, r.released_at, r.legacy) for r, number in rows]


@dataclass(frozen=True)
class ReleaseParty:
    """Who is asked to release a job's unit: the person the unit's service contract in
    force names for it, else the hospital's physicist (its first contact whose role
    names one); the hospital, and the unit the acceptance-level test is for."""

    name: str
    role: str
    organisation: str
    equipment_id: str


def release_party(store: Store, work_order_id: str) -> ReleaseParty:
    with store.reading() as session:
        order = live(session, WorkOrder, work_order_id)
        hospital = order.equipment.site.customer
        named = _named_by_contract(session, order.equipment_id, local_time.today())
        if named is not None:
            return ReleaseParty(*named, hospital.name_zh, order.equipment_id)
        physicist = session.scalars(
            select(Contact).where(
                Contact.customer_id == hospital.id,
                Contact.deleted_at.is_(None),
                Contact.role.contains("物理") | Contact.role.ilike("%physicist%"),
            )
        ).first()
        name, role = (physicist.name, physicist.role) if physicist else ("", "")
        return ReleaseParty(name, role, hospital.name_zh, order.equipment_id)


def _named_by_contract(session: Session, equipment_id: str, today: date) -> tuple[str, str] | None:
    """(name, role) of the release signer the unit's contract in force names, if any."""
    contract = session.scalars(
        select(ServiceContract)
        .where(
            ServiceContract.equipment_id == equipment_id,
            ServiceContract.deleted_at.is_(None),
            ServiceContract.starts_on <= today,
            ServiceContract.ends_on >= today,
            ServiceContract.release_signer_name != "",
        )
        .order_by(ServiceContract.starts_on.desc())
    ).first()
    if contract is None:
        return None
    return contract.release_signer_name, contract.release_signer_role
