"""Units of measure of the parts catalogue, in each language.

The catalogue stores a unit as typed ("pc" by default, or "件"); a Chinese report or
screen shows "1 件", an English one "1 pc", whichever language it was typed in
(issue 20). A unit we do not know is shown as kept.
"""

from __future__ import annotations

UNITS: dict[str, dict[str, str]] = {
    "zh_CN": {"pc": "件", "pcs": "件", "piece": "件", "set": "套", "kit": "套", "m": "米",
              "box": "盒", "bottle": "瓶", "roll": "卷", "pair": "对", "l": "升", "kg": "千克"},
    "en": {"件": "pc", "个": "pc", "只": "pc", "套": "set", "米": "m", "盒": "box",
           "瓶": "bottle", "卷": "roll", "对": "pair", "升": "l", "千克": "kg", "台": "unit"},
}  # fmt: skip


def unit_in(language: str, stored: str) -> str:
    """`stored` in `language` ("zh_CN" or "en") when it is a unit we know."""
    known = UNITS["zh_CN" if language.startswith("zh") else "en"]
    return known.get(stored.strip().lower(), known.get(stored.strip(), stored))
