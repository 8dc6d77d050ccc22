"""The PyInstaller bundle: built from scratch, within its size budget, and it starts.

The checks run the frozen executable, not the source tree, because what breaks in a
bundle is what PyInstaller cannot see: files Alembic reads at run time, Qt plugins
and translations the trimming in packaging/beamside.spec might drop.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("PyInstaller")

ROOT = Path(__file__).resolve().parent.parent
SIZE_BUDGET_MB = 180  # packaging/build.py: field work, office modules and charts
EXE_NAME = "beamside.exe" if sys.platform == "win32" else "beamside"

pytestmark = [pytest.mark.slow, pytest.mark.timeout(1200)]


def folder_size_mb(folder: Path) -> float:
    total = sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() or p.is_symlink())
    return total / (1024 * 1024)


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Builds once per module: a build takes tens of seconds to minutes."""
    base = tmp_path_factory.mktemp("bundle")
    shipped = sorted((ROOT / "resources" / "translations").glob("*.qm"))
    before = [(p.stat().st_ino, p.stat().st_mtime_ns) for p in shipped]
    result = subprocess.run(
        [
            sys.executable,
            "packaging/build.py",
            "--dist",
            str(base / "dist"),
            "--work",
            str(base / "work"),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]
    # The build compiles its own translations: files a running app or test may be
    # reading are never rewritten.
    assert [(p.stat().st_ino, p.stat().st_mtime_ns) for p in shipped] == before
    folder = base / "dist" / "beamside"
    assert (folder / EXE_NAME).is_file()
    return folder


def run_bundle(
    bundle: Path, *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    return subprocess.run(
        [str(bundle / EXE_NAME), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=180,
        check=False,
    )


def test_bundle_is_within_size_budget(bundle: Path) -> None:
    assert folder_size_mb(bundle) <= SIZE_BUDGET_MB


def test_bundle_ships_files_read_at_run_time(bundle: Path) -> None:
    internal = bundle / "_internal"
    migrations = internal / "app" / "db" / "migrations"
    assert (migrations / "env.py").is_file()
    assert sorted(p.name for p in (migrations / "versions").glob("[0-9]*.py")) == sorted(
        p.name for p in (ROOT / "app" / "db" / "migrations" / "versions").glob("[0-9]*.py")
    )
    assert (internal / "resources" / "fonts" / "wqy-microhei.ttc").is_file()
    assert not list((internal / "resources").rglob("*.ts"))
    assert (internal / "resources" / "translations" / "beamside_zh_CN.qm").is_file()
    qt_translations = internal / "PySide6" / "Qt" / "translations"
    assert (qt_translations / "qtbase_zh_CN.qm").is_file()
    assert not list(internal.rglob("*Qt6Quick*")) and not list(internal.rglob("*Qt6Qml*"))
    assert not list(internal.rglob("*WebEngine*"))


def test_bundle_reports_its_version(bundle: Path) -> None:
    result = run_bundle(bundle, "--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Beamside ")


def test_bundle_starts_on_an_empty_data_folder(bundle: Path, tmp_path: Path) -> None:
    result = run_bundle(bundle, "--data-dir", str(tmp_path / "data"), "--smoke")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "smoke ok: 0 work orders" in result.stdout


@pytest.fixture(scope="module")
def frozen_demo(bundle: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder the frozen app seeded with the demo (`--demo --smoke`), once for
    the tests that start from it (seeding in the bundle takes most of a minute); each
    test works on its own copy. The demo's data does not depend on the language."""
    data = tmp_path_factory.mktemp("frozen-demo") / "data"
    seeded = run_bundle(bundle, "--data-dir", str(data), "--demo", "--smoke")
    assert seeded.returncode == 0, seeded.stdout + seeded.stderr
    match = re.search(r"smoke ok: (\d+) work orders", seeded.stdout)
    assert match and int(match.group(1)) >= 100, seeded.stdout + seeded.stderr
    return data


def copy_of(folder: Path, into: Path) -> Path:
    shutil.copytree(folder, into)
    return into


def test_bundle_starts_with_demo_data_in_chinese(
    bundle: Path, frozen_demo: Path, tmp_path: Path
) -> None:
    """Started in Chinese on the demo the bundle seeded (`--demo` again adds nothing)."""
    data = copy_of(frozen_demo, tmp_path / "data")
    result = run_bundle(bundle, "--data-dir", str(data), "--demo", "--lang", "zh_CN", "--smoke")
    assert result.returncode == 0, result.stdout + result.stderr
    match = re.search(r"smoke ok: (\d+) work orders", result.stdout)
    assert match, result.stdout + result.stderr
    assert int(match.group(1)) >= 100
    assert (data / "beamside.db").is_file()
    # The bundle builds, signs and verifies a report of a signed demo record.
    import sqlite3

    con = sqlite3.connect(data / "beamside.db")
    number = con.execute(
        "SELECT w.number FROM work_order w JOIN signature s ON s.work_order_id = w.id LIMIT 1"
    ).fetchone()[0]
    con.close()
    pdf = tmp_path / "report.pdf"
    exported = run_bundle(bundle, "--data-dir", str(data), "export-report", number, "-o", str(pdf))
    assert exported.returncode == 0, exported.stdout + exported.stderr
    verified = run_bundle(bundle, "--data-dir", str(data), "verify-report", str(pdf))
    assert verified.returncode == 0, verified.stdout + verified.stderr
    assert "covers the whole file" in verified.stdout


def test_bundle_syncs_with_a_server(bundle: Path, frozen_demo: Path, tmp_path: Path) -> None:
    """The frozen laptop pushes its demo data (seeded by the bundle) to a real server
    and a second frozen laptop pulls it (HTTP, pydantic, keyring fallback and QtNetwork
    all in the bundle)."""
    from tests.sync_harness import PASSWORD, running_server

    first, second = copy_of(frozen_demo, tmp_path / "first"), tmp_path / "second"
    env = {"BEAMSIDE_PASSWORD": PASSWORD, "BEAMSIDE_TOKEN_STORE": "file"}
    with running_server(tmp_path / "server", {"boss": "service_manager"}) as server:
        pushed = run_bundle(
            bundle,
            "--data-dir",
            str(first),
            "sync",
            "--server",
            server.url,
            "--user",
            "boss",
            env=env,
        )
        assert pushed.returncode == 0, pushed.stdout + pushed.stderr + server.log()
        pulled = run_bundle(
            bundle,
            "--data-dir",
            str(second),
            "sync",
            "--server",
            server.url,
            "--user",
            "boss",
            env=env,
        )
        assert pulled.returncode == 0, pulled.stdout + pulled.stderr + server.log()
    sent = int(re.search(r"pushed (\d+) change", pushed.stdout).group(1))  # type: ignore[union-attr]
    got = int(re.search(r"pulled (\d+) record", pulled.stdout).group(1))  # type: ignore[union-attr]
    assert sent > 1000 and got > 1000, pushed.stdout + pulled.stdout
    # QNetworkInformation (automatic sync) with its NetworkManager backend
    internal = bundle / "_internal" / "PySide6"
    assert list(internal.glob("QtNetwork*"))
    assert list((internal / "Qt" / "plugins" / "networkinformation").glob("*networkmanager*"))


def test_bundle_ships_pdfium_and_printing(bundle: Path) -> None:
    """The report preview renders with PDFium (pypdfium2) and prints through
    QtPrintSupport; libcups stays the system's (SYSTEM_LIBS in the spec), and what only
    the dev and server extras bring (hypothesis, psycopg) stays out."""
    internal = bundle / "_internal"
    assert list((internal / "pypdfium2_raw").glob("*pdfium*"))
    assert list((internal / "PySide6").glob("QtPrintSupport*"))
    assert (internal / "PySide6" / "Qt" / "plugins" / "printsupport").is_dir()
    assert not list(internal.glob("libcups*"))
    assert not list(internal.glob("hypothesis*")) and not list(internal.glob("psycopg*"))
