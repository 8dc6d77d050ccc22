"""A unit's configuration: treatment class, installed options, beams with their
reference output, and the dated history of its software and firmware versions.

`record_version` is the one way a version gets onto a unit — typed in on the unit's
dialog, or written by the upgrade work order that installed it (pass its id; it may be
called inside the caller's session with `add_version`). Versions are appended, never
edited: the rows of a component are its history, the latest date is current.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.base import utcnow
from app.db.models import Equipment, WorkOrder
from app.db.unit_configuration import UnitBeam, UnitSoftwareVersion
from app.domain import local_time
from app.domain.enums import Modality
from app.domain.i18n import QT_TRANSLATE_NOOP
from app.domain.records import FieldError
from app.domain.unit_configuration import Beam, Particle, TreatmentClass, beam_label
from app.services import audit
from app.services.records import check, live, upsert
from app.services.registry.users import person_name
from app.services.store import Store

BAD_ENERGY = QT_TRANSLATE_NOOP("UnitConfiguration", "A beam's energy must be above 0.")
BAD_OUTPUT = QT_TRANSLATE_NOOP(
    "UnitConfiguration", "A reference output must be above 0 cGy/MU (or left empty)."
)
DUPLICATE_BEAM = QT_TRANSLATE_NOOP("UnitConfiguration", "A beam is listed twice.")
ELECTRON_FFF = QT_TRANSLATE_NOOP("UnitConfiguration", "Only photon beams can be FFF.")
BAD_CLASS = QT_TRANSLATE_NOOP("UnitConfiguration", "Unknown treatment class.")
NEED_COMPONENT = QT_TRANSLATE_NOOP("UnitConfiguration", "Name the component (e.g. Console).")
NEED_VERSION = QT_TRANSLATE_NOOP("UnitConfiguration", "Enter the version installed.")
FUTURE_DATE = QT_TRANSLATE_NOOP("UnitConfiguration", "The date cannot be in the future.")
TOO_LONG = QT_TRANSLATE_NOOP("UnitConfiguration", "This text is too long.")


@dataclass(frozen=True)
class BeamDraft:
    """A beam as the unit's dialog edits it; `id` None for a new one."""

    particle: Particle
    energy: float
    fff: bool = False
    reference_output: float | None = None
    id: str | None = None


@dataclass(frozen=True)
class VersionEntry:
    id: str
    component: str
    version: str
    installed_on: date
    recorded_by: str
    work_order_number: str  # "" when typed in on the unit


@dataclass(frozen=True)
class UnitConfiguration:
    equipment_id: str
    modality: Modality
    treatment_class: TreatmentClass | None
    options: tuple[str, ...]
    beams: tuple[Beam, ...]
    versions: tuple[VersionEntry, ...]  # newest first

    def current_versions(self) -> dict[str, str]:
        """Each component's version in force (the latest dated one)."""
        current: dict[str, str] = {}
        for entry in self.versions:
            current.setdefault(entry.component, entry.version)
        return current


def load_configuration(store: Store, equipment_id: str) -> UnitConfiguration:
    with store.reading() as session:
        unit = live(session, Equipment, equipment_id)
        return UnitConfiguration(
            equipment_id=unit.id,
            modality=unit.model.modality,
            treatment_class=treatment_class_of(unit),
            options=tuple(unit.installed_options or ()),
            beams=tuple(beams_of(session, unit.id)),
            versions=tuple(_versions(session, unit.id)),
        )


def treatment_class_of(unit: Equipment) -> TreatmentClass | None:
    try:
        return TreatmentClass(unit.treatment_class) if unit.treatment_class else None
    except ValueError:  # a class written by a newer version of the app
        return None


def beams_of(session: Session, equipment_id: str) -> list[Beam]:
    rows = session.scalars(
        select(UnitBeam)
        .where(UnitBeam.equipment_id == equipment_id, UnitBeam.deleted_at.is_(None))
        .order_by(UnitBeam.position, UnitBeam.particle.desc(), UnitBeam.energy)
    )
    return [Beam(r.id, r.particle, r.energy, r.fff, r.reference_output) for r in rows]


def save_configuration(
    store: Store,
    equipment_id: str,
    treatment_class: str,
    options: list[str],
    beams: list[BeamDraft],
) -> None:
    """Saves class, options and beams; beams left out of `beams` are removed."""
    check(_problems(treatment_class, options, beams))
    with store.session() as session:
        unit = live(session, Equipment, equipment_id)
        cleaned = [o.strip() for o in options if o.strip()]
        values = {"treatment_class": treatment_class, "installed_options": cleaned}
        upsert(session, store, Equipment, unit.id, values)
        kept: set[str] = set()
        for position, beam in enumerate(beams):
            row = upsert(
                session,
                store,
                UnitBeam,
                beam.id,
                {
                    "equipment_id": unit.id,
                    "particle": beam.particle,
                    "energy": float(beam.energy),
                    "fff": beam.fff,
                    "reference_output": beam.reference_output,
                    "position": position,
                },
            )
            kept.add(row.id)
        for old in session.scalars(
            select(UnitBeam).where(UnitBeam.equipment_id == unit.id, UnitBeam.deleted_at.is_(None))
        ):
            if old.id not in kept:
                old.deleted_at = utcnow()
                old.updated_by = store.user_login


