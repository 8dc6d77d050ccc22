"""Sync against a real server process on loopback, measured three ways in one run:

(a) initial sync of N records (default 100,000) to an empty laptop, against a plain
    SQLite bulk insert (`executemany`, one transaction) of the same rows in storage
    form into a fresh database of the same schema. Goal: sync ≥ 0.3× the raw rate.
(b) push of 10,000 queued changes (edits made through the app's ORM, so each has its
    outbox row and audit entries): time and changes/s.
(c) 20 laptops (processes, each its own database) syncing at once against one server:
    each makes 100 edits, then syncs, three times; total throughput and the slowest
    round.

The server's rows for (a) come from this script's own generator (customers, sites,
contacts, equipment, work orders, work-order events in realistic proportions), pushed
once by a setup client in batches of 2,000 — the real push path — so the server holds
them exactly as if laptops had synced them; that setup is timed and shown too.

    python benchmarks/sync.py [--records 100000] [--clients 20] [--profile]

--profile runs (a) under cProfile and prints where the laptop's time goes.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import pstats
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
os.environ["BEAMSIDE_TOKEN_STORE"] = "file"  # never the desktop keyring

import httpx  # noqa: E402

from app.db.codec import synced_tables  # noqa: E402
from app.db.schema import open_database  # noqa: E402
from app.domain.enums import (  # noqa: E402
    ContractLevel,
    EquipmentStatus,
    HospitalGrade,
    Modality,
    Priority,
    WorkOrderState,
    WorkOrderType,
)
from app.domain.ids import uuid7  # noqa: E402
from app.domain.numbering import format_number  # noqa: E402
from app.paths import backups_dir, database_path  # noqa: E402
from app.services.store import Store  # noqa: E402
from sync.client.round import SyncClient  # noqa: E402
from sync.protocol import PROTOCOL_VERSION, HybridClock  # noqa: E402

USER = "bench"
PASSWORD = "bench password"
SETUP_BATCH = 2000
PUSHED_CHANGES = 10_000
ROUNDS = 3
EDITS_PER_ROUND = 100
Rows = dict[str, list[dict[str, Any]]]


# --- data ----------------------------------------------------------------------------


def _at(rng: random.Random, start: datetime) -> str:
    moment = start + timedelta(
        seconds=rng.randrange(3 * 365 * 86400), microseconds=rng.randrange(10**6)
    )
    return moment.isoformat(timespec="microseconds")


def generate(records: int, seed: int = 7) -> Rows:
    """`records` rows in wire form: 20 equipment models, then per 100 rows about 1
    customer, 2 sites, 2 contacts, 5 units, 35 work orders and 55 work-order events."""
    rng = random.Random(seed)
    start = datetime(2023, 1, 1, tzinfo=UTC)
    rows: Rows = {name: [] for name in synced_tables()}

    def stamp(row: dict[str, Any]) -> dict[str, Any]:
        created = _at(rng, start)
        row.update(
            id=uuid7(), created_at=created, updated_at=created, updated_by="bench", deleted_at=None
        )
        return row

    models = [
        stamp({"maker": maker, "model": f"M{i}", "modality": Modality.LINAC.value})
        for i, maker in enumerate(["Varian", "Elekta", "Accuray", "United Imaging"] * 5)
    ]
    rows["equipment_model"] = models
    left = max(records - len(models), 100)
    share = {"customer": 1, "site": 2, "contact": 2, "equipment": 5, "work_order": 35}
    counts = {name: max(1, left * part // 100) for name, part in share.items()}
    counts["work_order_event"] = left - sum(counts.values())
    for i in range(counts["customer"]):
        rows["customer"].append(
            stamp(
                {
                    "name_zh": f"第{i}人民医院",
                    "name_en": f"People's Hospital No. {i}",
                    "address": f"{rng.randrange(1, 999)} 中山路, 南京",
                    "region": rng.choice(["江苏", "浙江", "河南", "广东"]),
                    "grade": HospitalGrade.GRADE_3A.value,
                }
            )
        )
    customers = [r["id"] for r in rows["customer"]]
    for i in range(counts["site"]):
        rows["site"].append(
            stamp(
                {"customer_id": rng.choice(customers), "name": f"放疗科 {i}号机房", "building": "B"}
            )
        )
    sites = [(r["id"], r["customer_id"]) for r in rows["site"]]
    for i in range(counts["contact"]):
        site, customer = rng.choice(sites)
        rows["contact"].append(
            stamp(
                {
                    "customer_id": customer,
                    "site_id": site,
                    "name": f"联系人 {i}",
                    "role": "物理师",
                    "phone": f"138{rng.randrange(10**8):08d}",
                    "email": f"c{i}@hospital.cn",
                }
            )
        )
    for i in range(counts["equipment"]):
        rows["equipment"].append(
            stamp(
                {
                    "model_id": rng.choice(models)["id"],
                    "site_id": rng.choice(sites)[0],
                    "serial_number": f"H{i:06d}",
                    "nmpa_registration_no": "国械注进20193050123",
                    "udi": f"(01)0{i:013d}(21)H{i:06d}",
                    "install_date": "2021-05-17",
                    "acceptance_date": "2021-06-30",
                    "warranty_end": None,
                    "contract_level": ContractLevel.WARRANTY.value,
                    "status": EquipmentStatus.CLINICAL.value,
                    "clinical_hours": [10.0] * 5 + [0.0, 0.0],
                }
            )
        )
    units = [r["id"] for r in rows["equipment"]]
    states = list(WorkOrderState)
    for i in range(counts["work_order"]):
        reported = _at(rng, start)
        rows["work_order"].append(
            stamp(
                {
                    "number": format_number(2025, "BS", i + 1),
                    "type": rng.choice(list(WorkOrderType)).value,
                    "state": rng.choice(states).value,
                    "priority": Priority.NORMAL.value,
                    "equipment_id": rng.choice(units),
                    "description": "MLC 叶片运动超差，需要校准" * rng.randrange(1, 4),
                    "reported_at": reported,
                    "acknowledged_at": reported,
                    "travelling_at": None,
                    "arrived_at": None,
                    "started_at": None,
                    "trial_run_at": None,
                    "finished_at": None,
                    "signed_at": None,
                    "closed_at": None,
                    "cancelled_at": None,
                    "cancel_reason": "",
                    "origin_id": None,
                }
            )
        )
    orders = [r["id"] for r in rows["work_order"]]
    for _ in range(counts["work_order_event"]):
        rows["work_order_event"].append(
            stamp(
                {
                    "work_order_id": rng.choice(orders),
                    "from_state": WorkOrderState.REPORTED.value,
                    "to_state": WorkOrderState.ACKNOWLEDGED.value,
                    "at": _at(rng, start),
                    "by_login": "li.na",
                    "reason": "",
                }
            )
        )
    return rows


# --- the server --------------------------------------------------------------------------


def free_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def start_server(data_dir: Path) -> tuple[subprocess.Popen[bytes], str]:
    server = [sys.executable, "-m", "sync.server"]
    subprocess.run(
        [*server, "create-user", "--data-dir", str(data_dir), "--name", USER,
         "--password", PASSWORD, "--role", "service_manager"],
        cwd=ROOT, check=True, capture_output=True,
    )  # fmt: skip
    port = free_port()
    log = (data_dir / "server.log").open("ab")
    process = subprocess.Popen(
        [*server, "--data-dir", str(data_dir), "--port", str(port)],
        cwd=ROOT,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    for _ in range(600):
        try:
            if httpx.get(f"{url}/health", timeout=1).status_code == 200:
                return process, url
        except httpx.TransportError:
            time.sleep(0.1)
    raise SystemExit(f"the server did not start; see {data_dir / 'server.log'}")


def push_setup(url: str, rows: Rows) -> float:
    """Pushes every generated row as an insert, as a laptop would; returns seconds."""
    clock = HybridClock("benchsetup00")
    headers = {"X-Beamside-Protocol": str(PROTOCOL_VERSION)}
    with httpx.Client(base_url=url, timeout=300, headers=headers) as http:
        login = {"user": USER, "password": PASSWORD, "device_id": "bench-setup", "protocol": 1}
        token = http.post("/auth/login", json=login).json()["token"]
        http.headers["Authorization"] = f"Bearer {token}"
        changes = [
            {
                "change_id": uuid7(),
                "table": table,
                "id": row["id"],
                "op": "insert",
                "hlc": clock.now(),
                "fields": row,
            }
            for table in synced_tables()
            for row in rows[table]
        ]
        started = time.perf_counter()
        for first in range(0, len(changes), SETUP_BATCH):
            body = {
                "device_time": datetime.now(UTC).isoformat(),
                "cursor": 0,
                "changes": changes[first : first + SETUP_BATCH],
            }
            response = http.post("/sync/push", json=body)
            response.raise_for_status()
            refused = [r for r in response.json()["results"] if r["status"] != "applied"]
            if refused:
                raise SystemExit(f"setup push refused: {refused[:3]}")
        return time.perf_counter() - started


# --- laptops -------------------------------------------------------------------------


def open_store(data_dir: Path) -> Store:
    opened = open_database(database_path(data_dir), backups_dir(data_dir))
    return Store(opened.engine, data_dir, USER)


def raw_insert(template: Path, folder: Path, rows: Rows) -> float:
    """The baseline: the same rows, in the form the laptop stores them, into a fresh
    copy of the laptop schema with plain sqlite3 executemany and one commit."""
    folder.mkdir(parents=True)
    path = folder / "raw.db"
    shutil.copyfile(template, path)
    clocks = json.dumps({"*": "1700000000000-0000-benchsetup00"})
    prepared = []
    for name, codec in synced_tables().items():
        if not rows[name]:
            continue
        columns = codec.columns
        convert = [codec.to_storage[c] for c in columns]
        names = ", ".join(f'"{c}"' for c in columns)
        marks = ", ".join("?" * (len(columns) + 1))
        values = [
            (*(conv(row.get(c)) for conv, c in zip(convert, columns, strict=True)), clocks)
            for row in rows[name]
        ]
        prepared.append((f'INSERT INTO "{name}" ({names}, sync_clocks) VALUES ({marks})', values))
    connection = sqlite3.connect(path)
    started = time.perf_counter()
    for statement, values in prepared:
        connection.executemany(statement, values)
    connection.commit()
    elapsed = time.perf_counter() - started
    connection.close()
    return elapsed


def laptop(template: Path, data_dir: Path, url: str) -> SyncClient:
    """A fresh laptop logged in to the server (logging in is not what is measured)."""
    data_dir.mkdir(parents=True)
    shutil.copyfile(template, database_path(data_dir))
    client = SyncClient(open_store(data_dir), url, USER, timeout=300)
    client.login(PASSWORD)
    return client


def initial_sync(client: SyncClient, profile: bool) -> tuple[float, int, float]:
    """(seconds for the whole round, rows pulled, seconds until the first page)."""
    marks: list[float] = []
    profiler = cProfile.Profile() if profile else None
    started = time.perf_counter()
    if profiler:
        profiler.enable()
    report = client.sync(lambda stage, *_: marks.append(time.perf_counter()))
    if profiler:
        profiler.disable()
    elapsed = time.perf_counter() - started
    if profiler:
        stats = pstats.Stats(profiler).sort_stats("cumulative")
        print("\n(a) profile of the initial sync (cumulative, top 25):")
        stats.print_stats(25)
    return elapsed, report.pulled, (marks[0] - started) if marks else elapsed


def queue_edits(store: Store, count: int, seed: int) -> None:
    """`count` edits of work-order descriptions through the ORM (outbox and audit too)."""
    from sqlalchemy import select

    from app.db.models import WorkOrder

    rng = random.Random(seed)
    with store.reading() as session:
        ids = list(session.scalars(select(WorkOrder.id)))
    chosen = rng.sample(ids, min(count, len(ids)))
    for first in range(0, len(chosen), 1000):
        with store.session() as session:
            for order in session.scalars(
                select(WorkOrder).where(WorkOrder.id.in_(chosen[first : first + 1000]))
            ):
                order.description = f"复查 {rng.randrange(10**6)}"


def timed_push(client: SyncClient) -> tuple[float, float, int]:
    """(seconds until the last push batch was applied, seconds for the round, pushed)."""
    last_push: list[float] = []
    started = time.perf_counter()
    report = client.sync(
        lambda stage, *_: last_push.append(time.perf_counter()) if stage == "push" else None
    )
    elapsed = time.perf_counter() - started
    return (last_push[-1] - started) if last_push else elapsed, elapsed, report.pushed


# --- (c) concurrent clients ----------------------------------------------------------


def client_main(data_dir: Path, url: str, seed: int) -> None:
    """One laptop of (c): says ready, waits for "go", then ROUNDS × (edit, sync)."""
    from app.db.models import Customer

    store = open_store(data_dir)
    client = SyncClient(store, url, USER, timeout=300)
    rng = random.Random(seed)
    print("ready", flush=True)
    sys.stdin.readline()
    for round_number in range(ROUNDS):
        with store.session() as session:
            for _ in range(EDITS_PER_ROUND):
                session.add(
                    Customer(name_zh=f"医院 {rng.randrange(10**9)}", grade=HospitalGrade.GRADE_3A)
                )
        started = time.perf_counter()
        report = client.sync()
        seconds = time.perf_counter() - started
        print(
            json.dumps(
                {"round": round_number, "seconds": seconds, "pushed": report.pushed,
                 "pulled": report.pulled}
            ),
            flush=True,
        )  # fmt: skip


def concurrent(template: Path, folder: Path, clients: int) -> dict[str, float]:
    server_dir = folder / "server-c"
    server_dir.mkdir(parents=True)
    server, url = start_server(server_dir)
    try:
        dirs = []
        for number in range(clients):
            data_dir = folder / f"client{number}"
            made = laptop(template, data_dir, url)  # log in one at a time (argon2 memory)
            made.http.close()
            made.store.engine.dispose()
            dirs.append(data_dir)
        processes = [
            subprocess.Popen(
                [sys.executable, __file__, "--client", str(d), url, str(n)],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                text=True,
                cwd=ROOT,
            )
            for n, d in enumerate(dirs)
        ]
        for process in processes:
            assert process.stdout is not None
            assert process.stdout.readline().strip() == "ready"
        started = time.perf_counter()
        for process in processes:
            assert process.stdin is not None
            process.stdin.write("go\n")
            process.stdin.flush()
        rounds = []
        for process in processes:
            assert process.stdout is not None
            rounds += [json.loads(line) for line in process.stdout if line.strip()]
            process.wait()
        wall = time.perf_counter() - started
    finally:
        server.terminate()
        server.wait()
    seconds = [r["seconds"] for r in rounds]
    pushed = sum(r["pushed"] for r in rounds)
    pulled = sum(r["pulled"] for r in rounds)
    return {
        "wall": wall,
        "rounds": len(rounds),
        "pushed": pushed,
        "pulled": pulled,
        "slowest": max(seconds),
        "median": statistics.median(seconds),
    }


# --- the run ---------------------------------------------------------------------------


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--profile", action="store_true")
    parser.add_argument(
        "--client", nargs=3, metavar=("DATA_DIR", "URL", "SEED"), help=argparse.SUPPRESS
    )
    args = parser.parse_args()
    if args.client:
        client_main(Path(args.client[0]), args.client[1], int(args.client[2]))
        return
    tmp = tempfile.TemporaryDirectory(prefix="beamside-sync-bench-")
    folder = Path(tmp.name)
    template = database_path(folder / "template")
    open_store(folder / "template").engine.dispose()

    rows = generate(args.records)
    total = sum(len(r) for r in rows.values())
    server_dir = folder / "server"
    server_dir.mkdir()
    server, url = start_server(server_dir)
    try:
        # Logged in and its signing key certified by a round on the empty server: the
        # one-time device set-up is not what (a) measures.
        client = laptop(template, folder / "empty", url)
        client.sync()
        setup = push_setup(url, rows)
        raw = raw_insert(template, folder / "raw", rows)
        synced, pulled, first_page = initial_sync(client, args.profile)
        assert pulled == total, (pulled, total)
        queue_edits(client.store, PUSHED_CHANGES, seed=11)
        push_seconds, round_seconds, pushed = timed_push(client)
        client.http.close()
        client.store.engine.dispose()
    finally:
        server.terminate()
        server.wait()
    many = concurrent(template, folder, args.clients)

    raw_rate, sync_rate = total / raw, total / synced
    print(f"records: {total:,} ({', '.join(f'{k} {len(v):,}' for k, v in rows.items() if v)})")
    print(f"setup: pushed to the server in {setup:.1f} s ({total / setup:,.0f} changes/s)")
    print()
    print(f"{'(a) initial sync':<34}{'seconds':>10}{'rows/s':>12}")
    print(f"{'raw sqlite3 executemany':<34}{raw:>10.2f}{raw_rate:>12,.0f}")
    print(f"{'sync to an empty laptop':<34}{synced:>10.2f}{sync_rate:>12,.0f}")
    print(f"{'  (until the first page applied)':<34}{first_page:>10.2f}")
    print(f"ratio sync/raw: {sync_rate / raw_rate:.2f}x (goal >= 0.3x)")
    print()
    print(f"(b) push of {pushed:,} queued changes: {push_seconds:.2f} s "
          f"({pushed / push_seconds:,.0f} changes/s); whole round with audit and pull-back "
          f"{round_seconds:.2f} s")  # fmt: skip
    print()
    print(
        f"(c) {args.clients} laptops × {ROUNDS} rounds of {EDITS_PER_ROUND} edits at once: "
        f"{many['rounds']:.0f} rounds in {many['wall']:.2f} s; pushed {many['pushed']:,.0f}, "
        f"pulled {many['pulled']:,.0f}; throughput "
        f"{(many['pushed'] + many['pulled']) / many['wall']:,.0f} rows/s "
        f"({many['pushed'] / many['wall']:,.0f} changes pushed/s); round median "
        f"{many['median']:.2f} s, slowest {many['slowest']:.2f} s"
    )


if __name__ == "__main__":
    main()
