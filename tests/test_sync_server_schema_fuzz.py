"""Schema fuzzing: schemathesis generates requests for every operation of the server's
OpenAPI document and sends them, with a valid token, to a real server under uvicorn.
No answer may be a server error, and every answer must be one the operation declares,
with a body of its declared schema (issue 15).

The schema comes from the app object (not GET /openapi.json, which a deployment may
switch off). The example count is bounded so the whole run stays well under a minute.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error
from schemathesis.core.result import Ok
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from sync.protocol import PROTOCOL_VERSION
from tests.sync_live import PASSWORD, LiveServer

MAX_EXAMPLES = 20  # per operation: about 15 s for the whole run on this machine
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    server = LiveServer(Path(tmp_path_factory.mktemp("fuzz")) / "server")
    server.add_user("li.na")
    server.start()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def token(live: LiveServer) -> str:
    body = {"user": "li.na", "password": PASSWORD, "device_id": "fuzz-laptop",
            "protocol": PROTOCOL_VERSION}  # fmt: skip
    answer = httpx.post(f"{live.url}/auth/login", json=body, timeout=30)
    assert answer.status_code == 200, answer.text
    return str(answer.json()["token"])


def _fuzz(operation: Any, base_url: str, headers: dict[str, str], counted: list[int]) -> None:
    """Hypothesis runs the operation's examples; a failing one raises (shrunk)."""

    @given(case=operation.as_strategy())
    @settings(
        max_examples=MAX_EXAMPLES,
        deadline=None,
        suppress_health_check=list(HealthCheck),
        derandomize=True,
        database=None,
    )
    def run(case: schemathesis.Case) -> None:
        counted[0] += 1
        case.call_and_validate(base_url=base_url, headers=headers, checks=CHECKS, timeout=30)

    run()


def test_every_operation_answers_as_declared(live: LiveServer, token: str) -> None:
    assert live.app is not None
    schema = schemathesis.openapi.from_dict(live.app.openapi())
    headers = {"Authorization": f"Bearer {token}", "X-Beamside-Protocol": str(PROTOCOL_VERSION)}
    counted = [0]
    operations = 0
    failures: list[str] = []
    for result in schema.get_all_operations():
        assert isinstance(result, Ok), result  # the schema itself is sound
        operation = result.ok()
        operations += 1
        try:
            _fuzz(operation, live.url, headers, counted)
        except (Exception, BaseExceptionGroup) as exc:  # noqa: BLE001  (each is listed)
            failures.append(f"{operation.label}: {str(exc)[:600]}")
            print(failures[-1])  # noqa: T201
    print(  # noqa: T201
        f"schemathesis: {operations} operations, {counted[0]} examples, {len(failures)} failures"
    )
    assert failures == []
    declared = sum(len(methods) for methods in live.app.openapi()["paths"].values())
    assert operations == declared >= 16  # every operation, none skipped
