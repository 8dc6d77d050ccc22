"""Handwritten signatures as data: strokes of timed, pressure-weighted points.

A signature is kept as what the hand did, not as a picture: every point's position,
pen pressure and time since the signature began. Positions are normalised to one pad
space (PAD_WIDTH × PAD_HEIGHT, y down) whatever the size of the widget it was drawn
on, so the screen, the PNG and the PDF's vector paths all draw the same curves from
the same data (`quad_segments`, `stroke_width`).

The "one dot" rule (`validate_strokes`): a signature is refused when it has no
points, when its ink — the summed length of all strokes — is shorter than
MIN_INK_LENGTH (4 % of the pad's width), or when all of it fits in a square of
MIN_EXTENT (2 % of the width). The first catches a click or a few taps, however far
apart; the second a pen resting or scribbling in one spot. Both are far below any
real signature, even a short Chinese surname written small.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

from app.domain.enums import UserRole
from app.domain.i18n import QT_TRANSLATE_NOOP
from app.domain.records import FieldError

# Who may open an amendment of a signed record: everyone who works on work orders; the
# parts administrator keeps the catalogue only. The laptop and the server both ask this.
AMENDMENT_ROLES = frozenset(UserRole) - {UserRole.PARTS_ADMINISTRATOR}


def may_open_amendment(role: UserRole) -> bool:
    return role in AMENDMENT_ROLES


PAD_WIDTH = 1000.0
PAD_HEIGHT = 300.0
DEFAULT_PRESSURE = 0.5  # a mouse or a finger: no pressure reported
MIN_INK_LENGTH = 40.0
MIN_EXTENT = 20.0
MAX_POINTS = 50_000  # about four minutes of a 200 Hz pen; more is garbage, not a signature
MIN_WIDTH = 1.6  # pen width in pad units at pressure 0 …
MAX_WIDTH = 6.0  # … and at pressure 1

FIELD = "strokes"
_NAMES = ("x", "y", "pressure", "t_ms")
EMPTY = QT_TRANSLATE_NOOP("Signature", "Please sign above the line.")
TOO_SMALL = QT_TRANSLATE_NOOP(
    "Signature", "This is too small to be a signature. Please write your name."
)


@dataclass(frozen=True)
class Point:
    """One sample of the pen: pad units, pressure 0..1, ms since the signature began."""

    x: float
    y: float
    pressure: float
    t_ms: int


Stroke = tuple[Point, ...]


@dataclass(frozen=True)
class Segment:
    """A quadratic Bézier piece of a smoothed stroke, drawn with one pen width."""

    start: tuple[float, float]
    control: tuple[float, float]
    end: tuple[float, float]
    pressure: float


def strokes_to_json(strokes: Iterable[Stroke]) -> list[list[list[float]]]:
    """[[x, y, pressure, t_ms], …] per stroke; 0.1 unit and 0.001 pressure are below
    what any screen or pen resolves, and keep the stored JSON small."""
    return [
        [[round(p.x, 1), round(p.y, 1), round(p.pressure, 3), int(p.t_ms)] for p in stroke]
        for stroke in strokes
    ]


def _number(value: Any, what: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError(f"{what} is not a number: {value!r}")
    if not math.isfinite(value):
        raise ValueError(f"{what} is not finite: {value!r}")
    return float(value)


def _point(item: Any) -> Point:
    if not isinstance(item, list | tuple) or len(item) != 4:
        raise ValueError(f"a point must be [x, y, pressure, t_ms], not {item!r}")
    x, y, pressure, t_ms = (_number(v, n) for v, n in zip(item, _NAMES, strict=True))
    if not (0.0 <= x <= PAD_WIDTH and 0.0 <= y <= PAD_HEIGHT):
        raise ValueError(f"point ({x}, {y}) lies outside the pad")
    if not 0.0 <= pressure <= 1.0:
        raise ValueError(f"pressure {pressure} is not within 0..1")
    if t_ms < 0 or t_ms != int(t_ms):
        raise ValueError(f"t_ms {t_ms} is not a whole number of milliseconds ≥ 0")
    return Point(x, y, pressure, int(t_ms))


def strokes_from_json(data: Any) -> tuple[Stroke, ...]:
    """Reads what strokes_to_json wrote (or sync delivered); ValueError on anything else."""
    if not isinstance(data, list | tuple):
        raise ValueError("strokes must be a list of strokes")
    strokes: list[Stroke] = []
    total = 0
    for item in data:
        if not isinstance(item, list | tuple) or not item:
            raise ValueError("a stroke must be a non-empty list of points")
        total += len(item)
        if total > MAX_POINTS:
            raise ValueError(f"more than {MAX_POINTS} points")
        strokes.append(tuple(_point(p) for p in item))
    return tuple(strokes)


def ink_length(strokes: Iterable[Stroke]) -> float:
    """The summed length of every stroke's polyline, in pad units."""
    return sum(math.hypot(b.x - a.x, b.y - a.y) for stroke in strokes for a, b in pairwise(stroke))


def bounding_box(strokes: Iterable[Stroke]) -> tuple[float, float, float, float] | None:
    """(x_min, y_min, x_max, y_max) of all points in pad units; None without points."""
    points = [p for stroke in strokes for p in stroke]
    if not points:
        return None
    xs = [p.x for p in points]
    ys = [p.y for p in points]
    return min(xs), min(ys), max(xs), max(ys)


def validate_strokes(strokes: Sequence[Stroke]) -> list[FieldError]:
    """Refuses an empty or "one dot" signature (see the module docstring)."""
    box = bounding_box(strokes)
    if box is None:
        return [FieldError(FIELD, EMPTY)]
    x_min, y_min, x_max, y_max = box
    if ink_length(strokes) < MIN_INK_LENGTH or max(x_max - x_min, y_max - y_min) < MIN_EXTENT:
        return [FieldError(FIELD, TOO_SMALL)]
    return []


def stroke_width(pressure: float) -> float:
    """Pen width in pad units: a light touch draws thin, a firm one thick."""
    return MIN_WIDTH + (MAX_WIDTH - MIN_WIDTH) * min(max(pressure, 0.0), 1.0)


def _mid(a: Point, b: Point) -> tuple[float, float]:
    return (a.x + b.x) / 2, (a.y + b.y) / 2


def _line(start: tuple[float, float], end: tuple[float, float], pressure: float) -> Segment:
    """A straight piece, as a quadratic whose control sits halfway."""
    control = ((start[0] + end[0]) / 2, (start[1] + end[1]) / 2)
    return Segment(start, control, end, pressure)


def quad_segments(stroke: Stroke) -> list[Segment]:
    """The stroke smoothed: quadratic Béziers between midpoints, each sample a control.

    Curves pass through the midpoints of consecutive samples, so the jagged polyline
    of raw input becomes a curve with a continuous tangent; the first and last half
    segments are straight, so the curve still starts and ends at the real pen-down
    and pen-up points. A one-point stroke has no segments: renderers draw it as a dot
    of stroke_width(pressure).
    """
    if len(stroke) < 2:
        return []
    first, last = stroke[0], stroke[-1]
    if len(stroke) == 2:
        return [_line((first.x, first.y), (last.x, last.y), first.pressure)]
    segments = [_line((first.x, first.y), _mid(first, stroke[1]), first.pressure)]
    for before, here, after in zip(stroke, stroke[1:], stroke[2:], strict=False):
        segments.append(
            Segment(_mid(before, here), (here.x, here.y), _mid(here, after), here.pressure)
        )
    segments.append(_line(_mid(stroke[-2], last), (last.x, last.y), last.pressure))
    return segments
