"""Checklist templates are data: YAML files in resources/checklists, validated here.

pydantic checks each file's shape (kinds, required fields, types); the rules pydantic
cannot see are checked after it (duplicate ids, limits a numeric item cannot have,
an action limit tighter than the tolerance, machine classes that do not exist). Every
file stands alone: a broken one is reported with its name, the item (or path) and the
reason, and the other files still load. Problems are plain English for the template's
author (logs, a template admin view), not text an engineer sees in a form.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Annotated, Any, Literal

import yaml
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    PlainValidator,
    StrictFloat,
    StrictInt,
    StringConstraints,
)
from pydantic import ValidationError as PydanticError

from app.domain.checklists import (
    Category,
    Fit,
    Item,
    MachineClass,
    MachineKind,
    Section,
    Template,
    TemplateKind,
    section_category,
)
from app.domain.enums import Modality, Verdict
from app.domain.tolerance import (
    Choice,
    ChoiceRule,
    ItemKind,
    JudgedRule,
    LimitSpec,
    NumericRule,
    PassFailRule,
    Rule,
    Side,
    TextRule,
    canonical_unit,
    limit_from,
)
from app.domain.unit_configuration import BaselineDifference, BeamScope
from app.paths import resources_dir

Id = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]*$", max_length=80)]
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=300)]
# A source may carry a site's action-level note (domain/site_levels.py) in a run.
SourceText = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=600)]
Number = StrictInt | StrictFloat  # YAML's `yes` or "2" is no number
# libyaml's safe loader when present: the pure-Python one takes ~0.7 s for the shipped
# templates, and the start-checklist choice reads them all.
_SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_LIMIT_TEXT = re.compile(r"^\s*\d+(\.\d+)?\s*%?\s*$")


def _limit_value(value: Any) -> Any:
    """One clear message for a bad limit instead of one per shape pydantic tried."""
    number = (int, float)
    if isinstance(value, number) and not isinstance(value, bool):
        return value
    if isinstance(value, str) and _LIMIT_TEXT.match(value):
        return value
    if isinstance(value, list | tuple) and len(value) == 2:
        if all(v is None or (isinstance(v, number) and not isinstance(v, bool)) for v in value):
            return tuple(value)
    raise ValueError(
        "write a limit as a number (2), a percent of the nominal (1%) or bounds ([10, 40])"
    )


LimitValue = Annotated[Any, PlainValidator(_limit_value)]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class LimitsOverride(_Model):
    nominal: Number | None = None
    tolerance: LimitValue | None = None
    action: LimitValue | None = None


class _ItemModel(_Model):
    id: Id
    label_en: Text
    label_zh: Text
    source: SourceText
    classes: list[Id] = Field(default_factory=list)
    category: Category | None = None  # the section's when not given
    per_beam: BeamScope | None = None  # one value per beam of the unit (all/photon/electron)
    # The limit was written without the standard's text at hand (WS 519-2019 status
    # tests, WS 262-2017): the run and the report say it is to be confirmed.
    limit_unconfirmed: bool = False


class PassFailItem(_ItemModel):
    kind: Literal["pass_fail"]


class NumericItem(_ItemModel):
    kind: Literal["numeric"]
    unit: Annotated[str, StringConstraints(strip_whitespace=True, max_length=20)] = ""
    nominal: Number | None = None
    tolerance: LimitValue
    action: LimitValue | None = None
    side: Side = Side.BOTH
    by_class: dict[Id, LimitsOverride] = Field(default_factory=dict)
    # Judged on the difference from the unit's baseline (per beam): "percent" of the
    # baseline or "absolute" in `unit`; the value is typed in `measured_unit`.
    from_baseline: BaselineDifference | None = None
    measured_unit: Annotated[str, StringConstraints(strip_whitespace=True, max_length=20)] = ""
    # The action level is a local choice, not the standard's: a site may set its own
    # (services/checklists/site_levels.py), which then judges that site's runs.
    site_settable: bool = False
    # The limit is the unit model's specification from the contract's ATP, entered
    # per model (services/checklists/acceptance_specs.py); the value written here is
    # the standard's general one, shown beside it. Acceptance templates only.
    spec_from_atp: bool = False


class BaselineJudgedItem(_ItemModel):
    """A value compared with the unit's baseline where the standard gives no number
    (TG-142 Table VI "baseline"): the measured value is typed in `unit`, the difference
    from the unit's baseline is computed ("absolute" in `unit`, or "percent" of the
    baseline) and shown; the verdict is the physicist's. No limit can be written: a
    number the standard does not give would be invented. With `per_beam`, each beam
    has its own baseline, value and verdict (MV imaging per MV energy)."""

    kind: Literal["baseline_judged"]
    unit: Annotated[str, StringConstraints(strip_whitespace=True, max_length=20)] = ""
    from_baseline: BaselineDifference = BaselineDifference.ABSOLUTE


class ChoiceModel(_Model):
    id: Id
    label_en: Text
    label_zh: Text
    verdict: Literal["pass", "warning", "fail", "not_applicable"]


class ChoiceItem(_ItemModel):
    kind: Literal["choice"]
    choices: list[ChoiceModel] = Field(min_length=2)


class TextItem(_ItemModel):
    kind: Literal["text"]


class PhotoItem(_ItemModel):
    kind: Literal["photo"]


ItemModel = Annotated[
    PassFailItem | NumericItem | ChoiceItem | TextItem | PhotoItem | BaselineJudgedItem,
    Field(discriminator="kind"),
]


class SectionModel(_Model):
    id: Id
    title_en: Text
    title_zh: Text
    # safety and dosimetry items gate clinical release; unset: read from the id
    category: Category | None = None
    items: list[ItemModel] = Field(min_length=1)


class MachineClassModel(_Model):
    id: Id
    label_en: Text
    label_zh: Text


class FitModel(_Model):
    """Which linacs the template is made for (TG-142 C-arm, TG-148 TomoTherapy …)."""

    kinds: list[MachineKind] = Field(default_factory=list)
    models: list[Text] = Field(default_factory=list)
    # models that have their own template of this kind (e.g. Halcyon's acceptance)
    except_models: list[Text] = Field(default_factory=list)


class TemplateModel(_Model):
    id: Id
    version: Annotated[StrictInt, Field(ge=1)]
    title_en: Text
    title_zh: Text
    modality: Modality | list[Modality]
    kind: TemplateKind
    machine_classes: list[MachineClassModel] = Field(default_factory=list)
    fits: FitModel = FitModel()
    sections: list[SectionModel] = Field(min_length=1)


@dataclass(frozen=True)
class TemplateProblem:
    file: str  # the file's name
    item: str  # the item's id, "" when the problem is not inside one item
    path: str  # where in the file, e.g. sections[1].items[3].tolerance
    reason: str

    def __str__(self) -> str:
        where = f"item {self.item}" if self.item else (self.path or "file")
        if self.item and self.path:
            where += f" ({self.path})"
        return f"{self.file}: {where}: {self.reason}"


class TemplateInvalid(Exception):
    def __init__(self, problems: list[TemplateProblem]) -> None:
        super().__init__("; ".join(str(p) for p in problems))
        self.problems = problems


def templates_dir() -> Path:
    return resources_dir() / "checklists"


def load_templates(
    folder: Path | None = None,
) -> tuple[dict[str, Template], list[TemplateProblem]]:
    """Every valid template of the folder by id, and the problems of the files refused.

    Read again only when a file of the folder changed (name, size or time): the
    start-checklist choice asks on every opening."""
    folder = templates_dir() if folder is None else folder
    paths = sorted([*folder.glob("*.yaml"), *folder.glob("*.yml")])
    try:
        key = tuple((p.name, p.stat().st_mtime_ns, p.stat().st_size) for p in paths)
    except OSError:
        key = None
    cached = _loaded.get(folder)
    if key is not None and cached is not None and cached[0] == key:
        return dict(cached[1]), list(cached[2])
    templates, problems = _read_folder(paths)
    if key is not None:
        _loaded[folder] = (key, dict(templates), list(problems))
    return templates, problems


_loaded: dict[Path, tuple[Any, dict[str, Template], list[TemplateProblem]]] = {}


def _read_folder(paths: list[Path]) -> tuple[dict[str, Template], list[TemplateProblem]]:
    templates: dict[str, Template] = {}
    problems: list[TemplateProblem] = []
    for path in paths:
        try:
            data = yaml.load(path.read_text(encoding="utf-8"), Loader=_SafeLoader)
        except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
            problems.append(TemplateProblem(path.name, "", "", f"cannot be read: {error}"))
            continue
        template, found = parse_template(data, path.name)
        if template is not None and template.id in templates:
            found = [TemplateProblem(path.name, "", "id", f"template id {template.id} is taken")]
        problems += found
        if template is not None and not found:
            templates[template.id] = template
    return templates, problems


def template_from_data(data: Mapping[str, Any], file: str = "snapshot") -> Template:
    """Rebuilds a template from its data (e.g. a run's snapshot); raises TemplateInvalid."""
    template, problems = parse_template(data, file)
    if template is None or problems:
        raise TemplateInvalid(problems)
    return template


def parse_template(data: Any, file: str) -> tuple[Template | None, list[TemplateProblem]]:
    if not isinstance(data, Mapping):
        return None, [TemplateProblem(file, "", "", "a template must be a YAML mapping")]
    try:
        model = TemplateModel.model_validate(data)
    except PydanticError as error:
        return None, [_problem(file, data, e["loc"], e["msg"]) for e in error.errors()]
    problems = _rule_problems(file, model)
    if problems:
        return None, problems
    return _template(model), []


def _problem(file: str, data: Any, loc: tuple[Any, ...], message: str) -> TemplateProblem:
    """Names the item holding the error (walking the raw data along pydantic's path)."""
    node, item, parts = data, "", []
    for step in loc:
        if isinstance(node, Mapping) and step == node.get("kind") and step not in node:
            continue  # the discriminator tag pydantic puts in the path
        parts.append(f"[{step}]" if isinstance(step, int) else f".{step}")
        if isinstance(node, Mapping) and step in node:
            node = node[step]
        elif isinstance(node, list) and isinstance(step, int) and step < len(node):
            node = node[step]
        else:
            node = None
        if len(parts) >= 2 and parts[-2] == ".items" and isinstance(node, Mapping):
            item = str(node.get("id", ""))
    return TemplateProblem(file, item, "".join(parts).lstrip("."), message)


def _rule_problems(file: str, model: TemplateModel) -> list[TemplateProblem]:
    found: list[TemplateProblem] = []

    def add(item: str, path: str, reason: str) -> None:
        found.append(TemplateProblem(file, item, path, reason))

    class_ids = [c.id for c in model.machine_classes]
    modalities = model.modality if isinstance(model.modality, list) else [model.modality]
    if model.fits.kinds and Modality.LINAC not in modalities:
        add("", "fits.kinds", "machine kinds are kinds of linac; the template is for no linac")
    for class_id in _duplicates(class_ids):
        add("", "machine_classes", f"machine class {class_id} appears twice")
    for section_id in _duplicates([s.id for s in model.sections]):
        add("", "sections", f"section id {section_id} appears twice")
    seen: set[str] = set()
    for s, section in enumerate(model.sections):
        for i, item in enumerate(section.items):
            path = f"sections[{s}].items[{i}]"
            if item.id in seen:
                add(item.id, path, f"item id {item.id} appears twice in the template")
            seen.add(item.id)
            for class_id in item.classes:
                if class_id not in class_ids:
                    add(item.id, f"{path}.classes", f"unknown machine class {class_id}")
            if isinstance(item, ChoiceItem):
                for choice_id in _duplicates([c.id for c in item.choices]):
                    add(item.id, f"{path}.choices", f"choice {choice_id} appears twice")
            if isinstance(item, NumericItem) and item.spec_from_atp:
                if model.kind is not TemplateKind.ACCEPTANCE:
                    add(item.id, f"{path}.spec_from_atp", "only acceptance tests take the ATP's")
                if item.site_settable:
                    add(item.id, f"{path}.spec_from_atp", "a specification is not set per site")
            if isinstance(item, NumericItem):
                for where, reason in _numeric_problems(item, class_ids):
                    add(item.id, f"{path}.{where}", reason)
                for where, reason in _baseline_problems(item):
                    add(item.id, f"{path}.{where}", reason)
    return found


def _numeric_problems(item: NumericItem, class_ids: list[str]) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    if item.site_settable and item.action is None:
        found.append(("site_settable", "only an action level can be set per site; give one"))
    if item.site_settable and any("action" in o.model_fields_set for o in item.by_class.values()):
        found.append(("site_settable", "a site-settable action level cannot differ by class"))
    for class_id in item.by_class:
        if class_id not in class_ids:
            found.append((f"by_class.{class_id}", f"unknown machine class {class_id}"))
    for class_id in ["", *item.by_class]:
        prefix = f"by_class.{class_id}." if class_id else ""
        try:
            rule = _numeric_rule(item, class_id)
        except ValueError as error:
            found.append((f"{prefix}tolerance", str(error)))
            continue
        for problem in rule.problems():
            name, _, reason = problem.partition(": ")  # "action: the action limit must…"
            found.append((prefix + name, reason))
    return found


def _baseline_problems(item: NumericItem) -> list[tuple[str, str]]:
    """A baseline is kept per beam; a percent difference is judged in %."""
    if item.from_baseline is None:
        return []
    found: list[tuple[str, str]] = []
    if item.per_beam is None:
        found.append(("from_baseline", "baselines are kept per beam: set per_beam too"))
    if item.nominal not in (None, 0):
        found.append(("nominal", "a difference from baseline is judged around 0: nominal 0"))
    if item.from_baseline is BaselineDifference.PERCENT and canonical_unit(item.unit) != "%":
        found.append(("unit", "a percent difference from baseline is judged in %"))
    if (
        item.from_baseline is BaselineDifference.ABSOLUTE
        and item.measured_unit
        and canonical_unit(item.measured_unit) != canonical_unit(item.unit)
    ):
        found.append(("measured_unit", "an absolute difference is in the measured unit"))
    return found


def _duplicates(values: list[str]) -> list[str]:
    return sorted({v for v in values if values.count(v) > 1})


def _decimal(value: int | float | None) -> Decimal | None:
    return None if value is None else Decimal(str(value))


def _spec(value: Any) -> LimitSpec:
    if isinstance(value, tuple):
        return (_decimal(value[0]), _decimal(value[1]))
    if isinstance(value, str):
        return value
    return Decimal(str(value))


def _numeric_rule(item: NumericItem, class_id: str) -> NumericRule:
    override = item.by_class.get(class_id, LimitsOverride())
    given = override.model_fields_set
    nominal = _decimal(override.nominal if "nominal" in given else item.nominal)
    tolerance = override.tolerance if "tolerance" in given else item.tolerance
    action = override.action if "action" in given else item.action
    if tolerance is None:
        raise ValueError("a numeric item needs a tolerance")
    return NumericRule(
        unit=canonical_unit(item.unit),
        tolerance=limit_from(_spec(tolerance), nominal, item.side),
        action=None if action is None else limit_from(_spec(action), nominal, item.side),
        nominal=nominal,
        side=item.side,
    )


def _rule(item: Any, class_id: str = "") -> Rule:
    if isinstance(item, NumericItem):
        return _numeric_rule(item, class_id)
    if isinstance(item, ChoiceItem):
        choices = (Choice(c.id, c.label_en, c.label_zh, Verdict(c.verdict)) for c in item.choices)
        return ChoiceRule(tuple(choices))
    if isinstance(item, PassFailItem):
        return PassFailRule()
    if isinstance(item, BaselineJudgedItem):
        return JudgedRule(canonical_unit(item.unit))
    return TextRule(photo=item.kind == ItemKind.PHOTO)


def _measured_unit(item: Any) -> str:
    """What a from-baseline item's value is typed in: its measured unit, else its own."""
    if getattr(item, "from_baseline", None) is None:
        return ""
    return canonical_unit(getattr(item, "measured_unit", "") or item.unit)


def _section(section: SectionModel) -> Section:
    category = section_category(section.id, section.category)
    items = tuple(
        Item(
            item.id,
            item.label_en,
            item.label_zh,
            item.source,
            _rule(item),
            {c: _rule(item, c) for c in getattr(item, "by_class", {})},
            tuple(item.classes),
            item.category or category,
            item.per_beam,
            getattr(item, "from_baseline", None),
            _measured_unit(item),
            getattr(item, "site_settable", False),
            item.limit_unconfirmed,
            getattr(item, "spec_from_atp", False),
        )
        for item in section.items
    )
    return Section(section.id, section.title_en, section.title_zh, items, category)


def _template(model: TemplateModel) -> Template:
    sections = tuple(_section(section) for section in model.sections)
    modality = model.modality
    return Template(
        id=model.id,
        version=model.version,
        title_en=model.title_en,
        title_zh=model.title_zh,
        modalities=tuple(modality) if isinstance(modality, list) else (modality,),
        kind=model.kind,
        machine_classes=tuple(
            MachineClass(c.id, c.label_en, c.label_zh) for c in model.machine_classes
        ),
        sections=sections,
        fit=Fit(tuple(model.fits.kinds), tuple(model.fits.models), tuple(model.fits.except_models)),
        data=model.model_dump(mode="json", exclude_unset=True),
    )
