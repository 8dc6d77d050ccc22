"""A restored laptop's audit trail forks: the server sets the anchored branch after the
fork point aside (kept), anchors the new one from there, and its chain check reads
both and names the fork."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import func, select, text

from app.domain.audit_chain import GENESIS, entry_hash
from sync.server.audit_check import check_trails
from sync.server.cli import main as server_main
from sync.server.models import AuditFork, AuditSetAside, ServerAuditEntry
from sync.server.settings import Settings
from tests.sync_helpers import Api, Session, state

pytest_plugins = ["tests.sync_fixtures"]


def _trail(
    count: int, start: int = 1, prev: str = GENESIS, tag: str = "v", who: str = "li.na"
) -> list[dict[str, Any]]:
    """A hash-chained trail as app/services/audit.py writes it."""
    entries = []
    for seq in range(start, start + count):
        at = "2026-12-04T05:00:00.000000+00:00"
        values = [seq, at, who, "customer", "c-1", "update", "name_zh", "a", f"{tag}{seq}"]
        digest = entry_hash(prev, *values)  # type: ignore[arg-type]
        keys = ["seq", "at", "user_login", "table_name", "record_id", "action", "field"]
        entry = dict(zip([*keys, "old_value", "new_value"], values, strict=True))
        entries.append({**entry, "prev_hash": prev, "hash": digest})
        prev = digest
    return entries


def _counts(api: Api) -> tuple[int, int, int]:
    with state(api.app).db.read() as connection:
        return tuple(  # type: ignore[return-value]
            connection.execute(select(func.count()).select_from(model)).scalar_one()
            for model in (ServerAuditEntry, AuditSetAside, AuditFork)
        )


def _forked(laptop: Session) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Entries 1-5 anchored; then a new branch 4'-6' going on from entry 3."""
    old = _trail(5)
    assert laptop.post("/sync/audit", {"entries": old}).status_code == 200
    new = _trail(3, start=4, prev=old[2]["hash"], tag="after-restore ")
    return old, new


def test_a_declared_fork_keeps_the_old_branch_and_anchors_the_new_one(api: Api) -> None:
    laptop = api.session("li.na", "engineer")
    old, new = _forked(laptop)
    undeclared = laptop.post("/sync/audit", {"entries": new})
    assert undeclared.status_code == 409
    assert undeclared.json()["anchor"]["seq"] == 5  # the head the laptop compares with
    assert laptop.get("/sync/audit/anchor", params={"seq": 3}).json()["hash"] == old[2]["hash"]
    assert laptop.get("/sync/audit/anchor", params={"seq": 4}).json()["hash"] == old[3]["hash"]

    fork = {"seq": 3, "hash": old[2]["hash"]}
    taken = laptop.post("/sync/audit", {"entries": new, "fork": fork})
    assert taken.status_code == 200, taken.text
    assert taken.json() == {"device_id": laptop.device_id, "seq": 6, "hash": new[2]["hash"]}
    assert _counts(api) == (6, 2, 1)  # 1-3 and 4'-6' anchored; 4-5 set aside, kept
    assert laptop.get("/sync/audit/anchor").json()["seq"] == 6
    assert laptop.get("/sync/audit/anchor", params={"seq": 4}).json()["hash"] == new[0]["hash"]
    # The answer was lost and the laptop sends the same again: nothing forks twice.
    again = laptop.post("/sync/audit", {"entries": new, "fork": fork})
    assert again.status_code == 200 and again.json()["seq"] == 6
    assert _counts(api) == (6, 2, 1)
    # The new branch goes on as any trail does.
    more = _trail(1, start=7, prev=new[2]["hash"])
    assert laptop.post("/sync/audit", {"entries": more}).json()["seq"] == 7

    [trail] = check_trails(state(api.app).db)
    assert (trail.entries, trail.head, trail.problem, trail.clean) == (7, 7, None, True)
    [found] = trail.forks
    assert (found.fork_seq, found.old_seq, found.set_aside, found.user_name) == (3, 5, 2, "li.na")
    assert found.problem is None


