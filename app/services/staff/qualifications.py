"""Engineers' qualifications with expiry, and what work on a unit needs of them.

`assignment_gaps` is what the work-order dialog shows while engineers are chosen: each
chosen engineer lacking a needed qualification for the unit, or holding only an
expired one (the requirements are rows of `qualification_requirement`)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from app.db.models import Equipment, EquipmentModel, User
from app.db.staff import Qualification, QualificationRequirement
from app.domain.refusals import Refused
from app.domain.staff import (
    MANAGER_ROLES,
    NOT_A_MANAGER,
    Gap,
    Held,
    QualificationKind,
    Requirement,
    expiry_state,
    gaps,
)
from app.services.registry.users import ActingUser, acting_user
from app.services.store import Store

CONTEXT = "Staff"


@dataclass(frozen=True)
class QualificationRow:
    id: str
    engineer: str
    kind: QualificationKind
    title: str
    model: str
    certificate_number: str
    issued_on: date | None
    expires_on: date | None
    state: str  # "expired", "soon" or ""


@dataclass(frozen=True)
class EngineerGap:
    engineer: str
    gap: Gap


def add_qualification(
    store: Store,
    user_id: str,
    kind: QualificationKind,
    title: str = "",
    model_id: str | None = None,
    certificate_number: str = "",
    issued_on: date | None = None,
    expires_on: date | None = None,
    user: ActingUser | None = None,
) -> str:
    if (user or acting_user(store)).role not in MANAGER_ROLES:
        raise Refused(CONTEXT, NOT_A_MANAGER)
    with store.session() as session:
        row = Qualification(
            user_id=user_id,
            kind=kind,
            title=title,
            model_id=model_id,
            certificate_number=certificate_number,
            issued_on=issued_on,
            expires_on=expires_on,
        )
        session.add(row)
        session.flush()
        return row.id


def list_qualifications(
    store: Store, on: date, user: ActingUser | None = None
) -> list[QualificationRow]:
    """Everybody's (the manager) or the acting engineer's own, soonest expiry first."""
    who = user or acting_user(store)
    with store.reading() as session:
        query = (
            select(Qualification, User.display_name, EquipmentModel.model)
            .join(User, User.id == Qualification.user_id)
            .outerjoin(EquipmentModel, EquipmentModel.id == Qualification.model_id)
            .where(Qualification.deleted_at.is_(None))
        )
        if who.role not in MANAGER_ROLES:
            query = query.where(User.login == who.login)
        rows = session.execute(query).all()
    out = [
        QualificationRow(
            q.id,
            name,
            q.kind,
            q.title,
            model or "",
            q.certificate_number,
            q.issued_on,
            q.expires_on,
            expiry_state(q.expires_on, on),
        )
        for q, name, model in rows
    ]
    return sorted(out, key=lambda r: (r.expires_on or date.max, r.engineer))


def assignment_gaps(
    store: Store, equipment_id: str, user_ids: Iterable[str], on: date
) -> list[EngineerGap]:
    """Per chosen engineer, the unit's needed qualifications they lack or let expire."""
    chosen = list(user_ids)
    if not equipment_id or not chosen:
        return []
    with store.reading() as session:
        unit = session.execute(
            select(EquipmentModel.id, EquipmentModel.modality)
            .join(Equipment, Equipment.model_id == EquipmentModel.id)
            .where(Equipment.id == equipment_id)
        ).first()
        if unit is None:
            return []
        needed = [
            Requirement(r.kind, r.modality, r.model_id or "")
            for r in session.scalars(
                select(QualificationRequirement).where(
                    QualificationRequirement.deleted_at.is_(None)
                )
            )
        ]
        held: dict[str, list[Held]] = {u: [] for u in chosen}
        for q in session.scalars(
            select(Qualification).where(
                Qualification.user_id.in_(chosen), Qualification.deleted_at.is_(None)
            )
        ):
            held[q.user_id].append(Held(q.kind, q.model_id or "", q.expires_on))
        names = dict(
            session.execute(select(User.id, User.display_name).where(User.id.in_(chosen)))
            .tuples()
            .all()
        )
    model_id, modality = unit[0], str(unit[1])
    return [
        EngineerGap(names.get(u, u), gap)
        for u in chosen
        for gap in gaps(needed, held[u], modality, model_id, on)
    ]
