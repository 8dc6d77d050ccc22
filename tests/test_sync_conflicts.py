"""Re-applying and dismissing sync conflicts, and the Sync page's plain-data queries,
on a real Store with conflict rows written the way the sync client writes them."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import func, select

from app.db.fieldwork import AuditEntry, RepairRecord
from app.db.models import WorkOrder
from app.db.syncing import OutboxChange, SyncConflict
from app.domain.clock import FieldConflict
from app.domain.enums import Priority
from app.domain.sync_failure import SyncFailure
from app.services.signing import signatures as signing
from app.services.signing.record_lock import RecordLocked
from app.services.store import Store
from app.services.sync import sync_conflicts, sync_status
from sync.client.apply import Applied
from sync.client.round import _save_conflicts
from tests import factories
from tests.test_signing import engineer, signature

OTHER_CLOCK = "1780000000000-0000-aaaaaaaaaaaa"
WON_CLOCK = "1780000000001-0000-bbbbbbbbbbbb"


def add_conflict(
    store: Store,
    table: str,
    row_id: str,
    field: str,
    lost: object,
    won: object,
    kind: str = "concurrent",
    reason: str = "",
    lost_clock: str = OTHER_CLOCK,
) -> int:
    """Stores one conflict through the client's own writer; returns its id."""
    conflict = FieldConflict(field, "concurrent", lost, lost_clock, won, WON_CLOCK)
    with store.engine.connect() as connection:
        if kind == "concurrent" and not reason:
            applied = Applied(conflicts=[(table, row_id, conflict)])
            assert _save_conflicts(connection, [], applied) == 1
        else:
            assert _save_conflicts(connection, [(table, row_id, kind, reason, conflict)], Applied())
        connection.commit()
    with store.reading() as session:
        return int(session.scalar(select(func.max(SyncConflict.id))) or 0)


def outbox_rows(store: Store, table: str, row_id: str) -> list[dict[str, object]]:
    with store.reading() as session:
        rows = session.scalars(
            select(OutboxChange)
            .where(OutboxChange.table_name == table, OutboxChange.row_id == row_id)
            .order_by(OutboxChange.seq)
        )
        return [dict(r.fields) for r in rows]


@pytest.fixture
def order_id(store: Store) -> str:
    _, _, unit_id = factories.hospital_with_unit(store)
    return factories.work_order(store, unit_id, description="他们的描述").id


def test_reapply_writes_the_lost_value_as_a_new_audited_edit(store: Store, order_id: str) -> None:
    conflict_id = add_conflict(
        store, "work_order", order_id, "description", "我的描述", "他们的描述"
    )
    before = len(outbox_rows(store, "work_order", order_id))
    with store.reading() as session:
        audit_before = session.scalar(select(func.count()).select_from(AuditEntry)) or 0

    result = sync_conflicts.reapply(store, conflict_id)

    assert result.changed and not result.restored
    with store.reading() as session:
        order = session.get(WorkOrder, order_id)
        assert order is not None and order.description == "我的描述"
        assert order.updated_by == "tester"
        conflict = session.get(SyncConflict, conflict_id)
        assert conflict is not None and conflict.resolution == "reapplied"
        assert conflict.resolved_at is not None
        entries = session.scalars(select(AuditEntry).where(AuditEntry.field == "description"))
        assert [e.new_value for e in entries][-1] == "我的描述"
        assert (session.scalar(select(func.count()).select_from(AuditEntry)) or 0) > audit_before
    sent = outbox_rows(store, "work_order", order_id)
    assert len(sent) == before + 1
    assert sent[-1]["description"] == "我的描述"


def test_wire_values_become_the_python_values_the_model_wants(store: Store, order_id: str) -> None:
    when = datetime(2026, 4, 1, 6, 15, 30, 123456, tzinfo=UTC)
    reported = add_conflict(
        store, "work_order", order_id, "reported_at", when.isoformat(), "2026-03-02T08:30:00+00:00"
    )
    priority = add_conflict(store, "work_order", order_id, "priority", "urgent", "normal")
    sync_conflicts.reapply(store, reported)
    sync_conflicts.reapply(store, priority)
    with store.reading() as session:
        order = session.get(WorkOrder, order_id)
        assert order is not None
        assert order.reported_at == when and order.priority is Priority.URGENT
    sent = outbox_rows(store, "work_order", order_id)
    assert sent[-2]["reported_at"] == "2026-04-01T06:15:30.123456+00:00"
    assert sent[-1]["priority"] == "urgent"


