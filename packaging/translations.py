"""Translation catalogues: `update` rescans the code, `build` compiles the .qm files.

`python packaging/translations.py update` refreshes resources/translations/*.ts from
every tr()/translate()/QT_TRANSLATE_NOOP call in app/; translators edit the .ts
files (Qt Linguist, `pyside6-linguist`). `build` turns them into the .qm files the
app loads; the install step runs it, so .qm files are never committed.

A running Beamside (or a test) may be reading a .qm file while the install step runs
again, and Qt memory-maps it: rewriting it in place made readers fail to load it or
die of SIGBUS. So `build` compiles into a temporary file beside the target and
renames it over (atomic: a reader sees the old file or the new one, whole), and
leaves a target alone when it already holds what the .ts compiles to. `build --out
DIR` writes elsewhere (the bundle build does, so it never touches the source tree).
"""

from __future__ import annotations

import argparse
import filecmp
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("zh_CN", "en")


def _tool(name: str) -> str:
    """The PySide6 tool beside this interpreter (a venv), else on PATH."""
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if not found:
        sys.exit(f"{name} not found: install the project first (pip install -e .)")
    return found


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "app").rglob("*.py"))


def update() -> None:
    for language in LANGUAGES:
        target = TRANSLATIONS / f"beamside_{language}.ts"
        subprocess.run(
            [
                _tool("pyside6-lupdate"),
                "-no-obsolete",
                "-locations",
                "none",
                "-target-language",
                language,
                *sources(),
                "-ts",
                str(target),
            ],
            cwd=ROOT,
            check=True,
        )


def build(out: Path = TRANSLATIONS) -> list[Path]:
    """Compiles every catalogue into `out`; returns the .qm files it (re)wrote."""
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for language in LANGUAGES:
        source = TRANSLATIONS / f"beamside_{language}.ts"
        target = out / f"beamside_{language}.qm"
        if compile_catalogue(source, target):
            written.append(target)
    return written


def compile_catalogue(source: Path, target: Path) -> bool:
    """lrelease into a temporary file, renamed over `target` unless that is already the
    same; False when `target` was up to date (then it is not touched)."""
    if target.is_file() and target.stat().st_mtime_ns >= source.stat().st_mtime_ns:
        return False
    handle, name = tempfile.mkstemp(prefix=f".{target.stem}-", suffix=".qm", dir=target.parent)
    os.close(handle)
    temporary = Path(name)
    try:
        subprocess.run(
            [_tool("pyside6-lrelease"), "-silent", str(source), "-qm", str(temporary)],
            check=True,
        )
        if target.is_file() and filecmp.cmp(temporary, target, shallow=False):
            target.touch()  # up to date: the next build skips the compile
            return False
        umask = os.umask(0)
        os.umask(umask)
        temporary.chmod(0o666 & ~umask)  # mkstemp makes it 0600: as if written by open()
        os.replace(temporary, target)
        return True
    finally:
        temporary.unlink(missing_ok=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("action", choices=["update", "build"])
    parser.add_argument(
        "--out", type=Path, default=TRANSLATIONS, help="where `build` writes the .qm files"
    )
    args = parser.parse_args()
    if args.action == "update":
        update()
    else:
        build(args.out.resolve())


if __name__ == "__main__":
    main()