def test_a_fork_from_an_entry_the_server_does_not_hold_is_refused(api: Api) -> None:
    laptop = api.session("li.na", "engineer")
    old, new = _forked(laptop)
    forged = laptop.post("/sync/audit", {"entries": new, "fork": {"seq": 3, "hash": "e" * 64}})
    assert forged.status_code == 409
    assert forged.json()["detail"] == (
        "audit trail of this device does not continue at entry #4: "
        "the fork point #3 is not an entry of the anchored trail"
    )
    elsewhere = laptop.post(
        "/sync/audit", {"entries": new, "fork": {"seq": 2, "hash": old[1]["hash"]}}
    )
    assert elsewhere.status_code == 409
    assert elsewhere.json()["detail"].endswith("the entries do not go on from the fork point #2")
    altered = [{**new[0], "new_value": "forged"}, *new[1:]]
    refused = laptop.post(
        "/sync/audit", {"entries": altered, "fork": {"seq": 3, "hash": old[2]["hash"]}}
    )
    assert refused.status_code == 409 and "hash mismatch" in refused.json()["detail"]
    assert _counts(api) == (5, 0, 0)  # nothing moved
    assert laptop.get("/sync/audit/anchor", params={"seq": 9}).status_code == 404


def test_the_chain_check_finds_an_altered_entry_in_either_branch(
    api: Api, server_settings: Settings, capsys: pytest.CaptureFixture[str]
) -> None:
    laptop = api.session("li.na", "engineer")
    old, new = _forked(laptop)
    fork = {"seq": 3, "hash": old[2]["hash"]}
    assert laptop.post("/sync/audit", {"entries": new, "fork": fork}).status_code == 200
    args = ["--data-dir", str(server_settings.data_dir)]
    if server_settings.database_url:
        args += ["--database-url", server_settings.database_url]

    assert server_main([*args, "verify-audit"]) == 0
    out = capsys.readouterr().out
    assert f"device {laptop.device_id} (test laptop, li.na): 6 entries anchored, intact" in out
    assert "fork after entry #3" in out and "entries #4-#5 set aside and kept" in out
    assert out.rstrip().endswith("audit trails clean: 1 device(s), 1 fork(s)")

    db = state(api.app).db
    with db.write() as connection:
        connection.execute(text("UPDATE audit_set_aside SET new_value = 'forged' WHERE seq = 5"))
    [trail] = check_trails(db)
    assert trail.problem is None and trail.forks[0].problem == "entry #5: hash mismatch (altered)"
    assert server_main([*args, "verify-audit", "--device-id", laptop.device_id]) == 1
    out = capsys.readouterr().out
    assert "set-aside branch BROKEN: entry #5: hash mismatch (altered)" in out
    assert "audit trails BROKEN on 1 of 1 device(s)" in out

    with db.write() as connection:
        connection.execute(text("UPDATE audit_entry SET new_value = 'forged' WHERE seq = 2"))
    [trail] = check_trails(db)
    assert trail.problem == "entry #2: hash mismatch (altered)"


def test_an_entry_claiming_another_user_is_kept_with_the_account_that_anchored_it(
    api: Api, server_settings: Settings, capsys: pytest.CaptureFixture[str]
) -> None:
    """The name in an entry is the laptop's claim and part of its hash, so it stays as
    sent; the server records beside it the account that pushed it, and its chain
    check counts the entries where the two differ."""
    laptop = api.session("li.na", "engineer")
    own = _trail(2)
    claimed = _trail(1, start=3, prev=own[-1]["hash"], who="office")  # the manager's login
    assert laptop.post("/sync/audit", {"entries": own + claimed}).status_code == 200
    with state(api.app).db.read() as connection:
        rows = connection.execute(
            select(
                ServerAuditEntry.seq, ServerAuditEntry.user_login, ServerAuditEntry.anchored_by
            ).order_by(ServerAuditEntry.seq)
        ).all()
    assert [tuple(r) for r in rows] == [(1, "li.na", "li.na"), (2, "li.na", "li.na"),
                                        (3, "office", "li.na")]  # fmt: skip
    (trail,) = check_trails(state(api.app).db)
    assert trail.clean and trail.claimed_for_others == 1
    args = ["--data-dir", str(server_settings.data_dir)]
    if server_settings.database_url:
        args += ["--database-url", server_settings.database_url]
    capsys.readouterr()
    assert server_main([*args, "verify-audit"]) == 0  # a claim is shown, not a break
    out = capsys.readouterr().out
    assert "1 entries name another user than the account that anchored them" in out
