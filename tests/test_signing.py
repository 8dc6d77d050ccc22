"""Signing locks the record in the service layer; an amendment corrects it, signed again."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from app.db.fieldwork import RepairRecord
from app.domain.enums import (
    ReportKind,
    SignatureMeaning,
    UserRole,
    WorkOrderState,
)
from app.domain.field_records import RepairDraft
from app.domain.records import ValidationError
from app.services.signing import signatures as signing
from app.services.signing.record_lock import RecordLocked
from app.services.store import Store
from app.services.work_orders import field_records, workflow
from tests.factories import SCRIBBLE

S = WorkOrderState


def signature(name: str = "陈红霞", **changes: object) -> signing.SignatureInput:
    values: dict[str, object] = {
        "report_kind": ReportKind.SERVICE,
        "signer_name": name,
        "signer_role": "物理师",
        "organisation": "江苏省肿瘤医院",
        "meaning": SignatureMeaning.ACCEPTED_BY,
        "strokes": SCRIBBLE,
        "signed_at": datetime(2026, 3, 3, 9, 0, tzinfo=UTC),
    }
    values.update(changes)
    return signing.SignatureInput(**values)  # type: ignore[arg-type]


def engineer() -> signing.SignatureInput:
    return signature("张伟", meaning=SignatureMeaning.PERFORMED_BY, organisation="Beamside")


def test_signing_locks_the_record_in_the_service_layer(store: Store, repaired: str) -> None:
    signing.sign(store, repaired, engineer())
    signing.sign(store, repaired, signature())
    assert signing.locked(store, repaired)
    with pytest.raises(ValidationError) as refused:  # through a service
        field_records.save_repair(store, repaired, RepairDraft(cause="改了"))
    assert "signed" in refused.value.errors[0].message
    with pytest.raises(RecordLocked), store.session() as session:  # and bypassing them
        record = session.scalars(select(RepairRecord)).one()
        record.cause = "偷偷改了"
    assert field_records.load_repair(store, repaired).cause == "离子泵控制器故障"
    # The workflow goes on: the signed work order can be closed.
    workflow.move(store, repaired, S.CUSTOMER_SIGNED, UserRole.ENGINEER)
    workflow.move(store, repaired, S.CLOSED, UserRole.SERVICE_MANAGER)


def test_every_signature_of_a_set_carries_the_first_hash(store: Store, repaired: str) -> None:
    signing.sign(store, repaired, engineer())
    signing.sign(store, repaired, signature())
    signing.sign(store, repaired, signature("王主任", meaning=SignatureMeaning.RECEIVED_BY))
    rows = signing.signatures_of(store, repaired)
    assert len(rows) == 3 and rows[0].record_hash == rows[1].record_hash == rows[2].record_hash
    assert len(rows[0].record_hash) == 64


def test_an_amendment_keeps_the_original_and_is_signed_again(store: Store, repaired: str) -> None:
    signing.sign(store, repaired, engineer())
    original = signing.signatures_of(store, repaired)[0]
    with pytest.raises(ValidationError):
        signing.open_amendment(store, repaired, "  ")
    amendment = signing.open_amendment(store, repaired, "工时填写错误，应为 4 小时")
    assert not signing.locked(store, repaired)
    with pytest.raises(ValidationError):  # one open amendment at a time
        signing.open_amendment(store, repaired, "again")
    draft = field_records.load_repair(store, repaired)
    draft.labour_hours = 4
    field_records.save_repair(store, repaired, draft)
    with pytest.raises(ValidationError) as refused:  # the amended set starts with ours again
        signing.sign(store, repaired, signature())
    assert refused.value.errors[0].message.startswith("The engineer signs first")
    signing.sign(store, repaired, engineer())
    rows = signing.signatures_of(store, repaired)
    assert rows[0] == original  # the original stays as it was
    assert rows[1].amendment_id == amendment
    assert rows[1].record_hash != original.record_hash
    assert signing.locked(store, repaired)


def test_an_empty_or_nameless_signature_is_refused(store: Store, repaired: str) -> None:
    with pytest.raises(ValidationError):
        signing.sign(store, repaired, signature(strokes=[]))
    with pytest.raises(ValidationError):
        signing.sign(store, repaired, signature(strokes=[[[500.0, 150.0, 0.5, 0]]]))
    with pytest.raises(ValidationError):
        signing.sign(store, repaired, signature(name=" "))
    assert signing.signatures_of(store, repaired) == []
    assert not signing.locked(store, repaired)


def test_the_engineers_own_signature_needs_the_password(store: Store, repaired: str) -> None:
    from app.services.signing.credentials import set_password

    set_password(store, "zhang.wei", "correct horse")
    mine = signature("张伟", meaning=SignatureMeaning.PERFORMED_BY, engineer_login="zhang.wei")
    with pytest.raises(ValidationError) as refused:
        signing.sign(store, repaired, mine, password="wrong")
    assert refused.value.errors[0].field == "password"
    signing.sign(store, repaired, mine, password="correct horse")
    assert signing.signatures_of(store, repaired)[0].signer_name == "张伟"


def test_an_amendment_can_correct_a_closed_job(store: Store, repaired: str) -> None:
    signing.sign(store, repaired, engineer())
    signing.sign(store, repaired, signature())
    workflow.move(store, repaired, S.CUSTOMER_SIGNED, UserRole.ENGINEER)
    workflow.move(store, repaired, S.CLOSED, UserRole.SERVICE_MANAGER)
    with pytest.raises(ValidationError):
        field_records.save_repair(store, repaired, RepairDraft(cause="x"))
    signing.open_amendment(store, repaired, "原因描述有误")
    draft = field_records.load_repair(store, repaired)
    draft.cause = "离子泵控制器电源故障"
    field_records.save_repair(store, repaired, draft)  # the amendment makes it correctable
    assert field_records.load_repair(store, repaired).cause == "离子泵控制器电源故障"


def test_a_parts_administrator_may_not_amend_a_signed_record(store: Store, repaired: str) -> None:
    """The same role rule as the server's (app.domain.signatures.may_open_amendment)."""
    from app.db.models import User

    signing.sign(store, repaired, engineer())
    signing.sign(store, repaired, signature())
    with store.session() as session:
        session.add(User(display_name="孙丽", login="tester", role=UserRole.PARTS_ADMINISTRATOR))
    with pytest.raises(ValidationError) as refused:
        signing.open_amendment(store, repaired, "原因描述有误")
    assert [e.message for e in refused.value.errors] == ["Your role may not amend a signed record."]
    assert signing.locked(store, repaired)
