"""The server's authentication side against a real server (issues 15 and 21): no work
before the token, bounded password hashing, login throttling, devices that belong to
their user, account names, the password policy, blob uploads, read scope, the API
docs and the data folder's permissions."""

from __future__ import annotations

import dataclasses
import hashlib
import os
import re
import threading
import time
from collections.abc import Callable, Iterator
from datetime import timedelta
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import select, update

from sync.protocol import PROTOCOL_VERSION
from sync.server import admin
from sync.server.app import create_app
from sync.server.models import Blob, Device, LoginFailures, ServerUser
from sync.server.routes_blobs import sweep_stale_uploads
from sync.server.settings import LoginThrottle, Settings, ThrottleRule
from sync.server.throttle import RECHECK_SECONDS
from tests.sync_helpers import (
    PASSWORD,
    Api,
    Session,
    customer,
    edit,
    insert,
    signature,
    state,
    work_order,
)

pytest_plugins = ["tests.sync_fixtures"]


def wait_until(condition: Callable[[], bool], timeout: float = 20.0) -> None:
    """Waits for a condition the server makes true (no fixed sleeps)."""
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "the condition did not come true in time"
        time.sleep(0.01)


@pytest.fixture
def make_api(server_settings: Settings) -> Iterator[Callable[..., Api]]:
    """An Api on the test's database with some settings changed."""
    opened: list[tuple[FastAPI, TestClient]] = []

    def make(**changes: Any) -> Api:
        app = create_app(dataclasses.replace(server_settings, **changes))
        client = TestClient(app)
        client.__enter__()
        client.headers["X-Beamside-Protocol"] = str(PROTOCOL_VERSION)
        opened.append((app, client))
        return Api(app, client)

    yield make
    for app, client in opened:
        client.__exit__(None, None, None)
        state(app).db.dispose()


class CountedHasher:
    """Stands in for the server's argon2 hasher, counting its verifications: how many
    ran, how many at once at most; with a `gate`, each waits until it opens."""

    def __init__(self, api: Api, gate: threading.Event | None = None) -> None:
        passwords = state(api.app).passwords
        self.real = passwords.hasher
        self.gate = gate
        self.lock = threading.Lock()
        self.calls = self.active = self.most = 0
        passwords.hasher = self  # type: ignore[assignment]

    def __getattr__(self, name: str) -> Any:
        return getattr(self.real, name)

    def verify(self, stored: str, password: str) -> Any:
        with self.lock:
            self.calls += 1
            self.active += 1
            self.most = max(self.most, self.active)
        try:
            if self.gate is not None:
                assert self.gate.wait(30)
            return self.real.verify(stored, password)
        finally:
            with self.lock:
                self.active -= 1


def _fast(lock_after: int, lock_seconds: int = 2, free: int = 1) -> ThrottleRule:
    return ThrottleRule(
        free=free, lock_after=lock_after, base_delay=0.001, max_delay=0.002,
        lock_seconds=lock_seconds,
    )  # fmt: skip


def _roomy() -> ThrottleRule:
    return ThrottleRule(free=1000, lock_after=1000, base_delay=0, max_delay=0, lock_seconds=1)


# --- A: no work before authentication (21.6) ------------------------------------------------


def _asgi(api: Api, scope: dict[str, Any], receive: Any, send: Any) -> None:
    """One request straight into the app, with our own receive (to count what it read)."""

    async def run() -> None:
        await api.app(scope, receive, send)

    portal = api.client.portal
    assert portal is not None
    portal.call(run)


