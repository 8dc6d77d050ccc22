"""Signing a work order's report, and amending a signed one.

At the first signature the record's canonical content (the work order and everything
recorded on it) is serialised and hashed; the hash is stored with each signature.
From then on the record is read-only — enforced on every flush of every Beamside
session (record_lock.py), not only in the UI. A correction is an amendment: it states
its reason, unlocks the record, and is signed again; the original signatures stay.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import WorkOrder
from app.db.signing import Amendment, Signature
from app.domain.enums import ReportKind, SignatureMeaning
from app.domain.i18n import QT_TRANSLATE_NOOP
from app.domain.records import FieldError, ValidationError
from app.domain.signatures import may_open_amendment
from app.services.records import live
from app.services.registry.users import acting_user
from app.services.signing.record_lock import content_hash, is_locked, open_amendment_of
from app.services.store import Store

NEEDS_REASON = QT_TRANSLATE_NOOP("Validation", "Say why the signed record is amended.")
AMENDMENT_ROLE = QT_TRANSLATE_NOOP("Validation", "Your role may not amend a signed record.")
NOT_SIGNED = QT_TRANSLATE_NOOP("Validation", "Only a signed record needs an amendment.")
ALREADY_OPEN = QT_TRANSLATE_NOOP(
    "Validation", "An amendment is already open; sign the corrected record first."
)
RELEASE_ELSEWHERE = QT_TRANSLATE_NOOP(
    "Validation", "A clinical release is signed through the release step, which checks its gate."
)
WRONG_PASSWORD = QT_TRANSLATE_NOOP("Validation", "The password is not correct.")


@dataclass(frozen=True)
class SignatureInput:
    """What the signing mode collected for one signer."""

    report_kind: ReportKind
    signer_name: str
    signer_role: str
    organisation: str
    meaning: SignatureMeaning
    strokes: list[Any]
    signed_at: datetime
    engineer_login: str = ""  # set when one of ours signs: their password is checked


@dataclass(frozen=True)
class SignatureRow:
    id: str
    report_kind: ReportKind
    signer_name: str
    signer_role: str
    organisation: str
    meaning: SignatureMeaning
    signed_at: datetime
    strokes: list[Any]
    record_hash: str
    amendment_id: str | None


# --- canonical content ------------------------------------------------------------------


def sign(
    store: Store,
    work_order_id: str,
    given: SignatureInput,
    password: str = "",
    identity_confirmed: bool = False,
) -> str:
    """Stores one signature; the first of a set fixes the record's hash.

    An engineer's own signature needs their password: checked here, unless the signing
    mode already checked it at the moment of signing (`identity_confirmed`), so the
    password is never carried around after that moment. A clinical release is signed
    through app/services/clinical/release.py, which holds its gate."""
    if given.meaning is SignatureMeaning.RELEASED_FOR_CLINICAL_USE:
        raise ValidationError([FieldError("meaning", RELEASE_ELSEWHERE)])
    check_signature(store, work_order_id, given, password, identity_confirmed)
    with store.session() as session:
        return write_signature(session, store, work_order_id, given).id


def check_signature(
    store: Store,
    work_order_id: str,
    given: SignatureInput,
    password: str = "",
    identity_confirmed: bool = False,
) -> None:
    """Refuses a signature that is no signature, or that the record cannot take now."""
    from app.domain.signatures import strokes_from_json, validate_strokes

    check_errors = validate_strokes(strokes_from_json(given.strokes))
    if not given.signer_name.strip():
        check_errors.append(
            FieldError("signer_name", QT_TRANSLATE_NOOP("Validation", "This field is required."))
        )
    if check_errors:
        raise ValidationError(check_errors)
    from app.services.reports.conclusions import refusals

    problems = refusals(store, work_order_id, given.report_kind, given.meaning)
    if problems:
        raise ValidationError([FieldError("", problem) for problem in problems])
    if given.engineer_login and not identity_confirmed:
        from app.services.signing.credentials import check_password

        if not check_password(store, given.engineer_login, password):
            raise ValidationError([FieldError("password", WRONG_PASSWORD)])


def write_signature(
    session: Session, store: Store, work_order_id: str, given: SignatureInput
) -> Signature:
    """The signature row, in the caller's transaction (checked by check_signature)."""
    live(session, WorkOrder, work_order_id)
    amendment = open_amendment_of(session, work_order_id)
    current = session.scalars(
        select(Signature.record_hash)
        .where(
            Signature.work_order_id == work_order_id,
            (
                Signature.amendment_id == amendment.id
                if amendment
                else Signature.amendment_id.is_(None)
            ),
            Signature.deleted_at.is_(None),
        )
        .order_by(Signature.signed_at)
    ).first()
    digest = current or content_hash(session, work_order_id)
    row = Signature(
        work_order_id=work_order_id,
        report_kind=given.report_kind,
        amendment_id=amendment.id if amendment else None,
        signer_name=given.signer_name.strip(),
        signer_role=given.signer_role.strip(),
        organisation=given.organisation.strip(),
        meaning=given.meaning,
        signed_at=given.signed_at,
        strokes=given.strokes,
        record_hash=digest,
        user_login=given.engineer_login,
        updated_by=store.user_login,
    )
    session.add(row)
    session.flush()
    return row


def open_amendment(store: Store, work_order_id: str, reason: str) -> str:
    if not may_open_amendment(acting_user(store).role):
        raise ValidationError([FieldError("", AMENDMENT_ROLE)])
    if not reason.strip():
        raise ValidationError([FieldError("reason", NEEDS_REASON)])
    with store.session() as session:
        if not is_locked(session, work_order_id):
            opened = open_amendment_of(session, work_order_id)
            raise ValidationError([FieldError("", ALREADY_OPEN if opened else NOT_SIGNED)])
        previous = session.scalars(
            select(Signature.record_hash)
            .where(Signature.work_order_id == work_order_id)
            .order_by(Signature.signed_at.desc())
        ).first()
        amendment = Amendment(
            work_order_id=work_order_id,
            reason=reason.strip(),
            previous_hash=previous or "",
            opened_by=store.user_login,
            updated_by=store.user_login,
        )
        session.add(amendment)
        session.flush()
        return amendment.id


def signatures_of(store: Store, work_order_id: str) -> list[SignatureRow]:
    with store.reading() as session:
        rows = session.scalars(
            select(Signature)
            .where(Signature.work_order_id == work_order_id, Signature.deleted_at.is_(None))
            .order_by(Signature.signed_at)
        )
        return [
            SignatureRow(
                s.id,
                s.report_kind,
                s.signer_name,
                s.signer_role,
                s.organisation,
                s.meaning,
                s.signed_at,
                list(s.strokes),
                s.record_hash,
                s.amendment_id,
            )
            for s in rows
        ]


def locked(store: Store, work_order_id: str) -> bool:
    with store.reading() as session:
        return is_locked(session, work_order_id)


def signed_at(store: Store, work_order_id: str) -> datetime | None:
    rows = signatures_of(store, work_order_id)
    return rows[0].signed_at if rows else None
