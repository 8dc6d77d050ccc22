"""What sync's outcomes say to the user, in the user's language.

The sync client reports in English with a machine-readable kind (`SyncFailure`), and
the server gives a refused change a code (`sync.protocol.Code`) beside its English
reason; the laptop stores the reason as "<code>: the server's words" and translates by
the code (a reason from a server without codes is read by its English prefix). The
page, the status bar and the login dialog all show the same translated sentences, so
they live here, once. The English detail stays available as a tooltip: it is what the
office needs when someone phones about it.
"""

from __future__ import annotations

import json
import re
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.domain.sync_failure import SyncFailure
from app.services.sync.sync_status import ConflictRow, split_error
from app.ui.i18n import arg
from app.ui.labels import format_value
from sync.protocol import Code, code_of, reason_detail

# lupdate finds `translate("Context", "literal")` calls; the context must be literal.
translate = QCoreApplication.translate


def error_text(kind: str | None, message: str = "") -> str:
    """A full sentence for a round or login that stopped (a SyncFailure)."""
    if kind == SyncFailure.UNREACHABLE:
        return translate(
            "SyncTexts", "Cannot reach the sync server. Check the network and the server address."
        )
    if kind == SyncFailure.LOGIN:
        return translate(
            "SyncTexts", "The server refused the login. Check the user name and the password."
        )
    if kind == SyncFailure.AUTH:
        return translate(
            "SyncTexts", "The server no longer accepts this laptop's login. Log in again."
        )
    if kind == SyncFailure.INSECURE:
        return translate(
            "SyncTexts",
            "The server address starts with http://, so the password would cross the network "
            "unencrypted. Use the server's https:// address, or allow plain http on the Sync "
            "page (command line: --allow-http) only on a network you trust.",
        )
    if kind == SyncFailure.TOO_OLD:
        return translate(
            "SyncTexts", "This Beamside is too old for the server. Install the current version."
        )
    if kind == SyncFailure.CLOCK:
        return translate(
            "SyncTexts", "This laptop's clock is too far ahead of the server's. Correct the time."
        )
    if kind == SyncFailure.BUSY:
        return translate("SyncTexts", "The server is busy. Beamside will try again shortly.")
    if kind == SyncFailure.LOCKED:  # the server's sentence gives the minutes
        return arg(
            translate(
                "SyncTexts",
                "Too many failed logins: logging in is locked for %1 minute(s). Try again "
                "later, or ask the service office to unlock the account.",
            ),
            _first_number(message),
        )
    if kind == SyncFailure.THROTTLED:
        if re.search(r"\d", message):  # the login throttle says how long to wait
            return arg(
                translate(
                    "SyncTexts", "Too many failed logins: wait %1 second(s), then try again."
                ),
                _first_number(message),
            )
        return translate("SyncTexts", "Too many attempts. Wait a few minutes, then try again.")
    if kind == SyncFailure.DEVICE_TAKEN:
        return translate(
            "SyncTexts",
            "This laptop is registered to another user on the server. Ask the service "
            "office to reassign it to you.",
        )
    if kind == SyncFailure.PASSWORD:
        return password_text(message)
    if kind == SyncFailure.SERVER:
        return arg(translate("SyncTexts", "The server reported a problem: %1"), message)
    if kind == SyncFailure.AUDIT:
        return arg(
            translate("SyncTexts", "The audit trail could not be anchored on the server: %1"),
            message,
        )
    return message


def password_text(message: str) -> str:
    """A refused password change ("<code>: the server's words") in the user's words."""
    code = code_of(message)
    if code is Code.PASSWORD_TOO_SHORT:  # the server's sentence gives its minimum
        return arg(
            translate("SyncTexts", "The new password is too short: use at least %1 characters."),
            _first_number(message),
        )
    if code is None:
        return message
    return code_text(code)


def _first_number(message: str) -> str:
    found = re.search(r"\d+", message)
    return found.group(0) if found else "?"


