"""The audit trail: every change to a synced record, field by field, hash-chained.

Design. A listener on the Store's sessionmaker (never on sessions that are not
Beamside's) runs *after* each flush, when the record rows are written and SQLite's
write lock is held, so reading the chain head there cannot race another writer. It
turns the flush's inserts, updates and soft deletes of `SyncedMixin` rows into
`audit_entry` rows, inserted in the same transaction with one executemany: a
rolled-back save leaves no entry, and a 2,000-row flush costs one head read and one
insert statement. ORM bulk statements on synced tables, which skip the flush, are
refused rather than left unaudited.

Each entry's `hash` links it to the one before by the chain's rule, which the sync
server checks alike and so lives in the shared kernel (`app/domain/audit_chain.py`).
`seq` is set explicitly (last + 1), so the hash covers it and a removed entry shows as
a gap.

A chain alone cannot show that its *newest* entries were removed, so the head is
also kept outside the table: the last seq goes into SQLite's `PRAGMA user_version`
(a header field for the application's use, written in the same transaction).
Removing the tail then leaves `user_version` ahead of the table. The limit: nothing
here holds a secret, so someone who edits the file on purpose can rewrite the whole
chain (or the tail and the pragma together); the offline log is tamper-evident
against edits that do not recompute it, and only an outside copy of the head (the
sync server) can close that.

A fork. A laptop restored from a backup older than its last sync writes new entries
under sequence numbers the server has already anchored for entries the restore lost.
The sync client finds the last entry both hold and records the fork as an entry of
the chain itself (`record_fork`: table `audit_entry`, action `fork`, old value the
server's head set aside, new value the fork point), so the event is hashed, anchored
with the new branch and read back by `verify-audit` (`fork_events`).

Raw SQL stays here (issue 18 §5): `PRAGMA user_version` (the anchored head) and the
table-valued `pragma_user_version()` have no Core form, an empty UPDATE takes SQLite's
write lock, and the entries are inserted with the driver's executemany inside every
save's flush (benchmarks/work_orders.py).
"""

from __future__ import annotations

import json
import weakref
from collections.abc import Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any, Protocol

from sqlalchemy import Table, event, func, select
from sqlalchemy.engine import Connection, Row
from sqlalchemy.orm import (
    InstanceState,
    Mapper,
    ORMExecuteState,
    Session,
    UOWTransaction,
    class_mapper,
    sessionmaker,
)
from sqlalchemy.orm.attributes import instance_state

from app.db.base import SyncedMixin, utcnow
from app.db.fieldwork import AuditEntry
from app.domain.audit_chain import (
    ENTRY_FIELDS,
    GENESIS,
    canonical,
    canonical_json,
    chain_hashes,
    entry_hash,
    format_at,
)


class Store(Protocol):
    """What the trail's readers need of a Store: a read-only session. A protocol, so
    the Store (which installs this module's hook) and this module import one way."""

    def reading(self) -> AbstractContextManager[Session]: ...

    def session(self) -> AbstractContextManager[Session]: ...


USER_LOGIN = "user_login"  # key in Session.info: who acts in this session
# Already in the entry's who/when (or its record_id): logging them is noise.
NOISE_FIELDS = frozenset({"id", "created_at", "updated_at", "updated_by", "sync_clocks"})

INSERT, UPDATE, DELETE = "insert", "update", "delete"
# A record a generation made (a year's plan's visits): one entry holds all its first
# values, as JSON under the field WHOLE_RECORD, after one entry for the generation
# itself. `history` shows it as the per-field entries a flush would have written.
GENERATE, WHOLE_RECORD = "generate", "*"
FORK = "fork"  # the action of the entry that records a fork of the trail
FORK_TABLE, FORK_FIELD = "audit_entry", "anchored_head"

