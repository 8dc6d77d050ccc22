"""What a server account's password must be: long enough, not common, not the name.

Judged by zxcvbn (Dropbox's estimator, the `zxcvbn` package): it knows the common
password lists (the top 30,000 of leaked passwords, English words, names, keyboard
walks, dates, repeats and l33t variants) and the user's own inputs, so "li.na2026",
"Password2024!" and "qwertyuiop" are all caught without rules of our own. The account
name is given in its parts ("zhang", "wei", "zhangwei") so a password built from it
counts as guessable too. The same check serves create-user and a manager's reset.
"""

from __future__ import annotations

import re

from zxcvbn import zxcvbn

MIN_LENGTH = 10
# zxcvbn's scale 0..4; 3 is "safely unguessable: moderate protection from an offline
# slow-hash scenario" (about 10^8 guesses and more).
MIN_SCORE = 3
_ZXCVBN_MAX_INPUT = 100  # zxcvbn is quadratic in the length; longer is long enough


def _name_parts(name: str) -> list[str]:
    parts = [p for p in re.split(r"[\W_]+", name) if p]
    return [name, "".join(parts), *parts, "beamside"]


def refusal(password: str, name: str) -> str | None:
    """Why `password` may not be the password of account `name`, or None."""
    if len(password) < MIN_LENGTH:
        return f"a password has at least {MIN_LENGTH} characters"
    if name and name.casefold() in password.casefold():
        return "a password may not contain the user name"
    result = zxcvbn(password[:_ZXCVBN_MAX_INPUT], user_inputs=_name_parts(name))
    if result["score"] >= MIN_SCORE:
        return None
    warning = str(result["feedback"].get("warning") or "").rstrip(".")
    why = f" ({warning[:1].lower()}{warning[1:]})" if warning else ""
    return f"this password is too easy to guess{why}; choose a longer, less common one"
