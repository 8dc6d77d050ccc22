"""Shipped templates load clean and cite their sources; broken files are named and skipped."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
import yaml

from app.domain.checklists import Template, TemplateKind, Unit
from app.domain.enums import Modality, Verdict
from app.domain.tolerance import NumericRule, judge
from app.services.checklists.checklist_templates import (
    TemplateInvalid,
    TemplateProblem,
    load_templates,
    template_from_data,
    templates_dir,
)

SHIPPED = {
    "linac_qa_daily_tg142",
    "linac_qa_monthly_tg142",
    "linac_qa_annual_tg142",
    "linac_pm",
    "ct_simulator_pm",
    "afterloader_pm",
    "linac_site_readiness",
    "linac_installation",
    "linac_acceptance",
    "electrical_safety_iec62353",
    "tomotherapy_qa_daily_tg148",
    "tomotherapy_qa_monthly_tg148",
    "tomotherapy_qa_annual_tg148",
    "tomotherapy_pm",
    "cyberknife_qa_daily_tg135",
    "cyberknife_qa_monthly_tg135",
    "cyberknife_qa_annual_tg135",
    "cyberknife_pm",
    "tps_service_verification",
    "qa_instrument_service_check",
    "linac_acceptance_halcyon",
    "linac_qc_ws674",
    "ct_simulator_qa_tg66",
    "afterloader_qa_ws262",
    "afterloader_source_exchange",
}
TG148 = (
    "tomotherapy_qa_daily_tg148",
    "tomotherapy_qa_monthly_tg148",
    "tomotherapy_qa_annual_tg148",
)
TG135 = ("cyberknife_qa_daily_tg135", "cyberknife_qa_monthly_tg135", "cyberknife_qa_annual_tg135")


@pytest.fixture(scope="module")
def shipped() -> dict[str, Template]:
    templates, problems = load_templates()
    assert problems == []
    return templates


def numeric(template: Template, item_id: str, machine_class: str = "") -> NumericRule:
    item = template.item(item_id)
    assert item is not None, item_id
    rule = item.rule_for(machine_class)
    assert isinstance(rule, NumericRule)
    return rule


def tolerance_text(template: Template, item_id: str, machine_class: str = "") -> str:
    rule = numeric(template, item_id, machine_class)
    return rule.describe(rule.tolerance)


def test_every_shipped_template_loads_without_problems(shipped: dict[str, Template]) -> None:
    assert set(shipped) == SHIPPED
    assert {t.kind for t in shipped.values()} == set(TemplateKind)
    for template in shipped.values():
        assert sum(1 for _ in template.items()) >= 8, template.id
        assert template.title_zh and template.title_en


def test_every_item_cites_a_source_and_has_both_labels(shipped: dict[str, Template]) -> None:
    for template in shipped.values():
        for item in template.items():
            assert item.source.strip(), (template.id, item.id)
            assert item.label_en.strip() and item.label_zh.strip(), (template.id, item.id)
            if isinstance(item.rule, NumericRule):
                assert any(c.isdigit() for c in item.source) or "manual" in item.source


def test_tg142_items_cite_tg142(shipped: dict[str, Template]) -> None:
    """Every item cites TG-142, but the VMAT checks TG-142 predates (Ling et al. 2008)."""
    for template_id in ("linac_qa_daily_tg142", "linac_qa_monthly_tg142", "linac_qa_annual_tg142"):
        for section in shipped[template_id].sections:
            cited = "Ling et al." if section.id == "vmat" else "TG-142"
            for item in section.items:
                assert cited in item.source, item.id


def test_tg142_daily_values_per_machine_class(shipped: dict[str, Template]) -> None:
    daily = shipped["linac_qa_daily_tg142"]
    assert [c.id for c in daily.machine_classes] == ["non_imrt", "imrt", "srs_sbrt"]
    assert tolerance_text(daily, "xray_output") == "±3%"
    assert tolerance_text(daily, "laser_localization", "non_imrt") == "±2 mm"
    assert tolerance_text(daily, "laser_localization", "imrt") == "±1.5 mm"
    assert tolerance_text(daily, "laser_localization", "srs_sbrt") == "±1 mm"
    assert tolerance_text(daily, "odi_at_isocentre", "srs_sbrt") == "±2 mm"
    assert tolerance_text(daily, "collimator_size_indicator", "imrt") == "±2 mm"
    assert tolerance_text(daily, "collimator_size_indicator", "srs_sbrt") == "±1 mm"
    stereo = daily.item("stereotactic_interlocks")
    assert stereo is not None and not stereo.applies_to("imrt") and stereo.applies_to("srs_sbrt")


def test_tg142_monthly_and_annual_values(shipped: dict[str, Template]) -> None:
    monthly, annual = shipped["linac_qa_monthly_tg142"], shipped["linac_qa_annual_tg142"]
    output = numeric(monthly, "xray_output")
    assert (output.describe(output.tolerance), output.action is not None) == ("±2%", True)
    assert [judge(output, v).verdict for v in ("2", "2.5", "3.1")] == [
        Verdict.PASS,
        Verdict.WARNING,
        Verdict.FAIL,
    ]
    assert tolerance_text(monthly, "light_radiation_coincidence") == "±2 mm"
    assert tolerance_text(monthly, "couch_position", "srs_sbrt") == "±1 mm"
    assert tolerance_text(monthly, "couch_angle", "srs_sbrt") == "±0.5°"
    assert tolerance_text(monthly, "localizing_lasers", "imrt") == "±1 mm"
    assert tolerance_text(monthly, "gantry_angle_indicator") == "±1°"
    assert tolerance_text(annual, "xray_flatness") == "±1%"
    assert tolerance_text(annual, "xray_symmetry") == "±1%"
    assert tolerance_text(annual, "radiation_mechanical_isocentre", "non_imrt") == "±2 mm"
    assert tolerance_text(annual, "radiation_mechanical_isocentre", "srs_sbrt") == "±1 mm"
    assert tolerance_text(annual, "output_calibration") == "1 cGy/MU ± 1%"


def test_tomotherapy_and_cyberknife_qa_cite_their_reports(shipped: dict[str, Template]) -> None:
    """TG-148 for TomoTherapy, TG-135 (or the MPPG 9.a / TG-135.B tables that give its
    numbers) for CyberKnife; general safety items may cite TG-142, nothing else does."""
    for template_id in TG148:
        for item in shipped[template_id].items():
            assert "TG-148" in item.source or "Table I" in item.source, item.id
    for template_id in TG135:
        for item in shipped[template_id].items():
            cited = ("TG-135", "MPPG 9.a", "TG-142 (2009) Table I")
            assert any(c in item.source for c in cited), item.id
    tg142 = [i.id for t in TG148 + TG135 for i in shipped[t].items() if "TG-142" in i.source]
    assert set(tg142) <= {
        "door_interlock",
        "door_closing_safety",
        "radiation_area_monitor",
        "audiovisual_monitors",
        "beam_on_indicator",
    }


def test_tg148_values(shipped: dict[str, Template]) -> None:
    daily, monthly, annual = (shipped[t] for t in TG148)
    assert tolerance_text(daily, "output_constancy") == "±3%"
    assert tolerance_text(daily, "red_laser_initialization") == "±1.5 mm"
    assert tolerance_text(monthly, "static_output") == "±2%"
    assert tolerance_text(monthly, "rotational_output") == "±2%"
    assert tolerance_text(monthly, "green_lasers") == "±1 mm"
    assert tolerance_text(monthly, "mvct_hu_water") == "±30 HU"
    assert tolerance_text(annual, "y_jaw_divergence") == "±0.5 mm"
    assert tolerance_text(annual, "mlc_lateral_offset") == "±1.5 mm"
    assert tolerance_text(annual, "mlc_twist") == "±0.5°"
    assert tolerance_text(annual, "gantry_angle") == "±1°"
    assert tolerance_text(annual, "couch_per_rotation") == "±1 mm"
    assert tolerance_text(annual, "reference_dose") == "±1%"
    assert annual.item("mvct_dose") is not None and annual.item("mlc_leaf_latency") is not None


def test_tg135_values(shipped: dict[str, Template]) -> None:
    daily, monthly, annual = (shipped[t] for t in TG135)
    aqa = numeric(daily, "aqa_targeting")
    assert aqa.describe(aqa.tolerance) == "≤ 1 mm"
    assert tolerance_text(daily, "output_constancy") == "±3%"
    e2e = numeric(monthly, "e2e_static", "cones_iris")
    assert e2e.describe(e2e.tolerance) == "≤ 0.95 mm"
    assert [judge(e2e, v).verdict for v in ("0.95", "0.96")] == [Verdict.PASS, Verdict.FAIL]
    assert tolerance_text(monthly, "output_constancy") == "±2%"
    iris, mlc = monthly.item("iris_field_size"), monthly.item("mlc_picket_fence")
    assert iris is not None and iris.applies_to("cones_iris") and not iris.applies_to("incise_mlc")
    assert mlc is not None and mlc.applies_to("incise_mlc") and not mlc.applies_to("cones_iris")
    rms = numeric(annual, "path_rms")
    assert [judge(rms, v).verdict for v in ("0.3", "0.4", "0.6")] == [
        Verdict.PASS,
        Verdict.WARNING,
        Verdict.FAIL,
    ]
    assert tolerance_text(annual, "beam_laser_cax") == "±0.5 mm"
    assert tolerance_text(annual, "output_factors_small") == "±5%"


def test_each_linac_kind_is_offered_its_own_protocol(shipped: dict[str, Template]) -> None:
    """A C-arm gets TG-142, a TomoTherapy TG-148, a CyberKnife TG-135 — never another's."""
    units = {
        "gantry": Unit(Modality.LINAC, "Varian", "TrueBeam"),
        "halcyon": Unit(Modality.LINAC, "Varian", "Halcyon"),
        "radixact": Unit(Modality.LINAC, "Accuray", "TomoTherapy Radixact"),
        "hi_art": Unit(Modality.LINAC, "TomoTherapy", "Hi·Art"),
        "cyberknife": Unit(Modality.LINAC, "Accuray", "CyberKnife S7"),
        "ct": Unit(Modality.CT_SIMULATOR, "Philips", "Brilliance CT Big Bore RT"),
    }
    fitting = {
        name: {t.id for t in shipped.values() if t.fits(unit)} for name, unit in units.items()
    }
    common = {"electrical_safety_iec62353", "linac_site_readiness"}
    tg142 = {
        "linac_qa_daily_tg142",
        "linac_qa_monthly_tg142",
        "linac_qa_annual_tg142",
        "linac_qc_ws674",
        "linac_pm",
        "linac_installation",
    }
    # Acceptance per model: Halcyon has its own, every other C-arm the general one.
    assert fitting["gantry"] == tg142 | common | {"linac_acceptance"}
    assert fitting["halcyon"] == tg142 | common | {"linac_acceptance_halcyon"}
    assert fitting["radixact"] == fitting["hi_art"] == {*TG148, "tomotherapy_pm"} | common
    assert fitting["cyberknife"] == {*TG135, "cyberknife_pm"} | common
    ct = {"ct_simulator_pm", "ct_simulator_qa_tg66", "electrical_safety_iec62353"}
    assert fitting["ct"] == ct


