"""arg() fills translation markers once, whatever the values hold."""

import re
from pathlib import Path

from PySide6.QtWidgets import QApplication

from app.ui.i18n import arg


def test_arg_fills_each_marker_with_its_value() -> None:
    assert arg("%1 of %2 signed", 3, 5) == "3 of 5 signed"
    assert arg("已签 %2 份中的 %1 份", 3, 5) == "已签 5 份中的 3 份"


def test_a_value_holding_a_marker_is_not_replaced_again() -> None:
    assert arg("Customer %1 at %2", "100%2 %1", "Site A") == "Customer 100%2 %1 at Site A"


def test_markers_without_values_and_ten_and_above_stay_correct() -> None:
    values = [str(i) for i in range(1, 11)]
    assert arg("%10-%1", *values) == "10-1"
    assert arg("%1 and %3", "a") == "a and %3"


def test_the_ui_hands_out_the_domain_helper_itself() -> None:
    """One helper for every layer: commands and the data-folder check use the same."""
    from app.domain import i18n as domain_i18n

    assert arg is domain_i18n.arg


# `.replace("%1", …)` chained by hand, in either quote style; "%" followed by a digit,
# so a LIKE escape (services/lists.py replaces a bare "%") is not one.
HAND_FILLED = re.compile(r"""\.replace\(\s*(["'])%\d""")


def test_no_translated_text_is_filled_by_hand() -> None:
    root = Path(__file__).resolve().parent.parent
    found = [
        f"{path.relative_to(root)}:{number}: {line.strip()}"
        for folder in ("app", "sync")
        for path in sorted((root / folder).rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if HAND_FILLED.search(line)
    ]
    assert found == [], "use arg() (app/domain/i18n.py):\n" + "\n".join(found)


def test_one_colon_style_per_language(qapp: QApplication) -> None:
    """A label and its value: full-width "：" on Chinese screens, ": " on English ones;
    a hospital by its English name on English screens, the Chinese one when none."""
    from app.ui.i18n import hospital_name, install_translators, labelled

    try:
        install_translators(qapp, "zh_CN")
        assert labelled("维修", "3") == "维修：3"
        assert hospital_name("江苏省肿瘤医院", "Jiangsu Cancer Hospital") == "江苏省肿瘤医院"
        install_translators(qapp, "en")
        assert labelled("Repair", "3") == "Repair: 3"
        assert hospital_name("江苏省肿瘤医院", "Jiangsu Cancer Hospital") == (
            "Jiangsu Cancer Hospital"
        )
        assert hospital_name("江苏省肿瘤医院", " ") == "江苏省肿瘤医院"
    finally:
        install_translators(qapp, "en")
