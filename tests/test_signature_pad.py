"""The signature pad driven by mouse, pen and finger; strokes as data and as pixels."""

from __future__ import annotations

import json
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QInputDevice, QPointingDevice, QTabletEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.domain.signatures import (
    DEFAULT_PRESSURE,
    EMPTY,
    PAD_HEIGHT,
    PAD_WIDTH,
    TOO_SMALL,
    Point,
    bounding_box,
    quad_segments,
    strokes_from_json,
    strokes_to_json,
    validate_strokes,
)
from app.ui.signing.signature_pad import SignaturePad, render_png, signing_area

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def pad(qtbot: QtBot) -> SignaturePad:
    widget = SignaturePad()
    widget.resize(500, 150)  # the pad's own 10:3 shape: 1 pixel = 2 pad units
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def draw(pad: SignaturePad, points: list[tuple[int, int]], delay: int = 2) -> None:
    """Press, move through, release: one stroke as a mouse user draws it."""
    QTest.mousePress(pad, LEFT, Qt.KeyboardModifier.NoModifier, QPoint(*points[0]), delay)
    for x, y in points[1:]:
        QTest.mouseMove(pad, QPoint(x, y), delay)
    QTest.mouseRelease(pad, LEFT, Qt.KeyboardModifier.NoModifier, QPoint(*points[-1]), delay)


ZIGZAG = [(40, 60), (70, 90), (100, 50), (130, 95), (160, 55), (190, 90)]
LOOP = [(220, 80), (260, 40), (300, 80), (260, 110), (230, 85), (330, 70)]


def test_two_mouse_strokes_become_normalised_timed_points(pad: SignaturePad, qtbot: QtBot) -> None:
    with qtbot.waitSignal(pad.changed):
        draw(pad, ZIGZAG)
    draw(pad, LOOP)
    strokes = pad.strokes()
    assert len(strokes) == 2
    assert [len(s) for s in strokes] == [len(ZIGZAG), len(LOOP)]
    points = [p for s in strokes for p in s]
    assert all(0 <= p.x <= PAD_WIDTH and 0 <= p.y <= PAD_HEIGHT for p in points)
    assert strokes[0][0] == Point(80.0, 120.0, DEFAULT_PRESSURE, strokes[0][0].t_ms)
    assert strokes[1][-1].x == pytest.approx(660.0)  # 330 px of a 500 px pad
    times = [p.t_ms for p in points]
    assert times[0] == 0
    assert all(a < b for a, b in zip(times, times[1:], strict=False))
    assert not pad.is_empty()
    assert validate_strokes(strokes) == []


