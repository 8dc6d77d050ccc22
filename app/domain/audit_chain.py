"""The audit chain's rule, shared by the laptop that writes the trail
(app/services/audit.py) and the server that anchors it (sync/server/audit.py): what an
entry holds, how its values and time are written, and how it is hashed and linked.

Each entry's `hash` is `sha256(prev_hash + canonical JSON of [seq, at, user_login,
table_name, record_id, action, field, old_value, new_value])`, the first `prev_hash`
being GENESIS (64 zeros). Both sides must compute it alike to the byte, so it is
written once, here, and imports nothing of either side.
"""

from __future__ import annotations

import enum
import hashlib
import json
from collections.abc import Iterable, Iterator
from datetime import UTC, date, datetime
from json.encoder import encode_basestring
from typing import Any

GENESIS = "0" * 64
# The fields an entry's hash covers, in the order hashed.
HASHED_FIELDS = (
    "seq",
    "at",
    "user_login",
    "table_name",
    "record_id",
    "action",
    "field",
    "old_value",
    "new_value",
)
# An entry as stored and sent: the hashed fields and its link.
ENTRY_FIELDS = (*HASHED_FIELDS, "prev_hash", "hash")

_encode = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
_encode_value = json.JSONEncoder(
    ensure_ascii=False, separators=(",", ":"), sort_keys=True, default=lambda v: canonical(v)
).encode


def canonical(value: Any) -> str | None:
    """One text per value, the same on every machine, so hashes are reproducible."""
    if value is None:
        return None
    if isinstance(value, enum.Enum):
        return canonical(value.value)
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, datetime):
        return (value.astimezone(UTC) if value.tzinfo else value).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, dict | list | tuple):
        return canonical_json(value)
    return str(value)


def canonical_json(value: Any) -> str:
    """A structure as compact JSON with sorted keys, its leaves written by canonical()."""
    return str(_encode_value(value))


def format_at(at: datetime) -> str:
    """The entry time as hashed: UTC, microseconds always shown (fixed width)."""
    return at.astimezone(UTC).isoformat(timespec="microseconds")


def entry_hash(
    prev_hash: str,
    seq: int,
    at: str,
    user_login: str,
    table_name: str,
    record_id: str,
    action: str,
    field: str,
    old_value: str | None,
    new_value: str | None,
) -> str:
    """The entry's hash, linking it to the one before (`prev_hash`)."""
    payload = _encode(
        [seq, at, user_login, table_name, record_id, action, field, old_value, new_value]
    )
    return hashlib.sha256((prev_hash + payload).encode("utf-8")).hexdigest()


def chain_hashes(
    prev_hash: str,
    at: str,
    user_login: str,
    entries: Iterable[tuple[int, str, str, str, str, str | None, str | None]],
) -> Iterator[str]:
    """`entry_hash` of each of many entries written at one time by one user, each
    linked to the one before: (seq, table_name, record_id, action, field, old, new).

    The same bytes as `entry_hash` (a test compares them), built without the JSON
    encoder's per-call set-up: a plan's save hashes a few hundred thousand entries."""
    enc = encode_basestring  # what the encoder writes for a str (ensure_ascii=False)
    shared = f"{enc(at)},{enc(user_login)},"
    for seq, table_name, record_id, action, field, old, new in entries:
        payload = (
            f"[{int(seq)},{shared}{enc(table_name)},{enc(record_id)},{enc(action)},"
            f"{enc(field)},{'null' if old is None else enc(old)},"
            f"{'null' if new is None else enc(new)}]"
        )
        prev_hash = hashlib.sha256((prev_hash + payload).encode("utf-8")).hexdigest()
        yield prev_hash
