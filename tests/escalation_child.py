"""A Beamside process for the all-or-nothing test: escalates a finding and is killed
with SIGKILL at a chosen point of the escalation's transaction.

python tests/escalation_child.py DATA_DIR FINDING_ID flush|commit
  flush:  killed after the repair order is written, before anything commits
  commit: killed right after the first commit that holds a repair order
"""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import event  # noqa: E402
from sqlalchemy.orm import Session  # noqa: E402

from app.db.models import WorkOrder  # noqa: E402
from app.db.schema import open_database  # noqa: E402
from app.domain.enums import WorkOrderType  # noqa: E402
from app.paths import backups_dir, database_path  # noqa: E402
from app.services.store import Store  # noqa: E402
from app.services.work_orders import findings  # noqa: E402


def main() -> None:
    data_dir, finding_id, point = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
    opened = open_database(database_path(data_dir), backups_dir(data_dir))
    store = Store(opened.engine, data_dir, "tester")
    holds_repair: set[int] = set()

    @event.listens_for(Session, "after_flush")
    def _flushed(session: Session, _context: Any) -> None:
        if any(isinstance(o, WorkOrder) and o.type is WorkOrderType.REPAIR for o in session.new):
            holds_repair.add(id(session))
            if point == "flush":
                os.kill(os.getpid(), signal.SIGKILL)

    @event.listens_for(Session, "after_commit")
    def _committed(session: Session) -> None:
        if point == "commit" and id(session) in holds_repair:
            os.kill(os.getpid(), signal.SIGKILL)

    findings.escalate_finding(store, finding_id)
    print("escalated without being killed")  # noqa: T201 - read by the test


if __name__ == "__main__":
    main()