_TABLE = AuditEntry.__table__
_COLUMNS = ", ".join(ENTRY_FIELDS)
_INSERT = f"INSERT INTO audit_entry ({_COLUMNS}) VALUES ({', '.join('?' * len(ENTRY_FIELDS))})"
# One statement reads the head and every entry, so a save committed meanwhile cannot
# make them disagree (pysqlite opens no transaction for reads). The LEFT JOIN still
# yields one row when the trail is empty; `at` comes as stored text, so a tampered
# time is reported, not a crash.
_WALK = (
    f"SELECT head.user_version AS head, {_COLUMNS} FROM pragma_user_version() AS head "
    "LEFT JOIN audit_entry ON 1 ORDER BY seq"
)
_shape_of: dict[Mapper[Any], tuple[str, tuple[str, ...]]] = {}

Change = tuple[str, str, str, str, str | None, str | None]  # table, id, action, field, old, new


class AuditBypassError(RuntimeError):
    """A bulk statement would change synced rows without passing the audit trail."""


@dataclass(frozen=True)
class AuditProblem:
    """The first entry the chain check rejects, and why (English, for logs and CLI)."""

    seq: int
    reason: str

    def __str__(self) -> str:
        return f"audit trail broken at entry #{self.seq}: {self.reason}"


@dataclass(frozen=True)
class HistoryRow:
    """One changed field of a record, as the history dialog shows it."""

    seq: int
    at: datetime
    user_login: str
    action: str
    field: str
    old_value: str | None
    new_value: str | None


# --- recording ------------------------------------------------------------------------


def install(factory: sessionmaker[Session]) -> None:
    """Audits every session `factory` makes (idempotent; other sessions are untouched)."""
    # Not `event.contains`: SQLAlchemy's registry is keyed by id(), so a new factory at
    # the address of a collected one looked installed and went unaudited.
    if factory.class_ not in _INSTALLED:
        event.listen(factory, "after_flush", _record_flush)
        event.listen(factory, "do_orm_execute", _refuse_bulk_writes)
        _INSTALLED.add(factory.class_)


_INSTALLED: weakref.WeakSet[type] = weakref.WeakSet()  # Session classes of factories


def _refuse_bulk_writes(state: ORMExecuteState) -> None:
    """ORM bulk INSERT/UPDATE/DELETE skip the flush, so they would skip the trail too."""
    if not (state.is_insert or state.is_update or state.is_delete):
        return
    mapper = state.bind_mapper
    if mapper is not None and issubclass(mapper.class_, SyncedMixin):
        raise AuditBypassError(f"bulk write to {mapper.local_table} bypasses the audit trail")


def _record_flush(session: Session, _context: UOWTransaction) -> None:
    """Appends the flush's changes; runs after its writes, before history is reset."""
    changes = list(_changes(session))
    if changes:
        _append(session, changes)


def record_inserts(session: Session, model: type[SyncedMixin], rows: list[dict[str, Any]]) -> None:
    """Audits rows of `model` a bulk Core insert wrote in this session's transaction
    (the flush never sees them): the entries the flush appends for the same rows added
    as new objects, in the same order. Call it after the insert, which holds SQLite's
    write lock, so no other save appends between the head read and these entries."""
    table, fields = _mapper_shape(class_mapper(model))
    changes = [c for values in rows for c in _whole_values(table, fields, values, INSERT)]
    if changes:
        _append(session, changes)


def record_generated(
    session: Session,
    table: str,
    records: list[tuple[str, str]],
    generation: tuple[str, str, dict[str, Any]],
) -> None:
    """Audits records a generation wrote in bulk: first one entry for the generation,
    `generation` = (what was generated, its id, what it was made from: the new value,
    as JSON), then per record of `table`, given as (id, all its first values as one
    JSON object in the sync wire form, app/db/codec.py: exactly what the outbox queued
    for it), one entry of action GENERATE, field WHOLE_RECORD. A plan of 20,000 visits
    is 20,000 entries instead of 230,000; later changes to a record are audited field
    by field by the flush as ever. Call it after the insert (the write lock is held)."""
    kind, generation_id, made_from = generation
    changes: list[Change] = [
        (kind, generation_id, GENERATE, WHOLE_RECORD, None, canonical_json(made_from))
    ]
    changes += [(table, i, GENERATE, WHOLE_RECORD, None, values) for i, values in records]
    _append(session, changes)