def test_a_signed_record_is_refused_and_the_conflict_stays_open(
    store: Store, repaired: str
) -> None:
    signing.sign(store, repaired, engineer())
    signing.sign(store, repaired, signature())
    with store.reading() as session:
        record = session.scalars(select(RepairRecord)).one()
        record_id = record.id
    conflict_id = add_conflict(
        store,
        "repair_record",
        record_id,
        "cause",
        "我的原因",
        "离子泵控制器故障",
        "signed",
        "signed: the work order is signed",
    )
    before = outbox_rows(store, "repair_record", record_id)
    with pytest.raises(RecordLocked) as refused:
        sync_conflicts.reapply(store, conflict_id)
    assert "amend" in refused.value.errors[0].message
    with store.reading() as session:
        assert session.scalars(select(RepairRecord)).one().cause == "离子泵控制器故障"
        conflict = session.get(SyncConflict, conflict_id)
        assert conflict is not None and conflict.resolved_at is None
    assert outbox_rows(store, "repair_record", record_id) == before
    # Once an amendment is open, the same conflict can be re-applied.
    signing.open_amendment(store, repaired, "原因写错")
    sync_conflicts.reapply(store, conflict_id)
    with store.reading() as session:
        assert session.scalars(select(RepairRecord)).one().cause == "我的原因"


def test_dismiss_keeps_the_record_and_closes_the_conflict(store: Store, order_id: str) -> None:
    conflict_id = add_conflict(
        store, "work_order", order_id, "description", "我的描述", "他们的描述"
    )
    before = outbox_rows(store, "work_order", order_id)
    sync_conflicts.dismiss(store, conflict_id)
    with store.reading() as session:
        order = session.get(WorkOrder, order_id)
        assert order is not None and order.description == "他们的描述"
        conflict = session.get(SyncConflict, conflict_id)
        assert conflict is not None and conflict.resolution == "dismissed"
    assert outbox_rows(store, "work_order", order_id) == before
    with pytest.raises(sync_conflicts.ConflictRefused) as refused:
        sync_conflicts.reapply(store, conflict_id)
    assert refused.value.errors[0].message == sync_conflicts.ALREADY


def test_reapplying_to_a_record_deleted_elsewhere_brings_it_back(
    store: Store, order_id: str
) -> None:
    with store.session() as session:
        order = session.get(WorkOrder, order_id)
        assert order is not None
        order.deleted_at = datetime(2026, 4, 2, tzinfo=UTC)
    deleted = add_conflict(
        store,
        "work_order",
        order_id,
        "description",
        "我的描述",
        None,
        "deleted",
        "deleted: the record was deleted on another device",
    )
    result = sync_conflicts.reapply(store, deleted)
    assert result.restored
    with store.reading() as session:
        order = session.get(WorkOrder, order_id)
        assert order is not None and order.deleted_at is None
        assert order.description == "我的描述"
    assert outbox_rows(store, "work_order", order_id)[-1]["deleted_at"] is None


def test_a_concurrent_conflict_on_a_deleted_record_is_refused(store: Store, order_id: str) -> None:
    conflict_id = add_conflict(store, "work_order", order_id, "description", "我的描述", "x")
    with store.session() as session:
        order = session.get(WorkOrder, order_id)
        assert order is not None
        order.deleted_at = datetime(2026, 4, 2, tzinfo=UTC)
    with pytest.raises(sync_conflicts.ConflictRefused) as refused:
        sync_conflicts.reapply(store, conflict_id)
    assert refused.value.errors[0].message == sync_conflicts.DELETED_SINCE


