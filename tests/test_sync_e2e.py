"""Sync end to end, as people use it: a real server process on loopback, laptops synced
by `python main.py sync` (and, where a clock must be bent, by the same client in
process), and the data of every copy compared value by value.

One module-wide world (seeding the demo takes seconds): laptop A with the demo data
plus attachments and a sealed report syncs up, empty laptop B syncs down, then both
sync twice more. Later tests edit records the others do not touch.
"""

from __future__ import annotations

import hashlib
import re
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import select

import app.domain.clock
import sync.client.round
from app.db.costs import Budget
from app.db.models import Customer, LocalDevice, User, WorkOrder
from app.db.signing import Signature
from app.demo.seed import seed_demo
from app.domain.enums import HospitalGrade, UserRole, WorkOrderState
from app.services.store import Store
from app.services.work_orders import attachments
from sync.client import command, token_store
from sync.client.round import SyncClient, SyncError, SyncReport
from tests.sync_harness import (
    PASSWORD,
    Rows,
    ServerProcess,
    counts,
    create_user,
    differences,
    free_port,
    laptop_rows,
    local_sync,
    login_token,
    open_store,
    pull_all,
    run_cli,
    start_server,
)

DEMO_DAY = date(2025, 6, 15)
BOSS, ENGINEER, FINANCE = "boss", "li.na", "qian.hui"
SUMMARY = re.compile(
    r"pushed (\d+) change\(s\) \((\d+) refused\), pulled (\d+) record\(s\), (\d+) conflict"
)


@dataclass
class Moved:
    """What one `beamside sync` run printed, parsed."""

    returncode: int
    stdout: str
    stderr: str
    pushed: int
    refused: int
    pulled: int
    conflicts: int


def cli(data_dir: Path, url: str, user: str, password: str | None = PASSWORD) -> Moved:
    result = run_cli(data_dir, url, user, password)
    match = SUMMARY.search(result.stdout)
    numbers = [int(g) for g in match.groups()] if match else [-1, -1, -1, -1]
    return Moved(result.returncode, result.stdout, result.stderr, *numbers)


@dataclass
class World:
    server: ServerProcess
    a_dir: Path
    b_dir: Path
    a: Store
    b: Store
    first_a: Moved
    first_b: Moved
    finance_a: Moved  # finance's round on A: the demo budget's approval goes up
    later: list[Moved]  # A, B, A, B after the first round
    rows_after_first: tuple[Rows, Rows]
    rows_after_later: tuple[Rows, Rows, Rows]  # A, B and the server after the later rounds
    blobs: dict[str, bytes]  # sha256 -> content written on A
    http: httpx.Client
    token: str  # a service manager's, for reading the server

    def client(self, store: Store, user: str = BOSS) -> SyncClient:
        return SyncClient(store, self.server.url, user)


