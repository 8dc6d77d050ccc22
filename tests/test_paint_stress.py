"""PySide6 6.12.0 on Python 3.11 aborts (none_dealloc) after ~10k QPainter calls.

The pins in pyproject.toml keep 3.11 on 6.11.x; this paints 100,000 operations in a
child process (an abort would kill pytest itself) to prove the installed pair holds.
"""

from __future__ import annotations

import os
import subprocess
import sys

import PySide6

PAINT = """
from PySide6.QtCore import QLineF
from PySide6.QtGui import QColor, QImage, QPainter, QPen
from PySide6.QtWidgets import QApplication

app = QApplication([])
image = QImage(400, 300, QImage.Format.Format_ARGB32)
done = 0
for batch in range(5):
    painter = QPainter(image)
    for i in range(20_000):
        painter.setPen(QPen(QColor(i % 256, batch * 40, 90), 1 + i % 3))
        painter.drawLine(QLineF(i % 400, 0, 400 - i % 400, 300))
        done += 1
    painter.end()
print("painted", done)
"""


def test_installed_pyside6_is_not_the_crashing_pair() -> None:
    if sys.version_info < (3, 12):
        assert not PySide6.__version__.startswith("6.12.0")


def test_one_hundred_thousand_painter_operations_offscreen() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", PAINT], env=env, capture_output=True, text=True, timeout=240
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "painted 100000"
