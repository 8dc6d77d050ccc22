"""What the "My day" search box finds: a line saying how the search went, and the hits
grouped by kind. Each search runs in a worker; a newer one (or `cancel`) makes the
answer of an older one be dropped, so results never arrive out of order."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.services.my_day.search import Hit, HitKind, SearchResults, search_everything
from app.services.store import Store
from app.ui.i18n import arg
from app.ui.my_day.search_results import SearchResultsView
from app.ui.tasks import run_in_background

# Which page opens a hit of each kind (main_window page keys).
HIT_PAGES = {
    HitKind.WORK_ORDER: "work_orders",
    HitKind.UNIT: "equipment",
    HitKind.HOSPITAL: "customers",
    HitKind.PART: "work_orders",  # a part opens the newest job it was recorded on
}


class SearchPanel(QWidget):
    """Emits `open_requested(page key, record id)` when a hit is chosen."""

    open_requested = Signal(str, str)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._generation = 0
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setEnabled(False)  # quiet: the palette's muted text
        self.results = SearchResultsView()
        self.results.activated_hit.connect(self.open_hit)
        self.escaped = self.results.escaped
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 4, 0, 0)
        self._layout.addWidget(self.note)
        self._layout.addWidget(self.results, 1)
        self._layout.addStretch(0)  # takes the room while there are no hits

    def run(self, text: str) -> None:
        """Searches for `text` in a worker; the hits shown stay until the new ones come."""
        self._generation += 1
        generation, store = self._generation, self.store
        if not self.results.hits():
            self.note.setText(self.tr("Searching…"))

        def done(results: SearchResults) -> None:
            if generation == self._generation:
                self._show(results)

        def failed(error: BaseException) -> None:
            if generation == self._generation:
                self.note.setText(arg(self.tr("The search failed: %1"), str(error)))

        run_in_background(lambda: search_everything(store, text), done, failed)

    def cancel(self) -> None:
        """The box was cleared: a search under way no longer matters."""
        self._generation += 1
        self._show(SearchResults(""))

    def open_first(self) -> bool:
        """Enter in the box: the first hit opens, if there is one."""
        hit = self.results.first_hit()
        if hit is not None:
            self.open_hit(hit)
        return hit is not None

    def open_hit(self, hit: Hit) -> None:
        if hit.open_id is None:
            self.note.setText(
                arg(self.tr("Part %1 is not recorded on any work order yet."), hit.title)
            )
            return
        self.open_requested.emit(HIT_PAGES[hit.kind], hit.open_id)

    def _show(self, results: SearchResults) -> None:
        self.results.show_results(results)
        self.results.setVisible(not results.empty)  # no empty box under the note
        self._layout.setStretch(2, 1 if results.empty else 0)
        if not results.text:
            self.note.clear()
        elif results.empty:
            self.note.setText(
                arg(
                    self.tr(
                        "Nothing matches “%1”. Search looks in work-order numbers and "
                        "descriptions, unit serials and models, hospital names in Chinese "
                        "and English, part numbers and names."
                    ),
                    results.text,
                )
            )
        else:
            self.note.setText(
                self.tr("Enter or double-click opens a record; Esc goes back to your day.")
            )
