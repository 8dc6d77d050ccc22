"""People, a hospital with a unit, and complaints in given states, for complaint tests."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from app.db.models import User
from app.domain.complaints import (
    Assessment,
    CallDraft,
    Closing,
    ComplaintCategory,
    ComplaintDraft,
    ComplaintSeverity,
    ComplaintSource,
    CustomerSatisfaction,
    ReportedBack,
)
from app.domain.enums import UserRole
from app.services.complaints import register
from app.services.store import Store
from tests import factories

RECEIVED = datetime(2026, 11, 2, 2, 30, tzinfo=UTC)


def people(store: Store) -> None:
    """boss (service manager), qc (quality control), li.na and wang.wei (engineers),
    parts (parts administrator)."""
    with store.session() as session:
        for login, role in (
            ("boss", UserRole.SERVICE_MANAGER),
            ("qc", UserRole.QUALITY_CONTROL),
            ("li.na", UserRole.ENGINEER),
            ("wang.wei", UserRole.ENGINEER),
            ("parts", UserRole.PARTS_ADMINISTRATOR),
        ):
            session.add(User(display_name=login, login=login, role=role))


def as_user(store: Store, login: str) -> None:
    store.user_login = login


def setting(store: Store) -> tuple[str, str]:
    """(customer id, unit id), people made, the engineer li.na acting."""
    people(store)
    customer_id, _, unit_id = factories.hospital_with_unit(store)
    as_user(store, "li.na")
    return customer_id, unit_id


def call(customer_id: str, unit_id: str | None, answer: str = "", **fields: object) -> CallDraft:
    values: dict[str, object] = {
        "called_at": RECEIVED,
        "customer_id": customer_id,
        "caller_name": "张医生",
        "caller_phone": "025-83283333",
        "equipment_id": unit_id,
        "question": "MLC 初始化报警 2050 怎么处理？",
        "answer": answer,
        "engineer_login": "li.na",
        "duration_minutes": 12,
        **fields,
    }
    return CallDraft(**values)  # type: ignore[arg-type]


def complaint(customer_id: str, unit_id: str | None) -> ComplaintDraft:
    return ComplaintDraft(
        received_at=RECEIVED,
        source=ComplaintSource.EMAIL,
        complainant="放疗科 王主任",
        customer_id=customer_id,
        equipment_id=unit_id,
        matter="维修后三天内再次停机，影响治疗",
    )


def assessment(owner: str = "li.na", **fields: object) -> Assessment:
    values: dict[str, object] = {
        "category": ComplaintCategory.REPAIR_QUALITY,
        "severity": ComplaintSeverity.HIGH,
        "owner_login": owner,
        "deadline": date(2026, 11, 20),
        **fields,
    }
    return Assessment(**values)  # type: ignore[arg-type]


def closing(**fields: object) -> Closing:
    values: dict[str, object] = {
        "root_cause": "更换的离子泵控制器批次有缺陷",
        "corrective_action": "更换为新批次，并检查同批次库存",
        "satisfaction": CustomerSatisfaction.SATISFIED,
        "customer_feedback": "王主任确认设备稳定运行一周，满意",
        **fields,
    }
    return Closing(**values)  # type: ignore[arg-type]


def assessed(store: Store, customer_id: str, unit_id: str | None, owner: str = "li.na") -> str:
    """A complaint received by li.na and assessed by boss (owner `owner`); li.na acts."""
    as_user(store, "li.na")
    complaint_id = register.receive(store, complaint(customer_id, unit_id))
    as_user(store, "boss")
    register.assess(store, complaint_id, assessment(owner))
    as_user(store, "li.na")
    return complaint_id


def closed(store: Store, customer_id: str, unit_id: str | None) -> str:
    complaint_id = assessed(store, customer_id, unit_id)
    register.add_progress(store, complaint_id, "现场检查离子泵", ReportedBack.PHONE)
    register.close(store, complaint_id, closing())
    return complaint_id


def days(n: int) -> timedelta:
    return timedelta(days=n)
