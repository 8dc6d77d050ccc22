"""Search hits grouped by kind (work orders, units, hospitals, parts), a few of each.

A tree of one level: each kind is a heading with its count ("8+" when there are
more), each hit a row of title, detail and hospital. Enter or a double-click on a hit
emits `activated_hit`; Escape hands the focus back to the search box.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QTreeWidget, QTreeWidgetItem

from app.services.my_day.search import Hit, HitKind, SearchResults
from app.ui.i18n import arg
from app.ui.labels import enum_label
from app.ui.my_day.colours import hospital_name
from app.ui.my_day.day_tables import PluralTexts

HIT_ROLE = Qt.ItemDataRole.UserRole + 2


def _title(hit: Hit) -> str:
    if hit.kind is HitKind.HOSPITAL:
        return hospital_name(hit.hospital_zh, hit.hospital_en)
    return hit.title


def _detail(hit: Hit) -> str:
    if hit.kind is HitKind.HOSPITAL:
        other = hit.hospital_zh if _title(hit) == hit.hospital_en else hit.hospital_en
        return " · ".join(part for part in (other, hit.detail) if part)
    if hit.kind is HitKind.PART:
        used = PluralTexts().used_on(hit.uses)
        return f"{hit.detail} · {used}"
    if hit.work_type is not None and hit.state is not None:
        return " · ".join((enum_label(hit.work_type), enum_label(hit.state), hit.detail))
    return hit.detail


class SearchResultsView(QTreeWidget):
    activated_hit = Signal(object)  # a Hit
    escaped = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setColumnCount(3)
        self.setHeaderHidden(True)
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setColumnWidth(0, 300)
        self.setColumnWidth(1, 480)
        self.itemActivated.connect(self._activated)

    def show_results(self, results: SearchResults) -> None:
        self.clear()
        for kind in HitKind:
            hits = results.hits.get(kind, [])
            if not hits:
                continue
            count = f"{len(hits)}+" if kind in results.more else str(len(hits))
            heading = QTreeWidgetItem(
                [arg(QCoreApplication.translate("MyDay", "%1 (%2)"), enum_label(kind), count)]
            )
            heading.setFlags(Qt.ItemFlag.ItemIsEnabled)  # not selectable
            font = heading.font(0)
            font.setBold(True)
            heading.setFont(0, font)
            heading.setFirstColumnSpanned(True)
            self.addTopLevelItem(heading)
            for hit in hits:
                where = (
                    ""
                    if kind is HitKind.HOSPITAL
                    else hospital_name(hit.hospital_zh, hit.hospital_en)
                )
                item = QTreeWidgetItem(heading, [_title(hit), _detail(hit), where])
                item.setData(0, HIT_ROLE, hit)
                item.setToolTip(1, _detail(hit))
            heading.setExpanded(True)

    def hits(self) -> list[Hit]:
        """Every hit shown, in order."""
        found: list[Hit] = []
        for group in range(self.topLevelItemCount()):
            heading = self.topLevelItem(group)
            assert heading is not None
            for row in range(heading.childCount()):
                child = heading.child(row)
                assert child is not None
                found.append(child.data(0, HIT_ROLE))
        return found

    def first_hit(self) -> Hit | None:
        hits = self.hits()
        return hits[0] if hits else None

    def enter_from_search(self) -> None:
        """Down from the search box: the first hit, selected."""
        heading = self.topLevelItem(0)
        first = heading.child(0) if heading is not None else None
        if first is not None:
            self.setCurrentItem(first)
            self.setFocus(Qt.FocusReason.OtherFocusReason)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.escaped.emit()
            return
        super().keyPressEvent(event)

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        hit = item.data(0, HIT_ROLE)
        if isinstance(hit, Hit):
            self.activated_hit.emit(hit)
