"""What laptops and the server agree on: the wire shapes (pydantic models), with the
clock and the merge rule of `app/domain/clock.py` (docs/sync.md has the whole design)."""

from __future__ import annotations

from enum import StrEnum
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from app.domain.clock import (
    ROW_CLOCK,
    STAMP_FIELDS,
    ConflictKind,
    FieldConflict,
    HybridClock,
    Merge,
    field_clock,
    hlc_wall_ms,
    make_hlc,
    merge_fields,
    parse_hlc,
)

__all__ = [
    "ROW_CLOCK",
    "STAMP_FIELDS",
    "ConflictKind",
    "FieldConflict",
    "HybridClock",
    "Merge",
    "field_clock",
    "hlc_wall_ms",
    "make_hlc",
    "merge_fields",
    "parse_hlc",
]

# Bumped when a client must update to keep talking to the server (426 below this).
PROTOCOL_VERSION = 4
MIN_CLIENT_PROTOCOL = 1
LOST_PROTOCOL = 2  # clients from here on understand the push result "lost"
CODES_PROTOCOL = 3  # clients from here on read `code` in a ChangeResult
GONE_PROTOCOL = 4  # clients from here on read `gone` in a PullResponse
MAX_CLOCK_AHEAD_MS = 5 * 60 * 1000  # the server refuses clocks further ahead than this
# The deepest a field's JSON value may nest (a scalar is one level). The laptop's JSON
# parser stops at 200 levels for a whole pull page; the server refuses deeper values so
# no stored row can stop every laptop's pull (issue 21).
MAX_VALUE_DEPTH = 32


class Code(StrEnum):
    """Why the server refused a change or a request, for programs: sent as `code` beside
    the human `reason` of a ChangeResult and beside the `detail` of an error body. The
    laptop translates by code; the English text is for the office and for logs."""

    # a refused change (ChangeResult.code)
    VALIDATION = "validation"
    PERMISSION = "permission"
    WORKFLOW = "workflow"  # the role may not take this step of a work order
    APPEND_ONLY = "append_only"
    SIGNED = "signed"
    DELETED = "deleted"
    DUPLICATE = "duplicate"
    LOST = "lost"
    UNKNOWN_ROW = "unknown_row"
    UNREADABLE = "unreadable"  # the laptop could not read a row the server sent
    # the laptop's own: an unpushed change of a record the server withdrew from this
    # user's reading (`PullResponse.gone`: handed to someone else), kept, not sent
    WITHDRAWN = "withdrawn"
    # a refused request (the `code` of an error body)
    CLOCK_SKEW = "clock_skew"
    TOO_OLD = "too_old"
    THROTTLED = "throttled"
    UNAUTHORIZED = "unauthorized"
    # a refused password change (POST /auth/password, a manager's reset)
    WRONG_PASSWORD = "wrong_password"  # the current password given is not the account's
    PASSWORD_TOO_SHORT = "password_too_short"  # shorter than the policy's minimum
    PASSWORD_HAS_NAME = "password_has_name"  # contains the account's name
    PASSWORD_GUESSABLE = "password_guessable"  # common, or built from guessable parts
    PASSWORD_UNCHANGED = "password_unchanged"  # the new password is the current one


# The English prefixes reasons started with before codes existed ("permission: …"): a
# server of protocol 2 sends no code, so the laptop falls back to reading these.
LEGACY_PREFIXES: dict[str, Code] = {
    "validation": Code.VALIDATION,
    "permission": Code.PERMISSION,
    "append-only": Code.APPEND_ONLY,
    "signed": Code.SIGNED,
    "deleted": Code.DELETED,
    "duplicate": Code.DUPLICATE,
    "lost": Code.LOST,
    "unknown row": Code.UNKNOWN_ROW,
    "unreadable": Code.UNREADABLE,
}


def code_of(reason: str) -> Code | None:
    """The code a reason's prefix names ("permission: …" → PERMISSION), or None. Also
    reads a reason the laptop stored as "<code>: text"."""
    prefix, sep, _rest = reason.partition(":")
    if not sep:
        return None
    prefix = prefix.strip()
    try:
        return Code(prefix)
    except ValueError:
        return LEGACY_PREFIXES.get(prefix)


def reason_detail(reason: str) -> str:
    """A reason without the prefix `code_of` reads: the server's own words."""
    return reason.partition(":")[2].strip() if code_of(reason) else reason


# --- wire shapes -------------------------------------------------------------------------


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class LoginRequest(Strict):
    user: str = Field(min_length=1, max_length=64)
    password: str = Field(min_length=1, max_length=256)
    device_id: str = Field(min_length=1, max_length=64)
    device_name: str = Field(default="", max_length=200)
    protocol: int