def test_a_body_without_a_token_is_refused_before_it_is_read(api: Api) -> None:
    """31.8 MiB sent to /sync/push with no token: 401, and not one chunk was taken."""
    size, chunk = int(31.8 * 1024 * 1024), 1024 * 1024
    taken = 0

    async def receive() -> dict[str, Any]:
        nonlocal taken
        taken += 1
        more = taken * chunk < size
        return {"type": "http.request", "body": b"x" * chunk, "more_body": more}

    sent: list[dict[str, Any]] = []

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    scope = {
        "type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "POST",
        "scheme": "http", "path": "/sync/push", "raw_path": b"/sync/push", "query_string": b"",
        "root_path": "", "client": ("127.0.0.1", 5000), "server": ("127.0.0.1", 8765),
        "headers": [(b"content-type", b"application/json"),
                    (b"content-length", str(size).encode()),
                    (b"x-beamside-protocol", str(PROTOCOL_VERSION).encode())],
    }  # fmt: skip
    _asgi(api, scope, receive, send)
    assert sent[0]["status"] == 401
    assert taken == 0
    wrong = {**scope, "headers": [*scope["headers"], (b"authorization", b"Bearer nope")]}
    sent.clear()
    _asgi(api, wrong, receive, send)
    assert sent[0]["status"] == 401 and taken == 0


def test_password_checks_run_in_a_small_pool_and_the_rest_get_503(
    make_api: Callable[..., Api],
) -> None:
    """12 logins at once: at most 2 argon2 checks run together, 2 wait, 8 get 503."""
    roomy = LoginThrottle(account=_roomy(), address=_roomy())
    api = make_api(hash_workers=2, hash_queue=2, login_throttle=roomy)
    api.user("li.na", "engineer")
    gate = threading.Event()
    spy = CountedHasher(api, gate)
    answers: list[int] = []

    def attempt() -> None:
        answers.append(api.login("li.na", password="wrong password").status_code)

    threads = [threading.Thread(target=attempt) for _ in range(12)]
    for thread in threads:
        thread.start()
    wait_until(lambda: answers.count(503) == 8 and spy.active == 2)
    gate.set()
    for thread in threads:
        thread.join(30)
    assert sorted(answers) == [401] * 4 + [503] * 8
    assert spy.most == 2 and spy.calls == 4
    # The pool is free again: a right password logs in.
    assert api.login("li.na").status_code == 200


# --- B: throttling (15) ----------------------------------------------------------------------


def test_a_hundred_wrong_passwords_evaluate_at_most_the_threshold(api: Api) -> None:
    """With the production rule: 100 wrong passwords in a row, few argon2 checks."""
    api.user("li.na", "engineer")
    spy = CountedHasher(api)
    answers = [api.login("li.na", password=f"guess {n}") for n in range(100)]
    threshold = state(api.app).settings.login_throttle.account.lock_after
    assert spy.calls <= threshold
    refused = [a for a in answers if a.status_code == 429]
    assert len(refused) == 100 - spy.calls
    assert [a.status_code for a in answers].count(401) == spy.calls
    last = refused[-1]
    assert int(last.headers["Retry-After"]) >= 1
    assert last.json()["reason"] in ("login_wait", "login_locked")
    assert last.json()["detail"].startswith("too many failed logins")


def test_the_account_locks_and_the_right_password_waits_for_the_end(
    make_api: Callable[..., Api],
) -> None:
    rules = LoginThrottle(account=_fast(lock_after=5, lock_seconds=2), address=_roomy())
    api = make_api(login_throttle=rules)
    api.user("li.na", "engineer")
    spy = CountedHasher(api)
    answers = []
    for n in range(100):
        answers.append(api.login("li.na", password=f"guess {n}"))
    assert spy.calls <= 5
    assert answers[-1].status_code == 429 and answers[-1].json()["reason"] == "login_locked"
    assert "locked for 1 minute(s)" in answers[-1].json()["detail"]
    with state(api.app).db.read() as connection:
        until = connection.execute(select(LoginFailures.locked_until)).scalars().all()
    locked_until = max(u for u in until if u is not None)
    # The right password is refused while the lock lasts, and not even checked.
    right = api.login("li.na")
    assert right.status_code == 429 and right.json()["reason"] == "login_locked"
    assert spy.calls <= 5
    answers.clear()
    wait_until(lambda: api.login("li.na").status_code == 200)
    from sync.server.deps import utcnow

    assert utcnow() >= locked_until
    # A success starts the account afresh: the next mistake is a plain 401.
    assert api.login("li.na", password="one typo").status_code == 401


