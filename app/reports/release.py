"""The clinical release block of repair and upgrade reports (issue 11 §1, §2)."""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Flowable, Spacer

from app.reports import labels
from app.reports.checklist import verdict_cell, verdict_commands
from app.reports.content import ReportContent
from app.reports.styles import DASH, Styles, when
from app.reports.tables import data_table, heading, key_values


def release_block(content: ReportContent, styles: Styles) -> list[Flowable]:
    """The release to clinical use: who released the unit and when, or that it is not
    released and why; the return-to-service checks and the warnings the signer read."""
    block = content.release
    if block is None:
        return []
    t = labels.TEXTS[content.language]
    if block.released and block.legacy:
        status = t["released_legacy"].format(name=block.released_by, at=when(block.released_at))
    elif block.released:
        who = block.released_by + (f" ({block.role})" if block.role else "")
        if block.organisation:
            who = f"{who} · {block.organisation}"
        status = t["released"].format(name=who, at=when(block.released_at))
    else:
        status = t["not_released"]
    pairs = [(t["release_status"], status)]
    if not block.released and block.reasons:
        pairs.append((t["release_reasons"], "\n".join(f"• {r}" for r in block.reasons)))
    if block.awaiting_acceptance:
        pairs.append((t["awaiting_acceptance"], "\n".join(block.awaiting_acceptance)))
    if block.warnings:
        pairs.append((t["release_warnings"], "\n".join(block.warnings)))
    flowables: list[Flowable] = [
        heading(t["sec_release"], styles),
        key_values(pairs, styles, per_row=1),
    ]
    if block.checks:
        words = labels.VERDICTS[content.language]
        rows = [
            [
                check.label,
                check.items or DASH,
                verdict_cell(words[check.verdict], check.verdict, styles),
            ]
            for check in block.checks
        ]
        verdicts = [(index, check.verdict) for index, check in enumerate(block.checks, start=1)]
        header = [t["release_checks"], t["col_recorded"], t["col_verdict"]]
        table = data_table(header, rows, [140.0, 289.2, 64.0], styles, *_check_colours(verdicts))
        flowables += [Spacer(1, 4), table]
    return flowables


def _check_colours(verdicts: list[tuple[int, Any]]) -> list[tuple[Any, ...]]:
    """The checklist's verdict colours, moved to this table's verdict column."""
    return [(c[0], (2, c[1][1]), (2, c[2][1]), c[3]) for c in verdict_commands(verdicts)]
