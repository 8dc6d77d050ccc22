"""§8.3 on the real server: an assessment row reaches only its engineer's and the
manager's laptops on pull, is never echoed to anyone else, and an engineer writes only
the self rating of their own."""

from __future__ import annotations

from typing import Any

from tests.sync_helpers import Api, clock, edit, insert, new_id

pytest_plugins = ["tests.sync_fixtures"]


def assessment(login: str, **fields: Any) -> dict[str, Any]:
    return {"user_id": new_id(), "engineer_login": login, "period": "2026-H2", "jobs": 3,
            "result": "fail", "action": "retraining", **fields}  # fmt: skip


def _ids(rows: list[Any], table: str) -> set[str]:
    return {r["id"] for r in rows if r["table"] == table}


def test_assessments_reach_only_their_engineer_and_the_manager(api: Api) -> None:
    manager = api.session("boss", "service_manager")
    li = api.session("li.na", "engineer")
    wang = api.session("wang.lei", "engineer")
    tech = api.session("liu.yang", "repair_technician")
    mine, theirs = (
        insert("staff_assessment", assessment("li.na")),
        insert("staff_assessment", assessment("wang.lei")),
    )
    plan = {"year": 2026, "title": "MLC", "content": "repair_skills", "form": "external"}
    course = insert("staff_training", {**plan, "starts_on": "2026-04-10", "ends_on": "2026-04-12"})
    results = manager.push(mine, theirs, course)
    assert [r["status"] for r in results] == ["applied"] * 3, results

    assert _ids(manager.pull_all(), "staff_assessment") == {mine["id"], theirs["id"]}
    assert _ids(li.pull_all(), "staff_assessment") == {mine["id"]}
    assert _ids(wang.pull_all(), "staff_assessment") == {theirs["id"]}
    assert _ids(tech.pull_all(), "staff_assessment") == set()
    # The plan itself is everybody's to read.
    assert _ids(tech.pull_all(), "staff_training") == {course["id"]}
    # Paging past the hidden rows still ends with the cursor at the end.
    first = li.pull(limit=1)
    assert first["more"] is True


def test_an_engineer_rates_only_themselves_and_never_sees_another_row(api: Api) -> None:
    manager = api.session("boss", "service_manager")
    li = api.session("li.na", "engineer")
    mine = insert("staff_assessment", assessment("li.na"))
    theirs = insert("staff_assessment", assessment("wang.lei", note="复训"))
    manager.push(mine, theirs)

    own = li.push(edit("staff_assessment", mine["id"], {"self_rating": 4}, {}, clock("L")))
    assert own[0]["status"] == "applied", own

    raised = li.push(edit("staff_assessment", mine["id"], {"result": "excellent"}, {}, clock("L")))
    assert raised[0]["status"] == "rejected"
    assert "staff_assessment.result" in raised[0]["reason"]

    other = li.push(edit("staff_assessment", theirs["id"], {"self_rating": 5}, {}, clock("L")))
    assert other[0]["status"] == "rejected"
    assert other[0]["row"] is None  # the refusal does not show wang.lei's assessment

    made = li.push(insert("staff_assessment", assessment("li.na", result="excellent")))
    assert made[0]["status"] == "rejected"  # creating one is the manager's

    stored = {r["id"]: r["data"] for r in manager.pull_all() if r["table"] == "staff_assessment"}
    assert stored[mine["id"]]["self_rating"] == 4
    assert stored[mine["id"]]["result"] == "fail"
    assert stored[theirs["id"]].get("self_rating") is None


def test_only_the_manager_writes_qualifications_and_the_plan(api: Api) -> None:
    li = api.session("li.na", "engineer")
    answer = li.push(insert("qualification", {"user_id": new_id(), "kind": "radiation_safety"}))
    assert answer[0]["status"] == "rejected"
    assert "qualification" in answer[0]["reason"]


def test_only_the_manager_keeps_work_requirements_and_exam_results(api: Api) -> None:
    """The rows the Staff page's forms write: a requirement, a renewed certificate, a
    course's result — refused from an engineer's laptop, taken from the manager's."""
    li = api.session("li.na", "engineer")
    manager = api.session("boss", "service_manager")
    requirement = insert("qualification_requirement",
                         {"kind": "radiation_safety", "modality": "linac"})  # fmt: skip
    scored = {"training_id": new_id(), "user_id": new_id(), "attended": True, "score": 85}
    result = insert("staff_training_record", scored)
    for row in (requirement, result):
        answer = li.push(row)
        assert answer[0]["status"] == "rejected", row["table"]
        assert row["table"] in answer[0]["reason"]
    kept = insert("qualification_requirement", {"kind": "radiation_safety", "modality": "linac"})
    assert manager.push(kept)[0]["status"] == "applied"
    assert _ids(li.pull_all(), "qualification_requirement") == {kept["id"]}  # all read it
