"""Every settings.ini key is named once, in `app/settings_keys.py` (issue 18 §7)."""

from __future__ import annotations

import ast
from pathlib import Path

from app import settings_keys
from tests.conftest import ROOT

KEYS_MODULE = ROOT / "app" / "settings_keys.py"
# QSettings' reading and writing calls (and the Qt-free reader in app/installation.py)
KEY_CALLS = {"value", "setValue", "remove", "contains", "read_setting"}
ANY_RECEIVER = {"value", "setValue", "read_setting"}  # a str first argument: a settings key


def _sources() -> list[Path]:
    files = [*(ROOT / "app").rglob("*.py"), *(ROOT / "sync").rglob("*.py")]
    return sorted(p for p in files if p != KEYS_MODULE and "migrations" not in p.parts)


def _written_keys(path: Path) -> list[str]:
    """`file:line call(...)` for each settings call whose key is written out as text."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or not node.args:
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        if name not in KEY_CALLS:
            continue
        key = node.args[0]
        literal = isinstance(key, ast.JoinedStr) or (
            isinstance(key, ast.Constant) and isinstance(key.value, str)
        )
        receiver = ast.unparse(func.value) if isinstance(func, ast.Attribute) else ""
        if literal and (name in ANY_RECEIVER or "settings" in receiver.lower()):
            where = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path.name
            found.append(f"{where}:{node.lineno} {ast.unparse(node)}")
    return found


def test_no_settings_key_is_written_out_outside_the_keys_module() -> None:
    written = [hit for path in _sources() for hit in _written_keys(path)]
    assert written == []


def test_the_guard_finds_a_key_written_out(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        'settings.value("window/page")\n'
        'self._settings.setValue(f"lists/{name}/header", state)\n'
        'self.settings.remove("time_zone")\n'
        "box.setValue(3)\n"
        "names.remove('x')\n"
        "settings.value(settings_keys.LANGUAGE)\n"
    )
    found = _written_keys(sample)
    assert [hit.split(" ", 1)[0].rsplit(":", 1)[1] for hit in found] == ["1", "2", "3"]


def test_the_keys_are_those_existing_settings_files_hold() -> None:
    """A renamed key would silently forget every user's choice."""
    keys = {
        name: value
        for name, value in vars(settings_keys).items()
        if name.isupper() and isinstance(value, str)
    }
    assert keys == {
        "LANGUAGE": "ui/language",
        "TIME_ZONE": "time_zone",
        "USER_LOGIN": "user/login",
        "WINDOW_GEOMETRY": "window/geometry",
        "WINDOW_STATE": "window/state",
        "WINDOW_PAGE": "window/page",
        "START_PAGE": "window/start_page",
        "SYNC_SERVER": "sync/server",
        "SYNC_USER": "sync/user",
        "SYNC_INTERVAL_MINUTES": "sync/interval_minutes",
        "SYNC_ALLOW_HTTP": "sync/allow_http",
        "FOLLOW_UP_DAYS": "follow_ups/days",
        "FOLLOW_UP_TRACKING_WEEKS": "follow_ups/tracking_weeks",
        "EXPORT_FOLDER": "export/folder",
        "EXPORT_LANGUAGE": "export/language",
        "PLAN_LEAD_DAYS": "plan/work_order_lead_days",
    }
    assert settings_keys.list_header("work_orders") == "lists/work_orders/header"


def test_every_key_is_used() -> None:
    text = "\n".join(p.read_text(encoding="utf-8") for p in _sources())
    names = [n for n in vars(settings_keys) if n.isupper() or n == "list_header"]
    assert [n for n in names if f"settings_keys.{n}" not in text] == []


def test_no_key_string_is_spelled_out_elsewhere() -> None:
    """Not even as a module's own constant (`INTERVAL_KEY = "sync/…"`)."""
    values = {v for n, v in vars(settings_keys).items() if n.isupper() and isinstance(v, str)}
    spelled = []
    for path in _sources():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Constant) or not isinstance(node.value, str):
                continue
            if node.value in values or node.value.endswith("/header"):
                spelled.append(f"{path.relative_to(ROOT)}:{node.lineno} {node.value!r}")
    assert spelled == []
