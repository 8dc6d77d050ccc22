"""The laptop's half of sync without a server: what the outbox captures, the clocks it
stamps, how pulled rows merge, and that rows from before sync still travel."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import select

from app.db import schema
from app.db.codec import synced_tables
from app.db.engine import make_engine
from app.db.models import Customer, WorkOrder
from app.domain.enums import HospitalGrade
from app.paths import backups_dir, database_path
from app.services.signing import record_lock
from app.services.store import Store
from app.services.sync import outbox
from sync.client.apply import apply_rows, pending_fields
from sync.protocol import ROW_CLOCK, RowState, make_hlc
from tests import factories
from tests.test_schema import alembic_config


def outbox_rows(store: Store) -> list[tuple[str, str, str, dict, dict]]:
    with store.reading() as session:
        rows = session.connection().exec_driver_sql(
            "SELECT table_name, row_id, op, fields, base FROM sync_outbox ORDER BY seq"
        )
        return [(t, i, op, json.loads(f), json.loads(b)) for t, i, op, f, b in rows]


def clocks_of(store: Store, table: str, row_id: str) -> dict[str, str]:
    with store.reading() as session:
        text = (
            session.connection()
            .exec_driver_sql(f'SELECT sync_clocks FROM "{table}" WHERE id = ?', (row_id,))
            .scalar()
        )
    return json.loads(text) if text else {}


def test_a_new_record_is_queued_whole_with_its_insert_clock(store: Store) -> None:
    customer, site, unit = factories.hospital_with_unit(store)
    rows = outbox_rows(store)
    assert [r[0] for r in rows] == ["customer", "site", "equipment_model", "equipment"]
    table, row_id, op, fields, base = rows[0]
    assert (table, row_id, op, base) == ("customer", customer, "insert", {})
    assert fields["name_zh"] == "江苏省肿瘤医院" and fields["grade"] == "3A"
    assert fields["created_at"].endswith("+00:00") and "sync_clocks" not in fields
    assert set(clocks_of(store, "customer", customer)) == {ROW_CLOCK}


def test_an_edit_queues_only_the_changed_fields_with_the_clock_they_had(store: Store) -> None:
    customer, _, _ = factories.hospital_with_unit(store)
    inserted = clocks_of(store, "customer", customer)[ROW_CLOCK]
    with store.session() as session:
        session.get_one(Customer, customer).region = "江苏"
    table, row_id, op, fields, base = outbox_rows(store)[-1]
    assert (table, row_id, op) == ("customer", customer, "update")
    assert set(fields) == {"region", "updated_at"} and fields["region"] == "江苏"
    assert base == {"region": inserted, "updated_at": inserted}
    clocks = clocks_of(store, "customer", customer)
    assert clocks["region"] > inserted and clocks[ROW_CLOCK] == inserted


def test_a_rolled_back_change_leaves_nothing_queued(store: Store) -> None:
    factories.hospital_with_unit(store)
    before = len(outbox_rows(store))
    with pytest.raises(RuntimeError), store.session() as session:
        session.add(Customer(name_zh="某医院", grade=HospitalGrade.GRADE_3A))
        session.flush()
        raise RuntimeError("the save failed")
    assert len(outbox_rows(store)) == before


def test_clocks_never_go_backwards_across_restarts(store: Store, data_dir: Path) -> None:
    factories.hospital_with_unit(store)
    first = max(r for r in _all_clocks(store))
    with store.reading() as session:  # the wall clock jumps back a day
        connection = session.connection()
        clock = outbox.load_clock(connection)
    assert clock.now(physical_ms=clock.wall_ms - 86_400_000) > first


def _all_clocks(store: Store) -> list[str]:
    with store.reading() as session:
        return [r[0] for r in session.connection().exec_driver_sql("SELECT hlc FROM sync_outbox")]


def test_clocks_are_not_part_of_a_signed_records_content(store: Store, repaired: str) -> None:
    with store.reading() as session:
        before = record_lock.content_hash(session, repaired)
    with store.session() as session:
        session.connection().exec_driver_sql(
            'UPDATE work_order SET sync_clocks = \'{"*":"x"}\' WHERE id = ?', (repaired,)
        )
    with store.reading() as session:
        assert record_lock.content_hash(session, repaired) == before


def test_the_codec_round_trips_every_kind_of_value(store: Store) -> None:
    _, _, unit = factories.hospital_with_unit(store)
    order = factories.work_order(store, unit)
    codec = synced_tables()["work_order"]
    with store.reading() as session:
        row = (
            session.connection()
            .exec_driver_sql(
                f"SELECT {', '.join(codec.columns)} FROM work_order WHERE id = ?", (order.id,)
            )
            .one()
        )
    stored = dict(zip(codec.columns, row, strict=True))
    wire = codec.row_to_wire(stored)
    assert wire["reported_at"].endswith("+00:00")
    back = {k: codec.to_storage[k](v) for k, v in wire.items()}
    assert back == stored
    when = datetime(2026, 3, 1, 8, 30, tzinfo=UTC)
    assert codec.to_wire["reported_at"](when) == "2026-03-01T08:30:00.000000+00:00"
    assert synced_tables()["equipment"].to_wire["clinical_hours"]("[10,10]") == [10, 10]


def _pulled(table: str, data: dict, clocks: dict[str, str], seq: int = 1) -> RowState:
    return RowState(table=table, id=data["id"], data=data, clocks=clocks, seq=seq)


def _wire(store: Store, table: str, row_id: str) -> dict:
    codec = synced_tables()[table]
    with store.reading() as session:
        row = (
            session.connection()
            .exec_driver_sql(
                f'SELECT {", ".join(codec.columns)} FROM "{table}" WHERE id = ?', (row_id,)
            )
            .one()
        )
    return codec.row_to_wire(dict(zip(codec.columns, row, strict=True)))


def _pushed(store: Store) -> None:
    """As if a sync had sent everything queued so far."""
    with store.session() as session:
        session.connection().exec_driver_sql("DELETE FROM sync_outbox")


def _apply(store: Store, rows: list[RowState]):  # type: ignore[no-untyped-def]
    with store.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA foreign_keys=OFF")  # as the sync client does
        applied = apply_rows(connection, rows, pending_fields(connection, rows))
        connection.commit()
        connection.exec_driver_sql("PRAGMA foreign_keys=ON")
    return applied


def test_a_pulled_row_is_inserted_with_its_clocks_and_queues_nothing(store: Store) -> None:
    customer, _, _ = factories.hospital_with_unit(store)
    data = _wire(store, "customer", customer) | {"id": "01900000-0000-7000-8000-000000000001"}
    data["name_zh"] = "北京协和医院"
    clock = make_hlc(1_700_000_000_000, 0, "aaaaaaaaaaaa")
    queued = len(outbox_rows(store))
    applied = _apply(store, [_pulled("customer", data, {ROW_CLOCK: clock})])
    assert applied.inserted == 1 and not applied.conflicts
    with store.reading() as session:
        assert session.get_one(Customer, data["id"]).name_zh == "北京协和医院"
    assert clocks_of(store, "customer", data["id"]) == {ROW_CLOCK: clock}
    assert len(outbox_rows(store)) == queued


def test_a_newer_remote_value_wins_and_an_unpushed_local_one_becomes_a_conflict(
    store: Store,
) -> None:
    customer, _, _ = factories.hospital_with_unit(store)
    _pushed(store)
    with store.session() as session:
        session.get_one(Customer, customer).region = "本地写的"
    data = _wire(store, "customer", customer)
    newer = make_hlc(9_999_999_999_999, 0, "bbbbbbbbbbbb")
    remote = dict(data, region="别处写的", address="南京市")
    clocks = clocks_of(store, "customer", customer) | {"region": newer, "address": newer}
    applied = _apply(store, [_pulled("customer", remote, clocks)])
    with store.reading() as session:
        row = session.get_one(Customer, customer)
        assert (row.region, row.address) == ("别处写的", "南京市")
    [(_, _, conflict)] = applied.conflicts
    assert (conflict.field, conflict.lost_value, conflict.won_value) == (
        "region",
        "本地写的",
        "别处写的",
    )


def test_an_older_remote_value_leaves_the_newer_local_edit_on_top(store: Store) -> None:
    customer, _, _ = factories.hospital_with_unit(store)
    _pushed(store)
    with store.session() as session:
        session.get_one(Customer, customer).region = "本地写的"
    data = _wire(store, "customer", customer)
    older = make_hlc(1_000_000_000_000, 0, "bbbbbbbbbbbb")
    clocks = clocks_of(store, "customer", customer) | {"region": older}
    applied = _apply(store, [_pulled("customer", dict(data, region="旧值"), clocks)])
    with store.reading() as session:
        assert session.get_one(Customer, customer).region == "本地写的"
    assert applied.updated == 0 and applied.conflicts == []  # stale, not a conflict


def test_rows_written_before_sync_existed_are_queued_once(data_dir: Path) -> None:
    """A database of the previous version (0003) with records upgrades, and its records
    go to the outbox as inserts before the first push — once."""
    path = database_path(data_dir)
    engine = make_engine(path)
    with engine.begin() as con:
        command.upgrade(alembic_config(con), "0003")
        stamp = "'2026-01-05 08:00:00.000000', '2026-01-05 08:00:00.000000', 'old'"
        con.exec_driver_sql(
            "INSERT INTO customer VALUES "
            f"('湖南省肿瘤医院', '', '', '湖南', '3A', 'c1', {stamp}, NULL)"
        )
    engine.dispose()
    opened = schema.open_database(path, backups_dir(data_dir))
    store = Store(opened.engine, data_dir, "tester")
    with store.engine.connect() as connection:
        assert outbox.enqueue_unclocked(connection) == 1
        assert outbox.enqueue_unclocked(connection) == 0
        connection.commit()
    [(table, row_id, op, fields, _)] = outbox_rows(store)
    assert (table, row_id, op, fields["region"]) == ("customer", "c1", "insert", "湖南")
    with store.reading() as session:
        assert session.scalars(select(WorkOrder)).all() == []
    opened.engine.dispose()


def test_a_pulled_copy_of_a_record_made_here_too_merges_into_one(store: Store) -> None:
    """Two laptops each added user li.na: the pulled one stays, the local one gives way,
    its assignments follow the survivor, and its values are kept as conflicts."""
    from app.db.models import User, WorkOrderAssignment

    _, _, unit = factories.hospital_with_unit(store)
    order = factories.work_order(store, unit)
    local_user = factories.engineer(store, login="li.na", name="李娜（本机）")
    with store.session() as session:
        session.add(WorkOrderAssignment(work_order_id=order.id, user_id=local_user))
    data = _wire(store, "user", local_user) | {
        "id": "01900000-0000-7000-8000-0000000000aa",
        "display_name": "李娜",
    }
    clock = make_hlc(1_700_000_000_000, 0, "cccccccccccc")
    _apply(store, [_pulled("user", data, {ROW_CLOCK: clock})])
    with store.reading() as session:
        users = session.scalars(select(User).where(User.login == "li.na")).all()
        assert [u.id for u in users] == [data["id"]]
        [assignment] = session.scalars(select(WorkOrderAssignment)).all()
        assert assignment.user_id == data["id"]
        conflicts = (
            session.connection()
            .exec_driver_sql("SELECT row_id, field, kind, lost_value FROM sync_conflict")
            .all()
        )
    assert (data["id"], "display_name", "duplicate", '"李娜（本机）"') in conflicts
    queued = [r for r in outbox_rows(store) if r[0] == "work_order_assignment"]
    assert queued[-1][2:4] == ("update", {"user_id": data["id"]})
    assert not [r for r in outbox_rows(store) if r[1] == local_user]


def test_a_pulled_work_order_with_a_number_issued_here_renames_ours(store: Store) -> None:
    _, _, unit = factories.hospital_with_unit(store)
    order = factories.work_order(store, unit)
    data = _wire(store, "work_order", order.id) | {"id": "01900000-0000-7000-8000-0000000000bb"}
    clock = make_hlc(1_700_000_000_000, 0, "cccccccccccc")
    _apply(store, [_pulled("work_order", data, {ROW_CLOCK: clock})])
    with store.reading() as session:
        ours = session.get_one(WorkOrder, order.id)
        theirs = session.get_one(WorkOrder, data["id"])
    assert theirs.number == order.number
    assert ours.number.startswith(order.number + "-") and ours.number != order.number
    table, row_id, op, fields, _ = outbox_rows(store)[-1]
    assert (table, row_id, op, fields) == (
        "work_order",
        order.id,
        "update",
        {"number": ours.number},
    )


def test_a_deleted_record_never_blocks_a_live_one_under_its_key(store: Store) -> None:
    """A repair record deleted here gives way to a live one pulled under the same work
    order; a pulled deleted one is not stored over the live one here."""
    from app.db.fieldwork import RepairRecord
    from app.domain.enums import TrialRunResult

    _, _, unit = factories.hospital_with_unit(store)
    order = factories.work_order(store, unit)
    with store.session() as session:
        ours = RepairRecord(
            work_order_id=order.id, cause="本机旧记录", trial_run_result=TrialRunResult.NOT_RUN
        )
        session.add(ours)
        session.flush()
        ours_id = ours.id
    _pushed(store)
    base = _wire(store, "repair_record", ours_id)
    clock = make_hlc(1_700_000_000_000, 0, "dddddddddddd")
    tombstone = base | {
        "id": "01900000-0000-7000-8000-0000000000dd",
        "deleted_at": "2026-11-21T08:00:00.000000+00:00",
    }
    _apply(store, [_pulled("repair_record", tombstone, {ROW_CLOCK: clock})])
    with store.reading() as session:
        assert [r.id for r in session.scalars(select(RepairRecord))] == [ours_id]
    with store.session() as session:  # now ours is deleted, and a live one arrives
        session.get_one(RepairRecord, ours_id).deleted_at = datetime(2026, 11, 22, tzinfo=UTC)
    live = base | {"id": "01900000-0000-7000-8000-0000000000ee", "cause": "别处的新记录"}
    _apply(store, [_pulled("repair_record", live, {ROW_CLOCK: clock})])
    with store.reading() as session:
        rows = session.scalars(select(RepairRecord)).all()
        assert [(r.id, r.cause) for r in rows] == [(live["id"], "别处的新记录")]


def test_a_runs_fit_exception_travels_and_an_older_laptops_run_arrives_without_one(
    store: Store,
) -> None:
    """The reason a template not made for the unit was used syncs like any field; a run
    pushed by a laptop from before the field existed is accepted and lands with none."""
    from app.db.fieldwork import ChecklistRun
    from app.services.checklists import checklist_runs
    from sync.server.catalog import synced_tables as server_tables

    _, _, unit = factories.hospital_with_unit(store, model=("Accuray", "CyberKnife S7"))
    order = factories.work_order(store, unit)
    reason = "物理师要求按 TG-142 复核激光"
    run_id = checklist_runs.start_run(
        store, order.id, "linac_qa_daily_tg142", "srs_sbrt", fit_exception=reason
    )
    queued = [r for r in outbox_rows(store) if r[0] == "checklist_run"]
    assert [(r[1], r[2], r[3]["fit_exception"]) for r in queued] == [(run_id, "insert", reason)]
    spec = server_tables()["checklist_run"]
    assert "fit_exception" in spec.columns and "fit_exception" not in spec.required
    older = _wire(store, "checklist_run", run_id) | {"id": "01900000-0000-7000-8000-0000000000a1"}
    del older["fit_exception"]
    clock = make_hlc(1_700_000_000_000, 0, "aaaaaaaaaaaa")
    applied = _apply(store, [_pulled("checklist_run", older, {ROW_CLOCK: clock})])
    assert applied.inserted == 1 and not applied.conflicts
    with store.reading() as session:
        assert session.get_one(ChecklistRun, older["id"]).fit_exception == ""
        assert session.get_one(ChecklistRun, run_id).fit_exception == reason
