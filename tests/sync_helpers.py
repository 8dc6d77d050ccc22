"""Helpers of the sync server's tests: a small client over TestClient, and changes."""

from __future__ import annotations

import itertools
import json
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from fastapi import FastAPI
from fastapi.testclient import TestClient

from app.domain.clock import make_hlc
from sync.protocol import PROTOCOL_VERSION
from sync.server import admin
from sync.server.deps import ServerState

PASSWORD = "correct horse"


def state(app: FastAPI) -> ServerState:
    server: ServerState = app.state.server
    return server


# --- a small client for tests -----------------------------------------------------------

_devices = itertools.count(1)


@dataclass
class Api:
    app: FastAPI
    client: TestClient
    _office: Session | None = None

    def user(self, name: str, role: str, password: str = PASSWORD) -> None:
        server = state(self.app)
        admin.create_user(server.db, server.passwords, name, password, role)

    def login(self, name: str, device_id: str | None = None, password: str = PASSWORD) -> Any:
        body = {
            "user": name,
            "password": password,
            "device_id": device_id or f"device-{next(_devices)}",
            "device_name": "test laptop",
            "protocol": PROTOCOL_VERSION,
        }
        return self.client.post("/auth/login", json=body)

    def session(self, name: str, role: str, device_id: str | None = None) -> Session:
        """A logged-in device of a new user."""
        self.user(name, role)
        answer = self.login(name, device_id)
        assert answer.status_code == 200, answer.text
        return Session(self, answer.json()["token"], answer.json()["device_id"])

    def office(self) -> Session:
        """The service manager "office", who may enter a work order in any state (a
        field role starts one as reported): for tests that need one further along."""
        if self._office is None:
            self._office = self.session("office", "service_manager")
        return self._office


@dataclass
class Session:
    api: Api
    token: str
    device_id: str

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}

    def get(self, path: str, **kwargs: Any) -> Any:
        return self.api.client.get(path, headers=self.headers, **kwargs)

    def post(self, path: str, body: Any) -> Any:
        """JSON as Python writes it (NaN and Infinity too, to test the server's checks)."""
        headers = {**self.headers, "Content-Type": "application/json"}
        return self.api.client.post(path, content=json.dumps(body), headers=headers)

    def push(self, *changes: dict[str, Any], cursor: int = 0, expect: int = 200) -> list[Any]:
        body = {"device_time": now_iso(), "cursor": cursor, "changes": list(changes)}
        answer = self.post("/sync/push", body)
        assert answer.status_code == expect, answer.text
        return list(answer.json()["results"]) if expect == 200 else [answer.json()]

    def pull(self, after: int = 0, limit: int | None = None) -> Any:
        params: dict[str, int] = {"after": after}
        if limit is not None:
            params["limit"] = limit
        answer = self.get("/sync/pull", params=params)
        assert answer.status_code == 200, answer.text
        return answer.json()

    def pull_all(self, after: int = 0) -> list[Any]:
        rows: list[Any] = []
        while True:
            page = self.pull(after)
            rows.extend(page["rows"])
            after = page["cursor"]
            if not page["more"]:
                return rows


# --- changes ----------------------------------------------------------------------------

_ticks = itertools.count(1)


def now_iso() -> str:
    return datetime.now(UTC).isoformat()


def now_ms() -> int:
    return int(datetime.now(UTC).timestamp() * 1000)


def clock(node: str = "A", wall_ms: int | None = None) -> str:
    """A fresh clock of `node`: now (or `wall_ms`), with a counter that never repeats."""
    return make_hlc(wall_ms if wall_ms is not None else now_ms(), next(_ticks) % 10000, node)


def new_id() -> str:
    return str(uuid.uuid4())


def insert(table: str, fields: dict[str, Any], hlc: str | None = None, **kw: Any) -> dict[str, Any]:
    row_id = kw.pop("row_id", None) or fields.get("id") or new_id()
    return {
        "change_id": kw.pop("change_id", None) or new_id(),
        "table": table,
        "id": row_id,
        "op": "insert",
        "hlc": hlc or clock(),
        "fields": {"id": row_id, **fields},
        "base": kw.pop("base", {}),
    }


def edit(
    table: str, row_id: str, fields: dict[str, Any], base: dict[str, Any], hlc: str | None = None
) -> dict[str, Any]:
    return {
        "change_id": new_id(),
        "table": table,
        "id": row_id,
        "op": "update",
        "hlc": hlc or clock(),
        "fields": fields,
        "base": base,
    }


TIME = "2026-11-20T08:00:00.000000+00:00"


def work_order(**fields: Any) -> dict[str, Any]:
    return {
        "number": f"WO-2026-AB12-{next(_ticks):05d}",
        "type": "repair",
        "state": "reported",
        "priority": "normal",
        "equipment_id": new_id(),
        "reported_at": TIME,
        "description": "Gantry will not rotate",
        **fields,
    }


def repair_record(work_order_id: str, **fields: Any) -> dict[str, Any]:
    return {"work_order_id": work_order_id, "trial_run_result": "not_run", **fields}


def signature(work_order_id: str, **fields: Any) -> dict[str, Any]:
    return {
        "work_order_id": work_order_id,
        "report_kind": "service",
        "signer_name": "王医生",
        "meaning": "accepted_by",
        "signed_at": TIME,
        "strokes": [[[1, 2, 0.5, 0]]],
        "record_hash": "a" * 64,
        **fields,
    }


def amendment(work_order_id: str, **fields: Any) -> dict[str, Any]:
    return {
        "work_order_id": work_order_id,
        "reason": "typo in the cause",
        "previous_hash": "a" * 64,
        "opened_by": "li.na",
        "created_at": "2026-11-21T08:00:00.000000+00:00",
        **fields,
    }


def customer(**fields: Any) -> dict[str, Any]:
    return {"name_zh": "北京协和医院", "grade": "3A", **fields}
