"""Sync as a random story: 2–5 laptops edit offline and sync through a network that
drops requests, sends them twice, loses answers after the server committed, and a
server that restarts. At the end, with the network healthy, everyone syncs until
quiet; then every laptop and the server must hold the same data, nothing may be
duplicated, and no committed edit may have vanished without a trace.

"Without a trace" is judged from a log of every write (table, id, field, value, its
clock and the clock the field had when it was written — read back from the laptop's
own outbox). A write is accounted for when its value is the final one, or is kept
as a losing value in a conflict on some laptop or the server, or a later write was
made on top of it (or of a write with the same value): its author had seen it.

The server runs in process (FastAPI's TestClient transport) so a story of 30 steps
takes a fraction of a second; `BEAMSIDE_SYNC_EXAMPLES=500` runs more stories.
"""

from __future__ import annotations

import functools
import gc
import os
import shutil
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, rule, run_state_machine_as_test
from sqlalchemy import select

import app.domain.clock
from app.db.base import SyncedMixin
from app.db.models import Customer, Equipment, EquipmentModel, Site, WorkOrder
from app.domain.enums import EquipmentStatus, Modality, Priority
from app.domain.records import CustomerDraft, EquipmentDraft, SiteDraft, WorkOrderDraft
from app.services import records
from app.services.registry import customers, equipment
from app.services.store import Store
from app.services.work_orders import orders as work_orders
from sync.client.round import SyncClient, SyncError, SyncReport
from sync.server import admin
from sync.server.app import create_app
from sync.server.settings import PasswordCost, Settings
from tests.sync_harness import (
    PASSWORD,
    Rows,
    differences,
    laptop_from,
    laptop_rows,
    local_sync,
    login_token,
    make_template,
    open_store,
    pull_all,
)

EXAMPLES = int(os.environ.get("BEAMSIDE_SYNC_EXAMPLES", "25"))
STEPS = int(os.environ.get("BEAMSIDE_SYNC_STEPS", "30"))
BASE_URL = "http://testserver"
FAULTS = ("ok", "drop", "duplicate", "lose", "restart")
# Requests the faults are aimed at: those that move data (not /version, /ca/certify).
TARGETS = ("/sync/push", "/sync/pull", "/sync/audit")
TEXTS = st.sampled_from(["a", "b", "长江", "Ünïcode ✓", "x" * 30])
MODELS: dict[str, type[SyncedMixin]] = {
    "customer": Customer,
    "site": Site,
    "equipment": Equipment,
    "work_order": WorkOrder,
}
EDITS: dict[str, dict[str, st.SearchStrategy[Any]]] = {
    "customer": {"name_en": TEXTS, "address": TEXTS, "region": TEXTS},
    "site": {"name": TEXTS, "building": TEXTS},
    "equipment": {"serial_number": TEXTS, "status": st.sampled_from(list(EquipmentStatus))},
    "work_order": {"description": TEXTS, "priority": st.sampled_from(list(Priority))},
}
EDIT_CHOICES = [(table, name) for table, fields in EDITS.items() for name in fields]
# What the checked stories covered, summed over the run (the test asserts it is broad).
STORIES: Counter[str] = Counter()
LOGGED = {table: {*fields, "deleted_at"} for table, fields in EDITS.items()}


# --- the network -------------------------------------------------------------------------


class InProcessServer:
    """The server app on a data folder; `restart()` builds a new app on the same folder,
    as a restarted process would (the old one's database connections are closed)."""

    def __init__(self, data_dir: Path) -> None:
        self.settings = Settings(data_dir=data_dir, password_cost=PasswordCost.cheap())
        self.client = self._start()
        self.restarts = 0

    def _start(self) -> TestClient:
        client = TestClient(create_app(self.settings), base_url=BASE_URL)
        client.__enter__()  # runs the lifespan, so closing runs its shutdown
        return client

    @property
    def transport(self) -> httpx.BaseTransport:
        return self.client._transport  # noqa: SLF001 (the ASGI transport TestClient wraps)

    def restart(self) -> None:
        self.client.__exit__(None, None, None)
        self.client = self._start()
        self.restarts += 1

    def close(self) -> None:
        self.client.__exit__(None, None, None)