def test_other_standards(shipped: dict[str, Template]) -> None:
    safety = shipped["electrical_safety_iec62353"]
    earth = numeric(safety, "protective_earth")
    assert earth.describe(earth.tolerance) == "≤ 0.3 Ω"
    assert judge(earth, "0.3").verdict is Verdict.PASS
    assert judge(earth, "0.31 Ω").verdict is Verdict.FAIL
    assert tolerance_text(safety, "equipment_leakage", "direct") == "≤ 500 μA"
    assert tolerance_text(safety, "equipment_leakage", "alternative") == "≤ 1000 μA"
    assert set(safety.modalities) == {Modality.LINAC, Modality.CT_SIMULATOR, Modality.AFTERLOADER}
    hdr = shipped["afterloader_pm"]
    assert tolerance_text(hdr, "source_position") == "±1 mm"
    assert tolerance_text(hdr, "dwell_time") == "60 s ± 1%"
    site = shipped["linac_site_readiness"]
    assert numeric(site, "supply_voltage").nominal == Decimal(380)


def test_template_data_round_trips_through_json(shipped: dict[str, Template]) -> None:
    for template in shipped.values():
        data = json.loads(json.dumps(dict(template.data)))
        assert template_from_data(data) == template


# ---- broken files --------------------------------------------------------------------------

