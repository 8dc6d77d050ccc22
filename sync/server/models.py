"""The server's own tables (typed SQLAlchemy models, migrated by Alembic).

Synced records are not mirrored table by table: every row of every synced table is one
`sync_row` holding its fields and their clocks as JSON text. That keeps the server
independent of the laptop's schema version (a new column is new JSON keys, not a
migration here), and lets a pull page be assembled from stored text without parsing
it (see pull.py). The columns a rule needs to query — the sequence and the work order
a row belongs to — are real columns beside the JSON.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from app.db.base import NAMING, UTCDateTime, utcnow

# SQLite makes only INTEGER PRIMARY KEY columns autoincrement; PostgreSQL wants 64 bits.
BigId = BigInteger().with_variant(Integer(), "sqlite")


class ServerBase(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {datetime: UTCDateTime()}


class ServerUser(ServerBase):
    """An account that may log in from a laptop (made with the admin command line)."""

    __tablename__ = "server_user"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)
    password_hash: Mapped[str] = mapped_column(String(256))
    role: Mapped[str] = mapped_column(String(32))
    disabled: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)


class Device(ServerBase):
    """A laptop installation: its token (as SHA-256 only) and its work-order prefix."""

    __tablename__ = "device"

    device_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    number: Mapped[int] = mapped_column(Integer, unique=True)
    number_prefix: Mapped[str] = mapped_column(String(8), unique=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("server_user.id"), index=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    token_sha256: Mapped[str | None] = mapped_column(String(64), unique=True, default=None)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_login_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_push_at: Mapped[datetime | None] = mapped_column(default=None)
    revoked_at: Mapped[datetime | None] = mapped_column(default=None)
    # Token lifetime (tokens.py): last use (written at most hourly), issue time (for
    # rotation), and the token it replaced, still accepted for a grace period.
    token_used_at: Mapped[datetime | None] = mapped_column(default=None)
    token_issued_at: Mapped[datetime | None] = mapped_column(default=None)
    previous_token_sha256: Mapped[str | None] = mapped_column(String(64), index=True, default=None)


class AdminAction(ServerBase):
    """One administrative action, for auditors: who (an account, or the OS user at the
    command line), from where ("cli" or the client's address), what, to whom."""

    __tablename__ = "admin_action"

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    actor: Mapped[str] = mapped_column(String(64))
    source: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(32))
    subject: Mapped[str] = mapped_column(String(200))
    detail: Mapped[str] = mapped_column(Text, default="")


class DeviceCertificate(ServerBase):
    """A report-signing certificate the CA issued to a device: at most one per device is
    live; the one it replaced, and those of revoked devices, are on the CRL."""

    __tablename__ = "device_certificate"

    serial: Mapped[str] = mapped_column(String(40), primary_key=True)  # hex, ≤ 159 bits
    device_id: Mapped[str] = mapped_column(ForeignKey("device.device_id"), index=True)
    user_name: Mapped[str] = mapped_column(String(64))
    key_sha256: Mapped[str] = mapped_column(String(64), index=True)  # of the DER public key
    certificate_pem: Mapped[str] = mapped_column(Text)
    issued_at: Mapped[datetime] = mapped_column(default=utcnow)
    not_after: Mapped[datetime] = mapped_column()
    revoked_at: Mapped[datetime | None] = mapped_column(default=None)
    revocation_reason: Mapped[str | None] = mapped_column(String(32), default=None)


class SyncRow(ServerBase):
    """The current state of one synced record (values and per-field clocks)."""

    __tablename__ = "sync_row"

    table_name: Mapped[str] = mapped_column(String(64), primary_key=True)
    row_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    data: Mapped[str] = mapped_column(Text)  # JSON object text
    clocks: Mapped[str] = mapped_column(Text)  # JSON object text: {"*": hlc, field: hlc}
    seq: Mapped[int] = mapped_column(BigInteger, unique=True)
    # The work order whose signed content this row is part of (lock checks).
    work_order_id: Mapped[str | None] = mapped_column(String(64), default=None, index=True)
    # The row's unique natural key (login, work-order number …) as JSON text, so a
    # second record under one key is refused: laptops' tables enforce it too.
    natural_key: Mapped[str | None] = mapped_column(String(400), default=None)

    __table_args__ = (
        Index("ix_sync_row_row_id", "row_id"),
        Index("ix_sync_row_natural_key", "table_name", "natural_key"),
    )


class SyncChange(ServerBase):
    """Every change a laptop pushed, once (`change_id` is unique), with its outcome."""

    __tablename__ = "sync_change"

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    change_id: Mapped[str] = mapped_column(String(64), unique=True)
    seq: Mapped[int | None] = mapped_column(BigInteger, default=None)
    device_id: Mapped[str] = mapped_column(String(64))
    user_name: Mapped[str] = mapped_column(String(64))
    table_name: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[str] = mapped_column(String(64))
    op: Mapped[str] = mapped_column(String(8))
    hlc: Mapped[str] = mapped_column(String(80))
    fields: Mapped[str] = mapped_column(Text)  # JSON
    status: Mapped[str] = mapped_column(String(10))
    reason: Mapped[str] = mapped_column(Text, default="")
    prior: Mapped[str | None] = mapped_column(Text, default=None)  # JSON: overwritten values
    conflicts: Mapped[str] = mapped_column(Text, default="[]")  # JSON: as returned
    received_at: Mapped[datetime] = mapped_column(default=utcnow)

    __table_args__ = (Index("ix_sync_change_row", "table_name", "row_id"),)


