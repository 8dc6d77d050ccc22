""" "Awaiting parts" names the part, the order and the expected date (issue 20): the step
records them, the lists and the reports show them, the step back to work marks them
received; the upgrade from the previous revision keeps the work orders. With them, the
one-language rules of the lists and reports: stored English hospital names on English
screens, units and role titles in the report's language."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from alembic import command
from pypdf import PdfReader

from app.db import schema
from app.db.engine import make_engine
from app.db.fieldwork import AwaitedPart
from app.domain.awaited_parts import AwaitedPartDraft
from app.domain.enums import ReportKind, UserRole, WorkOrderState, WorkOrderType
from app.domain.records import ValidationError
from app.paths import backups_dir, database_path
from app.reports.builder import build_report
from app.services import lists
from app.services.registry import parts
from app.services.reports.report_content import gather
from app.services.store import Store
from app.services.work_orders import awaited_parts, workflow
from tests import factories
from tests.test_schema import FIRST_VERSION_ROWS, alembic_config

S = WorkOrderState
AT = datetime(2026, 3, 2, 8, 30, tzinfo=UTC)
EXPECTED = date(2026, 3, 12)


def repair_in_progress(store: Store, name_en: str = "") -> str:
    from app.domain.records import CustomerDraft
    from app.services.registry import customers

    _, _, unit_id = factories.hospital_with_unit(store)
    if name_en:
        with store.reading() as session:
            from app.db.models import Customer

            customer = session.query(Customer).one()
            draft = CustomerDraft(customer.name_zh, name_en, customer.address)
            customer_id = customer.id
        customers.save_customer(store, customer_id, draft)
    order = factories.work_order(store, unit_id, reported_at=AT)
    for hours, state in enumerate((S.ACKNOWLEDGED, S.ON_SITE, S.IN_PROGRESS), start=1):
        workflow.move(store, order.id, state, UserRole.ENGINEER, at=AT + timedelta(hours=hours))
    return order.id


def motor(store: Store) -> str:
    return parts.create_part(store, parts.PartDraft("1234-5678", "MLC motor")).id


def test_the_step_needs_the_part_and_the_date_and_the_way_back_marks_them_received(
    store: Store,
) -> None:
    order_id = repair_in_progress(store)
    with pytest.raises(ValidationError) as refused:
        workflow.move(store, order_id, S.AWAITING_PARTS, UserRole.ENGINEER)
    assert [e.message for e in refused.value.errors] == [
        "Name the awaited part, its order and the expected date first."
    ]
    with pytest.raises(ValidationError) as refused:
        workflow.move(
            store, order_id, S.AWAITING_PARTS, UserRole.ENGINEER, awaited=[AwaitedPartDraft()]
        )
    assert {(e.field, e.message) for e in refused.value.errors} == {
        ("part.0", "Choose the part from the catalogue or write what it is."),
        ("expected_on.0", "Give the date the part is expected."),
    }
    assert awaited_parts.awaited(store, order_id) == []  # nothing half-saved
    lines = [
        AwaitedPartDraft(motor(store), "", 1, "PO-2026-0412", EXPECTED),
        AwaitedPartDraft(None, "  冷却水管  1 m ", 2, "", EXPECTED + timedelta(days=3)),
    ]
    workflow.move(store, order_id, S.AWAITING_PARTS, UserRole.ENGINEER, awaited=lines)
    waiting = awaited_parts.awaited(store, order_id)
    assert [(w.part, w.order_reference, w.expected_on) for w in waiting] == [
        ("MLC motor 1234-5678", "PO-2026-0412", EXPECTED),
        ("冷却水管 1 m ×2", "", EXPECTED + timedelta(days=3)),
    ]
    back = AT + timedelta(days=9)
    workflow.move(store, order_id, S.IN_PROGRESS, UserRole.ENGINEER, at=back)
    assert awaited_parts.awaited(store, order_id) == []
    with store.reading() as session:
        kept = awaited_parts.lines(session, [order_id], received=True)[order_id]
    assert [line.received_at for line in kept] == [back, back]


def test_the_list_shows_what_is_awaited_and_english_hospital_names(store: Store) -> None:
    order_id = repair_in_progress(store, name_en="Jiangsu Cancer Hospital")
    line = AwaitedPartDraft(motor(store), "", 1, "PO-2026-0412", EXPECTED)
    workflow.move(store, order_id, S.AWAITING_PARTS, UserRole.ENGINEER, awaited=[line])
    request = lists.ListRequest()
    spec = lists.WORK_ORDERS
    awaited_at = [c.key for c in spec.columns].index("awaited_parts") + 1
    hospital_at = [c.key for c in spec.columns].index("customer") + 1
    (row,) = lists.fetch_rows(store, spec, request, 0, 10)
    assert row[awaited_at] == "MLC motor 1234-5678 · PO-2026-0412 · 2026-03-12"
    assert row[hospital_at] == "江苏省肿瘤医院"
    (english,) = lists.fetch_rows(store, spec.in_english(), request, 0, 10)
    assert english[hospital_at] == "Jiangsu Cancer Hospital"
    # An English screen searching the Chinese name still finds it.
    words = (lists.SearchTerm("肿瘤"),)
    assert lists.count_rows(store, spec.in_english(), lists.ListRequest(words)) == 1
    (unit,) = lists.fetch_rows(store, lists.EQUIPMENT.in_english(), request, 0, 10)
    assert "Jiangsu Cancer Hospital" in unit
    workflow.move(store, order_id, S.IN_PROGRESS, UserRole.ENGINEER)
    (row,) = lists.fetch_rows(store, spec, request, 0, 10)
    assert row[awaited_at] is None  # the parts arrived


def test_a_hospital_without_an_english_name_keeps_its_chinese_one(store: Store) -> None:
    repair_in_progress(store)
    spec = lists.WORK_ORDERS.in_english()
    hospital_at = [c.key for c in spec.columns].index("customer") + 1
    (row,) = lists.fetch_rows(store, spec, lists.ListRequest(), 0, 10)
    assert row[hospital_at] == "江苏省肿瘤医院"


def _report_text(store: Store, order_id: str, language: str, folder: Path) -> str:
    target = folder / f"report-{language}.pdf"
    build_report(gather(store, order_id, ReportKind.SERVICE, language), target)
    return "\n".join(page.extract_text() or "" for page in PdfReader(target).pages)


def test_the_service_report_prints_the_awaited_parts(store: Store, tmp_path: Path) -> None:
    order_id = repair_in_progress(store)
    line = AwaitedPartDraft(motor(store), "", 2, "PO-2026-0412", EXPECTED)
    workflow.move(store, order_id, S.AWAITING_PARTS, UserRole.ENGINEER, awaited=[line])
    chinese = _report_text(store, order_id, "zh_CN", tmp_path)
    assert "等待备件" in chinese
    assert "MLC motor 1234-5678 ×2 件" in chinese
    assert "PO-2026-0412" in chinese and "2026年3月12日" in chinese and "待到货" in chinese
    english = _report_text(store, order_id, "en", tmp_path)
    assert "Awaiting parts" in english
    assert "MLC motor 1234-5678 ×2 pc" in english and "12 March 2026" in english


def test_reports_speak_one_language_units_and_role_titles(store: Store, tmp_path: Path) -> None:
    """A Chinese report prints "1 件" and "技术工程师", an English one "1 pc" and "Field
    engineer", whichever language the catalogue unit and the signer's role were typed in."""
    from app.db.signing import Signature
    from app.domain.enums import SignatureMeaning
    from app.services.signing.record_lock import content_hash

    order_id = repair_in_progress(store)
    part = parts.create_part(store, parts.PartDraft("100012345", "MLC 叶片驱动电机"))
    parts.record_usage(store, order_id, parts.UsageDraft(part.id, 1))
    with store.session() as session:
        digest = content_hash(session, order_id)
        for index, (role, meaning) in enumerate(
            (
                ("Field engineer", SignatureMeaning.PERFORMED_BY),
                ("物理师", SignatureMeaning.ACCEPTED_BY),
            )
        ):
            session.add(
                Signature(
                    work_order_id=order_id,
                    report_kind=ReportKind.SERVICE,
                    signer_name=("李娜", "张伟")[index],
                    signer_role=role,
                    organisation="江苏省肿瘤医院",
                    meaning=meaning,
                    signed_at=AT + timedelta(days=1, minutes=index),
                    strokes=[[[0.1, 0.1], [0.5, 0.5]]],
                    record_hash=digest,
                )
            )
    chinese = _report_text(store, order_id, "zh_CN", tmp_path)
    assert "1 件" in chinese and " pc" not in chinese
    assert "技术工程师" in chinese and "Field engineer" not in chinese
    english = _report_text(store, order_id, "en", tmp_path)
    assert "1 pc" in english and "技术工程师" not in english
    assert "Field engineer" in english