GOOD = {
    "id": "good",
    "version": 1,
    "title_en": "Good",
    "title_zh": "好",
    "modality": "linac",
    "kind": "qa",
    "machine_classes": [{"id": "srs", "label_en": "SRS", "label_zh": "立体定向"}],
    "sections": [
        {
            "id": "main",
            "title_en": "Main",
            "title_zh": "主要",
            "items": [
                {
                    "id": "laser",
                    "kind": "numeric",
                    "label_en": "Laser",
                    "label_zh": "激光",
                    "unit": "mm",
                    "nominal": 0,
                    "tolerance": 2,
                    "action": 3,
                    "by_class": {"srs": {"tolerance": 1}},
                    "source": "AAPM TG-142 (2009) Table I",
                },
                {
                    "id": "door",
                    "kind": "pass_fail",
                    "label_en": "Door",
                    "label_zh": "门",
                    "source": "AAPM TG-142 (2009) Table I",
                },
            ],
        }
    ],
}


def broken(**changes: object) -> dict[str, object]:
    """GOOD with the laser item's fields changed (None removes one)."""
    data = json.loads(json.dumps(GOOD))
    laser = data["sections"][0]["items"][0]
    for key, value in changes.items():
        if value is None:
            laser.pop(key, None)
        else:
            laser[key] = value
    return data


