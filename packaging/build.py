"""Builds the one-folder Beamside bundle: `python packaging/build.py [--dist D] [--work W]`.

Runs the steps in the order they depend on each other: compiled translations first
(the spec ships whatever .qm files exist, so stale or missing ones would go out
silently), then PyInstaller with packaging/beamside.spec, then a size check against
the budget and a `--version` run, so a bundle that cannot start fails the build here
rather than on a user's machine.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "beamside.spec"
TRANSLATIONS_SCRIPT = ROOT / "packaging" / "translations.py"
BUNDLE_NAME = "beamside"
SIZE_BUDGET_MB = 160.0


class BuildError(Exception):
    """A step failed; the message says which."""


def folder_size_mb(folder: Path) -> float:
    """Apparent size of the files (symlinks counted as links, not targets), in MiB."""
    total = sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() or p.is_symlink())
    return total / (1024 * 1024)


def _run(step: str, command: list[str]) -> None:
    print(f"== {step}: {' '.join(command)}", flush=True)
    result = subprocess.run(command, cwd=ROOT, check=False)
    if result.returncode != 0:
        raise BuildError(f"{step} failed (exit code {result.returncode})")


def build_translations() -> None:
    """Compiles .ts to .qm when the project has the script for it."""
    if TRANSLATIONS_SCRIPT.is_file():
        _run("translations", [sys.executable, str(TRANSLATIONS_SCRIPT), "build"])
    if not any((ROOT / "resources" / "translations").glob("beamside_*.qm")):
        print("warning: no resources/translations/beamside_*.qm; the bundle will be English only")


def run_pyinstaller(dist: Path, work: Path) -> Path:
    """Runs PyInstaller in a child process, so its state never leaks into ours."""
    _run(
        "pyinstaller",
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(dist),
            "--workpath",
            str(work),
            str(SPEC),
        ],
    )
    bundle = dist / BUNDLE_NAME
    if not (bundle / BUNDLE_NAME).is_file():
        raise BuildError(f"PyInstaller reported success but {bundle / BUNDLE_NAME} is missing")
    return bundle


def check_bundle(bundle: Path, budget_mb: float) -> float:
    """Fails on a bundle over budget or one whose executable does not start."""
    size = folder_size_mb(bundle)
    if size > budget_mb:
        raise BuildError(f"{bundle} is {size:.1f} MB, over the {budget_mb:.0f} MB budget")
    result = subprocess.run(
        [str(bundle / BUNDLE_NAME), "--version"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    if result.returncode != 0 or not result.stdout.startswith("Beamside "):
        raise BuildError(
            f"{bundle / BUNDLE_NAME} --version failed ({result.returncode}): "
            f"{result.stdout}{result.stderr}"
        )
    return size


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder")
    parser.add_argument("--work", type=Path, default=ROOT / "build", help="PyInstaller's scratch")
    parser.add_argument(
        "--max-mb", type=float, default=SIZE_BUDGET_MB, help="fail when the bundle is bigger"
    )
    args = parser.parse_args(argv)
    started = time.monotonic()
    try:
        build_translations()
        bundle = run_pyinstaller(args.dist.resolve(), args.work.resolve())
        size = check_bundle(bundle, args.max_mb)
    except (BuildError, OSError, subprocess.TimeoutExpired) as exc:
        print(f"build failed: {exc}", file=sys.stderr)
        return 1
    print(f"bundle: {bundle}")
    print(f"size: {size:.1f} MB (budget {args.max_mb:.0f} MB)")
    print(f"built in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
