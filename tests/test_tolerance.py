"""Judging values: at, just inside and just outside every kind of limit; reading input."""

from __future__ import annotations

from decimal import Decimal

import pytest

from app.domain import tolerance
from app.domain.enums import Verdict
from app.domain.tolerance import (
    Bounds,
    Choice,
    ChoiceRule,
    Deviation,
    ItemKind,
    NumericRule,
    PassFailRule,
    Refused,
    Side,
    TextRule,
    judge,
    limit_from,
    parse_quantity,
)

D = Decimal
P, W, F = Verdict.PASS, Verdict.WARNING, Verdict.FAIL
TWO, ZERO = Decimal(2), Decimal(0)


def verdict(rule: NumericRule, text: str) -> Verdict:
    return judge(rule, text).verdict


def rule(
    unit: str = "mm",
    tol: tolerance.LimitSpec = TWO,
    action: tolerance.LimitSpec | None = None,
    nominal: Decimal | None = ZERO,
    side: Side = Side.BOTH,
) -> NumericRule:
    result = NumericRule(
        unit,
        limit_from(tol, nominal, side),
        None if action is None else limit_from(action, nominal, side),
        nominal,
        side,
    )
    assert result.problems() == []
    return result


# ---- absolute, two-sided ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("0", P),
        ("1.99", P),
        ("2", P),  # AT the tolerance limit: within tolerance (AAPM convention)
        ("-2", P),
        ("2.01", F),  # no action level: beyond tolerance is a failure
        ("-2.01", F),
        ("2.0000001", F),
    ],
)
def test_tolerance_only_two_sided(value: str, expected: Verdict) -> None:
    assert verdict(rule(tol=D(2)), value) is expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2", P),
        ("2.01", W),
        ("-2.01", W),
        ("2.99", W),
        ("3", W),  # AT the action limit: still a warning
        ("-3", W),
        ("3.01", F),
        ("-3.01", F),
    ],
)
def test_tolerance_and_action_two_sided(value: str, expected: Verdict) -> None:
    assert verdict(rule(tol=D(2), action=D(3)), value) is expected


@pytest.mark.parametrize(
    ("value", "expected"), [("1.8", P), ("1.2", P), ("1.81", F), ("1.19", F), ("1.5", P)]
)
def test_around_a_nominal_is_exact_decimal(value: str, expected: Verdict) -> None:
    # 1.8 - 1.5 is 0.30000000000000004 in binary floats; typed decimals stay exact.
    assert verdict(rule(tol=D("0.3"), nominal=D("1.5")), value) is expected


def test_decimal_at_limit_where_floats_would_miss() -> None:
    assert verdict(rule(tol=D("0.2"), nominal=D("0.1")), "0.3") is P


# ---- percent of nominal ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("380", P),
        ("406.6", P),  # 380 + 7% exactly
        ("353.4", P),  # 380 - 7% exactly
        ("406.61", W),
        ("353.39", W),
        ("418", W),  # 380 + 10% exactly: at the action limit
        ("342", W),
        ("418.01", F),
        ("341.99", F),
    ],
)
def test_percent_limits(value: str, expected: Verdict) -> None:
    supply = rule("V", tol="7%", action="10%", nominal=D(380))
    assert verdict(supply, value) is expected


def test_percent_of_a_negative_nominal_is_a_band_around_it() -> None:
    negative = rule("V", tol="10%", nominal=D(-50))
    assert [verdict(negative, v) for v in ("-55", "-45", "-55.1", "-44.9")] == [P, P, F, F]


def test_percent_tolerance_only() -> None:
    timer = rule("s", tol="1%", nominal=D(60))
    assert [verdict(timer, v) for v in ("59.4", "60.6", "59.39", "60.61")] == [P, P, F, F]


# ---- one-sided -----------------------------------------------------------------------------


def test_upper_only_around_a_nominal() -> None:
    upper = rule(tol=D(1), action=D(2), side=Side.UPPER)
    values = ("-100", "1", "1.001", "2", "2.001")
    assert [verdict(upper, v) for v in values] == [P, P, W, W, F]


def test_lower_only_around_a_nominal() -> None:
    lower = rule(tol=D(1), side=Side.LOWER)
    assert [verdict(lower, v) for v in ("100", "-1", "-1.001")] == [P, P, F]


@pytest.mark.parametrize(
    ("value", "expected"), [("0", P), ("0.12", P), ("0.299", P), ("0.3", P), ("0.301", F)]
)
def test_pure_upper_limit_protective_earth(value: str, expected: Verdict) -> None:
    earth = rule("Ω", tol=D("0.3"), nominal=None, side=Side.UPPER)  # IEC 62353: ≤ 0.3 Ω
    assert isinstance(earth.tolerance, Bounds)
    assert verdict(earth, value) is expected


def test_pure_upper_limit_with_action() -> None:
    unbalance = rule("%", tol=D(2), action=D(4), nominal=None, side=Side.UPPER)
    assert [verdict(unbalance, v) for v in ("2", "2.01", "4", "4.01")] == [P, W, W, F]


