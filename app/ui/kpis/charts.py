"""QtCharts views for the dashboard: QA trend, Pareto and distribution bars, uptime
per month per unit, each
exportable as PNG or PDF (vector, through QPdfWriter) and clickable through to the
work orders behind what was clicked."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCharts import (
    QAbstractAxis,
    QAbstractSeries,
    QAreaSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QDateTimeAxis,
    QLineSeries,
    QScatterSeries,
    QValueAxis,
)
from PySide6.QtCore import QDateTime, QMargins, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QCursor,
    QFont,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
)
from PySide6.QtWidgets import QToolTip, QWidget

from app.domain.kpis import Bar
from app.services.kpis.dashboard import UnitUptime
from app.services.kpis.trends import Band, Trend, TrendPoint, TrendSeries
from app.ui.i18n import arg
from app.ui.labels import format_datetime

IN_TOLERANCE = QColor("#1f77b4")
OUTSIDE = QColor("#d62728")
TOLERANCE_FILL = QColor(44, 160, 44, 45)
BASELINE = QColor("#6b4a00")  # the baseline a person judges values against
ACTION_FILL = QColor(255, 187, 0, 40)
REFERENCE = QColor("#555555")
# One colour per beam (none of them the red of a point outside tolerance).
SERIES_COLOURS = [
    QColor(c)
    for c in (
        "#1f77b4",
        "#9467bd",
        "#2ca02c",
        "#8c564b",
        "#17becf",
        "#e377c2",
        "#7f7f7f",
        "#bcbd22",
    )
]


def _ms(moment: datetime) -> float:
    return moment.timestamp() * 1000


PDF_WIDTH = 1100.0  # the chart's layout width on a PDF page, in points: text stays legible


def export_chart(view: QChartView, path: Path) -> None:
    """PNG (the view as drawn) or PDF (vector, landscape A4), by the file's suffix."""
    if path.suffix.lower() == ".pdf":
        writer = QPdfWriter(str(path))
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        writer.setPageOrientation(QPageLayout.Orientation.Landscape)
        writer.setResolution(150)
        writer.setTitle(view.chart().title())
        painter = QPainter(writer)
        chart = view.chart()
        drawn = chart.geometry()
        page = QRectF(painter.viewport())
        try:  # laid out for the page's proportions (a wide, flat view would use a strip)
            chart.setGeometry(QRectF(0, 0, PDF_WIDTH, PDF_WIDTH * page.height() / page.width()))
            view.scene().render(painter, page, chart.geometry())
        finally:
            painter.end()
            chart.setGeometry(drawn)
        return
    if not view.grab().save(str(path)):
        raise OSError(f"could not write {path}")


