"""A checklist template once validated: sections of items, each with its judging rule.

Templates are data (resources/checklists/*.yaml, read by services/checklist_templates);
these frozen dataclasses are what the rest of the code sees. An item's limits may
differ per machine class (TG-142: non-IMRT / IMRT / SRS-SBRT), and an item may apply to
some classes only (stereotactic interlocks: SRS-SBRT machines).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from app.domain.enums import LabelledEnum, Modality
from app.domain.i18n import QT_TRANSLATE_NOOP
from app.domain.tolerance import ItemKind, Rule


class TemplateKind(LabelledEnum):
    QA = "qa"
    PM = "pm"
    SITE_READINESS = "site_readiness"
    INSTALLATION = "installation"
    ACCEPTANCE = "acceptance"
    ELECTRICAL_SAFETY = "electrical_safety"

    @property
    def label(self) -> str:
        return _KIND_LABELS[self]


_KIND_LABELS = {
    TemplateKind.QA: QT_TRANSLATE_NOOP("Checklist", "Quality assurance"),
    TemplateKind.PM: QT_TRANSLATE_NOOP("Checklist", "Preventive maintenance"),
    TemplateKind.SITE_READINESS: QT_TRANSLATE_NOOP("Checklist", "Site readiness"),
    TemplateKind.INSTALLATION: QT_TRANSLATE_NOOP("Checklist", "Installation tests"),
    TemplateKind.ACCEPTANCE: QT_TRANSLATE_NOOP("Checklist", "Acceptance tests"),
    TemplateKind.ELECTRICAL_SAFETY: QT_TRANSLATE_NOOP("Checklist", "Electrical safety"),
}


@dataclass(frozen=True)
class MachineClass:
    id: str
    label_en: str
    label_zh: str


@dataclass(frozen=True)
class Item:
    id: str
    label_en: str
    label_zh: str
    source: str
    rule: Rule
    class_rules: Mapping[str, Rule] = field(default_factory=dict)
    classes: tuple[str, ...] = ()  # empty: every machine class

    @property
    def kind(self) -> ItemKind:
        return self.rule.kind

    def applies_to(self, machine_class: str) -> bool:
        return not self.classes or machine_class in self.classes

    def rule_for(self, machine_class: str) -> Rule:
        return self.class_rules.get(machine_class, self.rule)


@dataclass(frozen=True)
class Section:
    id: str
    title_en: str
    title_zh: str
    items: tuple[Item, ...]


@dataclass(frozen=True)
class Template:
    id: str
    version: int
    title_en: str
    title_zh: str
    modalities: tuple[Modality, ...]
    kind: TemplateKind
    machine_classes: tuple[MachineClass, ...]
    sections: tuple[Section, ...]
    # The validated source data: what a run snapshots, so it can be rebuilt unchanged.
    data: Mapping[str, Any] = field(default_factory=dict, compare=False, repr=False)

    def items(self) -> Iterator[Item]:
        for section in self.sections:
            yield from section.items

    def item(self, item_id: str) -> Item | None:
        return next((i for i in self.items() if i.id == item_id), None)

    def machine_class(self, class_id: str) -> MachineClass | None:
        return next((c for c in self.machine_classes if c.id == class_id), None)
