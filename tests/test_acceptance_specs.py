"""Acceptance tests judged by the unit model's specification from the contract's ATP
(issue 11 §4): entered by the service manager with the document it comes from, stored
per model, synced and audited, snapshotted into the run when it starts; a model with no
specification cannot start the run, and the refusal lists what is missing."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import select

from app.db import schema
from app.db.acceptance_specs import AcceptanceSpec
from app.db.engine import make_engine
from app.db.fieldwork import AuditEntry, ChecklistRun
from app.domain.acceptance_specs import (
    DOCUMENT_REQUIRED,
    EXAMPLE_DOCUMENT,
    NOT_A_SPEC,
    NOT_ALLOWED,
    NOT_FROM_ATP,
    SPEC_REFUSED,
)
from app.domain.enums import ReportKind, UserRole, Verdict, WorkOrderType
from app.domain.records import ValidationError
from app.domain.tolerance import NumericRule
from app.paths import backups_dir, database_path
from app.reports.builder import build_report
from app.services.checklists import acceptance_specs
from app.services.checklists import checklist_runs as runs
from app.services.checklists.acceptance_specs import SpecMissing
from app.services.checklists.checklist_templates import parse_template, template_from_data
from app.services.reports.report_content import gather
from app.services.store import Store
from sync.server.permissions import table_refusal
from tests import factories
from tests.instrument_helpers import as_role
from tests.spec_helpers import ATP, enter_specs, model_of
from tests.test_per_beam_report import text_of
from tests.test_schema import FIRST_VERSION_ROWS, alembic_config

GENERAL = "linac_acceptance"
HALCYON = "linac_acceptance_halcyon"


def acceptance_order(
    store: Store, model: tuple[str, str] = ("Varian", "TrueBeam")
) -> tuple[str, str]:
    _, _, unit_id = factories.hospital_with_unit(store, model=model)
    order = factories.work_order(store, unit_id, kind=WorkOrderType.ACCEPTANCE)
    return unit_id, order.id


def reasons(error: pytest.ExceptionInfo[ValidationError]) -> dict[str, str]:
    return {e.field: e.message for e in error.value.errors}


def test_a_model_without_its_specification_cannot_start_the_run(store: Store) -> None:
    _, order_id = acceptance_order(store)
    with pytest.raises(SpecMissing) as refused:
        runs.start_run(store, order_id, GENERAL, "imrt")
    missing = [en for en, _zh in refused.value.missing]
    assert len(missing) == 14 and refused.value.model_name == "Varian TrueBeam"
    assert "Displacement of the radiation beam axis from the isocentre" in missing
    assert "辐射束轴相对等中心的偏移" in [zh for _en, zh in refused.value.missing]
    with store.reading() as session:  # nothing was started
        assert session.scalars(select(ChecklistRun)).all() == []


def test_the_run_is_judged_by_the_models_specification(store: Store) -> None:
    unit_id, order_id = acceptance_order(store)
    model_id = enter_specs(store, unit_id)
    as_role(store, UserRole.SERVICE_MANAGER, "zhou.manager")
    # The model's ATP says 1 mm where IEC 60976 gives 2 mm.
    acceptance_specs.set_spec(
        store, model_id, GENERAL, "radiation_mechanical_isocentre", "1", "ATP-TB-001 Rev C §4.2"
    )
    store.user_login = "li.engineer"
    run_id = runs.start_run(store, order_id, GENERAL, "imrt")
    assert runs.record_value(store, run_id, "radiation_mechanical_isocentre", "1.4").verdict is (
        Verdict.FAIL
    )
    item = runs.load_run(store, run_id).item("radiation_mechanical_isocentre")
    assert item is not None and item.tolerance_text == "±1 mm"
    assert "Specification 1 of Varian TrueBeam from the ATP (ATP-TB-001 Rev C §4.2)" in item.source
    assert "template's general value 2" in item.source
    # A later change of the model's value leaves the started run as it was.
    as_role(store, UserRole.SERVICE_MANAGER, "other.manager")
    acceptance_specs.set_spec(
        store, model_id, GENERAL, "radiation_mechanical_isocentre", "1.5", "ATP Rev D"
    )
    again = runs.load_run(store, run_id).item("radiation_mechanical_isocentre")
    assert again is not None and again.tolerance_text == "±1 mm"


def test_who_entered_it_is_stored_synced_and_audited(store: Store) -> None:
    unit_id, _ = acceptance_order(store)
    model_id = model_of(store, unit_id)
    as_role(store, UserRole.SERVICE_MANAGER, "zhou.manager")
    acceptance_specs.set_spec(store, model_id, GENERAL, "xray_flatness", "105", "ATP-TB-001 §5.1")
    with store.reading() as session:
        row = session.scalars(select(AcceptanceSpec)).one()
        assert (row.model_id, row.template_id, row.item_id, row.tolerance, row.document) == (
            model_id,
            GENERAL,
            "xray_flatness",
            "105",
            "ATP-TB-001 §5.1",
        )
        assert row.entered_by == "zhou.manager" and row.entered_at is not None
        audited = session.scalars(
            select(AuditEntry).where(
                AuditEntry.table_name == "acceptance_spec", AuditEntry.field == "tolerance"
            )
        ).all()
    assert [(a.user_login, a.new_value) for a in audited] == [("zhou.manager", "105")]
    (shown,) = [s for s in acceptance_specs.spec_items(store, model_id) if s.spec_value]
    assert (shown.general_text, shown.spec_text, shown.entered_by) == (
        "≤ 106%",
        "≤ 105%",
        "zhou.manager",
    )
    acceptance_specs.clear_spec(store, model_id, GENERAL, "xray_flatness")
    assert not [s for s in acceptance_specs.spec_items(store, model_id) if s.spec_value]
    assert table_refusal(UserRole.SERVICE_MANAGER, "acceptance_spec") is None
    assert table_refusal(UserRole.ENGINEER, "acceptance_spec") is not None


def test_refusals(store: Store) -> None:
    unit_id, _ = acceptance_order(store)
    model_id = model_of(store, unit_id)
    with pytest.raises(ValidationError) as engineer:
        acceptance_specs.set_spec(store, model_id, GENERAL, "xray_flatness", "105", "ATP")
    assert reasons(engineer) == {"": NOT_ALLOWED}
    as_role(store, UserRole.SERVICE_MANAGER, "zhou.manager")
    with pytest.raises(ValidationError) as bad:
        acceptance_specs.set_spec(store, model_id, GENERAL, "xray_flatness", "flat", " ")
    assert reasons(bad) == {"tolerance": NOT_A_SPEC, "document": DOCUMENT_REQUIRED}
    with pytest.raises(ValidationError) as percent:  # no nominal to take a percent of
        acceptance_specs.set_spec(store, model_id, GENERAL, "dose_reproducibility", "1%", ATP)
    assert reasons(percent) == {"tolerance": SPEC_REFUSED}
    with pytest.raises(ValidationError) as survey:  # a regulatory limit, not the ATP's
        acceptance_specs.set_spec(store, model_id, GENERAL, "radiation_survey", "5", ATP)
    assert reasons(survey) == {"tolerance": NOT_FROM_ATP}
    with pytest.raises(ValidationError):
        acceptance_specs.take_example(store, model_id, GENERAL)  # no example ships


def test_the_halcyon_example_is_taken_over_and_the_run_starts(store: Store, tmp_path: Path) -> None:
    unit_id, order_id = acceptance_order(store, ("Varian", "Halcyon"))
    model_id = model_of(store, unit_id)
    assert [t.id for t in acceptance_specs.spec_templates(store, model_id)] == [HALCYON]
    as_role(store, UserRole.SERVICE_MANAGER, "zhou.manager")
    acceptance_specs.set_spec(store, model_id, HALCYON, "mu_linearity", "1", "Halcyon ATP §3.4")
    assert acceptance_specs.take_example(store, model_id, HALCYON) == 6  # the others
    items = {s.item_id: s for s in acceptance_specs.spec_items(store, model_id)}
    assert items["mu_linearity"].spec_text == "±1%"  # entered before: kept
    assert items["rotation_scales"].document == EXAMPLE_DOCUMENT
    run_id = runs.start_run(store, order_id, HALCYON)
    with store.reading() as session:
        snapshot = session.get(ChecklistRun, run_id).template_snapshot  # type: ignore[union-attr]
    item = template_from_data(snapshot).item("mu_linearity")
    assert item is not None and isinstance(item.rule, NumericRule)
    assert item.rule.describe(item.rule.tolerance) == "±1%"
    runs.record_value(store, run_id, "mu_linearity", "0.6")
    for language in ("en", "zh_CN"):
        content = gather(store, order_id, ReportKind.ACCEPTANCE, language)
        (row,) = [r for r in content.checklists[0].rows if r.value == "0.6"]
        marked = {"en": "model's ATP specification", "zh_CN": "型号规格（验收规程）"}[language]
        assert row.tolerance == f"±1%\n{marked}"
        build_report(content, tmp_path / f"{language}.pdf")
    assert "±1% model's ATP specification" in text_of(tmp_path / "en.pdf")
    assert "型号规格（验收规程）" in text_of(tmp_path / "zh_CN.pdf").replace(" ", "")


def test_only_acceptance_templates_take_the_atp() -> None:
    item = {
        "id": "x",
        "kind": "numeric",
        "label_en": "X",
        "label_zh": "X",
        "unit": "mm",
        "nominal": 0,
        "tolerance": 2,
        "spec_from_atp": True,
        "source": "ATP",
    }
    template = {
        "id": "t",
        "version": 1,
        "title_en": "T",
        "title_zh": "T",
        "modality": "linac",
        "kind": "qa",
        "sections": [{"id": "s", "title_en": "S", "title_zh": "S", "items": [item]}],
    }
    _, problems = parse_template(template, "qa.yaml")
    assert [(p.item, p.reason) for p in problems] == [("x", "only acceptance tests take the ATP's")]
    assert parse_template(template | {"kind": "acceptance"}, "ok.yaml")[1] == []


def test_a_revision_0033_database_upgrades_and_takes_specs(data_dir: Path) -> None:
    path = database_path(data_dir)
    engine = make_engine(path)
    with engine.begin() as con:
        command.upgrade(alembic_config(con), "0001")
        for sql in FIRST_VERSION_ROWS:
            con.exec_driver_sql(sql)
    with engine.connect() as con:
        con.exec_driver_sql("PRAGMA foreign_keys=OFF")
        con.commit()
        with con.begin():
            command.upgrade(alembic_config(con), "0033")
    stamp = "'2026-01-05 09:00:00.000000', '2026-01-05 09:00:00.000000', 'old', NULL"
    with engine.begin() as con:
        model_id = con.exec_driver_sql("SELECT id FROM equipment_model LIMIT 1").scalar()
        unit_id = con.exec_driver_sql("SELECT id FROM equipment LIMIT 1").scalar()
        con.exec_driver_sql(
            "INSERT INTO service_contract (equipment_id, number, level, starts_on, ends_on, "
            "pm_visits_per_year, inspections_per_year, response_hours, uptime_percent, "
            "excludes_planned, excludes_customer_caused, excludes_waiting_for_customer, "
            "uptime_clock, clinical_day_start, notes, id, created_at, updated_at, updated_by, "
            f"deleted_at) VALUES ('{unit_id}', 'HT-2026-01', 'full_service', '2026-01-01', "
            "'2026-12-31', 2, 1, 24, 95.0, 1, 1, 1, 'business_hours', 480, '', 'c1', "
            f"{stamp})"
        )
    engine.dispose()
    opened = schema.open_database(path, backups_dir(data_dir))
    assert opened.migrated_from == "0033"
    with opened.engine.begin() as con:
        kept = con.exec_driver_sql(
            "SELECT number, release_signer_name, release_signer_role FROM service_contract "
            "WHERE id = 'c1'"
        ).one()
        assert tuple(kept) == ("HT-2026-01", "", "")
        con.exec_driver_sql(
            "INSERT INTO acceptance_spec (model_id, template_id, item_id, tolerance, document, "
            "entered_by, entered_at, id, created_at, updated_at, updated_by, deleted_at) "
            f"VALUES ('{model_id}', 'linac_acceptance', 'xray_flatness', '105', 'ATP', '王', "
            f"'2026-01-05 09:00:00.000000', 's1', {stamp})"
        )
        assert con.exec_driver_sql("SELECT tolerance FROM acceptance_spec").scalar() == "105"
    opened.engine.dispose()
