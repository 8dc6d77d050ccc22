"""Fault codes per modality, shipped as data (resources/fault_codes/<modality>.yaml).

The lists are ours to edit without a release of code: a service engineer adds a code
to the YAML file and it appears in the repair record's picker. A broken file fails
loudly, naming the file and the entry, rather than silently dropping codes.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from app.domain.enums import Modality
from app.paths import resources_dir

FIELDS = ("code", "subsystem", "title_en", "title_zh")
OPTIONAL = ("reportable",)  # a fault that may be a reportable adverse event
MAX_CODE = 40  # RepairRecord.fault_code


class FaultCodeError(Exception):
    """A fault-code file that cannot be read; the message names the file and entry."""


@dataclass(frozen=True)
class FaultCode:
    code: str
    subsystem: str
    title_en: str
    title_zh: str
    reportable: bool = False  # the repair record asks the adverse-event question

    def title(self, chinese: bool) -> str:
        return self.title_zh if chinese else self.title_en


def fault_code_file(modality: Modality) -> Path:
    return resources_dir() / "fault_codes" / f"{modality.value}.yaml"


def load_fault_codes(path: Path) -> list[FaultCode]:
    """Reads and checks one file: a list of entries with every field, codes unique."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise FaultCodeError(f"{path.name}: cannot be read ({exc.strerror})") from exc
    except UnicodeDecodeError as exc:
        raise FaultCodeError(f"{path.name}: not UTF-8 text") from exc
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" line {mark.line + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc)
        raise FaultCodeError(f"{path.name}{where}: not valid YAML ({problem})") from exc
    if not isinstance(data, list):
        raise FaultCodeError(f"{path.name}: expected a list of fault codes")
    codes: list[FaultCode] = []
    seen: set[str] = set()
    for number, entry in enumerate(data, start=1):
        code = _entry(path, number, entry)
        if code.code.casefold() in seen:
            raise FaultCodeError(f"{path.name}, entry {number} ({code.code}): duplicate code")
        seen.add(code.code.casefold())
        codes.append(code)
    return codes


def _entry(path: Path, number: int, entry: Any) -> FaultCode:
    if not isinstance(entry, dict):
        raise FaultCodeError(f"{path.name}, entry {number}: expected code, subsystem and titles")
    label = f"{path.name}, entry {number}"
    if isinstance(entry.get("code"), str):
        label += f" ({entry['code']})"
    values: dict[str, str] = {}
    for name in FIELDS:
        value = entry.get(name)
        if not isinstance(value, str) or not value.strip():
            raise FaultCodeError(f"{label}: '{name}' is missing or empty")
        values[name] = value.strip()
    unknown = sorted(set(entry) - set(FIELDS) - set(OPTIONAL))
    if unknown:
        raise FaultCodeError(f"{label}: unknown field '{unknown[0]}'")
    if len(values["code"]) > MAX_CODE or any(c.isspace() for c in values["code"]):
        raise FaultCodeError(f"{label}: a code is at most {MAX_CODE} characters, no spaces")
    reportable = entry.get("reportable", False)
    if not isinstance(reportable, bool):
        raise FaultCodeError(f"{label}: 'reportable' is true or false")
    return FaultCode(**values, reportable=reportable)


def fault_codes(modality: Modality) -> list[FaultCode]:
    """The codes of one modality in file order; none for a modality without a file."""
    return list(_cached(modality))


@cache
def _cached(modality: Modality) -> tuple[FaultCode, ...]:
    """Each file is read once per run (the picker searches on every key press)."""
    path = fault_code_file(modality)
    return tuple(load_fault_codes(path)) if path.exists() else ()


def find(modality: Modality, code: str) -> FaultCode | None:
    """The listed code `code` (any case), or None for a code not on the list."""
    wanted = code.strip().casefold()
    return next((c for c in _cached(modality) if c.code.casefold() == wanted), None)


def search(modality: Modality, text: str) -> list[FaultCode]:
    """Codes whose code or English or Chinese title contains every word of `text`.

    Codes that start with the text come first (an engineer typing "MLC" wants the
    MLC codes before a title mentioning MLC), then the rest in file order.
    """
    words = text.casefold().split()
    found = [
        c
        for c in _cached(modality)
        if all(
            w in c.code.casefold() or w in c.title_en.casefold() or w in c.title_zh.casefold()
            for w in words
        )
    ]
    prefix = text.strip().casefold()
    return sorted(found, key=lambda c: not (prefix and c.code.casefold().startswith(prefix)))
