"""The hash-locked requirements hold exactly what pyproject.toml pins (issue 18 §7).

bootstrap.sh installs only from packaging/requirements*.lock (`--require-hashes`), so a
pin changed in pyproject.toml without `bash packaging/lock.sh` would not be installed.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass

import pytest
from packaging.markers import Marker
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from tests.conftest import ROOT

LOCKS = {
    "app": ROOT / "packaging/requirements.lock",
    "dev": ROOT / "packaging/requirements-dev.lock",
}
# The supported targets: Debian 12's Python 3.11 and 3.12, Linux x86_64.
TARGETS = [
    {
        "python_version": v,
        "python_full_version": f"{v}.0",
        "sys_platform": "linux",
        "platform_system": "Linux",
        "platform_machine": "x86_64",
        "implementation_name": "cpython",
        "platform_python_implementation": "CPython",
    }
    for v in ("3.11", "3.12")
]
ENTRY = re.compile(r"^(?P<name>[A-Za-z0-9._-]+)==(?P<version>\S+)(?: ; (?P<marker>[^\\]+?))? \\$")


@dataclass(frozen=True)
class Locked:
    name: str
    version: str
    marker: Marker | None
    hashes: int


def locked(lock: str) -> list[Locked]:
    lines = LOCKS[lock].read_text(encoding="utf-8").splitlines()
    entries = []
    for number, line in enumerate(lines):
        match = ENTRY.match(line)
        if match:
            hashes = 0
            for following in lines[number + 1 :]:
                if not following.strip().startswith("--hash=sha256:"):
                    break
                hashes += 1
            marker = Marker(match["marker"]) if match["marker"] else None
            entries.append(
                Locked(canonicalize_name(match["name"]), match["version"], marker, hashes)
            )
    return entries


def pins(lock: str) -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    texts = list(project["dependencies"])
    if lock == "dev":
        for group in project["optional-dependencies"].values():
            texts += [t for t in group if not t.startswith("beamside")]  # itself, extras
    return [Requirement(t) for t in texts]


@pytest.mark.parametrize("lock", sorted(LOCKS))
@pytest.mark.parametrize("target", TARGETS, ids=lambda t: t["python_version"])
def test_every_pin_is_locked_at_its_version(lock: str, target: dict[str, str]) -> None:
    entries = locked(lock)
    assert entries, f"no entries read from {LOCKS[lock].name}"
    installed = {}
    for entry in entries:
        if entry.marker is None or entry.marker.evaluate(target):
            assert entry.name not in installed, f"{entry.name} locked twice for {target}"
            installed[entry.name] = entry.version
    disagreeing = []
    for pin in pins(lock):
        if pin.marker is not None and not pin.marker.evaluate(target):
            continue
        (version,) = [s.version for s in pin.specifier if s.operator == "=="]
        if installed.get(canonicalize_name(pin.name)) != version:
            disagreeing.append(f"{pin}: locked {installed.get(canonicalize_name(pin.name))}")
    assert disagreeing == [], "run `bash packaging/lock.sh`"


def test_every_pin_is_exact() -> None:
    loose = [str(p) for p in pins("dev") if [s.operator for s in p.specifier] != ["=="]]
    assert loose == []


@pytest.mark.parametrize("lock", sorted(LOCKS))
def test_every_locked_file_has_a_hash(lock: str) -> None:
    assert [e.name for e in locked(lock) if e.hashes == 0] == []


def versions(lock: str) -> dict[str, set[str]]:
    held: dict[str, set[str]] = {}
    for entry in locked(lock):
        held.setdefault(entry.name, set()).add(entry.version)
    return held


def test_the_app_and_dev_locks_agree_on_what_both_hold() -> None:
    """The suite (installed from the dev lock) tests the versions the app ships with."""
    app, dev = versions("app"), versions("dev")
    assert {name: (v, dev.get(name)) for name, v in app.items() if dev.get(name) != v} == {}


def test_the_dev_lock_holds_no_tool_the_app_lock_does_not_need() -> None:
    app = {e.name for e in locked("app")}
    assert "pytest" not in app and "fastapi" not in app
    assert "asn1crypto" in app  # imported directly, declared in pyproject.toml
