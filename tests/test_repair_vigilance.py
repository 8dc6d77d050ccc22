"""Namespaced fault codes on the repair record, the adverse-event question a possibly
reportable code asks, the part lines' traceability, and what the repair report prints."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from alembic import command
from pypdf import PdfReader
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.db import schema
from app.db.engine import make_engine
from app.db.fieldwork import RepairRecord
from app.db.models import EquipmentModel
from app.domain import local_time
from app.domain.enums import (
    AdverseEventAnswer,
    Modality,
    RemovedPartFate,
    ReportKind,
    UserRole,
    WorkOrderState,
)
from app.domain.field_records import REPORTED_TO_AND_WHEN, RepairDraft
from app.domain.records import EquipmentDraft, ValidationError
from app.paths import backups_dir, database_path
from app.reports.builder import build_report
from app.reports.content import Language
from app.services.registry import equipment, parts
from app.services.reports.report_content import gather
from app.services.store import Store
from app.services.work_orders import field_records, workflow
from app.ui.work_orders.field_panels import RepairPanel
from tests import factories
from tests.test_schema import FIRST_VERSION_ROWS, alembic_config

S = WorkOrderState


def repair_on(store: Store, modality: Modality, maker: str, model: str) -> str:
    _, site_id, _ = factories.hospital_with_unit(store)
    with store.session() as session:
        row = EquipmentModel(maker=maker, model=model, modality=modality)
        session.add(row)
        session.flush()
        model_id = row.id
    unit_id = equipment.save_equipment(
        store, None, EquipmentDraft(model_id=model_id, site_id=site_id, serial_number="S-9")
    )
    order = factories.work_order(store, unit_id, "故障")
    for state in (S.ACKNOWLEDGED, S.ON_SITE, S.IN_PROGRESS):
        workflow.move(store, order.id, state, UserRole.ENGINEER)
    return order.id


def errors_of(refused: pytest.ExceptionInfo[ValidationError]) -> list[tuple[str, str]]:
    return [(e.field, e.message) for e in refused.value.errors]


def test_a_bare_code_is_stored_in_the_units_namespace(store: Store) -> None:
    ct = repair_on(store, Modality.CT_SIMULATOR, "Siemens", "SOMATOM go.Open Pro")
    hdr = repair_on(store, Modality.AFTERLOADER, "Elekta", "Flexitron")
    field_records.save_repair(store, ct, RepairDraft(fault_code="tub-01"))
    field_records.save_repair(
        store, hdr, RepairDraft(fault_code="TUB-01", adverse_event=AdverseEventAnswer.NO_HARM)
    )
    assert field_records.load_repair(store, ct).fault_code == "CT/tub-01"
    assert field_records.load_repair(store, hdr).fault_code == "HDR/TUB-01"


def test_a_possibly_reportable_code_keeps_the_adverse_event_answer(store: Store) -> None:
    """The question may stay open while the engineer works (signing waits for it, see
    test_clinical_release); an answer that says "reported" needs to whom and when."""
    order = repair_on(store, Modality.AFTERLOADER, "Elekta", "Flexitron")
    stuck = RepairDraft(fault_code="HDR/SRC-01", cause="源驱动钢丝卡滞")
    field_records.save_repair(store, order, stuck)
    saved = field_records.load_repair(store, order)
    assert (saved.cause, saved.adverse_event) == ("源驱动钢丝卡滞", AdverseEventAnswer.NOT_ANSWERED)

    stuck.adverse_event = AdverseEventAnswer.COULD_HAVE_HARMED
    stuck.adverse_event_reported_to = "医院医疗器械不良事件监测员"
    with pytest.raises(ValidationError) as refused:  # to whom, but not when
        field_records.save_repair(store, order, stuck)
    assert errors_of(refused) == [("adverse_event_reported_on", REPORTED_TO_AND_WHEN)]

    stuck.adverse_event_reported_on = local_time.today() + timedelta(days=1)
    with pytest.raises(ValidationError) as refused:
        field_records.save_repair(store, order, stuck)
    assert [e.field for e in refused.value.errors] == ["adverse_event_reported_on"]

    stuck.adverse_event_reported_on = date(2026, 3, 3)
    field_records.save_repair(store, order, stuck)
    saved = field_records.load_repair(store, order)
    assert (saved.adverse_event, saved.adverse_event_reported_to) == (
        AdverseEventAnswer.COULD_HAVE_HARMED,
        "医院医疗器械不良事件监测员",
    )
    assert saved.adverse_event_reported_on == date(2026, 3, 3)


def test_an_event_not_yet_reported_is_saved_and_an_ordinary_code_asks_nothing(
    store: Store,
) -> None:
    order = repair_on(store, Modality.LINAC, "Varian", "TrueBeam")
    field_records.save_repair(
        store,
        order,
        RepairDraft(fault_code="DOS-01", adverse_event=AdverseEventAnswer.HARMED),
    )
    assert field_records.load_repair(store, order).adverse_event is AdverseEventAnswer.HARMED
    other = repair_on(store, Modality.LINAC, "Varian", "TrueBeam")
    field_records.save_repair(store, other, RepairDraft(fault_code="WAT-02"))
    assert field_records.load_repair(store, other).fault_code == "LINAC/WAT-02"


def repair_with_part(store: Store) -> str:
    order = repair_on(store, Modality.LINAC, "Varian", "TrueBeam")
    part = parts.create_part(store, parts.PartDraft("100039612", "Dose monitor chamber"))
    usage = parts.UsageDraft(
        part.id,
        1,
        "IC-0815",
        "IC-2044",
        manufacturer="Varian Medical Systems",
        model_spec="Ionization chamber TB-2",
        lot_number="L24-0917",
        production_date=date(2025, 11, 12),
        removed_part_fate=RemovedPartFate.RMA,
    )
    parts.record_usage(store, order, usage)
    draft = RepairDraft(
        fault_code="DOS-01",
        cause="Monitor chamber channel 2 seal leak",
        actions="Replaced the monitor chamber, recalibrated output",
        adverse_event=AdverseEventAnswer.COULD_HAVE_HARMED,
        adverse_event_reported_to="Hospital device-safety officer Zhang Wei",
        adverse_event_reported_on=date(2026, 3, 3),
    )
    field_records.save_repair(store, order, draft)
    return order


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            "en",
            [
                "LINAC/DOS-01 — Dose channels 1 and 2 disagree · Critical",
                "possibly reportable adverse event",
                "Medical device adverse event",
                "No one harmed, but it could have harmed a patient",
                "Hospital device-safety officer Zhang Wei · 3 March 2026",
                "Varian Medical Systems",
                "Ionization chamber TB-2",
                "L24-0917",
                "12 November 2025",
                "Sent to manufacturer (RMA)",
            ],
        ),
        (
            "zh_CN",
            [
                "LINAC/DOS-01 — 剂量通道",
                "危急",
                "医疗器械不良事件",
                "未导致人体伤害，但可能导致人体伤害",
                "报告对象及日期",
                "2026年3月3日",
                "生产厂家",
                "批号",
                "L24-0917",
                "2025年11月12日",
                "返厂（RMA）",
            ],
        ),
    ],
)
def test_the_repair_report_prints_the_answer_and_the_part_traceability(
    store: Store, tmp_path: Path, language: Language, expected: list[str]
) -> None:
    order = repair_with_part(store)
    content = gather(store, order, ReportKind.SERVICE, language)
    target = tmp_path / f"repair-{language}.pdf"
    build_report(content, target)
    flat = "".join("".join((page.extract_text() or "").split()) for page in PdfReader(target).pages)
    for text in expected:
        assert "".join(text.split()) in flat, text


def test_the_repair_panel_asks_the_question_for_a_reportable_code(
    qtbot: QtBot, store: Store
) -> None:
    order = repair_on(store, Modality.LINAC, "Varian", "TrueBeam")
    panel = RepairPanel(store, order)
    qtbot.addWidget(panel)
    panel.show()
    assert not panel.adverse_event.isVisible()
    panel.fault_code.set_code("LINAC/WAT-02")
    assert panel.code_facts.text() == "Severity: Minor"
    assert not panel.adverse_event.isVisible()
    panel.fault_code.set_code("LINAC/DOS-01")
    assert panel.adverse_event.isVisible() and panel.reported_on.isVisible()
    assert "possibly reportable" in panel.code_facts.text()
    assert "cannot be signed" in panel.code_facts.text()  # while the question is open
    assert panel.autosave is not None
    panel.autosave.save_now()  # an open question is saved: signing waits for it
    qtbot.waitUntil(
        lambda: field_records.load_repair(store, order).fault_code == "LINAC/DOS-01",
        timeout=3000,
    )
    panel.adverse_event.setCurrentIndex(panel.adverse_event.findData(AdverseEventAnswer.NO_HARM))
    assert "cannot be signed" not in panel.code_facts.text()
    panel.autosave.save_now()
    qtbot.waitUntil(
        lambda: field_records.load_repair(store, order).adverse_event is AdverseEventAnswer.NO_HARM,
        timeout=3000,
    )
    assert field_records.load_repair(store, order).fault_code == "LINAC/DOS-01"


def test_a_database_of_revision_0018_keeps_its_fault_codes_meaning(data_dir: Path) -> None:
    """Stored bare codes take the namespace of their work order's unit; old part lines
    say their removed part's fate was not recorded."""
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
            command.upgrade(alembic_config(con), "0018")
    stamp = "'2026-01-05 09:00:00.000000', '2026-01-05 09:00:00.000000', 'old', NULL"
    with engine.begin() as con:
        for sql in (
            f"INSERT INTO equipment_model (maker, model, modality, id, created_at, updated_at, "
            f"updated_by, deleted_at) VALUES ('Elekta', 'Flexitron', 'afterloader', 'm2', {stamp})",
            "INSERT INTO equipment (model_id, site_id, serial_number, nmpa_registration_no, udi, "
            "install_date, acceptance_date, warranty_end, contract_level, status, "
            "clinical_hours, id, created_at, updated_at, updated_by, deleted_at) VALUES "
            "('m2', 's1', 'F-1', '', '', NULL, NULL, NULL, 'warranty', 'clinical', "
            f"'[10,10,10,10,10,0,0]', 'e2', {stamp})",
            "INSERT INTO work_order (number, type, state, priority, equipment_id, description, "
            "reported_at, id, created_at, updated_at, updated_by, deleted_at) VALUES "
            "('WO-2026-K7-00002', 'repair', 'in_progress', 'high', 'e2', '传输管报警', "
            f"'2026-01-05 08:00:00.000000', 'w2', {stamp})",
        ):
            con.exec_driver_sql(sql)
        for record, order, code in (("r1", "w1", "TUB-01"), ("r2", "w2", "TUB-01")):
            con.exec_driver_sql(
                "INSERT INTO repair_record (work_order_id, symptom, fault_code, cause, actions, "
                "labour_hours, travel_hours, trial_run_result, trial_run_notes, "
                "id, created_at, updated_at, updated_by, deleted_at) VALUES "
                f"('{order}', '', '{code}', '', '', 0, 0, 'not_run', '', '{record}', {stamp})"
            )
        con.exec_driver_sql(
            "INSERT INTO part (part_number, description, unit, id, created_at, updated_at, "
            f"updated_by, deleted_at) VALUES ('P-1', '磁控管', 'pc', 'p1', {stamp})"
        )
        con.exec_driver_sql(
            "INSERT INTO part_usage (work_order_id, part_id, quantity, serial_out, serial_in, "
            "id, created_at, updated_at, updated_by, deleted_at) VALUES "
            f"('w1', 'p1', 1, 'OLD-1', 'NEW-1', 'u1', {stamp})"
        )
    engine.dispose()
    opened = schema.open_database(path, backups_dir(data_dir))
    assert opened.migrated_from == "0018"
    store = Store(opened.engine, data_dir, "tester")
    with store.reading() as session:
        rows = session.execute(select(RepairRecord.id, RepairRecord.fault_code)).all()
        codes = {row[0]: row[1] for row in rows}
        answers = set(session.scalars(select(RepairRecord.adverse_event)))
    # w1 is the Elekta Versa HD linac of the first version's rows
    assert codes == {"r1": "LINAC/TUB-01", "r2": "HDR/TUB-01"}
    assert answers == {AdverseEventAnswer.NOT_ANSWERED}
    (line,) = parts.usages_of(store, "w1")
    assert (line.serial_out, line.removed_part_fate) == ("OLD-1", RemovedPartFate.NOT_RECORDED)
    assert (line.manufacturer, line.lot_number, line.production_date) == ("", "", None)
    opened.engine.dispose()
