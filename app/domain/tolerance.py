"""Judging one checklist value: parse what the engineer typed, compare it with the limits.

Limits are bands on the value. A numeric item states them either as a deviation from a
nominal (absolute in the item's unit, or percent of the nominal; two-sided, upper only
or lower only) or, when there is no nominal, as plain bounds: "≤ 0.3 Ω" (IEC 62353
protective earth), "≥ 2 MΩ", "10–40 °C".

What happens at a limit follows the AAPM convention (TG-142 §II, action levels):

- inside or exactly AT the tolerance limit → PASS;
- beyond tolerance, inside or exactly AT the action limit → WARNING;
- beyond the action limit → FAIL;
- an item with a tolerance but no separate action level: beyond tolerance → FAIL.

Arithmetic is decimal, so "at the limit" means what was typed: 1.8 against 1.5 ± 0.3 is
at the limit, not 4e-17 beyond it as binary floats would have it.

Reasons for refusing input are English source texts (context "Checklist") with `%1`
placeholders, translated by the UI.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from enum import StrEnum

from app.domain.enums import Verdict
from app.domain.i18n import QT_TRANSLATE_NOOP

NOT_A_NUMBER = QT_TRANSLATE_NOOP("Checklist", "Enter a number, e.g. 1.5, 1,5 or -0.8.")
WRONG_UNIT = QT_TRANSLATE_NOOP("Checklist", "Wrong unit: this item is measured in %1.")
NO_UNIT = QT_TRANSLATE_NOOP("Checklist", "This item has no unit: enter the number alone.")
PASS_OR_FAIL = QT_TRANSLATE_NOOP("Checklist", "Enter pass or fail (p / f), or n/a.")
NOT_A_CHOICE = QT_TRANSLATE_NOOP(
    "Checklist", "Not one of this item's answers: type its number (1–%1) or its name."
)
GIVE_VERDICT = QT_TRANSLATE_NOOP(
    "Checklist", "Enter your verdict: pass, warning or fail (p / w / f)."
)

NOT_APPLICABLE_TEXT = "n/a"
PASS_TEXT = "pass"
FAIL_TEXT = "fail"

_NOT_APPLICABLE = {"n/a", "na", "n.a.", "不适用", "无此项"}
_PASS = {"p", "pass", "passed", "ok", "y", "yes", "1", "✓", "✔", "√", "functional"}
_PASS |= {"合格", "通过", "正常", "是", "功能正常"}
_FAIL = {"f", "fail", "failed", "not ok", "n", "no", "0", "✗", "✘", "x", "×"}
_FAIL |= {"不合格", "不通过", "异常", "否", "功能异常"}
_WARNING = {"w", "warn", "warning", "!", "⚠", "警告", "注意", "关注"}

# Spellings engineers type for the same unit; keys and values are NFKC-normalised
# (NFKC already maps ℃ → °C, Ω (ohm sign) → Ω, µ (micro sign) → μ, full-width → ASCII).
_UNIT_ALIASES = {
    "deg": "°",
    "度": "°",
    "ohm": "Ω",
    "ohms": "Ω",
    "欧": "Ω",
    "欧姆": "Ω",
    "mohm": "mΩ",
    "Mohm": "MΩ",
    "MOhm": "MΩ",
    "兆欧": "MΩ",
    "uA": "μA",
    "ua": "μA",
    "微安": "μA",
    "uSv/h": "μSv/h",
    "usv/h": "μSv/h",
    "°c": "°C",
    "摄氏度": "°C",
    "percent": "%",
    "hz": "Hz",
    "v": "V",
    "kv": "kV",
    "hu": "HU",
    "mu": "MU",
    "bq": "Bq",
    "sec": "s",
    "秒": "s",
    "毫米": "mm",
    "MM": "mm",
    "l/min": "L/min",
    "cgy/mu": "cGy/MU",
}
_TIGHT_UNITS = {"%", "°"}  # written without a space: 2%, 1°

_NUMBER = re.compile(r"^([+-]?)\s*(\d+(?:[.,]\d*)?|[.,]\d+)\s*(.*)$")


class ItemKind(StrEnum):
    PASS_FAIL = "pass_fail"
    NUMERIC = "numeric"
    CHOICE = "choice"
    TEXT = "text"
    PHOTO = "photo"
    # A value compared with the unit's baseline where the standard gives no number
    # (TG-142 Table VI "baseline"): the difference is computed, the verdict is the
    # physicist's.
    BASELINE_JUDGED = "baseline_judged"


class Side(StrEnum):
    BOTH = "both"
    UPPER = "upper"  # only values above the nominal (or the bound) are limited
    LOWER = "lower"


class Refused(Exception):
    """Input that cannot be judged; `message` is a source text, `params` fill its %1…"""

    def __init__(self, message: str, *params: str) -> None:
        super().__init__(message, *params)
        self.message = message
        self.params = params


def normalize_text(raw: str) -> str:
    """NFKC (full-width digits and punctuation from Chinese input methods become ASCII)."""
    text = unicodedata.normalize("NFKC", raw).strip()
    return text.replace("\u2212", "-").replace("。", ".")


def canonical_unit(unit: str) -> str:
    text = re.sub(r"\s+", "", normalize_text(unit))
    return _UNIT_ALIASES.get(text, text)


def format_number(value: Decimal) -> str:
    """Plain decimal notation without trailing zeros: 2, 0.3, -1.25 (never 2E+1)."""
    text = format(value, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def with_unit(value: Decimal, unit: str) -> str:
    number = format_number(value)
    if not unit:
        return number
    return f"{number}{unit}" if unit in _TIGHT_UNITS else f"{number} {unit}"


def parse_quantity(raw: str) -> tuple[Decimal, str]:
    """ "1.5", "1,5", "1.5 mm", "-0.8%", "0.12Ω", "+2" → (number, canonical unit or "")."""
    match = _NUMBER.match(normalize_text(raw))
    if not match:
        raise Refused(NOT_A_NUMBER)
    sign, digits, rest = match.groups()
    if rest[:1] in (".", ",") or any(c.isdigit() for c in rest):  # 1,234.5 1.2.3 1e3
        raise Refused(NOT_A_NUMBER)
    return Decimal(sign + digits.replace(",", ".")), canonical_unit(rest)


@dataclass(frozen=True)
class Deviation:
    """± `amount` around the nominal, in the item's unit or (`percent`) of the nominal."""

    amount: Decimal
    percent: bool = False


