""" "Acceptance-level testing required": raised when a job replaces a major component,
cleared when a physicist records the test (放射诊疗管理规定 Art. 20)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.base import utcnow
from app.db.clinical import AcceptanceTesting
from app.db.models import Equipment, WorkOrder
from app.domain.clinical_release import Named
from app.domain.i18n import QT_TRANSLATE_NOOP
from app.domain.records import MAX_TEXT, FieldError, ValidationError
from app.services.clinical.return_to_service import return_to_service
from app.services.records import live
from app.services.store import Store

NEEDS_PHYSICIST = QT_TRANSLATE_NOOP("Validation", "Name the physicist who did the test.")
NEEDS_RECORD = QT_TRANSLATE_NOOP("Validation", "Say which test was done and where it is recorded.")
NOTHING_OPEN = QT_TRANSLATE_NOOP("Validation", "This unit is not waiting for acceptance testing.")


@dataclass(frozen=True)
class Requirement:
    id: str
    component: Named
    work_order_number: str
    raised_at: datetime
    tested_at: datetime | None
    tested_by: str
    test_record: str


def _label(component_id: str) -> Named:
    component = return_to_service().components.get(component_id)
    return component.label if component else Named(component_id, component_id)


def flag_replacements(
    session: Session, store: Store, order: WorkOrder, replaced: Iterable[str]
) -> None:
    """Raises the flag for each major component the job replaced (once), and withdraws
    an untested one the engineer no longer lists (a slip of the hand)."""
    components = return_to_service().components
    major = {c for c in replaced if c in components and components[c].major}
    rows = session.scalars(
        select(AcceptanceTesting).where(
            AcceptanceTesting.work_order_id == order.id, AcceptanceTesting.deleted_at.is_(None)
        )
    ).all()
    present = {row.component for row in rows}
    for row in rows:
        if row.component not in major and row.tested_at is None:
            row.deleted_at = utcnow()
            row.updated_by = store.user_login
    for component in sorted(major - present):
        session.add(
            AcceptanceTesting(
                equipment_id=order.equipment_id,
                work_order_id=order.id,
                component=component,
                raised_at=utcnow(),
                updated_by=store.user_login,
            )
        )


def _rows(session: Session, equipment_id: str, open_only: bool) -> list[AcceptanceTesting]:
    query = select(AcceptanceTesting).where(
        AcceptanceTesting.equipment_id == equipment_id, AcceptanceTesting.deleted_at.is_(None)
    )
    if open_only:
        query = query.where(AcceptanceTesting.tested_at.is_(None))
    return list(session.scalars(query.order_by(AcceptanceTesting.raised_at)))


def requirements_of(store: Store, equipment_id: str, open_only: bool = False) -> list[Requirement]:
    with store.reading() as session:
        return [
            Requirement(
                row.id,
                _label(row.component),
                live(session, WorkOrder, row.work_order_id).number,
                row.raised_at,
                row.tested_at,
                row.tested_by,
                row.test_record,
            )
            for row in _rows(session, equipment_id, open_only)
        ]


def open_components(session: Session, equipment_id: str) -> list[Named]:
    """The components whose replacement still awaits acceptance-level testing."""
    return [_label(row.component) for row in _rows(session, equipment_id, open_only=True)]


def record_test(
    store: Store,
    equipment_id: str,
    physicist: str,
    test_record: str,
    tested_at: datetime | None = None,
) -> int:
    """A physicist records the acceptance-level test: every open flag of the unit is
    cleared with their name, the test and the time. Returns how many were cleared."""
    errors = []
    if not physicist.strip():
        errors.append(FieldError("physicist", NEEDS_PHYSICIST))
    if not test_record.strip() or len(test_record) > MAX_TEXT:
        errors.append(FieldError("test_record", NEEDS_RECORD))
    if errors:
        raise ValidationError(errors)
    with store.session() as session:
        live(session, Equipment, equipment_id)
        rows = _rows(session, equipment_id, open_only=True)
        if not rows:
            raise ValidationError([FieldError("", NOTHING_OPEN)])
        for row in rows:
            row.tested_at = tested_at or utcnow()
            row.tested_by = physicist.strip()
            row.test_record = test_record.strip()
            row.updated_by = store.user_login
        return len(rows)