def duplicate_ids() -> dict[str, object]:
    data = json.loads(json.dumps(GOOD))
    data["sections"][0]["items"][1]["id"] = "laser"
    return data


CASES: list[tuple[str, object, str, str]] = [
    # (file, content, item named, fragment of the reason)
    ("no_tolerance.yaml", broken(tolerance=None), "laser", "Field required"),
    ("tighter_action.yaml", broken(action=1), "laser", "beyond the tolerance"),
    ("equal_action.yaml", broken(action=2), "laser", "beyond the tolerance"),
    ("class_tighter.yaml", broken(by_class={"srs": {"tolerance": 4}}), "laser", "beyond"),
    ("percent_zero.yaml", broken(tolerance="2%"), "laser", "nominal other than 0"),
    ("no_nominal.yaml", broken(nominal=None), "laser", "needs a nominal"),
    ("bad_limit.yaml", broken(tolerance="two"), "laser", "write a limit as"),
    ("unknown_class.yaml", broken(by_class={"imrt": {"tolerance": 1}}), "laser", "unknown"),
    ("unknown_kind.yaml", broken(kind="slider"), "laser", "does not match any"),
    ("no_label.yaml", broken(label_zh=None), "laser", "Field required"),
    ("no_source.yaml", broken(source=None), "laser", "Field required"),
    ("typo.yaml", broken(tolerence=2), "laser", "Extra inputs"),
    ("bool_side.yaml", broken(side=True), "laser", "Input should be"),
    ("duplicate.yaml", duplicate_ids(), "laser", "appears twice"),
    # Per-beam items and baselines (issue 11 §3)
    ("bad_scope.yaml", broken(per_beam="neutron"), "laser", "Input should be"),
    ("baseline_alone.yaml", broken(from_baseline="absolute"), "laser", "set per_beam too"),
    (
        "baseline_percent_mm.yaml",
        broken(per_beam="photon", from_baseline="percent"),
        "laser",
        "judged in %",
    ),
    (
        "baseline_nominal.yaml",
        broken(per_beam="all", from_baseline="absolute", nominal=1),
        "laser",
        "around 0",
    ),
]


