"""Backups for every database, a restore that says what it brings back (and never
replaces a sound database unasked), damage that is not a new install, read-only disks
and missing displays told as such — driven through the real command line."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from app.db import backups, schema
from app.paths import backups_dir, database_path
from app.services.store import Store
from tests import factories
from tests.conftest import ROOT


def beamside(
    *args: str, env: dict[str, str] | None = None, user: int | None = None
) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"} if env is None else env
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        user=user,
    )


def a_store(data_dir: Path) -> Store:
    opened = schema.open_database(database_path(data_dir), backups_dir(data_dir))
    return Store(opened.engine, data_dir, "tester")


def add_work_order(data_dir: Path) -> str:
    store = a_store(data_dir)
    try:
        _, _, unit_id = factories.hospital_with_unit(store)
        return factories.work_order(store, unit_id).number
    finally:
        store.engine.dispose()


def daily(data_dir: Path) -> list[Path]:
    return [b.path for b in backups.backups(backups_dir(data_dir)) if b.kind == backups.DAILY]


def age_backup(path: Path, hours: float) -> Path:
    """Renames a backup as if made `hours` ago (the name is its clock)."""
    info = backups.parse(path)
    assert info is not None
    stamp = (info.made_at - timedelta(hours=hours)).strftime("%Y%m%dT%H%M%S%fZ")
    older = path.with_name(path.name.replace(info.made_at.strftime("%Y%m%dT%H%M%S%fZ"), stamp))
    return path.rename(older)


# --- backups for everyone ---------------------------------------------------------------


def test_a_database_made_at_the_current_schema_is_backed_up_at_start(data_dir: Path) -> None:
    first = beamside("--data-dir", str(data_dir), "--smoke")
    assert first.returncode == 0, first.stderr
    made = daily(data_dir)
    assert len(made) == 1 and made[0].name.endswith("-daily.db")
    assert schema.damage(made[0]) is None

    again = beamside("--data-dir", str(data_dir), "--smoke")  # within the day, no change
    assert again.returncode == 0, again.stderr
    assert daily(data_dir) == made


def test_start_backs_up_when_the_newest_copy_is_older_than_a_day(data_dir: Path) -> None:
    number = add_work_order(data_dir)
    old = age_backup(
        backups.make_backup(database_path(data_dir), backups_dir(data_dir), backups.DAILY), 25
    )
    result = beamside("--data-dir", str(data_dir), "--smoke")
    assert result.returncode == 0, result.stderr
    made = daily(data_dir)
    assert len(made) == 2 and made[0] == old
    con = sqlite3.connect(made[1])
    assert con.execute("SELECT number FROM work_order").fetchall() == [(number,)]
    con.close()


def test_a_clean_quit_copies_the_changes_of_the_day(data_dir: Path) -> None:
    database = database_path(data_dir)
    schema.open_database(database, backups_dir(data_dir)).engine.dispose()
    backups.make_backup(database, backups_dir(data_dir), backups.DAILY)  # not due at start

    result = beamside("--data-dir", str(data_dir), "--demo", "--smoke")  # work in the app
    assert result.returncode == 0, result.stderr
    shown = int(result.stdout.split()[2])
    made = daily(data_dir)
    assert len(made) == 1  # the day's earlier copy gave way to the newer one
    con = sqlite3.connect(made[0])
    assert con.execute("SELECT count(*) FROM work_order").fetchone() == (shown,)
    con.close()
    assert shown > 0


def test_seven_days_of_daily_copies_and_five_before_migrations_are_kept(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    now = datetime.now(UTC).replace(hour=12)
    names = []
    for day in range(10):
        for hour in (1, 5):  # two a day: the later one stays
            made = now - timedelta(days=day, hours=hour)
            names.append(f"beamside-{made:%Y%m%dT%H%M%S%f}Z-daily.db")
    for n in range(7):
        made = now - timedelta(days=30 + n)
        names.append(f"beamside-{made:%Y%m%dT%H%M%S%f}Z-premigration-000{n}.db")
    for name in names:
        (folder / name).write_bytes(b"")
    backups.prune(folder)
    kept = backups.backups(folder)
    kept_daily = [b for b in kept if b.kind == backups.DAILY]
    assert len(kept_daily) == 7
    assert len({b.made_at.astimezone().date() for b in kept_daily}) == 7
    assert min(b.made_at for b in kept_daily) > now - timedelta(days=7)
    pre = [b.path.name for b in kept if b.kind == backups.PRE_MIGRATION]
    assert len(pre) == 5 and all("premigration-000" in n for n in pre)
    assert not any(n.endswith("0005.db") or n.endswith("0006.db") for n in pre)  # oldest go


def test_the_backup_command_writes_a_copy_on_demand(data_dir: Path, tmp_path: Path) -> None:
    number = add_work_order(data_dir)
    out = tmp_path / "copy.db"
    result = beamside("--data-dir", str(data_dir), "backup", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        f"Backed up {database_path(data_dir)} to {out}.",
        "It holds 1 work order.",
    ]
    con = sqlite3.connect(out)
    assert con.execute("SELECT number FROM work_order").fetchall() == [(number,)]
    con.close()

    again = beamside("--data-dir", str(data_dir), "backup", "--out", str(out))
    assert again.returncode == 1
    assert f"{out} already exists" in again.stderr
    nowhere = beamside("--data-dir", str(data_dir), "backup", "--out", str(tmp_path / "x/y.db"))
    assert nowhere.returncode == 1 and "there is no folder" in nowhere.stderr
    empty = beamside("--data-dir", str(tmp_path / "none"), "backup", "--out", str(out) + "2")
    assert empty.returncode == 3 and "there is no database" in empty.stderr


# --- damage is not a new install ---------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "reason"),
    [(None, "the file is empty (0 bytes)"), ("no-tables", "the file holds no Beamside tables")],
)
def test_an_empty_or_tableless_file_is_damage_not_a_new_install(
    data_dir: Path, content: str | None, reason: str
) -> None:
    path = database_path(data_dir)
    if content is None:
        path.write_bytes(b"")
    else:  # an SQLite header, but nothing of ours
        con = sqlite3.connect(path)
        con.execute("PRAGMA user_version = 7")
        con.close()
    before = path.read_bytes()
    result = beamside("--data-dir", str(data_dir), "--smoke")
    assert result.returncode == 3
    assert f"{path} is damaged ({reason})" in result.stderr
    assert "smoke ok" not in result.stdout
    assert path.read_bytes() == before  # nothing built in its place


def test_another_programs_file_with_a_backup_is_offered_the_backup(data_dir: Path) -> None:
    number = add_work_order(data_dir)
    path = database_path(data_dir)
    backups.make_backup(path, backups_dir(data_dir), backups.DAILY)
    path.unlink()
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE notes (body TEXT)")
    con.close()

    refused = beamside("--data-dir", str(data_dir), "--smoke")
    assert refused.returncode == 3
    assert f"{path} is not a Beamside database; it has not been changed." in refused.stderr
    assert "restore-backup" in refused.stderr

    restored = beamside("--data-dir", str(data_dir), "restore-backup")
    assert restored.returncode == 0, restored.stderr
    con = sqlite3.connect(path)
    assert con.execute("SELECT number FROM work_order").fetchall() == [(number,)]
    con.close()


def test_a_new_install_leaves_no_half_built_file(data_dir: Path) -> None:
    opened = schema.open_database(database_path(data_dir), backups_dir(data_dir))
    opened.engine.dispose()
    assert sorted(p.name for p in data_dir.iterdir()) == ["beamside.db"]


# --- restore-backup ----------------------------------------------------------------------


def test_restore_refuses_to_replace_a_sound_database_unless_forced(data_dir: Path) -> None:
    path = database_path(data_dir)
    schema.open_database(path, backups_dir(data_dir)).engine.dispose()
    age_backup(backups.make_backup(path, backups_dir(data_dir), backups.DAILY), 50)
    number = add_work_order(data_dir)

    refused = beamside("--data-dir", str(data_dir), "restore-backup")
    assert refused.returncode == 1
    lines = refused.stderr.splitlines()
    assert lines[0] == (
        f"beamside: {path} is sound, so it was not replaced: restore-backup replaces only a "
        "damaged database."
    )
    assert "(2 days ago)" in lines[1]
    assert lines[2:] == [
        f"It lacks 1 work order of the current database: {number}. "
        "It lacks 0 signatures of the current database.",
        "To replace the database with it all the same: restore-backup --force",
    ]
    con = sqlite3.connect(path)
    assert con.execute("SELECT number FROM work_order").fetchall() == [(number,)]
    con.close()

    forced = beamside("--data-dir", str(data_dir), "restore-backup", "--force")
    assert forced.returncode == 0, forced.stderr
    assert f"It lacks 1 work order of the current database: {number}." in forced.stdout
    assert "The replaced file is kept beside it as beamside.db.replaced-" in forced.stdout
    assert forced.stdout.splitlines()[-1] == (
        "Changes made after the backup come back from the server only if they were synced."
    )
    con = sqlite3.connect(path)
    assert con.execute("SELECT count(*) FROM work_order").fetchone() == (0,)
    con.close()


def test_restoring_a_damaged_database_says_what_the_backup_holds(data_dir: Path) -> None:
    add_work_order(data_dir)
    path = database_path(data_dir)
    age_backup(backups.make_backup(path, backups_dir(data_dir), backups.DAILY), 3)
    path.write_bytes(b"\0garbage" * 4096)
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)

    result = beamside("--data-dir", str(data_dir), "restore-backup")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "(3 hours ago)" in out
    assert "The replaced file is kept beside it as beamside.db.damaged-" in out
    assert (
        "It holds 1 work order. The damaged file can no longer be read to count its "
        "work orders." in out
    )
    assert "come back from the server only if they were synced" in out

    zh = beamside("--data-dir", str(data_dir), "--lang", "zh_CN", "restore-backup")
    assert zh.returncode == 1
    assert "完好" in zh.stderr and "--force" in zh.stderr


# --- read-only disks, folders and files ---------------------------------------------------


@pytest.fixture
def read_only_folder(data_dir: Path) -> Iterator[Path]:
    """`data_dir` with a database, then made read-only: a read-only bind mount (a real
    read-only disk) when running as root, whom file modes do not stop; else chmod."""
    add_work_order(data_dir)
    if os.geteuid() != 0:
        data_dir.chmod(0o555)
        yield data_dir
        data_dir.chmod(0o755)
        return
    mounted = subprocess.run(["mount", "--bind", str(data_dir), str(data_dir)], check=False)
    if mounted.returncode != 0:
        pytest.skip("cannot mount a read-only folder here")
    try:
        subprocess.run(["mount", "-o", "remount,ro,bind", str(data_dir)], check=True)
        yield data_dir
    finally:
        subprocess.run(["umount", str(data_dir)], check=True)


def test_a_sound_database_in_a_read_only_folder_is_read_not_called_damaged(
    read_only_folder: Path, tmp_path: Path
) -> None:
    folder = read_only_folder
    audit = beamside("--data-dir", str(folder), "verify-audit")
    assert audit.returncode == 0, audit.stderr
    assert audit.stdout.startswith("audit trail intact:")

    copy = beamside("--data-dir", str(folder), "backup", "--out", str(tmp_path / "c.db"))
    assert copy.returncode == 0, copy.stderr

    for args in (("export-report", "WO-x", "-o", str(tmp_path / "x.pdf")), ("--smoke",)):
        result = beamside("--data-dir", str(folder), *args)
        assert result.returncode == 3, args
        assert f"Beamside cannot save in the data folder {folder}: " in result.stderr
        assert "read-only" in result.stderr
        assert "damaged" not in result.stderr and "restore" not in result.stderr
        assert "Errno" not in result.stderr


# --- messages about the folder and the display --------------------------------------------


def test_a_data_dir_that_is_a_file_is_named_as_such(tmp_path: Path) -> None:
    file = tmp_path / "notes.txt"
    file.write_text("x")
    for args in (("--smoke",), ("verify-audit",), ("restore-backup",)):
        result = beamside("--data-dir", str(file), *args)
        assert result.returncode == 3, args
        assert result.stderr.strip().endswith(
            f"The data folder {file} is a file, not a folder. Give --data-dir a folder "
            "(Beamside makes it if it is missing)."
        )
        assert "Errno" not in result.stderr
    zh = beamside("--data-dir", str(file), "--lang", "zh_CN", "--smoke")
    assert zh.returncode == 3 and "不是文件夹" in zh.stderr


def test_proc_self_is_named_as_given_and_refused_plainly() -> None:
    result = beamside("--data-dir", "/proc/self", "--smoke")
    assert result.returncode == 3
    assert "/proc/self:" in result.stderr and "not an ordinary folder" in result.stderr
    assert "Errno" not in result.stderr


def test_no_display_is_one_clear_line_and_the_commands_still_work(data_dir: Path) -> None:
    schema.open_database(database_path(data_dir), backups_dir(data_dir)).engine.dispose()
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    app = beamside("--data-dir", str(data_dir), "--smoke", env=env)
    assert app.returncode == 4
    assert app.stderr.splitlines() == [
        "beamside: Beamside needs a desktop session to show its window, and none was found "
        "(DISPLAY and WAYLAND_DISPLAY are not set). Start it from the desktop; for --smoke "
        "and the commands without a screen, set QT_QPA_PLATFORM=offscreen."
    ]
    audit = beamside("--data-dir", str(data_dir), "verify-audit", env=env)
    assert audit.returncode == 0, audit.stderr


def test_a_backup_is_one_self_contained_file(data_dir: Path) -> None:
    add_work_order(data_dir)
    made = backups.make_backup(database_path(data_dir), backups_dir(data_dir), backups.DAILY)
    assert schema.damage(made) is None and backups.contents(made).work_orders == 1
    refused = beamside("--data-dir", str(data_dir), "restore-backup")  # reads the backup
    assert refused.returncode == 1
    assert [p.name for p in backups_dir(data_dir).iterdir()] == [made.name]
    con = sqlite3.connect(made)
    assert con.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    con.close()


def test_the_damage_is_said_in_chinese_too(data_dir: Path) -> None:
    database_path(data_dir).write_bytes(b"")
    result = beamside("--data-dir", str(data_dir), "--lang", "zh_CN", "--smoke")
    assert result.returncode == 3
    assert f"{database_path(data_dir)} 已损坏（文件为空（0 字节））。" in result.stderr
