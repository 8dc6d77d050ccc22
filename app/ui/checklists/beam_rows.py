"""How a per-beam item's beam rows read on the run screen (issue 11 §3).

Under a per-beam item, one row per beam of the unit: the beam's name, the baseline it
is judged from (value, when and by whom it was set), the value as measured with the
difference from the baseline the service computed, and the beam's own verdict.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from app.domain.tolerance import with_unit
from app.services.checklists.beam_rows import BaselineView, BeamValueView
from app.services.checklists.checklist_runs import ItemView
from app.ui.i18n import arg
from app.ui.labels import enum_label, format_datetime


@dataclass(frozen=True)
class BeamRow:
    """A table row: one beam of a per-beam item."""

    item: ItemView
    beam: BeamValueView


def beam_name(row: BeamRow) -> str:
    return f"    ↳ {row.beam.beam_label}"


def baseline_text(row: BeamRow) -> str:
    """The baseline the value was judged from, else the one in force; "" if not from
    baseline."""
    if row.item.from_baseline is None:
        return ""
    beam = row.beam
    if beam.baseline is not None:
        text = arg(
            QCoreApplication.translate("ChecklistBeams", "Baseline %1"),
            _number(beam.baseline, row.item.measured_unit),
        )
    elif beam.current_baseline is None:
        text = QCoreApplication.translate("ChecklistBeams", "No baseline set")
    else:
        text = baseline_detail(beam.current_baseline, row.item.measured_unit)
    if row.item.judged_by_person:
        judged = QCoreApplication.translate("ChecklistBeams", "No limit: your verdict")
        return f"{text}\n{judged}"
    return text


def baseline_detail(baseline: BaselineView, unit: str) -> str:
    return arg(
        QCoreApplication.translate("ChecklistBeams", "Baseline %1 (%2, %3 · %4)"),
        _number(baseline.value, unit),
        enum_label(baseline.occasion),
        baseline.set_by,
        format_datetime(baseline.set_at),
    )


def item_baseline_text(item: ItemView) -> str:
    """A person-judged item's limits cell: the baseline its value was compared with
    (else the unit's baseline in force), and that the verdict is the physicist's.
    Measured per beam, each beam's row shows its own baseline."""
    judged = QCoreApplication.translate("ChecklistBeams", "No limit: your verdict")
    if item.per_beam is not None:
        return judged
    if item.baseline is not None:
        baseline = arg(
            QCoreApplication.translate("ChecklistBeams", "Baseline %1"),
            _number(item.baseline, item.measured_unit),
        )
    elif item.current_baseline is not None:
        baseline = baseline_detail(item.current_baseline, item.measured_unit)
    else:
        baseline = QCoreApplication.translate("ChecklistBeams", "No baseline set")
    return f"{baseline}\n{judged}"


def item_value_text(item: ItemView) -> str:
    """A person-judged item's measured value with its difference from the baseline."""
    if item.number is None:
        return item.text
    measured = _number(item.number, item.unit)
    if item.difference is None:
        return measured
    return arg(
        QCoreApplication.translate("ChecklistBeams", "%1  (Δ %2)"),
        measured,
        signed_difference(item.difference, item.from_baseline, item.measured_unit),
    )


def signed_difference(value: float, how: str | None, unit: str) -> str:
    """ "+1.2%", "-3 HU": a difference from baseline with its sign and unit."""
    delta = Decimal(str(value))
    return ("+" if delta > 0 else "") + with_unit(delta, "%" if how == "percent" else unit)


def value_text(row: BeamRow, not_applicable: str) -> str:
    """The measured value, and its difference from the baseline when judged from one."""
    beam = row.beam
    if beam.text == "n/a":
        return not_applicable
    if beam.number is None:
        return beam.text
    measured = _number(beam.number, beam.unit)
    if beam.difference is None:
        return measured
    unit = "%" if row.item.from_baseline == "percent" else row.item.unit
    delta = Decimal(str(beam.difference))
    sign = "+" if delta > 0 else ""
    return arg(
        QCoreApplication.translate("ChecklistBeams", "%1  (Δ %2)"),
        measured,
        sign + with_unit(delta, unit),
    )


def edit_text(row: BeamRow) -> str:
    if row.beam.number is None:
        return row.beam.text
    return with_unit(Decimal(str(row.beam.number)), row.beam.unit)


def _number(value: float, unit: str) -> str:
    return with_unit(Decimal(str(value)), unit)


def item_edit_text(item: ItemView) -> str:
    if item.number is None:
        return "" if item.text == "n/a" else item.text
    return with_unit(Decimal(str(item.number)), item.unit)
