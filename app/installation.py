"""Settings of this installation that commands read without Qt: `settings.ini` beside
the database (QSettings' INI form, keys in [General]), e.g. the time zone."""

from __future__ import annotations

import logging
from pathlib import Path

from app import settings_keys
from app.domain import local_time

log = logging.getLogger(__name__)


def read_setting(data_dir: Path, key: str) -> str:
    import configparser  # the app reads its settings with QSettings; only commands need it

    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read(data_dir / "settings.ini", encoding="utf-8")
    except (configparser.Error, OSError, UnicodeDecodeError):
        return ""
    # QSettings writes "group/name" keys as [group] name=…
    section, _, name = key.rpartition("/")
    return parser.get(section or "General", name, fallback="").strip()


def apply_time_zone(name: str) -> None:
    """Use the zone `name` ("" = the system's); an unknown name falls back to the
    system's zone with a log line rather than stopping a command."""
    try:
        local_time.set_zone(name)
    except local_time.UnknownZoneError:
        log.warning("unknown time zone %r in settings; using the system's", name)
        local_time.set_zone(None)


def load_time_zone(data_dir: Path) -> None:
    apply_time_zone(read_setting(data_dir, settings_keys.TIME_ZONE))
