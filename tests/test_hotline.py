"""The hotline call log (§5.1): an unanswered question stays open with owner and due
date until answered; a call opens a repair or a complaint in one step."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select

from app.db.models import WorkOrder
from app.domain import complaints as domain
from app.domain.complaints import ComplaintSource, ComplaintState
from app.domain.enums import WorkOrderType
from app.domain.records import ValidationError
from app.services.complaints import hotline, register
from app.services.complaints.complaint_lists import HOTLINE_CALLS
from app.services.lists import ListRequest, count_rows
from app.services.store import Store
from tests import factories
from tests.complaint_helpers import as_user, call, setting


def _messages(error: pytest.ExceptionInfo[ValidationError]) -> set[str]:
    return {e.message for e in error.value.errors}


def test_an_answered_call_is_logged_with_who_what_and_how_long(store: Store) -> None:
    customer_id, unit_id = setting(store)
    call_id = hotline.save_call(store, None, call(customer_id, unit_id, "先复位 MLC 控制器"))
    view = hotline.load_call(store, call_id)
    assert view.draft.caller_name == "张医生" and view.draft.duration_minutes == 12
    assert view.draft.answer == "先复位 MLC 控制器" and view.answered_at is not None
    assert view.draft.owner_login == "" and hotline.open_questions(store) == []


def test_an_unanswered_question_needs_an_owner_and_a_due_date(store: Store) -> None:
    customer_id, unit_id = setting(store)
    with pytest.raises(ValidationError) as error:
        hotline.save_call(store, None, call(customer_id, unit_id))
    assert _messages(error) == {domain.OPEN_NEEDS_OWNER}
    draft = call(customer_id, unit_id, owner_login="wang.wei", due_date=date(2026, 11, 4))
    call_id = hotline.save_call(store, None, draft)
    assert hotline.open_questions(store) == [(call_id, "wang.wei", date(2026, 11, 4))]
    open_calls = count_rows(store, HOTLINE_CALLS, ListRequest(scope=(("open", "1"),)))
    assert open_calls == 1


def test_answering_closes_the_question_once(store: Store) -> None:
    customer_id, unit_id = setting(store)
    draft = call(customer_id, unit_id, owner_login="wang.wei", due_date=date(2026, 11, 4))
    call_id = hotline.save_call(store, None, draft)
    with pytest.raises(ValidationError):
        hotline.answer_question(store, call_id, "  ")
    hotline.answer_question(store, call_id, "厂家确认：更换 MLC 电机驱动板")
    assert hotline.open_questions(store) == []
    view = hotline.load_call(store, call_id)
    assert view.answered_at is not None and view.draft.answer.startswith("厂家确认")
    with pytest.raises(ValidationError) as error:
        hotline.answer_question(store, call_id, "再答一次")
    assert _messages(error) == {domain.ALREADY_ANSWERED}


def test_a_call_is_checked_at_the_boundary(store: Store) -> None:
    customer_id, unit_id = setting(store)
    late = call(customer_id, unit_id, "答复", duration_minutes=601)
    late.called_at = datetime(2999, 1, 1, tzinfo=UTC)
    with pytest.raises(ValidationError) as error:
        hotline.save_call(store, None, late)
    assert _messages(error) == {domain.BAD_MINUTES, domain.IN_FUTURE}
    _, _, elsewhere = factories.hospital_with_unit(store, "南京鼓楼医院", "H200001")
    with pytest.raises(ValidationError) as error:
        hotline.save_call(store, None, call(customer_id, elsewhere, "答复"))
    assert _messages(error) == {hotline.UNIT_ELSEWHERE}


def test_parts_administrators_do_not_take_calls(store: Store) -> None:
    customer_id, unit_id = setting(store)
    as_user(store, "parts")
    assert not hotline.may_record_calls(store)
    with pytest.raises(ValidationError) as error:
        hotline.save_call(store, None, call(customer_id, unit_id, "答复"))
    assert _messages(error) == {domain.NOT_ALLOWED}


def test_a_call_opens_a_repair_work_order_in_one_step(store: Store) -> None:
    customer_id, unit_id = setting(store)
    call_id = hotline.save_call(store, None, call(customer_id, unit_id, "需上门"))
    saved = hotline.open_repair(store, call_id)
    with store.reading() as session:
        order = session.scalars(select(WorkOrder).where(WorkOrder.id == saved.id)).one()
        assert (order.type, order.equipment_id) == (WorkOrderType.REPAIR, unit_id)
        assert order.description == "MLC 初始化报警 2050 怎么处理？"
    view = hotline.load_call(store, call_id)
    assert (view.work_order_id, view.work_order_number) == (saved.id, saved.number)
    with pytest.raises(ValidationError) as error:
        hotline.open_repair(store, call_id)
    assert _messages(error) == {hotline.HAS_WORK_ORDER}
    no_unit = hotline.save_call(store, None, call(customer_id, None, "一般咨询"))
    with pytest.raises(ValidationError) as error:
        hotline.open_repair(store, no_unit)
    assert _messages(error) == {hotline.NEEDS_UNIT}


def test_a_call_opens_a_complaint_in_one_step(store: Store) -> None:
    customer_id, unit_id = setting(store)
    call_id = hotline.save_call(store, None, call(customer_id, unit_id, "已记录投诉"))
    complaint_id = hotline.open_complaint(store, call_id)
    view = register.load_complaint(store, complaint_id)
    assert view.state is ComplaintState.NEW
    assert view.draft.source is ComplaintSource.HOTLINE
    assert (view.draft.complainant, view.draft.equipment_id) == ("张医生", unit_id)
    assert hotline.load_call(store, call_id).complaint_id == complaint_id
    with pytest.raises(ValidationError) as error:
        hotline.open_complaint(store, call_id)
    assert _messages(error) == {hotline.HAS_COMPLAINT}
