"""Upgrade campaigns (§5.3): which units qualify, and each unit's steps — consent
before scheduling, done writes the version, verified by the test checklist."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from app.db.models import Equipment, WorkOrder
from app.domain.enums import UserRole, WorkOrderType
from app.domain.records import EquipmentDraft
from app.domain.refusals import Refused
from app.domain.upgrades import (
    NEEDS_CONSENT,
    NOT_A_MANAGER,
    NOT_FIELD_ROLE,
    NOT_QUALIFIED,
    NoticeChannel,
    Qualification,
    UnitStep,
    parse_version,
)
from app.services import audit
from app.services.registry import equipment
from app.services.store import Store
from app.services.upgrades import campaigns, unit_steps
from tests import factories
from tests.instrument_helpers import as_role
from tests.test_reports import fill_run


def test_versions_compare_as_numbers_and_the_range_is_inclusive() -> None:
    assert parse_version("2.10") > parse_version("2.9")  # type: ignore[operator]
    assert parse_version("2.7.0") == parse_version("2.7") and parse_version("2.x") is None
    rule = Qualification("m1", "2.5", "2.7")
    assert [rule.reaches("m1", v) for v in ("2.4.9", "2.5", "2.6.3", "2.7", "2.7.1")] == [
        False,
        True,
        True,
        True,
        False,
    ]
    assert not rule.reaches("m2", "2.6") and not rule.reaches("m1", "")
    assert Qualification("m1").reaches("m1", "")  # an open range takes any version


def fleet(store: Store, n: int = 3) -> tuple[str, list[str]]:
    """One model, `n` units of it at three hospitals' sites; (model id, unit ids)."""
    _c, site, first = factories.hospital_with_unit(store, serial="H100")
    with store.reading() as session:
        unit = session.get(Equipment, first)
        assert unit is not None
        model_id = unit.model_id
    units = [first]
    for i in range(1, n):
        draft = EquipmentDraft(model_id=model_id, site_id=site, serial_number=f"H10{i}")
        units.append(equipment.save_equipment(store, None, draft))
    return model_id, units


def campaign(store: Store, model_id: str) -> str:
    draft = campaigns.CampaignDraft(
        "TrueBeam 2.7 MR4", model_id, "2.7.4", "2.5", "2.7", "修复 MLC 叶片校准漂移", "见发行说明"
    )
    return campaigns.create_campaign(store, draft)


@pytest.fixture
def manager(store: Store) -> Store:
    as_role(store, UserRole.SERVICE_MANAGER, "boss")
    return store


def test_units_qualify_by_model_and_version_range(manager: Store) -> None:
    model_id, (a, b, c) = fleet(manager)
    other = factories.hospital_with_unit(manager, "另一家医院", "X1", ("Elekta", "Versa HD"))[2]
    cid = campaign(manager, model_id)
    assert {x.equipment_id for x in campaigns.candidates(manager, cid)} == {a, b, c}
    campaigns.add_unit(manager, cid, a, "2.6.1")
    with pytest.raises(Refused) as old:
        campaigns.add_unit(manager, cid, b, "2.4")
    with pytest.raises(Refused):
        campaigns.add_unit(manager, cid, other, "2.6")
    assert old.value.message == NOT_QUALIFIED
    assert [x.equipment_id for x in campaigns.candidates(manager, cid)] == [b, c]
    [row] = campaigns.list_campaigns(manager)
    assert (row.counts, row.new_version, row.version_range) == (
        {UnitStep.QUALIFIED: 1},
        "2.7.4",
        "2.5 – 2.7",
    )


def test_only_the_manager_runs_a_campaign(store: Store) -> None:
    model_id, _units = fleet(store, 1)
    as_role(store, UserRole.ENGINEER, "li.na")
    with pytest.raises(Refused) as refused:
        campaign(store, model_id)
    assert refused.value.message == NOT_A_MANAGER