def record_deletes(
    session: Session, model: type[SyncedMixin], deleted: list[tuple[str, Any]]
) -> None:
    """Audits soft deletes a bulk Core update wrote: per (record id, its `deleted_at`)
    the entry the flush appends when only `deleted_at` (and the stamps) changed."""
    table, _fields = _mapper_shape(class_mapper(model))
    changes: list[Change] = [
        (table, record_id, DELETE, "deleted_at", None, canonical(at)) for record_id, at in deleted
    ]
    if changes:
        _append(session, changes)


def _append(session: Session, changes: list[Change]) -> None:
    """Appends `changes` to the chain, at one time, as the session's user."""
    connection = session.connection()
    seq, prev = _head(connection)
    at = utcnow()
    at_text = format_at(at)
    login = str(session.info.get(USER_LOGIN, ""))
    # The column type's own conversion, once: the stored text is exactly what the ORM
    # would write, and rows go to the driver as plain tuples (no per-row processing).
    to_db = _TABLE.c.at.type.bind_processor(connection.dialect)
    at_db = to_db(at) if to_db else at
    numbered = [(seq + i, *change) for i, change in enumerate(changes, 1)]
    digests = list(chain_hashes(prev, at_text, login, numbered))
    links = [prev, *digests[:-1]]
    rows = [
        (n, at_db, login, table_name, record_id, action, field, old, new, link, digest)
        for (n, table_name, record_id, action, field, old, new), link, digest in zip(
            numbered, links, digests, strict=True
        )
    ]
    connection.exec_driver_sql(_INSERT, rows)
    # An int, never user input: safe to format. Same transaction as the rows above.
    connection.exec_driver_sql(f"PRAGMA user_version = {int(numbered[-1][0])}")


def _head(connection: Connection) -> tuple[int, str]:
    """(seq, hash) of the newest entry, read once per flush."""
    row = connection.execute(
        select(_TABLE.c.seq, _TABLE.c.hash).order_by(_TABLE.c.seq.desc()).limit(1)
    ).first()
    return (row[0], row[1]) if row else (0, GENESIS)


def _shape(state: InstanceState[Any]) -> tuple[str, tuple[str, ...]]:
    return _mapper_shape(state.mapper)


def _mapper_shape(mapper: Mapper[Any]) -> tuple[str, tuple[str, ...]]:
    """(table name, audited fields) of a mapped class, worked out once per class."""
    shape = _shape_of.get(mapper)
    if shape is None:
        table = mapper.local_table
        assert isinstance(table, Table)  # synced models are plain one-table classes
        keys = (p.key for p in mapper.column_attrs)
        shape = _shape_of[mapper] = (table.name, tuple(k for k in keys if k not in NOISE_FIELDS))
    return shape


def _empty(value: Any) -> bool:
    return value is None or value == "" or (isinstance(value, list | dict) and not value)


def _changes(session: Session) -> Iterator[Change]:
    """(table, id, action, field, old, new) for each synced row the flush wrote."""
    for obj in session.new:
        if isinstance(obj, SyncedMixin):
            yield from _whole(instance_state(obj), INSERT)
    for obj in session.dirty:
        if isinstance(obj, SyncedMixin):
            yield from _updated(instance_state(obj))
    for obj in session.deleted:  # a hard delete, which Beamside avoids: log what was lost
        if isinstance(obj, SyncedMixin):
            yield from _whole(instance_state(obj), DELETE)


