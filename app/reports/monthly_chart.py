"""A QA item's trend as a small vector chart for the monthly report (reportlab.graphics):
values over time, the tolerance band shaded, action limits dashed, the nominal as a thin
line, points beyond tolerance in red. Drawn from shapes rather than reportlab's
LinePlot: the bands need the plot's scale, and every string names the embedded font
(LinePlot's axis labels default to Helvetica, which is never embedded)."""

from __future__ import annotations

from datetime import UTC, datetime

from reportlab.graphics.shapes import Circle, Drawing, Line, PolyLine, Rect, String
from reportlab.lib import colors

from app.reports.monthly_content import ItemTrend
from app.reports.styles import ACCENT, ALERT, MUTED, RULE

TOLERANCE_FILL = colors.HexColor("#E4F3E7")
LEFT, BOTTOM, TOP, RIGHT = 34.0, 16.0, 6.0, 6.0


def _limits(trend: ItemTrend) -> tuple[float, float]:
    """The y range: every value and every finite band limit, with a margin."""
    numbers = [v.value for v in trend.values]
    for band in (trend.tolerance, trend.action):
        if band is not None:
            numbers += [b for b in band if b is not None]
    if trend.nominal is not None:
        numbers.append(trend.nominal)
    low, high = min(numbers), max(numbers)
    margin = (high - low) * 0.08 or abs(high) * 0.05 or 1.0
    return low - margin, high + margin


def _label(value: float) -> str:
    return f"{value:.3g}" if abs(value) < 1000 else f"{value:.0f}"


def trend_chart(trend: ItemTrend, font: str, width: float, height: float) -> Drawing:
    drawing = Drawing(width, height)
    low, high = _limits(trend)
    plot_w, plot_h = width - LEFT - RIGHT, height - BOTTOM - TOP
    times = [v.at.timestamp() for v in trend.values]
    first, last = min(times), max(times)
    span = (last - first) or 1.0

    def x(moment: float) -> float:
        if last == first:
            return LEFT + plot_w / 2
        return LEFT + (moment - first) / span * plot_w

    def y(value: float) -> float:
        return BOTTOM + (value - low) / (high - low) * plot_h

    def clamp(value: float | None, fallback: float) -> float:
        return fallback if value is None else min(max(value, low), high)

    drawing.add(Rect(LEFT, BOTTOM, plot_w, plot_h, strokeColor=RULE, fillColor=None))
    if trend.tolerance is not None:
        bottom = y(clamp(trend.tolerance[0], low))
        top = y(clamp(trend.tolerance[1], high))
        drawing.add(
            Rect(LEFT, bottom, plot_w, top - bottom, strokeColor=None, fillColor=TOLERANCE_FILL)
        )
    if trend.action is not None:
        for limit in trend.action:
            if limit is not None and low <= limit <= high:
                drawing.add(
                    Line(
                        LEFT,
                        y(limit),
                        LEFT + plot_w,
                        y(limit),
                        strokeColor=ALERT,
                        strokeWidth=0.6,
                        strokeDashArray=[3, 2],
                    )
                )
    if trend.nominal is not None:
        drawing.add(
            Line(
                LEFT,
                y(trend.nominal),
                LEFT + plot_w,
                y(trend.nominal),
                strokeColor=MUTED,
                strokeWidth=0.4,
            )
        )
    for tick in (low, (low + high) / 2, high):
        drawing.add(
            String(
                LEFT - 3, y(tick) - 2.5, _label(tick), fontName=font, fontSize=6, textAnchor="end"
            )
        )
    drawing.add(_axis_label(font, LEFT, first, "start"))
    if last != first:
        drawing.add(_axis_label(font, LEFT + plot_w, last, "end"))
    points = [(x(t), y(v.value)) for t, v in zip(times, trend.values, strict=True)]
    if len(points) > 1:
        drawing.add(
            PolyLine(
                [c for p in points for c in p], strokeColor=ACCENT, strokeWidth=0.9, fillColor=None
            )
        )
    for (px, py), value in zip(points, trend.values, strict=True):
        colour = ALERT if value.outside else ACCENT
        drawing.add(Circle(px, py, 1.8, fillColor=colour, strokeColor=colour))
    return drawing


def _axis_label(font: str, at: float, moment: float, anchor: str) -> String:
    from app.domain import local_time

    text = local_time.local(datetime.fromtimestamp(moment, UTC)).strftime("%Y-%m-%d")
    return String(at, 5, text, fontName=font, fontSize=6, textAnchor=anchor, fillColor=MUTED)
