"""A laptop syncing in a process of its own, for the SIGKILL tests (test_sync_crash.py).

    python tests/sync_child.py DATA_DIR SERVER_URL USER PUSH_BATCH PULL_PAGE

Logs in when the laptop has no token (password from BEAMSIDE_PASSWORD), then runs one
round with small batches so there are many points to be killed at, printing a line
after each committed batch ("push 150 3000", "pull 400 2400") and "done …" at the end.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import sync.client.round  # noqa: E402
from tests.sync_harness import open_store  # noqa: E402


def main() -> None:
    data_dir, url, user = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
    sync.client.round.PUSH_BATCH = int(sys.argv[4])
    sync.client.round.PULL_PAGE = int(sys.argv[5])
    store = open_store(data_dir, user)
    client = sync.client.round.SyncClient(store, url, user)
    if not client.has_token():
        client.login(os.environ["BEAMSIDE_PASSWORD"])

    def tell(stage: str, done: int, total: int) -> None:
        print(stage, done, total, flush=True)  # noqa: T201

    report = client.sync(tell)
    print("done", report.summary(), flush=True)  # noqa: T201


if __name__ == "__main__":
    main()