def _whole(state: InstanceState[Any], action: str) -> Iterator[Change]:
    """Every non-empty field of a row that appeared (new values) or vanished (old ones)."""
    # flushed values, defaults included; no reload, no SQL
    return _whole_values(*_shape(state), state.dict, action)


def _whole_values(
    table: str, fields: tuple[str, ...], values: dict[str, Any], action: str
) -> Iterator[Change]:
    record_id = values["id"]
    for key in fields:
        value = values.get(key)
        if not _empty(value):
            text = canonical(value)
            if action == INSERT:
                yield table, record_id, action, key, None, text
            else:
                yield table, record_id, action, key, text, None


def _updated(state: InstanceState[Any]) -> list[Change]:
    """The changed fields of a row; setting `deleted_at` makes the change a delete."""
    table, fields = _shape(state)
    attrs = state.attrs
    changed: list[tuple[str, Any, Any]] = []
    for key in fields:
        history = attrs[key].history
        if history.has_changes():
            old = history.deleted[0] if history.deleted else None
            new = history.added[0] if history.added else None
            changed.append((key, old, new))
    deleting = any(k == "deleted_at" and old is None and new is not None for k, old, new in changed)
    action = DELETE if deleting else UPDATE
    record_id = state.dict["id"]
    return [
        (table, record_id, action, k, canonical(old), canonical(new)) for k, old, new in changed
    ]


@dataclass(frozen=True)
class ForkEvent:
    """A fork of the trail as its entry records it."""

    seq: int  # the entry that records it
    at: datetime
    fork_seq: int  # the last entry this laptop and the server's anchored trail both hold
    fork_hash: str
    set_aside_seq: int  # the head of the server's branch that was set aside
    set_aside_hash: str


def _point(seq: int, digest: str) -> str:
    return canonical_json({"seq": seq, "hash": digest})


def record_fork(
    store: Store, fork_seq: int, fork_hash: str, set_aside_seq: int, set_aside_hash: str
) -> ForkEvent:
    """Appends the entry that records a fork, linked and hashed like any other."""
    with store.session() as session:
        connection = session.connection()
        # An empty write first: SQLite takes its write lock, so no flush of another
        # session can append between the head read and this insert.
        connection.exec_driver_sql("UPDATE audit_entry SET seq = seq WHERE 0")
        seq, prev = _head(connection)
        seq += 1
        at = utcnow()
        login = str(session.info.get(USER_LOGIN, ""))
        old, new = _point(set_aside_seq, set_aside_hash), _point(fork_seq, fork_hash)
        record = str(fork_seq)
        digest = entry_hash(
            prev, seq, format_at(at), login, FORK_TABLE, record, FORK, FORK_FIELD, old, new
        )
        to_db = _TABLE.c.at.type.bind_processor(connection.dialect)
        row = (seq, to_db(at) if to_db else at, login, FORK_TABLE, record, FORK, FORK_FIELD)
        connection.exec_driver_sql(_INSERT, [(*row, old, new, prev, digest)])
        connection.exec_driver_sql(f"PRAGMA user_version = {int(seq)}")
    return ForkEvent(seq, at, fork_seq, fork_hash, set_aside_seq, set_aside_hash)


def fork_events(store: Store) -> list[ForkEvent]:
    """Every fork the trail records, oldest first."""
    t = _TABLE
    with store.reading() as session:
        rows = session.execute(
            select(t.c.seq, t.c.at, t.c.old_value, t.c.new_value)
            .where(t.c.table_name == FORK_TABLE, t.c.action == FORK)
            .order_by(t.c.seq)
        ).all()
    events = []
    for seq, at, old, new in rows:
        try:
            kept, aside = json.loads(new), json.loads(old)
            event_ = ForkEvent(
                seq, at, int(kept["seq"]), str(kept["hash"]), int(aside["seq"]), str(aside["hash"])
            )
        except (TypeError, ValueError, KeyError):
            continue  # not one we wrote; the chain check judges the entry itself
        events.append(event_)
    return events