class TrendChart(QChartView):
    """Measured values over time with the tolerance and action bands; points outside
    tolerance are red and larger. A click on a point asks for its run's work order."""

    point_clicked = Signal(object)  # TrendPoint

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(260)
        self.trend: Trend | None = None
        self.outside: list[TrendPoint] = []

    def show_trend(self, trend: Trend, title: str, value_label: str, date_format: str) -> None:
        self.trend = trend
        chart = QChart()
        chart.setTitle(title)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        x_axis = QDateTimeAxis()
        x_axis.setFormat(date_format)
        y_axis = QValueAxis()
        y_axis.setTitleText(value_label)
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        points = trend.points
        if points:
            start, end = _ms(points[0].at), _ms(points[-1].at)
            # a little room either side: the first and last points are drawn whole
            pad = max((end - start) * 0.03, 86_400_000)
            start, end = start - pad, end + pad
            if end - start < 120 * 86_400_000:  # months alone would repeat on every tick
                x_axis.setFormat("yyyy-MM-dd")
            values = [p.value for p in points]
            values += [
                p.baseline for p in points if p.difference is not None and p.baseline is not None
            ]
            low, high = min(values), max(values)
            self._baseline(chart, points, x_axis, y_axis)
            for band, fill, name in (
                (trend.action, ACTION_FILL, self.tr("Action level")),
                (trend.tolerance, TOLERANCE_FILL, self.tr("Tolerance")),
            ):
                if band is not None:
                    self._band(chart, band, start, end, fill, name, x_axis, y_axis)
                    low = min(low, *(v for v in (band.low, band.high) if v is not None))
                    high = max(high, *(v for v in (band.low, band.high) if v is not None))
            if trend.nominal is not None:
                reference = QLineSeries()
                reference.setName(
                    self.tr("Baseline") if trend.from_baseline else self.tr("Nominal")
                )
                reference.setPen(QPen(REFERENCE, 1.5, Qt.PenStyle.DashLine))
                reference.append(start, trend.nominal)
                reference.append(end, trend.nominal)
                self._add(chart, reference, x_axis, y_axis)
                low, high = min(low, trend.nominal), max(high, trend.nominal)
            outside = QScatterSeries()
            outside.setName(self.tr("Outside tolerance"))
            if trend.tolerance is None and any(p.difference is not None for p in points):
                # judged by the physicist against the baseline: no tolerance to be within
                outside.setName(self.tr("Warning or fail (physicist's verdict)"))
            outside.setColor(OUTSIDE)
            outside.setMarkerSize(12)
            self.outside = [p for p in points if p.outside_tolerance]
            for index, series in enumerate(trend.series or [TrendSeries("", points)]):
                colour = SERIES_COLOURS[index % len(SERIES_COLOURS)]
                line, inside = QLineSeries(), QScatterSeries()
                line.setName(self._series_name(series, trend))
                line.setPen(QPen(colour, 1.5))
                inside.setColor(colour)
                inside.setBorderColor(colour)
                inside.setMarkerSize(7)
                for p in series.points:
                    spot = QPointF(_ms(p.at), p.value)
                    line.append(spot)
                    if not p.outside_tolerance:
                        inside.append(spot)
                self._add(chart, line, x_axis, y_axis)
                self._add(chart, inside, x_axis, y_axis)
                chart.legend().markers(inside)[0].setVisible(False)  # the line names it
                inside.clicked.connect(self._clicked)
                inside.hovered.connect(self._hovered)
            for p in self.outside:
                outside.append(QPointF(_ms(p.at), p.value))
            self._add(chart, outside, x_axis, y_axis)
            outside.clicked.connect(self._clicked)
            outside.hovered.connect(self._hovered)
            margin = (high - low) * 0.08 or 1.0
            y_axis.setRange(low - margin, high + margin)
            y_axis.applyNiceNumbers()
            x_axis.setRange(
                QDateTime.fromMSecsSinceEpoch(int(start)), QDateTime.fromMSecsSinceEpoch(int(end))
            )
        self.setChart(chart)

    def _baseline(
        self, chart: QChart, points: list[TrendPoint], x_axis: QDateTimeAxis, y_axis: QValueAxis
    ) -> None:
        """The baseline each value was compared with, as a step line (a recalibration
        sets a new one): the values judged by a person against it, with no band."""
        compared = [p for p in points if p.difference is not None and p.baseline is not None]
        if not compared or len({p.beam for p in compared}) > 1:
            return  # per beam: each beam's series names its own baseline
        line = QLineSeries()
        line.setName(self.tr("Baseline"))
        line.setPen(QPen(BASELINE, 1.5, Qt.PenStyle.DashLine))
        previous: float | None = None
        for p in compared:
            assert p.baseline is not None
            if previous is not None and previous != p.baseline:
                line.append(_ms(p.at), previous)
            line.append(_ms(p.at), p.baseline)
            previous = p.baseline
        self._add(chart, line, x_axis, y_axis)

    @staticmethod
    def _add(
        chart: QChart, series: QAbstractSeries, x_axis: QAbstractAxis, y_axis: QAbstractAxis
    ) -> None:
        chart.addSeries(series)
        series.attachAxis(x_axis)
        series.attachAxis(y_axis)

    def _series_name(self, series: TrendSeries, trend: Trend) -> str:
        name = series.beam or self.tr("Measured")
        if series.baseline is not None:
            unit = f" {series.baseline_unit}" if series.baseline_unit else ""
            return arg(self.tr("%1 (baseline %2)"), name, f"{series.baseline:g}{unit}")
        return name

    def _band(
        self,
        chart: QChart,
        band: Band,
        start: float,
        end: float,
        fill: QColor,
        name: str,
        x_axis: QDateTimeAxis,
        y_axis: QValueAxis,
    ) -> None:
        if band.low is None or band.high is None:
            return  # a one-sided limit: drawn by its line below
        upper, lower = QLineSeries(), QLineSeries()
        for series, value in ((upper, band.high), (lower, band.low)):
            series.append(start, value)
            series.append(end, value)
        area = QAreaSeries(upper, lower)
        upper.setParent(area)  # the area does not own its edges: without a parent Python
        lower.setParent(area)  # would delete them under it
        area.setName(name)
        area.setColor(fill)
        area.setBorderColor(fill.darker(150))
        chart.addSeries(area)
        area.attachAxis(x_axis)
        area.attachAxis(y_axis)

    def _clicked(self, spot: QPointF) -> None:
        nearest = self._nearest(spot)
        if nearest is not None:
            self.point_clicked.emit(nearest)

    def _nearest(self, spot: QPointF) -> TrendPoint | None:
        if self.trend is None or not self.trend.points:
            return None
        return min(
            self.trend.points,
            key=lambda p: (abs(_ms(p.at) - spot.x()), abs(p.value - spot.y())),
        )

    def _hovered(self, spot: QPointF, state: bool) -> None:
        """The point's date, value, beam and (from baseline) what was measured."""
        point = self._nearest(spot) if state else None
        if point is None:
            QToolTip.hideText()
            return
        unit = self.trend.unit if self.trend else ""
        lines = [f"{point.number} · {format_datetime(point.at)}"]
        if point.beam:
            lines.append(point.beam)
        lines.append(f"{point.value:g} {unit}".strip())
        if point.measured is not None and point.baseline is not None:
            lines.append(
                arg(
                    self.tr("measured %1, baseline %2"),
                    f"{point.measured:g}",
                    f"{point.baseline:g}",
                )
            )
        if point.difference is not None and point.baseline is not None:
            lines.append(
                arg(
                    self.tr("baseline %1, difference %2"),
                    f"{point.baseline:g}",
                    f"{point.difference:+g}",
                )
            )
        QToolTip.showText(QCursor.pos(), "\n".join(lines), self)

    def point_position(self, point: TrendPoint) -> QPointF:
        """Where `point` is drawn in the view (for tests and tooltips)."""
        scene = self.chart().mapToPosition(QPointF(_ms(point.at), point.value))
        return QPointF(self.mapFromScene(scene))


