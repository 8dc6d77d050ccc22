"""A checklist template once validated: sections of items, each with its judging rule.

Templates are data (resources/checklists/*.yaml, read by services/checklist_templates);
these frozen dataclasses are what the rest of the code sees. An item's limits may
differ per machine class (TG-142: non-IMRT / IMRT / SRS-SBRT), and an item may apply to
some classes only (stereotactic interlocks: SRS-SBRT machines). An item may be measured
per beam of the unit and judged from the unit's baseline (app/domain/unit_configuration).

A template also says which units it fits: its modalities, and within the linacs the
kind of machine (a C-arm or ring-gantry linac is tested per TG-142, a helical
TomoTherapy per TG-148, a robotic CyberKnife per TG-135) or named models. The kind is
read from the model's name, so a unit needs no extra field to be offered the right QA.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from app.domain.enums import LabelledEnum, Modality
from app.domain.i18n import QT_TRANSLATE_NOOP
from app.domain.tolerance import ItemKind, Rule
from app.domain.unit_configuration import BaselineDifference, BeamScope


class TemplateKind(LabelledEnum):
    QA = "qa"
    PM = "pm"
    SITE_READINESS = "site_readiness"
    INSTALLATION = "installation"
    ACCEPTANCE = "acceptance"
    ELECTRICAL_SAFETY = "electrical_safety"
    SOURCE_EXCHANGE = "source_exchange"  # an afterloader's sealed source replaced

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
    TemplateKind.SOURCE_EXCHANGE: QT_TRANSLATE_NOOP("Checklist", "Source exchange"),
}


class Category(StrEnum):
    """What an item checks. Safety and dosimetry items gate the release of a unit to
    clinical use (app/domain/clinical_release.py): one FAIL or no value, no release."""

    SAFETY = "safety"
    DOSIMETRY = "dosimetry"
    MECHANICAL = "mechanical"
    IMAGING = "imaging"
    GENERAL = "general"


GATED_CATEGORIES = frozenset({Category.SAFETY, Category.DOSIMETRY})


def section_category(section_id: str, given: str | None) -> Category:
    """A section's category as written, else read from its id ("safety", "dosimetry"),
    so runs snapshotted before templates stated categories are judged alike."""
    if given:
        return Category(given)
    try:
        return Category(section_id)
    except ValueError:
        return Category.GENERAL


class MachineKind(StrEnum):
    """How a linac is built, which decides the QA protocol that applies to it."""

    GANTRY_LINAC = "gantry_linac"  # C-arm or ring-gantry linac: AAPM TG-142
    HELICAL_TOMOTHERAPY = "helical_tomotherapy"  # AAPM TG-148
    ROBOTIC_RADIOSURGERY = "robotic_radiosurgery"  # AAPM TG-135


# Lower-case fragments of model names, as makers and users write them.
_KIND_NAMES = {
    MachineKind.HELICAL_TOMOTHERAPY: ("tomotherapy", "tomo ", "radixact", "hi-art", "hi·art"),
    MachineKind.ROBOTIC_RADIOSURGERY: ("cyberknife", "cyber knife"),
}


def machine_kind(modality: Modality, maker: str, model: str) -> MachineKind | None:
    """The kind of a linac from its maker and model name; None for other modalities."""
    if modality is not Modality.LINAC:
        return None
    name = f" {maker} {model} ".lower()
    for kind, fragments in _KIND_NAMES.items():
        if any(fragment in name for fragment in fragments):
            return kind
    return MachineKind.GANTRY_LINAC


@dataclass(frozen=True)
class Unit:
    """What a template needs to know of a unit to say whether it fits."""

    modality: Modality
    maker: str
    model: str

    @property
    def kind(self) -> MachineKind | None:
        return machine_kind(self.modality, self.maker, self.model)

    @property
    def name(self) -> str:
        return f"{self.maker} {self.model}".strip()


@dataclass(frozen=True)
class Fit:
    """The units a template is made for beyond its modality: empty means every one."""

    kinds: tuple[MachineKind, ...] = ()
    models: tuple[str, ...] = ()  # fragments of the model name, any case
    except_models: tuple[str, ...] = ()  # models with their own template of the kind

    def admits(self, unit: Unit) -> bool:
        if self.kinds and unit.kind not in self.kinds:
            return False
        name = unit.model.lower()
        if any(m.lower() in name for m in self.except_models):
            return False
        return not self.models or any(m.lower() in name for m in self.models)


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
    category: Category = Category.GENERAL  # the section's unless the item says
    # One value per beam of the unit (those of this scope), each judged on its own.
    per_beam: BeamScope | None = None
    # Judged on the difference from the unit's baseline, computed from the measured
    # value (typed in `measured_unit`; the rule's unit is the difference's). A
    # person-judged item (JudgedRule) is compared with the unit's baseline — one per
    # beam when per beam — and its difference is shown, not judged.
    from_baseline: BaselineDifference | None = None
    measured_unit: str = ""
    # The action level is a local choice rather than the standard's (TG-142 monthly
    # output 3 %, HDR source strength): a site may set its own.
    site_settable: bool = False
    # Written without the standard's text at hand: to be confirmed against the
    # published standard before an inspection relies on it (shown on run and report).
    limit_unconfirmed: bool = False
    # The limit is the unit model's specification from the contract's ATP (acceptance
    # tests; app/domain/acceptance_specs.py): a run takes it from the model.
    spec_from_atp: bool = False

    @property
    def gated(self) -> bool:
        """A safety or dosimetry item: it must pass before clinical release."""
        return self.category in GATED_CATEGORIES

    @property
    def kind(self) -> ItemKind:
        return self.rule.kind

    @property
    def judged_by_person(self) -> bool:
        """Compared with the unit's baseline, the verdict given by the physicist: the
        standard sets no number (TG-142 Table VI "baseline")."""
        return self.rule.kind is ItemKind.BASELINE_JUDGED

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
    category: Category = Category.GENERAL


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
    fit: Fit = Fit()
    # The validated source data: what a run snapshots, so it can be rebuilt unchanged.
    data: Mapping[str, Any] = field(default_factory=dict, compare=False, repr=False)

    def items(self) -> Iterator[Item]:
        for section in self.sections:
            yield from section.items

    def item(self, item_id: str) -> Item | None:
        return next((i for i in self.items() if i.id == item_id), None)

    def fits(self, unit: Unit) -> bool:
        """Made for this unit: its modality, and its kind or model when the template says."""
        return unit.modality in self.modalities and self.fit.admits(unit)

    def machine_class(self, class_id: str) -> MachineClass | None:
        return next((c for c in self.machine_classes if c.id == class_id), None)
