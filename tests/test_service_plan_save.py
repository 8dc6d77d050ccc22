"""Saving a generated plan in bulk records exactly what the audited session records for
the same visits added one by one: the same audit entries, field by field and in order,
and the same outbox changes, with each visit's sync clocks stamped."""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, select, text, update

from app.db.fieldwork import AuditEntry
from app.db.service_plan import PlanVisit
from app.db.syncing import OutboxChange
from app.domain.audit_chain import chain_hashes, entry_hash
from app.services import audit
from app.services.service_plan import planning
from app.services.store import Store
from tests.plan_helpers import people, unit_under_contract


def _entries(store: Store, after: int) -> list[tuple[Any, ...]]:
    a = AuditEntry
    with store.reading() as session:
        rows = session.execute(
            select(a.user_login, a.table_name, a.record_id, a.action, a.field)
            .add_columns(a.old_value, a.new_value)
            .where(a.seq > after)
            .order_by(a.seq)
        )
        return [tuple(r) for r in rows]


def _outbox(store: Store, after: int) -> list[tuple[Any, ...]]:
    o = OutboxChange
    with store.reading() as session:
        rows = session.execute(
            select(o.table_name, o.row_id, o.op, o.fields, o.base)
            .where(o.seq > after)
            .order_by(o.seq)
        )
        return [tuple(r) for r in rows]


def _heads(store: Store) -> tuple[int, int]:
    with store.reading() as session:
        return (
            session.scalar(select(AuditEntry.seq).order_by(AuditEntry.seq.desc())) or 0,
            session.scalar(select(OutboxChange.seq).order_by(OutboxChange.seq.desc())) or 0,
        )


def test_a_saved_plan_is_audited_and_queued_exactly_as_the_session_would(store: Store) -> None:
    people(store)
    unit_under_contract(store)
    unit_under_contract(store, "南京鼓楼医院", "H195678", hours=[8.0] * 5 + [0.0, 0.0])
    audit_from, outbox_from = _heads(store)
    made = planning.generate_plan(store, 2027)
    assert made.visits == 16
    generated, queued = _entries(store, audit_from), _outbox(store, outbox_from)
    assert len(generated) == 16 * 12  # every field but the empty ones and the stamps
    assert [e[3] for e in generated] == ["insert"] * len(generated)
    assert {e[0] for e in generated} == {"boss"}
    assert [(q[0], q[2]) for q in queued] == [("plan_visit", "insert")] * 16
    assert audit.verify_chain(store) is None

    # The same visits, as rows, added to an audited session one by one (what the
    # plan's save did before): after removing them unaudited, the replay's trail and
    # outbox must match what the bulk save wrote.
    columns = [c.key for c in PlanVisit.__table__.columns if c.key != "sync_clocks"]
    with store.engine.begin() as con:
        stored = [
            dict(r._mapping)
            for r in con.execute(
                select(*(PlanVisit.__table__.c[k] for k in columns)).order_by(text("rowid"))
            )
        ]
        clocks = con.execute(select(PlanVisit.__table__.c.sync_clocks)).scalars().all()
        con.execute(delete(PlanVisit))
    assert len(stored) == 16 and all(clocks)
    assert {r["id"] for r in stored} == {q[1] for q in queued}
    audit_from, outbox_from = _heads(store)
    with store.session() as session:
        session.add_all(PlanVisit(**values) for values in stored)
    assert _entries(store, audit_from) == generated
    assert _outbox(store, outbox_from) == queued


def test_many_entries_hash_as_the_chain_rule_says() -> None:
    entries = [
        (7, "plan_visit", "id-1", "insert", "note", None, 'a "quoted" \\ 中文\n\x01'),
        (8, "complaint", "id-2", "update", "what", "旧", None),
    ]
    first = entry_hash("0" * 64, 7, "2027-01-01T00:00:00.000000+00:00", "li.na", *entries[0][1:])
    second = entry_hash(first, 8, "2027-01-01T00:00:00.000000+00:00", "li.na", *entries[1][1:])
    assert list(chain_hashes("0" * 64, "2027-01-01T00:00:00.000000+00:00", "li.na", entries)) == [
        first,
        second,
    ]


def test_regenerating_removes_the_proposed_visits_as_the_session_would(store: Store) -> None:
    people(store)
    unit_under_contract(store)
    planning.generate_plan(store, 2027)
    table = PlanVisit.__table__
    with store.engine.connect() as con:
        before = {r.id: r.sync_clocks for r in con.execute(select(table.c.id, table.c.sync_clocks))}
    audit_from, outbox_from = _heads(store)
    store.user_login = "li.na"  # another user: updated_by changes too
    with store.engine.begin() as con:  # let li.na plan for this test: make her a manager
        con.execute(text("UPDATE user SET role = 'service_manager' WHERE login = 'li.na'"))
    made = planning.generate_plan(store, 2027)
    assert made.visits == 8
    generated, queued = _entries(store, audit_from), _outbox(store, outbox_from)
    removed = [e for e in generated if e[3] == "delete"]
    assert len(removed) == 8 and [e[4] for e in removed] == ["deleted_at"] * 8
    assert [e[3] for e in generated[: len(generated) - 8]] == ["insert"] * (len(generated) - 8)
    updates = [q for q in queued if q[2] == "update"]
    assert {q[1] for q in updates} == set(before) == {e[2] for e in removed}
    assert all(set(q[3]) == {"deleted_at", "updated_by", "updated_at"} for q in updates)
    assert audit.verify_chain(store) is None

    # The same removal through the audited session, from the rows as they were:
    with store.engine.connect() as con:
        gone = {
            r.id: r.deleted_at
            for r in con.execute(
                select(table.c.id, table.c.deleted_at).where(table.c.id.in_(before))
            )
        }
    with store.engine.begin() as con:
        for row_id, clocks in before.items():
            con.execute(
                update(PlanVisit)
                .where(table.c.id == row_id)
                .values(deleted_at=None, updated_by="boss", sync_clocks=clocks)
            )
    audit_from, outbox_from = _heads(store)
    with store.session() as session:
        for visit in session.scalars(select(PlanVisit).where(PlanVisit.id.in_(before))):
            visit.deleted_at, visit.updated_by = gone[visit.id], "li.na"
    # (the session orders changed rows by its identity map, a set: compared sorted)
    assert sorted(_entries(store, audit_from)) == sorted(removed)
    replayed = sorted(_outbox(store, outbox_from), key=lambda q: q[1])
    updates.sort(key=lambda q: q[1])
    stamps = ("updated_at",)  # set by the flush's own clock: compared by presence

    def without_stamp(rows: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
        return [
            (t, i, op, {k: v for k, v in f.items() if k not in stamps}, b)
            for t, i, op, f, b in rows
        ]

    assert without_stamp(replayed) == without_stamp(updates)
