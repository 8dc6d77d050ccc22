"""The checklists of one work order: start one from a template, fill it in, see results."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.domain.acceptance_specs import ENTER_SPEC, SPEC_MISSING
from app.domain.checklist_choice import preselected_class
from app.domain.checklists import Template
from app.domain.records import ValidationError
from app.services.checklists import checklist_runs, work_order_checklists
from app.services.checklists.acceptance_specs import SpecMissing
from app.services.store import Store
from app.ui.checklists.checklist_run_widget import ChecklistRunWidget
from app.ui.i18n import arg
from app.ui.labels import enum_label, validation_message
from app.ui.work_orders.attachments_widget import AttachmentsWidget


def _chinese() -> bool:
    return QLocale().name().startswith("zh")


class StartChecklistDialog(QDialog):
    """Choose a template (and machine class) for a new checklist run.

    Only the templates made for the unit are offered (a TomoTherapy gets TG-148, not
    TG-142); "Show all templates" lists the others too, and choosing one of those needs
    a reason, which is kept on the run.
    """

    def __init__(self, store: Store, work_order_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Start a checklist"))
        self.choice = work_order_checklists.templates_for(store, work_order_id)
        self.templates = self.choice.fitting + self.choice.others
        self.template = QComboBox()
        self.machine_class = QComboBox()
        self.show_all = QCheckBox(self.tr("Show all templates"))
        self.show_all.setObjectName("show_all")
        self.show_all.setToolTip(
            self.tr("Also list templates made for other kinds of unit; using one needs a reason")
        )
        self.reason = QLineEdit()
        self.reason.setObjectName("fit_reason")
        self.reason.setPlaceholderText(self.tr("e.g. the physicist asked for this protocol"))
        self.reason_label = QLabel(self.tr("Why this template"))
        # Another machine class than the unit's own needs a reason, kept on the run.
        self.class_reason = QLineEdit()
        self.class_reason.setObjectName("class_reason")
        self.class_reason.setPlaceholderText(self.tr("e.g. the physicist asked for SRS limits"))
        self.class_reason_label = QLabel(self.tr("Why another class"))
        self.not_fitting = QLabel(
            self.tr("This template is not made for this unit: say why it is used anyway.")
        )
        self.not_fitting.setWordWrap(True)
        self.not_fitting.setStyleSheet("color: #8a5300;")
        unit = QLabel(arg(self.tr("Templates made for: %1"), self.choice.unit.name))
        unit.setObjectName("unit_fit")
        unit.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Template"), self.template)
        form.addRow("", self.show_all)
        form.addRow(self.tr("Machine class"), self.machine_class)
        form.addRow(self.class_reason_label, self.class_reason)
        form.addRow(self.reason_label, self.reason)
        layout = QVBoxLayout(self)
        layout.addWidget(unit)
        layout.addLayout(form)
        layout.addWidget(self.not_fitting)
        self.empty = QLabel(
            self.tr(
                "No checklist template is made for this unit. Tick “Show all templates” "
                "to use another one, with a reason."
            )
        )
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)
        if self.choice.problems:
            warning = QLabel(
                self.tr("Some template files were refused and are not offered:")
                + "\n"
                + "\n".join(f"• {p}" for p in self.choice.problems)
            )
            warning.setWordWrap(True)
            warning.setStyleSheet("color: #8a5300;")
            layout.addWidget(warning)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.start_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.start_button.setText(self.tr("Start"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.template.currentIndexChanged.connect(self._chosen_changed)
        self.show_all.toggled.connect(self._fill)
        self.reason.textChanged.connect(self._ready)
        self.class_reason.textChanged.connect(self._ready)
        self.machine_class.currentIndexChanged.connect(self._class_changed)
        self._fill()
        self.resize(600, self.sizeHint().height())

    def chosen(self) -> Template | None:
        template_id = self.template.currentData()
        return next((t for t in self.templates if t.id == template_id), None)

    def chosen_fits(self) -> bool:
        template = self.chosen()
        return template is not None and any(t.id == template.id for t in self.choice.fitting)

    def fit_reason(self) -> str:
        """The reason for a template not made for the unit; "" when the choice fits."""
        return "" if self.chosen_fits() else self.reason.text().strip()

    def _title(self, template: Template) -> str:
        title = template.title_zh if _chinese() else template.title_en
        return f"{title} (v{template.version})"

    def _fill(self) -> None:
        self.template.blockSignals(True)
        self.template.clear()
        for template in self.choice.fitting:
            self.template.addItem(self._title(template), template.id)
        if self.show_all.isChecked():
            if self.choice.fitting and self.choice.others:
                self.template.insertSeparator(self.template.count())
            for template in self.choice.others:
                label = arg(self.tr("%1 — not made for this unit"), self._title(template))
                self.template.addItem(label, template.id)
        self.template.blockSignals(False)
        self.empty.setVisible(not self.choice.fitting and not self.show_all.isChecked())
        self._chosen_changed()

    def _chosen_changed(self) -> None:
        self.machine_class.clear()
        template = self.chosen()
        for machine_class in template.machine_classes if template else ():
            label = machine_class.label_zh if _chinese() else machine_class.label_en
            self.machine_class.addItem(label, machine_class.id)
        self.machine_class.blockSignals(True)
        unit_class = self.choice.unit_class
        own = [unit_class] if unit_class else []
        known = preselected_class(template, own + self.choice.recent_classes)
        if known is not None:  # the class this unit was tested in last time
            self.machine_class.setCurrentIndex(self.machine_class.findData(known))
        self.machine_class.setEnabled(self.machine_class.count() > 0)
        self.machine_class.blockSignals(False)
        self._class_changed()
        needs_reason = template is not None and not self.chosen_fits()
        for widget in (self.reason_label, self.reason, self.not_fitting):
            widget.setVisible(needs_reason)
        self._ready()

    def overrides_class(self) -> bool:
        """Another class than the unit's is chosen (the template has the unit's class)."""
        template, unit_class = self.chosen(), self.choice.unit_class
        if template is None or not unit_class or template.machine_class(unit_class) is None:
            return False
        return (self.machine_class.currentData() or "") != unit_class

    def class_override_reason(self) -> str:
        return self.class_reason.text().strip() if self.overrides_class() else ""

    def _class_changed(self) -> None:
        for widget in (self.class_reason_label, self.class_reason):
            widget.setVisible(self.overrides_class())
        self._ready()

    def _ready(self) -> None:
        template = self.chosen()
        class_ok = not self.overrides_class() or bool(self.class_reason.text().strip())
        self.start_button.setEnabled(
            template is not None
            and class_ok
            and (self.chosen_fits() or bool(self.reason.text().strip()))
        )


def spec_missing_text(missing: SpecMissing) -> str:
    """Why an acceptance run cannot start: the model, each item missing, what to do."""
    zh = _chinese()
    lines = [
        f"{missing.model_name}: " + QCoreApplication.translate("Checklist", SPEC_MISSING),
        *(f"• {zh_label if zh else en_label}" for en_label, zh_label in missing.missing),
        QCoreApplication.translate("Checklist", ENTER_SPEC),
    ]
    return "\n".join(lines)


class ChecklistsPanel(QWidget):
    changed = Signal()

    def __init__(self, store: Store, work_order_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.store, self.work_order_id = store, work_order_id
        self.runs = QListWidget()
        self.runs.currentItemChanged.connect(self._show_current)
        self.start_button = start = QPushButton(self.tr("Start a checklist…"))
        start.setObjectName("start_checklist")
        start.clicked.connect(self.start)
        # Why no checklist can be started (a closed job), beside the disabled button.
        self.start_refused = QLabel()
        self.start_refused.setObjectName("start_refused")
        self.start_refused.setWordWrap(True)
        self.start_refused.setStyleSheet("color: palette(placeholder-text);")
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
        column.addWidget(self.start_refused)
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
        self.show_start_state()
        if self.runs.currentItem() is not None:
            self._show_current(self.runs.currentItem(), None)

    def show_start_state(self) -> None:
        """Start is disabled, with the reason beside it, when the job refuses a new run."""
        refused = work_order_checklists.start_refusal(self.store, self.work_order_id)
        self.start_button.setEnabled(refused is None)
        reason = validation_message(refused, "Checklist") if refused else ""
        self.start_button.setToolTip(reason)
        self.start_refused.setText(reason)
        self.start_refused.setVisible(bool(reason))

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
                fit_exception=dialog.fit_reason(),
                class_override_reason=dialog.class_override_reason(),
            )
        except SpecMissing as missing:
            QMessageBox.warning(self, self.tr("Start a checklist"), spec_missing_text(missing))
            return
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
