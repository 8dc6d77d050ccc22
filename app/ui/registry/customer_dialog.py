"""Editing a hospital, its sites (departments, rooms) and its contacts."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import HospitalGrade
from app.domain.records import ContactDraft, CustomerDraft, SiteDraft, ValidationError
from app.services.registry import customers
from app.services.store import Store
from app.ui.checklists.site_levels_dialog import SiteLevelsDialog
from app.ui.labels import validation_message
from app.ui.record_dialog import RecordDialog
from app.ui.widgets import combo_value, enum_combo

PROVINCES = (
    "北京 上海 天津 重庆 河北 山西 辽宁 吉林 黑龙江 江苏 浙江 安徽 福建 江西 山东 河南 湖北 "
    "湖南 广东 海南 四川 贵州 云南 陕西 甘肃 青海 内蒙古 广西 西藏 宁夏 新疆 香港 澳门"
).split()


class SiteDialog(RecordDialog):
    def __init__(
        self, store: Store, customer_id: str, site_id: str | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Site") if site_id else self.tr("New site"), parent)
        self.store, self.customer_id, self.site_id = store, customer_id, site_id
        draft = customers.load_site(store, site_id) if site_id else SiteDraft(customer_id)
        self.name = QLineEdit(draft.name)
        self.name.setPlaceholderText(self.tr("e.g. Radiotherapy, linac room 2"))
        self.building = QLineEdit(draft.building)
        self.add_field("name", self.tr("Department / room"), self.name)
        self.add_field("building", self.tr("Building"), self.building)
        if site_id:  # the site's own action levels (issue 11 §4)
            levels = QPushButton(self.tr("Local action levels…"))
            levels.clicked.connect(self._open_levels)
            self.form.addRow("", levels)
        self.enable_autosave(store, f"site:{site_id or 'new:' + customer_id}")
        self.resize(460, self.sizeHint().height())

    def _open_levels(self) -> None:
        assert self.site_id is not None
        SiteLevelsDialog(self.store, self.site_id, self.name.text(), self).exec()

    def save(self) -> None:
        draft = SiteDraft(self.customer_id, self.name.text(), self.building.text())
        self.site_id = customers.save_site(self.store, self.site_id, draft)


class ContactDialog(RecordDialog):
    def __init__(
        self,
        store: Store,
        customer_id: str,
        contact_id: str | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Contact") if contact_id else self.tr("New contact"), parent)
        self.store, self.customer_id, self.contact_id = store, customer_id, contact_id
        draft = (
            customers.load_contact(store, contact_id) if contact_id else ContactDraft(customer_id)
        )
        self.name = QLineEdit(draft.name)
        self.role = QLineEdit(draft.role)
        self.role.setPlaceholderText(self.tr("e.g. Medical physicist"))
        self.phone = QLineEdit(draft.phone)
        self.email = QLineEdit(draft.email)
        self.add_field("name", self.tr("Name"), self.name)
        self.add_field("role", self.tr("Role"), self.role)
        self.add_field("phone", self.tr("Phone"), self.phone)
        self.add_field("email", self.tr("E-mail"), self.email)
        self.enable_autosave(store, f"contact:{contact_id or 'new:' + customer_id}")
        self.resize(460, self.sizeHint().height())

    def save(self) -> None:
        draft = ContactDraft(
            self.customer_id,
            self.name.text().strip(),
            self.role.text().strip(),
            self.phone.text().strip(),
            self.email.text().strip(),
        )
        self.contact_id = customers.save_contact(self.store, self.contact_id, draft)


class CustomerDialog(RecordDialog):
    """The hospital form; sites and contacts are edited on their own tabs."""

    def __init__(self, store: Store, customer_id: str | None, parent: QWidget | None = None):
        super().__init__(self.tr("Hospital") if customer_id else self.tr("New hospital"), parent)
        self.store, self.customer_id = store, customer_id
        draft = customers.load_customer(store, customer_id) if customer_id else CustomerDraft()
        self.name_zh = QLineEdit(draft.name_zh)
        self.name_zh.setPlaceholderText("例如：江苏省肿瘤医院")
        self.name_en = QLineEdit(draft.name_en)
        self.address = QLineEdit(draft.address)
        self.region = QComboBox()
        self.region.setEditable(True)
        self.region.addItems(PROVINCES)
        self.region.setEditText(draft.region)
        self.grade = enum_combo(list(HospitalGrade), draft.grade)
        self.add_field("name_zh", self.tr("Name (Chinese)"), self.name_zh)
        self.add_field("name_en", self.tr("Name (English)"), self.name_en)
        self.add_field("address", self.tr("Address"), self.address)
        self.add_field("region", self.tr("Region"), self.region)
        self.add_field("grade", self.tr("Grade"), self.grade)

        self.tabs = QTabWidget()
        self.sites = ChildRecordList(
            [self.tr("Department / room"), self.tr("Building"), self.tr("Units")],
            self._add_site,
            self._edit_site,
            self._delete_site,
        )
        self.contacts = ChildRecordList(
            [self.tr("Name"), self.tr("Role"), self.tr("Phone"), self.tr("E-mail")],
            self._add_contact,
            self._edit_contact,
            self._delete_contact,
        )
        self.tabs.addTab(self.sites, self.tr("Sites"))
        self.tabs.addTab(self.contacts, self.tr("Contacts"))
        self.body.insertWidget(2, self.tabs, 1)
        self.enable_autosave(store, f"customer:{customer_id or 'new'}")
        self._reload_children()
        self.resize(720, 560)

    def save(self) -> None:
        draft = CustomerDraft(
            self.name_zh.text(),
            self.name_en.text(),
            self.address.text().strip(),
            self.region.currentText().strip(),
            combo_value(self.grade),
        )
        self.customer_id = customers.save_customer(self.store, self.customer_id, draft)

    def _saved_id(self) -> str | None:
        """Saves a new hospital first, so sites and contacts have something to belong to."""
        if self.customer_id is None:
            if not self.try_save():
                return None
            self.rekey_autosave(f"customer:{self.customer_id}")
        self.setWindowTitle(self.tr("Hospital"))
        return self.customer_id

    def _reload_children(self) -> None:
        if self.customer_id is None:
            self.sites.set_rows([])
            self.contacts.set_rows([])
            return
        self.sites.set_rows(
            [
                (s.id, [s.name, s.building, str(s.units)])
                for s in customers.sites_of(self.store, self.customer_id)
            ]
        )
        self.contacts.set_rows(
            [
                (c.id, [c.name, c.role, c.phone, c.email])
                for c in customers.contacts_of(self.store, self.customer_id)
            ]
        )

    def _open(self, dialog: RecordDialog) -> None:
        if dialog.exec():
            self._reload_children()

    def _add_site(self) -> None:
        if customer_id := self._saved_id():
            self._open(SiteDialog(self.store, customer_id, None, self))

    def _edit_site(self, site_id: str) -> None:
        assert self.customer_id
        self._open(SiteDialog(self.store, self.customer_id, site_id, self))

    def _delete_site(self, site_id: str) -> None:
        self._delete(
            lambda: customers.delete_site(self.store, site_id), self.tr("Delete this site?")
        )

    def _add_contact(self) -> None:
        if customer_id := self._saved_id():
            self._open(ContactDialog(self.store, customer_id, None, self))

    def _edit_contact(self, contact_id: str) -> None:
        assert self.customer_id
        self._open(ContactDialog(self.store, self.customer_id, contact_id, self))

    def _delete_contact(self, contact_id: str) -> None:
        self._delete(
            lambda: customers.delete_contact(self.store, contact_id),
            self.tr("Delete this contact?"),
        )

    def _delete(self, action: Callable[[], None], question: str) -> None:
        answer = QMessageBox.question(self, self.tr("Delete"), question)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            action()
        except ValidationError as exc:
            QMessageBox.warning(self, self.tr("Delete"), validation_message(exc.errors[0].message))
        self._reload_children()


class ChildRecordList(QWidget):
    """A small table of child records with Add / Edit / Delete buttons."""

    def __init__(
        self,
        headers: Sequence[str],
        on_add: Callable[[], None],
        on_edit: Callable[[str], None],
        on_delete: Callable[[str], None],
    ) -> None:
        super().__init__()
        self.table = QTableWidget(0, len(headers))
        self.table.setHorizontalHeaderLabels(list(headers))
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _: self._with_current(on_edit))
        add = QPushButton(self.tr("Add…"))
        edit = QPushButton(self.tr("Edit…"))
        delete = QPushButton(self.tr("Delete"))
        add.clicked.connect(on_add)
        edit.clicked.connect(lambda: self._with_current(on_edit))
        delete.clicked.connect(lambda: self._with_current(on_delete))
        buttons = QHBoxLayout()
        for button in (add, edit, delete):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def set_rows(self, rows: list[tuple[str, list[str]]]) -> None:
        self.table.setRowCount(len(rows))
        for r, (record_id, values) in enumerate(rows):
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, record_id)
                self.table.setItem(r, c, item)
        for column in range(1, self.table.columnCount()):
            self.table.resizeColumnToContents(column)

    def _with_current(self, action: Callable[[str], None]) -> None:
        item = self.table.item(self.table.currentRow(), 0)
        if item is not None:
            action(item.data(Qt.ItemDataRole.UserRole))
