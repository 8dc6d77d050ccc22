"""Saving a generated plan in bulk stores and queues for sync exactly what the audited
session stores and queues for the same visits added one by one (each visit's sync clocks
stamped); its audit record is one entry for the generation (who, when, for which year,
from how many units) and one per visit holding all its first values, which the history
shows field by field; every later change to a visit is audited field by field."""

from __future__ import annotations

import json
from datetime import UTC, datetime
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


def _raw_rows(store: Store, ids: set[str]) -> dict[str, tuple[Any, ...]]:
    """The visits as SQLite holds them (storage form, every column but the clocks)."""
    columns = [c.name for c in PlanVisit.__table__.columns if c.name != "sync_clocks"]
    names = ", ".join(columns)
    with store.engine.connect() as con:
        rows = con.exec_driver_sql(f"SELECT {names} FROM plan_visit").all()
    return {r[0]: tuple(r) for r in rows if r[0] in ids}


def test_a_saved_plan_is_queued_and_stored_exactly_as_the_session_would(store: Store) -> None:
    people(store)
    unit_under_contract(store)
    unit_under_contract(store, "南京鼓楼医院", "H195678", hours=[8.0] * 5 + [0.0, 0.0])
    audit_from, outbox_from = _heads(store)
    made = planning.generate_plan(store, 2027)
    assert made.visits == 16
    generated, queued = _entries(store, audit_from), _outbox(store, outbox_from)
    assert [(q[0], q[2]) for q in queued] == [("plan_visit", "insert")] * 16
    # The generation's audit record: one entry for it, one per visit (tests below)
    assert len(generated) == 1 + 16
    assert audit.verify_chain(store) is None

    # The same visits, as rows, added to an audited session one by one (what the
    # plan's save did before): after removing them unaudited, the replay's outbox and
    # stored bytes must match what the bulk save wrote.
    columns = [c.key for c in PlanVisit.__table__.columns if c.key != "sync_clocks"]
    ids = {q[1] for q in queued}
    bulk_stored = _raw_rows(store, ids)
    with store.engine.begin() as con:
        stored = [
            dict(r._mapping)
            for r in con.execute(
                select(*(PlanVisit.__table__.c[k] for k in columns)).order_by(text("rowid"))
            )
        ]
        clocks = con.execute(select(PlanVisit.__table__.c.sync_clocks)).scalars().all()
        con.execute(delete(PlanVisit))
    assert len(stored) == 16 and all(json.loads(c).keys() == {"*"} for c in clocks)
    assert {r["id"] for r in stored} == ids
    audit_from, outbox_from = _heads(store)
    with store.session() as session:
        session.add_all(PlanVisit(**values) for values in stored)
    assert _outbox(store, outbox_from) == queued
    assert _raw_rows(store, ids) == bulk_stored
    # what a visit added by hand records, field by field: the generated visit's one
    # entry holds the same values, and its history shows them alike
    by_hand = _entries(store, audit_from)
    assert len(by_hand) == 16 * 12  # every field but the empty ones and the stamps
    for visit_id in ids:
        fields = {(e[4], e[6]) for e in by_hand if e[2] == visit_id}
        [entry] = [e for e in generated if e[2] == visit_id]
        shown = audit.whole_record_fields(
            audit.HistoryRow(1, datetime.now(UTC), *entry[:1], *entry[3:])
        )
        assert {(r.field, r.new_value) for r in shown} == fields


def test_a_generated_plan_is_audited_as_one_generation_and_an_entry_per_visit(
    store: Store,
) -> None:
    people(store)
    unit_under_contract(store)
    audit_from, outbox_from = _heads(store)
    made = planning.generate_plan(store, 2027)
    generated, queued = _entries(store, audit_from), _outbox(store, outbox_from)
    first, *visits = generated
    assert first == (
        "boss",
        "plan_generation",
        "2027",
        "generate",
        "*",
        None,
        '{"kept":0,"replaced":0,"units":1,"visits":8,"year":2027}',
    )
    assert made.visits == len(visits) == 8
    # per visit: its values exactly as queued for sync, under the visit's id
    assert [(e[1], e[2], e[3], e[4], e[5]) for e in visits] == [
        ("plan_visit", q[1], "generate", "*", None) for q in queued
    ]
    assert [json.loads(e[6]) for e in visits] == [q[3] for q in queued]
    visit = json.loads(visits[0][6])
    assert visit["year"] == 2027 and visit["state"] == "proposed"
    assert visit["updated_by"] == "boss" and visit["planned_on"].startswith("2027-")
    assert audit.verify_chain(store) is None

    # the year's plan history: who generated it, when, from what
    history = planning.generation_history(store, 2027)
    assert {(r.user_login, r.action) for r in history} == {("boss", "generate")}
    assert {(r.field, r.new_value) for r in history} == {
        ("kept", "0"),
        ("replaced", "0"),
        ("units", "1"),
        ("visits", "8"),
        ("year", "2027"),
    }


def test_a_change_after_generation_is_still_audited_field_by_field(store: Store) -> None:
    ids = people(store)
    unit_under_contract(store)
    planning.generate_plan(store, 2027)
    with store.reading() as session:
        visit = session.scalars(select(PlanVisit).order_by(PlanVisit.planned_on)).first()
        assert visit is not None
        visit_id, day = visit.id, visit.planned_on
    audit_from, _ = _heads(store)
    moved_to = day.replace(day=28) if day.day != 28 else day.replace(day=27)
    planning.reschedule(store, visit_id, moved_to, "医院要求改期", engineer_id=ids["wang.lei"])
    changed = _entries(store, audit_from)
    assert {e[4] for e in changed} >= {"planned_on", "reschedule_reason"}
    assert all(e[2] == visit_id and e[3] == "update" for e in changed)
    assert ("planned_on", day.isoformat(), moved_to.isoformat()) in {
        (e[4], e[5], e[6]) for e in changed
    }
    assert ("reschedule_reason", "", "医院要求改期") in {(e[4], e[5], e[6]) for e in changed}
    planning.approve(store, 2027, [visit_id])
    approved = _entries(store, audit_from)[len(changed) :]
    assert {e[4] for e in approved} == {"state", "approved_at", "approved_by"}
    assert ("state", "proposed", "approved") in {(e[4], e[5], e[6]) for e in approved}
    assert audit.verify_chain(store) is None

    # the visit's history: the approval and the move field by field, newest first,
    # then its first values as the generation recorded them
    history = planning.visit_history(store, visit_id)
    actions = [r.action for r in history]
    firsts = actions.index("generate")
    assert set(actions[:firsts]) == {"update"} and set(actions[firsts:]) == {"generate"}
    assert history[0].field in {"state", "approved_at", "approved_by"}
    first_values = {r.field: r.new_value for r in history[firsts:]}
    assert first_values["planned_on"] == day.isoformat()
    assert first_values["state"] == "proposed"
    assert "id" not in first_values and "updated_at" not in first_values


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
    assert [e[3] for e in generated[: len(generated) - 8]] == ["generate"] * (1 + 8)
    assert json.loads(generated[0][6])["replaced"] == 8
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
