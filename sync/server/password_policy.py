"""What a server account's password must be: long enough, not common, not the name.

Judged by zxcvbn (Dropbox's estimator, the `zxcvbn` package): it knows the common
password lists (the top 30,000 of leaked passwords, English words, names, keyboard
walks, dates, repeats and l33t variants) and the user's own inputs, so "li.na2026",
"Password2024!" and "qwertyuiop" are all caught without rules of our own. The account
name is given in its parts ("zhang", "wei", "zhangwei") so a password built from it
counts as guessable too. The same check serves create-user, a manager's reset and a
user's own change from the laptop; each refusal has a code (sync.protocol.Code) the
laptop translates, beside the English sentence the command line prints.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from zxcvbn import zxcvbn

from sync.protocol import Code

MIN_LENGTH = 10
# zxcvbn's scale 0..4; 3 is "safely unguessable: moderate protection from an offline
# slow-hash scenario" (about 10^8 guesses and more).
MIN_SCORE = 3
_ZXCVBN_MAX_INPUT = 100  # zxcvbn is quadratic in the length; longer is long enough


@dataclass(frozen=True)
class PolicyRefusal:
    code: Code  # PASSWORD_TOO_SHORT, PASSWORD_HAS_NAME or PASSWORD_GUESSABLE
    detail: str  # English, for the command line and the server's answer


def _name_parts(name: str) -> list[str]:
    parts = [p for p in re.split(r"[\W_]+", name) if p]
    return [name, "".join(parts), *parts, "beamside"]


def judge(password: str, name: str) -> PolicyRefusal | None:
    """Why `password` may not be the password of account `name`, or None."""
    if len(password) < MIN_LENGTH:
        return PolicyRefusal(
            Code.PASSWORD_TOO_SHORT, f"a password has at least {MIN_LENGTH} characters"
        )
    if name and name.casefold() in password.casefold():
        return PolicyRefusal(Code.PASSWORD_HAS_NAME, "a password may not contain the user name")
    result = zxcvbn(password[:_ZXCVBN_MAX_INPUT], user_inputs=_name_parts(name))
    if result["score"] >= MIN_SCORE:
        return None
    warning = str(result["feedback"].get("warning") or "").rstrip(".")
    why = f" ({warning[:1].lower()}{warning[1:]})" if warning else ""
    return PolicyRefusal(
        Code.PASSWORD_GUESSABLE,
        f"this password is too easy to guess{why}; choose a longer, less common one",
    )


def refusal(password: str, name: str) -> str | None:
    """The English reason of `judge`, or None."""
    judged = judge(password, name)
    return judged.detail if judged else None