def write(folder: Path, name: str, content: object) -> None:
    text = content if isinstance(content, str) else yaml.safe_dump(content, allow_unicode=True)
    (folder / name).write_text(text, encoding="utf-8")


@pytest.mark.parametrize(("name", "content", "item", "reason"), CASES)
def test_a_broken_file_is_named_and_the_good_one_still_loads(
    tmp_path: Path, name: str, content: object, item: str, reason: str
) -> None:
    write(tmp_path, "good.yaml", GOOD)
    write(tmp_path, name, content)
    templates, problems = load_templates(tmp_path)
    assert list(templates) == ["good"]
    assert problems, name
    assert all(p.file == name for p in problems)
    assert any(p.item == item and reason in p.reason for p in problems), problems
    assert name in str(problems[0]) and f"item {item}" in str(problems[0])


@pytest.mark.parametrize(
    ("content", "path", "reason"),
    [
        ("id: [unclosed", "", "cannot be read"),
        ("- just\n- a list\n", "", "YAML mapping"),
        ({**GOOD, "version": "one"}, "version", "valid integer"),
        ({**GOOD, "id": "Bad Id"}, "id", "pattern"),
        ({**GOOD, "kind": "audit"}, "kind", "Input should be"),
        ({**GOOD, "sections": []}, "sections", "at least 1"),
        ({**GOOD, "fits": {"kinds": ["gamma_knife"]}}, "fits.kinds[0]", "Input should be"),
        (
            {**GOOD, "modality": "ct_simulator", "fits": {"kinds": ["helical_tomotherapy"]}},
            "fits.kinds",
            "kinds of linac",
        ),
    ],
)
def test_file_level_problems_name_the_path(
    tmp_path: Path, content: object, path: str, reason: str
) -> None:
    write(tmp_path, "good.yaml", GOOD)
    write(tmp_path, "bad.yaml", content)
    templates, problems = load_templates(tmp_path)
    assert list(templates) == ["good"]
    assert [(p.file, p.item) for p in problems] == [("bad.yaml", "")]
    assert problems[0].path == path and reason in problems[0].reason, problems


def test_a_template_id_used_twice_keeps_the_first(tmp_path: Path) -> None:
    write(tmp_path, "a.yaml", GOOD)
    write(tmp_path, "b.yaml", {**GOOD, "title_en": "Copy"})
    templates, problems = load_templates(tmp_path)
    assert templates["good"].title_en == "Good"
    assert problems == [TemplateProblem("b.yaml", "", "id", "template id good is taken")]


def test_template_from_invalid_data_raises() -> None:
    with pytest.raises(TemplateInvalid) as invalid:
        template_from_data(broken(tolerance=None))
    assert invalid.value.problems[0].item == "laser"


def test_shipped_folder_is_in_resources() -> None:
    assert templates_dir().name == "checklists"
    assert {p.stem for p in templates_dir().glob("*.yaml")} == SHIPPED


def test_a_changed_file_is_read_again_and_callers_cannot_spoil_the_cache(tmp_path: Path) -> None:
    write(tmp_path, "good.yaml", GOOD)
    first, _ = load_templates(tmp_path)
    first.clear()  # a caller's copy
    assert load_templates(tmp_path)[0]["good"].title_en == "Good"
    write(tmp_path, "good.yaml", {**GOOD, "title_en": "Better"})
    assert load_templates(tmp_path)[0]["good"].title_en == "Better"
    write(tmp_path, "bad.yaml", "id: [unclosed")
    templates, problems = load_templates(tmp_path)
    assert list(templates) == ["good"] and [p.file for p in problems] == ["bad.yaml"]
