"""Push and pull on the server: the round trip, duplicates, merges and conflicts."""

from __future__ import annotations

import json

from sqlalchemy import func, select

from app.domain.clock import make_hlc
from sync.server.models import SyncChange, SyncConflict, SyncRow
from tests.sync_helpers import Api, clock, customer, edit, insert, state, work_order

pytest_plugins = ["tests.sync_fixtures"]


def _count(api: Api, model: type) -> int:
    with state(api.app).db.read() as connection:
        return int(connection.execute(select(func.count()).select_from(model)).scalar_one())


def test_push_then_pull_returns_each_row_once_in_seq_order(api: Api) -> None:
    laptop = api.session("li.na", "engineer")
    changes = [insert("customer", customer(name_zh=f"医院 {i}")) for i in range(5)]
    results = laptop.push(*changes)
    assert [r["status"] for r in results] == ["applied"] * 5
    assert all(r["row"]["data"]["name_zh"].startswith("医院") for r in results)
    update = edit("customer", changes[0]["id"], {"region": "北京"}, base={"region": None})
    assert laptop.push(update)[0]["status"] == "applied"

    rows = laptop.pull_all()
    assert len(rows) == 5  # current states, not history
    seqs = [r["seq"] for r in rows]
    assert seqs == sorted(seqs) and len(set(seqs)) == 5
    first = next(r for r in rows if r["id"] == changes[0]["id"])
    assert first["data"]["region"] == "北京" and first["seq"] == max(seqs)
    assert first["clocks"]["*"] == changes[0]["hlc"]
    assert first["clocks"]["region"] == update["hlc"]
    # Paging: a small limit walks the same rows with `more` until the end.
    page = laptop.pull(0, limit=2)
    assert len(page["rows"]) == 2 and page["more"] is True and page["cursor"] == seqs[1]
    assert laptop.pull(seqs[-1])["rows"] == [] and laptop.pull(seqs[-1])["more"] is False


def test_a_retried_change_is_applied_once(api: Api) -> None:
    laptop = api.session("li.na", "engineer")
    change = insert("customer", customer())
    first = laptop.push(change)[0]
    again = laptop.push(change)[0]
    assert first["status"] == "applied" and again["status"] == "duplicate"
    assert again["row"]["seq"] == first["row"]["seq"]
    assert _count(api, SyncChange) == 1 and _count(api, SyncRow) == 1
    # the same change twice in one batch, too
    other = insert("customer", customer())
    results = laptop.push(other, other)
    assert [r["status"] for r in results] == ["applied", "duplicate"]
    assert _count(api, SyncChange) == 2


def test_concurrent_edits_of_one_field_have_one_winner_whatever_the_order(api: Api) -> None:
    winners = set()
    for order in ((0, 1), (1, 0)):
        a = api.session(f"a{order[0]}{order[1]}", "engineer")
        b = api.session(f"b{order[0]}{order[1]}", "engineer")
        made = insert("work_order", work_order())
        a.push(made)
        base = {"description": made["hlc"]}
        wall = int(made["hlc"][:13])  # not ahead of the server: clocks ahead are clamped
        edits = [
            edit(
                "work_order", made["id"], {"description": "by A"}, base, make_hlc(wall, 9000, "A")
            ),
            edit(
                "work_order", made["id"], {"description": "by B"}, base, make_hlc(wall, 9000, "B")
            ),
        ]
        pushers = (a, b)
        results = [pushers[i].push(edits[i])[0] for i in order]
        # A arriving after B changes nothing: it lost, and says so
        assert [r["status"] for r in results] == ["applied", "applied" if order[0] == 0 else "lost"]
        rows = {r["id"]: r for r in a.pull_all()}
        winners.add(rows[made["id"]]["data"]["description"])
        # The loser is kept as a conflict, whichever side it was on.
        conflicts = [c for r in results for c in r["conflicts"]]
        assert len(conflicts) == 1 and conflicts[0]["lost_value"] == "by A"
        assert conflicts[0]["won_value"] == "by B" and conflicts[0]["kind"] == "concurrent"
    assert winners == {"by B"}  # same clock time: the node decides ("B" > "A")
    with state(api.app).db.read() as connection:
        stored = connection.execute(select(SyncConflict.field, SyncConflict.lost_value)).all()
    assert sorted(stored) == [("description", json.dumps("by A"))] * 2


def test_concurrent_edits_of_different_fields_both_survive(api: Api) -> None:
    a = api.session("a", "engineer")
    b = api.session("b", "repair_technician")
    made = insert("work_order", work_order())
    a.push(made)
    base = {"description": made["hlc"], "priority": made["hlc"]}
    a.push(edit("work_order", made["id"], {"description": "new text"}, base, clock("A")))
    result = b.push(edit("work_order", made["id"], {"priority": "urgent"}, base, clock("B")))[0]
    assert result["status"] == "applied" and result["conflicts"] == []
    data = result["row"]["data"]
    assert data["description"] == "new text" and data["priority"] == "urgent"
    assert _count(api, SyncConflict) == 0


def test_an_older_write_loses_but_is_kept_as_a_conflict(api: Api) -> None:
    a = api.session("a", "engineer")
    made = insert("customer", customer())
    a.push(made)
    wall = int(made["hlc"][:13])
    newer = edit(
        "customer", made["id"], {"address": "new"}, {"address": None}, clock("A", wall + 50)
    )
    older = edit(
        "customer", made["id"], {"address": "old"}, {"address": None}, clock("B", wall + 10)
    )
    a.push(newer)
    result = a.push(older)[0]
    assert result["status"] == "lost"  # nothing of it was taken: the newer value stays
    assert result["reason"] == "lost: a newer edit of this record was kept"
    assert result["row"]["data"]["address"] == "new"
    assert [c["lost_value"] for c in result["conflicts"]] == ["old"]


def test_a_sequential_overwrite_is_no_conflict(api: Api) -> None:
    a = api.session("a", "engineer")
    made = insert("customer", customer())
    a.push(made)
    first = edit("customer", made["id"], {"address": "one"}, {"address": made["hlc"]})
    second = edit("customer", made["id"], {"address": "two"}, {"address": first["hlc"]})
    results = a.push(first, second)
    assert [r["conflicts"] for r in results] == [[], []]
    assert results[1]["row"]["data"]["address"] == "two"
    with state(api.app).db.read() as connection:
        prior = connection.execute(
            select(SyncChange.prior).where(SyncChange.change_id == second["change_id"])
        ).scalar_one()
    assert prior is not None and json.loads(prior) == {"address": "one"}


def test_stamps_merge_without_conflicts(api: Api) -> None:
    a = api.session("a", "engineer")
    made = insert("customer", customer(updated_by="a"))
    a.push(made)
    late = edit("customer", made["id"], {"updated_by": "b"}, {}, clock("B"))
    assert a.push(late)[0]["conflicts"] == []
