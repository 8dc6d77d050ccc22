"""Issue 11 §4: the QA content added (TG-142 Tables IV–VI, TG-66 / WS 519, WS 674,
WS 262 / TG-56 and the source exchange, acceptance per model), its limits against
their sources, and the source exchange offered first on a source-exchange job."""

from __future__ import annotations

from decimal import Decimal

import pytest

from app.db.models import Equipment
from app.domain.checklist_choice import is_source_exchange
from app.domain.checklists import Category, Template, TemplateKind
from app.domain.enums import Modality, Verdict, WorkOrderType
from app.domain.field_records import RepairDraft
from app.domain.tolerance import ItemKind, NumericRule, judge
from app.services.checklists import work_order_checklists
from app.services.checklists.checklist_templates import load_templates, templates_dir
from app.services.store import Store
from app.services.work_orders import field_records
from tests import factories

ADDED = {  # template: (version, items)
    "linac_qc_ws674": (1, 14),
    # v2: the ATP specification items taken from the unit model (spec_from_atp)
    "linac_acceptance_halcyon": (2, 19),
    # v2: the WS 519-2019 status-test limits marked to be confirmed
    "ct_simulator_qa_tg66": (2, 27),
    # v2: the WS 262-2017 ±5% marked to be confirmed
    "afterloader_qa_ws262": (2, 19),
    "afterloader_source_exchange": (2, 19),
}
EXTENDED = {  # template: (version, items)
    "linac_qa_daily_tg142": (2, 18),
    # v4: Table VI image quality as measured values vs the unit's baseline (3 → 13)
    "linac_qa_monthly_tg142": (4, 54),
    "linac_qa_annual_tg142": (3, 52),
    "linac_acceptance": (3, 24),
    "afterloader_pm": (3, 18),
}


@pytest.fixture(scope="module")
def shipped() -> dict[str, Template]:
    templates, problems = load_templates()
    assert problems == []
    return templates


def limits(template: Template, item_id: str, machine_class: str = "") -> tuple[str, str]:
    item = template.item(item_id)
    assert item is not None, item_id
    rule = item.rule_for(machine_class)
    assert isinstance(rule, NumericRule)
    action = rule.describe(rule.action) if rule.action is not None else ""
    return rule.describe(rule.tolerance), action


def test_every_added_template_loads_with_its_items(shipped: dict[str, Template]) -> None:
    for template_id, (version, count) in ADDED.items():
        assert sum(1 for _ in shipped[template_id].items()) == count, template_id
        assert shipped[template_id].version == version, template_id
    for template_id, (version, count) in EXTENDED.items():
        template = shipped[template_id]
        assert (template.version, sum(1 for _ in template.items())) == (version, count)


def test_tg142_tables_iv_v_vi_and_missing_annual_rows(shipped: dict[str, Template]) -> None:
    daily = shipped["linac_qa_daily_tg142"]
    monthly = shipped["linac_qa_monthly_tg142"]
    annual = shipped["linac_qa_annual_tg142"]
    # Table IV: wedges 2% daily, monthly and annually
    assert limits(daily, "wedge_morning_check") == ("±2%", "")
    assert limits(monthly, "wedge_factor") == ("±2%", "")
    assert limits(annual, "wedge_angle_off_axis") == ("±2%", "")
    # Table V: MLC
    assert limits(monthly, "mlc_backup_diaphragm") == ("±2 mm", "")
    assert limits(monthly, "mlc_travel_speed", "imrt") == ("≤ 0.5 cm/s", "")
    assert limits(annual, "mlc_transmission") == ("±0.5%", "")
    assert limits(annual, "mlc_leaf_position_repeatability") == ("±1 mm", "")
    assert limits(annual, "mlc_spoke_shot") == ("≤ 1 mm", "")
    assert limits(annual, "mlc_step_and_shoot", "imrt") == ("≤ 3.5 mm", "")
    assert limits(annual, "mlc_sliding_window", "imrt") == ("≤ 3.5 mm", "")
    sliding = annual.item("mlc_sliding_window")
    assert sliding is not None and not sliding.applies_to("non_imrt")
    # Table VI: imaging, tighter for SRS/SBRT
    assert limits(daily, "planar_positioning", "imrt") == ("±2 mm", "")
    assert limits(daily, "planar_positioning", "srs_sbrt") == ("±1 mm", "")
    assert limits(daily, "cbct_positioning", "imrt") == ("±1 mm", "")
    assert limits(monthly, "cbct_geometric_distortion", "srs_sbrt") == ("±1 mm", "")
    assert limits(annual, "mv_sdd_travel") == ("±5 mm", "")
    interlock = daily.item("cbct_collision_interlocks")
    assert interlock is not None and interlock.category is Category.SAFETY
    # Table III rows that were missing: SRS arc, TBI/TSET, respiratory gating
    for item_id in ("srs_arc_mu", "srs_arc_gantry"):  # "whichever is greater": pass/fail
        srs = annual.item(item_id)
        assert srs is not None and srs.classes == ("srs_sbrt",)
        assert srs.kind is ItemKind.PASS_FAIL and "whichever is greater" in srs.source
    assert limits(annual, "tbi_depth_dose") == ("±1%", "")
    assert limits(annual, "tset_depth_dose") == ("±1 mm", "")
    assert limits(annual, "gating_temporal_accuracy") == ("±100 ms", "")
    # VMAT checks in common use
    rule = monthly.item("vmat_dose_rate_gantry_speed")
    assert rule is not None and "Ling" in rule.source
    assert limits(monthly, "vmat_leaf_speed", "imrt") == ("±2%", "")


