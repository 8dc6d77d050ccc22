"""Malformed input gets a 4xx with a reason, never a 500 (hypothesis fuzzes the push)."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sync.server import routes_sync
from sync.server.app import create_app
from sync.server.catalog import synced_tables
from sync.server.settings import Settings
from tests.sync_helpers import Api, Session, clock, customer, insert, now_iso, state

pytest_plugins = ["tests.sync_fixtures"]
JSON_PATHS = ("/auth/login", "/sync/push", "/sync/audit", "/ca/certify")


@pytest.fixture
def laptop(api: Api) -> Session:
    return api.session("li.na", "engineer")


def _raw(laptop: Session, path: str, body: bytes) -> Any:
    headers = {**laptop.headers, "Content-Type": "application/json"}
    return laptop.api.client.post(path, content=body, headers=headers)


@pytest.mark.parametrize("path", JSON_PATHS)
def test_bodies_that_are_not_the_shape_get_422_with_a_readable_reason(
    laptop: Session, path: str
) -> None:
    for body in (b"{not json", b"[]", b'"text"', b"{}", b'{"changes": 5}', b"\xff\xfe"):
        answer = _raw(laptop, path, body)
        assert answer.status_code == 422, (path, body, answer.text)
        detail = answer.json()["detail"]
        assert isinstance(detail, str) and detail.startswith("validation: invalid request")


def test_deep_or_odd_json_is_refused_politely(laptop: Session) -> None:
    deep = b'{"device_time": "x", "cursor": 0, "changes": ' + b"[" * 100_000 + b"]" * 100_000
    assert 400 <= _raw(laptop, "/sync/push", deep + b"}").status_code < 500
    odd_change = insert("customer", customer(address="\ud800 lone surrogate"))
    odd_ids = [
        dict(insert("customer", customer()), change_id="nul\x00id"),
        dict(insert("customer", customer()), table="cus\x00tomer"),
        dict(insert("customer", customer()), id="row\x00id"),
        dict(insert("customer", customer()), hlc=clock("node\x00")),
        odd_change,
        insert("customer", customer(address="text with \x00 in it")),
        insert("equipment", {"clinical_hours": [[[[[1.0]]]]] * 3}),
        insert("equipment_model", {"maker": "m", "model": "x", "modality": ["linac"]}),
        insert("customer", customer(name_zh=2**70)),
    ]
    body = {"device_time": now_iso(), "cursor": 0, "changes": odd_ids}
    answer = _raw(laptop, "/sync/push", json.dumps(body).encode())
    assert answer.status_code == 200, answer.text
    statuses = [r["status"] for r in answer.json()["results"]]
    assert statuses[:5] == ["rejected"] * 5
    assert statuses[5] == "applied"  # NUL inside a value is just text, stored as JSON
    assert statuses[6:] == ["rejected"] * 3
    huge = {"device_time": now_iso(), "cursor": 2**80, "changes": []}
    assert _raw(laptop, "/sync/push", json.dumps(huge).encode()).status_code == 200
    for params in ({"after": -1}, {"after": 2**70}, {"after": "x"}, {"limit": 0}):
        assert laptop.get("/sync/pull", params=params).status_code == 422
    nul_login = {"user": "a\x00", "password": "p", "device_id": "d", "protocol": 1}
    assert laptop.api.client.post("/auth/login", json=nul_login).status_code == 422
    entry = {
        "seq": 2**70, "at": "x", "user_login": "u", "table_name": "t", "record_id": "r",
        "action": "a", "field": "f", "old_value": None, "new_value": "\x00", "prev_hash": "0",
        "hash": "0",
    }  # fmt: skip
    assert laptop.post("/sync/audit", {"entries": [entry]}).status_code == 422


def test_unknown_routes_and_methods(laptop: Session) -> None:
    assert laptop.get("/nowhere").status_code == 404
    assert laptop.get("/sync/push").status_code == 405


@pytest.fixture
def small_limits(server_settings: Settings) -> Iterator[TestClient]:
    limited = dataclasses.replace(server_settings, max_json_bytes=2000, max_chunk_bytes=1000)
    app = create_app(limited)
    with TestClient(app) as client:
        yield client
    state(app).db.dispose()


def test_bodies_over_the_limit_get_413(small_limits: TestClient) -> None:
    big = b'{"padding": "' + b"x" * 3000 + b'"}'
    headers = {"Content-Type": "application/json"}
    declared = small_limits.post("/auth/login", content=big, headers=headers)
    assert declared.status_code == 413 and "larger than 2000 bytes" in declared.json()["detail"]

    def chunks() -> Iterator[bytes]:  # no Content-Length: sent chunked
        yield from (big[i : i + 500] for i in range(0, len(big), 500))

    streamed = small_limits.post("/auth/login", content=chunks(), headers=headers)
    assert streamed.status_code == 413
    blob = small_limits.put(f"/blobs/{'a' * 64}?offset=0&size=5000", content=b"x" * 1500)
    assert blob.status_code == 401  # no token: refused before its size is even looked at
    api = Api(small_limits.app, small_limits)  # type: ignore[arg-type]
    laptop = api.session("li.na", "engineer")
    blob = small_limits.put(
        f"/blobs/{'a' * 64}?offset=0&size=5000", content=b"x" * 1500, headers=laptop.headers
    )
    assert blob.status_code == 413
    small = small_limits.post("/auth/login", content=chunks_of(b"{}"), headers=headers)
    assert small.status_code == 422  # under the limit, read and judged as usual


def chunks_of(data: bytes) -> Iterator[bytes]:
    yield data


def test_an_unexpected_error_is_logged_and_answered_500(
    laptop: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_args: Any) -> None:
        raise RuntimeError("a bug")

    monkeypatch.setattr(routes_sync, "push", broken)
    with TestClient(laptop.api.app, raise_server_exceptions=False) as client:
        body = {"device_time": now_iso(), "cursor": 0, "changes": []}
        answer = client.post("/sync/push", json=body, headers=laptop.headers)
    assert answer.status_code == 500
    assert answer.json() == {
        "detail": "internal server error; the problem was logged on the server"
    }


# --- fuzzing -----------------------------------------------------------------------------

_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**80), max_value=2**80),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=30),
)
_json = st.recursive(
    _scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner),
    max_leaves=12,
)
_tables = st.sampled_from([*sorted(synced_tables()), "nope", ""])


@st.composite
def _changes(draw: st.DrawFn) -> dict[str, Any]:
    table = draw(_tables)
    names = sorted(synced_tables()[table].columns) if table in synced_tables() else ["x"]
    fields = draw(st.dictionaries(st.sampled_from([*names, "odd"]), _json, max_size=5))
    base = draw(st.dictionaries(st.sampled_from(names), st.none() | st.text(max_size=30)))
    return {
        "change_id": draw(st.text(min_size=1, max_size=64)),
        "table": table,
        "id": draw(st.sampled_from(["row-1", "row-2"]) | st.text(min_size=1, max_size=64)),
        "op": draw(st.sampled_from(["insert", "update", "upsert"])),
        "hlc": draw(st.sampled_from([clock("F"), clock("F", 0)]) | st.text(max_size=80)),
        "fields": fields,
        "base": base,
    }


_bodies = st.one_of(
    _json,
    st.fixed_dictionaries(
        {"device_time": st.just(now_iso()) | st.text(max_size=40), "cursor": _scalars},
        optional={"changes": st.lists(_changes(), max_size=6) | _json},
    ),
)


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(body=_bodies)
def test_no_push_body_gets_a_server_error(laptop: Session, body: Any) -> None:
    answer = _raw(laptop, "/sync/push", json.dumps(body).encode())
    assert answer.status_code < 500, answer.text