def _problems(treatment_class: str, options: list[str], beams: list[BeamDraft]) -> list[FieldError]:
    errors: list[FieldError] = []
    if treatment_class and treatment_class not in {c.value for c in TreatmentClass}:
        errors.append(FieldError("treatment_class", BAD_CLASS))
    if any(len(o) > 200 for o in options):
        errors.append(FieldError("installed_options", TOO_LONG))
    seen: set[str] = set()
    for beam in beams:
        label = beam_label(beam.particle, beam.energy, beam.fff)
        if beam.energy <= 0:
            errors.append(FieldError("beams", BAD_ENERGY))
        if beam.reference_output is not None and beam.reference_output <= 0:
            errors.append(FieldError("beams", BAD_OUTPUT))
        if beam.fff and beam.particle is Particle.ELECTRON:
            errors.append(FieldError("beams", ELECTRON_FFF))
        if label in seen:
            errors.append(FieldError("beams", DUPLICATE_BEAM))
        seen.add(label)
    return errors


def record_version(
    store: Store,
    equipment_id: str,
    component: str,
    version: str,
    installed_on: date,
    *,
    work_order_id: str | None = None,
) -> str:
    """Records that `version` of `component` was installed on the unit on that date
    (by an upgrade work order when given); returns the entry's id."""
    with store.session() as session:
        return add_version(
            session,
            store,
            equipment_id,
            component,
            version,
            installed_on,
            work_order_id=work_order_id,
        )


def add_version(
    session: Session,
    store: Store,
    equipment_id: str,
    component: str,
    version: str,
    installed_on: date,
    *,
    work_order_id: str | None = None,
) -> str:
    """`record_version` inside the caller's session (e.g. completing an upgrade)."""
    component, version = component.strip(), version.strip()
    errors: list[FieldError] = []
    if not component:
        errors.append(FieldError("component", NEED_COMPONENT))
    if not version:
        errors.append(FieldError("version", NEED_VERSION))
    if len(component) > 100 or len(version) > 60:
        errors.append(FieldError("version", TOO_LONG))
    if installed_on > local_time.today():  # the engineer's calendar, not UTC's
        errors.append(FieldError("installed_on", FUTURE_DATE))
    check(errors)
    live(session, Equipment, equipment_id)
    if work_order_id is not None:
        live(session, WorkOrder, work_order_id)
    row = upsert(
        session,
        store,
        UnitSoftwareVersion,
        None,
        {
            "equipment_id": equipment_id,
            "component": component,
            "version": version,
            "installed_on": installed_on,
            "recorded_by": person_name(session, store.user_login),
            "work_order_id": work_order_id,
        },
    )
    return row.id


def unit_history(store: Store, equipment_id: str) -> list[audit.HistoryRow]:
    """The unit's change history with its configuration's: the equipment row's changes
    and those of its beams and version entries, each field named after its beam or
    component ("6 MV FFF · reference_output"), newest first."""
    with store.reading() as session:
        beams = session.execute(
            select(UnitBeam.id, UnitBeam.particle, UnitBeam.energy, UnitBeam.fff).where(
                UnitBeam.equipment_id == equipment_id
            )
        ).all()
        versions = session.execute(
            select(UnitSoftwareVersion.id, UnitSoftwareVersion.component).where(
                UnitSoftwareVersion.equipment_id == equipment_id
            )
        ).all()
    rows = audit.history(store, "equipment", equipment_id)
    named = [("unit_beam", b.id, beam_label(b.particle, b.energy, b.fff)) for b in beams]
    named += [("unit_software_version", v.id, v.component) for v in versions]
    for table, record_id, name in named:
        rows += [
            replace(row, field=f"{name} · {row.field}")
            for row in audit.history(store, table, record_id)
        ]
    return sorted(rows, key=lambda row: row.seq, reverse=True)


def _versions(session: Session, equipment_id: str) -> list[VersionEntry]:
    rows = session.execute(
        select(UnitSoftwareVersion, WorkOrder.number)
        .outerjoin(WorkOrder, WorkOrder.id == UnitSoftwareVersion.work_order_id)
        .where(
            UnitSoftwareVersion.equipment_id == equipment_id,
            UnitSoftwareVersion.deleted_at.is_(None),
        )
        .order_by(UnitSoftwareVersion.installed_on.desc(), UnitSoftwareVersion.created_at.desc())
    ).all()
    return [
        VersionEntry(v.id, v.component, v.version, v.installed_on, v.recorded_by, number or "")
        for v, number in rows
    ]
