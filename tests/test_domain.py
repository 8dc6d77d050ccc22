"""Pure rules: ids, work-order numbers, draft validation."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta

import pytest

from app.domain.ids import uuid7, uuid7_time_ms
from app.domain.numbering import (
    PREFIX_ALPHABET,
    format_number,
    new_device_prefix,
    next_number,
    parse_number,
)
from app.domain.records import (
    ContactDraft,
    CustomerDraft,
    EquipmentDraft,
    WorkOrderDraft,
)

NOW = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)


def test_uuid7_is_version_7_and_sorts_by_creation() -> None:
    ids = [uuid7() for _ in range(2000)]
    assert ids == sorted(ids)
    assert len(set(ids)) == len(ids)
    parsed = uuid.UUID(ids[0])
    assert parsed.version == 7
    assert parsed.variant == uuid.RFC_4122


def test_uuid7_carries_its_timestamp_and_is_deterministic_when_seeded() -> None:
    ms = 1_700_000_000_123
    value = uuid7(unix_ms=ms, rand=bytes(range(10)))
    assert uuid7_time_ms(value) == ms
    assert value == uuid7(unix_ms=ms, rand=bytes(range(10)))


def test_work_order_numbers_count_per_year_and_prefix() -> None:
    assert next_number(2026, "K7M3", None) == "WO-2026-K7M3-00001"
    assert next_number(2026, "K7M3", "WO-2026-K7M3-00041") == "WO-2026-K7M3-00042"
    assert next_number(2027, "K7M3", "WO-2026-K7M3-00041") == "WO-2027-K7M3-00001"
    assert next_number(2026, "K7M3", "WO-2026-K7M3-99999") == "WO-2026-K7M3-100000"
    assert parse_number("WO-2026-K7-00042") == (2026, "K7", 42)
    assert parse_number("WO-26-K7-42") is None
    assert format_number(2026, "K7", 42) == "WO-2026-K7-00042"


def test_device_prefixes_use_the_readable_alphabet() -> None:
    prefixes = {new_device_prefix() for _ in range(200)}
    assert all(len(p) == 4 and set(p) <= set(PREFIX_ALPHABET) for p in prefixes)
    assert len(prefixes) > 190  # random, not constant


def fields(errors: list) -> set[str]:
    return {e.field for e in errors}


def test_customer_needs_a_chinese_name() -> None:
    assert fields(CustomerDraft().validate()) == {"name_zh"}
    assert fields(CustomerDraft(name_zh="   ").validate()) == {"name_zh"}
    assert CustomerDraft(name_zh="江苏省肿瘤医院").validate() == []
    assert fields(CustomerDraft(name_zh="x" * 201).validate()) == {"name_zh"}


@pytest.mark.parametrize(
    ("phone", "email", "bad"),
    [
        ("138 0571 2345", "li.na@hospital.cn", set()),
        ("0571-8765 4321", "", set()),
        ("+86 (25) 8328 3300", "", set()),
        ("call me", "", {"phone"}),
        ("", "li.na@", {"email"}),
        ("12", "nobody", {"phone", "email"}),
    ],
)
def test_contact_phone_and_email(phone: str, email: str, bad: set[str]) -> None:
    draft = ContactDraft(customer_id="c", name="李娜", phone=phone, email=email)
    assert fields(draft.validate()) == bad


def unit(**changes: object) -> EquipmentDraft:
    draft = EquipmentDraft(model_id="m", site_id="s", serial_number="H191234")
    for name, value in changes.items():
        setattr(draft, name, value)
    return draft


@pytest.mark.parametrize(
    "number",
    [
        "国械注进20173301234",
        "苏械注准20192040123",
        "国械注许20183300001",
        "国食药监械(进)字2013第3301234号",
    ],
)
def test_nmpa_numbers_accepted(number: str) -> None:
    assert unit(nmpa_registration_no=number).validate() == []


@pytest.mark.parametrize(
    "number", ["20173301234", "国械注进2017330123", "NMPA-123", "国械注册20173301234"]
)
def test_nmpa_numbers_refused(number: str) -> None:
    assert fields(unit(nmpa_registration_no=number).validate()) == {"nmpa_registration_no"}


def test_equipment_dates_and_hours() -> None:
    install = date(2024, 3, 1)
    assert unit(install_date=install, acceptance_date=date(2024, 4, 1)).validate() == []
    assert fields(unit(install_date=install, acceptance_date=date(2024, 2, 1)).validate()) == {
        "acceptance_date"
    }
    assert fields(unit(install_date=install, warranty_end=date(2023, 1, 1)).validate()) == {
        "warranty_end"
    }
    assert fields(unit(clinical_hours=[25.0] + [0.0] * 6).validate()) == {"clinical_hours"}
    assert fields(unit(clinical_hours=[8.0] * 6).validate()) == {"clinical_hours"}
    assert fields(unit(serial_number="bad serial!").validate()) == {"serial_number"}
    assert fields(EquipmentDraft().validate()) == {"model_id", "site_id", "serial_number"}


def test_work_order_needs_equipment_description_and_a_past_report_time() -> None:
    ok = WorkOrderDraft(equipment_id="e", description="MLC 叶片 A23 超差", reported_at=NOW)
    assert ok.validate(NOW) == []
    assert fields(WorkOrderDraft(reported_at=NOW).validate(NOW)) == {"equipment_id", "description"}
    future = WorkOrderDraft(
        equipment_id="e", description="x", reported_at=NOW + timedelta(minutes=6)
    )
    assert fields(future.validate(NOW)) == {"reported_at"}
    near = WorkOrderDraft(equipment_id="e", description="x", reported_at=NOW + timedelta(minutes=4))
    assert near.validate(NOW) == []


def test_every_enum_member_has_its_own_label() -> None:
    """Members of different enums may share a value ("inspection"); labels must not mix."""
    from app.domain import enums

    classes = [
        c
        for c in vars(enums).values()
        if isinstance(c, type) and issubclass(c, enums.LabelledEnum) and c is not enums.LabelledEnum
    ]
    for cls in classes:
        for member in cls:
            assert member.label, (cls, member)
    assert enums.WorkOrderType.INSPECTION.label == "Inspection"
    assert enums.ReportKind.INSPECTION.label == "Inspection and preventive maintenance report"
    assert enums.WorkOrderType.TRAINING.label == "Training"