def test_ct_simulator_tg66_and_ws519_values(shipped: dict[str, Template]) -> None:
    ct = shipped["ct_simulator_qa_tg66"]
    assert ct.modalities == (Modality.CT_SIMULATOR,)
    assert limits(ct, "gantry_lasers_centre") == ("±2 mm", "")
    assert limits(ct, "table_motion") == ("±1 mm", "")
    assert limits(ct, "gantry_tilt") == ("±1°", "")
    assert limits(ct, "slice_sensitivity_profile") == ("±1 mm", "")
    assert limits(ct, "ct_number_water") == ("±5 HU", "")
    assert limits(ct, "ws519_ct_number_water") == ("±6 HU", "")
    for item_id in ("radiation_profile_width", "ctdi_vs_specification", "spatial_resolution"):
        item = ct.item(item_id)
        assert item is not None and "TG-66" in item.source
    ws519 = [i for s in ct.sections if s.id == "ws519" for i in s.items]
    assert ws519 and all("WS 519-2019" in i.source for i in ws519)


def test_ws674_states_and_keeps_one_edition(shipped: dict[str, Template]) -> None:
    text = (templates_dir() / "linac_qc_ws674.yaml").read_text(encoding="utf-8")
    assert "this file follows WS 674-2020" in text and "WS 674-2025" in text
    template = shipped["linac_qc_ws674"]
    cited = [i.source for i in template.items() if "WS 674" in i.source]
    assert len(cited) == 14 and all("WS 674-2020" in s for s in cited)
    assert "2020" in template.title_en
    assert limits(template, "xray_dose_deviation") == ("±3%", "")
    assert limits(template, "dose_repeatability") == ("≤ 0.5%", "")
    flatness = template.item("xray_flatness")
    assert flatness is not None
    assert [judge(flatness.rule, v).verdict for v in ("106", "106.1")] == [
        Verdict.PASS,
        Verdict.FAIL,
    ]
    assert limits(template, "xray_symmetry") == ("≤ 103%", "")


def test_afterloader_ws262_tg56_and_source_exchange(shipped: dict[str, Template]) -> None:
    qa, exchange = shipped["afterloader_qa_ws262"], shipped["afterloader_source_exchange"]
    assert exchange.kind is TemplateKind.SOURCE_EXCHANGE
    for template in (qa, exchange):
        assert limits(template, "source_strength") == ("±3%", "±5%")
        strength = template.item("source_strength")
        assert strength is not None and strength.site_settable and strength.gated
        assert "WS 262-2017" in strength.source and "TG-56" in strength.source
        assert limits(template, "source_position") == ("±1 mm", "")
        assert limits(template, "dwell_time") == ("60 s ± 1%", "")
        assert limits(template, "wipe_test") == ("≤ 185 Bq", "")
    steps = {s.id: [i.id for i in s.items] for s in exchange.sections}
    assert list(steps) == ["receipt", "exchange", "acceptance", "old_source"]
    assert "certificate_received" in steps["receipt"]
    assert {"source_strength", "source_position", "dwell_time", "room_survey"} <= set(
        steps["acceptance"]
    )
    assert {"old_source_serial", "return_paperwork", "authority_notified"} <= set(
        steps["old_source"]
    )


