"""Any table of the dashboard to .xlsx, as the screen shows it: the headers and each
cell's text, read from the table's model on the GUI thread (a short list), written by
openpyxl in a worker."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from app.ui.tasks import run_in_background


def model_rows(model: QAbstractItemModel) -> tuple[list[str], list[list[object]]]:
    """The model's headers and its rows' display texts."""
    columns = model.columnCount()
    headers = [
        str(model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) or "")
        for c in range(columns)
    ]
    rows: list[list[object]] = []
    for r in range(model.rowCount()):
        rows.append(
            [
                str(model.data(model.index(r, c), Qt.ItemDataRole.DisplayRole) or "")
                for c in range(columns)
            ]
        )
    return headers, rows


def write_table(
    model: QAbstractItemModel,
    title: str,
    out: Path,
    done: Callable[[str], None],
    failed: Callable[[BaseException], None],
) -> None:
    """Writes the table to `out` in a worker; `done(path)` when it is on disk."""
    from app.services.kpis.export import export_rows

    headers, rows = model_rows(model)
    run_in_background(
        lambda: export_rows(out, title, headers, rows), lambda _n: done(str(out)), failed
    )


def ask_and_write_table(
    parent: QWidget,
    model: QAbstractItemModel,
    title: str,
    file_name: str,
    done: Callable[[str], None],
) -> None:
    """Asks where, then writes; a failure says why in a message box."""
    caption = QCoreApplication.translate("Dashboard", "Export table")
    chosen, _ = QFileDialog.getSaveFileName(
        parent,
        caption,
        file_name,
        QCoreApplication.translate("Dashboard", "Excel workbook (*.xlsx)"),
    )
    if not chosen:
        return
    out = Path(chosen)
    if out.suffix.lower() != ".xlsx":
        out = out.with_suffix(".xlsx")

    def failed(error: BaseException) -> None:
        QMessageBox.warning(parent, caption, str(error))

    write_table(model, title, out, done, failed)