# --- reading and checking ----------------------------------------------------------------


def count_entries(store: Store) -> int:
    with store.reading() as session:
        return int(session.scalar(select(func.count()).select_from(_TABLE)) or 0)


@dataclass(frozen=True)
class ChainReport:
    """How many entries were checked, and the first problem (None: the chain is intact)."""

    entries: int
    problem: AuditProblem | None


def verify_chain(store: Store) -> AuditProblem | None:
    """The first entry that was altered, removed or not linked; None when all is intact."""
    return check_chain(store).problem


def check_chain(store: Store) -> ChainReport:
    """Walks the whole chain and the recorded head as one snapshot."""
    with store.reading() as session:
        result = session.connection().exec_driver_sql(_WALK)
        head, count, prev = 0, 0, GENESIS
        for row in result:
            head = int(row.head or 0)
            if row.seq is None:  # the one row of an empty trail
                break
            problem = _check_entry(row, count + 1, prev)
            if problem is not None:
                return ChainReport(count, problem)
            prev, count = row.hash, count + 1
    if head > count:
        reason = f"missing (the trail ended at #{head}; the newest entries were removed)"
        return ChainReport(count, AuditProblem(count + 1, reason))
    if head < count:
        reason = f"not covered by the recorded chain head (#{head}); added outside Beamside"
        return ChainReport(count, AuditProblem(head + 1, reason))
    return ChainReport(count, None)


def _check_entry(row: Row[Any], expected: int, prev: str) -> AuditProblem | None:
    if row.seq != expected:
        if row.seq > expected:
            return AuditProblem(expected, f"missing (the next entry is #{row.seq})")
        return AuditProblem(row.seq, f"out of sequence (expected #{expected})")
    if row.prev_hash != prev:
        before = f"entry #{row.seq - 1}" if row.seq > 1 else "the start of the trail"
        return AuditProblem(row.seq, f"does not link to {before} (one of them was altered)")
    try:
        at_text = format_at(datetime.fromisoformat(row.at).replace(tzinfo=UTC))
    except (TypeError, ValueError):
        return AuditProblem(row.seq, f"unreadable time {row.at!r}")
    digest = entry_hash(
        prev,
        row.seq,
        at_text,
        row.user_login,
        row.table_name,
        row.record_id,
        row.action,
        row.field,
        row.old_value,
        row.new_value,
    )
    if digest != row.hash:
        return AuditProblem(row.seq, "hash mismatch (the entry was altered)")
    return None


def history(store: Store, table_name: str, record_id: str) -> list[HistoryRow]:
    """Every recorded change of one record, newest first; a record a generation made
    shows its first values field by field, as a record created by hand does."""
    t = _TABLE
    with store.reading() as session:
        rows = session.execute(
            select(t.c.seq, t.c.at, t.c.user_login, t.c.action, t.c.field)
            .add_columns(t.c.old_value, t.c.new_value)
            .where(t.c.table_name == table_name, t.c.record_id == record_id)
            .order_by(t.c.seq.desc())
        )
        shown: list[HistoryRow] = []
        for row in rows:
            entry = HistoryRow(*row)
            if entry.field == WHOLE_RECORD and entry.action == GENERATE:
                shown += whole_record_fields(entry)
            else:
                shown.append(entry)
        return shown


def whole_record_fields(entry: HistoryRow) -> list[HistoryRow]:
    """A generated record's one entry as a row per non-empty field (the stamps left
    out, as for a record created by hand), values written as the per-field entries
    write them; an entry that does not read as a JSON object stays as it is."""
    try:
        values = json.loads(entry.new_value or "")
    except ValueError:
        return [entry]
    if not isinstance(values, dict):
        return [entry]
    return [
        replace(entry, field=str(key), new_value=canonical(value))
        for key, value in values.items()
        if key not in NOISE_FIELDS and not _empty(value)
    ]
