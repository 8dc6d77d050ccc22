"""A site's own action level (issue 11 §4): set by a service manager or quality control
with a reason, stored per site with who and when, synced and audited, and used when
judging the runs started at that site only."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import select

from app.db import schema
from app.db.engine import make_engine
from app.db.fieldwork import AuditEntry
from app.db.site_levels import SiteActionLevel
from app.domain.enums import UserRole, Verdict
from app.domain.records import ValidationError
from app.domain.site_levels import (
    NOT_A_LEVEL,
    NOT_ALLOWED,
    NOT_BEYOND_TOLERANCE,
    NOT_SETTABLE,
    REASON_REQUIRED,
    parse_level,
)
from app.paths import backups_dir, database_path
from app.services.checklists import checklist_runs as runs
from app.services.checklists import site_levels
from app.services.checklists.checklist_templates import parse_template
from app.services.store import Store
from sync.server.permissions import table_refusal
from tests import factories
from tests.instrument_helpers import as_role
from tests.test_schema import FIRST_VERSION_ROWS, alembic_config

MONTHLY = "linac_qa_monthly_tg142"


def two_sites(store: Store) -> tuple[tuple[str, str], tuple[str, str]]:
    """(site id, work order id) at two hospitals."""
    found = []
    for name, serial in (("江苏省肿瘤医院", "H191234"), ("湖南省肿瘤医院", "H195678")):
        _, site_id, unit_id = factories.hospital_with_unit(store, name=name, serial=serial)
        found.append((site_id, factories.work_order(store, unit_id).id))
    return found[0], found[1]


def reasons(error: pytest.ExceptionInfo[ValidationError]) -> dict[str, str]:
    return {e.field: e.message for e in error.value.errors}


def test_parse_level() -> None:
    assert [parse_level(t) for t in ("4", "2,5", "4 %", "４", "x", "-1")] == [
        4,
        2.5,
        "4%",
        4,
        None,
        None,
    ]


def test_the_site_level_judges_runs_at_that_site_only(store: Store) -> None:
    (site_a, order_a), (_site_b, order_b) = two_sites(store)
    as_role(store, UserRole.QUALITY_CONTROL, "wang.physicist")
    site_levels.set_level(store, site_a, MONTHLY, "xray_output", "4", "科室物理师决定：4% 停机")
    run_a = runs.start_run(store, order_a, MONTHLY, "imrt")
    run_b = runs.start_run(store, order_b, MONTHLY, "imrt")
    # 3.5 % is beyond the template's 3 % action level, inside the site's 4 %
    assert runs.record_value(store, run_a, "xray_output", "3.5").verdict is Verdict.WARNING
    assert runs.record_value(store, run_b, "xray_output", "3.5").verdict is Verdict.FAIL
    assert runs.record_value(store, run_a, "xray_output", "4.1").verdict is Verdict.FAIL
    # the other settable item at the same site keeps the template's level
    assert runs.record_value(store, run_a, "electron_output", "3.5").verdict is Verdict.FAIL
    item_a = runs.load_run(store, run_a).item("xray_output")
    item_b = runs.load_run(store, run_b).item("xray_output")
    assert item_a is not None and item_b is not None
    assert (item_a.action_text, item_b.action_text) == ("±4%", "±3%")
    assert "Site action level 4 (江苏省肿瘤医院 放疗科 1号机房), set by wang.physicist" in (
        item_a.source
    )
    assert "template level 3" in item_a.source and "Site action level" not in item_b.source


def test_a_run_keeps_the_level_it_was_started_with(store: Store) -> None:
    (site_a, order_a), _ = two_sites(store)
    as_role(store, UserRole.SERVICE_MANAGER, "boss")
    run_before = runs.start_run(store, order_a, MONTHLY, "imrt")
    site_levels.set_level(store, site_a, MONTHLY, "xray_output", "4", "物理师决定")
    assert runs.record_value(store, run_before, "xray_output", "3.5").verdict is Verdict.FAIL
    site_levels.clear_level(store, site_a, MONTHLY, "xray_output")
    run_after = runs.start_run(store, order_a, "linac_qa_monthly_tg142", "imrt")
    assert runs.record_value(store, run_after, "xray_output", "3.5").verdict is Verdict.FAIL
    [row] = [i for i in site_levels.settable_items(store, site_a) if i.item_id == "xray_output"]
    assert (row.standard_text, row.site_text) == ("±3%", "")


def test_who_and_when_are_stored_and_audited(store: Store) -> None:
    (site_a, _), _ = two_sites(store)
    as_role(store, UserRole.QUALITY_CONTROL, "wang.physicist")
    site_levels.set_level(
        store, site_a, "afterloader_qa_ws262", "source_strength", "3.5", "按 TG-56 从严"
    )
    items = {(i.template_id, i.item_id): i for i in site_levels.settable_items(store, site_a)}
    row = items[("afterloader_qa_ws262", "source_strength")]
    assert (row.tolerance_text, row.standard_text, row.site_text) == ("±3%", "±5%", "±3.5%")
    assert row.set_by == "wang.physicist" and row.set_at is not None
    assert row.reason == "按 TG-56 从严"
    assert items[("linac_qa_monthly_tg142", "xray_output")].site_text == ""
    with store.reading() as session:
        stored = session.scalars(select(SiteActionLevel)).one()
        audited = session.scalars(
            select(AuditEntry).where(
                AuditEntry.table_name == "site_action_level", AuditEntry.field == "action"
            )
        ).all()
    assert stored.updated_by == "wang.physicist"
    assert [(a.user_login, a.new_value) for a in audited] == [("wang.physicist", "3.5")]


def test_refusals(store: Store) -> None:
    (site_a, _), _ = two_sites(store)
    as_role(store, UserRole.ENGINEER, "li.na")
    with pytest.raises(ValidationError) as refused:
        site_levels.set_level(store, site_a, MONTHLY, "xray_output", "4", "理由")
    assert reasons(refused) == {"": NOT_ALLOWED}
    as_role(store, UserRole.SERVICE_MANAGER, "boss")
    with pytest.raises(ValidationError) as refused:
        site_levels.set_level(store, site_a, MONTHLY, "couch_angle", "2", "理由")
    assert reasons(refused) == {"action": NOT_SETTABLE}
    with pytest.raises(ValidationError) as refused:
        site_levels.set_level(store, site_a, MONTHLY, "xray_output", "1.5", "")
    assert reasons(refused) == {"action": NOT_BEYOND_TOLERANCE, "reason": REASON_REQUIRED}
    with pytest.raises(ValidationError) as refused:
        site_levels.set_level(store, site_a, MONTHLY, "xray_output", "four", "理由")
    assert reasons(refused) == {"action": NOT_A_LEVEL}
    with pytest.raises(ValidationError) as refused:  # a percent of a nominal of 0
        site_levels.set_level(store, site_a, MONTHLY, "xray_output", "4%", "理由")
    assert reasons(refused) == {"action": NOT_BEYOND_TOLERANCE}
    with store.reading() as session:
        assert session.scalars(select(SiteActionLevel)).all() == []


def test_only_level_keepers_may_push_site_levels() -> None:
    assert table_refusal(UserRole.QUALITY_CONTROL, "site_action_level") is None
    assert table_refusal(UserRole.SERVICE_MANAGER, "site_action_level") is None
    assert table_refusal(UserRole.ENGINEER, "site_action_level") is not None


def test_a_revision_0019_database_upgrades_and_its_sites_take_levels(data_dir: Path) -> None:
    path = database_path(data_dir)
    engine = make_engine(path)
    with engine.begin() as con:
        command.upgrade(alembic_config(con), "0001")
        for sql in FIRST_VERSION_ROWS:
            con.exec_driver_sql(sql)
    with engine.connect() as con:
        con.exec_driver_sql("PRAGMA foreign_keys=OFF")  # batch rebuilds, as schema.py does
        con.commit()
        with con.begin():
            command.upgrade(alembic_config(con), "0019")
    engine.dispose()
    opened = schema.open_database(path, backups_dir(data_dir))
    assert opened.migrated_from == "0019" and opened.backup is not None
    assert schema.current_revision(path) == schema.head_revision()
    store = Store(opened.engine, data_dir, "tester")
    as_role(store, UserRole.SERVICE_MANAGER, "boss")
    site_levels.set_level(store, "s1", MONTHLY, "xray_output", "4", "物理师决定")
    run_id = runs.start_run(store, "w1", MONTHLY, "imrt")
    assert runs.record_value(store, run_id, "xray_output", "3.5").verdict is Verdict.WARNING
    with opened.engine.connect() as con:
        assert con.exec_driver_sql("SELECT count(*) FROM work_order").scalar() == 1
    opened.engine.dispose()


def test_a_template_marking_a_level_settable_without_one_is_refused() -> None:
    """The template's author learns which item and why; the other files still load."""
    data = {
        "id": "t",
        "version": 1,
        "title_en": "T",
        "title_zh": "T",
        "modality": "linac",
        "kind": "qa",
        "machine_classes": [{"id": "imrt", "label_en": "IMRT", "label_zh": "调强"}],
        "sections": [
            {
                "id": "dosimetry",
                "title_en": "D",
                "title_zh": "D",
                "items": [
                    {
                        "id": "no_action",
                        "kind": "numeric",
                        "label_en": "a",
                        "label_zh": "a",
                        "source": "TG-142",
                        "nominal": 0,
                        "tolerance": 2,
                        "site_settable": True,
                    },
                    {
                        "id": "by_class",
                        "kind": "numeric",
                        "label_en": "b",
                        "label_zh": "b",
                        "source": "TG-142",
                        "nominal": 0,
                        "tolerance": 2,
                        "action": 3,
                        "by_class": {"imrt": {"action": 4}},
                        "site_settable": True,
                    },
                ],
            }
        ],
    }
    template, problems = parse_template(data, "bad.yaml")
    assert template is None
    assert [(p.item, p.path.rsplit(".", 1)[-1]) for p in problems] == [
        ("no_action", "site_settable"),
        ("by_class", "site_settable"),
    ]
    assert "give one" in str(problems[0]) and "bad.yaml: item no_action" in str(problems[0])
