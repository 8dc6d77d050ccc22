"""Service staff (§8): the plan's exam verdicts, qualification gaps when assigning work,
the assessment's figures and result, and who may see and write what on the laptop."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select

from app.db.complaints import Complaint
from app.db.fieldwork import FollowUp
from app.db.models import Customer, Equipment
from app.db.staff import QualificationRequirement, StaffAssessment
from app.domain.complaints import ComplaintSource, ComplaintState
from app.domain.enums import FollowUpOutcome, UserRole, WorkOrderType
from app.domain.records import WorkOrderDraft
from app.domain.refusals import Refused
from app.domain.staff import (
    FAIL_NEEDS_ACTION,
    NOT_A_MANAGER,
    NOT_YOURS,
    AssessmentAction,
    AssessmentResult,
    Gap,
    Held,
    QualificationKind,
    Requirement,
    StaffTrainingContent,
    StaffTrainingForm,
    customer_rating,
    expiry_state,
    gaps,
    period_bounds,
)
from app.services import audit
from app.services.registry.users import ActingUser
from app.services.staff import assessments, plan, qualifications
from app.services.store import Store
from app.services.work_orders import orders
from tests import factories

TODAY = date(2026, 12, 4)
BOSS = ActingUser("zhou", "周建国", UserRole.SERVICE_MANAGER)
LI = ActingUser("li.na", "李娜", UserRole.ENGINEER)
WANG = ActingUser("wang.lei", "王磊", UserRole.ENGINEER)
RAD = QualificationKind.RADIATION_SAFETY
VENDOR = QualificationKind.VENDOR_TRAINING


# --- the rules ----------------------------------------------------------------------------


def test_gaps_name_a_missing_and_an_expired_qualification_for_the_unit_only() -> None:
    needed = [Requirement(RAD, modality="linac"), Requirement(VENDOR, model_id="m1")]
    assert gaps(needed, [], "linac", "m1", TODAY) == [Gap(RAD, None), Gap(VENDOR, None)]
    assert gaps(needed, [], "ct_simulator", "m2", TODAY) == []  # nothing needed there
    lapsed = Held(RAD, "", TODAY - timedelta(days=1))
    assert gaps(needed[:1], [lapsed], "linac", "m1", TODAY) == [Gap(RAD, lapsed.expires_on)]
    renewed = Held(RAD, "", TODAY + timedelta(days=300))
    assert gaps(needed[:1], [lapsed, renewed], "linac", "m1", TODAY) == []
    # A vendor course for another model does not count.
    assert gaps(needed[1:], [Held(VENDOR, "m9", None)], "linac", "m1", TODAY) == [Gap(VENDOR, None)]
    assert gaps(needed[1:], [Held(VENDOR, "m1", None)], "linac", "m1", TODAY) == []


def test_expiry_states_and_the_customer_rating() -> None:
    assert expiry_state(TODAY - timedelta(days=1), TODAY) == "expired"
    assert expiry_state(TODAY + timedelta(days=20), TODAY) == "soon"
    assert expiry_state(TODAY + timedelta(days=200), TODAY) == ""
    assert expiry_state(None, TODAY) == ""
    assert customer_rating(0, 0, 0) is None
    assert customer_rating(4, 0, 0) == 5.0
    assert customer_rating(3, 1, 0) == 4.0  # 1 + 4 × 3/4
    assert customer_rating(3, 1, 2) == 2.0  # a point less per complaint
    assert customer_rating(0, 2, 3) == 1.0  # never below 1
    assert period_bounds("2026-H2") == (date(2026, 7, 1), date(2026, 12, 31))
    assert period_bounds("2026-Q1") == (date(2026, 1, 1), date(2026, 3, 31))
    with pytest.raises(ValueError):
        period_bounds("2026-X")


# --- the training plan --------------------------------------------------------------------


def _course(store: Store) -> str:
    draft = plan.CourseDraft(
        2026, "多叶光栅维修", StaffTrainingContent.REPAIR_SKILLS, StaffTrainingForm.EXTERNAL,
        date(2026, 4, 10), date(2026, 4, 12), "厂家培训中心", 60,
    )  # fmt: skip
    return plan.add_course(store, draft, BOSS)


def test_attendance_and_exam_results_per_person_visible_to_the_manager_and_each_own(
    store: Store,
) -> None:
    li = factories.engineer(store, "li.na", "李娜")
    wang = factories.engineer(store, "wang.lei", "王磊")
    course = _course(store)
    assert plan.record_result(store, course, li, True, 85, BOSS) is True
    assert plan.record_result(store, course, wang, True, 52, BOSS) is False
    with pytest.raises(Refused) as refused:
        plan.record_result(store, course, li, True, 99, LI)
    assert refused.value.message == NOT_A_MANAGER
    seen = {(r.engineer, r.score, r.passed) for r in plan.attendance(store, 2026, BOSS)}
    assert seen == {("李娜", 85, True), ("王磊", 52, False)}
    own = plan.attendance(store, 2026, WANG)
    assert [(r.engineer, r.passed) for r in own] == [("王磊", False)]
    # Absent: no score, not passed; a correction replaces the record.
    assert plan.record_result(store, course, wang, False, None, BOSS) is False
    again = plan.attendance(store, 2026, WANG)
    assert [(r.attended, r.score) for r in again] == [(False, None)]


# --- qualifications at assignment ---------------------------------------------------------


def _requirements(store: Store, model_id: str) -> None:
    with store.session() as session:
        session.add(QualificationRequirement(kind=RAD, modality="linac"))
        session.add(QualificationRequirement(kind=VENDOR, model_id=model_id))


def test_assigning_an_engineer_warns_of_a_missing_or_expired_qualification(
    store: Store,
) -> None:
    _, _, unit = factories.hospital_with_unit(store)
    with store.reading() as session:
        unit_row = session.get(Equipment, unit)
        assert unit_row is not None
        model_id = unit_row.model_id
    _requirements(store, model_id)
    li = factories.engineer(store, "li.na", "李娜")
    wang = factories.engineer(store, "wang.lei", "王磊")
    qualifications.add_qualification(store, li, RAD, expires_on=TODAY + timedelta(days=20),
                                     user=BOSS)  # fmt: skip
    qualifications.add_qualification(store, li, VENDOR, model_id=model_id, user=BOSS)
    qualifications.add_qualification(store, wang, RAD, expires_on=TODAY - timedelta(days=45),
                                     user=BOSS)  # fmt: skip
    assert qualifications.assignment_gaps(store, unit, [li], TODAY) == []
    found = qualifications.assignment_gaps(store, unit, [li, wang], TODAY)
    assert [(g.engineer, g.gap) for g in found] == [
        ("王磊", Gap(RAD, TODAY - timedelta(days=45))),
        ("王磊", Gap(VENDOR, None)),
    ]
    listed = qualifications.list_qualifications(store, TODAY, BOSS)
    assert [(q.engineer, q.kind, q.state) for q in listed][:2] == [
        ("王磊", RAD, "expired"),
        ("李娜", RAD, "soon"),
    ]
    assert {q.engineer for q in qualifications.list_qualifications(store, TODAY, WANG)} == {"王磊"}
    with pytest.raises(Refused):
        qualifications.add_qualification(store, wang, RAD, user=WANG)


# --- assessments --------------------------------------------------------------------------


def _job_with_follow_up(
    store: Store, unit: str, engineer: str, outcome: FollowUpOutcome, complained: bool
) -> None:
    reported = datetime(2026, 9, 1, 8, tzinfo=UTC)
    draft = WorkOrderDraft(type=WorkOrderType.REPAIR, equipment_id=unit, description="MLC",
                           reported_at=reported, engineer_ids=[engineer])  # fmt: skip
    saved = orders.save_work_order(store, None, draft)
    with store.session() as session:
        follow = FollowUp(work_order_id=saved.id, due_date=date(2026, 9, 10),
                          done_at=reported + timedelta(days=9), outcome=outcome)  # fmt: skip
        session.add(follow)
        session.flush()
        if complained:
            customer_id = session.scalar(select(Customer.id))
            session.add(
                Complaint(received_at=reported + timedelta(days=9), source=ComplaintSource.HOTLINE,
                          complainant="王医生", customer_id=customer_id, matter="修完又坏",
                          state=ComplaintState.NEW, follow_up_id=follow.id)
            )  # fmt: skip


def test_the_result_is_recorded_with_ratings_from_follow_ups_and_complaints(
    store: Store,
) -> None:
    _, _, unit = factories.hospital_with_unit(store)
    li = factories.engineer(store, "li.na", "李娜")
    for outcome, complained in (
        (FollowUpOutcome.SATISFIED, False),
        (FollowUpOutcome.SATISFIED, False),
        (FollowUpOutcome.SATISFIED, False),
        (FollowUpOutcome.DISSATISFIED, True),
    ):
        _job_with_follow_up(store, unit, li, outcome, complained)
    with pytest.raises(Refused) as refused:
        assessments.record_assessment(store, li, "2026-H2", 2, AssessmentResult.FAIL,
                                      user=BOSS)  # fmt: skip
    assert refused.value.message == FAIL_NEEDS_ACTION
    with pytest.raises(Refused):
        assessments.record_assessment(store, li, "2026-H2", 5, AssessmentResult.EXCELLENT,
                                      user=LI)  # fmt: skip
    row_id = assessments.record_assessment(
        store, li, "2026-H2", 2, AssessmentResult.FAIL, AssessmentAction.RETRAINING,
        "复训多叶光栅", user=BOSS,
    )  # fmt: skip
    with store.reading() as session:
        stored = session.get(StaffAssessment, row_id)
        assert stored is not None
        assert (stored.jobs, stored.complaints, stored.customer_rating) == (4, 1, 3.0)
        assert stored.satisfaction == 0.75
        assert (stored.result, stored.action) == (AssessmentResult.FAIL,
                                                  AssessmentAction.RETRAINING)  # fmt: skip
        assert stored.engineer_login == "li.na" and stored.decided_by == "zhou"
    # A second save of the same period updates the one row.
    again = assessments.record_assessment(store, li, "2026-H2", 3, AssessmentResult.PASS,
                                          user=BOSS)  # fmt: skip
    assert again == row_id
    # Audited: the result's change from fail to pass is in the record's history.
    changes = [(h.field, h.old_value) for h in audit.history(store, "staff_assessment", row_id)]
    assert ("result", "fail") in changes


def test_an_assessment_is_seen_and_self_rated_only_by_its_engineer_and_the_manager(
    store: Store,
) -> None:
    li = factories.engineer(store, "li.na", "李娜")
    wang = factories.engineer(store, "wang.lei", "王磊")
    li_row = assessments.record_assessment(store, li, "2026-H2", 4, AssessmentResult.PASS,
                                           user=BOSS)  # fmt: skip
    assessments.record_assessment(store, wang, "2026-H2", 2, AssessmentResult.FAIL,
                                  AssessmentAction.ROLE_CHANGE, user=BOSS)  # fmt: skip
    assert {r.engineer for r in assessments.list_assessments(store, BOSS)} == {"李娜", "王磊"}
    mine = assessments.list_assessments(store, LI)
    assert [(r.engineer, r.result) for r in mine] == [("李娜", AssessmentResult.PASS)]
    assert [r.action for r in assessments.list_assessments(store, WANG)] == [
        AssessmentAction.ROLE_CHANGE
    ]
    other = replace(LI, login="chen.jing", display_name="陈静")
    assert assessments.list_assessments(store, other) == []
    with pytest.raises(Refused) as refused:
        assessments.rate_myself(store, li_row, 5, WANG)
    assert refused.value.message == NOT_YOURS
    assessments.rate_myself(store, li_row, 4, LI)
    assert assessments.list_assessments(store, LI)[0].self_rating == 4
