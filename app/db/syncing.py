"""The laptop's side of sync: the outbox of unpushed changes, sync state, conflicts a
person reviews, and the history of sync rounds (docs/sync.md). None of it syncs."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.db.base import Base, utcnow


class OutboxChange(Base):
    """One local write of one synced row, waiting to be pushed. Written in the same
    transaction as the write itself, so a committed change cannot miss the server."""

    __tablename__ = "sync_outbox"
    __table_args__ = (Index("ix_sync_outbox_row", "table_name", "row_id"),)

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    change_id: Mapped[str] = mapped_column(String(36), unique=True)
    table_name: Mapped[str] = mapped_column(String(60))
    row_id: Mapped[str] = mapped_column(String(36))
    op: Mapped[str] = mapped_column(String(10))  # insert, update
    hlc: Mapped[str] = mapped_column(String(80))
    fields: Mapped[dict[str, Any]] = mapped_column(JSON)
    base: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class SyncState(Base):
    """Key/value facts of this laptop's sync: cursor, clock, server, user, last round."""

    __tablename__ = "sync_state"

    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class SyncConflict(Base):
    """A value that lost (to a concurrent edit, a signature, a deletion) or a change the
    server refused: kept until a person re-applies or dismisses it."""

    __tablename__ = "sync_conflict"
    __table_args__ = (UniqueConstraint("table_name", "row_id", "field", "lost_clock"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    table_name: Mapped[str] = mapped_column(String(60))
    row_id: Mapped[str] = mapped_column(String(36))
    field: Mapped[str] = mapped_column(String(60))  # "" for a whole refused change
    kind: Mapped[str] = mapped_column(String(20))  # concurrent, signed, deleted, rejected
    reason: Mapped[str] = mapped_column(Text, default="")
    lost_value: Mapped[Any] = mapped_column(JSON, default=None)
    lost_clock: Mapped[str] = mapped_column(String(80), default="")
    won_value: Mapped[Any] = mapped_column(JSON, default=None)
    won_clock: Mapped[str] = mapped_column(String(80), default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    resolved_at: Mapped[datetime | None] = mapped_column(default=None)
    resolution: Mapped[str] = mapped_column(String(20), default="")  # reapplied, dismissed


class SyncRun(Base):
    """One sync round, for the history on the Sync page."""

    __tablename__ = "sync_run"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    started_at: Mapped[datetime]
    finished_at: Mapped[datetime | None] = mapped_column(default=None)
    server: Mapped[str] = mapped_column(String(300), default="")
    pushed: Mapped[int] = mapped_column(Integer, default=0)
    pulled: Mapped[int] = mapped_column(Integer, default=0)
    conflicts: Mapped[int] = mapped_column(Integer, default=0)
    rejected: Mapped[int] = mapped_column(Integer, default=0)
    blobs: Mapped[int] = mapped_column(Integer, default=0)
    error: Mapped[str] = mapped_column(Text, default="")