def short_error(kind: str | None) -> str:
    """A few words for the status bar."""
    words = {
        SyncFailure.UNREACHABLE: translate("SyncTexts", "server not reachable"),
        SyncFailure.LOGIN: translate("SyncTexts", "log in to sync"),
        SyncFailure.AUTH: translate("SyncTexts", "log in again"),
        SyncFailure.TOO_OLD: translate("SyncTexts", "update Beamside"),
        SyncFailure.INSECURE: translate("SyncTexts", "unencrypted address"),
        SyncFailure.CLOCK: translate("SyncTexts", "clock is wrong"),
        SyncFailure.THROTTLED: translate("SyncTexts", "too many attempts"),
        SyncFailure.LOCKED: translate("SyncTexts", "login locked"),
        SyncFailure.BUSY: translate("SyncTexts", "server busy"),
        SyncFailure.DEVICE_TAKEN: translate("SyncTexts", "laptop of another user"),
        SyncFailure.PASSWORD: translate("SyncTexts", "password refused"),
        SyncFailure.SERVER: translate("SyncTexts", "server problem"),
        SyncFailure.AUDIT: translate("SyncTexts", "audit trail not anchored"),
    }
    try:
        return words[SyncFailure(kind or "")]
    except ValueError:
        return translate("SyncTexts", "sync failed")


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


def code_text(code: Code) -> str:
    """One translated sentence per refusal code."""
    sentences = {
        Code.PERMISSION: translate("SyncTexts", "Your role may not make this change."),
        Code.WORKFLOW: translate(
            "SyncTexts", "The work order's workflow does not allow this step."
        ),
        Code.VALIDATION: translate("SyncTexts", "The server found the value invalid."),
        Code.SIGNED: translate(
            "SyncTexts", "The record is signed; changing it needs an amendment."
        ),
        Code.DELETED: translate("SyncTexts", "The record was deleted on another laptop."),
        Code.APPEND_ONLY: translate(
            "SyncTexts", "This kind of record cannot be changed once written."
        ),
        Code.UNKNOWN_ROW: translate("SyncTexts", "The server does not have this record."),
        Code.LOST: translate("SyncTexts", "A newer edit from another laptop was kept."),
        Code.DUPLICATE: translate(
            "SyncTexts", "The same record was also created on another laptop."
        ),
        Code.UNREADABLE: translate(
            "SyncTexts", "This laptop cannot read the record the server sent; it was skipped."
        ),
        Code.WITHDRAWN: translate(
            "SyncTexts",
            "The record was handed to someone else, so it was removed from this laptop; "
            "the server refuses changes to it, so this change was not sent.",
        ),
        Code.CLOCK_SKEW: translate(
            "SyncTexts", "This laptop's clock is too far ahead of the server's. Correct the time."
        ),
        Code.TOO_OLD: translate(
            "SyncTexts", "This Beamside is too old for the server. Install the current version."
        ),
        Code.THROTTLED: translate(
            "SyncTexts", "Too many attempts. Wait a few minutes, then try again."
        ),
        Code.UNAUTHORIZED: translate(
            "SyncTexts", "The server no longer accepts this laptop's login. Log in again."
        ),
        Code.WRONG_PASSWORD: translate(
            "SyncTexts", "The current password is not right. Nothing was changed."
        ),
        Code.PASSWORD_TOO_SHORT: translate("SyncTexts", "The new password is too short."),
        Code.PASSWORD_HAS_NAME: translate(
            "SyncTexts", "The new password may not contain your user name."
        ),
        Code.PASSWORD_GUESSABLE: translate(
            "SyncTexts",
            "The new password is too easy to guess (a common password, a word, a name or a "
            "keyboard pattern). Choose a longer, less common one, e.g. a few unrelated words.",
        ),
        Code.PASSWORD_UNCHANGED: translate(
            "SyncTexts", "The new password is the same as the current one."
        ),
    }
    return sentences[code]


def reason_text(reason: str) -> str:
    """A refusal ("<code>: the server's words", or an older server's "permission: …")
    as a translated sentence followed by the server's own text."""
    code = code_of(reason)
    if code is None:
        return reason
    rest = reason_detail(reason)
    sentence = code_text(code)
    return f"{sentence} ({rest})" if rest else sentence


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