@dataclass
class Faults:
    """What happens to the next requests, one plan entry each (then all go through)."""

    plan: list[str] = field(default_factory=list)
    seen: dict[str, int] = field(default_factory=lambda: defaultdict(int))

    def next(self) -> str:
        return self.plan.pop(0) if self.plan else "ok"


class FaultyTransport(httpx.BaseTransport):
    """Between a laptop and the in-process server: drops a request before the server
    sees it, sends it twice (the laptop gets the second answer), loses the answer
    after the server committed, or restarts the server first."""

    def __init__(self, server: InProcessServer, faults: Faults) -> None:
        self.server = server
        self.faults = faults

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        fault = self.faults.next() if request.url.path in TARGETS else "ok"
        self.faults.seen[fault] += 1
        if fault == "drop":
            raise httpx.ConnectError("dropped before the server", request=request)
        if fault == "restart":
            self.server.restart()
        if fault == "duplicate":
            copy = httpx.Request(
                request.method, request.url, headers=request.headers, content=request.read()
            )
            self.server.transport.handle_request(copy).read()
        response = self.server.transport.handle_request(request)
        if fault == "lose":
            response.read()
            raise httpx.ReadError("answer lost after the server committed", request=request)
        return response


# --- the log of writes -------------------------------------------------------------------


@dataclass(frozen=True)
class Write:
    laptop: int
    value: Any
    hlc: str
    base: str | None  # the field's clock when it was written; None for an insert


Key = tuple[str, str, str]  # table, row id, field


def newest_change(store: Store, table: str, row_id: str) -> tuple[str, str, dict, dict]:
    """(op, hlc, fields, base) of the row's newest outbox entry: what was captured."""
    import json

    with store.engine.connect() as connection:
        op, hlc, fields, base = connection.exec_driver_sql(
            "SELECT op, hlc, fields, base FROM sync_outbox WHERE table_name = ? AND row_id = ? "
            "ORDER BY seq DESC LIMIT 1",
            (table, row_id),
        ).one()
    return str(op), str(hlc), json.loads(fields), json.loads(base)


def guarded(function: Callable[..., None]) -> Callable[..., None]:
    """Marks the machine broken while a rule runs, so teardown after a failing rule only
    cleans up (its own checks would hide the first failure)."""

    @functools.wraps(function)
    def run(self: SyncStory, **kwargs: Any) -> None:
        self.broken = True
        function(self, **kwargs)
        self.broken = False

    return run


@dataclass
class Laptop:
    number: int
    data_dir: Path
    store: Store
    client: SyncClient
    model_id: str | None = None


