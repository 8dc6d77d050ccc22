"""A signature pushed with the signer's cursor: content edits from other laptops the
signer had not seen are reverted and kept as `signed` conflicts (docs/sync.md)."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select

from sync.server.models import SyncChange, SyncConflict
from tests.sync_helpers import (
    TIME,
    Api,
    Session,
    edit,
    insert,
    repair_record,
    signature,
    state,
    work_order,
)

pytest_plugins = ["tests.sync_fixtures"]


def _job(laptop: Session) -> tuple[dict[str, Any], dict[str, Any], int]:
    order = insert("work_order", work_order(state="completed"))
    record = insert("repair_record", repair_record(order["id"], cause="ion pump"))
    laptop.api.office().push(order)
    laptop.push(record)
    return order, record, laptop.pull()["cursor"]


def _rows(laptop: Session) -> dict[str, Any]:
    return {r["id"]: r for r in laptop.pull_all()}


def test_edits_the_signer_had_not_seen_are_reverted(api: Api) -> None:
    signer = api.session("li.na", "engineer")
    other = api.session("wang.lei", "engineer")
    order, record, cursor = _job(signer)  # the signer's laptop has seen this much
    unseen = edit("repair_record", record["id"], {"cause": "controller"}, {"cause": record["hlc"]})
    added = insert("finding", {"work_order_id": order["id"], "description": "late",
                               "severity": "minor"})  # fmt: skip
    # A workflow stamp (customer signed needs the signature, which is not there yet).
    finished = "2026-11-20T09:00:00.000000+00:00"
    moved = edit("work_order", order["id"], {"finished_at": finished}, {})
    assert [r["status"] for r in other.push(unseen, added, moved)] == ["applied"] * 3

    result = signer.push(insert("signature", signature(order["id"])), cursor=cursor)[0]
    assert result["status"] == "applied"
    rows = _rows(signer)
    assert rows[record["id"]]["data"]["cause"] == "ion pump"  # what was signed
    assert rows[record["id"]]["clocks"]["cause"] > unseen["hlc"]  # wins on every laptop
    assert rows[added["id"]]["data"]["deleted_at"] is not None  # never seen: withdrawn
    assert rows[order["id"]]["data"]["finished_at"] == finished  # workflow is no content
    with state(api.app).db.read() as connection:
        conflicts = connection.execute(
            select(
                SyncConflict.row_id,
                SyncConflict.field,
                SyncConflict.kind,
                SyncConflict.lost_value,
                SyncConflict.change_id,
            )  # fmt: skip
        ).all()
        reverts = (
            connection.execute(select(SyncChange.reason).where(SyncChange.device_id == "server"))
            .scalars()
            .all()
        )
    assert (record["id"], "cause", "signed", json.dumps("controller"), unseen["change_id"]) in (
        conflicts
    )
    assert {(c[0], c[1]) for c in conflicts if c[0] == added["id"]} >= {
        (added["id"], "description")
    }
    assert len(reverts) == 2 and all(r.startswith("signed: not seen by li.na") for r in reverts)
    # A later signature from a laptop that saw even less does not undo the revert.
    qc = api.session("wu.min", "quality_control")
    late = insert("signature", signature(order["id"], meaning="reviewed_by"))
    assert qc.push(late, cursor=cursor)[0]["status"] == "applied"
    assert _rows(qc)[record["id"]]["data"]["cause"] == "ion pump"
    with state(api.app).db.read() as connection:
        server_writes = connection.execute(
            select(SyncChange.id).where(SyncChange.device_id == "server")
        ).all()
    assert len(server_writes) == 2


def test_edits_the_signer_had_seen_or_made_stay(api: Api) -> None:
    signer = api.session("li.na", "engineer")
    other = api.session("wang.lei", "engineer")
    order, record, _ = _job(signer)
    seen = edit("repair_record", record["id"], {"cause": "controller"}, {"cause": record["hlc"]})
    other.push(seen)
    cursor = signer.pull(0, limit=5000)["cursor"]  # pulled: the edit was seen
    own = edit("repair_record", record["id"], {"actions": "replaced"}, {"actions": record["hlc"]})
    results = signer.push(own, insert("signature", signature(order["id"])), cursor=cursor)
    assert [r["status"] for r in results] == ["applied", "applied"]
    data = _rows(signer)[record["id"]]["data"]
    assert data["cause"] == "controller" and data["actions"] == "replaced"
    with state(api.app).db.read() as connection:
        assert connection.execute(select(SyncConflict.id)).first() is None


def test_instrument_use_the_signer_had_not_seen_is_reverted(api: Api) -> None:
    signer = api.session("li.na", "engineer")
    other = api.session("wang.lei", "engineer")
    order = insert("work_order", work_order(type="inspection", state="completed"))
    run = insert(
        "checklist_run",
        {"work_order_id": order["id"], "template_id": "tg142", "template_version": 1,
         "template_title": "TG-142", "template_snapshot": {"items": []}, "state": "completed",
         "started_at": TIME},
    )  # fmt: skip
    used = insert(
        "instrument_use", {"run_id": run["id"], "section_id": "output", "instrument_id": "i1"}
    )
    signer.api.office().push(order)
    signer.push(run, used)
    cursor = signer.pull()["cursor"]
    swapped = edit("instrument_use", used["id"], {"instrument_id": "i2"},
                   {"instrument_id": used["hlc"]})  # fmt: skip
    added = insert(
        "instrument_use", {"run_id": run["id"], "section_id": "output", "instrument_id": "i3"}
    )
    assert [r["status"] for r in other.push(swapped, added)] == ["applied"] * 2

    result = signer.push(insert("signature", signature(order["id"])), cursor=cursor)[0]
    assert result["status"] == "applied"
    rows = _rows(signer)
    assert rows[used["id"]]["data"]["instrument_id"] == "i1"  # what was signed
    assert rows[added["id"]]["data"]["deleted_at"] is not None  # never seen: withdrawn
