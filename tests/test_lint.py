"""The house rules, in the suite CI runs: ruff (lint and format) and mypy are clean."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CODE = ["app", "sync", "tests", "main.py", "packaging"]


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", *args], cwd=ROOT, capture_output=True, text=True, timeout=600
    )


def test_ruff_finds_nothing() -> None:
    result = _run("ruff", "check", *CODE, "benchmarks")
    assert result.returncode == 0, result.stdout[-4000:]


def test_ruff_format_leaves_every_file_as_it_is() -> None:
    result = _run("ruff", "format", "--check", *CODE, "benchmarks")
    assert result.returncode == 0, result.stdout[-4000:]


def mypy_cache() -> Path:
    """mypy's incremental cache outside the checkout: CI runs in a fresh clone, where
    the default .mypy_cache would always start cold (most of this test's time). mypy
    re-checks any module whose source hash, options or mypy version differ from what an
    entry was made with, and writes entries atomically, so a shared cache only saves
    work. MYPY_CACHE_DIR, when set, wins (mypy reads it)."""
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return Path(os.environ.get("MYPY_CACHE_DIR") or base / "beamside" / "mypy")


@pytest.mark.slow
def test_mypy_finds_nothing() -> None:
    # benchmarks/ apart: its sync.py would shadow the sync package in one mypy run.
    cache = str(mypy_cache())
    for targets in (CODE, ["benchmarks"]):
        result = _run("mypy", "--cache-dir", cache, *targets)
        assert result.returncode == 0, result.stdout[-4000:]