def test_a_source_address_trying_many_accounts_is_locked(make_api: Callable[..., Api]) -> None:
    rules = LoginThrottle(account=_roomy(), address=_fast(lock_after=4, lock_seconds=60))
    api = make_api(login_throttle=rules)
    api.user("li.na", "engineer")
    codes = [api.login(f"user{n}", password="nothing").status_code for n in range(10)]
    assert codes[:4] == [401] * 4 and set(codes[4:]) == {429}
    refused = api.login("li.na")  # even a right password, from this address
    assert refused.status_code == 429 and refused.json()["reason"] == "login_locked"


def test_the_service_manager_lists_locked_accounts_and_unlocks_them(
    make_api: Callable[..., Api],
) -> None:
    rules = LoginThrottle(account=_fast(lock_after=3, lock_seconds=900), address=_roomy())
    api = make_api(login_throttle=rules)
    boss = api.session("boss", "service_manager")
    engineer = api.session("wang.fang", "engineer")
    api.user("li.na", "engineer")
    for n in range(5):
        api.login("li.na", password=f"guess {n}")
    assert api.login("li.na").status_code == 429
    listed = boss.get("/admin/locks")
    assert listed.status_code == 200
    assert [(lock["kind"], lock["key"]) for lock in listed.json()] == [("account", "li.na")]
    assert engineer.get("/admin/locks").status_code == 403
    assert (
        engineer.api.client.delete(
            "/admin/locks/account/li.na", headers=engineer.headers
        ).status_code
        == 403
    )
    lifted = boss.api.client.delete("/admin/locks/account/li.na", headers=boss.headers)
    assert lifted.status_code == 204
    assert api.login("li.na").status_code == 200
    # The admin command does the same.
    for n in range(5):
        api.login("li.na", password=f"guess {n}")
    assert [lock.key for lock in admin.list_locks(state(api.app).db)] == ["li.na"]
    assert admin.unlock(state(api.app).db, "LI.NA") == "li.na"
    assert admin.list_locks(state(api.app).db) == []
    # The command runs in another process: the server stops refusing within seconds.
    wait_until(lambda: api.login("li.na").status_code == 200, RECHECK_SECONDS + 10)
    with pytest.raises(admin.AdminError, match="no failed logins"):
        admin.unlock(state(api.app).db, "nobody")


# --- C: a device belongs to its user (21.4) --------------------------------------------------


def test_another_users_login_cannot_take_over_a_device(api: Api) -> None:
    owner = api.session("li.na", "engineer", device_id="laptop-7")
    prefix = api.login("li.na", "laptop-7").json()["number_prefix"]  # a second login: same
    owner = Session(api, api.login("li.na", "laptop-7").json()["token"], "laptop-7")
    api.user("wang.fang", "engineer")
    taken = api.login("wang.fang", "laptop-7")
    assert taken.status_code == 409
    assert taken.json()["detail"].startswith("device: this laptop is registered to another user")
    # The owner keeps the token, the device and its prefix.
    assert owner.get("/sync/pull").status_code == 200
    with state(api.app).db.read() as connection:
        user_id = connection.execute(
            select(Device.user_id).where(Device.device_id == "laptop-7")
        ).scalar_one()
        owner_id = connection.execute(
            select(ServerUser.id).where(ServerUser.name == "li.na")
        ).scalar_one()
    assert user_id == owner_id
    # The service manager may reassign it; then the new user logs in with it.
    admin.reassign_device(state(api.app).db, "laptop-7", "wang.fang")
    assert owner.get("/sync/pull").status_code == 401
    moved = api.login("wang.fang", "laptop-7")
    assert moved.status_code == 200 and moved.json()["number_prefix"] == prefix
    assert api.login("li.na", "laptop-7").status_code == 409


# --- D: account names (21.9) -----------------------------------------------------------------


