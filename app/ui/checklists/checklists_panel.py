"""The checklists of one work order: start one from a template, fill it in, see results."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.domain.checklists import Template
from app.domain.records import ValidationError
from app.services.checklists import checklist_runs, work_order_checklists
from app.services.store import Store
from app.ui.checklists.checklist_run_widget import ChecklistRunWidget
from app.ui.i18n import arg
from app.ui.labels import enum_label, validation_message
from app.ui.work_orders.attachments_widget import AttachmentsWidget


def _chinese() -> bool:
    return QLocale().name().startswith("zh")


class StartChecklistDialog(QDialog):
    """Choose a template (and machine class) for a new checklist run."""

    def __init__(self, store: Store, work_order_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Start a checklist"))
        templates, problems = work_order_checklists.templates_for(store, work_order_id)
        self.templates = templates
        self.template = QComboBox()
        for template in templates:
            title = template.title_zh if _chinese() else template.title_en
            self.template.addItem(f"{title} (v{template.version})", template.id)
        self.machine_class = QComboBox()
        self.template.currentIndexChanged.connect(self._classes)
        form = QFormLayout()
        form.addRow(self.tr("Template"), self.template)
        form.addRow(self.tr("Machine class"), self.machine_class)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        if not templates:
            layout.addWidget(QLabel(self.tr("No checklist template fits this kind of unit.")))
        if problems:
            warning = QLabel(
                self.tr("Some template files were refused and are not offered:")
                + "\n"
                + "\n".join(f"• {p}" for p in problems)
            )
            warning.setWordWrap(True)
            warning.setStyleSheet("color: #8a5300;")
            layout.addWidget(warning)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Start"))
        buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(templates))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._classes()
        self.resize(560, self.sizeHint().height())

    def chosen(self) -> Template | None:
        template_id = self.template.currentData()
        return next((t for t in self.templates if t.id == template_id), None)

    def _classes(self) -> None:
        self.machine_class.clear()
        template = self.chosen()
        for machine_class in template.machine_classes if template else ():
            label = machine_class.label_zh if _chinese() else machine_class.label_en
            self.machine_class.addItem(label, machine_class.id)
        self.machine_class.setEnabled(self.machine_class.count() > 0)


class ChecklistsPanel(QWidget):
    changed = Signal()

    def __init__(self, store: Store, work_order_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.store, self.work_order_id = store, work_order_id
        self.runs = QListWidget()
        self.runs.currentItemChanged.connect(self._show_current)
        start = QPushButton(self.tr("Start a checklist…"))
        start.clicked.connect(self.start)
        self.photos = QPushButton(self.tr("Photos of this item…"))
        self.photos.setToolTip(
            self.tr("Attach photos or files to the checklist item selected on the right")
        )
        self.photos.clicked.connect(self.item_photos)
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.runs, 1)
        column.addWidget(start)
        column.addWidget(self.photos)
        self.placeholder = QLabel(self.tr("Start a checklist, or choose one on the left."))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.holder = QVBoxLayout()
        self.holder.addWidget(self.placeholder)
        right = QWidget()
        right.setLayout(self.holder)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([260, 900])
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.run_widget: ChecklistRunWidget | None = None
        self.reload()

    def reload(self, select: str | None = None) -> None:
        current = select or (
            self.runs.currentItem().data(Qt.ItemDataRole.UserRole)
            if self.runs.currentItem()
            else None
        )
        self.runs.blockSignals(True)
        self.runs.clear()
        for row in work_order_checklists.runs_of(self.store, self.work_order_id):
            s = row.summary
            title = row.title_zh if _chinese() else row.title_en
            counts = self.tr("✔ %1  ⚠ %2  ✘ %3  — %4")
            counts = arg(counts, str(s.passed), str(s.warnings), str(s.failures), str(s.pending))
            item = QListWidgetItem(f"{title}\n{enum_label(row.state)} · {counts}")
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.runs.addItem(item)
            if row.id == current:
                self.runs.setCurrentItem(item)
        self.runs.blockSignals(False)
        if self.runs.currentItem() is not None:
            self._show_current(self.runs.currentItem(), None)

    def start(self) -> None:
        dialog = StartChecklistDialog(self.store, self.work_order_id, self)
        if not dialog.exec() or dialog.chosen() is None:
            return
        template = dialog.chosen()
        assert template is not None
        try:
            run_id = checklist_runs.start_run(
                self.store,
                self.work_order_id,
                template.id,
                dialog.machine_class.currentData() or "",
            )
        except ValidationError as refused:
            QMessageBox.warning(
                self,
                self.tr("Start a checklist"),
                "\n".join(validation_message(e.message, "Checklist") for e in refused.errors),
            )
            return
        self.changed.emit()
        self.reload(select=run_id)

    def current_value_id(self) -> str | None:
        """The stored value of the item selected in the run (None before one is entered)."""
        if self.run_widget is None:
            return None
        index = self.run_widget.table.currentIndex()
        item = self.run_widget.model.item_at(index.row()) if index.isValid() else None
        return getattr(item, "value_id", None)

    def item_photos(self) -> None:
        value_id = self.current_value_id()
        if value_id is None:
            QMessageBox.information(
                self,
                self.tr("Photos of this item"),
                self.tr("Choose an item with a value entered first; photos belong to it."),
            )
            return
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Photos of this item"))
        layout = QVBoxLayout(dialog)
        layout.addWidget(AttachmentsWidget(self.store, self.work_order_id, value_id, dialog))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(dialog.reject)
        layout.addWidget(close)
        dialog.resize(720, 480)
        dialog.exec()

    def _show_current(self, item: QListWidgetItem | None, _previous: object) -> None:
        if item is None:
            return
        run_id = item.data(Qt.ItemDataRole.UserRole)
        if self.run_widget is not None:
            if self.run_widget.model.run_id == run_id:
                return
            self.run_widget.setParent(None)
            self.run_widget.deleteLater()
        self.placeholder.hide()
        self.run_widget = ChecklistRunWidget(self.store, run_id)
        self.run_widget.completed.connect(lambda _id: self._run_changed())
        self.run_widget.model.saved.connect(lambda _result: self._counts_changed())
        self.holder.addWidget(self.run_widget)

    def _run_changed(self) -> None:
        self.changed.emit()
        self.reload()

    def _counts_changed(self) -> None:
        item = self.runs.currentItem()
        if item is not None:
            self.reload(select=item.data(Qt.ItemDataRole.UserRole))
