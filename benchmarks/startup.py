"""Cold start of `main.py --smoke` on a 10,000-work-order database, against a bare window.

Two moments of the same app run are timed from the process's launch:

- first paint: the main window's frame and navigation are drawn (`--smoke` says
  "smoke painted" on stderr then); goal ≤ 1.5× the bare window;
- list loaded: the database is open and the work-order list has its rows (the
  "smoke ok: N work orders" line); goal ≤ 3×.

The bare window is a QMainWindow timed to its own first frame. Both run as separate
processes (each pays for interpreter start and imports), alternating, in the same
run; each app run is divided by the bare run beside it and the medians are reported.

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
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAINTED = "smoke painted"
LISTED = "smoke ok:"

BARE_WINDOW = f"""
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

class Window(QMainWindow):
    painted = False

    def paintEvent(self, event):
        super().paintEvent(event)
        if not self.painted:
            self.painted = True
            QTimer.singleShot(0, self.done)

    def done(self):
        print({PAINTED!r}, file=sys.stderr, flush=True)
        app.quit()

app = QApplication([])
window = Window()
window.resize(1280, 720)
window.show()
app.exec()
"""


@dataclass(frozen=True)
class Timing:
    painted: float
    listed: float | None


def timed(command: list[str], env: dict[str, str]) -> Timing:
    """Seconds from launch until the first frame and until the list, read off its output."""
    start = time.perf_counter()
    process = subprocess.Popen(
        command, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )
    assert process.stdout is not None
    painted: float | None = None
    listed: float | None = None
    lines = []
    for line in process.stdout:
        now = time.perf_counter() - start
        lines.append(line)
        if line.startswith(PAINTED) and painted is None:
            painted = now
        elif line.startswith(LISTED) and listed is None:
            listed = now
    if process.wait() != 0 or painted is None:
        sys.exit(f"failed: {' '.join(command)}\n{''.join(lines)[-2000:]}")
    return Timing(painted, listed)


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
        apps, bares = [], []
        for _ in range(args.runs):
            apps.append(timed(app_cmd, env))
            bares.append(timed(bare_cmd, env))
    bare = [b.painted for b in bares]
    painted = [a.painted for a in apps]
    listed = [a.listed for a in apps if a.listed is not None]
    if len(listed) != len(apps):
        sys.exit("the app never said 'smoke ok'")
    painted_ratio = statistics.median(a / b for a, b in zip(painted, bare, strict=True))
    listed_ratio = statistics.median(a / b for a, b in zip(listed, bare, strict=True))

    def ms(values: list[float]) -> str:
        return f"{statistics.median(values) * 1000:.0f} ms"

    print(f"work orders:           {args.work_orders}")  # noqa: T201
    print(f"bare PySide6 window:   {ms(bare)} to its first frame (median of {args.runs})")  # noqa: T201
    print(f"Beamside first paint:  {ms(painted)}; {painted_ratio:.2f}x (goal <= 1.5x)")  # noqa: T201
    print(f"Beamside list loaded:  {ms(listed)}; {listed_ratio:.2f}x (goal <= 3x)")  # noqa: T201
    print("(ratios: median of each app run over the bare run beside it)")  # noqa: T201


if __name__ == "__main__":
    main()
