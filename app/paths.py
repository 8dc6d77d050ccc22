"""Where Beamside finds its shipped resources and keeps its data.

One helper knows a PyInstaller bundle from a source checkout, so no other module
has to.
"""

from __future__ import annotations

import sys
from pathlib import Path

APP_NAME = "Beamside"


def resources_dir() -> Path:
    """The `resources/` folder: beside the code in a checkout, in `_MEIPASS` when frozen."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def default_data_dir() -> Path:
    """The platform's per-user data folder (e.g. ~/.local/share/Beamside)."""
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))


def demo_data_dir() -> Path:
    """Where `--demo` goes without `--data-dir`: its own folder beside the user's
    (e.g. ~/.local/share/Beamside-demo), so trying the demo never mixes made-up
    hospitals into real records."""
    from platformdirs import user_data_dir

    return Path(user_data_dir(f"{APP_NAME}-demo", appauthor=False))


def database_path(data_dir: Path) -> Path:
    return data_dir / "beamside.db"


def backups_dir(data_dir: Path) -> Path:
    return data_dir / "backups"
