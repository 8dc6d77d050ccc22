"""The stock ledger through a real sync server (issue 12): two laptops of one engineer
take the kit's last unit offline, both succeed, and the office sees the shortfall;
the server lets an engineer move only their own kit, lets only the service manager
decide a stocktake, and never lets a stored movement change."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from app.db.fieldwork import Part
from app.db.models import User
from app.db.schema import open_database
from app.db.stock import StockLocation, StockMovement
from app.db.stocktake import StockIssue, Stocktake
from app.domain.enums import LocationKind, MovementKind, StocktakeState, UserRole
from app.domain.signatures import strokes_from_json
from app.paths import backups_dir, database_path
from app.services.stock import issue, stocktake, views
from app.services.stock.issue import IssueDraft, IssueLine
from app.services.stock.ledger import MovementDraft, record_movement
from app.services.store import Store
from sync.client.round import SyncClient
from tests.factories import SCRIBBLE, hospital_with_unit, work_order
from tests.sync_helpers import PASSWORD, Api, edit, insert

pytest_plugins = ["tests.sync_fixtures"]
K = MovementKind
STROKES = strokes_from_json(SCRIBBLE)


def _laptop(folder: Path, login: str, api: Api) -> tuple[Store, SyncClient]:
    folder.mkdir()
    opened = open_database(database_path(folder), backups_dir(folder))
    store = Store(opened.engine, folder, login)
    client = SyncClient(store, "http://testserver", login, http=api.client, allow_http=True)
    client.login(PASSWORD)
    return store, client


def _office_with_a_kit(office: Store) -> tuple[str, str, list[str]]:
    """Users, a fuse, the warehouse and Zhang Wei's kit holding one fuse, two jobs."""
    with office.session() as session:
        for login, role in (("li.na", UserRole.SERVICE_MANAGER), ("zhang.wei", UserRole.ENGINEER),
                            ("sun.li", UserRole.PARTS_ADMINISTRATOR)):  # fmt: skip
            session.add(User(display_name=login, login=login, role=role))
        fuse = Part(part_number="FUSE-10A", description="保险丝 10A", unit="pc")
        warehouse = StockLocation(kind=LocationKind.WAREHOUSE, name_zh="仓库", name_en="Store")
        kit = StockLocation(
            kind=LocationKind.KIT, name_zh="张伟的备件箱", name_en="kit", holder_login="zhang.wei"
        )
        session.add_all([fuse, warehouse, kit])
        session.flush()
        ids = fuse.id, warehouse.id, kit.id
    fuse_id, warehouse_id, kit_id = ids
    record_movement(office, MovementDraft(K.RECEIPT, fuse_id, 1, to_location_id=warehouse_id))
    record_movement(
        office,
        MovementDraft(K.TRANSFER, fuse_id, 1, from_location_id=warehouse_id, to_location_id=kit_id),
    )
    _, _, unit = hospital_with_unit(office)
    orders = [work_order(office, unit, f"故障 {i}").id for i in range(2)]
    return fuse_id, kit_id, orders


