"""The restore question as the app asks it, and Settings → Backups."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox
from pytestqt.qtbot import QtBot

from app.db import backups, schema
from app.paths import backups_dir, database_path
from app.services.store import Store
from app.ui.application import LaunchOptions, explain_database_problem, open_store
from app.ui.backups.backups_dialog import BackupsDialog
from app.ui.i18n import install_translators
from app.ui.main_window import MainWindow
from tests import factories


@pytest.fixture
def english(qapp: QApplication) -> Iterator[QApplication]:
    install_translators(qapp, "en")
    yield qapp
    install_translators(qapp, "en")


def explain(data_dir: Path) -> bool:
    """What start-up says of the database it could not open; True: restore chosen."""
    try:
        schema.open_database(database_path(data_dir), backups_dir(data_dir))
    except schema.DatabaseProblem as problem:
        return explain_database_problem(LaunchOptions(data_dir), problem)
    raise AssertionError("the database opened")


def damaged_with_backup(data_dir: Path, hours_old: float) -> None:
    """One work order, a backup of it `hours_old`, then the database overwritten."""
    opened = schema.open_database(database_path(data_dir), backups_dir(data_dir))
    store = Store(opened.engine, data_dir, "tester")
    _, _, unit_id = factories.hospital_with_unit(store)
    factories.work_order(store, unit_id)
    opened.engine.dispose()
    made = backups.make_backup(database_path(data_dir), backups_dir(data_dir), backups.DAILY)
    info = backups.parse(made)
    assert info is not None
    old = info.made_at - timedelta(hours=hours_old)
    made.rename(made.with_name(f"beamside-{old:%Y%m%dT%H%M%S%f}Z-daily.db"))
    database_path(data_dir).write_bytes(b"\0garbage" * 4096)
    for suffix in ("-wal", "-shm"):
        Path(f"{database_path(data_dir)}{suffix}").unlink(missing_ok=True)


def ask(monkeypatch: pytest.MonkeyPatch, answer: QMessageBox.StandardButton) -> list[str]:
    asked: list[str] = []

    def question(_parent: Any, _title: str, text: str, *_args: Any) -> QMessageBox.StandardButton:
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def test_the_restore_question_says_age_contents_and_what_comes_back(
    english: QApplication, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    damaged_with_backup(data_dir, hours_old=30)
    asked = ask(monkeypatch, QMessageBox.StandardButton.No)
    assert explain(data_dir) is False
    lines = asked[0].splitlines()
    assert lines[0].startswith(f"{database_path(data_dir)} is damaged (")
    assert lines[2] == "Restore the latest backup? The damaged file is kept beside it, renamed."
    assert lines[3].startswith("The backup beamside-") and lines[3].endswith("(30 hours ago).")
    assert lines[4] == (
        "It holds 1 work order. The damaged file can no longer be read to count its work orders."
    )
    assert lines[5] == (
        "Changes made after the backup come back from the server only if they were synced."
    )
    assert database_path(data_dir).read_bytes().startswith(b"\0garbage")  # No: untouched


def test_the_restore_question_in_chinese_then_yes_restores(
    english: QApplication, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    damaged_with_backup(data_dir, hours_old=50)
    install_translators(english, "zh_CN")
    asked = ask(monkeypatch, QMessageBox.StandardButton.Yes)
    assert explain(data_dir) is True  # restore chosen: start-up opens again, restoring first
    opened = open_store(LaunchOptions(data_dir), "tester", restore_first=True)
    opened.opened.engine.dispose()
    text = asked[0]
    assert "（2 天前）" in text
    assert "其中有 1 个工单。损坏的文件已无法读取，无法统计其中的工单数。" in text
    assert "备份之后所做的更改，只有已同步过的才能从服务器取回。" in text
    assert backups.contents(database_path(data_dir)).work_orders == 1


def test_settings_shows_where_backups_are_and_when_the_last_was_made(
    english: QApplication, qtbot: QtBot, store: Store
) -> None:
    settings = QSettings(str(store.data_dir / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(store, settings, "K7M3")
    qtbot.addWidget(window)
    menu_texts = [a.text() for a in window.menuBar().actions()]
    assert "&Settings" in menu_texts
    settings_menu = window.menuBar().actions()[menu_texts.index("&Settings")].menu()
    assert isinstance(settings_menu, QMenu)
    assert window.backups_action in settings_menu.actions()

    folder = backups_dir(store.data_dir)
    dialog = BackupsDialog(folder)
    qtbot.addWidget(dialog)
    assert dialog.folder_label.text() == str(folder)
    qtbot.waitUntil(lambda: dialog.last_label.text() == "None yet")

    made = backups.make_backup(database_path(store.data_dir), folder, backups.DAILY)
    info = backups.parse(made)
    assert info is not None
    again = BackupsDialog(folder)
    qtbot.addWidget(again)
    qtbot.waitUntil(lambda: "ago" in again.last_label.text())
    assert again.last_label.text() == (
        f"{info.made_at.astimezone():%Y-%m-%d %H:%M} (0 minutes ago)"
    )
    assert again.count_label.text() == "1"


def test_a_damaged_file_that_can_still_be_counted_is_compared(english: QApplication) -> None:
    from app.ui.backups.backup_texts import holds

    assert holds(backups.Contents(3, 1), backups.Contents(5, 2)) == (
        "It holds 3 work orders. The damaged file holds 5 work orders."
    )
    assert holds(backups.Contents(1, 0), None) == "It holds 1 work order."


def test_a_read_only_database_is_reported_read_only_not_damaged(
    english: QApplication,
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Root writes through file modes, so the refusal is simulated where it is decided."""
    schema.open_database(database_path(data_dir), backups_dir(data_dir)).engine.dispose()
    monkeypatch.setattr(schema, "_writable", lambda _path: False)
    try:
        schema.open_database(database_path(data_dir), backups_dir(data_dir))
    except schema.DatabaseProblem as problem:
        assert explain_database_problem(LaunchOptions(data_dir, smoke=True), problem) is False
    said = capsys.readouterr().err
    assert f"The database {database_path(data_dir)} is read-only. It is sound" in said
    assert "damaged" not in said and "restore" not in said
