"""The plain data the work-order window and the signatures tab are bound to
(services/work_orders/overview.py, services/signing/signing_parties.py,
customer_signed.py): read through services, so the UI holds no session."""

from __future__ import annotations

import pytest

from app.domain.enums import ReportKind, WorkOrderState, WorkOrderType
from app.domain.field_records import InstallationDraft
from app.domain.records import ContactDraft
from app.services.records import RecordGone
from app.services.registry import customers
from app.services.signing import signatures as signing
from app.services.signing.customer_signed import mark_customer_signed
from app.services.signing.signing_parties import signing_parties
from app.services.store import Store
from app.services.work_orders import field_records, orders
from app.services.work_orders.overview import heading, overview
from tests import factories


def test_a_completed_repair_reads_with_its_unit_times_and_lock(store: Store) -> None:
    _, _, unit_id = factories.hospital_with_unit(store, serial="H190042")
    order = factories.completed_repair(store, unit_id)

    shown = overview(store, order.id)
    assert shown.heading.number == order.number
    assert shown.heading.type is WorkOrderType.REPAIR
    assert shown.heading.state is WorkOrderState.COMPLETED
    assert shown.heading.report_kind is ReportKind.SERVICE
    assert (shown.customer_name, shown.site_name) == ("江苏省肿瘤医院", "放疗科 1号机房")
    assert (shown.maker, shown.model, shown.serial_number) == ("Varian", "TrueBeam", "H190042")
    assert shown.finished_at is not None and shown.closed_at is None
    # The downtime ends with the signed clinical release, which this job lacks yet.
    assert shown.times.downtime is None and shown.times.repair is not None
    assert not shown.read_only

    factories.sign_report(store, order.id)
    assert overview(store, order.id).read_only  # signed: locked
    signing.open_amendment(store, order.id, "Wrong part number")
    assert not overview(store, order.id).read_only  # an amendment reopens it


def test_a_deleted_order_is_gone_for_the_window(store: Store) -> None:
    _, _, unit_id = factories.hospital_with_unit(store)
    order = factories.work_order(store, unit_id, kind=WorkOrderType.INSPECTION)
    assert heading(store, order.id).report_kind is ReportKind.INSPECTION
    orders.delete_work_order(store, order.id)
    with pytest.raises(RecordGone):
        heading(store, order.id)
    with pytest.raises(RecordGone):
        overview(store, order.id)


def test_the_customer_slot_starts_with_the_contact_or_the_acceptance_names(
    store: Store,
) -> None:
    customer_id, _, unit_id = factories.hospital_with_unit(store)
    repair = factories.work_order(store, unit_id)
    assert signing_parties(store, repair.id, ReportKind.SERVICE).customer_name == ""

    customers.save_contact(store, None, ContactDraft(customer_id, "王建国", "放疗科主任"))
    parties = signing_parties(store, repair.id, ReportKind.SERVICE)
    assert (parties.hospital, parties.customer_name, parties.customer_role) == (
        "江苏省肿瘤医院",
        "王建国",
        "放疗科主任",
    )
    assert parties.qc_name == ""

    acceptance = factories.work_order(store, unit_id, kind=WorkOrderType.ACCEPTANCE)
    draft = InstallationDraft(accepted_by_customer=" 陈红霞 ", accepted_by_qc="吴敏")
    field_records.save_installation(store, acceptance.id, draft)
    parties = signing_parties(store, acceptance.id, ReportKind.ACCEPTANCE)
    # Another person than the contact: the contact's role is not theirs.
    assert (parties.customer_name, parties.customer_role, parties.qc_name) == (
        "陈红霞",
        "",
        "吴敏",
    )


def test_a_completed_job_moves_on_once_the_customer_signed(store: Store) -> None:
    factories.engineer(store, login=store.user_login)
    _, _, unit_id = factories.hospital_with_unit(store)
    open_order = factories.work_order(store, unit_id)
    assert not mark_customer_signed(store, open_order.id)  # not completed: stays
    assert heading(store, open_order.id).state is WorkOrderState.REPORTED

    done = factories.completed_repair(store, unit_id)
    factories.sign_report(store, done.id)
    assert mark_customer_signed(store, done.id)
    assert heading(store, done.id).state is WorkOrderState.CUSTOMER_SIGNED
    assert not mark_customer_signed(store, done.id)  # once