def test_pure_lower_limit() -> None:
    insulation = rule("MΩ", tol=D(2), action=D(1), nominal=None, side=Side.LOWER)
    assert [verdict(insulation, v) for v in ("500", "2", "1.99", "1", "0.99")] == [P, P, W, W, F]


def test_range_bounds() -> None:
    room = rule("°C", tol=(D(10), D(40)), action=(D(5), D(45)), nominal=None)
    values = ("10", "40", "9.99", "40.01", "5", "45", "4.99", "45.01")
    assert [verdict(room, v) for v in values] == [P, P, W, W, W, W, F, F]


# ---- limits as templates write them, and what is wrong with them -----------------------------


def test_limit_from_spellings() -> None:
    assert limit_from("1%", D(60), Side.BOTH) == Deviation(D(1), percent=True)
    assert limit_from("2", D(0), Side.BOTH) == Deviation(D(2))
    assert limit_from(D(2), D(0), Side.UPPER) == Deviation(D(2))
    assert limit_from(D("0.3"), None, Side.UPPER) == Bounds(None, D("0.3"))
    assert limit_from(D(2), None, Side.LOWER) == Bounds(D(2), None)
    assert limit_from((D(10), D(40)), None, Side.BOTH) == Bounds(D(10), D(40))
    with pytest.raises(ValueError, match="not a limit"):
        limit_from("two", D(0), Side.BOTH)


@pytest.mark.parametrize(
    ("limits", "fragment"),
    [
        (NumericRule("mm", Deviation(D(2)), Deviation(D(1)), D(0)), "beyond the tolerance"),
        (NumericRule("mm", Deviation(D(2)), Deviation(D(2)), D(0)), "beyond the tolerance"),
        (NumericRule("V", Deviation(D(7), True), Deviation(D(20)), D(380)), "beyond"),
        (NumericRule("%", Bounds(None, D(4)), Bounds(None, D(2))), "beyond the tolerance"),
        (NumericRule("MΩ", Bounds(D(2), None), Bounds(D(3), None)), "beyond the tolerance"),
        (NumericRule("°C", Bounds(D(10), D(40)), Bounds(None, D(45))), "every limited side"),
        (NumericRule("mm", Deviation(D(1), True), None, D(0)), "nominal other than 0"),
        (NumericRule("mm", Deviation(D(1), True), None, None), "needs a nominal"),
        (NumericRule("mm", Deviation(D(2)), None, None), "needs a nominal"),
        (NumericRule("mm", Deviation(D(-2)), None, D(0)), "negative"),
        (NumericRule("°C", Bounds(D(40), D(10))), "below the upper"),
        (NumericRule("°C", Bounds(None, None)), "lower or an upper"),
        (NumericRule("°C", Bounds(D(10), D(40)), None, D(20)), "not both"),
    ],
)
def test_limit_problems(limits: NumericRule, fragment: str) -> None:
    assert any(fragment in p for p in limits.problems()), limits.problems()


def test_describe() -> None:
    assert rule(tol=D(2)).describe(Deviation(D(2))) == "±2 mm"
    supply = rule("V", tol="7%", action="10%", nominal=D(380))
    assert supply.describe(supply.tolerance) == "380 V ± 7%"
    freq = rule("Hz", tol=D("0.2"), nominal=D(50))
    assert freq.describe(freq.tolerance) == "50 ± 0.2 Hz"
    assert rule("Ω", D("0.3"), nominal=None, side=Side.UPPER).describe(Bounds(None, D("0.3"))) == (
        "≤ 0.3 Ω"
    )
    insulation = rule("MΩ", D(2), nominal=None, side=Side.LOWER)
    assert insulation.describe(insulation.tolerance) == "≥ 2 MΩ"
    room = rule("°C", (D(10), D(40)), nominal=None)
    assert room.describe(room.tolerance) == "10–40 °C"
    angle = rule("°", D(1), nominal=D(0), side=Side.UPPER)
    assert angle.describe(angle.tolerance) == "≤ 1°"


# ---- reading what the engineer typed ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "number", "unit"),
    [
        ("1.5", "1.5", ""),
        ("1,5", "1.5", ""),
        ("1.5 mm", "1.5", "mm"),
        ("1.5mm", "1.5", "mm"),
        ("-0.8%", "-0.8", "%"),
        ("0.12Ω", "0.12", "Ω"),
        ("0.12 \u2126", "0.12", "Ω"),  # the ohm sign becomes the Greek capital omega
        ("0.3 ohm", "0.3", "Ω"),
        ("+2", "2", ""),
        ("  2  ", "2", ""),
        (".5", "0.5", ""),
        ("1.", "1", ""),
        ("\uff11\uff0e\uff15", "1.5", ""),  # full-width digits from a Chinese IME
        ("1\u30025", "1.5", ""),  # ideographic full stop typed as decimal point
        ("\u22120.5", "-0.5", ""),  # the minus sign
        ("25\u2103", "25", "°C"),
        ("300 uA", "300", "μA"),
        ("300 \u00b5A", "300", "μA"),  # micro sign
        ("2 MOhm", "2", "MΩ"),
        ("1 deg", "1", "°"),
        ("- 1", "-1", ""),
    ],
)
def test_parse_quantity(text: str, number: str, unit: str) -> None:
    assert parse_quantity(text) == (Decimal(number), unit)


