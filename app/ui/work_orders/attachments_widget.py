"""Photos and files of a work order (or one checklist item), shown as thumbnails.

Everything that touches file contents runs in a worker: copying into the blob store,
scaling photos (QImageReader decodes at the reduced size, so a 40-megapixel photo never
blocks the GUI nor sits whole in memory) and copying a blob out for another program to
open. Workers return QImage, which is safe off the GUI thread; pixmaps and icons are
made on the GUI thread. Thumbnails are kept by hash, so a refresh after adding one file
does not rescale the others.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QItemSelectionModel,
    QMimeData,
    QMimeDatabase,
    QModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import (
    QDesktopServices,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QIcon,
    QImage,
    QImageReader,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QPixmap,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from app.services.records import RecordGone
from app.services.store import Store
from app.services.work_orders import attachments
from app.services.work_orders.attachments import AttachmentRefused, AttachmentRow
from app.ui.i18n import arg, labelled
from app.ui.labels import format_datetime
from app.ui.tasks import run_in_background

THUMBNAIL = 112  # px, logical; the longer side of a photo's thumbnail
ID_ROLE = Qt.ItemDataRole.UserRole
_mime_types = QMimeDatabase()


def load_image_plugins() -> None:
    """Makes Qt load its image-format plugins now, on the GUI thread. A worker's first
    QImageReader would otherwise load them: Qt then moves each plugin to the GUI thread
    under a shared object lock while that worker holds Python's lock, and a widget being
    destroyed on the GUI thread at that moment (waiting for Python's lock, holding Qt's)
    deadlocks both threads. Loaded plugins are kept, so this runs its course once."""
    QImageReader.supportedImageFormats()


def read_thumbnail(path: Path, box: QSize) -> QImage:
    """The image scaled to fit `box`, decoded at that size where the format allows
    (JPEG does) and turned upright by its EXIF orientation, as phones save photos."""
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    size = reader.size()
    if size.isValid() and (size.width() > box.width() or size.height() > box.height()):
        reader.setScaledSize(size.scaled(box, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    if image.isNull():
        raise ValueError(reader.errorString())
    return image


def file_type_icon(style: QStyle, suffix: str, size: QSize) -> QIcon:
    """The style's file icon with the name's suffix (PDF, XLSX…) written on it: Windows
    and bare desktops have no icon theme, and a blank page says nothing of the type."""
    page = style.standardIcon(QStyle.StandardPixmap.SP_FileIcon)
    pixmap = QPixmap(size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    page.paint(painter, pixmap.rect())
    if suffix:
        font = painter.font()
        font.setBold(True)
        font.setPixelSize(max(9, size.height() // 7))
        painter.setFont(font)
        width = painter.fontMetrics().horizontalAdvance(suffix) + size.width() // 8
        height = painter.fontMetrics().height() + 4
        badge = QRect(0, 0, width, height)
        badge.moveCenter(QPoint(size.width() // 2, size.height() * 5 // 8))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(style.standardPalette().highlight())
        painter.drawRoundedRect(badge, 4, 4)
        painter.setPen(style.standardPalette().highlightedText().color())
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, suffix)
    painter.end()
    return QIcon(pixmap)


@dataclass
class AddOutcome:
    """What one background add did: rows stored, and (file name, reason) refused."""

    added: list[AttachmentRow] = field(default_factory=list)
    refused: list[tuple[str, AttachmentRefused]] = field(default_factory=list)


class AttachmentListWidget(QListWidget):
    """Icon grid that takes files dropped from outside and reports Enter and Delete."""

    files_dropped = Signal(list)  # list[Path]
    open_pressed = Signal()
    delete_pressed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.placeholder = ""
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setIconSize(QSize(THUMBNAIL, THUMBNAIL))
        self.setGridSize(QSize(THUMBNAIL + 40, THUMBNAIL + 3 * self.fontMetrics().height()))
        self.setMovement(QListView.Movement.Static)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.setUniformItemSizes(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setDragEnabled(False)  # icon mode turns on moving items about; nothing to move
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(False)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if local_files(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if local_files(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = local_files(event.mimeData())
        if not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.files_dropped.emit(paths)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Delete):
            self.delete_pressed.emit()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.open_pressed.emit()
            return
        super().keyPressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.count() == 0 and self.placeholder:
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().placeholderText().color())
            painter.drawText(
                self.viewport().rect().adjusted(12, 12, -12, -12),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self.placeholder,
            )
            painter.end()


def local_files(mime: QMimeData) -> list[Path]:
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


class AttachmentsWidget(QWidget):
    """Thumbnails with Add / Open / Remove; emits `changed` after an add or a remove."""

    changed = Signal()

    def __init__(
        self,
        store: Store,
        work_order_id: str,
        checklist_value_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.work_order_id = work_order_id
        self.checklist_value_id = checklist_value_id
        self._rows: dict[str, AttachmentRow] = {}
        self._thumbnails: dict[str, QIcon] = {}  # by sha256; survives refreshes
        self._loading: set[str] = set()  # sha256 with a thumbnail under way
        self._file_icons: dict[str, QIcon] = {}  # by file name suffix
        self._adding = 0  # files being stored by workers
        self._last_folder = ""

        self.list = AttachmentListWidget()
        self.list.placeholder = self.tr("No photos or files yet. Drop them here or add them.")
        self.list.files_dropped.connect(self.add_files)
        self.list.open_pressed.connect(self.open_selected)
        self.list.delete_pressed.connect(self.remove_selected)
        self.list.itemDoubleClicked.connect(lambda _item: self.open_selected())
        self.list.itemSelectionChanged.connect(self._update_buttons)

        self.add_button = QPushButton(self.tr("Add photo or file…"))
        self.open_button = QPushButton(self.tr("Open"))
        self.remove_button = QPushButton(self.tr("Remove…"))
        self.add_button.clicked.connect(self._choose_files)
        self.open_button.clicked.connect(self.open_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # no end known: the bar just moves
        self.busy.setTextVisible(False)
        self.busy.setMaximumWidth(100)
        self.busy_label = QLabel()
        self.busy.hide()
        self.busy_label.hide()

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.busy)
        buttons.addWidget(self.busy_label)
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.refresh()

    # --- showing ---------------------------------------------------------------------

    def refresh(self, select: list[str] | None = None) -> None:
        """Reloads the rows (a handful per work order: an indexed read), selecting `select`
        or else what was selected; thumbnails not seen before load in the background."""
        rows = attachments.list_attachments(self.store, self.work_order_id, self.checklist_value_id)
        chosen = select if select is not None else self.selected_ids()
        self.list.blockSignals(True)  # one selection update at the end, not one per item
        self.list.clear()
        self._rows = {row.id: row for row in rows}
        current: QListWidgetItem | None = None
        for row in rows:
            item = QListWidgetItem(self._icon(row), row.filename)
            item.setData(ID_ROLE, row.id)
            item.setToolTip(self._describe(row))
            self.list.addItem(item)
            if row.id in chosen:
                current = current or item
                item.setSelected(True)
            if row.is_image and row.sha256 not in self._thumbnails:
                self._load_thumbnail(row.sha256)
        if current is not None:
            # the current item is drawn highlighted; left on the first row, it would
            # look chosen too
            self.list.setCurrentItem(current, QItemSelectionModel.SelectionFlag.NoUpdate)
            self.list.scrollToItem(current)
        else:
            self.list.setCurrentIndex(QModelIndex())
        self.list.blockSignals(False)
        self._update_buttons()

    def selected_ids(self) -> list[str]:
        return [str(item.data(ID_ROLE)) for item in self.list.selectedItems()]

    def thumbnail_loaded(self, sha256: str) -> bool:
        """Whether the photo with this hash shows as itself (tests wait on this)."""
        return sha256 in self._thumbnails

    def _icon(self, row: AttachmentRow) -> QIcon:
        thumbnail = self._thumbnails.get(row.sha256)
        if thumbnail is not None:
            return thumbnail
        kind = _mime_types.mimeTypeForName(row.media_type)
        for name in (kind.iconName(), kind.genericIconName()):
            if name and QIcon.hasThemeIcon(name):
                return QIcon.fromTheme(name)
        suffix = Path(row.filename).suffix[1:5].upper()
        if suffix not in self._file_icons:
            self._file_icons[suffix] = file_type_icon(self.style(), suffix, self.list.iconSize())
        return self._file_icons[suffix]

    def _describe(self, row: AttachmentRow) -> str:
        kind = _mime_types.mimeTypeForName(row.media_type).comment() or row.media_type
        size = self.locale().formattedDataSize(row.size)
        added = arg(self.tr("Added %1"), format_datetime(row.created_at))
        return f"{row.filename}\n{kind} · {size}\n{added}"

    def _load_thumbnail(self, sha256: str) -> None:
        if sha256 in self._loading:
            return
        self._loading.add(sha256)
        ratio = self.devicePixelRatioF()
        box = QSize(round(THUMBNAIL * ratio), round(THUMBNAIL * ratio))
        path = attachments.blob_path(self.store, sha256)

        def done(image: QImage) -> None:
            self._loading.discard(sha256)
            image.setDevicePixelRatio(ratio)
            icon = QIcon(QPixmap.fromImage(image))
            self._thumbnails[sha256] = icon
            for item in self._items():
                if self._rows[str(item.data(ID_ROLE))].sha256 == sha256:
                    item.setIcon(icon)

        def failed(_exc: BaseException) -> None:
            # not an image after all, or the blob is missing: the file icon stays
            self._loading.discard(sha256)

        load_image_plugins()
        run_in_background(lambda: read_thumbnail(path, box), self._guard(done), self._guard(failed))

    def _items(self) -> list[QListWidgetItem]:
        return [self.list.item(i) for i in range(self.list.count())]

    def _update_buttons(self) -> None:
        chosen = bool(self.list.selectedItems())
        self.open_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)
        self.add_button.setEnabled(self._adding == 0)
        self.busy.setVisible(self._adding > 0)
        self.busy_label.setVisible(self._adding > 0)
        self.busy_label.setText(self.tr("Storing %n file(s)…", "", self._adding))

    # --- adding ----------------------------------------------------------------------

    def _choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Add photos or files"),
            self._last_folder,
            self.tr("All files (*);;Photos (*.jpg *.jpeg *.png *.heic *.webp *.bmp *.tif *.tiff)"),
        )
        if names:
            self._last_folder = str(Path(names[0]).parent)
            self.add_files([Path(name) for name in names])

    def add_files(self, paths: list[Path]) -> None:
        """Stores the files in a worker (hashing and copying take a while on big files);
        the list refreshes when they are in, and refusals are shown together."""
        if not paths:
            return
        store, work_order_id, item_id = self.store, self.work_order_id, self.checklist_value_id

        def work() -> AddOutcome:
            outcome = AddOutcome()
            for path in paths:
                try:
                    row = attachments.add_attachment(store, work_order_id, path, item_id)
                except AttachmentRefused as exc:
                    outcome.refused.append((path.name, exc))
                else:
                    outcome.added.append(row)
            return outcome

        def done(outcome: AddOutcome) -> None:
            self._adding -= len(paths)
            self._update_buttons()
            if outcome.added:
                self.refresh(select=[row.id for row in outcome.added])
                self.changed.emit()
            if outcome.refused:
                self._show_refusals(outcome.refused)

        def failed(exc: BaseException) -> None:
            self._adding -= len(paths)
            self._update_buttons()
            if not isinstance(exc, RecordGone):
                raise exc  # unexpected: the application's handler logs and tells
            QMessageBox.warning(
                self,
                self.tr("Attachments"),
                self.tr("This work order was deleted meanwhile; nothing was attached."),
            )

        self._adding += len(paths)
        self._update_buttons()
        run_in_background(work, self._guard(done), self._guard(failed))

    def _show_refusals(self, refused: list[tuple[str, AttachmentRefused]]) -> None:
        lines = [labelled(name, reason_text(exc)) for name, exc in refused]
        QMessageBox.warning(
            self,
            self.tr("Attachments"),
            self.tr("%n file(s) could not be attached:", "", len(refused))
            + "\n\n"
            + "\n".join(lines),
        )

    # --- opening and removing --------------------------------------------------------

    def open_selected(self) -> None:
        """Opens each chosen file in the program the system picks for its name."""
        for attachment_id in self.selected_ids():
            self._open(self._rows[attachment_id])

    def _open(self, row: AttachmentRow) -> None:
        store = self.store

        def done(path: Path) -> None:
            if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
                self._say(self.tr("No program on this computer opens %1."), row.filename)

        def failed(_exc: BaseException) -> None:
            # no copy could be made (e.g. temp folder full): the blob itself, nameless
            blob = attachments.blob_path(store, row.sha256)
            if not blob.is_file():
                self._say(self.tr("The stored copy of %1 is missing."), row.filename)
            elif not QDesktopServices.openUrl(QUrl.fromLocalFile(str(blob))):
                self._say(self.tr("No program on this computer opens %1."), row.filename)

        run_in_background(
            lambda: attachments.open_copy(store, row), self._guard(done), self._guard(failed)
        )

    def remove_selected(self) -> None:
        """Asks, then removes the chosen attachments (their stored copies stay shared)."""
        rows = [self._rows[i] for i in self.selected_ids()]
        if not rows:
            return
        if len(rows) == 1:
            question = arg(self.tr("Remove %1?"), rows[0].filename)
        else:
            question = self.tr("Remove %n attachment(s)?", "", len(rows))
        answer = QMessageBox.question(self, self.tr("Remove"), question)
        if answer != QMessageBox.StandardButton.Yes:
            return
        for row in rows:
            try:
                attachments.remove_attachment(self.store, row.id)
            except RecordGone:
                pass  # removed meanwhile (here or by sync): the refresh shows it gone
        self.refresh()
        self.changed.emit()

    def _say(self, text: str, filename: str) -> None:
        QMessageBox.warning(self, self.tr("Attachments"), arg(text, filename))

    def _guard(self, callback: Callable[[Any], None]) -> Callable[[Any], None]:
        """Drops a worker's report that arrives after this widget was closed and deleted."""

        def call(value: Any) -> None:
            if shiboken6.isValid(self):
                callback(value)

        return call


def reason_text(exc: AttachmentRefused) -> str:
    """The refusal in the user's language, its numbers filled in after translating."""
    return attachments.fill(QCoreApplication.translate("Attachments", exc.reason), exc.reason_args)
