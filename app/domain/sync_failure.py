"""Why a sync round or a login stopped, as the laptop records and shows it.

The sync client raises `SyncError(kind)` with one of these; the round's record keeps
"kind: English message" (sync_state, sync_run) and the UI translates by kind. Here, in
the domain, because the client (sync/) raises them and the services (which may not
import sync/) read them back from the record.
"""

from __future__ import annotations

from enum import StrEnum


class SyncFailure(StrEnum):
    UNREACHABLE = "unreachable"  # no answer from the server
    LOGIN = "login"  # not logged in, or the login was refused
    AUTH = "auth"  # the server no longer accepts the token
    TOO_OLD = "too_old"  # this Beamside's protocol is below the server's minimum
    INSECURE = "insecure"  # a password would go over plain http:// to another machine
    CLOCK = "clock"  # the laptop's clock is too far ahead (the server's clock_skew)
    THROTTLED = "throttled"  # too many attempts: the server asks to wait (429)
    LOCKED = "locked"  # too many failed logins: the account is locked for a while (429)
    BUSY = "busy"  # the server's password checks are saturated: try again soon (503)
    DEVICE_TAKEN = "device_taken"  # this laptop is registered to another user (409)
    PASSWORD = "password"  # a password change refused: "<code>: …" (wrong current, policy)
    SERVER = "server"  # any other refusal or problem the server reported
    AUDIT = "audit"  # the audit trail could not be anchored


def split_failure(text: str) -> tuple[SyncFailure | None, str]:
    """A recorded "kind: message" as (kind, message); (None, text) for anything else."""
    kind, sep, message = text.partition(":")
    if sep:
        try:
            return SyncFailure(kind.strip()), message.strip()
        except ValueError:
            pass
    return None, text
