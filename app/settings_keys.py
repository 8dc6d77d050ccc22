"""Every key of a data folder's `settings.ini` (QSettings' INI form), in one place.

The strings are what existing settings.ini files hold: renaming one would silently
forget a user's choice, so a key is added here and never changed. `app.installation`
reads the file without Qt (keys without a group are in `[General]`).
"""

from __future__ import annotations

# The interface
LANGUAGE = "ui/language"  # "zh_CN" or "en"; absent: the system's
TIME_ZONE = "time_zone"  # an IANA name; absent: the system's zone
USER_LOGIN = "user/login"  # who is using this laptop

# The main window's layout
WINDOW_GEOMETRY = "window/geometry"
WINDOW_STATE = "window/state"
WINDOW_PAGE = "window/page"  # the page it opens on
START_PAGE = "window/start_page"  # "my_day" while the laptop's user starts on My day

# Sync (the server and user are a copy shown at once; sync_state is what rounds use)
# Where versions before issue 18 §7 kept a copy of the sync server and user: read once,
# moved into sync_state (their one home) and removed.
SYNC_SERVER = "sync/server"
SYNC_USER = "sync/user"
SYNC_INTERVAL_MINUTES = "sync/interval_minutes"  # 0: no automatic sync
SYNC_ALLOW_HTTP = "sync/allow_http"  # "true" lets a login send the password over http://

# Pages and dialogs
FOLLOW_UP_DAYS = "follow_ups/days"
FOLLOW_UP_TRACKING_WEEKS = "follow_ups/tracking_weeks"  # the second contact, 2-12 weeks
EXPORT_FOLDER = "export/folder"
EXPORT_LANGUAGE = "export/language"
# The annual plan: an approved visit becomes a work order this many days before it.
PLAN_LEAD_DAYS = "plan/work_order_lead_days"


def list_header(list_name: str) -> str:
    """Where a list keeps its header (column widths, order), by the list's spec name."""
    return f"lists/{list_name}/header"
