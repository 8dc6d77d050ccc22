"""Account names: one spelling per person, and none that imitates another's.

A name is compared in one canonical form: NFKC (full-width and compatibility letters
become plain ones), case-folded, with surrounding white space removed — so "Li.Na",
" li.na " and "ｌｉ.ｎａ" are one account. What cannot be told apart on a screen is
refused rather than normalised: invisible characters (format, control, private use,
unassigned: zero-width joiners, direction marks), white space inside the name, and
names mixing scripts or written in another script's look-alikes of Latin letters
(Cyrillic "а" for Latin "a"), judged with confusable_homoglyphs, which follows the
Unicode confusables data (UTS #39).
"""

from __future__ import annotations

import unicodedata

from confusable_homoglyphs import categories, confusables

MAX_LENGTH = 64
# Scripts names are written in here: pinyin logins and Chinese names.
_OWN_SCRIPTS = frozenset({"LATIN", "HAN", "COMMON"})


class InvalidName(ValueError):
    """A name that cannot be an account's; the message says why (English)."""


def canonical(raw: str) -> str:
    """The form names are stored and looked up in (no judgement of its characters)."""
    return unicodedata.normalize("NFKC", raw).strip().casefold()


def refusal(name: str) -> str | None:
    """Why the canonical `name` may not be an account's name, or None."""
    if not name:
        return "a user name may not be empty"
    if len(name) > MAX_LENGTH:
        return f"a user name has at most {MAX_LENGTH} characters"
    for char in name:
        category = unicodedata.category(char)
        if category[0] in "CZ":  # Cc Cf Co Cn Cs; Zs Zl Zp inside the name
            code = f"U+{ord(char):04X}"
            what = "white space" if category[0] == "Z" else "an invisible or control character"
            return f"a user name may not contain {what} ({code})"
    if confusables.is_mixed_script(name):
        return "a user name may not mix scripts (look-alike letters)"
    scripts = categories.unique_aliases(name) - _OWN_SCRIPTS
    if scripts and confusables.is_confusable(name, preferred_aliases=["latin"]):
        return "a user name may not be written in letters that imitate Latin ones"
    return None


def account_name(raw: str) -> str:
    """The canonical name, or InvalidName saying why it cannot be one."""
    name = canonical(raw)
    reason = refusal(name)
    if reason:
        raise InvalidName(reason)
    return name
