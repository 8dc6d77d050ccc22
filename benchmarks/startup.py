"""Cold start of `main.py --smoke` on a 10,000-work-order database, against a bare window.

Both are measured in the same run, alternating, as separate processes (so each pays
for interpreter start and imports); the report is the ratio of the medians.
Goal: ≤ 1.5×.

    python benchmarks/startup.py [--work-orders 10000] [--runs 9]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

BARE_WINDOW = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1280, 720)
window.show()
QTimer.singleShot(0, app.quit)
app.exec()
"""


def timed(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    result = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        sys.exit(f"failed: {' '.join(command)}\n{result.stderr[-2000:]}")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--work-orders", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    env = {**os.environ}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        subprocess.run(
            [
                sys.executable,
                str(ROOT / "benchmarks" / "generate.py"),
                "--data-dir",
                str(data),
                "--work-orders",
                str(args.work_orders),
            ],
            check=True,
            capture_output=True,
        )
        app_cmd = [sys.executable, str(ROOT / "main.py"), "--data-dir", str(data), "--smoke"]
        bare_cmd = [sys.executable, "-c", BARE_WINDOW]
        timed(app_cmd, env)  # compile .pyc files once, as an installed app has them
        timed(bare_cmd, env)
        app_times, bare_times = [], []
        for _ in range(args.runs):
            app_times.append(timed(app_cmd, env))
            bare_times.append(timed(bare_cmd, env))
    app_median, bare_median = statistics.median(app_times), statistics.median(bare_times)
    print(f"work orders:          {args.work_orders}")
    print(f"bare PySide6 window:  {bare_median * 1000:.0f} ms (median of {args.runs})")
    print(f"Beamside --smoke:     {app_median * 1000:.0f} ms (median of {args.runs})")
    print(f"ratio:                {app_median / bare_median:.2f}x (goal <= 1.5x)")


if __name__ == "__main__":
    main()
