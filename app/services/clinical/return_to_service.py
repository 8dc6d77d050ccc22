"""The return-to-service checks as data: resources/return_to_service.yaml, validated.

pydantic checks the shape; the cross-references are checked after it (a component's
checks exist, a check's items exist in the shipped checklist templates), so a typo in
the data file fails loudly, naming the entry, instead of quietly asking for a check
nobody can record.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Annotated

import yaml
from pydantic import BaseModel, ConfigDict, Field, StringConstraints
from pydantic import ValidationError as PydanticError

from app.domain.clinical_release import Check, Component, Named, ReturnToService
from app.domain.enums import Modality
from app.paths import resources_dir
from app.services.checklists.checklist_templates import load_templates

Id = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]*$", max_length=80)]
Ref = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]*/[a-z][a-z0-9_]*$")]
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class CheckModel(_Model):
    label_en: Text
    label_zh: Text
    satisfied_by: list[Annotated[list[Ref], Field(min_length=1)]] = Field(min_length=1)


class ComponentModel(_Model):
    label_en: Text
    label_zh: Text
    modality: Modality
    major: bool
    checks: list[Id] = Field(min_length=1)


class ReturnToServiceModel(_Model):
    version: int
    checks: dict[Id, CheckModel]
    components: dict[Id, ComponentModel]
    fault_codes: dict[Modality, dict[str, Id]] = Field(default_factory=dict)


class ReturnToServiceInvalid(Exception):
    """The data file is broken; the message names the entry and the reason."""


def data_file() -> Path:
    return resources_dir() / "return_to_service.yaml"


def parse(text: str, known_items: set[str] | None = None) -> ReturnToService:
    """Validates the file's text; `known_items` ("template/item") checks the references."""
    try:
        model = ReturnToServiceModel.model_validate(yaml.safe_load(text))
    except (yaml.YAMLError, PydanticError) as error:
        raise ReturnToServiceInvalid(f"return_to_service.yaml: {error}") from error
    problems: list[str] = []
    for component_id, component in model.components.items():
        problems += [
            f"component {component_id}: unknown check {c}"
            for c in component.checks
            if c not in model.checks
        ]
    for modality, codes in model.fault_codes.items():
        problems += [
            f"fault code {modality.value} {code}: unknown component {c}"
            for code, c in codes.items()
            if c not in model.components
        ]
    if known_items is not None:
        for check_id, check in model.checks.items():
            problems += [
                f"check {check_id}: no checklist item {ref}"
                for alternative in check.satisfied_by
                for ref in alternative
                if ref not in known_items
            ]
    if problems:
        raise ReturnToServiceInvalid("return_to_service.yaml: " + "; ".join(problems))
    return ReturnToService(
        checks={
            i: Check(i, Named(c.label_en, c.label_zh), tuple(tuple(a) for a in c.satisfied_by))
            for i, c in model.checks.items()
        },
        components={
            i: Component(i, Named(c.label_en, c.label_zh), c.modality, c.major, tuple(c.checks))
            for i, c in model.components.items()
        },
        fault_codes={m: dict(codes) for m, codes in model.fault_codes.items()},
    )


def template_items() -> set[str]:
    """Every "template/item" of the shipped checklist templates."""
    templates, _problems = load_templates()
    return {f"{t.id}/{i.id}" for t in templates.values() for i in t.items()}


@cache
def return_to_service() -> ReturnToService:
    """The shipped data, read once per run."""
    return parse(data_file().read_text(encoding="utf-8"), template_items())
