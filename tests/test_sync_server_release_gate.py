"""The server refuses a clinical release past a failed or missing safety or dosimetry
item of the job's checklist runs (sync/server/release_gate.py)."""

from __future__ import annotations

from typing import Any

from tests.sync_helpers import TIME, Api, insert, work_order

pytest_plugins = ["tests.sync_fixtures"]

SNAPSHOT = {
    "sections": [
        {"id": "dosimetry", "items": [{"id": "xray_output"}, {"id": "electron_output"}]},
        {"id": "mechanical", "items": [{"id": "couch_position"}]},
    ]
}


def run_with(order_id: str, verdicts: dict[str, str]) -> list[dict[str, Any]]:
    run = insert(
        "checklist_run",
        {"work_order_id": order_id, "template_id": "linac_qa_monthly_tg142",
         "template_version": 2, "template_title": "TG-142", "template_snapshot": SNAPSHOT,
         "machine_class": "imrt", "state": "completed", "started_at": TIME},
    )  # fmt: skip
    values = [
        insert(
            "checklist_value",
            {"run_id": run["id"], "item_id": item, "verdict": verdict, "entered_at": TIME},
        )
        for item, verdict in verdicts.items()
    ]
    return [run, *values]


def released(order_id: str, **fields: Any) -> dict[str, Any]:
    return insert(
        "clinical_release",
        {"work_order_id": order_id, "equipment_id": "e1", "released_by": "刘洋",
         "released_at": TIME, **fields},
    )  # fmt: skip


def test_a_release_past_a_failed_output_is_refused_and_a_clean_one_applied(api: Api) -> None:
    laptop = api.session("li.na", "engineer")
    failing = insert("work_order", work_order(state="completed"))
    clean = insert("work_order", work_order(state="completed"))
    api.office().push(failing, clean)
    laptop.push(*run_with(failing["id"], {"xray_output": "fail", "couch_position": "pass"}))
    laptop.push(*run_with(clean["id"], {"xray_output": "pass", "electron_output": "warning"}))

    refused = laptop.push(released(failing["id"]))[0]
    assert refused["status"] == "rejected" and refused["code"] == "validation"
    assert "xray_output (fail)" in refused["reason"]
    assert "electron_output (pending)" in refused["reason"]  # no value: not released either
    assert "couch_position" not in refused["reason"]  # mechanical: not the gate's
    assert laptop.push(released(clean["id"]))[0]["status"] == "applied"
    # the engineer's old checkbox, carried over by migration 0013, is history: it passes
    assert laptop.push(released(failing["id"], legacy=True))[0]["status"] == "applied"