def test_a_unique_clash_is_refused_and_leaves_the_conflict_open(
    store: Store, order_id: str
) -> None:
    _, _, unit_id = factories.hospital_with_unit(store, "河南省肿瘤医院", "H200001")
    other = factories.work_order(store, unit_id)
    conflict_id = add_conflict(store, "work_order", order_id, "number", other.number, "x")
    with pytest.raises(sync_conflicts.ConflictRefused) as refused:
        sync_conflicts.reapply(store, conflict_id)
    assert refused.value.errors[0].message == sync_conflicts.CLASHES
    with store.reading() as session:
        conflict = session.get(SyncConflict, conflict_id)
        assert conflict is not None and conflict.resolved_at is None


# --- the plain-data queries ---------------------------------------------------------------


def test_status_counts_pending_changes_and_reads_the_state(store: Store, order_id: str) -> None:
    state = sync_status.status(store)
    assert state.pending >= 4  # hospital, site, model, unit, work order
    assert not state.configured and state.last_sync_at is None and state.last_error == ""
    sync_status.configure(store, "http://office:8765/", " li.na ")
    state = sync_status.status(store)
    assert (state.server, state.user) == ("http://office:8765", "li.na")
    assert state.configured


def test_conflicts_are_labelled_with_their_record(store: Store, order_id: str) -> None:
    with store.session() as session:
        node = "cccccccccccc"
        from app.db.syncing import SyncState

        session.merge(SyncState(key="node", value=node))
    add_conflict(store, "work_order", order_id, "priority", "urgent", "normal")
    mine = add_conflict(
        store,
        "work_order",
        order_id,
        "description",
        "我的",
        "他们的",
        "rejected",
        "permission: the role 'engineer' may not change 'work_order' records",
        lost_clock=f"1780000000000-0001-{node}",
    )
    rows = sync_status.conflicts(store)
    assert [r.field for r in rows] == ["priority", "description"]
    with store.reading() as session:
        number = session.scalar(select(WorkOrder.number).where(WorkOrder.id == order_id))
    assert {r.record_name for r in rows} == {number}
    assert rows[0].record_kind == "Work order" and rows[0].field_label == "Priority"
    assert rows[0].lost_value is Priority.URGENT and rows[0].won_value is Priority.NORMAL
    assert not rows[0].lost_here and rows[1].lost_here
    assert rows[1].reason.startswith("permission:")
    assert sync_status.status(store).open_conflicts == 2
    sync_conflicts.dismiss(store, mine)
    assert [r.id for r in sync_status.conflicts(store, resolved=True)] == [mine]
    assert sync_status.status(store).open_conflicts == 1


def test_split_error() -> None:
    assert sync_status.split_error("unreachable: cannot reach x: refused") == (
        SyncFailure.UNREACHABLE,
        "cannot reach x: refused",
    )
    assert sync_status.split_error("") == (None, "")
    assert sync_status.split_error("odd") == (None, "odd")
    assert sync_status.split_error("nonsense: no such kind") == (None, "nonsense: no such kind")
    assert sync_status.split_error("busy: hashing") == (SyncFailure.BUSY, "hashing")  # 503


def test_the_history_list_reads_sync_run(store: Store) -> None:
    """The list's light Core table matches the model, and lists rounds newest first."""
    from app.db.syncing import SyncRun
    from app.services import lists

    model = SyncRun.__table__.c
    for name, col in sync_status._RUN.c.items():
        assert type(col.type) is type(model[name].type), name
    with store.session() as session:
        for minute, error in ((1, ""), (2, "unreachable: cannot reach x")):
            session.add(
                SyncRun(started_at=datetime(2026, 5, 1, 8, minute, tzinfo=UTC), error=error)
            )
    rows = lists.fetch_rows(store, sync_status.SYNC_HISTORY, lists.ListRequest(), 0, 10)
    assert [r[7] for r in rows] == ["unreachable: cannot reach x", ""]
    assert rows[0][1] == datetime(2026, 5, 1, 8, 2, tzinfo=UTC)
    assert [r.error for r in sync_status.history(store)] == ["unreachable: cannot reach x", ""]
    assert sync_status.run(store, int(rows[1][0])) == sync_status.history(store)[1]
