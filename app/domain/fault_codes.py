"""Fault codes are namespaced by the modality of the unit they were found on.

Each modality keeps its own list (the CT simulator's TUB-01 is tube arcing, the
afterloader's TUB-01 a transfer tube not locked), so a code means something only
together with its list. A record stores the qualified code, "CT/TUB-01", and reads
a bare code (stored before namespacing, or synced from a laptop not yet upgraded) in
the namespace of the work order's unit, which is what it meant when it was entered.
"""

from __future__ import annotations

from app.domain.enums import Modality

SEPARATOR = "/"
# Short, stable prefixes: they are stored in records and printed on reports.
NAMESPACES: dict[Modality, str] = {
    Modality.LINAC: "LINAC",
    Modality.CT_SIMULATOR: "CT",
    Modality.AFTERLOADER: "HDR",
    Modality.TPS: "TPS",
    Modality.QA_INSTRUMENT: "QA",
}
_BY_PREFIX = {prefix: modality for modality, prefix in NAMESPACES.items()}


def split(stored: str) -> tuple[Modality | None, str]:
    """(the namespace's modality or None when the code carries none, the bare code)."""
    text = stored.strip()
    head, sep, tail = text.partition(SEPARATOR)
    modality = _BY_PREFIX.get(head.strip().upper()) if sep else None
    return (modality, tail.strip()) if modality is not None else (None, text)


def qualified(modality: Modality, code: str) -> str:
    """`code` in its namespace: a bare code takes the unit's, a qualified one keeps its own."""
    named, bare = split(code)
    if not bare:
        return ""
    return f"{NAMESPACES[named or modality]}{SEPARATOR}{bare}"
