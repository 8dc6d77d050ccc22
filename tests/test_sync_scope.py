"""Own rows whose owner changes, end to end: the manager hands a plan visit and a
complaint from engineer li.na (laptop A) to engineer wang.lei (laptop B). After one
ordinary sync each, A's calendar and complaint list no longer show them, B's show them
with every older progress entry, and what li.na wrote and had not sent is kept where
refused changes are kept (the Sync page's conflicts), not silently lost.

The real server app (tests/sync_fixtures.py: SQLite and PostgreSQL) and real laptops
syncing through it with the client of the app."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from app.db.complaints import Complaint, ComplaintEntry
from app.db.schema import open_database
from app.db.syncing import OutboxChange, SyncConflict
from app.domain.complaints import ReportedBack
from app.paths import backups_dir, database_path
from app.services.complaints import register
from app.services.complaints.complaint_lists import complaints_for
from app.services.lists import ListRequest, count_rows
from app.services.registry.users import acting_user
from app.services.service_plan import planning, views
from app.services.store import Store
from sync.client.round import SyncClient, SyncReport
from tests.complaint_helpers import assessment, complaint
from tests.plan_helpers import people, unit_under_contract
from tests.sync_helpers import PASSWORD, TIME, Api, edit, insert, new_id
from tests.test_complaints_sync import COMPLAINT

pytest_plugins = ["tests.sync_fixtures"]

A, B = "li.na", "wang.lei"
YEAR = 2027
CAUSE = "A 离线写的原因：更换的离子泵控制器批次有缺陷"


@dataclass
class Laptop:
    store: Store
    client: SyncClient

    def sync(self) -> SyncReport:
        return self.client.sync()

    def visits(self) -> set[str]:
        """The plan visits the calendar shows this laptop's user."""
        return {v.id for v in views.year_visits(self.store, YEAR)}

    def complaints_listed(self) -> int:
        return count_rows(self.store, complaints_for(acting_user(self.store)), ListRequest())

    def entries(self, complaint_id: str) -> set[str]:
        with self.store.reading() as session:
            return set(
                session.scalars(
                    select(ComplaintEntry.id).where(ComplaintEntry.complaint_id == complaint_id)
                )
            )

    def has_complaint(self, complaint_id: str) -> bool:
        with self.store.reading() as session:
            return session.get(Complaint, complaint_id) is not None


def conflicts_of(store: Store) -> list[dict[str, object]]:
    """The conflicts the Sync page lists (sync_conflict), as plain values."""
    with store.reading() as session:
        return [
            {
                "table": c.table_name,
                "row_id": c.row_id,
                "field": c.field,
                "kind": c.kind,
                "reason": c.reason,
                "lost_value": c.lost_value,
            }
            for c in session.scalars(select(SyncConflict))
        ]


def _laptop(folder: Path, login: str, api: Api) -> Laptop:
    folder.mkdir()
    opened = open_database(database_path(folder), backups_dir(folder))
    store = Store(opened.engine, folder, login)
    client = SyncClient(store, "http://testserver", login, http=api.client, allow_http=True)
    client.login(PASSWORD)
    return Laptop(store, client)


@dataclass
class Office:
    boss: Laptop
    a: Laptop
    b: Laptop
    ids: dict[str, str]  # login -> user id
    visit: str  # one of li.na's plan visits
    complaint: str  # owned by li.na, recorded by the manager
    entries: set[str]  # its entries before the handover (received, assessed, 3 progress)


