"""Anchoring each laptop's audit trail on the server.

A laptop's trail is hash-chained (app/services/audit.py) but nothing on the laptop
stops someone from recomputing the whole chain. Once entries are anchored here, the
laptop can only add to them: each pushed entry must be the next one (seq = head + 1),
link to the anchored head's hash, and hash to what it claims (recomputed with the
laptop's own `entry_hash`). Entries already anchored are skipped when they are the
same (a retried push) and refused when they differ: that is a rewritten trail. The
valid entries before a refused one are kept, so the anchor holds as much as is sound.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, cast

from sqlalchemy import Table, select, update

from app.services.audit import GENESIS, entry_hash, format_at
from sync.protocol import AuditAnchor, AuditEntryOut
from sync.server.db import Database
from sync.server.models import AuditAnchor as AnchorRow
from sync.server.models import ServerAuditEntry

_ENTRY = cast(Table, ServerAuditEntry.__table__)
_ANCHOR = cast(Table, AnchorRow.__table__)


class AuditBreak(Exception):
    def __init__(self, seq: int) -> None:
        super().__init__(f"audit trail of this device does not continue at entry #{seq}")
        self.seq = seq


@dataclass(frozen=True)
class Anchored:
    anchor: AuditAnchor
    broken_at: int | None  # the first entry refused, if any


def _hash_of(entry: AuditEntryOut, at: str) -> str:
    return entry_hash(
        entry.prev_hash,
        entry.seq,
        at,
        entry.user_login,
        entry.table_name,
        entry.record_id,
        entry.action,
        entry.field,
        entry.old_value,
        entry.new_value,
    )


def _hashes_right(entry: AuditEntryOut) -> bool:
    """The entry's hash over its content; `at` as sent, or as the laptop formats it."""
    if _hash_of(entry, entry.at) == entry.hash:
        return True
    try:
        moment = datetime.fromisoformat(entry.at)
    except ValueError:
        return False
    normalised = format_at(moment if moment.tzinfo else moment.replace(tzinfo=UTC))
    return normalised != entry.at and _hash_of(entry, normalised) == entry.hash


def anchor(db: Database, device_id: str, entries: list[AuditEntryOut], now: datetime) -> Anchored:
    with db.write() as connection:
        head = connection.execute(
            select(AnchorRow.seq, AnchorRow.hash)
            .where(AnchorRow.device_id == device_id)
            .with_for_update()
        ).first()
        had_head = head is not None
        seq, digest = (head[0], head[1]) if head else (0, GENESIS)
        old = [e.seq for e in entries if e.seq <= seq]
        anchored: dict[int, tuple[str, str]] = {}
        if old:
            found = connection.execute(
                select(
                    ServerAuditEntry.seq, ServerAuditEntry.prev_hash, ServerAuditEntry.hash
                ).where(
                    ServerAuditEntry.device_id == device_id,
                    ServerAuditEntry.seq.between(min(old), max(old)),
                )
            )
            anchored = {n: (prev, digest) for n, prev, digest in found}
        new: list[dict[str, Any]] = []
        broken_at: int | None = None
        for entry in entries:
            if entry.seq <= seq and not new:
                same = anchored.get(entry.seq) == (entry.prev_hash, entry.hash)
                if same and _hashes_right(entry):  # the hash covers the content
                    continue
                broken_at = entry.seq
                break
            if entry.seq != seq + 1:
                broken_at = seq + 1
                break
            if entry.prev_hash != digest or not _hashes_right(entry):
                broken_at = entry.seq
                break
            new.append({"device_id": device_id, **entry.model_dump(), "received_at": now})
            seq, digest = entry.seq, entry.hash
        if new:
            connection.execute(_ENTRY.insert(), new)
            values = {"seq": seq, "hash": digest, "updated_at": now}
            if had_head:
                connection.execute(
                    update(AnchorRow).where(AnchorRow.device_id == device_id).values(**values)
                )
            else:
                connection.execute(_ANCHOR.insert(), [{"device_id": device_id, **values}])
    return Anchored(AuditAnchor(device_id=device_id, seq=seq, hash=digest), broken_at)