class PasswordChange(Strict):
    """POST /auth/password: the logged-in user's own new password."""

    current: str = Field(min_length=1, max_length=256)
    new: str = Field(min_length=1, max_length=256)


class PasswordChanged(Strict):
    devices_kept: int  # the user's devices whose tokens stay valid (all of them)


class PasswordReset(Strict):
    """PUT /admin/users/{name}/password: a service manager sets a user's password."""

    password: str = Field(min_length=1, max_length=256)


class LoginResponse(Strict):
    token: str
    user: str
    role: str
    device_id: str
    number_prefix: str  # the work-order number prefix the server gives this device
    server_time: str


class Change(Strict):
    """One local write of one row: an insert (every field) or an update (some fields).
    A delete is an update that sets ``deleted_at``."""

    change_id: str = Field(min_length=1, max_length=64)
    table: str = Field(min_length=1, max_length=64)
    id: str = Field(min_length=1, max_length=64)
    op: Literal["insert", "update"]
    hlc: str = Field(min_length=20, max_length=80)
    fields: dict[str, Any]
    base: dict[str, str | None] = Field(default_factory=dict)


class PushRequest(Strict):
    device_time: str  # ISO 8601 with zone: refused when > 5 minutes ahead of the server
    cursor: int = Field(ge=0)  # the pull cursor the client had when it made these changes
    changes: list[Change] = Field(max_length=2000)


class RowState(Strict):
    """A row as the server holds it now: values, compact clocks and its sequence."""

    table: str
    id: str
    data: dict[str, Any]
    clocks: dict[str, str]
    seq: int


class ConflictOut(Strict):
    field: str
    kind: str
    lost_value: Any = None
    lost_clock: str = ""
    won_value: Any = None
    won_clock: str | None = None


class ChangeResult(Strict):
    change_id: str
    # applied: merged (maybe with conflicts); duplicate: seen before (same outcome as
    # then); rejected: not applied at all (reason says why: permission, validation,
    # signed, deleted); lost: valid, but every value lost to a newer edit (conflicts
    # say which); the row's server state is returned so the client can adopt it.
    status: Literal["applied", "duplicate", "rejected", "lost"]
    reason: str = ""
    # the reason for programs; sent to clients of CODES_PROTOCOL and later only (older
    # ones forbid fields they do not know), which read the reason's prefix instead
    code: Code | None = None
    conflicts: list[ConflictOut] = Field(default_factory=list)
    row: RowState | None = None


class PushResponse(Strict):
    results: list[ChangeResult]


class RowRef(Strict):
    table: str
    id: str


class PullResponse(Strict):
    rows: list[RowState]
    cursor: int  # pass back as `after` for the next page
    more: bool
    # Rows this user no longer reads (an own row handed to someone else, and the rows
    # read only through it): the laptop removes its copies. Sent to clients of
    # GONE_PROTOCOL and later (older ones forbid fields they do not know).
    gone: list[RowRef] = Field(default_factory=list)


# Rows a laptop reads only through a parent row (`table -> child table -> the field
# naming the parent`): they enter and leave a user's reading with it (docs/sync.md).
DEPENDENTS: dict[str, dict[str, str]] = {
    "complaint": {"complaint_entry": "complaint_id", "complaint_work_order": "complaint_id"},
}


class VersionInfo(Strict):
    server: str
    protocol: int
    min_client_protocol: int
    schema_version: str  # the server database's Alembic revision


class BlobStatus(Strict):
    sha256: str
    size: int
    received: int  # bytes the server holds so far; == size when complete
    complete: bool


class CertifyRequest(Strict):
    public_key_pem: str = Field(max_length=10_000)


class CertifyResponse(Strict):
    certificate_pem: str
    chain_pem: list[str]  # issuing certificates up to and including the company root


class AuditEntryOut(Strict):
    seq: int
    at: str
    user_login: str
    table_name: str
    record_id: str
    action: str
    field: str
    old_value: str | None
    new_value: str | None
    prev_hash: str
    hash: str


class AuditForkPoint(Strict):
    """The last entry a restored laptop and the server's anchored trail both hold."""

    seq: int
    hash: str


class AuditPush(Strict):
    entries: list[AuditEntryOut] = Field(max_length=5000)
    # Set when the entries go on from `fork` rather than from the anchored head: the
    # server sets the branch after it aside (kept) and anchors these from there.
    fork: AuditForkPoint | None = None


class AuditAnchor(Strict):
    """The head of a device's audit chain as the server holds it."""

    device_id: str
    seq: int
    hash: str