def test_names_are_one_per_person_and_look_alikes_are_refused(api: Api) -> None:
    server = state(api.app)
    assert admin.create_user(server.db, server.passwords, " Li.Na ", PASSWORD, "engineer") == (
        "li.na"
    )
    for same in ("li.na", "LI.NA", "ｌｉ.ｎａ", "\tli.na"):
        with pytest.raises(admin.AdminError, match="exists already"):
            admin.create_user(server.db, server.passwords, same, PASSWORD, "engineer")
    refused = {
        "li\u200bna": "invisible or control character (U+200B)",
        "li\u202ena": "invisible or control character (U+202E)",
        "li na": "white space",
        "lі.na": "mix scripts",  # Cyrillic і
        "асе": "imitate Latin",  # all Cyrillic
        "": "may not be empty",
    }
    for name, reason in refused.items():
        with pytest.raises(admin.AdminError, match=re.escape(reason)):
            admin.create_user(server.db, server.passwords, name, PASSWORD, "engineer")
    assert admin.create_user(server.db, server.passwords, "张伟", PASSWORD, "engineer") == "张伟"
    with server.db.read() as connection:
        names = connection.execute(select(ServerUser.name).order_by(ServerUser.name)).scalars()
        assert list(names) == ["li.na", "张伟"]
    # Logins take the same canonical form; an invisible character matches nobody.
    assert api.login(" LI.NA").json()["user"] == "li.na"
    assert api.login("li\u200bna").status_code == 401


# --- E: passwords (15) ------------------------------------------------------------------------


def test_passwords_must_be_long_uncommon_and_not_the_name(api: Api) -> None:
    server = state(api.app)
    refused = {
        "a": "at least 10 characters",
        "short pw1": "at least 10 characters",
        "password123": "too easy to guess (this is a very common password)",
        "qwertyuiop": "too easy to guess (this is a top-100 common password)",
        "zhangwei2026": "too easy to guess",
        "ZHANG.WEI-x9k": "may not contain the user name",
    }
    for password, reason in refused.items():
        with pytest.raises(admin.AdminError, match=re.escape(reason)):
            admin.create_user(server.db, server.passwords, "zhang.wei", password, "engineer")
    admin.create_user(server.db, server.passwords, "zhang.wei", PASSWORD, "engineer")
    with pytest.raises(admin.AdminError, match="a very common password"):
        admin.reset_password(server.db, server.passwords, "zhang.wei", "password123")
    assert api.login("zhang.wei", password="password123").status_code == 401
    admin.reset_password(server.db, server.passwords, "zhang.wei", "amber kettle 42")
    assert api.login("zhang.wei", password="amber kettle 42").status_code == 200


# --- F: blob uploads belong to their uploader (21.11) ----------------------------------------


def _put(laptop: Session, sha: str, offset: int, size: int, chunk: bytes) -> Any:
    return laptop.api.client.put(
        f"/blobs/{sha}",
        params={"offset": offset, "size": size},
        content=chunk,
        headers={**laptop.headers, "Content-Type": "application/octet-stream"},
    )


def test_another_user_cannot_append_to_an_upload_in_progress(api: Api) -> None:
    mine = api.session("li.na", "engineer")
    other = api.session("wang.fang", "engineer")
    data = os.urandom(200_000)
    sha = hashlib.sha256(data).hexdigest()
    assert _put(mine, sha, 0, len(data), data[:100_000]).status_code == 200
    garbage = _put(other, sha, 100_000, len(data), os.urandom(100_000))
    assert garbage.status_code == 409
    assert garbage.json()["detail"] == "blob: this file is being uploaded by another user"
    assert mine.get(f"/blobs/{sha}/status").json()["received"] == 100_000
    done = _put(mine, sha, 100_000, len(data), data[100_000:])
    assert done.json()["complete"] is True
    assert other.get(f"/blobs/{sha}").content == data
    # A finished blob is everyone's: uploading it again is "complete" at once.
    assert _put(other, sha, 0, len(data), data).json()["complete"] is True


