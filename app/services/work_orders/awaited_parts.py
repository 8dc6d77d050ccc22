"""The parts a work order waits for: written with the step into "awaiting parts",
marked received with the step out of it, read by the window, the lists and the report."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from app.db.fieldwork import AwaitedPart, Part
from app.domain.awaited_parts import AwaitedPartDraft, AwaitedPartLine
from app.domain.records import FieldError, ValidationError
from app.services.store import Store


def check_drafts(drafts: Sequence[AwaitedPartDraft]) -> None:
    """Every line's problems at once, fields numbered by line ("part.0")."""
    errors = [
        FieldError(f"{error.field}.{line}", error.message)
        for line, draft in enumerate(drafts)
        for error in draft.validate()
    ]
    if errors:
        raise ValidationError(errors)


def add(session: Session, work_order_id: str, drafts: Sequence[AwaitedPartDraft], by: str) -> None:
    """Adds the lines of one step into "awaiting parts" (already checked)."""
    for draft in drafts:
        session.add(
            AwaitedPart(
                work_order_id=work_order_id,
                part_id=draft.part_id or None,
                description="" if draft.part_id else " ".join(draft.description.split()),
                quantity=draft.quantity,
                order_reference=draft.order_reference.strip(),
                expected_on=draft.expected_on,
                updated_by=by,
            )
        )
    session.flush()


def open_count(session: Session, work_order_id: str) -> int:
    query = (
        select(func.count())
        .select_from(AwaitedPart)
        .where(*_open(), AwaitedPart.work_order_id == work_order_id)
    )
    return session.scalar(query) or 0


def mark_received(session: Session, work_order_id: str, at: datetime, by: str) -> None:
    """The parts arrived: the step out of "awaiting parts" marks every open line."""
    for line in session.scalars(
        select(AwaitedPart).where(*_open(), AwaitedPart.work_order_id == work_order_id)
    ):
        line.received_at = at
        line.updated_by = by


def lines(
    session: Session, work_order_ids: Iterable[str], *, received: bool = False
) -> dict[str, list[AwaitedPartLine]]:
    """The awaited lines of each work order, oldest first; the open ones only unless
    `received`."""
    ids = list(work_order_ids)
    query = (
        select(AwaitedPart, Part)
        .outerjoin(Part, Part.id == AwaitedPart.part_id)
        .where(AwaitedPart.work_order_id.in_(ids), AwaitedPart.deleted_at.is_(None))
        .order_by(AwaitedPart.created_at, AwaitedPart.id)
    )
    if not received:
        query = query.where(AwaitedPart.received_at.is_(None))
    found: dict[str, list[AwaitedPartLine]] = {i: [] for i in ids}
    for row, part in session.execute(query).tuples():
        found[row.work_order_id].append(
            AwaitedPartLine(
                part_number=part.part_number if part else "",
                name=part.description if part else row.description,
                quantity=row.quantity,
                unit=part.unit if part else "",
                order_reference=row.order_reference,
                expected_on=row.expected_on,
                received_at=row.received_at,
            )
        )
    return found


def awaited(store: Store, work_order_id: str) -> list[AwaitedPartLine]:
    """What the work order waits for now (empty once the parts arrived)."""
    with store.reading() as session:
        return lines(session, [work_order_id])[work_order_id]


def _open() -> tuple[ColumnElement[bool], ...]:
    return (AwaitedPart.deleted_at.is_(None), AwaitedPart.received_at.is_(None))
