"""Attachments: stored once by hash, refused clearly, soft-deleted; the thumbnail widget."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDesktopServices, QDropEvent, QImage
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from app.db.fieldwork import Attachment, ChecklistRun, ChecklistValue
from app.domain.enums import RunState, Verdict
from app.domain.records import ValidationError
from app.services.records import RecordGone
from app.services.store import Store
from app.services.work_orders import attachments
from app.services.work_orders.attachments import AttachmentRefused
from app.ui.i18n import install_translators
from app.ui.tasks import wait_for_background
from app.ui.work_orders.attachments_widget import AttachmentsWidget
from tests import factories


@pytest.fixture
def work_order_id(store: Store) -> str:
    _, _, unit_id = factories.hospital_with_unit(store)
    return factories.work_order(store, unit_id).id


def blob_files(store: Store) -> list[Path]:
    folder = store.data_dir / "blobs"
    return sorted(p for p in folder.rglob("*") if p.is_file()) if folder.exists() else []


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def photo(path: Path, color: str = "orange", size: tuple[int, int] = (640, 480)) -> Path:
    image = QImage(*size, QImage.Format.Format_RGB32)
    image.fill(QColor(color))
    assert image.save(str(path))  # format from the suffix
    return path


def checklist_value(store: Store, work_order_id: str) -> str:
    now = datetime(2026, 5, 1, 9, 0, tzinfo=UTC)
    with store.session() as session:
        run = ChecklistRun(
            work_order_id=work_order_id,
            template_id="linac-monthly",
            template_version=1,
            template_title="Linac monthly QA",
            template_snapshot={},
            state=RunState.IN_PROGRESS,
            started_at=now,
        )
        session.add(run)
        session.flush()
        value = ChecklistValue(
            run_id=run.id, item_id="laser-alignment", verdict=Verdict.PASS, entered_at=now
        )
        session.add(value)
        session.flush()
        return value.id


# --- service ---------------------------------------------------------------------------


def test_the_same_photo_twice_is_stored_once(
    store: Store, work_order_id: str, tmp_path: Path
) -> None:
    first = write(tmp_path / "IMG_0001.jpg", b"\xff\xd8 same bytes " * 1000)
    copy = tmp_path / "copy"
    copy.mkdir()
    second = write(copy / "leaf A23.jpg", first.read_bytes())

    a = attachments.add_attachment(store, work_order_id, first)
    b = attachments.add_attachment(store, work_order_id, second)

    assert a.sha256 == b.sha256 and a.id != b.id
    assert blob_files(store) == [attachments.blob_path(store, a.sha256)]
    rows = attachments.list_attachments(store, work_order_id)
    assert [(r.filename, r.media_type, r.size) for r in rows] == [
        ("IMG_0001.jpg", "image/jpeg", 14_000),
        ("leaf A23.jpg", "image/jpeg", 14_000),
    ]
    assert rows[0].is_image


def test_different_files_are_two_blobs(store: Store, work_order_id: str, tmp_path: Path) -> None:
    report = attachments.add_attachment(store, work_order_id, write(tmp_path / "r.pdf", b"%PDF-1"))
    other = attachments.add_attachment(store, work_order_id, write(tmp_path / "log", b"x" * 10))
    assert len(blob_files(store)) == 2
    assert report.media_type == "application/pdf" and not report.is_image
    assert other.media_type == "application/octet-stream"


def test_blob_is_named_by_its_content_hash(
    store: Store, work_order_id: str, tmp_path: Path
) -> None:
    data = bytes(range(256)) * 9000  # spans several copy chunks
    row = attachments.add_attachment(store, work_order_id, write(tmp_path / "dump.bin", data))
    blob = attachments.blob_path(store, row.sha256)
    assert row.sha256 == hashlib.sha256(data).hexdigest()
    assert blob.name == row.sha256 and blob.parent.name == row.sha256[:2]
    assert hashlib.sha256(blob.read_bytes()).hexdigest() == blob.name
    assert attachments.verify_blob(store, row.sha256)
    assert not list((store.data_dir / "blobs").glob(".incoming-*"))  # no temp left

    blob.write_bytes(data[:-1] + b"!")  # bit rot
    assert not attachments.verify_blob(store, row.sha256)
    assert not attachments.verify_blob(store, "0" * 64)  # missing


def test_blob_path_refuses_what_is_not_a_hash(store: Store) -> None:
    with pytest.raises(ValueError):
        attachments.blob_path(store, "../../beamside.db")


def test_over_the_limit_is_refused_with_the_limit_and_nothing_stored(
    store: Store, work_order_id: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(attachments, "MAX_ATTACHMENT_BYTES", attachments.MEGABYTE)
    big = write(tmp_path / "scan.tif", b"\0" * (attachments.MEGABYTE + 1))

    with pytest.raises(ValidationError) as caught:
        attachments.add_attachment(store, work_order_id, big)

    assert isinstance(caught.value, AttachmentRefused)
    assert caught.value.reason == attachments.TOO_LARGE
    assert caught.value.errors[0].message == (
        "This file is larger than 1 MB, the limit for one attachment."
    )
    assert blob_files(store) == []
    assert attachments.list_attachments(store, work_order_id) == []
    # exactly at the limit is fine
    attachments.add_attachment(store, work_order_id, write(big, b"\0" * attachments.MEGABYTE))
    assert len(blob_files(store)) == 1


def test_the_default_limit_is_50_megabytes() -> None:
    assert attachments.MAX_ATTACHMENT_BYTES == 50 * 1024 * 1024
    assert attachments.megabytes(attachments.MAX_ATTACHMENT_BYTES) == "50"


@pytest.mark.parametrize("name", ["missing.jpg", "a folder"])
def test_an_unreadable_path_is_refused(
    store: Store, work_order_id: str, tmp_path: Path, name: str
) -> None:
    (tmp_path / "a folder").mkdir()
    with pytest.raises(AttachmentRefused) as caught:
        attachments.add_attachment(store, work_order_id, tmp_path / name)
    assert caught.value.reason in (attachments.UNREADABLE, attachments.NOT_A_FILE)
    assert caught.value.errors[0].message.startswith("This ")
    assert blob_files(store) == []
    assert attachments.list_attachments(store, work_order_id) == []


def test_remove_soft_deletes_the_row_and_keeps_the_shared_blob(
    store: Store, work_order_id: str, tmp_path: Path
) -> None:
    path = write(tmp_path / "a.jpg", b"photo")
    kept = attachments.add_attachment(store, work_order_id, path)
    gone = attachments.add_attachment(store, work_order_id, path)

    attachments.remove_attachment(store, gone.id)

    assert [r.id for r in attachments.list_attachments(store, work_order_id)] == [kept.id]
    with store.reading() as session:
        tombstone = session.get(Attachment, gone.id)
        assert tombstone is not None and tombstone.deleted_at is not None
        assert tombstone.updated_by == "tester"
    assert attachments.verify_blob(store, gone.sha256)
    with pytest.raises(RecordGone):
        attachments.remove_attachment(store, gone.id)


def test_checklist_item_attachments(store: Store, work_order_id: str, tmp_path: Path) -> None:
    item_id = checklist_value(store, work_order_id)
    on_order = attachments.add_attachment(store, work_order_id, write(tmp_path / "a.png", b"a"))
    on_item = attachments.add_attachment(
        store, work_order_id, write(tmp_path / "b.png", b"b"), item_id
    )
    assert attachments.list_attachments(store, work_order_id, item_id) == [on_item]
    assert attachments.list_attachments(store, work_order_id) == [on_order, on_item]


def test_an_unknown_work_order_is_refused(store: Store, tmp_path: Path) -> None:
    with pytest.raises(RecordGone):
        attachments.add_attachment(store, "no-such-order", write(tmp_path / "a.png", b"a"))


def test_open_copy_has_the_original_name_and_is_read_only(
    store: Store, work_order_id: str, tmp_path: Path
) -> None:
    row = attachments.add_attachment(store, work_order_id, write(tmp_path / "报告.pdf", b"%PDF"))
    copy = attachments.open_copy(store, row)
    assert copy.name == "报告.pdf" and copy.read_bytes() == b"%PDF"
    assert not copy.stat().st_mode & 0o222
    assert attachments.open_copy(store, row) == copy  # reused, not copied again
    assert attachments.safe_filename("../a:b*?.txt") == "_a_b__.txt"
    assert attachments.safe_filename("..") == "attachment"


# --- widget ----------------------------------------------------------------------------


@pytest.fixture
def english(qapp: QApplication) -> None:
    install_translators(qapp, "en")


def make_widget(qtbot: QtBot, store: Store, work_order_id: str) -> AttachmentsWidget:
    widget = AttachmentsWidget(store, work_order_id)
    qtbot.addWidget(widget)
    widget.resize(640, 360)
    widget.show()
    return widget


def test_widget_shows_a_thumbnail_once_loaded(
    qtbot: QtBot, store: Store, work_order_id: str, tmp_path: Path, english: None
) -> None:
    row = attachments.add_attachment(store, work_order_id, photo(tmp_path / "gantry.png"))
    attachments.add_attachment(store, work_order_id, write(tmp_path / "service.pdf", b"%PDF"))

    widget = make_widget(qtbot, store, work_order_id)

    assert widget.list.count() == 2
    qtbot.waitUntil(lambda: widget.thumbnail_loaded(row.sha256))
    item = widget.list.item(0)
    assert item.text() == "gantry.png"
    shown = item.icon().pixmap(widget.list.iconSize()).toImage()
    assert shown.width() == 112 and shown.height() == 84  # 640x480 scaled to fit 112
    assert shown.pixelColor(shown.width() // 2, shown.height() // 2) == QColor("orange")
    assert not widget.thumbnail_loaded(attachments.list_attachments(store, work_order_id)[1].sha256)


def test_widget_adds_files_in_the_background(
    qtbot: QtBot, store: Store, work_order_id: str, tmp_path: Path, english: None
) -> None:
    widget = make_widget(qtbot, store, work_order_id)
    assert widget.list.count() == 0

    with qtbot.waitSignal(widget.changed):
        widget.add_files([photo(tmp_path / "a.png", "red"), photo(tmp_path / "b.png", "blue")])
        assert not widget.add_button.isEnabled()  # busy while copying
        assert widget.busy.isVisibleTo(widget)

    assert [widget.list.item(i).text() for i in range(widget.list.count())] == ["a.png", "b.png"]
    assert widget.add_button.isEnabled() and not widget.busy.isVisibleTo(widget)
    assert len(widget.selected_ids()) == 2  # what was just added is what is chosen
    assert len(attachments.list_attachments(store, work_order_id)) == 2


def test_widget_takes_dropped_files(
    qtbot: QtBot, store: Store, work_order_id: str, tmp_path: Path, english: None
) -> None:
    widget = make_widget(qtbot, store, work_order_id)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(write(tmp_path / "trace.csv", b"t,v\n")))])
    drop = QDropEvent(
        QPointF(20, 20),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )

    with qtbot.waitSignal(widget.changed):
        widget.list.dropEvent(drop)

    assert drop.isAccepted()
    assert widget.list.item(0).text() == "trace.csv"


def test_widget_shows_refusals_translated_with_the_limit(
    qtbot: QtBot,
    store: Store,
    work_order_id: str,
    tmp_path: Path,
    english: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(attachments, "MAX_ATTACHMENT_BYTES", attachments.MEGABYTE // 2)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    widget = make_widget(qtbot, store, work_order_id)

    widget.add_files([write(tmp_path / "huge.bin", b"\0" * attachments.MEGABYTE)])

    qtbot.waitUntil(lambda: bool(shown))
    # the plural heading comes from the catalogue; the reason line is what matters here
    assert len(shown) == 1 and shown[0].endswith(
        "\n\nhuge.bin: This file is larger than 0.5 MB, the limit for one attachment."
    )
    assert widget.list.count() == 0 and widget.add_button.isEnabled()


def test_widget_removes_after_asking(
    qtbot: QtBot,
    store: Store,
    work_order_id: str,
    tmp_path: Path,
    english: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    attachments.add_attachment(store, work_order_id, write(tmp_path / "a.pdf", b"a"))
    widget = make_widget(qtbot, store, work_order_id)
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: answers.pop(0))
    widget.list.item(0).setSelected(True)

    with qtbot.assertNotEmitted(widget.changed):
        widget.remove_selected()
    assert widget.list.count() == 1
    with qtbot.waitSignal(widget.changed):
        widget.list.delete_pressed.emit()
    assert widget.list.count() == 0
    assert len(blob_files(store)) == 1


def test_widget_opens_a_copy_named_like_the_original(
    qtbot: QtBot,
    store: Store,
    work_order_id: str,
    tmp_path: Path,
    english: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    attachments.add_attachment(store, work_order_id, write(tmp_path / "log.txt", b"vacuum"))
    opened: list[QUrl] = []

    def open_url(url: QUrl) -> bool:
        opened.append(url)
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    widget = make_widget(qtbot, store, work_order_id)
    widget.list.item(0).setSelected(True)

    widget.open_selected()

    qtbot.waitUntil(lambda: bool(opened))
    path = Path(opened[0].toLocalFile())
    assert path.name == "log.txt" and path.read_bytes() == b"vacuum"
    assert wait_for_background()
