"""Use cases as the UI calls them: values land in the database, refusals save nothing."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import func, select

from app.db.models import Customer, Equipment, LocalDevice, WorkOrder, WorkOrderAssignment
from app.domain.numbering import parse_number
from app.domain.records import CustomerDraft, EquipmentDraft, ValidationError, WorkOrderDraft
from app.services.records import RecordGone
from app.services.registry import customers, equipment
from app.services.store import Store
from app.services.work_orders import orders as work_orders
from tests import factories


def count(store: Store, model: type) -> int:
    with store.reading() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def test_saving_a_customer_stamps_who_and_when(store: Store) -> None:
    customer_id = customers.save_customer(
        store, None, CustomerDraft(name_zh="  河南省肿瘤医院 ", name_en="Henan Cancer Hospital")
    )
    with store.reading() as session:
        row = session.get(Customer, customer_id)
        assert row is not None
        assert row.name_zh == "河南省肿瘤医院"
        assert row.updated_by == "tester"
        assert row.created_at.tzinfo is not None
        assert len(row.id) == 36 and row.id[14] == "7"  # UUIDv7


def test_an_invalid_draft_saves_nothing(store: Store) -> None:
    with pytest.raises(ValidationError) as refused:
        customers.save_customer(store, None, CustomerDraft(name_zh=""))
    assert [e.field for e in refused.value.errors] == ["name_zh"]
    assert count(store, Customer) == 0


def test_an_edit_that_fails_validation_leaves_the_saved_record_as_it_was(store: Store) -> None:
    customer_id = customers.save_customer(store, None, CustomerDraft(name_zh="云南省肿瘤医院"))
    with pytest.raises(ValidationError):
        customers.save_customer(store, customer_id, CustomerDraft(name_zh="", region="云南"))
    assert customers.load_customer(store, customer_id).name_zh == "云南省肿瘤医院"
    assert customers.load_customer(store, customer_id).region == ""


def test_serial_numbers_are_unique_per_model(store: Store) -> None:
    _, site_id, unit_id = factories.hospital_with_unit(store)
    model_id = equipment.load_equipment(store, unit_id).model_id
    duplicate = EquipmentDraft(model_id=model_id, site_id=site_id, serial_number="H191234")
    with pytest.raises(ValidationError) as refused:
        equipment.save_equipment(store, None, duplicate)
    assert refused.value.errors[0].field == "serial_number"
    assert count(store, Equipment) == 1
    # Saving the unit itself again is not a clash with itself.
    equipment.save_equipment(store, unit_id, equipment.load_equipment(store, unit_id))


def test_work_orders_get_consecutive_numbers_with_this_devices_prefix(store: Store) -> None:
    _, _, unit_id = factories.hospital_with_unit(store)
    first = factories.work_order(store, unit_id)
    second = factories.work_order(store, unit_id)
    with store.reading() as session:
        device = session.get(LocalDevice, 1)
        assert device is not None
        prefix = device.number_prefix
    assert parse_number(first.number) == (2026, prefix, 1)
    assert parse_number(second.number) == (2026, prefix, 2)
    last_year = factories.work_order(
        store,
        unit_id,
        reported_at=datetime(2025, 12, 31, 12, 0, tzinfo=UTC),  # 20:00 in Beijing
    )
    assert parse_number(last_year.number) == (2025, prefix, 1)


def test_work_order_engineers_are_assigned_and_unassigned(store: Store) -> None:
    _, _, unit_id = factories.hospital_with_unit(store)
    li, wang = factories.engineer(store), factories.engineer(store, "wang.qiang", "王强")
    saved = factories.work_order(store, unit_id)
    number, draft = work_orders.load_work_order(store, saved.id)
    draft.engineer_ids = [li, wang]
    work_orders.save_work_order(store, saved.id, draft)
    assert sorted(work_orders.load_work_order(store, saved.id)[1].engineer_ids) == sorted(
        [li, wang]
    )
    draft.engineer_ids = [wang]
    work_orders.save_work_order(store, saved.id, draft)
    assert work_orders.load_work_order(store, saved.id) == (number, draft)
    with store.reading() as session:  # the unassignment is a tombstone, not a removal
        assert session.scalar(select(func.count()).select_from(WorkOrderAssignment)) == 2


def test_a_work_order_in_the_future_is_refused(store: Store) -> None:
    _, _, unit_id = factories.hospital_with_unit(store)
    draft = WorkOrderDraft(
        equipment_id=unit_id, description="x", reported_at=datetime(2099, 1, 1, tzinfo=UTC)
    )
    with pytest.raises(ValidationError):
        work_orders.save_work_order(store, None, draft)
    assert count(store, WorkOrder) == 0


def test_delete_is_a_soft_delete(store: Store) -> None:
    _, _, unit_id = factories.hospital_with_unit(store)
    saved = factories.work_order(store, unit_id)
    work_orders.delete_work_order(store, saved.id)
    assert count(store, WorkOrder) == 1
    assert work_orders.count_work_orders(store) == 0
    with pytest.raises(RecordGone):
        work_orders.load_work_order(store, saved.id)


def test_a_hospital_with_equipment_cannot_be_deleted(store: Store) -> None:
    customer_id, site_id, unit_id = factories.hospital_with_unit(store)
    with pytest.raises(ValidationError):
        customers.delete_customer(store, customer_id)
    with pytest.raises(ValidationError):
        customers.delete_site(store, site_id)
    equipment.delete_equipment(store, unit_id)
    customers.delete_site(store, site_id)
    customers.delete_customer(store, customer_id)
    assert customers.customer_choices(store) == []


def test_equipment_summary_counts_the_service_history(store: Store) -> None:
    _, _, unit_id = factories.hospital_with_unit(store)
    factories.work_order(store, unit_id)
    factories.work_order(store, unit_id)
    summary = equipment.equipment_summary(store, unit_id)
    assert summary.serial_number == "H191234"
    assert summary.customer == "江苏省肿瘤医院"
    assert sum(summary.work_orders_by_type.values()) == 2
    assert summary.open_work_orders == 2


def test_sites_and_contacts_of_a_hospital(store: Store) -> None:
    customer_id, site_id, _ = factories.hospital_with_unit(store)
    customers.save_site(store, None, customers.SiteDraft(customer_id, "后装治疗室", "门诊楼 B1"))
    customers.save_contact(
        store, None, customers.ContactDraft(customer_id, "陈红霞", "物理师", "138 0571 2345")
    )
    sites = customers.sites_of(store, customer_id)
    assert [(s.name, s.units) for s in sites] == [("后装治疗室", 0), ("放疗科 1号机房", 1)]
    assert [(c.name, c.role) for c in customers.contacts_of(store, customer_id)] == [
        ("陈红霞", "物理师")
    ]
