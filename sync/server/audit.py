"""Anchoring each laptop's audit trail on the server.

A laptop's trail is hash-chained (app/services/audit.py, by the rule of
app/domain/audit_chain.py) but nothing on the laptop
stops someone from recomputing the whole chain. Once entries are anchored here, the
laptop can only add to them: each pushed entry must be the next one (seq = head + 1),
link to the anchored head's hash, and hash to what it claims (recomputed with the
chain's own `entry_hash`). Entries already anchored are skipped when they are the
same (a retried push) and refused when they differ: that is a rewritten trail. The
valid entries before a refused one are kept, so the anchor holds as much as is sound.

A fork. A laptop restored from a backup older than its last sync goes on from an
older entry than the anchored head, and writes new entries under sequence numbers the
server already holds. It then declares the fork point: the last entry both hold
(`AuditPush.fork`). When that entry is on the anchored trail and the pushed entries
continue from it, the anchored entries after it are moved to `audit_set_aside` under
an `audit_fork` row (who, when, the old head) and the new branch is anchored from the
fork point. Nothing anchored is ever deleted: the old branch is the evidence of what
the laptop held before, and the chain check (audit_check.py) names every fork.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, cast

from sqlalchemy import Connection, Table, delete, insert, literal, select, update

from app.domain.audit_chain import ENTRY_FIELDS, GENESIS, entry_hash, format_at
from sync.protocol import AuditAnchor, AuditEntryOut, AuditForkPoint
from sync.server.db import Database
from sync.server.models import AuditAnchor as AnchorRow
from sync.server.models import AuditFork, AuditSetAside, ServerAuditEntry

_ENTRY = cast(Table, ServerAuditEntry.__table__)
_ANCHOR = cast(Table, AnchorRow.__table__)
_SET_ASIDE = cast(Table, AuditSetAside.__table__)


class AuditBreak(Exception):
    def __init__(self, seq: int, reason: str = "") -> None:
        message = f"audit trail of this device does not continue at entry #{seq}"
        super().__init__(f"{message}: {reason}" if reason else message)
        self.seq = seq


@dataclass(frozen=True)
class Anchored:
    anchor: AuditAnchor
    broken_at: int | None  # the first entry refused, if any
    reason: str = ""  # why, when it is not plain "does not continue"
    forked: bool = False  # this push set an anchored branch aside


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


def hashes_right(entry: AuditEntryOut) -> bool:
    """The entry's hash over its content; `at` as sent, or as the laptop formats it."""
    if _hash_of(entry, entry.at) == entry.hash:
        return True
    try:
        moment = datetime.fromisoformat(entry.at)
    except ValueError:
        return False
    normalised = format_at(moment if moment.tzinfo else moment.replace(tzinfo=UTC))
    return normalised != entry.at and _hash_of(entry, normalised) == entry.hash


def _live_hash(connection: Connection, device_id: str, seq: int) -> str | None:
    """The hash of anchored entry `seq` (GENESIS for 0); None when there is none."""
    if seq == 0:
        return GENESIS
    return connection.execute(
        select(ServerAuditEntry.hash).where(
            ServerAuditEntry.device_id == device_id, ServerAuditEntry.seq == seq
        )
    ).scalar()


def anchored_at(db: Database, device_id: str, seq: int | None) -> AuditAnchor | None:
    """Entry `seq` of the device's anchored trail as (seq, hash), or the head when
    `seq` is None (0 and 64 zeros before anything is anchored); None: no such entry."""
    with db.read() as connection:
        if seq is None:
            head = connection.execute(
                select(AnchorRow.seq, AnchorRow.hash).where(AnchorRow.device_id == device_id)
            ).first()
            return AuditAnchor(
                device_id=device_id,
                seq=int(head[0]) if head else 0,
                hash=str(head[1]) if head else GENESIS,
            )
        digest = _live_hash(connection, device_id, seq)
    return None if digest is None else AuditAnchor(device_id=device_id, seq=seq, hash=digest)


