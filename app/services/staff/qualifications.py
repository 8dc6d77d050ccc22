"""Engineers' qualifications with expiry (added, corrected and renewed by the manager),
and what work on a unit needs of them.

`assignment_gaps` is what the work-order dialog shows while engineers are chosen: each
chosen engineer lacking a needed qualification for the unit, or holding only an
expired one (the requirements are rows of `qualification_requirement`)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import select

from app.db.models import Equipment, EquipmentModel, User
from app.db.staff import Qualification, QualificationRequirement
from app.domain import local_time
from app.domain.records import FieldError
from app.domain.staff import (
    MANAGER_ROLES,
    Gap,
    Held,
    QualificationKind,
    Requirement,
    expiry_state,
    gaps,
)
from app.domain.staff_forms import (
    ALREADY_HELD,
    CHOOSE_ENGINEER,
    DUPLICATE_NUMBER,
    RENEWAL_NEEDS_EXPIRY,
    RENEWAL_NOT_LATER,
    qualification_errors,
)
from app.services.records import check, live, upsert
from app.services.registry.users import ActingUser, acting_user
from app.services.staff.roles import require_manager
from app.services.store import Store

CONTEXT = "Staff"


@dataclass(frozen=True)
class QualificationRow:
    id: str
    user_id: str
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


@dataclass(frozen=True)
class QualificationDraft:
    user_id: str
    kind: QualificationKind
    title: str = ""
    model_id: str | None = None
    certificate_number: str = ""
    issued_on: date | None = None
    expires_on: date | None = None


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
    draft = QualificationDraft(user_id, kind, title, model_id, certificate_number, issued_on,
                               expires_on)  # fmt: skip
    return save_qualification(store, None, draft, user)


def save_qualification(
    store: Store,
    qualification_id: str | None,
    draft: QualificationDraft,
    user: ActingUser | None = None,
    on: date | None = None,
) -> str:
    """Adds (`qualification_id` None) or corrects a certificate; returns its id. Raises
    ValidationError for bad fields, a second one of the same kind (and model) for the
    engineer, or a certificate number of that kind already recorded."""
    require_manager(store, user)
    title, number = draft.title.strip(), draft.certificate_number.strip()
    today = on or local_time.today()
    errors = qualification_errors(title, number, draft.issued_on, draft.expires_on, today)
    if not draft.user_id:
        errors.append(FieldError("user_id", CHOOSE_ENGINEER))
    check(errors)
    with store.session() as session:
        others = select(Qualification.id).where(
            Qualification.deleted_at.is_(None),
            Qualification.id != (qualification_id or ""),
            Qualification.kind == draft.kind,
        )
        held = session.scalar(
            others.where(
                Qualification.user_id == draft.user_id,
                Qualification.model_id.is_(None)
                if not draft.model_id
                else Qualification.model_id == draft.model_id,
            )
        )
        if held is not None:
            errors.append(FieldError("kind", ALREADY_HELD))
        if number and session.scalar(others.where(Qualification.certificate_number == number)):
            errors.append(FieldError("certificate_number", DUPLICATE_NUMBER))
        check(errors)
        values = {
            "user_id": draft.user_id,
            "kind": draft.kind,
            "title": title,
            "model_id": draft.model_id or None,
            "certificate_number": number,
            "issued_on": draft.issued_on,
            "expires_on": draft.expires_on,
        }
        return upsert(session, store, Qualification, qualification_id, values).id


def load_qualification(store: Store, qualification_id: str) -> QualificationDraft:
    with store.reading() as session:
        row = live(session, Qualification, qualification_id)
        return QualificationDraft(row.user_id, row.kind, row.title, row.model_id,
                                  row.certificate_number, row.issued_on,
                                  row.expires_on)  # fmt: skip


def renew_qualification(
    store: Store,
    qualification_id: str,
    certificate_number: str,
    issued_on: date | None,
    expires_on: date | None,
    user: ActingUser | None = None,
    on: date | None = None,
) -> str:
    """The engineer passed the course again: the certificate's new number, issue and
    expiry replace the old ones (the audit trail keeps those). The new expiry must be
    later than the old one."""
    old = load_qualification(store, qualification_id)
    errors: list[FieldError] = []
    if expires_on is None:
        errors.append(FieldError("expires_on", RENEWAL_NEEDS_EXPIRY))
    elif old.expires_on is not None and expires_on <= old.expires_on:
        errors.append(FieldError("expires_on", RENEWAL_NOT_LATER))
    if errors:
        require_manager(store, user)
        today = on or local_time.today()
        named = {e.field for e in errors}
        others = qualification_errors(old.title, certificate_number.strip(), issued_on,
                                      expires_on, today)  # fmt: skip
        check(errors + [e for e in others if e.field not in named])
    renewed = replace(old, certificate_number=certificate_number, issued_on=issued_on,
                      expires_on=expires_on)  # fmt: skip
    return save_qualification(store, qualification_id, renewed, user, on)


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
            q.user_id,
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