def add_blobs(store: Store, folder: Path) -> dict[str, bytes]:
    """Two attachments (one over the 4 MiB upload chunk) and a sealed PDF report."""
    from app.services.reports.report_export import export_report

    with store.reading() as session:
        signed = select(Signature.work_order_id)
        open_order = session.scalars(
            select(WorkOrder.id)
            .where(WorkOrder.state == WorkOrderState.IN_PROGRESS, WorkOrder.id.not_in(signed))
            .order_by(WorkOrder.number)
        ).first()
        signed_order = session.scalars(select(WorkOrder.id).where(WorkOrder.id.in_(signed))).first()
    assert open_order and signed_order
    contents = {
        "photo.jpg": bytes(range(256)) * 40,
        "log.bin": hashlib.sha256(b"seed").digest() * (5 * 1024 * 1024 // 32 + 7),
    }
    written: dict[str, bytes] = {}
    for name, data in contents.items():
        path = folder / name
        path.write_bytes(data)
        row = attachments.add_attachment(store, open_order, path)
        written[row.sha256] = data
    report = export_report(store, signed_order, "en", folder / "report.pdf")
    written[report.sha256] = (folder / "report.pdf").read_bytes()
    return written


def reassign(server_dir: Path, data_dir: Path, user: str) -> None:
    """The office hands laptop `data_dir` to `user` (the server's command line)."""
    import subprocess
    import sys

    from tests.sync_harness import ROOT, child_env

    store = open_store(data_dir, user)
    with store.reading() as session:
        device_id = session.scalars(select(LocalDevice.device_id)).one()
    store.engine.dispose()
    args = ["reassign-device", "--data-dir", str(server_dir), "--device-id", device_id]
    result = subprocess.run(
        [sys.executable, "-m", "sync.server", *args, "--name", user],
        cwd=ROOT, env=child_env(), capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr


def finance_round(server_dir: Path, a_dir: Path, url: str) -> Moved:
    """The demo's budget was approved on A by finance (app/demo/costs.py); the manager's
    sync kept that approval back. The office hands A to finance, whose sync sends it;
    then A goes back to the manager, who logs in again."""
    reassign(server_dir, a_dir, FINANCE)
    moved = cli(a_dir, url, FINANCE)
    reassign(server_dir, a_dir, BOSS)
    token_store.forget_token(a_dir, url, BOSS)  # it ended when A was handed over
    back = cli(a_dir, url, BOSS)
    assert back.returncode == 0 and (back.pushed, back.refused) == (0, 0), back.stderr
    return moved


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    patch = pytest.MonkeyPatch()
    patch.setenv("BEAMSIDE_TOKEN_STORE", "file")
    root = tmp_path_factory.mktemp("e2e")
    a_dir, b_dir = root / "a", root / "b"
    seeding = open_store(a_dir, BOSS)
    assert seed_demo(seeding, DEMO_DAY) > 100
    blobs = add_blobs(seeding, root)
    seeding.engine.dispose()
    create_user(root / "server", BOSS, "service_manager")
    create_user(root / "server", ENGINEER, "engineer")
    create_user(root / "server", FINANCE, "finance")
    server = start_server(root / "server")
    http = httpx.Client(base_url=server.url, timeout=30)
    try:
        first_a = cli(a_dir, server.url, BOSS)
        finance_a = finance_round(root / "server", a_dir, server.url)
        first_b = cli(b_dir, server.url, BOSS)
        a, b = open_store(a_dir, BOSS), open_store(b_dir, BOSS)
        rows = (laptop_rows(a.engine), laptop_rows(b.engine))
        later = [cli(d, server.url, BOSS, password=None) for d in (a_dir, b_dir, a_dir, b_dir)]
        token = login_token(http, BOSS)
        again = (laptop_rows(a.engine), laptop_rows(b.engine), pull_all(http, token)[0])
        yield World(
            server,
            a_dir,
            b_dir,
            a,
            b,
            first_a,
            first_b,
            finance_a,
            later,
            rows,
            again,
            blobs,
            http,
            token,
        )
        a.engine.dispose()
        b.engine.dispose()
    finally:
        http.close()
        server.stop()
        patch.undo()


# --- the first round and the rounds after it --------------------------------------------


def test_laptop_a_pushes_the_demo_and_empty_laptop_b_pulls_the_same_records(
    world: World,
) -> None:
    a_rows, b_rows = world.rows_after_first
    total = sum(counts(a_rows).values())
    assert total > 4000 and counts(a_rows)["signature"] > 0 and counts(a_rows)["attachment"] == 2
    first_a, first_b = world.first_a, world.first_b
    assert first_a.returncode == 0, first_a.stderr
    assert "logged in as boss (service_manager)" in first_a.stdout
    assert first_a.pushed >= total and first_a.refused == 0 and first_a.conflicts == 0
    assert first_b.returncode == 0, first_b.stderr
    assert (first_b.pushed, first_b.pulled, first_b.conflicts) == (0, total, 0)
    assert "blobs 0 up / 3 down" in first_b.stdout
    assert differences(a_rows, b_rows) == []
    assert a_rows == b_rows
    server_rows, pulled = pull_all(world.http, world.token)
    assert pulled == total  # each row once, not its history
    assert differences(server_rows, a_rows) == []
    for store in (world.a, world.b):
        state = local_sync(store.engine)
        assert state.outbox == 0 and state.conflicts == []


def test_the_demo_budgets_approval_by_finance_passes_the_server(world: World) -> None:
    """The manager's sync of the demo refused nothing and kept finance's approval back
    (issue 14 §9); finance's sync from the laptop where she approved sent it and the
    server took it: B, which only the manager syncs, has the approved budget."""
    first_a, finance = world.first_a, world.finance_a
    assert "1 change(s) kept for a colleague whose role may send them" in first_a.stdout
    assert finance.returncode == 0, finance.stderr
    assert "logged in as qian.hui (finance)" in finance.stdout
    assert (finance.pushed, finance.refused, finance.conflicts) == (1, 0, 0)
    assert "kept for a colleague" not in finance.stdout
    with world.b.reading() as session:
        budget = session.scalars(select(Budget)).one()
    assert budget.approved_by == FINANCE and budget.approved_at is not None


def test_blobs_arrive_on_b_with_their_hashes(world: World) -> None:
    from app.services.work_orders.attachments import blob_path

    a_rows, b_rows = world.rows_after_first
    named = {
        r["sha256"]: r["size"] for t in ("attachment", "report_file") for r in b_rows[t].values()
    }
    assert set(named) == set(world.blobs) and len(named) == 3
    for sha, size in named.items():
        content = blob_path(world.b, sha).read_bytes()
        assert hashlib.sha256(content).hexdigest() == sha
        assert content == world.blobs[sha] and len(content) == size
    assert not list(blob_path(world.b, next(iter(named))).parent.parent.rglob("*.part"))


def test_later_rounds_move_nothing_duplicate_nothing_and_reuse_the_token(world: World) -> None:
    for moved in world.later:
        assert moved.returncode == 0, moved.stderr
        assert "logged in" not in moved.stdout  # the saved token, no password given
    again_a, again_b = world.later[2], world.later[3]
    assert (again_a.pushed, again_a.pulled) == (0, 0)
    assert (again_b.pushed, again_b.pulled) == (0, 0)
    assert world.later[1].pushed == 0  # B never wrote anything
    # The copies as they were right after those rounds (later tests edit records).
    a_rows, b_rows, server_rows = world.rows_after_later
    assert counts(a_rows) == counts(world.rows_after_first[0])  # nothing added twice
    assert a_rows == world.rows_after_first[0]
    assert differences(a_rows, b_rows) == [] and differences(a_rows, server_rows) == []


def test_the_laptops_keep_the_company_root_and_a_fresh_crl(world: World, tmp_path: Path) -> None:
    """Certified at the first sync, the revocation list fetched at each: a report A seals
    now is trusted on B through the company root; one A sealed before its first sync,
    with its self-made certificate, is intact but not trusted there (exit 4)."""
    from app.reports.pdf_trust import CRL_FILE, ROOT_FILE, is_fresh, load_crl
    from app.services.reports.report_export import export_report
    from tests.test_cli import beamside

    for folder in (world.a_dir, world.b_dir):
        keys = folder / "keys"
        assert (keys / ROOT_FILE).read_bytes() == world.http.get("/ca/root").content
        assert is_fresh(load_crl(keys / CRL_FILE))
    for moved in (world.first_a, world.first_b, *world.later):
        assert "not certified" not in moved.stdout + moved.stderr
        assert "revocation list not updated" not in moved.stdout + moved.stderr
    with world.a.reading() as session:
        signed = session.scalars(select(Signature.work_order_id)).first()
    assert signed is not None
    report = tmp_path / "sealed-now.pdf"
    export_report(world.a, signed, "en", report)
    on_b = beamside("--data-dir", str(world.b_dir), "verify-report", str(report))
    assert on_b.returncode == 0, on_b.stdout + on_b.stderr
    assert "the signer's certificate chains to the company root" in on_b.stdout
    before = world.a_dir.parent / "report.pdf"  # sealed by add_blobs, before any sync
    early = beamside("--data-dir", str(world.b_dir), "verify-report", str(before))
    assert early.returncode == 4, early.stdout + early.stderr
    assert early.stdout.startswith("NOT TRUSTED (self-signed): ")


# --- exit codes --------------------------------------------------------------------------


def test_an_unreachable_server_exits_3_with_the_reason(tmp_path: Path) -> None:
    url = f"http://127.0.0.1:{free_port()}"
    moved = cli(tmp_path / "c", url, BOSS)
    assert moved.returncode == 3
    assert f"cannot reach {url}" in moved.stderr
    assert "Traceback" not in moved.stderr


def test_a_wrong_password_exits_4(world: World, tmp_path: Path) -> None:
    moved = cli(tmp_path / "c", world.server.url, BOSS, password="not the password")
    assert moved.returncode == 4
    assert "wrong user name or password" in moved.stderr
    assert not (tmp_path / "c" / "sync-token.json").exists()


def test_a_client_too_old_for_the_server_exits_5(
    world: World,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("BEAMSIDE_TOKEN_STORE", "file")
    monkeypatch.setenv(command.PASSWORD_ENV, PASSWORD)
    monkeypatch.setattr(sync.client.round, "PROTOCOL_VERSION", 0)
    assert command.run(tmp_path / "c", world.server.url, BOSS) == command.EXIT_TOO_OLD
    assert "too old" in capsys.readouterr().err


# --- clocks ------------------------------------------------------------------------------


class SkewedTime:
    """`time` for app.domain.clock, `offset` seconds off: a laptop whose clock is wrong."""

    def __init__(self, offset: float) -> None:
        self.offset = offset

    def time(self) -> float:
        return time.time() + self.offset


def skew(monkeypatch: pytest.MonkeyPatch, offset: timedelta) -> None:
    monkeypatch.setattr(app.domain.clock, "time", SkewedTime(offset.total_seconds()))
    monkeypatch.setattr(
        sync.client.round, "_now_iso", lambda: (datetime.now(UTC) + offset).isoformat()
    )


def edit(store: Store, model: type[Any], row_id: str, **values: Any) -> None:
    with store.session() as session:
        row = session.get_one(model, row_id)
        for name, value in values.items():
            setattr(row, name, value)


def demo_customers(world: World) -> list[str]:
    with world.a.reading() as session:
        return list(session.scalars(select(Customer.id).order_by(Customer.id)))


def test_a_clock_ten_minutes_ahead_is_refused_and_its_edit_kept(
    world: World, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A laptop of its own: once its clock has run ahead, every later edit of it would
    carry that clock (a clock never goes back), which is exactly why it is refused."""
    monkeypatch.setenv("BEAMSIDE_TOKEN_STORE", "file")
    laptop = open_store(tmp_path / "ahead", BOSS)
    client = world.client(laptop)
    client.login(PASSWORD)
    skew(monkeypatch, timedelta(minutes=10))
    with laptop.session() as session:
        customer = Customer(name_zh="时钟超前医院", grade=HospitalGrade.GRADE_3A)
        session.add(customer)
        session.flush()
        customer_id = customer.id
    with pytest.raises(SyncError) as refused:
        client.sync()
    assert refused.value.kind == "clock"
    assert "10 minutes ahead" in refused.value.message
    assert "Set this computer's date, time and time zone" in refused.value.message
    assert local_sync(laptop.engine).outbox == 1  # kept, to push once the clock is right
    rows, _ = pull_all(world.http, world.token)
    assert customer_id not in rows["customer"]
    client.http.close()
    laptop.engine.dispose()


def sync_round(world: World, store: Store) -> SyncReport:
    client = world.client(store)
    try:
        return client.sync()
    finally:
        client.http.close()


def sync_both(world: World, order: str) -> None:
    for name in order:
        sync_round(world, world.a if name == "a" else world.b)


def server_conflicts(world: World) -> list[dict[str, Any]]:
    response = world.http.get("/conflicts", headers={"Authorization": f"Bearer {world.token}"})
    assert response.status_code == 200, response.text
    return list(response.json()["conflicts"])


def lost_anywhere(world: World, table: str, row_id: str, field: str) -> list[Any]:
    """Every recorded losing value of one field: both laptops' and the server's."""
    found = [
        c["lost_value"]
        for store in (world.a, world.b)
        for c in local_sync(store.engine).conflicts
        if (c["table"], c["id"], c["field"]) == (table, row_id, field)
    ]
    found += [
        c["lost_value"]
        for c in server_conflicts(world)
        if (c["table"], c["row_id"], c["field"]) == (table, row_id, field)
    ]
    return found


def test_a_clock_three_minutes_behind_syncs_and_the_clock_decides_whatever_the_order(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    """B is 3 minutes behind and edits after A in real time; A's write has the later
    clock, so A wins the field — whichever laptop syncs first."""
    monkeypatch.setenv("BEAMSIDE_TOKEN_STORE", "file")
    first, second = demo_customers(world)[1:3]
    for customer, order in ((first, "bab"), (second, "aba")):
        edit(world.a, Customer, customer, address=f"A {order}")
        with monkeypatch.context() as behind:
            skew(behind, timedelta(minutes=-3))
            edit(world.b, Customer, customer, address=f"B {order}")
        for name in order:
            if name == "a":
                sync_round(world, world.a)
                continue
            with monkeypatch.context() as behind:
                skew(behind, timedelta(minutes=-3))
                sync_round(world, world.b)
    rows_a, rows_b = laptop_rows(world.a.engine), laptop_rows(world.b.engine)
    server_rows, _ = pull_all(world.http, world.token)
    for customer, order in ((first, "bab"), (second, "aba")):
        assert rows_a["customer"][customer]["address"] == f"A {order}"
        assert rows_b["customer"][customer]["address"] == f"A {order}"
        assert server_rows["customer"][customer]["address"] == f"A {order}"
        assert f"B {order}" in lost_anywhere(world, "customer", customer, "address")


def test_the_same_field_edited_on_both_converges_and_the_loser_is_kept(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BEAMSIDE_TOKEN_STORE", "file")
    customer = demo_customers(world)[3]
    edit(world.a, Customer, customer, name_en="Written on A", region="A's region")
    edit(world.b, Customer, customer, name_en="Written on B", address="B's address")
    sync_both(world, "aba")
    rows_a, rows_b = laptop_rows(world.a.engine), laptop_rows(world.b.engine)
    assert differences(rows_a, rows_b) == []
    row = rows_a["customer"][customer]
    assert row["name_en"] == "Written on B"  # the later clock
    assert (row["region"], row["address"]) == ("A's region", "B's address")  # both survive
    assert "Written on A" in lost_anywhere(world, "customer", customer, "name_en")
    assert lost_anywhere(world, "customer", customer, "region") == []
    assert lost_anywhere(world, "customer", customer, "address") == []
    server_rows, _ = pull_all(world.http, world.token)
    assert server_rows["customer"][customer] == row


# --- permissions -------------------------------------------------------------------------


def test_a_refused_change_is_kept_with_its_reason_and_the_rest_arrives(
    world: World, tmp_path: Path
) -> None:
    """An engineer may not create accounts: that one change is refused, the customer
    before it and the work in the same queue after it reach the server."""
    laptop = open_store(tmp_path / "c", ENGINEER)
    with laptop.session() as session:
        customer = Customer(name_zh="新的医院", grade=HospitalGrade.GRADE_3A)
        session.add(customer)
        session.flush()
        user = User(display_name="王工", login="wang.gong", role=UserRole.ENGINEER)
        session.add(user)
        session.flush()
        after = Customer(name_zh="后来的医院", grade=HospitalGrade.GRADE_3A)
        session.add(after)
        session.flush()
        ids = (customer.id, user.id, after.id)
    laptop.engine.dispose()
    moved = cli(tmp_path / "c", world.server.url, ENGINEER)
    assert moved.returncode == 0, moved.stderr
    assert moved.refused == 1
    state = local_sync(laptop.engine)
    assert state.outbox == 0
    refused = [c for c in state.conflicts if c["table"] == "user"]
    assert refused and {c["kind"] for c in refused} == {"rejected"}
    assert all(c["id"] == ids[1] for c in refused)
    assert refused[0]["reason"] == "permission: the role 'engineer' may not change 'user' records"
    assert {c["field"]: c["lost_value"] for c in refused}["login"] == "wang.gong"
    rows, _ = pull_all(world.http, world.token)
    assert ids[0] in rows["customer"] and ids[2] in rows["customer"]
    assert ids[1] not in rows["user"]
    laptop.engine.dispose()


def test_an_engineer_pulls_only_their_own_plan_visits_and_complaints(world: World) -> None:
    """The office's annual plan and complaint register reach an engineer's laptop as
    the laptop shows them: their own visits; the complaints they own or recorded."""
    everything, _ = pull_all(world.http, world.token)
    own, _ = pull_all(world.http, login_token(world.http, ENGINEER))
    [me] = [i for i, u in everything["user"].items() if u["login"] == ENGINEER]
    visits = {i for i, v in everything["plan_visit"].items() if v["engineer_id"] == me}
    assert visits and len(visits) < len(everything["plan_visit"])
    assert set(own["plan_visit"]) == visits
    mine = {
        i
        for i, c in everything["complaint"].items()
        if ENGINEER in (c["owner_login"], c["recorded_by"])
    }
    assert mine and len(mine) < len(everything["complaint"])
    assert set(own["complaint"]) == mine
    entries = {i for i, e in everything["complaint_entry"].items() if e["complaint_id"] in mine}
    assert set(own["complaint_entry"]) == entries
    assert own["customer"] == everything["customer"]  # the rest as before