class SyncConflict(ServerBase):
    """A value that lost (or was refused), kept for the office to review."""

    __tablename__ = "sync_conflict"

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    change_id: Mapped[str] = mapped_column(String(64), index=True)
    table_name: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[str] = mapped_column(String(64))
    field: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(16))
    lost_value: Mapped[str] = mapped_column(Text)  # JSON
    lost_clock: Mapped[str] = mapped_column(String(80))
    won_value: Mapped[str] = mapped_column(Text)  # JSON
    won_clock: Mapped[str | None] = mapped_column(String(80), default=None)
    device_id: Mapped[str] = mapped_column(String(64))
    user_name: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Blob(ServerBase):
    """A file stored by SHA-256; the bytes live under the data folder's `blobs/`, or
    in `blob_chunk` when the server keeps blobs in the database (settings.py)."""

    __tablename__ = "blob"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(BigInteger)
    device_id: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    completed_at: Mapped[datetime | None] = mapped_column(default=None)


class BlobChunk(ServerBase):
    """One uploaded chunk of a blob kept in the database (blob_storage "database"):
    several server processes then share blobs through the database alone. The chunks
    of a blob, in offset order, are its bytes; `written_at` dates an upload's progress
    for the sweep of abandoned ones."""

    __tablename__ = "blob_chunk"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    offset: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)
    written_at: Mapped[datetime] = mapped_column(default=utcnow)


class AuditAnchor(ServerBase):
    """The head of each device's audit chain: what the laptop can no longer rewrite."""

    __tablename__ = "audit_anchor"

    device_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    seq: Mapped[int] = mapped_column(BigInteger)
    hash: Mapped[str] = mapped_column(String(64))
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)


class _AnchoredEntry:
    """An audit entry's fields as the laptop hashed them (text kept exactly as sent),
    shared by the anchored trail and the branches a fork set aside."""

    at: Mapped[str] = mapped_column(Text)
    user_login: Mapped[str] = mapped_column(Text)
    table_name: Mapped[str] = mapped_column(Text)
    record_id: Mapped[str] = mapped_column(Text)
    action: Mapped[str] = mapped_column(Text)
    field: Mapped[str] = mapped_column(Text)
    old_value: Mapped[str | None] = mapped_column(Text, default=None)
    new_value: Mapped[str | None] = mapped_column(Text, default=None)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
    received_at: Mapped[datetime] = mapped_column(default=utcnow)
    # The account that anchored it, set by the server. `user_login` is the laptop's
    # claim and part of the hash, so it stays as sent: where the two differ (a laptop
    # shared by colleagues, or a forged claim) an auditor sees both.
    anchored_by: Mapped[str] = mapped_column(String(64), default="", server_default="")


class ServerAuditEntry(_AnchoredEntry, ServerBase):
    """A device's anchored audit entry."""

    __tablename__ = "audit_entry"

    device_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    seq: Mapped[int] = mapped_column(BigInteger, primary_key=True)


class AuditFork(ServerBase):
    """A device's trail went on from an older entry than the anchored head (a laptop
    restored from a backup): the branch after `fork_seq` was moved to
    `audit_set_aside`, kept as evidence, and the new branch anchored from there."""

    __tablename__ = "audit_fork"

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    device_id: Mapped[str] = mapped_column(String(64), index=True)
    fork_seq: Mapped[int] = mapped_column(BigInteger)  # the last entry both branches hold
    fork_hash: Mapped[str] = mapped_column(String(64))
    old_seq: Mapped[int] = mapped_column(BigInteger)  # the head of the branch set aside
    old_hash: Mapped[str] = mapped_column(String(64))
    user_name: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class AuditSetAside(_AnchoredEntry, ServerBase):
    """An anchored entry of a branch a fork left behind, exactly as it was anchored."""

    __tablename__ = "audit_set_aside"

    fork_id: Mapped[int] = mapped_column(BigInteger, ForeignKey("audit_fork.id"), primary_key=True)
    seq: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    device_id: Mapped[str] = mapped_column(String(64))


class LoginFailures(ServerBase):
    """Failed (or still running) logins of one account name or one source address:
    what the throttle (throttle.py) delays and locks by. Kept in the database so every
    server process and the admin command see the same counts."""

    __tablename__ = "login_failures"

    kind: Mapped[str] = mapped_column(String(16), primary_key=True)  # account | address
    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    last_failure_at: Mapped[datetime] = mapped_column(default=utcnow)
    locked_until: Mapped[datetime | None] = mapped_column(default=None)


class Counter(ServerBase):
    """Named counters. Taking the "seq" row for update orders every push (see push.py)."""

    __tablename__ = "counter"

    name: Mapped[str] = mapped_column(String(32), primary_key=True)
    value: Mapped[int] = mapped_column(BigInteger, default=0)


SEQ_COUNTER = "seq"
DEVICE_COUNTER = "device"