class BarChart(QChartView):
    """Bars with their work orders: a click on a bar asks for them. With `cumulative`
    a Pareto chart: the running share of the total on a second axis."""

    bar_clicked = Signal(object)  # Bar

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(220)
        self.bars: list[Bar] = []

    def show_bars(
        self,
        bars: list[Bar],
        title: str,
        labels: list[str],
        value_label: str,
        cumulative: str = "",
        category_label: str = "",
    ) -> None:
        self.bars = bars
        chart = QChart()
        chart.setTitle(title)
        chart.legend().setVisible(bool(cumulative))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.setMargins(QMargins(4, 4, 4, 4))
        values = QBarSet(value_label)
        values.setColor(IN_TOLERANCE)
        for bar in bars:
            values.append(bar.value)
        series = QBarSeries()
        series.append(values)
        chart.addSeries(series)
        x_axis = QBarCategoryAxis()
        x_axis.append(labels)
        if bars:  # an empty category axis would draw its title in a corner
            x_axis.setTitleText(category_label)
        y_axis = QValueAxis()
        y_axis.setTitleText(value_label)
        y_axis.setRange(0, max(max([b.value for b in bars], default=0.0) * 1.1, 4.0))
        y_axis.applyNiceNumbers()
        y_axis.setLabelFormat("%g")
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(x_axis)
        series.attachAxis(y_axis)
        total = sum(b.value for b in bars)
        if cumulative and total > 0:
            running = QLineSeries()
            running.setName(cumulative)
            running.setPen(QPen(OUTSIDE, 2))
            share_axis = QValueAxis()
            share_axis.setRange(0, 100)
            share_axis.setLabelFormat("%.0f%%")
            chart.addAxis(share_axis, Qt.AlignmentFlag.AlignRight)
            chart.addSeries(running)
            running.attachAxis(x_axis)
            running.attachAxis(share_axis)
            seen = 0.0
            for index, bar in enumerate(bars):
                seen += bar.value
                running.append(index, seen / total * 100)
        values.clicked.connect(self._clicked)
        self.setChart(chart)

    def _clicked(self, index: int) -> None:
        if 0 <= index < len(self.bars):
            self.bar_clicked.emit(self.bars[index])

    def bar_centre(self, index: int) -> QPointF:
        """Where bar `index` is drawn, halfway up (for tests)."""
        bar = self.bars[index]
        scene = self.chart().mapToPosition(QPointF(index, bar.value / 2), self.chart().series()[0])
        return QPointF(self.mapFromScene(scene))


