"""A Beamside process for the SIGKILL test: types into a form, then waits to be killed.

python tests/autosave_child.py DATA_DIR type|show work_order|repair [WORK_ORDER_ID]
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QElapsedTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QWidget  # noqa: E402

from app.db.schema import open_database  # noqa: E402
from app.paths import backups_dir, database_path  # noqa: E402
from app.services.store import Store  # noqa: E402


def main() -> None:
    data_dir, mode, form = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
    app = QApplication([])
    opened = open_database(database_path(data_dir), backups_dir(data_dir))
    store = Store(opened.engine, data_dir, "tester")
    widget: QWidget
    if form == "work_order":
        from app.ui.work_orders.work_order_dialog import WorkOrderDialog

        dialog = WorkOrderDialog(store, None)
        widget, editor = dialog, dialog.description
    else:
        from app.ui.work_orders.field_panels import RepairPanel

        panel = RepairPanel(store, sys.argv[4])
        actions = panel.inputs["actions"]
        assert isinstance(actions, QPlainTextEdit)
        widget, editor = panel, actions
    widget.show()
    if mode == "show":
        print(editor.toPlainText(), flush=True)  # noqa: T201
        return
    editor.setFocus()
    QTest.keyClicks(editor, "Replaced ion pump controller")
    clock = QElapsedTimer()
    clock.start()
    while clock.elapsed() < 1000:  # the autosave promise: saved within a second
        app.processEvents()
        QTest.qWait(20)
    print("typed", flush=True)  # noqa: T201
    QTest.keyClicks(editor, " and still typing")  # mid-entry when the kill comes
    while True:
        QTest.qWait(50)


if __name__ == "__main__":
    main()
