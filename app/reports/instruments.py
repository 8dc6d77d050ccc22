"""The test instruments a checklist run used, per section, printed under the run's
caption: maker and model, serial, certificate and calibration due date. One past its
due date at the run's date is marked in its row and named in a warning above the
table (red, and worded, so a photocopy keeps it): its measurements are not traceable
(ISO 13485 §7.6)."""

from __future__ import annotations

from typing import Any

from reportlab.lib import colors
from reportlab.platypus import Flowable, Paragraph, Spacer

from app.domain.instruments import InstrumentKind
from app.reports.content import ChecklistResult, InstrumentLine, Language
from app.reports.styles import ALERT, Styles, day, escape
from app.reports.tables import data_table

# section | instrument | serial | certificate | calibration due (sums to the frame width)
WIDTHS = [120.0, 150.0, 62.0, 80.0, 81.2]
DUE_COLUMN = 4
OVERDUE_BG = colors.HexColor("#FBE0DE")

TEXTS: dict[Language, dict[str, str]] = {
    "zh_CN": {
        "caption": "使用的测试仪器",
        "col_section": "检查部分",
        "col_instrument": "仪器",
        "col_serial": "序列号",
        "col_certificate": "校准证书",
        "col_due": "校准有效期至",
        "overdue_mark": "已过期",
        "warning": "▲ 警告：以下测试仪器在本次检查日期（{day}）已超过校准有效期，"
        "相关测量结果不具可溯源性，需复核：{names}",
        "named": "{name}（序列号 {serial}，有效期至 {due}）",
        "none": "未记录使用的测试仪器。",
    },
    "en": {
        "caption": "Test instruments used",
        "col_section": "Section",
        "col_instrument": "Instrument",
        "col_serial": "Serial No.",
        "col_certificate": "Certificate",
        "col_due": "Calibration due",
        "overdue_mark": "PAST DUE",
        "warning": "▲ Warning: calibration past due at the run's date ({day}) — the "
        "measurements taken with these instruments are not traceable and need review: {names}",
        "named": "{name} (serial {serial}, due {due})",
        "none": "No test instrument recorded.",
    },
}


def instrument_block(run: ChecklistResult, language: Language, styles: Styles) -> list[Flowable]:
    """The warning (if any) and the instruments table; nothing for a run whose
    template has no measured sections and no instrument recorded."""
    if not run.instruments:
        return []
    t = TEXTS[language]
    flowables: list[Flowable] = []
    overdue = [line for line in run.instruments if line.overdue]
    if overdue:
        names = "；".join if language == "zh_CN" else "; ".join
        warning = Paragraph(
            f'<font color="{_hex(ALERT)}"><b>'
            + escape(
                t["warning"].format(
                    day=day(run.run_date, language),
                    names=names(_named(line, language) for line in _unique(overdue)),
                )
            )
            + "</b></font>",
            styles.body,
        )
        warning.keepWithNext = True
        flowables += [warning, Spacer(1, 2)]
    header = [
        t[k] for k in ("col_section", "col_instrument", "col_serial", "col_certificate", "col_due")
    ]
    rows: list[list[Any]] = []
    commands: list[tuple[Any, ...]] = []
    for line in run.instruments:
        due = line.due_date.isoformat()
        if line.overdue:
            due = f"▲ {due} {t['overdue_mark']}"
            at = len(rows) + 1
            commands += [
                ("BACKGROUND", (DUE_COLUMN, at), (DUE_COLUMN, at), OVERDUE_BG),
                ("TEXTCOLOR", (DUE_COLUMN, at), (DUE_COLUMN, at), ALERT),
            ]
        rows.append(
            [line.section, f"{line.kind} · {line.name}", line.serial, line.certificate_no, due]
        )
    table = data_table(header, rows, WIDTHS, styles, *commands, small=(0, 1, 3, 4))
    caption = Paragraph(escape(t["caption"]), styles.muted)
    caption.keepWithNext = True
    return [*flowables, caption, table, Spacer(1, 4)]


def _named(line: InstrumentLine, language: Language) -> str:
    return TEXTS[language]["named"].format(
        name=line.name, serial=line.serial, due=line.due_date.isoformat()
    )


def _unique(lines: list[InstrumentLine]) -> list[InstrumentLine]:
    """Each instrument once, though several sections used it."""
    seen: dict[tuple[str, str], InstrumentLine] = {}
    for line in lines:
        seen.setdefault((line.name, line.serial), line)
    return list(seen.values())


def _hex(colour: colors.Color) -> str:
    return colour.hexval().replace("0x", "#")


KINDS: dict[Language, dict[InstrumentKind, str]] = {
    "zh_CN": {
        InstrumentKind.DOSIMETER: "剂量仪",
        InstrumentKind.ELECTROMETER: "静电计",
        InstrumentKind.ION_CHAMBER: "电离室",
        InstrumentKind.WATER_PHANTOM: "三维水箱",
        InstrumentKind.SAFETY_ANALYSER: "电气安全分析仪",
        InstrumentKind.SURVEY_METER: "辐射巡测仪",
    },
    "en": {
        InstrumentKind.DOSIMETER: "Dosimeter",
        InstrumentKind.ELECTROMETER: "Electrometer",
        InstrumentKind.ION_CHAMBER: "Ion chamber",
        InstrumentKind.WATER_PHANTOM: "Water phantom",
        InstrumentKind.SAFETY_ANALYSER: "Electrical safety analyser",
        InstrumentKind.SURVEY_METER: "Survey meter",
    },
}


def kind_label(language: Language, kind: InstrumentKind) -> str:
    return KINDS[language][kind]