@pytest.mark.parametrize("text", ["abc", "mm 2", "1,234.5", "1.2.3", "--1", "1e3", "%", "."])
def test_unreadable_numbers_are_refused(text: str) -> None:
    with pytest.raises(Refused) as refused:
        judge(rule(), text)
    assert refused.value.message == tolerance.NOT_A_NUMBER


@pytest.mark.parametrize("text", ["1.5 cm", "-0.8%", "2 °", "0.3 m"])
def test_a_wrong_unit_is_refused_naming_the_right_one(text: str) -> None:
    with pytest.raises(Refused) as refused:
        judge(rule("mm"), text)
    assert refused.value.message == tolerance.WRONG_UNIT
    assert refused.value.params == ("mm",)


def test_unit_case_matters_where_it_means_something() -> None:
    earth = rule("Ω", D("0.3"), nominal=None, side=Side.UPPER)
    with pytest.raises(Refused):
        judge(earth, "0.3 MΩ")
    with pytest.raises(Refused):
        judge(rule("MΩ", D(2), nominal=None, side=Side.LOWER), "2 mΩ")


def test_a_unit_on_a_unitless_item_is_refused() -> None:
    with pytest.raises(Refused) as refused:
        judge(rule(""), "2 mm")
    assert refused.value.message == tolerance.NO_UNIT


def test_judgement_keeps_number_unit_and_text() -> None:
    result = judge(rule("mm", D(2), D(3)), " 2,5 mm ")
    assert (result.text, result.number, result.unit, result.verdict) == (
        "2,5 mm",
        D("2.5"),
        "mm",
        W,
    )
    assert judge(rule("mm"), "1").unit == "mm"  # no unit typed: the item's


# ---- empty, n/a, pass/fail, choices, text and photo ------------------------------------------

RULES = [
    rule(),
    PassFailRule(),
    ChoiceRule((Choice("a", "A", "甲", P), Choice("b", "B", "乙", F))),
    TextRule(),
    TextRule(photo=True),
]


@pytest.mark.parametrize("any_rule", RULES)
@pytest.mark.parametrize("text", ["n/a", "N/A", "na", "不适用", " n/a "])
def test_not_applicable_for_every_kind(any_rule: tolerance.Rule, text: str) -> None:
    result = judge(any_rule, text)
    assert (result.text, result.verdict) == ("n/a", Verdict.NOT_APPLICABLE)


@pytest.mark.parametrize("any_rule", RULES)
def test_empty_input_is_pending(any_rule: tolerance.Rule) -> None:
    assert judge(any_rule, "   ").verdict is Verdict.PENDING


@pytest.mark.parametrize("text", ["p", "P", "pass", "OK", "yes", "1", "✓", "合格", "通过"])
def test_pass(text: str) -> None:
    assert judge(PassFailRule(), text) == tolerance.Judgement("pass", P)


@pytest.mark.parametrize("text", ["f", "FAIL", "no", "0", "✗", "x", "不合格", "异常"])
def test_fail(text: str) -> None:
    assert judge(PassFailRule(), text) == tolerance.Judgement("fail", F)


def test_pass_fail_refuses_anything_else() -> None:
    with pytest.raises(Refused) as refused:
        judge(PassFailRule(), "maybe")
    assert refused.value.message == tolerance.PASS_OR_FAIL


def test_choices_by_number_id_and_either_label() -> None:
    cables = ChoiceRule(
        (
            Choice("good", "Good", "良好", P),
            Choice("worn", "Worn, replacement planned", "磨损，已计划更换", W),
            Choice("damaged", "Damaged", "损坏", F),
        )
    )
    assert judge(cables, "1") == tolerance.Judgement("good", P)
    assert judge(cables, "WORN") == tolerance.Judgement("worn", W)
    assert judge(cables, "worn, replacement planned").verdict is W
    assert judge(cables, "损坏") == tolerance.Judgement("damaged", F)
    assert cables.choice("worn") is not None and cables.choice("x") is None
    with pytest.raises(Refused) as refused:
        judge(cables, "4")
    assert (refused.value.message, refused.value.params) == (tolerance.NOT_A_CHOICE, ("3",))


def test_text_and_photo_pass_once_filled() -> None:
    assert judge(TextRule(), "SN 12345") == tolerance.Judgement("SN 12345", P)
    assert judge(TextRule(photo=True), "IMG_0042.jpg").verdict is P
    assert TextRule().kind is ItemKind.TEXT and TextRule(photo=True).kind is ItemKind.PHOTO
    assert PassFailRule().kind is ItemKind.PASS_FAIL and rule().kind is ItemKind.NUMERIC
