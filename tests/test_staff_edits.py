"""The manager's staff edits (§8) as services: a course added and corrected (a changed
pass mark re-judges its exams), a course's results for everyone at once, a certificate
added, corrected and renewed, and which work needs which qualification — each refused
with its field's reason and nothing saved, and refused to anyone but the manager."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from app.db.base import SyncedMixin
from app.db.models import Equipment
from app.db.staff import (
    Qualification,
    QualificationRequirement,
    StaffTraining,
    StaffTrainingRecord,
)
from app.domain.enums import Modality, UserRole
from app.domain.records import ValidationError
from app.domain.refusals import Refused
from app.domain.staff import QualificationKind, StaffTrainingContent, StaffTrainingForm
from app.domain.staff_forms import (
    ALREADY_HELD,
    BAD_SCORE,
    DUPLICATE_COURSE,
    DUPLICATE_NUMBER,
    DUPLICATE_REQUIREMENT,
    ENDS_BEFORE_START,
    EXPIRES_BEFORE_ISSUE,
    MODEL_NOT_OF_MODALITY,
    OUTSIDE_YEAR,
    RENEWAL_NOT_LATER,
    SCORE_WITHOUT_ATTENDING,
)
from app.services.registry.users import ActingUser
from app.services.staff import plan, qualifications, requirements, results
from app.services.staff.results import ResultEntry, score_field
from app.services.store import Store
from tests import factories

TODAY = date(2026, 12, 4)
BOSS = ActingUser("zhou", "周建国", UserRole.SERVICE_MANAGER)
LI = ActingUser("li.na", "李娜", UserRole.ENGINEER)
RAD = QualificationKind.RADIATION_SAFETY
VENDOR = QualificationKind.VENDOR_TRAINING


def _draft(**changes: object) -> plan.CourseDraft:
    values: dict[str, object] = {
        "year": 2026, "title": "多叶光栅维修", "content": StaffTrainingContent.REPAIR_SKILLS,
        "form": StaffTrainingForm.EXTERNAL, "starts_on": date(2026, 4, 10),
        "ends_on": date(2026, 4, 12), "trainer": "厂家培训中心", "pass_mark": 60,
    }  # fmt: skip
    values.update(changes)
    return plan.CourseDraft(**values)  # type: ignore[arg-type]


def _fields(refused: pytest.ExceptionInfo[ValidationError]) -> dict[str, str]:
    return {e.field: e.message for e in refused.value.errors}


def _count(store: Store, model: type[SyncedMixin]) -> int:
    with store.reading() as session:
        query = select(func.count()).select_from(model).where(model.deleted_at.is_(None))
        return session.scalar(query) or 0


def test_a_course_is_checked_saved_and_corrected_and_a_new_pass_mark_rejudges(
    store: Store,
) -> None:
    with pytest.raises(ValidationError) as refused:
        plan.save_course(store, None, _draft(title=" ", ends_on=date(2026, 4, 9),
                                             starts_on=date(2027, 4, 10)), BOSS)  # fmt: skip
    assert _fields(refused) == {
        "title": "This field is required.",
        "starts_on": OUTSIDE_YEAR,
        "ends_on": ENDS_BEFORE_START,
    }
    assert _count(store, StaffTraining) == 0
    with pytest.raises(Refused):
        plan.save_course(store, None, _draft(), LI)
    course = plan.save_course(store, None, _draft(), BOSS)
    with pytest.raises(ValidationError) as refused:
        plan.save_course(store, None, _draft(trainer="另一个"), BOSS)
    assert _fields(refused) == {"title": DUPLICATE_COURSE}
    li = factories.engineer(store, "li.na", "李娜")
    assert plan.record_result(store, course, li, True, 65, BOSS) is True
    plan.save_course(store, course, _draft(pass_mark=70, trainer="周建国"), BOSS)
    assert plan.load_course(store, course).trainer == "周建国"
    [row] = [r for r in plan.attendance(store, 2026, BOSS) if r.engineer]
    assert (row.course_id, row.score, row.passed) == (course, 65, False)


def test_results_for_everyone_at_once_or_nothing_when_a_score_is_refused(
    store: Store,
) -> None:
    li = factories.engineer(store, "li.na", "李娜")
    wang = factories.engineer(store, "wang.lei", "王磊")
    chen = factories.engineer(store, "chen.jing", "陈静")
    course = plan.save_course(store, None, _draft(), BOSS)
    roster = results.course_roster(store, course)
    assert [(line.engineer, line.attended) for line in roster.lines] == [
        ("李娜", None), ("王磊", None), ("陈静", None)
    ]  # fmt: skip
    bad = [
        ResultEntry(li, True, "85"),
        ResultEntry(wang, True, "120"),
        ResultEntry(chen, False, "40"),
    ]
    with pytest.raises(ValidationError) as refused:
        results.record_results(store, course, bad, BOSS)
    assert _fields(refused) == {score_field(wang): BAD_SCORE,
                                score_field(chen): SCORE_WITHOUT_ATTENDING}  # fmt: skip
    assert _count(store, StaffTrainingRecord) == 0
    with pytest.raises(Refused):
        results.record_results(store, course, bad[:1], LI)
    good = [ResultEntry(li, True, "85"), ResultEntry(wang, True, "52"), ResultEntry(chen, False)]
    assert results.record_results(store, course, good, BOSS) == 3
    seen = {(r.engineer, r.attended, r.score, r.passed) for r in plan.attendance(store, 2026, BOSS)}
    assert seen == {
        ("李娜", True, 85, True),
        ("王磊", True, 52, False),
        ("陈静", False, None, False),
    }
    # 陈静 taken off the course; 李娜 unchanged.
    again = [ResultEntry(li, True, "85"), ResultEntry(wang, True, "52"), ResultEntry(chen, None)]
    assert results.record_results(store, course, again, BOSS) == 1
    assert {r.engineer for r in plan.attendance(store, 2026, BOSS)} == {"李娜", "王磊"}


def test_a_qualification_is_checked_saved_corrected_and_renewed(store: Store) -> None:
    li = factories.engineer(store, "li.na", "李娜")
    wang = factories.engineer(store, "wang.lei", "王磊")
    draft = qualifications.QualificationDraft(
        li, RAD, "辐射安全与防护培训合格证", None, "FS20230001", date(2023, 5, 1), date(2028, 5, 1)
    )
    bad = qualifications.QualificationDraft(li, RAD, "", None, "", date(2026, 5, 1),
                                            date(2026, 4, 1))  # fmt: skip
    with pytest.raises(ValidationError) as refused:
        qualifications.save_qualification(store, None, bad, BOSS, TODAY)
    assert _fields(refused) == {"expires_on": EXPIRES_BEFORE_ISSUE}
    with pytest.raises(Refused):
        qualifications.save_qualification(store, None, draft, LI, TODAY)
    first = qualifications.save_qualification(store, None, draft, BOSS, TODAY)
    again = qualifications.QualificationDraft(li, RAD, certificate_number="FS-other")
    with pytest.raises(ValidationError) as refused:
        qualifications.save_qualification(store, None, again, BOSS, TODAY)
    assert _fields(refused) == {"kind": ALREADY_HELD}
    copied = qualifications.QualificationDraft(wang, RAD, certificate_number="FS20230001")
    with pytest.raises(ValidationError) as refused:
        qualifications.save_qualification(store, None, copied, BOSS, TODAY)
    assert _fields(refused) == {"certificate_number": DUPLICATE_NUMBER}
    # A vendor course for two different models is two qualifications.
    _, _, unit = factories.hospital_with_unit(store)
    with store.reading() as session:
        model_id = session.get(Equipment, unit).model_id  # type: ignore[union-attr]
    qualifications.save_qualification(
        store, None, qualifications.QualificationDraft(li, VENDOR, model_id=model_id), BOSS, TODAY
    )
    assert _count(store, Qualification) == 2

    with pytest.raises(ValidationError) as refused:
        qualifications.renew_qualification(store, first, "FS2028", date(2026, 11, 1),
                                           date(2027, 1, 1), BOSS, TODAY)  # fmt: skip
    assert _fields(refused) == {"expires_on": RENEWAL_NOT_LATER}
    qualifications.renew_qualification(store, first, "FS20260099", date(2026, 11, 1),
                                       date(2031, 11, 1), BOSS, TODAY)  # fmt: skip
    renewed = qualifications.load_qualification(store, first)
    assert (renewed.certificate_number, renewed.issued_on, renewed.expires_on, renewed.title) == (
        "FS20260099", date(2026, 11, 1), date(2031, 11, 1), "辐射安全与防护培训合格证"
    )  # fmt: skip


def test_requirements_feed_the_assignment_warning(store: Store) -> None:
    _, _, unit = factories.hospital_with_unit(store)
    with store.reading() as session:
        model_id = session.get(Equipment, unit).model_id  # type: ignore[union-attr]
    li = factories.engineer(store, "li.na", "李娜")
    assert qualifications.assignment_gaps(store, unit, [li], TODAY) == []
    with pytest.raises(Refused):
        requirements.add_requirement(store, RAD, Modality.LINAC, None, LI)
    added = requirements.add_requirement(store, RAD, Modality.LINAC, None, BOSS)
    with pytest.raises(ValidationError) as refused:
        requirements.add_requirement(store, RAD, Modality.LINAC, None, BOSS)
    assert _fields(refused) == {"kind": DUPLICATE_REQUIREMENT}
    with pytest.raises(ValidationError) as refused:
        requirements.add_requirement(store, VENDOR, Modality.AFTERLOADER, model_id, BOSS)
    assert _fields(refused) == {"model_id": MODEL_NOT_OF_MODALITY}
    requirements.add_requirement(store, VENDOR, None, model_id, BOSS)
    listed = requirements.list_requirements(store)
    assert [(r.kind, r.modality, r.model) for r in listed] == [
        (RAD, Modality.LINAC, ""), (VENDOR, None, "Varian TrueBeam")
    ]  # fmt: skip
    assert [g.gap.kind for g in qualifications.assignment_gaps(store, unit, [li], TODAY)] == [
        RAD, VENDOR
    ]  # fmt: skip
    requirements.remove_requirement(store, added, BOSS)
    assert _count(store, QualificationRequirement) == 1
    assert [g.gap.kind for g in qualifications.assignment_gaps(store, unit, [li], TODAY)] == [
        VENDOR
    ]
