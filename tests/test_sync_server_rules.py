"""The per-change rules of a push: validation, permission, unknown rows, append-only
tables, the signed-record lock and edits of deleted rows."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select, update

from sync.server.models import SyncChange, SyncConflict, SyncRow
from tests.sync_helpers import (
    TIME,
    Api,
    Session,
    amendment,
    clock,
    customer,
    edit,
    insert,
    now_ms,
    repair_record,
    signature,
    state,
    work_order,
)

pytest_plugins = ["tests.sync_fixtures"]


def _stored(api: Api, change_id: str) -> tuple[str, str]:
    with state(api.app).db.read() as connection:
        row = connection.execute(
            select(SyncChange.status, SyncChange.reason).where(SyncChange.change_id == change_id)
        ).one()
    return row[0], row[1]


def _conflicts(api: Api) -> list[tuple[str, str, str, Any]]:
    with state(api.app).db.read() as connection:
        rows = connection.execute(
            select(
                SyncConflict.row_id, SyncConflict.field, SyncConflict.kind, SyncConflict.lost_value
            ).order_by(SyncConflict.id)
        ).all()
    return [(r[0], r[1], r[2], json.loads(r[3])) for r in rows]


# --- validation --------------------------------------------------------------------------


def test_invalid_changes_are_rejected_with_the_reason_and_the_rest_applied(api: Api) -> None:
    laptop = api.session("li.na", "engineer")
    good = insert("customer", customer())
    bad = [
        insert("no_such_table", {"x": 1}),
        insert("customer", customer(colour="red")),
        insert("customer", customer(grade="5Z")),
        insert("customer", customer(name_zh=12)),
        insert("customer", {"grade": "3A"}),  # name_zh missing
        insert("customer", customer(name_zh=None)),
        insert("work_order", work_order(reported_at="yesterday")),
        insert("equipment_model", {"maker": "x", "model": "y", "modality": "linac"}, "x" * 24),
        insert("customer", customer(), clock("A", now_ms() + 10 * 60_000)),
        edit("customer", good["id"], {}, {}),
        insert("follow_up", {"work_order_id": "w", "due_date": "2026-13-01", "outcome": "open"}),
        insert(
            "finding",
            {"work_order_id": "w", "description": "d", "severity": "minor", "fixed_on_site": "yes"},
        ),  # fmt: skip
        insert("part_usage", {"work_order_id": "w", "part_id": "p", "quantity": float("inf")}),
    ]
    results = laptop.push(good, *bad)
    assert results[0]["status"] == "applied"
    assert {r["status"] for r in results[1:]} == {"rejected"}
    reasons = [r["reason"] for r in results[1:]]
    assert all(reason.startswith("validation: ") for reason in reasons), reasons
    assert reasons[0] == "validation: unknown table 'no_such_table'"
    assert reasons[1] == "validation: unknown field 'colour' of 'customer'"
    assert "not one of" in reasons[2] and "'customer.grade'" in reasons[2]
    assert reasons[3] == "validation: 'customer.name_zh': expected text"
    assert reasons[4] == "validation: an insert of 'customer' needs name_zh"
    assert reasons[5] == "validation: 'customer.name_zh' may not be empty"
    assert "'work_order.reported_at'" in reasons[6] and "ISO 8601" in reasons[6]
    assert reasons[7].startswith("validation: not a clock")
    assert "minutes ahead of the server" in reasons[8]
    assert reasons[9] == "validation: a change without fields"
    assert "'follow_up.due_date'" in reasons[10]
    assert reasons[11] == "validation: 'finding.fixed_on_site': expected true or false"
    assert reasons[12] == "validation: 'part_usage.quantity': not a finite number"
    # A rejected change is stored with its outcome, so a retry answers the same.
    assert _stored(api, bad[1]["change_id"]) == ("rejected", reasons[1])
    again = laptop.push(bad[1])[0]
    assert again["status"] == "duplicate" and again["reason"] == reasons[1]


def test_an_update_of_a_row_the_server_lacks_is_rejected(api: Api) -> None:
    laptop = api.session("li.na", "engineer")
    result = laptop.push(edit("customer", "missing-id", {"region": "x"}, {}))[0]
    assert result["status"] == "rejected" and result["row"] is None
    assert result["reason"] == "unknown row: the server has no 'customer' record missing-id"


# --- permission --------------------------------------------------------------------------


def test_roles_may_write_only_their_tables(api: Api) -> None:
    engineer = api.session("li.na", "engineer")
    user_row = insert("user", {"display_name": "李娜", "login": "li.na", "role": "service_manager"})
    part = insert("part", {"part_number": "P-1", "description": "magnetron"})
    fine = insert("customer", customer())
    results = engineer.push(user_row, part, fine)
    assert [r["status"] for r in results] == ["rejected", "rejected", "applied"]
    assert results[0]["reason"] == "permission: the role 'engineer' may not change 'user' records"
    assert results[1]["reason"] == "permission: the role 'engineer' may not change 'part' records"

    manager = api.session("zhou", "service_manager")
    assert manager.push(insert("user", user_row["fields"]))[0]["status"] == "applied"
    parts = api.session("sun.li", "parts_administrator")
    results = parts.push(
        insert("part", {"part_number": "P-2", "description": "target"}),
        insert("part_usage", {"work_order_id": "w", "part_id": "p"}),
        insert("work_order", work_order()),
    )
    assert [r["status"] for r in results] == ["applied", "applied", "rejected"]
    assert results[2]["reason"].startswith("permission: the role 'parts_administrator'")


def test_workflow_steps_follow_the_roles(api: Api) -> None:
    engineer = api.session("li.na", "engineer")
    made = insert("work_order", work_order(state="customer_signed"))
    api.office().push(made)
    base = {"state": made["hlc"]}
    close = edit("work_order", made["id"], {"state": "closed"}, base)
    result = engineer.push(close)[0]
    assert result["status"] == "rejected"
    assert result["reason"] == (
        "permission: the role 'engineer' may not move a repair work order "
        "from 'customer_signed' to 'closed'"
    )
    qc = api.session("wu.min", "quality_control")
    assert qc.push(edit("work_order", made["id"], {"state": "closed"}, base))[0]["status"] == (
        "applied"
    )
    # A normal step of the field roles goes through.
    other = insert("work_order", work_order())
    engineer.push(other)
    step = edit("work_order", other["id"], {"state": "acknowledged"}, {"state": other["hlc"]})
    assert engineer.push(step)[0]["status"] == "applied"


def test_an_inspection_never_waits_for_parts_on_the_server_either(api: Api) -> None:
    """The laptop offers no "awaiting parts" step on an inspection; a push that takes it
    anyway (an old laptop, a crafted client) is refused, while a repair may wait."""
    engineer = api.session("li.na", "engineer")
    for kind, expected in (("inspection", "rejected"), ("repair", "applied")):
        made = insert("work_order", work_order(type=kind, state="in_progress"))
        api.office().push(made)
        wait = edit("work_order", made["id"], {"state": "awaiting_parts"}, {"state": made["hlc"]})
        result = engineer.push(wait)[0]
        assert result["status"] == expected, (kind, result)
        if expected == "rejected":
            assert result["reason"] == (
                "permission: the role 'engineer' may not move a inspection work order "
                "from 'in_progress' to 'awaiting_parts'"
            )
    # The repair's awaited part travels with its step.
    line = insert(
        "awaited_part",
        {"work_order_id": made["id"], "description": "MLC motor", "order_reference": "PO-1",
         "expected_on": "2026-12-12"},
    )  # fmt: skip
    assert engineer.push(line)[0]["status"] == "applied"
    # Nor as a concurrent step: no path of the engineer's leads an inspection there.
    made = insert("work_order", work_order(type="inspection", state="on_site"))
    api.office().push(made)
    late = edit("work_order", made["id"], {"state": "awaiting_parts"}, {"state": clock()})
    result = engineer.push(late)[0]
    assert result["status"] == "rejected" and result["reason"].startswith("permission: "), result


# --- append-only -------------------------------------------------------------------------


def test_append_only_records_are_never_updated(api: Api) -> None:
    laptop = api.session("li.na", "engineer")
    order = insert("work_order", work_order())
    event = insert(
        "work_order_event",
        {"work_order_id": order["id"], "from_state": "reported", "to_state": "acknowledged",
         "at": TIME, "by_login": "li.na"},
    )  # fmt: skip
    sign = insert("signature", signature(order["id"]))
    laptop.push(order, event, sign)
    for table, row_id, fields in (
        ("work_order_event", event["id"], {"reason": "changed"}),
        ("signature", sign["id"], {"deleted_at": TIME}),
    ):
        result = laptop.push(edit(table, row_id, fields, {}))[0]
        assert result["status"] == "rejected"
        assert result["reason"] == f"append-only: '{table}' records are never changed once written"
        assert result["row"]["id"] == row_id and result["row"]["data"]["deleted_at"] is None
    # the same insert again (a retried change under a new id) is harmless ...
    assert laptop.push(dict(event, change_id="another"))[0]["status"] == "applied"
    # ... but not one with other values
    other = dict(event, change_id="a third", fields={**event["fields"], "reason": "x"})
    assert laptop.push(other)[0]["reason"].startswith("append-only: ")


# --- the signed-record lock --------------------------------------------------------------


def _signed_repair(laptop: Session) -> tuple[dict[str, Any], dict[str, Any]]:
    order = insert("work_order", work_order(state="completed"))
    record = insert("repair_record", repair_record(order["id"], cause="ion pump"))
    sign = insert("signature", signature(order["id"]))
    assert laptop.api.office().push(order)[0]["status"] == "applied"
    results = laptop.push(record, sign)
    assert [r["status"] for r in results] == ["applied"] * 2
    return order, record


def test_signed_content_is_refused_and_kept_as_a_conflict(api: Api) -> None:
    laptop = api.session("li.na", "engineer")
    order, record = _signed_repair(laptop)
    late = edit("repair_record", record["id"], {"cause": "controller"}, {"cause": record["hlc"]})
    added = insert("finding", {"work_order_id": order["id"], "description": "x",
                               "severity": "minor"})  # fmt: skip
    follow_up = insert(
        "follow_up", {"work_order_id": order["id"], "due_date": "2026-12-01", "outcome": "open"}
    )
    described = edit("work_order", order["id"], {"description": "new"}, {})
    step = edit("work_order", order["id"], {"state": "customer_signed"}, {"state": order["hlc"]})
    results = laptop.push(late, added, described, step, follow_up)
    statuses = [r["status"] for r in results]
    assert statuses == ["rejected", "rejected", "rejected", "applied", "applied"]
    number = order["fields"]["number"]
    assert results[0]["reason"] == (
        f"signed: work order {number} is signed; open an amendment to change it"
    )
    assert results[0]["row"]["data"]["cause"] == "ion pump"
    assert results[0]["conflicts"][0]["kind"] == "signed"
    assert results[0]["conflicts"][0]["lost_value"] == "controller"
    # new content rows are refused too; workflow steps and follow-ups are not content
    assert results[1]["reason"].startswith("signed: ") and results[1]["row"] is None
    assert results[2]["reason"].startswith("signed: ")
    assert (record["id"], "cause", "signed", "controller") in _conflicts(api)
    assert (order["id"], "description", "signed", "new") in _conflicts(api)


def test_an_open_amendment_unlocks_until_it_is_signed(api: Api) -> None:
    laptop = api.session("li.na", "engineer")
    order, record = _signed_repair(laptop)
    opened = insert("amendment", amendment(order["id"]))
    fix = edit("repair_record", record["id"], {"cause": "controller"}, {"cause": record["hlc"]})
    results = laptop.push(opened, fix)
    assert [r["status"] for r in results] == ["applied", "applied"]
    closing = insert("signature", signature(order["id"], amendment_id=opened["id"]))
    again = edit("repair_record", record["id"], {"cause": "again"}, {"cause": fix["hlc"]})
    results = laptop.push(closing, again)
    assert [r["status"] for r in results] == ["applied", "rejected"]
    assert results[1]["reason"].startswith("signed: ")


def test_checklist_values_are_locked_through_their_run(api: Api) -> None:
    laptop = api.session("li.na", "engineer")
    order = insert("work_order", work_order(type="inspection", state="completed"))
    run = insert(
        "checklist_run",
        {"work_order_id": order["id"], "template_id": "tg142", "template_version": 1,
         "template_title": "TG-142", "template_snapshot": {"items": []}, "state": "completed",
         "started_at": TIME},
    )  # fmt: skip
    value = insert(
        "checklist_value",
        {"run_id": run["id"], "item_id": "output", "number": 1.0, "verdict": "pass",
         "entered_at": TIME},
    )  # fmt: skip
    api.office().push(order)
    laptop.push(run, value, insert("signature", signature(order["id"])))
    change = edit("checklist_value", value["id"], {"number": 1.5}, {"number": value["hlc"]})
    result = laptop.push(change)[0]
    assert result["status"] == "rejected" and result["reason"].startswith("signed: ")


def _signed_run(laptop: Session) -> tuple[dict[str, Any], dict[str, Any]]:
    """A signed inspection and its completed run."""
    order = insert("work_order", work_order(type="inspection", state="completed"))
    run = insert(
        "checklist_run",
        {"work_order_id": order["id"], "template_id": "tg142", "template_version": 1,
         "template_title": "TG-142", "template_snapshot": {"items": []}, "state": "completed",
         "started_at": TIME},
    )  # fmt: skip
    laptop.api.office().push(order)
    assert laptop.push(run)[0]["status"] == "applied"
    return order, run


def test_instrument_use_is_locked_through_its_run(api: Api) -> None:
    laptop = api.session("li.na", "engineer")
    order, run = _signed_run(laptop)
    used = insert(
        "instrument_use", {"run_id": run["id"], "section_id": "output", "instrument_id": "i1"}
    )
    legacy = insert(  # stored before instrument use was content: no work order of its own
        "instrument_use", {"run_id": run["id"], "section_id": "output", "instrument_id": "i2"}
    )
    assert [r["status"] for r in laptop.push(used, legacy)] == ["applied"] * 2
    with state(api.app).db.write() as connection:
        connection.execute(
            update(SyncRow).where(SyncRow.row_id == legacy["id"]).values(work_order_id=None)
        )
    assert laptop.push(insert("signature", signature(order["id"])))[0]["status"] == "applied"
    swapped = edit("instrument_use", used["id"], {"instrument_id": "i3"},
                   {"instrument_id": used["hlc"]})  # fmt: skip
    unchecked = edit("instrument_use", legacy["id"], {"deleted_at": TIME}, {})
    added = insert(
        "instrument_use", {"run_id": run["id"], "section_id": "output", "instrument_id": "i4"}
    )
    results = laptop.push(swapped, unchecked, added)
    assert [r["status"] for r in results] == ["rejected"] * 3
    assert all(r["reason"].startswith("signed: ") for r in results)
    assert results[0]["row"]["data"]["instrument_id"] == "i1"
    assert results[1]["row"]["data"]["deleted_at"] is None
    assert results[2]["row"] is None
    assert (used["id"], "instrument_id", "signed", "i3") in _conflicts(api)
    # An amendment opens it again, as it does the rest of the record.
    opened = insert("amendment", amendment(order["id"]))
    again = edit("instrument_use", used["id"], {"instrument_id": "i3"},
                 {"instrument_id": used["hlc"]})  # fmt: skip
    assert [r["status"] for r in laptop.push(opened, again)] == ["applied"] * 2


def test_instrument_use_of_an_unsigned_order_stays_editable(api: Api) -> None:
    laptop = api.session("li.na", "engineer")
    _order, run = _signed_run(laptop)  # not signed yet
    used = insert(
        "instrument_use", {"run_id": run["id"], "section_id": "output", "instrument_id": "i1"}
    )
    unchecked = edit("instrument_use", used["id"], {"deleted_at": TIME}, {})
    assert [r["status"] for r in laptop.push(used, unchecked)] == ["applied"] * 2


# --- deleted rows ------------------------------------------------------------------------


def test_an_edit_of_a_row_deleted_elsewhere_is_kept_as_a_conflict(api: Api) -> None:
    a = api.session("a", "engineer")
    b = api.session("b", "engineer")
    made = insert("customer", customer())
    a.push(made)
    delete = edit("customer", made["id"], {"deleted_at": TIME}, {"deleted_at": made["hlc"]})
    a.push(delete)
    unaware = edit(
        "customer", made["id"], {"address": "x"}, {"address": made["hlc"],
                                                   "deleted_at": made["hlc"]}
    )  # fmt: skip
    result = b.push(unaware)[0]
    assert result["status"] == "rejected"
    assert result["reason"] == "deleted: this 'customer' record was deleted on another device"
    assert result["row"]["data"]["deleted_at"] == TIME
    assert (made["id"], "address", "deleted", "x") in _conflicts(api)
    # An author who saw the deletion may restore the row.
    restore = edit("customer", made["id"], {"deleted_at": None}, {"deleted_at": delete["hlc"]})
    assert b.push(restore)[0]["status"] == "applied"


def test_customer_signed_needs_a_customer_signature(api: Api) -> None:
    """The step names a signature: without one on the server it is refused, even for
    a role that may take it; with the customer's signature (in the same batch or
    before) it goes through."""
    engineer = api.session("li.na", "engineer")
    order = insert("work_order", work_order(state="completed", type="preventive_maintenance"))
    assert api.office().push(order)[0]["status"] == "applied"  # a field role starts at reported
    step = edit("work_order", order["id"], {"state": "customer_signed"}, {"state": order["hlc"]})
    result = engineer.push(step)[0]
    assert result["status"] == "rejected"
    number = order["fields"]["number"]
    assert result["reason"] == (
        f"workflow: work order {number} has no customer signature, "
        "so it cannot be marked customer signed"
    )
    ours = insert("signature", signature(order["id"], meaning="performed_by"))
    again = edit("work_order", order["id"], {"state": "customer_signed"}, {"state": order["hlc"]})
    assert engineer.push(ours, again)[1]["reason"].startswith("workflow: ")  # the engineer's own
    theirs = insert("signature", signature(order["id"], report_kind="inspection"))
    third = edit("work_order", order["id"], {"state": "customer_signed"}, {"state": order["hlc"]})
    results = engineer.push(theirs, third)
    assert [r["status"] for r in results] == ["applied", "applied"]
    assert results[1]["row"]["data"]["state"] == "customer_signed"