def _fork_refused(
    connection: Connection, device_id: str, fork: AuditForkPoint, entries: list[AuditEntryOut]
) -> str:
    """Why the declared fork cannot be taken ("" when it can)."""
    if fork.seq < 0 or _live_hash(connection, device_id, fork.seq) != fork.hash:
        return f"the fork point #{fork.seq} is not an entry of the anchored trail"
    first = entries[0] if entries else None
    if first is None or first.seq != fork.seq + 1 or first.prev_hash != fork.hash:
        return f"the entries do not go on from the fork point #{fork.seq}"
    if not hashes_right(first):
        return "hash mismatch (the entry was altered)"
    return ""


def _already_there(connection: Connection, device_id: str, entries: list[AuditEntryOut]) -> bool:
    """The first entry is anchored as it is: a retried fork push, taken already."""
    first = entries[0] if entries else None
    return first is not None and _live_hash(connection, device_id, first.seq) == first.hash


def _set_aside(
    connection: Connection,
    device_id: str,
    fork: AuditForkPoint,
    old: tuple[int, str],
    user_name: str,
    now: datetime,
) -> None:
    """Moves the anchored entries after the fork point under a new fork row."""
    values = {
        "device_id": device_id,
        "fork_seq": fork.seq,
        "fork_hash": fork.hash,
        "old_seq": old[0],
        "old_hash": old[1],
        "user_name": user_name,
        "created_at": now,
    }
    inserted = connection.execute(insert(AuditFork).values(**values)).inserted_primary_key
    assert inserted is not None  # a single-row insert always has its key
    fork_id = inserted[0]
    after = (ServerAuditEntry.device_id == device_id, ServerAuditEntry.seq > fork.seq)
    columns = ["device_id", *ENTRY_FIELDS, "received_at", "anchored_by"]
    copied = select(literal(fork_id), *(_ENTRY.c[name] for name in columns)).where(*after)
    connection.execute(_SET_ASIDE.insert().from_select(["fork_id", *columns], copied))
    connection.execute(delete(ServerAuditEntry).where(*after))


def anchor(
    db: Database,
    device_id: str,
    entries: list[AuditEntryOut],
    now: datetime,
    fork: AuditForkPoint | None = None,
    user_name: str = "",
) -> Anchored:
    with db.write() as connection:
        head = connection.execute(
            select(AnchorRow.seq, AnchorRow.hash)
            .where(AnchorRow.device_id == device_id)
            .with_for_update()
        ).first()
        had_head = head is not None
        seq, digest = (head[0], head[1]) if head else (0, GENESIS)
        forked = False
        if (
            fork is not None
            and fork.seq < seq
            and not _already_there(connection, device_id, entries)
        ):
            refused = _fork_refused(connection, device_id, fork, entries)
            if refused:
                current = AuditAnchor(device_id=device_id, seq=seq, hash=digest)
                return Anchored(current, fork.seq + 1, refused)
            _set_aside(connection, device_id, fork, (seq, digest), user_name, now)
            seq, digest, forked = fork.seq, fork.hash, True
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
                if same and hashes_right(entry):  # the hash covers the content
                    continue
                broken_at = entry.seq
                break
            if entry.seq != seq + 1:
                broken_at = seq + 1
                break
            if entry.prev_hash != digest or not hashes_right(entry):
                broken_at = entry.seq
                break
            new.append(
                {
                    "device_id": device_id,
                    **entry.model_dump(),
                    "received_at": now,
                    "anchored_by": user_name,  # who pushed it, beside what it claims
                }
            )
            seq, digest = entry.seq, entry.hash
        if new:
            connection.execute(_ENTRY.insert(), new)
        if new or forked:
            values = {"seq": seq, "hash": digest, "updated_at": now}
            if had_head:
                connection.execute(
                    update(AnchorRow).where(AnchorRow.device_id == device_id).values(**values)
                )
            else:
                connection.execute(_ANCHOR.insert(), [{"device_id": device_id, **values}])
    return Anchored(AuditAnchor(device_id=device_id, seq=seq, hash=digest), broken_at, "", forked)