def test_a_database_of_the_previous_revision_upgrades_with_its_work_orders(
    data_dir: Path,
) -> None:
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
            command.upgrade(alembic_config(con), "0010")
    engine.dispose()
    opened = schema.open_database(path, backups_dir(data_dir))
    assert opened.migrated_from == "0010"
    store = Store(opened.engine, data_dir, "li.na")
    with store.session() as session:
        assert session.query(AwaitedPart).count() == 0
        session.add(
            AwaitedPart(
                work_order_id="w1", description="离子泵", order_reference="PO-1",
                expected_on=EXPECTED,
            )
        )  # fmt: skip
    assert [w.part for w in awaited_parts.awaited(store, "w1")] == ["离子泵"]
    (row,) = lists.fetch_rows(store, lists.WORK_ORDERS, lists.ListRequest(), 0, 10)
    assert row[1] == "WO-2026-K7-00001" and "离子泵 · PO-1 · 2026-03-12" in row


@pytest.mark.parametrize("kind", [WorkOrderType.INSPECTION, WorkOrderType.TRAINING])
def test_no_awaiting_parts_on_an_inspection_or_training(store: Store, kind: WorkOrderType) -> None:
    _, _, unit_id = factories.hospital_with_unit(store)
    order = factories.work_order(store, unit_id, kind=kind)
    for state in (S.ACKNOWLEDGED, S.ON_SITE, S.IN_PROGRESS):
        workflow.move(store, order.id, state, UserRole.ENGINEER)
    line = AwaitedPartDraft(None, "离子泵", 1, "PO-1", EXPECTED)
    with pytest.raises(ValidationError) as refused:
        workflow.move(store, order.id, S.AWAITING_PARTS, UserRole.ENGINEER, awaited=[line])
    assert [e.message for e in refused.value.errors] == [
        "This step is not possible from the current state."
    ]
    assert awaited_parts.awaited(store, order.id) == []


def test_pickers_on_english_screens_name_hospitals_in_english(store: Store) -> None:
    from app.services.registry import customers, equipment

    repair_in_progress(store, name_en="Jiangsu Cancer Hospital")
    ((_, unit),) = equipment.equipment_choices(store, english=True)
    assert unit.startswith("Jiangsu Cancer Hospital · ")
    ((_, chinese_unit),) = equipment.equipment_choices(store)
    assert chinese_unit.startswith("江苏省肿瘤医院 · ")
    ((_, site),) = customers.site_choices(store, english=True)
    assert site.startswith("Jiangsu Cancer Hospital — ")