def test_two_laptops_take_the_kits_last_unit_offline_and_the_office_sees_it(
    api: Api, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BEAMSIDE_TOKEN_STORE", "file")
    api.user("li.na", "service_manager")
    api.user("zhang.wei", "engineer")
    office, office_sync = _laptop(tmp_path / "office", "li.na", api)
    fuse, kit, orders = _office_with_a_kit(office)
    office_sync.sync()
    laptop, laptop_sync = _laptop(tmp_path / "laptop", "zhang.wei", api)
    tablet, tablet_sync = _laptop(tmp_path / "tablet", "zhang.wei", api)
    laptop_sync.sync()
    tablet_sync.sync()
    # Offline, each takes the kit's one fuse for a different job: neither is refused.
    done = [
        issue.issue_parts(
            store, IssueDraft(order, kit, [IssueLine(fuse, 1)], "张伟", STROKES, "zhang.wei")
        )
        for store, order in ((laptop, orders[0]), (tablet, orders[1]))
    ]
    assert [d.below_zero for d in done] == [[], []]  # each saw the one fuse
    laptop_sync.sync()
    tablet_sync.sync()
    office_sync.sync()
    with office.reading() as session:
        assert views.on_hand_at(session, kit) == {fuse: -1.0}
        issues = session.scalars(select(StockMovement).where(StockMovement.kind == K.ISSUE))
        assert sorted(m.work_order_id or "" for m in issues) == sorted(orders)
        assert len(session.scalars(select(StockIssue)).all()) == 2
    shortfall = views.stock_page(office, low_only=True)
    assert [
        (r.location.id, r.part.part_number, r.quantity, r.negative) for r in shortfall.rows
    ] == [(kit, "FUSE-10A", -1.0, True)]
    for store in (office, laptop, tablet):
        store.engine.dispose()


def test_a_stocktake_counted_and_approved_reaches_every_laptop(
    api: Api, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BEAMSIDE_TOKEN_STORE", "file")
    api.user("li.na", "service_manager")
    api.user("sun.li", "parts_administrator")
    office, office_sync = _laptop(tmp_path / "office", "li.na", api)
    fuse, kit, _ = _office_with_a_kit(office)
    office_sync.sync()
    counter, counter_sync = _laptop(tmp_path / "parts", "sun.li", api)
    counter_sync.sync()
    take = stocktake.begin(counter, kit)
    stocktake.set_count(counter, take, fuse, 0, "装机时用掉未登记")
    stocktake.submit(counter, take)
    counter_sync.sync()
    office_sync.sync()
    assert stocktake.approve(office, take, "同意") == 1
    office_sync.sync()
    counter_sync.sync()
    with counter.reading() as session:
        assert session.scalar(select(Stocktake.state)) is StocktakeState.APPROVED
        assert views.on_hand_at(session, kit) == {fuse: 0.0}
    for store in (office, counter):
        store.engine.dispose()


LOCATION = {"name_zh": "箱", "name_en": "kit", "active": True}


def test_the_server_lets_engineers_move_only_their_own_kit(api: Api) -> None:
    office = api.office()
    mine = insert("stock_location", {**LOCATION, "kind": "kit", "holder_login": "zhang.wei"})
    theirs = insert("stock_location", {**LOCATION, "kind": "kit", "holder_login": "wang.fang"})
    part = insert("part", {"part_number": "P-1", "description": "x", "unit": "pc"})
    assert {r["status"] for r in office.push(mine, theirs, part)} == {"applied"}
    engineer = api.session("zhang.wei", "engineer")

    def movement(kind: str, source: str | None, target: str | None) -> dict[str, Any]:
        return insert(
            "stock_movement",
            {"kind": kind, "part_id": part["id"], "quantity": 1.0, "from_location_id": source,
             "to_location_id": target, "work_order_id": None, "serial": "", "reason": "",
             "reference": "", "by_login": "zhang.wei", "at": "2026-12-01T08:00:00+00:00"},
        )  # fmt: skip

    own = movement("transfer", mine["id"], None)
    answers = engineer.push(
        own,
        movement("transfer", theirs["id"], mine["id"]),
        movement("receipt", None, mine["id"]),
    )
    assert [a["status"] for a in answers] == ["applied", "rejected", "rejected"]
    assert answers[1]["reason"] == (
        "permission: the role 'engineer' may only move stock of a kit it holds"
    )
    [changed] = engineer.push(
        edit("stock_movement", own["id"], {"quantity": 5.0}, {"quantity": own["hlc"]})
    )
    assert changed["status"] == "rejected" and changed["reason"].startswith("append-only")


def test_the_server_lets_only_the_service_manager_decide_a_stocktake(api: Api) -> None:
    office = api.office()
    place = insert("stock_location", {**LOCATION, "kind": "warehouse", "holder_login": ""})
    assert [r["status"] for r in office.push(place)] == ["applied"]
    counter = api.session("sun.li", "parts_administrator")
    take = insert(
        "stocktake",
        {"number": "STK-2026-AAAA-00001", "location_id": place["id"], "state": "submitted",
         "counted_by": "sun.li", "started_at": "2026-12-01T08:00:00+00:00",
         "submitted_at": None, "decided_by": "", "decided_at": None, "decision_note": ""},
    )  # fmt: skip
    assert [r["status"] for r in counter.push(take)] == ["applied"]
    [own] = counter.push(
        edit("stocktake", take["id"], {"state": "approved"}, {"state": take["hlc"]})
    )
    assert own["status"] == "rejected"
    assert own["reason"] == "permission: the role 'parts_administrator' may not decide a stocktake"
    [decided] = office.push(
        edit("stocktake", take["id"], {"state": "approved"}, {"state": take["hlc"]})
    )
    assert decided["status"] == "applied"
    engineer = api.session("zhang.wei", "engineer")
    [refused] = engineer.push(
        edit("stocktake", take["id"], {"decision_note": "x"}, {"decision_note": take["hlc"]})
    )
    assert refused["status"] == "rejected"