def test_acceptance_templates_follow_the_atp_and_iec_60976(shipped: dict[str, Template]) -> None:
    for template_id in ("linac_acceptance", "linac_acceptance_halcyon"):
        template = shipped[template_id]
        assert "ATP" in template.title_en and "IEC 60976" in template.title_en
        sources = " ".join(i.source for i in template.items())
        for standard in ("Contract's acceptance test procedure", "GB/T 19046-2013", "GB 15213"):
            assert standard in sources, (template_id, standard)
        text = (templates_dir() / f"{template_id}.yaml").read_text(encoding="utf-8")
        assert "not TG-142 constancy limits" in " ".join(text.replace("#", " ").split())
    general, halcyon = shipped["linac_acceptance"], shipped["linac_acceptance_halcyon"]
    assert limits(general, "dose_reproducibility") == ("≤ 0.5%", "")
    assert limits(general, "xray_flatness") == ("≤ 106%", "")
    assert halcyon.item("electron_symmetry") is None  # no electrons on a Halcyon
    assert halcyon.item("light_radiation_coincidence") is None  # nor a light field


def test_the_output_action_level_is_marked_a_local_choice(shipped: dict[str, Template]) -> None:
    monthly = shipped["linac_qa_monthly_tg142"]
    settable = {(t.id, i.id) for t in shipped.values() for i in t.items() if i.site_settable}
    assert settable == {
        ("linac_qa_monthly_tg142", "xray_output"),
        ("linac_qa_monthly_tg142", "electron_output"),
        ("afterloader_pm", "source_strength"),
        ("afterloader_qa_ws262", "source_strength"),
        ("afterloader_source_exchange", "source_strength"),
    }
    assert limits(monthly, "xray_output") == ("±2%", "±3%")


def test_source_exchange_words() -> None:
    assert is_source_exchange("后装机更换放射源（铱-192）")
    assert is_source_exchange("Quarterly source exchange")
    assert is_source_exchange("", "afterloader_drive afterloader_source")
    assert not is_source_exchange("后装机季度保养", "afterloader_drive")


def afterloader_order(store: Store, description: str, kind: WorkOrderType) -> str:
    _, _, unit_id = factories.hospital_with_unit(store, model=("Elekta", "Flexitron"))
    with store.session() as session:
        unit = session.get(Equipment, unit_id)
        assert unit is not None
        unit.model.modality = Modality.AFTERLOADER
    return factories.work_order(store, unit_id, description, kind).id


def test_the_source_exchange_is_offered_first_on_a_source_exchange_job(store: Store) -> None:
    order = afterloader_order(
        store, "后装机换源，铱-192 新源到货", WorkOrderType.PREVENTIVE_MAINTENANCE
    )
    choice = work_order_checklists.templates_for(store, order)
    assert choice.fitting[0].id == "afterloader_source_exchange"


def test_a_repair_that_replaced_the_source_offers_the_exchange_first(store: Store) -> None:
    order = afterloader_order(store, "源卡滞报警", WorkOrderType.REPAIR)
    before = work_order_checklists.templates_for(store, order).fitting[0].id
    draft = RepairDraft(
        cause="源驱动钢丝磨损", actions="更换放射源", replaced_components=("afterloader_source",)
    )
    field_records.save_repair(store, order, draft)
    after = work_order_checklists.templates_for(store, order).fitting[0].id
    assert (before, after) == ("electrical_safety_iec62353", "afterloader_source_exchange")


def test_an_ordinary_afterloader_job_does_not_put_the_exchange_first(store: Store) -> None:
    order = afterloader_order(store, "后装机季度保养", WorkOrderType.PREVENTIVE_MAINTENANCE)
    ids = [t.id for t in work_order_checklists.templates_for(store, order).fitting]
    assert ids[0] == "afterloader_pm" and ids[-1] == "afterloader_source_exchange"


def test_judging_at_the_source_strength_limits() -> None:
    template = load_templates()[0]["afterloader_source_exchange"]
    item = template.item("source_strength")
    assert item is not None
    verdicts = [judge(item.rule, v).verdict for v in ("3", "-4.9", "5.1")]
    assert verdicts == [Verdict.PASS, Verdict.WARNING, Verdict.FAIL]
    assert isinstance(item.rule, NumericRule) and item.rule.nominal == Decimal(0)