def ask_and_export_chart(parent: QWidget, view: QChartView, name: str) -> None:
    """Asks where (PNG or PDF, by the filter or the suffix typed), then writes."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    caption = QCoreApplication.translate("Dashboard", "Export chart")
    png = QCoreApplication.translate("Dashboard", "PNG image (*.png)")
    pdf = QCoreApplication.translate("Dashboard", "PDF document (*.pdf)")
    chosen, kind = QFileDialog.getSaveFileName(parent, caption, f"{name}.png", f"{png};;{pdf}")
    if not chosen:
        return
    path = Path(chosen)
    if path.suffix.lower() not in (".png", ".pdf"):
        path = path.with_suffix(".pdf" if kind == pdf else ".png")
    try:
        export_chart(view, path)
    except OSError as error:
        QMessageBox.warning(parent, caption, str(error))


UNIT_COLOURS = ("#1f77b4", "#ff7f0e", "#2ca02c", "#9467bd", "#8c564b", "#e377c2", "#17becf")


class UptimeChart(QChartView):
    """Uptime per month per unit (percent), with each guarantee as a dashed line; a
    click on a point asks for the work orders behind that unit's month."""

    point_clicked = Signal(object, int)  # UnitUptime, month index

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(260)
        self.units: list[UnitUptime] = []
        self.months: list[str] = []

    def show_units(
        self, months: list[str], units: list[UnitUptime], title: str, guarantee_label: str
    ) -> None:
        """`guarantee_label` has %1 for the percentage ("Guarantee %1")."""
        self.units, self.months = units, months
        chart = QChart()
        chart.setTitle(f"{title} ({months[0]} – {months[-1]})" if months else title)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)  # whole unit names
        chart.setMargins(QMargins(4, 4, 4, 4))
        x_axis = QBarCategoryAxis()
        x_axis.append([m[5:] for m in months])  # "03": twelve fit; the title has the years
        small = QFont(x_axis.labelsFont())
        small.setPointSizeF(max(6.0, small.pointSizeF() * 0.8))
        x_axis.setLabelsFont(small)
        chart.legend().setFont(small)
        y_axis = QValueAxis()
        y_axis.setLabelFormat("%.0f%%")
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        low = 100.0
        for index, unit in enumerate(units):
            series = QLineSeries()
            series.setName(unit.name)
            series.setPointsVisible(True)
            series.setPen(QPen(QColor(UNIT_COLOURS[index % len(UNIT_COLOURS)]), 2))
            for month, value in enumerate(unit.values):
                if value is not None:
                    series.append(month, value * 100)
                    low = min(low, value * 100)
            chart.addSeries(series)
            series.attachAxis(x_axis)
            series.attachAxis(y_axis)
            series.clicked.connect(lambda spot, u=unit: self._clicked(u, spot))
        for guarantee in sorted({u.guarantee for u in units if u.guarantee is not None}):
            line = QLineSeries()
            line.setName(arg(guarantee_label, f"{guarantee * 100:g}%"))
            pen = QPen(OUTSIDE, 1.5)
            pen.setStyle(Qt.PenStyle.DashLine)
            line.setPen(pen)
            line.append(0, guarantee * 100)
            line.append(max(len(months) - 1, 1), guarantee * 100)
            low = min(low, guarantee * 100)
            chart.addSeries(line)
            line.attachAxis(x_axis)
            line.attachAxis(y_axis)
        step = 5 if low >= 80 else 10 if low >= 50 else 20
        bottom = max(0, int(low // step) * step - (step if low % step == 0 else 0))
        y_axis.setRange(bottom, 100)  # never above 100 %: nothing is more than up
        y_axis.setTickCount(int((100 - bottom) / step) + 1)
        self.setChart(chart)

    def _clicked(self, unit: UnitUptime, spot: QPointF) -> None:
        month = round(spot.x())
        if 0 <= month < len(self.months):
            self.point_clicked.emit(unit, month)

    def point_position(self, unit: int, month: int) -> QPointF:
        """Where unit `unit`'s value of month `month` is drawn (for tests)."""
        value = self.units[unit].values[month]
        series = self.chart().series()[unit]
        scene = self.chart().mapToPosition(QPointF(month, (value or 0) * 100), series)
        return QPointF(self.mapFromScene(scene))