@dataclass(frozen=True)
class Bounds:
    """Plain bounds on the value; None is an open side."""

    low: Decimal | None
    high: Decimal | None

    def contains(self, value: Decimal) -> bool:
        # Inclusive on purpose: a value AT a limit is within it (see the module docstring).
        return (self.low is None or value >= self.low) and (self.high is None or value <= self.high)


Limit = Deviation | Bounds


@dataclass(frozen=True)
class Judgement:
    """What to store for one value: canonical text, the number and unit, the verdict."""

    text: str
    verdict: Verdict
    number: Decimal | None = None
    unit: str = ""


@dataclass(frozen=True)
class NumericRule:
    unit: str
    tolerance: Limit
    action: Limit | None = None
    nominal: Decimal | None = None
    side: Side = Side.BOTH
    kind = ItemKind.NUMERIC

    def band(self, limit: Limit) -> Bounds:
        if isinstance(limit, Bounds):
            return limit
        nominal = self.nominal if self.nominal is not None else Decimal(0)
        width = abs(nominal) * limit.amount / 100 if limit.percent else limit.amount
        return Bounds(
            None if self.side is Side.UPPER else nominal - width,
            None if self.side is Side.LOWER else nominal + width,
        )

    def evaluate(self, value: Decimal) -> Verdict:
        if self.band(self.tolerance).contains(value):
            return Verdict.PASS
        if self.action is None:
            return Verdict.FAIL
        return Verdict.WARNING if self.band(self.action).contains(value) else Verdict.FAIL

    def judge(self, text: str) -> Judgement:
        number, unit = parse_quantity(text)
        if unit and unit != self.unit:
            raise Refused(WRONG_UNIT, self.unit) if self.unit else Refused(NO_UNIT)
        return Judgement(text, self.evaluate(number), number, self.unit)

    def describe(self, limit: Limit) -> str:
        """Language-neutral notation: ±2 mm, 60 s ± 1%, ≤ 0.3 Ω, ≥ 2 MΩ, 10–40 °C."""
        if isinstance(limit, Deviation) and self.side is Side.BOTH:
            amount = with_unit(limit.amount, "%" if limit.percent else self.unit)
            if not self.nominal:
                return f"±{amount}"
            if limit.percent:
                return f"{with_unit(self.nominal, self.unit)} ± {amount}"
            return f"{format_number(self.nominal)} ± {amount}"
        band = self.band(limit)
        if band.low is not None and band.high is not None:
            return f"{format_number(band.low)}–{with_unit(band.high, self.unit)}"
        if band.high is not None:
            return f"≤ {with_unit(band.high, self.unit)}"
        assert band.low is not None
        return f"≥ {with_unit(band.low, self.unit)}"

    def problems(self) -> list[str]:
        """What is wrong with these limits, for the template's author (plain English)."""
        found: list[str] = []
        for name, limit in (("tolerance", self.tolerance), ("action", self.action)):
            if limit is not None:
                found += [f"{name}: {p}" for p in self._limit_problems(limit)]
        if found or self.action is None:
            return found
        tolerance, action = self.band(self.tolerance), self.band(self.action)
        low_ok = _wider(action.low, tolerance.low, below=True)
        high_ok = _wider(action.high, tolerance.high, below=False)
        if not (low_ok and high_ok):
            found.append(
                "action: the action limit must lie beyond the tolerance on every limited "
                f"side (tolerance {self.describe(self.tolerance)}, "
                f"action {self.describe(self.action)})"
            )
        return found

    def _limit_problems(self, limit: Limit) -> list[str]:
        if isinstance(limit, Bounds):
            if self.nominal is not None:
                return ["give either a nominal with a ± limit or bounds, not both"]
            if limit.low is None and limit.high is None:
                return ["bounds need a lower or an upper value"]
            if limit.low is not None and limit.high is not None and limit.low >= limit.high:
                return ["the lower bound must be below the upper bound"]
            return []
        if limit.amount < 0:
            return ["a limit cannot be negative"]
        if self.nominal is None:
            return ["a ± limit needs a nominal (or write it as a bound with side upper/lower)"]
        if limit.percent and self.nominal == 0:
            return ["a percent limit needs a nominal other than 0"]
        return []


