"""`python main.py …` as scripts and users run it: exit codes and messages, no tracebacks."""

from __future__ import annotations

import argparse
import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

from app import __version__
from app.db.schema import backup_database, open_database
from app.paths import backups_dir, database_path
from tests.conftest import ROOT


def beamside(*args: str, timeout: int = 120) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=ROOT,
    )


def test_version() -> None:
    result = beamside("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"Beamside {__version__}"


def test_smoke_with_demo_data_shows_the_work_orders(data_dir: Path) -> None:
    result = beamside("--data-dir", str(data_dir), "--demo", "--smoke", "--lang", "zh_CN")
    assert result.returncode == 0, result.stderr
    match = re.fullmatch(r"smoke ok: (\d+) work orders", result.stdout.strip())
    assert match and int(match[1]) >= 100
    again = beamside("--data-dir", str(data_dir), "--demo", "--smoke")
    assert again.stdout.strip() == result.stdout.strip()  # the demo is never duplicated


def test_a_newer_database_is_refused_with_a_message(data_dir: Path) -> None:
    open_database(database_path(data_dir), backups_dir(data_dir)).engine.dispose()
    con = sqlite3.connect(database_path(data_dir))
    con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.commit()
    con.close()
    result = beamside("--data-dir", str(data_dir), "--smoke")
    assert result.returncode == 3
    assert "newer version of Beamside" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_damaged_database_points_to_its_backup_which_restore_brings_back(
    data_dir: Path,
) -> None:
    path = database_path(data_dir)
    open_database(path, backups_dir(data_dir)).engine.dispose()
    backup_database(path, backups_dir(data_dir), "manual")
    path.write_bytes(b"\0garbage" * 4096)
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)

    refused = beamside("--data-dir", str(data_dir), "--smoke")
    assert refused.returncode == 3
    assert "is damaged" in refused.stderr and "restore-backup" in refused.stderr
    assert path.read_bytes().startswith(b"\0garbage")  # nothing overwritten silently

    restored = beamside("--data-dir", str(data_dir), "restore-backup")
    assert restored.returncode == 0, restored.stderr
    assert beamside("--data-dir", str(data_dir), "--smoke").stdout.strip() == (
        "smoke ok: 0 work orders"
    )


def test_restore_without_a_backup_fails_clearly(data_dir: Path) -> None:
    result = beamside("--data-dir", str(data_dir), "restore-backup")
    assert result.returncode == 3
    assert "no usable backup" in result.stderr


def test_a_bad_option_is_a_usage_error() -> None:
    result = beamside("--lang", "fr")
    assert result.returncode == 2
    assert "invalid choice" in result.stderr


def test_the_demo_without_a_data_folder_keeps_out_of_the_users_records(tmp_path: Path) -> None:
    """`main.py --demo` (the README's first command) fills its own folder, beside the
    user's real one, never the real one."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_DATA_HOME": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--demo", "--smoke"],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr
    assert "smoke ok:" in result.stdout
    assert (tmp_path / "Beamside-demo" / "beamside.db").is_file()
    assert not (tmp_path / "Beamside").exists()


def _cells(row: str) -> list[str]:
    """A Markdown table row's cells (`\\|` inside a cell is not a border)."""
    return [c.strip() for c in re.split(r"(?<!\\)\|", row)[1:-1]]


def _readme_table(heading_row: str) -> dict[str, str]:
    """First cell (its first word, in backticks) → the whole row, of the README table
    whose header row is `heading_row`."""
    lines = (ROOT / "README.md").read_text().splitlines()
    start = lines.index(heading_row) + 2
    rows: dict[str, str] = {}
    for line in lines[start:]:
        if not line.startswith("|"):
            break
        first = _cells(line)[0].strip("`").split()[0]
        rows[first] = line
    return rows


def test_the_readme_lists_every_option_and_command_with_their_exit_codes() -> None:
    """Options and commands in separate tables, each as the parser has them, and the
    exit codes of the commands a script acts on."""
    from app.cli import EXIT_DATABASE, EXIT_EXPORT, EXIT_USAGE, build_parser

    parser = build_parser()
    options = {
        option
        for action in parser._actions
        for option in action.option_strings
        if option.startswith("--") and option != "--help"
    }
    commands = {
        name
        for action in parser._actions
        if isinstance(action, argparse._SubParsersAction)
        for name in action.choices
    }
    assert set(_readme_table("| option | meaning |")) == options
    rows = _readme_table("| command | what it does | exit codes |")
    assert set(rows) == commands
    cell = {name: _cells(row)[2] for name, row in rows.items()}
    assert f"{EXIT_DATABASE} no usable backup" in cell["restore-backup"]
    assert "1 refused: the database is sound" in cell["restore-backup"]
    assert f"{EXIT_DATABASE} no database, or a damaged one" in cell["backup"]
    for name in ("export-report", "export-reports"):
        assert "0 " in cell[name] and f"{EXIT_EXPORT} " in cell[name]
        assert f"{EXIT_DATABASE} no database" in cell[name]
    assert f"{EXIT_USAGE} no work order with that number" in cell["export-report"]
    usage = "    .venv/bin/python main.py [OPTIONS] [COMMAND [ARGUMENTS]]"
    assert usage in (ROOT / "README.md").read_text().splitlines()