@pytest.fixture
def office(api: Api, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Office:
    """The manager's plan and a complaint owned by li.na, synced to all three laptops."""
    monkeypatch.setenv("BEAMSIDE_TOKEN_STORE", "file")
    api.user("boss", "service_manager")
    api.user(A, "engineer")
    api.user(B, "engineer")
    boss = _laptop(tmp_path / "boss", "boss", api)
    ids = people(boss.store)
    customer_id, unit_id, _ = unit_under_contract(boss.store)
    planning.generate_plan(boss.store, YEAR)
    planning.approve(boss.store, YEAR)
    complaint_id = register.receive(boss.store, complaint(customer_id, unit_id))
    register.assess(boss.store, complaint_id, assessment(A))
    for text in ("已联系医院", "已派工程师", "已更换配件"):
        register.add_progress(boss.store, complaint_id, text, ReportedBack.PHONE)
    assert not boss.sync().rejected
    a, b = _laptop(tmp_path / "a", A, api), _laptop(tmp_path / "b", B, api)
    a.sync()
    b.sync()
    mine = {v.id for v in views.year_visits(boss.store, YEAR) if v.engineer_id == ids[A]}
    assert mine and a.visits() == mine and not b.visits() & mine
    entries = boss.entries(complaint_id)
    assert len(entries) == 5 and a.entries(complaint_id) == entries
    assert (a.complaints_listed(), b.complaints_listed()) == (1, 0)
    return Office(boss, a, b, ids, sorted(mine)[0], complaint_id, entries)


def _hand_over(office: Office) -> None:
    """The manager gives li.na's visit and complaint to wang.lei, and syncs."""
    boss = office.boss.store
    planning.reschedule(boss, office.visit, date(YEAR, 6, 8), "李娜休假", engineer_id=office.ids[B])
    register.assess(boss, office.complaint, assessment(B), note="转交王磊")
    assert not office.boss.sync().rejected


def test_a_handed_over_visit_and_complaint_leave_a_and_reach_b_whole(
    office: Office, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One ordinary sync each: A's calendar and list drop them (the complaint's entries
    with it), B's show them with the entries written before B's last pull; li.na's
    edit of the complaint, made offline meanwhile, is refused and kept with its text.
    Handed back, it returns whole; handed away again while she writes during a sync,
    what she wrote is kept as refused, not sent and not lost."""
    a, b = office.a, office.b
    register.record_cause(a.store, office.complaint, CAUSE, "更换批次")  # offline, on A
    _hand_over(office)

    report = a.sync()
    assert office.visit not in a.visits()
    assert not a.has_complaint(office.complaint) and a.complaints_listed() == 0
    assert a.entries(office.complaint) == set()
    assert report.withdrawn == 1 + 1 + len(office.entries)  # visit, complaint, its entries
    # the edit reached the server first, which refused it: kept as refusals are
    kept = {c["field"]: c for c in conflicts_of(a.store) if c["row_id"] == office.complaint}
    assert kept["root_cause"]["lost_value"] == CAUSE
    assert kept["root_cause"]["kind"] == "rejected"
    assert str(kept["root_cause"]["reason"]).startswith("permission: ")
    assert report.rejected == 1

    b.sync()
    assert office.visit in b.visits()
    assert b.has_complaint(office.complaint) and b.complaints_listed() == 1
    assert b.entries(office.complaint) >= office.entries  # the older ones too
    assert b.entries(office.complaint) == office.boss.entries(office.complaint)
    with b.store.reading() as session:
        held = session.get(Complaint, office.complaint)
        assert held is not None and held.root_cause == ""  # A's refused text is not here
    # the next rounds move nothing back
    a.sync()
    b.sync()
    assert office.visit not in a.visits() and office.visit in b.visits()
    assert not a.has_complaint(office.complaint) and b.has_complaint(office.complaint)

    # It comes back to li.na with every entry, then leaves again while she writes a
    # progress entry during a sync (after its push, before its pull): the entry, never
    # on the server, is neither sent later nor silently dropped — kept as refused.
    register.assess(office.boss.store, office.complaint, assessment(A), note="交回李娜")
    office.boss.sync()
    a.sync()
    assert a.entries(office.complaint) == office.boss.entries(office.complaint)
    assert a.complaints_listed() == 1
    register.assess(office.boss.store, office.complaint, assessment(B), note="再转交王磊")
    office.boss.sync()
    register.add_progress(a.store, office.complaint, "李娜在同步时写的进展", ReportedBack.PHONE)
    register.record_cause(a.store, office.complaint, CAUSE, "更换批次")
    monkeypatch.setattr(a.client, "_push", lambda report, tell: None)  # pushed already
    report = a.sync()
    monkeypatch.undo()
    assert not a.has_complaint(office.complaint) and a.entries(office.complaint) == set()
    assert report.withheld == 2  # the new entry, the cause
    withheld = [c for c in conflicts_of(a.store) if str(c["reason"]).startswith("withdrawn: ")]
    texts = {c["field"]: c["lost_value"] for c in withheld}
    assert texts["text"] == "李娜在同步时写的进展" and texts["root_cause"] == CAUSE
    assert {c["kind"] for c in withheld} == {"rejected"}  # shown as refused changes are
    with a.store.reading() as session:
        assert session.scalar(select(OutboxChange.seq)) is None
    assert a.sync().pushed == 0  # nothing of it goes to the server
    assert not a.has_complaint(office.complaint)


# --- the wire ---------------------------------------------------------------------------


def test_the_pull_names_what_left_only_to_laptops_that_read_it(api: Api) -> None:
    """A complaint handed from li.na to wang.lei: li.na's next page names it and its
    entry in `gone` (a protocol 3 laptop, which forbids fields it does not know, gets
    the page without), wang.lei's brings the entry written before his cursor."""
    boss = api.session("boss", "service_manager")
    li, wang = api.session(A, "engineer"), api.session(B, "engineer")
    row = insert("complaint", {**COMPLAINT, "recorded_by": "boss", "owner_login": A})
    entry = insert(
        "complaint_entry",
        {"complaint_id": row["id"], "at": TIME, "by_login": "boss", "text": "已派工程师"},
    )
    assert [r["status"] for r in boss.push(row, entry)] == ["applied", "applied"]
    li_cursor, wang_cursor = li.pull()["cursor"], wang.pull()["cursor"]
    assert {r["id"] for r in li.pull()["rows"]} >= {row["id"], entry["id"]}
    [handed] = boss.push(
        edit("complaint", row["id"], {"owner_login": B}, {"owner_login": row["hlc"]})
    )
    assert handed["status"] == "applied"

    page = li.pull(li_cursor)
    assert page["rows"] == []
    assert page["gone"] == [
        {"table": "complaint", "id": row["id"]},
        {"table": "complaint_entry", "id": entry["id"]},
    ]
    old = api.client.get(
        "/sync/pull",
        params={"after": li_cursor},
        headers={**li.headers, "X-Beamside-Protocol": "3"},
    )
    assert old.status_code == 200 and "gone" not in old.json()
    theirs = wang.pull(wang_cursor)
    assert {(r["table"], r["id"]) for r in theirs["rows"]} == {
        ("complaint", row["id"]),
        ("complaint_entry", entry["id"]),
    }
    assert theirs["gone"] == []
    # li.na may no longer write it, nor add to it
    late = insert("complaint_entry", {**entry["fields"], "id": new_id(), "by_login": A})
    refused = li.push(
        edit("complaint", row["id"], {"root_cause": "迟到的原因"}, {"root_cause": row["hlc"]}), late
    )
    assert [r["status"] for r in refused] == ["rejected", "rejected"]
    assert all(r["reason"].startswith("permission: ") and r["row"] is None for r in refused)
