"""Picking the test instruments used for one section of a checklist run, and the
warning a run shows when one of them was past its calibration due date."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.instruments import is_overdue
from app.services.instruments.register import InstrumentView
from app.services.instruments.run_instruments import UsedInstrument
from app.ui.i18n import arg
from app.ui.labels import enum_label, format_date

OVERDUE_STYLE = "color: #9b1218; font-weight: bold;"


def instrument_text(instrument: InstrumentView) -> str:
    """ "Electrometer · PTW UNIDOS webline · SN 002345 · due 2027-03-01"."""
    return arg(
        QCoreApplication.translate("Instruments", "%1 · %2 · SN %3 · due %4"),
        enum_label(instrument.kind),
        instrument.name,
        instrument.serial,
        format_date(instrument.due_date),
    )


def short_text(used: UsedInstrument) -> str:
    text = arg(
        QCoreApplication.translate("Instruments", "%1 SN %2"),
        used.instrument.name,
        used.instrument.serial,
    )
    return f"⚠ {text}" if used.overdue else text


def overdue_warning(used: tuple[UsedInstrument, ...], sections: dict[str, str], on: date) -> str:
    """The run's warning, one line per overdue instrument with the sections it served;
    "" when none is overdue."""
    by_instrument: dict[str, list[UsedInstrument]] = {}
    for entry in used:
        if entry.overdue:
            by_instrument.setdefault(entry.instrument.id, []).append(entry)
    if not by_instrument:
        return ""
    lines = [
        arg(
            QCoreApplication.translate(
                "Instruments", "⚠ Calibration past due on the run's date (%1); results need review:"
            ),
            format_date(on),
        )
    ]
    for entries in by_instrument.values():
        instrument = entries[0].instrument
        lines.append(
            arg(
                QCoreApplication.translate("Instruments", "• %1 SN %2 — due %3; used for: %4"),
                instrument.name,
                instrument.serial,
                format_date(instrument.due_date),
                ", ".join(sections.get(e.section_id, e.section_id) for e in entries),
            )
        )
    return "\n".join(lines)


class SectionInstrumentsDialog(QDialog):
    """Checkable list of the instruments in service (plus any already chosen that were
    retired since); overdue ones are marked and red, but may still be recorded —
    the record must say what was actually used."""

    def __init__(
        self,
        section_title: str,
        instruments: list[InstrumentView],
        chosen: set[str],
        on: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(arg(self.tr("Instruments used — %1"), section_title))
        self.list = QListWidget()
        for instrument in instruments:
            text = instrument_text(instrument)
            overdue = is_overdue(instrument.due_date, on)
            if overdue:
                text = arg(self.tr("⚠ %1 (calibration overdue)"), text)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, instrument.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = instrument.id in chosen
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            if overdue:
                item.setForeground(Qt.GlobalColor.darkRed)
            self.list.addItem(item)
        hint = QLabel(self.tr("Tick every instrument used for the measurements of this section."))
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.resize(620, 360)

    def chosen(self) -> list[str]:
        return [
            str(self.list.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(self.list.count())
            if self.list.item(row).checkState() == Qt.CheckState.Checked
        ]
