"""Keeping the register: add and edit instruments, retire them (never delete: old runs
name them), list them for pickers. Only the register's keepers (service manager,
quality control) may change it — here and on the server."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.instruments import TestInstrument
from app.db.models import User
from app.domain import local_time
from app.domain.enums import UserRole
from app.domain.instruments import (
    DUPLICATE,
    NOT_ALLOWED,
    OFFICE,
    UNKNOWN_HOLDER,
    CalibrationState,
    InstrumentDraft,
    InstrumentKind,
    calibration_state,
    may_keep_register,
)
from app.domain.records import FieldError, ValidationError
from app.services.records import check, live, upsert
from app.services.registry.users import ActingUser, acting_user
from app.services.store import Store


@dataclass(frozen=True)
class InstrumentView:
    id: str
    kind: InstrumentKind
    maker: str
    model: str
    serial: str
    certificate_no: str
    calibrated_on: date
    due_date: date
    holder_login: str
    retired: bool

    @property
    def name(self) -> str:
        return f"{self.maker} {self.model}"

    def state(self, on: date) -> CalibrationState:
        return calibration_state(self.due_date, on, self.retired)


def view_of(row: TestInstrument) -> InstrumentView:
    return InstrumentView(
        id=row.id,
        kind=row.kind,
        maker=row.maker,
        model=row.model,
        serial=row.serial,
        certificate_no=row.certificate_no,
        calibrated_on=row.calibrated_on,
        due_date=row.due_date,
        holder_login=row.holder_login,
        retired=row.retired,
    )


def may_edit(store: Store, user: ActingUser | None = None) -> bool:
    """`user`: the acting user when the caller knows it already (no query)."""
    return may_keep_register((user or acting_user(store)).role)


def list_instruments(store: Store, *, include_retired: bool = False) -> list[InstrumentView]:
    """The register by kind, maker and model (the pickers' order)."""
    query = select(TestInstrument).where(TestInstrument.deleted_at.is_(None))
    if not include_retired:
        query = query.where(TestInstrument.retired.is_(False))
    query = query.order_by(
        TestInstrument.kind, TestInstrument.maker, TestInstrument.model, TestInstrument.serial
    )
    with store.reading() as session:
        return [view_of(row) for row in session.scalars(query)]


def load_instrument(store: Store, instrument_id: str) -> tuple[InstrumentDraft, bool]:
    """The instrument as a form's draft, and whether it is retired."""
    with store.reading() as session:
        row = live(session, TestInstrument, instrument_id)
        draft = InstrumentDraft(
            kind=row.kind,
            maker=row.maker,
            model=row.model,
            serial=row.serial,
            certificate_no=row.certificate_no,
            calibrated_on=row.calibrated_on,
            due_date=row.due_date,
            calibration_lab=row.calibration_lab,
            holder_login=row.holder_login,
            notes=row.notes,
        )
        return draft, row.retired


def holder_choices(store: Store) -> list[tuple[str, str]]:
    """(login, name) of the engineers who may hold an instrument; the office is ""."""
    roles = (UserRole.ENGINEER, UserRole.REPAIR_TECHNICIAN, UserRole.SERVICE_MANAGER)
    with store.reading() as session:
        users = session.scalars(
            select(User)
            .where(User.deleted_at.is_(None), User.role.in_(roles))
            .order_by(User.display_name)
        )
        return [(u.login, u.display_name) for u in users]


def save_instrument(store: Store, instrument_id: str | None, draft: InstrumentDraft) -> str:
    """Adds (`instrument_id` None) or updates an instrument; returns its id.

    Raises ValidationError for bad fields, a duplicate maker+model+serial, an unknown
    holder, or a user who may not keep the register.
    """
    _check_keeper(store)
    draft.maker, draft.model = draft.maker.strip(), draft.model.strip()
    draft.serial, draft.certificate_no = draft.serial.strip(), draft.certificate_no.strip()
    draft.calibration_lab, draft.notes = draft.calibration_lab.strip(), draft.notes.strip()
    check(draft.validate(local_time.today()))
    with store.session() as session:
        errors = _conflicts(session, instrument_id, draft)
        check(errors)
        values = {
            "kind": draft.kind,
            "maker": draft.maker,
            "model": draft.model,
            "serial": draft.serial,
            "certificate_no": draft.certificate_no,
            "calibrated_on": draft.calibrated_on,
            "due_date": draft.due_date,
            "calibration_lab": draft.calibration_lab,
            "holder_login": draft.holder_login,
            "notes": draft.notes,
        }
        return upsert(session, store, TestInstrument, instrument_id, values).id


def set_retired(store: Store, instrument_id: str, retired: bool = True) -> None:
    """Retires an instrument (it leaves the pickers; runs that used it keep it), or
    brings it back."""
    _check_keeper(store)
    with store.session() as session:
        upsert(session, store, TestInstrument, instrument_id, {"retired": retired})


def _check_keeper(store: Store) -> None:
    if not may_edit(store):
        raise ValidationError([FieldError("", NOT_ALLOWED)])


def _conflicts(
    session: Session, instrument_id: str | None, draft: InstrumentDraft
) -> list[FieldError]:
    errors: list[FieldError] = []
    same = session.scalar(
        select(TestInstrument.id).where(
            TestInstrument.maker == draft.maker,
            TestInstrument.model == draft.model,
            TestInstrument.serial == draft.serial,
            TestInstrument.id != (instrument_id or ""),
        )
    )
    if same is not None:
        errors.append(FieldError("serial", DUPLICATE))
    if draft.holder_login != OFFICE:
        known = session.scalar(
            select(User.id).where(User.login == draft.holder_login, User.deleted_at.is_(None))
        )
        if known is None:
            errors.append(FieldError("holder_login", UNKNOWN_HOLDER))
    return errors