def test_undo_and_clear_by_button_and_keyboard(pad: SignaturePad, qtbot: QtBot) -> None:
    draw(pad, ZIGZAG)
    draw(pad, LOOP)
    first = pad.strokes()[0]
    pad.undo_stroke()
    assert pad.strokes() == (first,)
    draw(pad, LOOP)
    QTest.keyClick(pad, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert pad.strokes() == (first,)
    with qtbot.waitSignal(pad.changed):
        QTest.keyClick(pad, Qt.Key.Key_Delete)
    assert pad.is_empty()
    with qtbot.assertNotEmitted(pad.changed):
        pad.undo_stroke()  # nothing left to undo


def test_a_click_without_movement_is_refused(pad: SignaturePad) -> None:
    QTest.mouseClick(pad, LEFT, Qt.KeyboardModifier.NoModifier, QPoint(250, 75))
    strokes = pad.strokes()
    assert len(strokes) == 1 and len(strokes[0]) == 1
    assert [e.message for e in validate_strokes(strokes)] == [TOO_SMALL]
    assert [e.message for e in validate_strokes(())] == [EMPTY]


def test_one_dot_rule_in_pad_units() -> None:
    def line(x0: float, x1: float, y: float = 100.0) -> tuple[Point, ...]:
        return (Point(x0, y, 0.5, 0), Point(x1, y, 0.5, 10))

    assert validate_strokes((line(100, 145),)) == []  # 45 units of ink
    assert validate_strokes((line(100, 130),))  # 30: a dash, not a signature
    taps = tuple((Point(x, 100, 0.5, 0),) for x in range(100, 900, 50))
    assert validate_strokes(taps)  # sixteen dots far apart: still no ink
    jitter = tuple(
        (Point(500 + i % 2 * 8, 100, 0.5, i), Point(500, 108, 0.5, i + 1)) for i in range(10)
    )
    assert validate_strokes(jitter)  # 100 units of ink inside an 8-unit square


def test_json_round_trip(pad: SignaturePad) -> None:
    draw(pad, ZIGZAG)
    draw(pad, LOOP)
    data = strokes_to_json(pad.strokes())
    assert json.loads(json.dumps(data)) == data
    assert strokes_from_json(json.loads(json.dumps(data))) == pad.strokes()
    assert strokes_to_json([(Point(1.23456, 2.0, 0.123456, 7),)]) == [[[1.2, 2.0, 0.123, 7]]]


GARBAGE: list[Any] = [
    None,
    "x",
    [[]],
    [[[1, 2, 3]]],
    [[[1, 2, 0.5, "t"]]],
    [[[True, 2, 0.5, 0]]],
    [[[1, 2, 0.5, 1.5]]],
    [[[float("nan"), 2, 0.5, 0]]],
    [[[1001, 2, 0.5, 0]]],
    [[[1, 2, 1.5, 0]]],
    [[[1, 2, 0.5, -1]]],
    [[[1, 2, 0.5, 0]] * 30_000] * 2,
]


@pytest.mark.parametrize("garbage", GARBAGE)
def test_garbage_is_not_a_signature(garbage: Any) -> None:
    with pytest.raises(ValueError):
        strokes_from_json(garbage)


def test_render_png_puts_ink_where_the_strokes_are(pad: SignaturePad) -> None:
    draw(pad, ZIGZAG)
    image = render_png(pad.strokes(), 500, 150)  # same size as the pad: same pixels
    white = QColor("white").rgb()
    assert image.pixel(50, 70) != white  # on the zigzag's first line
    assert image.pixel(450, 20) == white  # far from any stroke
    box = bounding_box(pad.strokes())
    assert box == (80.0, 100.0, 380.0, 190.0)
    inked = [
        (x, y) for x in range(0, 500, 2) for y in range(0, 150, 2) if image.pixel(x, y) != white
    ]
    assert inked
    assert all(35 <= x <= 195 and 45 <= y <= 100 for x, y in inked)  # box ± pen width
    small = render_png(pad.strokes(), 200, 200)  # other shapes fit, never stretch
    assert small.width() == 200 and signing_area(200, 200).height() == pytest.approx(60)


def test_smoothing_goes_through_midpoints() -> None:
    stroke = (Point(0, 0, 0.5, 0), Point(10, 0, 0.5, 1), Point(10, 10, 0.5, 2))
    segments = quad_segments(stroke)
    assert [s.end for s in segments] == [(5.0, 0.0), (10.0, 5.0), (10.0, 10.0)]
    assert segments[1].control == (10.0, 0.0)
    assert quad_segments(stroke[:1]) == []


def pen(pressure: bool = True) -> QPointingDevice:
    caps = QInputDevice.Capability.Position
    if pressure:
        caps |= QInputDevice.Capability.Pressure
    return QPointingDevice(
        "pen", 77, QInputDevice.DeviceType.Stylus, QPointingDevice.PointerType.Pen, caps, 1, 2
    )


def tablet(
    pad: SignaturePad, device: QPointingDevice, kind: QEvent.Type, x: float, p: float
) -> None:
    buttons = Qt.MouseButton.NoButton if kind == QEvent.Type.TabletRelease else LEFT
    event = QTabletEvent(
        kind,
        device,
        QPointF(x, 75),
        pad.mapToGlobal(QPointF(x, 75)),
        p,
        0.0,
        0.0,
        0.0,
        0.0,
        0.0,
        Qt.KeyboardModifier.NoModifier,
        LEFT,
        buttons,
    )
    QApplication.sendEvent(pad, event)
    assert event.isAccepted()


def test_pen_pressure_is_kept(pad: SignaturePad) -> None:
    device = pen()
    tablet(pad, device, QEvent.Type.TabletPress, 100, 0.9)
    tablet(pad, device, QEvent.Type.TabletMove, 150, 0.9)
    tablet(pad, device, QEvent.Type.TabletMove, 200, 0.4)
    tablet(pad, device, QEvent.Type.TabletRelease, 200, 0.0)
    (stroke,) = pad.strokes()
    assert [p.pressure for p in stroke[:3]] == [0.9, 0.9, pytest.approx(0.4)]
    assert stroke[0].x == 200.0


def test_a_pen_without_pressure_draws_at_the_default(pad: SignaturePad) -> None:
    device = pen(pressure=False)
    tablet(pad, device, QEvent.Type.TabletPress, 100, 1.0)
    tablet(pad, device, QEvent.Type.TabletRelease, 180, 1.0)
    assert {p.pressure for p in pad.strokes()[0]} == {DEFAULT_PRESSURE}


def test_one_finger_draws_a_stroke(pad: SignaturePad) -> None:
    touch = QTest.touchEvent(pad, QTest.createTouchDevice())
    touch.press(1, QPoint(50, 40), pad).commit()
    touch.move(1, QPoint(120, 40), pad).commit()
    touch.stationary(1).press(2, QPoint(300, 100), pad).commit()  # a palm: ignored
    touch.move(1, QPoint(200, 40), pad).release(2, QPoint(300, 100), pad).commit()
    touch.release(1, QPoint(200, 40), pad).commit()
    (stroke,) = pad.strokes()
    assert [(p.x, p.y) for p in stroke] == [(100.0, 80.0), (240.0, 80.0), (400.0, 80.0)]
    assert {p.pressure for p in stroke} == {DEFAULT_PRESSURE}
    assert validate_strokes(pad.strokes()) == []


def test_set_strokes_and_printed_name(pad: SignaturePad, qtbot: QtBot) -> None:
    stroke = (Point(10, 10, 0.5, 0), Point(100, 50, 0.5, 40))
    with qtbot.waitSignal(pad.changed):
        pad.set_strokes([stroke])
    assert pad.strokes() == (stroke,)
    draw(pad, ZIGZAG)
    assert pad.strokes()[1][0].t_ms > 40  # a new stroke continues the timeline
    pad.set_printed_name("王建国")
    assert pad.printed_name() == "王建国"
    pad.grab()  # paints with guides, name and ink without error