def test_an_abandoned_upload_is_removed_after_a_day(api: Api) -> None:
    mine = api.session("li.na", "engineer")
    other = api.session("wang.fang", "engineer")
    data = os.urandom(50_000)
    sha = hashlib.sha256(data).hexdigest()
    fresh = hashlib.sha256(b"fresh").hexdigest()
    assert _put(mine, sha, 0, len(data), data[:10_000]).status_code == 200
    assert _put(mine, fresh, 0, 5, b"fr").status_code == 200
    server = state(api.app)
    partial = server.settings.blobs_dir / "partial" / f"{sha}.part"
    day_ago = time.time() - 24 * 3600 - 60
    os.utime(partial, (day_ago, day_ago))
    from sync.server.deps import utcnow

    with server.db.write() as connection:
        connection.execute(
            update(Blob)
            .where(Blob.sha256 == sha)
            .values(created_at=utcnow() - timedelta(days=1, minutes=1))
        )
    assert sweep_stale_uploads(server, utcnow()) == [sha]
    assert not partial.exists()
    assert (server.settings.blobs_dir / "partial" / f"{fresh}.part").exists()
    with server.db.read() as connection:
        left = set(connection.execute(select(Blob.sha256)).scalars())
    assert left == {fresh}
    # The hash is free again: anyone may upload it from the start.
    assert _put(other, sha, 0, len(data), data).json()["complete"] is True


def test_the_server_sweeps_abandoned_uploads_when_it_starts(
    api: Api, make_api: Callable[..., Api]
) -> None:
    mine = api.session("li.na", "engineer")
    sha = hashlib.sha256(b"abandoned bytes").hexdigest()
    assert _put(mine, sha, 0, 15, b"abandoned").status_code == 200
    partial = state(api.app).settings.blobs_dir / "partial" / f"{sha}.part"
    old = time.time() - 3600
    os.utime(partial, (old, old))
    make_api(stale_upload_seconds=1800)  # a second server process starting on the folder
    wait_until(lambda: not partial.exists())


# --- G: read scope, API docs (21.12) -----------------------------------------------------------


def test_contacts_and_signatures_are_read_only_by_roles_that_need_them(api: Api) -> None:
    engineer = api.session("li.na", "engineer")
    hospital = insert("customer", customer())
    contact = insert(
        "contact", {"customer_id": hospital["id"], "name": "王护士长", "phone": "13800000000"}
    )
    order = insert("work_order", work_order())
    signed = insert("signature", signature(order["id"]))
    results = engineer.push(hospital, contact, order, signed)
    assert [r["status"] for r in results] == ["applied"] * 4, results
    tables = {
        role: {row["table"] for row in api.session(f"u.{role}", role).pull_all()}
        for role in ("engineer", "repair_technician", "parts_administrator",
                     "service_manager", "quality_control")
    }  # fmt: skip
    assert tables["parts_administrator"] == {"customer", "work_order"}
    for role in ("engineer", "repair_technician", "service_manager", "quality_control"):
        assert {"contact", "signature"} <= tables[role], role
    # The cursor still passes the rows left out, so the laptop does not look again.
    parts = api.session("parts.b", "parts_administrator")
    page = parts.pull()
    assert page["more"] is False and page["cursor"] == 4
    assert parts.pull(after=page["cursor"])["rows"] == []
    # Nor does a refused change show the row it was refused on.
    probe = parts.push(edit("contact", contact["id"], {"phone": "1"}, base={}))[0]
    assert probe["status"] == "rejected" and probe["row"] is None
    assert engineer.push(edit("contact", contact["id"], {"phone": "2"}, base={}))[0]["row"]


def test_api_docs_are_off_unless_enabled(api: Api, make_api: Callable[..., Api]) -> None:
    for path in ("/docs", "/redoc", "/openapi.json"):
        assert api.client.get(path).status_code in (401, 404), path
    laptop = api.session("li.na", "engineer")
    for path in ("/docs", "/redoc", "/openapi.json"):
        assert laptop.get(path).status_code == 404, path
    enabled = make_api(api_docs=True)
    assert enabled.client.get("/openapi.json").json()["info"]["title"] == "Beamside sync server"
    assert enabled.client.get("/docs").status_code == 200


# --- H: the data folder's permissions (15) -------------------------------------------------------


def test_the_data_folder_and_database_are_private(
    server_settings: Settings, backend: str, api: Api
) -> None:
    folder = server_settings.data_dir
    assert folder.stat().st_mode & 0o777 == 0o700
    if backend == "sqlite":
        assert (folder / "server.sqlite3").stat().st_mode & 0o777 == 0o600
        wal = folder / "server.sqlite3-wal"
        if wal.exists():
            assert wal.stat().st_mode & 0o077 == 0