def test_consent_before_scheduling_and_done_writes_the_version(manager: Store) -> None:
    model_id, (a, b) = fleet(manager, 2)
    cid = campaign(manager, model_id)
    first, second = (campaigns.add_unit(manager, cid, u, "2.6") for u in (a, b))
    for row in (first, second):
        unit_steps.record_notice(manager, row, date(2026, 5, 4), NoticeChannel.LETTER)
    with pytest.raises(Refused) as early:  # notified, not consented
        unit_steps.schedule(manager, first, date(2026, 6, 1))
    assert early.value.message == NEEDS_CONSENT
    with pytest.raises(Refused):  # nobody named for the customer
        unit_steps.record_answer(manager, second, False, "  ")
    unit_steps.record_answer(manager, second, False, "张主任", reason="临床任务繁忙")
    with pytest.raises(Refused) as refused:
        unit_steps.schedule(manager, second, date(2026, 6, 1))
    assert refused.value.message == NEEDS_CONSENT
    unit_steps.record_answer(manager, first, True, "李主任", strokes=factories.SCRIBBLE)
    order_id = unit_steps.schedule(manager, first, date(2026, 6, 1))
    with manager.reading() as session:
        order = session.get(WorkOrder, order_id)
        assert order is not None and (order.type, order.equipment_id) == (WorkOrderType.UPGRADE, a)
    with pytest.raises(Refused):  # no version
        unit_steps.record_done(manager, first, "latest")
    unit_steps.record_done(manager, first, "2.7.4")
    with manager.reading() as session:
        from app.services.upgrades.unit_version import current_version

        assert current_version(session, a) == "2.7.4"
    rows = {r.id: r for r in unit_steps.units_of(manager, cid)}
    assert (rows[first].step, rows[first].version_written, rows[first].signed) == (
        UnitStep.DONE,
        "2.7.4",
        True,
    )
    assert (rows[second].step, rows[second].answer_by) == (UnitStep.REFUSED, "张主任")
    trail = audit.history(manager, "campaign_unit", first)
    assert any(h.field == "version_written" and h.new_value == "2.7.4" for h in trail)
    assert [(u.step, u.version_written) for u in unit_steps.upgrades_of_unit(manager, a)] == [
        (UnitStep.DONE, "2.7.4")
    ]
    # The unit's dated version history has it too, under the campaign's component and
    # the upgrade work order (what the unit's Configuration… lists).
    from app.services.registry.unit_configuration import load_configuration

    history = load_configuration(manager, a).versions
    with manager.reading() as session:
        number = session.get(WorkOrder, order_id).number  # type: ignore[union-attr]
    assert [(v.component, v.version, v.work_order_number) for v in history][:1] == [
        ("Treatment console", "2.7.4", number)
    ]


def test_verified_only_by_a_completed_checklist_on_the_upgrade_order(manager: Store) -> None:
    model_id, (a,) = fleet(manager, 1)
    row = campaigns.add_unit(manager, campaign(manager, model_id), a, "2.5")
    unit_steps.record_notice(manager, row, date(2026, 5, 4), NoticeChannel.PHONE)
    unit_steps.record_answer(manager, row, True, "李主任")
    order_id = unit_steps.schedule(manager, row, date(2026, 6, 1))
    with pytest.raises(Refused):  # not done yet
        unit_steps.record_verified(manager, row)
    unit_steps.record_done(manager, row, "2.7.4")
    with pytest.raises(Refused):  # no test checklist completed
        unit_steps.record_verified(manager, row)
    run_id = fill_run(manager, order_id, "linac_qa_monthly_tg142")
    unit_steps.record_verified(manager, row)
    with manager.reading() as session:
        found = session.scalars(select(WorkOrder.id)).all()
    assert order_id in found
    [unit] = unit_steps.units_of(manager, campaigns.list_campaigns(manager)[0].id)
    assert unit.step is UnitStep.VERIFIED and unit.verified_at is not None
    from app.db.upgrades import CampaignUnit

    with manager.reading() as session:
        stored = session.get(CampaignUnit, row)
        assert stored is not None and stored.verified_run_id == run_id


def test_parts_administrators_record_no_steps(manager: Store) -> None:
    model_id, (a,) = fleet(manager, 1)
    row = campaigns.add_unit(manager, campaign(manager, model_id), a, "2.5")
    as_role(manager, UserRole.PARTS_ADMINISTRATOR, "parts")
    with pytest.raises(Refused) as refused:
        unit_steps.record_notice(manager, row, date(2026, 5, 4), NoticeChannel.EMAIL)
    assert refused.value.message == NOT_FIELD_ROLE
