"""The complaint register's rules (§7): who may do what, the states a complaint goes
through, what closing needs, the ISO 13485 §8.2.2 questions, and a dissatisfied
follow-up turned into a complaint."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from app.db.complaints import ComplaintEntry
from app.domain import complaints as domain
from app.domain.complaints import ComplaintState, CustomerSatisfaction, ReportedBack
from app.domain.enums import AdverseEventAnswer, FollowUpOutcome
from app.domain.records import ValidationError
from app.services.complaints import register
from app.services.complaints.complaint_lists import complaints_for
from app.services.lists import ListRequest, count_rows
from app.services.registry.users import acting_user
from app.services.store import Store
from app.services.work_orders import follow_ups
from tests import factories
from tests.complaint_helpers import (
    RECEIVED,
    as_user,
    assessed,
    assessment,
    closed,
    closing,
    complaint,
    setting,
)


def _fields(error: pytest.ExceptionInfo[ValidationError]) -> set[str]:
    return {e.field for e in error.value.errors}


def _messages(error: pytest.ExceptionInfo[ValidationError]) -> set[str]:
    return {e.message for e in error.value.errors}


def test_a_received_complaint_waits_new_with_its_first_entry(store: Store) -> None:
    customer_id, unit_id = setting(store)
    complaint_id = register.receive(store, complaint(customer_id, unit_id))
    view = register.load_complaint(store, complaint_id)
    assert view.state is ComplaintState.NEW
    assert view.recorded_by == "li.na"
    assert view.draft.matter == "维修后三天内再次停机，影响治疗"
    assert [e.state for e in view.entries] == [ComplaintState.NEW]
    assert view.hospital == "江苏省肿瘤医院" and view.unit.endswith("H191234")


def test_receiving_needs_hospital_complainant_and_matter(store: Store) -> None:
    setting(store)
    draft = complaint("", None)
    draft.complainant, draft.matter = " ", ""
    with pytest.raises(ValidationError) as error:
        register.receive(store, draft)
    assert _fields(error) == {"customer_id", "complainant", "matter"}


def test_a_parts_administrator_may_not_record_a_complaint(store: Store) -> None:
    customer_id, unit_id = setting(store)
    as_user(store, "parts")
    with pytest.raises(ValidationError) as error:
        register.receive(store, complaint(customer_id, unit_id))
    assert _messages(error) == {domain.NOT_ALLOWED}


def test_only_the_service_manager_assesses_and_assigns_an_owner(store: Store) -> None:
    customer_id, unit_id = setting(store)
    complaint_id = register.receive(store, complaint(customer_id, unit_id))
    for login in ("li.na", "qc"):
        as_user(store, login)
        with pytest.raises(ValidationError) as error:
            register.assess(store, complaint_id, assessment())
        assert _messages(error) == {domain.NOT_ALLOWED}
    as_user(store, "boss")
    register.assess(store, complaint_id, assessment("wang.wei"), "交王伟处理")
    view = register.load_complaint(store, complaint_id)
    assert view.state is ComplaintState.ASSESSED
    assert (view.assessment.owner_login, view.assessment.deadline) == (
        "wang.wei",
        date(2026, 11, 20),
    )
    assert view.entries[-1].state is ComplaintState.ASSESSED
    assert view.entries[-1].text == "交王伟处理"


def test_an_assessment_needs_nature_severity_owner_and_deadline(store: Store) -> None:
    customer_id, unit_id = setting(store)
    complaint_id = register.receive(store, complaint(customer_id, unit_id))
    as_user(store, "boss")
    empty = domain.Assessment()
    with pytest.raises(ValidationError) as error:
        register.assess(store, complaint_id, empty)
    assert _fields(error) == {"category", "severity", "owner_login", "deadline"}
    with pytest.raises(ValidationError) as error:
        register.assess(store, complaint_id, assessment(deadline=date(2026, 10, 1)))
    assert _messages(error) == {domain.DEADLINE_PAST}
    assert register.load_complaint(store, complaint_id).state is ComplaintState.NEW


def test_a_device_complaint_answers_the_adverse_event_question(store: Store) -> None:
    customer_id, unit_id = setting(store)
    complaint_id = register.receive(store, complaint(customer_id, unit_id))
    as_user(store, "boss")
    with pytest.raises(ValidationError) as error:
        register.assess(store, complaint_id, assessment(about_device=True))
    assert _messages(error) == {domain.ADVERSE_UNANSWERED}
    harmed = assessment(
        about_device=True,
        adverse_event=AdverseEventAnswer.COULD_HAVE_HARMED,
        adverse_event_reported_to="江苏省药品不良反应监测中心",
    )
    with pytest.raises(ValidationError) as error:
        register.assess(store, complaint_id, harmed)
    assert _fields(error) == {"adverse_event_reported_on"}
    harmed.adverse_event_reported_on = date(2026, 11, 3)
    register.assess(store, complaint_id, harmed)
    saved = register.load_complaint(store, complaint_id).assessment
    assert saved.adverse_event is AdverseEventAnswer.COULD_HAVE_HARMED
    assert saved.adverse_event_reported_on == date(2026, 11, 3)


def test_progress_is_the_owners_and_says_whether_the_customer_was_told(store: Store) -> None:
    customer_id, unit_id = setting(store)
    complaint_id = assessed(store, customer_id, unit_id, owner="wang.wei")
    with pytest.raises(ValidationError) as error:  # li.na does not own it
        register.add_progress(store, complaint_id, "看了日志", ReportedBack.PHONE)
    assert _messages(error) == {domain.NOT_ALLOWED}
    as_user(store, "wang.wei")
    register.add_progress(store, complaint_id, "现场检查离子泵", ReportedBack.PHONE)
    register.add_progress(store, complaint_id, "等待配件", ReportedBack.NOT_REPORTED)
    view = register.load_complaint(store, complaint_id)
    assert view.state is ComplaintState.IN_PROGRESS
    assert [(e.text, e.reported_back) for e in view.entries[-2:]] == [
        ("现场检查离子泵", ReportedBack.PHONE),
        ("等待配件", ReportedBack.NOT_REPORTED),
    ]
    assert [e.state for e in view.entries] == [
        ComplaintState.NEW,
        ComplaintState.ASSESSED,
        ComplaintState.IN_PROGRESS,
        None,
    ]


def test_no_progress_before_the_assessment(store: Store) -> None:
    customer_id, unit_id = setting(store)
    complaint_id = register.receive(store, complaint(customer_id, unit_id))
    as_user(store, "boss")
    with pytest.raises(ValidationError) as error:
        register.add_progress(store, complaint_id, "看了日志", ReportedBack.PHONE)
    assert _messages(error) == {domain.WRONG_STATE}


def test_a_complaint_cannot_close_without_cause_and_satisfied_feedback(store: Store) -> None:
    customer_id, unit_id = setting(store)
    complaint_id = assessed(store, customer_id, unit_id)
    with pytest.raises(ValidationError) as error:
        register.close(store, complaint_id, domain.Closing())
    assert _fields(error) == {"root_cause", "customer_feedback"}
    not_satisfied = closing(satisfaction=CustomerSatisfaction.NOT_SATISFIED)
    with pytest.raises(ValidationError) as error:
        register.close(store, complaint_id, not_satisfied)
    assert _messages(error) == {domain.NEEDS_FEEDBACK}
    assert register.load_complaint(store, complaint_id).state is ComplaintState.ASSESSED
    register.close(store, complaint_id, closing())
    view = register.load_complaint(store, complaint_id)
    assert view.state is ComplaintState.CLOSED and view.closed_at is not None
    assert view.closing.root_cause == "更换的离子泵控制器批次有缺陷"


def test_a_complaint_cannot_close_without_an_owner() -> None:
    errors = domain.closing_errors(
        "", domain.Closing("原因", "", CustomerSatisfaction.SATISFIED, "满意")
    )
    assert [e.field for e in errors] == ["owner_login"]


def test_a_closed_complaint_reopens_when_the_customer_is_not_satisfied(store: Store) -> None:
    customer_id, unit_id = setting(store)
    complaint_id = closed(store, customer_id, unit_id)
    as_user(store, "wang.wei")  # neither owner nor office
    with pytest.raises(ValidationError):
        register.reopen(store, complaint_id, "又停机了")
    as_user(store, "qc")
    with pytest.raises(ValidationError) as error:
        register.reopen(store, complaint_id, " ")
    assert _fields(error) == {"why"}
    register.reopen(store, complaint_id, "一周后又停机了", ReportedBack.VISIT)
    view = register.load_complaint(store, complaint_id)
    assert view.state is ComplaintState.REOPENED and view.closed_at is None
    assert view.closing.satisfaction is CustomerSatisfaction.NOT_SATISFIED
    assert view.entries[-1].state is ComplaintState.REOPENED
    with pytest.raises(ValidationError) as error:  # only a closed complaint reopens
        register.reopen(store, complaint_id, "再次")
    assert _messages(error) == {domain.WRONG_STATE}


def test_engineers_see_their_own_complaints_office_sees_all(store: Store) -> None:
    customer_id, unit_id = setting(store)
    mine = assessed(store, customer_id, unit_id, owner="li.na")
    theirs = assessed(store, customer_id, unit_id, owner="wang.wei")
    as_user(store, "wang.wei")
    with pytest.raises(ValidationError) as error:  # recorded and owned by li.na
        register.load_complaint(store, mine)
    assert _messages(error) == {domain.NOT_ALLOWED}
    assert register.load_complaint(store, theirs).assessment.owner_login == "wang.wei"
    seen = count_rows(store, complaints_for(acting_user(store)), ListRequest())
    assert seen == 1
    for login in ("boss", "qc"):
        as_user(store, login)
        assert count_rows(store, complaints_for(acting_user(store)), ListRequest()) == 2


def test_linking_a_work_order_of_the_hospital(store: Store) -> None:
    customer_id, unit_id = setting(store)
    complaint_id = assessed(store, customer_id, unit_id)
    order = factories.work_order(store, unit_id)
    _, _, elsewhere = factories.hospital_with_unit(store, "南京鼓楼医院", "H200001")
    other = factories.work_order(store, elsewhere)
    register.link_work_order(store, complaint_id, order.id)
    register.link_work_order(store, complaint_id, order.id)  # twice: still one link
    with pytest.raises(ValidationError):
        register.link_work_order(store, complaint_id, other.id)
    assert register.load_complaint(store, complaint_id).work_orders == [(order.id, order.number)]


def test_a_dissatisfied_follow_up_opens_a_complaint(store: Store) -> None:
    customer_id, unit_id = setting(store)
    order = factories.work_order(store, unit_id)
    with store.session() as session:
        follow_up = follow_ups.schedule_follow_up(session, store, order.id, RECEIVED)
    with pytest.raises(ValidationError) as error:  # not dissatisfied (yet)
        register.draft_from_follow_up(store, follow_up)
    assert _messages(error) == {register.NOT_DISSATISFIED}
    follow_ups.record_outcome(store, follow_up, FollowUpOutcome.DISSATISFIED, "修后仍报警")
    draft = register.draft_from_follow_up(store, follow_up)
    assert (draft.customer_id, draft.equipment_id) == (customer_id, unit_id)
    assert draft.matter.startswith(f"{order.number}: ") and draft.matter.endswith("修后仍报警")
    draft.complainant = "物理师 陈工"
    complaint_id = register.receive(store, draft, follow_up_id=follow_up)
    assert register.complaint_of_follow_up(store, follow_up) == complaint_id
    with pytest.raises(ValidationError) as error:
        register.draft_from_follow_up(store, follow_up)
    assert _messages(error) == {register.FOLLOW_UP_TAKEN}


def test_overdue_complaints_are_counted_for_the_manager(store: Store) -> None:
    customer_id, unit_id = setting(store)
    assessed(store, customer_id, unit_id)  # deadline 2026-11-20
    closed(store, customer_id, unit_id)
    assert register.overdue_count(store, date(2026, 11, 20)) == 0
    assert register.overdue_count(store, date(2026, 11, 21)) == 1
    assert domain.is_overdue(ComplaintState.REOPENED, date(2026, 11, 20), date(2026, 11, 21))
    assert not domain.is_overdue(ComplaintState.CLOSED, date(2026, 11, 20), date(2026, 11, 21))


def test_every_step_is_audited_and_synced_as_rows(store: Store) -> None:
    customer_id, unit_id = setting(store)
    complaint_id = closed(store, customer_id, unit_id)
    from app.services import audit

    changes = audit.history(store, "complaint", complaint_id)
    assert len(changes) >= 3  # received, assessed, progressed, closed
    with store.reading() as session:
        entries = session.scalars(
            select(ComplaintEntry).where(ComplaintEntry.complaint_id == complaint_id)
        ).all()
    assert {e.updated_by for e in entries} == {"li.na", "boss"}
