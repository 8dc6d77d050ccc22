"""Which work needs which qualification, as data the manager keeps: a kind of
qualification for units of a modality and/or one model (neither: every unit). The
work-order dialog's assignment warning (qualifications.assignment_gaps) reads these."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from app.db.models import EquipmentModel
from app.db.staff import QualificationRequirement
from app.domain.enums import Modality
from app.domain.records import FieldError
from app.domain.staff import QualificationKind
from app.domain.staff_forms import DUPLICATE_REQUIREMENT, MODEL_NOT_OF_MODALITY
from app.services.records import check, soft_delete, upsert
from app.services.registry.users import ActingUser
from app.services.staff.roles import require_manager
from app.services.store import Store


@dataclass(frozen=True)
class RequirementRow:
    id: str
    kind: QualificationKind
    modality: Modality | None  # None: any kind of equipment
    model: str  # "maker model", "" : any model


@dataclass(frozen=True)
class ModelChoice:
    id: str
    name: str
    modality: Modality


def model_choices(store: Store) -> list[ModelChoice]:
    with store.reading() as session:
        rows = session.scalars(
            select(EquipmentModel)
            .where(EquipmentModel.deleted_at.is_(None))
            .order_by(EquipmentModel.maker, EquipmentModel.model)
        )
        return [ModelChoice(m.id, f"{m.maker} {m.model}", m.modality) for m in rows]


def list_requirements(store: Store) -> list[RequirementRow]:
    with store.reading() as session:
        rows = session.execute(
            select(QualificationRequirement, EquipmentModel.maker, EquipmentModel.model)
            .outerjoin(EquipmentModel, EquipmentModel.id == QualificationRequirement.model_id)
            .where(QualificationRequirement.deleted_at.is_(None))
        ).all()
    out = [
        RequirementRow(
            r.id,
            r.kind,
            Modality(r.modality) if r.modality else None,
            f"{maker} {model}" if maker else "",
        )
        for r, maker, model in rows
    ]
    return sorted(out, key=lambda r: (r.kind.value, r.modality or "", r.model))


def add_requirement(
    store: Store,
    kind: QualificationKind,
    modality: Modality | None,
    model_id: str | None,
    user: ActingUser | None = None,
) -> str:
    """Work on units of `modality` and/or `model_id` needs `kind`; returns the new
    requirement's id. Raises ValidationError for a duplicate or a model of another
    modality."""
    require_manager(store, user)
    wanted = modality.value if modality else ""
    with store.session() as session:
        if model_id and modality:
            found = session.get(EquipmentModel, model_id)
            if found is not None and found.modality is not modality:
                check([FieldError("model_id", MODEL_NOT_OF_MODALITY)])
        same = session.scalar(
            select(QualificationRequirement.id).where(
                QualificationRequirement.deleted_at.is_(None),
                QualificationRequirement.kind == kind,
                QualificationRequirement.modality == wanted,
                QualificationRequirement.model_id.is_(None)
                if not model_id
                else QualificationRequirement.model_id == model_id,
            )
        )
        check([FieldError("kind", DUPLICATE_REQUIREMENT)] if same else [])
        values = {"kind": kind, "modality": wanted, "model_id": model_id or None}
        return upsert(session, store, QualificationRequirement, None, values).id


def remove_requirement(store: Store, requirement_id: str, user: ActingUser | None = None) -> None:
    require_manager(store, user)
    soft_delete(store, QualificationRequirement, requirement_id)
