"""The server's chain check: every device's anchored trail, and every branch a fork set
aside, re-hashed and re-linked entry by entry (`python -m sync.server verify-audit`).

Clean means: the anchored trail runs from #1 to the recorded head without a gap, each
entry links to the one before and hashes to what it says; each set-aside branch goes on
from its fork point (an entry the device's trails hold), is linked and hashed the same
way and ends at the head it had when it was set aside. A fork is no fault, it is
reported beside the trail it left.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Connection, Row, Table, func, select

from app.domain.audit_chain import ENTRY_FIELDS, GENESIS
from sync.protocol import AuditEntryOut
from sync.server.audit import hashes_right
from sync.server.db import Database
from sync.server.models import AuditAnchor as AnchorRow
from sync.server.models import AuditFork, AuditSetAside, ServerAuditEntry

_ENTRY = cast(Table, ServerAuditEntry.__table__)
_SET_ASIDE = cast(Table, AuditSetAside.__table__)
_FORK = cast(Table, AuditFork.__table__)


@dataclass(frozen=True)
class ForkFound:
    fork_seq: int  # the last entry both branches hold
    old_seq: int  # the head of the branch set aside
    set_aside: int  # how many of its entries are kept
    user_name: str
    created_at: datetime
    problem: str | None


@dataclass(frozen=True)
class DeviceTrail:
    device_id: str
    entries: int  # on the anchored trail
    head: int
    problem: str | None
    forks: list[ForkFound] = field(default_factory=list)
    # Entries whose `user_login` is not the account that anchored them: colleagues on
    # one laptop, or a claim to look at. Not a break: the chain itself is sound.
    claimed_for_others: int = 0

    @property
    def clean(self) -> bool:
        return self.problem is None and all(f.problem is None for f in self.forks)


def _walk(rows: Iterable[AuditEntryOut], first: int, prev: str) -> tuple[int, str, str | None]:
    """(entries, last hash, first problem) of a run of entries from seq `first`."""
    count, expected = 0, first
    for entry in rows:
        if entry.seq != expected:
            return count, prev, f"entry #{expected} missing (the next is #{entry.seq})"
        if entry.prev_hash != prev:
            return count, prev, f"entry #{entry.seq} does not link to the one before"
        if not hashes_right(entry):
            return count, prev, f"entry #{entry.seq}: hash mismatch (altered)"
        count, expected, prev = count + 1, expected + 1, entry.hash
    return count, prev, None


def _entries(connection: Connection, table: Table, *where: Any) -> Iterator[AuditEntryOut]:
    columns = [table.c[name] for name in ENTRY_FIELDS]
    for row in connection.execute(select(*columns).where(*where).order_by(table.c.seq)):
        yield AuditEntryOut(**dict(zip(ENTRY_FIELDS, row, strict=True)))


def _held(connection: Connection, device_id: str, seq: int, digest: str) -> bool:
    """Whether one of the device's trails (anchored or set aside) holds that entry."""
    if seq == 0:
        return digest == GENESIS
    for table in (_ENTRY, _SET_ASIDE):
        c = table.c
        held = select(c.seq).where(c.device_id == device_id, c.seq == seq, c.hash == digest)
        if connection.execute(held.limit(1)).first() is not None:
            return True
    return False


def _check_fork(connection: Connection, fork: Row[Any]) -> ForkFound:
    entries = _entries(connection, _SET_ASIDE, _SET_ASIDE.c.fork_id == fork.id)
    count, last, problem = _walk(entries, fork.fork_seq + 1, fork.fork_hash)
    if problem is None and (fork.fork_seq + count, last) != (fork.old_seq, fork.old_hash):
        problem = f"the set-aside branch ends at #{fork.fork_seq + count}, not #{fork.old_seq}"
    if problem is None and not _held(connection, fork.device_id, fork.fork_seq, fork.fork_hash):
        problem = f"the fork point #{fork.fork_seq} is in none of the device's trails"
    return ForkFound(fork.fork_seq, fork.old_seq, count, fork.user_name, fork.created_at, problem)


def check_trails(db: Database, device_id: str | None = None) -> list[DeviceTrail]:
    """Every device's trail (or one device's), anchored and set aside."""
    trails = []
    with db.read() as connection:
        query = select(AnchorRow.device_id, AnchorRow.seq, AnchorRow.hash)
        if device_id is not None:
            query = query.where(AnchorRow.device_id == device_id)
        for device, head, head_hash in connection.execute(query.order_by(AnchorRow.device_id)):
            entries = _entries(connection, _ENTRY, _ENTRY.c.device_id == device)
            count, last, problem = _walk(entries, 1, GENESIS)
            if problem is None and (count, last) != (head, head_hash):
                problem = f"the trail ends at #{count}, the recorded head is #{head}"
            forks = connection.execute(
                select(_FORK).where(_FORK.c.device_id == device).order_by(_FORK.c.id)
            ).all()
            found = [_check_fork(connection, fork) for fork in forks]
            c = _ENTRY.c
            others = connection.execute(
                select(func.count()).where(
                    c.device_id == device, c.anchored_by != "", c.user_login != c.anchored_by
                )
            ).scalar_one()
            trails.append(DeviceTrail(device, count, head, problem, found, int(others)))
    return trails
