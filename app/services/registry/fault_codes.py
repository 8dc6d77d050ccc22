"""Fault codes per modality, shipped as data (resources/fault_codes/<modality>.yaml).

The lists are ours to edit without a release of code: a service engineer adds a code
to the YAML file and it appears in the repair record's picker. Each code carries its
severity and whether the fault could have harmed someone ("reportable": a stuck
source, dose channels that disagree), which makes the repair record ask the
adverse-event question. Codes are namespaced by modality (app/domain/fault_codes.py):
records store "CT/TUB-01". A broken file fails loudly, naming the file and the entry,
rather than silently dropping codes; pydantic checks each entry's shape, as it does
for the checklist templates.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, StrictBool, field_validator
from pydantic import ValidationError as PydanticError

from app.domain import fault_codes as namespaces
from app.domain.enums import FindingSeverity, Modality
from app.paths import resources_dir

MAX_CODE = 30  # RepairRecord.fault_code holds 40 with the namespace in front


class FaultCodeError(Exception):
    """A fault-code file that cannot be read; the message names the file and entry."""


class _Entry(BaseModel):
    """One entry of a fault-code file as written."""

    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)

    code: str = Field(min_length=1, max_length=MAX_CODE, pattern=r"^[^\s/]+$")
    subsystem: str = Field(min_length=1)
    title_en: str = Field(min_length=1)
    title_zh: str = Field(min_length=1)
    severity: FindingSeverity
    reportable: StrictBool = False

    @field_validator("code", "subsystem", "title_en", "title_zh", mode="before")
    @classmethod
    def _text(cls, value: Any) -> Any:
        if not isinstance(value, str):
            raise ValueError("must be text")
        return value


@dataclass(frozen=True)
class FaultCode:
    modality: Modality
    code: str  # as listed, without the namespace
    subsystem: str
    title_en: str
    title_zh: str
    severity: FindingSeverity
    reportable: bool = False

    @property
    def key(self) -> str:
        """What a record stores: the code in its modality's namespace, e.g. CT/TUB-01."""
        return namespaces.qualified(self.modality, self.code)

    def title(self, chinese: bool) -> str:
        return self.title_zh if chinese else self.title_en


def fault_code_file(modality: Modality) -> Path:
    return resources_dir() / "fault_codes" / f"{modality.value}.yaml"


def load_fault_codes(path: Path, modality: Modality = Modality.LINAC) -> list[FaultCode]:
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
        code = _entry(path, number, entry, modality)
        if code.code.casefold() in seen:
            raise FaultCodeError(f"{path.name}, entry {number} ({code.code}): duplicate code")
        seen.add(code.code.casefold())
        codes.append(code)
    return codes


def _entry(path: Path, number: int, entry: Any, modality: Modality) -> FaultCode:
    if not isinstance(entry, dict):
        raise FaultCodeError(f"{path.name}, entry {number}: expected code, subsystem and titles")
    label = f"{path.name}, entry {number}"
    if isinstance(entry.get("code"), str):
        label += f" ({entry['code']})"
    try:
        checked = _Entry.model_validate(entry)
    except PydanticError as exc:
        raise FaultCodeError(f"{label}: {_problem(exc)}") from None
    return FaultCode(modality, **checked.model_dump())


def _problem(exc: PydanticError) -> str:
    """The first problem pydantic found, in the file's own words."""
    error = exc.errors()[0]
    field = str(error["loc"][0]) if error["loc"] else ""
    kind = error["type"]
    if kind == "extra_forbidden":
        return f"unknown field '{field}'"
    if kind == "missing" or kind == "string_too_short":
        return f"'{field}' is missing or empty"
    if field == "code":
        return f"a code is at most {MAX_CODE} characters, no spaces or '/'"
    if field == "severity":
        return "'severity' is one of minor, major, critical"
    if field == "reportable":
        return "'reportable' is true or false"
    return f"'{field}': {error['msg']}"


def fault_codes(modality: Modality) -> list[FaultCode]:
    """The codes of one modality in file order; none for a modality without a file."""
    return list(_cached(modality))


@cache
def _cached(modality: Modality) -> tuple[FaultCode, ...]:
    """Each file is read once per run (the picker searches on every key press)."""
    path = fault_code_file(modality)
    return tuple(load_fault_codes(path, modality)) if path.exists() else ()


def find(modality: Modality, code: str) -> FaultCode | None:
    """The listed code `code` (any case) of the unit's modality, or None for a code not
    on its list. A bare code is read in the unit's namespace; a code qualified with
    another modality's namespace is not this unit's."""
    named, bare = namespaces.split(code)
    if named is not None and named is not modality:
        return None
    wanted = bare.casefold()
    return next((c for c in _cached(modality) if c.code.casefold() == wanted), None)


def is_reportable(modality: Modality, code: str) -> bool:
    """The stored code is on the unit's list and could have harmed someone."""
    listed = find(modality, code) if code.strip() else None
    return listed is not None and listed.reportable


def search(modality: Modality, text: str) -> list[FaultCode]:
    """Codes whose code or English or Chinese title contains every word of `text`.

    Codes that start with the text come first (an engineer typing "MLC" wants the
    MLC codes before a title mentioning MLC), then the rest in file order.
    """
    _, bare = namespaces.split(text)
    text = bare
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
