"""Builds the one-folder Beamside bundle: `python packaging/build.py [--dist D] [--work W]`.

Runs the steps in the order they depend on each other: compiled translations first
(the spec ships whatever .qm files exist, so stale or missing ones would go out
silently), then PyInstaller with packaging/beamside.spec, then a size check against
the budget and a `--version` run, so a bundle that cannot start fails the build here
rather than on a user's machine.

The translations are compiled into the work folder, and the spec takes them from
there (BEAMSIDE_QM_DIR): a build never rewrites the source tree's files, which a
running Beamside or a test may be reading.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "beamside.spec"
TRANSLATIONS_SCRIPT = ROOT / "packaging" / "translations.py"
BUNDLE_NAME = "beamside"
QM_DIR_VARIABLE = "BEAMSIDE_QM_DIR"  # read by beamside.spec
# The product budget with the office modules and charts (was 160 MB for field work).
SIZE_BUDGET_MB = 180.0


class BuildError(Exception):
    """A step failed; the message says which."""


def folder_size_mb(folder: Path) -> float:
    """Apparent size of the files (symlinks counted as links, not targets), in MiB."""
    total = sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() or p.is_symlink())
    return total / (1024 * 1024)


def _run(step: str, command: list[str], env: dict[str, str] | None = None) -> None:
    print(f"== {step}: {' '.join(command)}", flush=True)
    result = subprocess.run(command, cwd=ROOT, check=False, env=env)
    if result.returncode != 0:
        raise BuildError(f"{step} failed (exit code {result.returncode})")


def build_translations(out: Path) -> Path:
    """Compiles .ts to .qm in `out` (not in the source tree); returns that folder."""
    _run("translations", [sys.executable, str(TRANSLATIONS_SCRIPT), "build", "--out", str(out)])
    if not any(out.glob("beamside_*.qm")):
        raise BuildError(f"no beamside_*.qm in {out}: the translations did not compile")
    return out


def run_pyinstaller(dist: Path, work: Path, translations: Path) -> Path:
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
        env={**os.environ, QM_DIR_VARIABLE: str(translations)},
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
        work = args.work.resolve()
        translations = build_translations(work / "translations")
        bundle = run_pyinstaller(args.dist.resolve(), work, translations)
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