class SyncStory(RuleBasedStateMachine):
    template: Path  # an empty laptop database, made once per test run
    server_template: Path  # a server folder with users u0..u4, made once

    def __init__(self) -> None:
        super().__init__()
        self.root = Path(tempfile.mkdtemp(prefix="beamside-sync-story-"))
        shutil.copytree(self.server_template, self.root / "server")
        self.server = InProcessServer(self.root / "server")
        self.faults = Faults()
        self.laptops: list[Laptop] = []
        self.writes: dict[Key, list[Write]] = defaultdict(list)
        self.created: dict[str, list[str]] = defaultdict(list)
        self.serials = 0
        self.broken = False

    # --- laptops ---

    def _connect(self, number: int, store: Store) -> SyncClient:
        http = httpx.Client(
            transport=FaultyTransport(self.server, self.faults), base_url=BASE_URL, timeout=30
        )
        return SyncClient(store, BASE_URL, f"u{number}", http=http, allow_http=True)

    @initialize(count=st.integers(2, 5))
    @guarded
    def make_laptops(self, count: int) -> None:
        for number in range(count):
            data_dir = self.root / f"laptop{number}"
            store = laptop_from(self.template, data_dir, f"u{number}")
            client = self._connect(number, store)
            client.login(PASSWORD)  # once per device: the server gives the number prefix
            self.laptops.append(Laptop(number, data_dir, store, client))
        # What the office already holds: one of each kind, on every laptop.
        first = self.laptops[0]
        for table in MODELS:
            self.create(first, table, 0, "shared")
        for laptop in self.laptops:
            laptop.client.sync()

    def laptop(self, pick: int) -> Laptop:
        return self.laptops[pick % len(self.laptops)]

    def live(self, laptop: Laptop, table: str, pick: int) -> str | None:
        """One of the records the laptop holds undeleted, by creation order (ids have
        random bits, so ordering by id would make replays of a story differ)."""
        model = MODELS[table]
        with laptop.store.reading() as session:
            here = set(session.scalars(select(model.id).where(model.deleted_at.is_(None))))
        ids = [row_id for row_id in self.created[table] if row_id in here]
        return ids[pick % len(ids)] if ids else None

    def log_insert(self, laptop: Laptop, table: str, row_id: str) -> None:
        op, hlc, fields, _ = newest_change(laptop.store, table, row_id)
        assert op == "insert"
        self.created[table].append(row_id)
        for name in LOGGED.get(table, ()):
            self.writes[(table, row_id, name)].append(Write(laptop.number, fields[name], hlc, None))

    def log_update(self, laptop: Laptop, table: str, row_id: str, name: str) -> None:
        op, hlc, fields, base = newest_change(laptop.store, table, row_id)
        assert op == "update" and name in fields, (op, fields)
        self.writes[(table, row_id, name)].append(
            Write(laptop.number, fields[name], hlc, base[name])
        )

    # --- offline work ---

    def create(self, laptop: Laptop, table: str, pick: int, text: str) -> None:
        """A new record through the app's services, under a live parent if it needs one."""
        store = laptop.store
        if table == "customer":
            row_id = customers.save_customer(store, None, CustomerDraft(name_zh=text))
        elif table == "site":
            customer = self.live(laptop, "customer", pick)
            if customer is None:
                return
            row_id = customers.save_site(store, None, SiteDraft(customer, text))
        elif table == "equipment":
            site = self.live(laptop, "site", pick)
            if site is None:
                return
            if laptop.model_id is None:
                with store.session() as session:
                    model = EquipmentModel(
                        maker="Elekta", model="Versa HD", modality=Modality.LINAC
                    )
                    session.add(model)
                    session.flush()
                    laptop.model_id = model.id
                self.created["equipment_model"].append(laptop.model_id)
            self.serials += 1
            draft = EquipmentDraft(laptop.model_id, site, f"SN{laptop.number}-{self.serials}")
            row_id = equipment.save_equipment(store, None, draft)
        else:
            unit = self.live(laptop, "equipment", pick)
            if unit is None:
                return
            order = WorkOrderDraft(
                equipment_id=unit, description=text, reported_at=datetime(2026, 3, 2, tzinfo=UTC)
            )
            row_id = work_orders.save_work_order(store, None, order).id
        self.log_insert(laptop, table, row_id)

    @rule(
        who=st.integers(0, 4),
        table=st.sampled_from(list(MODELS)),
        pick=st.integers(0, 99),
        text=TEXTS,
    )
    @guarded
    def add(self, who: int, table: str, pick: int, text: str) -> None:
        self.create(self.laptop(who), table, pick, text)

    def write(self, laptop: Laptop, table: str, row_id: str, name: str, value: Any) -> None:
        with laptop.store.session() as session:
            row = session.get_one(MODELS[table], row_id)
            if row.deleted_at is not None or getattr(row, name) == value:
                return  # deleted here meanwhile, or nothing to write
            setattr(row, name, value)
        self.log_update(laptop, table, row_id, name)

    @rule(
        who=st.integers(0, 4),
        which=st.sampled_from(EDIT_CHOICES),
        pick=st.integers(0, 99),
        data=st.data(),
    )
    @guarded
    def edit(self, who: int, which: tuple[str, str], pick: int, data: st.DataObject) -> None:
        table, name = which
        laptop = self.laptop(who)
        value = data.draw(EDITS[table][name], label="value")
        row_id = self.live(laptop, table, pick)
        if row_id is not None:
            self.write(laptop, table, row_id, name, value)

    @rule(
        first=st.integers(0, 4),
        second=st.integers(0, 4),
        which=st.sampled_from(EDIT_CHOICES),
        pick=st.integers(0, 99),
        data=st.data(),
    )
    @guarded
    def edit_on_two(
        self, first: int, second: int, which: tuple[str, str], pick: int, data: st.DataObject
    ) -> None:
        """The same field of one record edited on two laptops before either syncs."""
        table, name = which
        values = [data.draw(EDITS[table][name], label=label) for label in ("first", "second")]
        one, other = self.laptop(first), self.laptop(second)
        row_id = self.live(one, table, pick)
        if row_id is None or one is other:
            return
        self.write(one, table, row_id, name, values[0])
        with other.store.reading() as session:
            if session.get(MODELS[table], row_id) is None:
                return  # not pulled there yet
        self.write(other, table, row_id, name, values[1])

    @rule(who=st.integers(0, 4), table=st.sampled_from(list(MODELS)), pick=st.integers(0, 99))
    @guarded
    def delete(self, who: int, table: str, pick: int) -> None:
        laptop = self.laptop(who)
        row_id = self.live(laptop, table, pick)
        if row_id is None:
            return
        records.soft_delete(laptop.store, MODELS[table], row_id)
        self.log_update(laptop, table, row_id, "deleted_at")

    # --- the network, the server, restarts ---

    def sync_once(self, laptop: Laptop, plan: list[str]) -> None:
        self.faults.plan = list(plan)
        try:
            laptop.client.sync()
        except SyncError as exc:
            assert exc.kind == "unreachable", exc.message  # only the network failed
        finally:
            self.faults.plan = []

    @rule(who=st.integers(0, 4), plan=st.lists(st.sampled_from(FAULTS), max_size=6))
    @guarded
    def sync(self, who: int, plan: list[str]) -> None:
        self.sync_once(self.laptop(who), plan)

    @rule(plan=st.lists(st.sampled_from(FAULTS), max_size=6))
    @guarded
    def sync_everyone(self, plan: list[str]) -> None:
        """Each laptop once, in order; the faults fall on the first requests."""
        for laptop in self.laptops:
            self.sync_once(laptop, plan)
            plan = plan[len(plan) // 2 :]

    @rule(which=st.integers(-1, 4))
    @guarded
    def restart(self, which: int) -> None:
        """-1: the server; else a laptop's app closed and opened again, so what it knows
        must come from its database (and token file) only."""
        if which < 0:
            self.server.restart()
            return
        laptop = self.laptop(which)
        laptop.client.http.close()
        laptop.store.engine.dispose()
        laptop.store = open_store(laptop.data_dir, f"u{laptop.number}")
        laptop.client = self._connect(laptop.number, laptop.store)
        assert laptop.client.has_token()

    # --- the end ---

    def teardown(self) -> None:
        try:
            if self.laptops and not self.broken:
                self.converge_and_check()
        finally:
            for laptop in self.laptops:
                laptop.client.http.close()
                laptop.store.engine.dispose()
            self.server.close()
            shutil.rmtree(self.root, ignore_errors=True)

    def converge_and_check(self) -> None:
        self.faults.plan = []
        quiet = False
        for _ in range(5):
            reports: list[SyncReport] = [laptop.client.sync() for laptop in self.laptops]
            for report in reports:
                assert report.warnings == [], report.warnings
            if all(r.pushed == 0 and r.pulled == 0 for r in reports):
                quiet = True
                break
        assert quiet, "the laptops did not stop pushing and pulling"
        server_rows = self.server_rows()
        copies = [laptop_rows(laptop.store.engine) for laptop in self.laptops]
        for number, rows in enumerate(copies):
            assert differences(rows, server_rows) == [], f"laptop {number} differs"
        for table, ids in self.created.items():
            assert sorted(server_rows[table]) == sorted(ids), f"{table}: rows lost or duplicated"
        assert not any(server_rows[t] for t in server_rows if t not in self.created)
        for laptop in self.laptops:
            state = local_sync(laptop.store.engine)
            assert state.outbox == 0
            with laptop.store.engine.connect() as connection:
                head = connection.exec_driver_sql("SELECT max(seq) FROM audit_entry").scalar()
            assert int(state.state.get("audit_seq", 0)) == (head or 0), "audit not anchored"
        self.check_nothing_lost(server_rows)
        STORIES["checked"] += 1
        STORIES[f"laptops {len(self.laptops)}"] += 1
        STORIES["conflicts on the server"] += len(self.server_conflicts)
        STORIES["server restarts"] += self.server.restarts
        STORIES["writes"] += sum(map(len, self.writes.values()))
        for fault, times in self.faults.seen.items():
            STORIES[f"requests {fault}"] += times

    def server_rows(self) -> Rows:
        with httpx.Client(transport=self.server.transport, base_url=BASE_URL) as http:
            token = login_token(http, "u0")
            rows, pulled = pull_all(http, token, page=7)  # small pages: paging is exercised
            assert pulled == sum(len(t) for t in rows.values()), "a row was pulled twice"
            self.server_conflicts = self.office_conflicts(http, token)
        return rows

    def office_conflicts(self, http: httpx.Client, token: str) -> list[dict[str, Any]]:
        found: list[dict[str, Any]] = []
        after = 0
        while True:
            page = http.get(
                "/conflicts",
                params={"after": after, "limit": 1000},
                headers={"Authorization": f"Bearer {token}"},
            ).json()
            found += page["conflicts"]
            after = page["cursor"]
            if not page["more"]:
                return found

    def check_nothing_lost(self, server_rows: Rows) -> None:
        lost: dict[Key, list[Any]] = defaultdict(list)
        for laptop in self.laptops:
            for c in local_sync(laptop.store.engine).conflicts:
                lost[(c["table"], c["id"], c["field"])].append(c["lost_value"])
        for c in self.server_conflicts:
            lost[(c["table"], c["row_id"], c["field"])].append(c["lost_value"])
        for key, writes in self.writes.items():
            table, row_id, name = key
            final = server_rows[table][row_id][name]
            value_at = {w.hlc: w.value for w in writes}
            for write in writes:
                seen = any(
                    later.base is not None
                    and later.base >= write.hlc
                    and value_at.get(later.base, object()) == write.value
                    for later in writes
                )
                assert write.value == final or write.value in lost[key] or seen, (
                    f"{table}.{name} of {row_id}: {write.value!r} written on laptop "
                    f"{write.laptop} at {write.hlc} vanished (final {final!r})"
                )


class StrictlyLaterTime:
    """`time` for app.domain.clock: the real time, but never the same millisecond twice. Each
    laptop then writes at a wall time of its own, so which of two writes wins follows
    the order of the story's steps and a story replays the same way every time (with
    two writes in one millisecond the random node part of the clock would decide)."""

    def __init__(self) -> None:
        self.last = 0.0

    def time(self) -> float:
        self.last = max(time.time(), self.last + 0.001)
        return self.last


@pytest.fixture(scope="module")
def templates(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """An empty laptop database and a server folder with five service managers."""
    root = tmp_path_factory.mktemp("story-templates")
    server_dir = root / "server"
    app = create_app(Settings(data_dir=server_dir, password_cost=PasswordCost.cheap()))
    state = app.state.server
    for number in range(5):
        admin.create_user(state.db, state.passwords, f"u{number}", PASSWORD, "service_manager")
    state.db.dispose()
    return make_template(root), server_dir


@pytest.mark.timeout(max(300, EXAMPLES * 4))
def test_laptops_converge_and_lose_nothing_through_a_faulty_network(
    templates: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BEAMSIDE_TOKEN_STORE", "file")
    monkeypatch.setattr(app.domain.clock, "time", StrictlyLaterTime())
    SyncStory.template, SyncStory.server_template = templates
    STORIES.clear()
    run_state_machine_as_test(
        SyncStory,
        settings=settings(
            max_examples=EXAMPLES,
            stateful_step_count=STEPS,
            deadline=None,
            derandomize=True,
            database=None,
            suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
        ),
    )
    print(dict(STORIES))  # noqa: T201  (shown with -s: what the stories covered)
    assert STORIES["checked"] >= EXAMPLES // 2, "most stories should reach the final check"
    for fault in FAULTS:
        assert STORIES[f"requests {fault}"] > 0, f"no story met the fault {fault!r}"
    assert STORIES["conflicts on the server"] > 0 and STORIES["server restarts"] > 0


def test_a_refusal_whose_answer_was_lost_is_still_a_refusal_on_the_retry(
    templates: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Found by the stories: an edit of a record deleted on another laptop is refused;
    when that answer is lost, the retry is answered "duplicate" with the refusal's
    reason, and the laptop must still take the server's value and keep its own as a
    conflict (it kept its edit, and the copies never converged)."""
    monkeypatch.setenv("BEAMSIDE_TOKEN_STORE", "file")
    SyncStory.template, SyncStory.server_template = templates
    story = SyncStory()
    try:
        story.make_laptops(count=2)
        one, other = story.laptops
        customer = story.created["customer"][0]
        records.soft_delete(one.store, Customer, customer)
        story.log_update(one, "customer", customer, "deleted_at")
        one.client.sync()
        story.write(other, "customer", customer, "address", "edited after the delete")
        story.sync_once(other, ["lose"])  # refused, but the answer never arrives
        assert local_sync(other.store.engine).outbox == 1
        report = other.client.sync()
        assert report.rejected == 1
        mine = laptop_rows(other.store.engine)["customer"][customer]
        assert mine["address"] == "" and mine["deleted_at"] is not None
        kept = [c for c in local_sync(other.store.engine).conflicts if c["field"] == "address"]
        assert [(c["kind"], c["lost_value"]) for c in kept] == [
            ("deleted", "edited after the delete")
        ]
        assert kept[0]["reason"].startswith("deleted: ")
    finally:
        story.teardown()


def test_every_refused_edit_of_a_record_goes_back_not_only_the_last(
    templates: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Found by the stories: two edits of one deleted record refused in one batch; the
    laptop took the server's value back for the last edit's fields only and kept the
    first edit's value for good (the copies never converged)."""
    monkeypatch.setenv("BEAMSIDE_TOKEN_STORE", "file")
    SyncStory.template, SyncStory.server_template = templates
    story = SyncStory()
    try:
        story.make_laptops(count=2)
        one, other = story.laptops
        customer = story.created["customer"][0]
        records.soft_delete(one.store, Customer, customer)
        story.log_update(one, "customer", customer, "deleted_at")
        one.client.sync()
        story.write(other, "customer", customer, "address", "first edit")
        story.write(other, "customer", customer, "region", "second edit")
        assert other.client.sync().rejected == 2
        mine = laptop_rows(other.store.engine)["customer"][customer]
        assert (mine["address"], mine["region"]) == ("", "")
        kept = {c["field"]: c["lost_value"] for c in local_sync(other.store.engine).conflicts}
        assert kept == {"address": "first edit", "region": "second edit"}
    finally:
        story.teardown()


def test_every_store_captures_its_writes_however_many_came_and_went_before(
    tmp_path: Path,
) -> None:
    """Found by the stories: the outbox, audit and record-lock listeners were installed
    unless `event.contains` said they were — and SQLAlchemy's registry is keyed by
    id(), so a Store whose session factory landed at the address of a collected one
    wrote without outbox rows, audit entries or the signed-record lock."""
    template = make_template(tmp_path)
    for number in range(40):
        store = laptop_from(template, tmp_path / f"laptop{number}")
        customers.save_customer(store, None, CustomerDraft(name_zh=f"医院 {number}"))
        with store.engine.connect() as connection:
            audited = connection.exec_driver_sql("SELECT count(*) FROM audit_entry").scalar()
        assert (local_sync(store.engine).outbox, bool(audited)) == (1, True), number
        store.engine.dispose()
        del store
        gc.collect()  # frees the factory, so the next one may take its address
