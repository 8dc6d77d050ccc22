"""Signed reports in the demo: every report kind signed (engineer and customer, QC on
acceptance), one record amended and signed again, recent finished work left unsigned."""

from __future__ import annotations

import math
import random
from datetime import timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import WorkOrder
from app.db.signing import Amendment, Signature
from app.demo.company import NAME_ZH as COMPANY
from app.demo.rows import DEMO_BY
from app.domain.enums import ReportKind, SignatureMeaning, WorkOrderState
from app.domain.report_kinds import report_kind_of
from app.domain.signatures import PAD_WIDTH
from app.services.signing.record_lock import content_hash

M = SignatureMeaning
SIGNED_STATES = (WorkOrderState.CUSTOMER_SIGNED, WorkOrderState.CLOSED)


QC_NAME = "吴敏"


def signers(order: WorkOrder) -> tuple[str, str, str]:
    """(engineer, customer contact, contact's role) who sign this demo order: the same
    people the demo's acceptance records name."""
    customer = order.equipment.site.customer
    # By name, not id: ids are time-based, and the same `today` must give the same demo.
    contact = min(customer.contacts, key=lambda c: (c.name, c.role), default=None)
    names = sorted(a.user.display_name for a in order.assignments)
    engineer = names[0] if names else "张伟"
    if contact is None:
        return engineer, "王主任", "放疗科主任"
    return engineer, contact.name, contact.role


def scribble(rng: random.Random) -> list[list[list[float]]]:
    """A handwriting-like signature: a few looping strokes across the pad."""
    strokes: list[list[list[float]]] = []
    x, t = rng.uniform(120, 220), 0
    for _ in range(rng.randint(2, 4)):
        points = []
        width = rng.uniform(90, 200)
        if x + width + 20 > PAD_WIDTH:  # the loops swing 18 units past the stroke's end
            break
        loops = rng.uniform(1.5, 3.5)
        base = rng.uniform(130, 180)
        for step in range(40):
            f = step / 39
            px = x + width * f + 18 * math.sin(f * loops * 2 * math.pi)
            py = base - 45 * math.sin(f * loops * math.pi) * (1 - 0.3 * f)
            points.append([round(px, 1), round(py, 1), round(0.45 + 0.3 * math.sin(f * 3), 3), t])
            t += 12
        strokes.append(points)
        x += width + rng.uniform(20, 50)
        t += 250
    return strokes


def _signature(
    order: WorkOrder,
    kind: ReportKind,
    meaning: SignatureMeaning,
    name: str,
    role: str,
    organisation: str,
    digest: str,
    rng: random.Random,
    minutes: int,
    amendment: Amendment | None = None,
) -> Signature:
    assert order.finished_at is not None
    at = order.finished_at + timedelta(minutes=minutes)
    row = Signature(
        work_order_id=order.id,
        report_kind=kind,
        amendment_id=amendment.id if amendment else None,
        signer_name=name,
        signer_role=role,
        organisation=organisation,
        meaning=meaning,
        signed_at=at,
        strokes=scribble(rng),
        record_hash=digest,
        user_login="",
    )
    row.created_at = row.updated_at = at
    row.updated_by = DEMO_BY
    return row


def seed_signatures(session: Session, rng: random.Random, orders: list[Any]) -> None:
    """Signs the customer-signed and closed demo work orders (after all their records)."""
    session.flush()
    signed = [
        (order, content_hash(session, order.id))
        for order, _modality in orders
        if order.state in SIGNED_STATES and order.finished_at is not None
    ]  # hashed before any signature is added: no flush between the queries
    batch: list[Signature] = []
    amend_first: tuple[WorkOrder, str, str, Signature] | None = None
    for order, digest in signed:
        kind = report_kind_of(order.type)
        customer = order.equipment.site.customer
        engineer, contact_name, contact_role = signers(order)
        rows = [
            _signature(
                order, kind, M.PERFORMED_BY, engineer, "技术工程师", COMPANY, digest, rng, 5
            ),
            _signature(
                order,
                kind,
                M.RECEIVED_BY if kind is ReportKind.TRAINING else M.ACCEPTED_BY,
                contact_name,
                contact_role,
                customer.name_zh,
                digest,
                rng,
                12,
            ),
        ]
        if kind is ReportKind.ACCEPTANCE:
            rows.append(
                _signature(
                    order, kind, M.REVIEWED_BY, QC_NAME, "质量控制", COMPANY, digest, rng, 20
                )
            )
        batch.extend(rows)
        if amend_first is None and kind is ReportKind.SERVICE:
            if order.state is WorkOrderState.CLOSED:
                amend_first = (order, engineer, digest, rows[1])
    session.add_all(batch)
    if amend_first is not None:
        session.flush()
        order, engineer, digest, customer_row = amend_first
        _amend(session, rng, order, ReportKind.SERVICE, engineer, digest, customer_row)


def _amend(
    session: Session,
    rng: random.Random,
    order: WorkOrder,
    kind: ReportKind,
    engineer: str,
    previous: str,
    customer_row: Signature,
) -> None:
    """One corrected record: labour hours were entered wrongly and signed again."""
    from app.db.fieldwork import RepairRecord

    amendment = Amendment(
        work_order_id=order.id,
        reason="工时填写错误：实际 4.5 小时（原记录 2 小时），经客户确认更正",
        previous_hash=previous,
        opened_by=DEMO_BY,
    )
    assert order.finished_at is not None
    amendment.created_at = amendment.updated_at = order.finished_at + timedelta(days=2)
    amendment.updated_by = DEMO_BY
    session.add(amendment)
    session.flush()
    record = session.scalars(
        select(RepairRecord).where(RepairRecord.work_order_id == order.id)
    ).first()
    if record is not None:
        record.labour_hours = 4.5
        record.updated_at = amendment.created_at
    session.flush()
    digest = content_hash(session, order.id)
    minutes = 2 * 24 * 60 + 30
    session.add_all(
        [
            _signature(
                order, kind, M.PERFORMED_BY, engineer, "技术工程师", COMPANY, digest, rng,
                minutes, amendment,
            ),
            _signature(
                order, kind, customer_row.meaning, customer_row.signer_name,
                customer_row.signer_role, customer_row.organisation, digest, rng, minutes + 5,
                amendment,
            ),
        ]
    )  # fmt: skip
