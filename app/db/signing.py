"""Signatures on reports, amendments of signed records, generated report files and the
local credentials that confirm an engineer's own signature (21 CFR Part 11 style)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.db.base import Base, SyncedMixin
from app.db.models import enum_column
from app.domain.enums import ReportKind, SignatureMeaning


class Signature(SyncedMixin, Base):
    """One handwritten signature on one report of a work order (append-only)."""

    __tablename__ = "signature"

    work_order_id: Mapped[str] = mapped_column(ForeignKey("work_order.id"), index=True)
    report_kind: Mapped[ReportKind] = mapped_column(enum_column(ReportKind))
    amendment_id: Mapped[str | None] = mapped_column(ForeignKey("amendment.id"), default=None)
    signer_name: Mapped[str] = mapped_column(String(100))
    signer_role: Mapped[str] = mapped_column(String(100), default="")
    organisation: Mapped[str] = mapped_column(String(200), default="")
    meaning: Mapped[SignatureMeaning] = mapped_column(enum_column(SignatureMeaning))
    signed_at: Mapped[datetime]
    # [[x, y, pressure, t_ms], …] per stroke, x/y in the pad's 0..1000 × 0..300 space
    strokes: Mapped[list[Any]] = mapped_column(JSON)
    record_hash: Mapped[str] = mapped_column(String(64))
    # Set when an engineer of ours signed after re-entering the password.
    user_login: Mapped[str] = mapped_column(String(64), default="")


class Amendment(SyncedMixin, Base):
    """A correction of a signed record: states why; the original signatures stay."""

    __tablename__ = "amendment"

    work_order_id: Mapped[str] = mapped_column(ForeignKey("work_order.id"), index=True)
    reason: Mapped[str] = mapped_column(Text)
    previous_hash: Mapped[str] = mapped_column(String(64))
    opened_by: Mapped[str] = mapped_column(String(64))


class ReportFile(SyncedMixin, Base):
    """A generated (and cryptographically signed) PDF, stored as a blob by SHA-256."""

    __tablename__ = "report_file"

    work_order_id: Mapped[str] = mapped_column(ForeignKey("work_order.id"), index=True)
    report_kind: Mapped[ReportKind] = mapped_column(enum_column(ReportKind))
    language: Mapped[str] = mapped_column(String(10))
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer)
    record_hash: Mapped[str] = mapped_column(String(64))


class LocalCredential(Base):
    """A user's password on this laptop (scrypt), to confirm their own signature and to
    leave signing mode; never synced."""

    __tablename__ = "local_credential"

    login: Mapped[str] = mapped_column(String(64), primary_key=True)
    salt: Mapped[str] = mapped_column(String(64))
    password_hash: Mapped[str] = mapped_column(String(128))
    updated_at: Mapped[datetime]