def _wider(action: Decimal | None, tolerance: Decimal | None, below: bool) -> bool:
    if tolerance is None or action is None:
        return tolerance is None and action is None  # limited on the same sides
    return action < tolerance if below else action > tolerance


LimitSpec = Decimal | str | tuple[Decimal | None, Decimal | None]


def limit_from(spec: LimitSpec, nominal: Decimal | None, side: Side) -> Limit:
    """A limit as a template writes it: 2 (± in the unit), "1%" (of the nominal) or
    [10, 40] (bounds). Without a nominal, a single number on one side is a bound there."""
    if isinstance(spec, tuple):
        return Bounds(spec[0], spec[1])
    percent = False
    amount = spec
    if isinstance(spec, str):
        text = normalize_text(spec)
        percent = text.endswith("%")
        try:
            amount = Decimal(text.removesuffix("%").strip())
        except InvalidOperation:
            raise ValueError(f"not a limit: {spec!r} (write 2, 1% or [10, 40])") from None
    assert isinstance(amount, Decimal)
    if not amount.is_finite():
        raise ValueError(f"not a limit: {spec!r}")
    if percent:
        return Deviation(amount, percent=True)
    if nominal is None and side is Side.UPPER:
        return Bounds(None, amount)
    if nominal is None and side is Side.LOWER:
        return Bounds(amount, None)
    return Deviation(amount)


@dataclass(frozen=True)
class PassFailRule:
    kind = ItemKind.PASS_FAIL

    def judge(self, text: str) -> Judgement:
        word = text.casefold()
        if word in _PASS:
            return Judgement(PASS_TEXT, Verdict.PASS)
        if word in _FAIL:
            return Judgement(FAIL_TEXT, Verdict.FAIL)
        raise Refused(PASS_OR_FAIL)


@dataclass(frozen=True)
class Choice:
    id: str
    label_en: str
    label_zh: str
    verdict: Verdict


@dataclass(frozen=True)
class ChoiceRule:
    choices: tuple[Choice, ...]
    kind = ItemKind.CHOICE

    def judge(self, text: str) -> Judgement:
        word = text.casefold()
        for number, choice in enumerate(self.choices, start=1):
            names = {choice.id.casefold(), choice.label_en.casefold(), choice.label_zh, str(number)}
            if word in names:
                return Judgement(choice.id, choice.verdict)
        raise Refused(NOT_A_CHOICE, str(len(self.choices)))

    def choice(self, choice_id: str) -> Choice | None:
        return next((c for c in self.choices if c.id == choice_id), None)


@dataclass(frozen=True)
class TextRule:
    """Free text or a photo reference: filled in is all that is asked."""

    photo: bool = False

    @property
    def kind(self) -> ItemKind:
        return ItemKind.PHOTO if self.photo else ItemKind.TEXT

    def judge(self, text: str) -> Judgement:
        return Judgement(text, Verdict.PASS)


@dataclass(frozen=True)
class JudgedRule:
    """A measured value whose verdict a person gives: the standard sets no limit, only
    the unit's own baseline (TG-142 Table VI image quality and imaging dose). Judging
    the text reads the number; the verdict stays PENDING until the person gives it."""

    unit: str
    kind = ItemKind.BASELINE_JUDGED

    def judge(self, text: str) -> Judgement:
        number, unit = parse_quantity(text)
        if unit and unit != self.unit:
            raise Refused(WRONG_UNIT, self.unit) if self.unit else Refused(NO_UNIT)
        return Judgement(format_number(number), Verdict.PENDING, number, self.unit)


def given_verdict(raw: str) -> Verdict:
    """The verdict a person typed for a judged item: pass, warning or fail, in either
    language and as the single letters; empty takes it back (PENDING)."""
    word = normalize_text(raw).casefold()
    if not word:
        return Verdict.PENDING
    if word in _PASS:
        return Verdict.PASS
    if word in _WARNING:
        return Verdict.WARNING
    if word in _FAIL:
        return Verdict.FAIL
    raise Refused(GIVE_VERDICT)


Rule = NumericRule | PassFailRule | ChoiceRule | TextRule | JudgedRule


def judge(rule: Rule, raw: str) -> Judgement:
    """The verdict for `raw`; empty input is PENDING (cleared), "n/a" NOT_APPLICABLE.

    Raises Refused when the text cannot be read for this item (nothing is to be saved).
    """
    text = normalize_text(raw)
    if not text:
        return Judgement("", Verdict.PENDING)
    if text.casefold() in _NOT_APPLICABLE:
        return Judgement(NOT_APPLICABLE_TEXT, Verdict.NOT_APPLICABLE)
    return rule.judge(text)
