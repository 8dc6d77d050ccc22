"""What sync's outcomes say to the user, in the user's language.

The sync client reports in English with a machine-readable kind (`SyncError.kind`), and
the server explains a refused change with a reason that starts with a known prefix
("permission: …"). The page, the status bar and the login dialog all show the same
translated sentences, so they live here, once. The English detail stays available as
a tooltip: it is what the office needs when someone phones about it.
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.services.sync.sync_status import ConflictRow, split_error
from app.ui.i18n import arg
from app.ui.labels import format_value

# lupdate finds `translate("Context", "literal")` calls; the context must be literal.
translate = QCoreApplication.translate


def error_text(kind: str, message: str = "") -> str:
    """A full sentence for a round or login that stopped (SyncError kind)."""
    if kind == "unreachable":
        return translate(
            "SyncTexts", "Cannot reach the sync server. Check the network and the server address."
        )
    if kind == "login":
        return translate(
            "SyncTexts", "The server refused the login. Check the user name and the password."
        )
    if kind == "auth":
        return translate(
            "SyncTexts", "The server no longer accepts this laptop's login. Log in again."
        )
    if kind == "too_old":
        return translate(
            "SyncTexts", "This Beamside is too old for the server. Install the current version."
        )
    if kind == "clock":
        return translate(
            "SyncTexts", "This laptop's clock is too far ahead of the server's. Correct the time."
        )
    if kind == "busy":
        return translate("SyncTexts", "The server is busy. Beamside will try again shortly.")
    if kind == "server":
        return arg(translate("SyncTexts", "The server reported a problem: %1"), message)
    if kind == "audit":
        return arg(
            translate("SyncTexts", "The audit trail could not be anchored on the server: %1"),
            message,
        )
    return message


def short_error(kind: str) -> str:
    """A few words for the status bar."""
    return {
        "unreachable": translate("SyncTexts", "server not reachable"),
        "login": translate("SyncTexts", "log in to sync"),
        "auth": translate("SyncTexts", "log in again"),
        "too_old": translate("SyncTexts", "update Beamside"),
        "clock": translate("SyncTexts", "clock is wrong"),
        "busy": translate("SyncTexts", "server busy"),
        "server": translate("SyncTexts", "server problem"),
        "audit": translate("SyncTexts", "audit trail not anchored"),
    }.get(kind, translate("SyncTexts", "sync failed"))


def recorded_error(text: str) -> str:
    """A recorded "kind: message" (sync_state, sync_run) as a translated sentence."""
    kind, message = split_error(text)
    return error_text(kind, message) if kind else message


def run_result(error: str) -> str:
    """The history's result column: done, or why the round stopped."""
    if not error:
        return translate("SyncTexts", "Done")
    kind, _message = split_error(error)
    return short_error(kind) if kind else error


# --- conflicts ---------------------------------------------------------------------------


def reason_text(reason: str) -> str:
    """A server's refusal as a translated sentence followed by the server's own text."""
    prefix, sep, rest = reason.partition(":")
    sentences = {
        "permission": translate("SyncTexts", "Your role may not make this change."),
        "validation": translate("SyncTexts", "The server found the value invalid."),
        "signed": translate("SyncTexts", "The record is signed; changing it needs an amendment."),
        "deleted": translate("SyncTexts", "The record was deleted on another laptop."),
        "append-only": translate(
            "SyncTexts", "This kind of record cannot be changed once written."
        ),
        "unknown row": translate("SyncTexts", "The server does not have this record."),
        "lost": translate("SyncTexts", "A newer edit from another laptop was kept."),
        "unreadable": translate(
            "SyncTexts", "This laptop cannot read the record the server sent; it was skipped."
        ),
    }
    sentence = sentences.get(prefix.strip()) if sep else None
    if sentence is None:
        return reason
    return f"{sentence} ({rest.strip()})" if rest.strip() else sentence


def kind_short(kind: str) -> str:
    return {
        "concurrent": translate("SyncTexts", "Edited on two laptops at once"),
        "signed": translate("SyncTexts", "Signed elsewhere"),
        "deleted": translate("SyncTexts", "Deleted elsewhere"),
        "rejected": translate("SyncTexts", "Refused by the server"),
        "unreadable": translate("SyncTexts", "Could not be read"),
    }.get(kind, kind)


def kind_explanation(row: ConflictRow) -> str:
    """What happened to the value, and what re-applying it would do."""
    if row.kind == "concurrent":
        return translate(
            "SyncTexts",
            "The record was edited on two laptops at once; the later edit was kept. "
            "Re-applying makes the lost value the newest edit.",
        )
    if row.kind == "signed":
        text = translate(
            "SyncTexts",
            "The record was signed elsewhere, so this change was not applied. "
            "Re-applying it needs an amendment of the signed record.",
        )
    elif row.kind == "unreadable":
        text = translate(
            "SyncTexts",
            "The server sent this record in a form this laptop cannot read, so it was "
            "skipped and the other records were taken. Ask the office to correct it.",
        )
    elif row.kind == "deleted":
        text = translate(
            "SyncTexts",
            "The record was deleted elsewhere. Re-applying the value brings the record back.",
        )
    else:
        text = arg(translate("SyncTexts", "Refused by the server: %1"), reason_text(row.reason))
    if row.reason and row.kind != "rejected":
        text += "\n" + reason_text(row.reason)
    return text


def record_label(row: ConflictRow) -> str:
    kind = translate("SyncRecord", row.record_kind)
    return f"{kind} {row.record_name}" if row.record_name else kind


def field_label(row: ConflictRow) -> str:
    return translate("SyncField", row.field_label)


def value_text(value: Any) -> str:
    """A stored value as a person reads it; "(empty)" rather than nothing."""
    if value is None or value == "":
        return translate("SyncTexts", "(empty)")
    if isinstance(value, bool):
        return translate("SyncTexts", "Yes") if value else translate("SyncTexts", "No")
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False, indent=1)
    return format_value(value)
