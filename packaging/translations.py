"""Translation catalogues: `update` rescans the code, `build` compiles the .qm files.

`python packaging/translations.py update` refreshes resources/translations/*.ts from
every tr()/translate()/QT_TRANSLATE_NOOP call in app/; translators edit the .ts
files (Qt Linguist, `pyside6-linguist`). `build` turns them into the .qm files the
app loads; the install step runs it, so .qm files are never committed.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
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


def build() -> None:
    for language in LANGUAGES:
        source = TRANSLATIONS / f"beamside_{language}.ts"
        subprocess.run(
            [
                _tool("pyside6-lrelease"),
                "-silent",
                str(source),
                "-qm",
                str(source.with_suffix(".qm")),
            ],
            check=True,
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("action", choices=["update", "build"])
    args = parser.parse_args()
    update() if args.action == "update" else build()


if __name__ == "__main__":
    main()
