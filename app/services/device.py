"""This installation's identity and the numbers it issues (work orders, certificates)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from app.db.models import LocalDevice, WorkOrder
from app.db.training import Trainee
from app.domain import local_time
from app.domain.ids import uuid7
from app.domain.numbering import (
    CERTIFICATE,
    WORK_ORDER,
    format_number,
    new_device_prefix,
    next_number,
)
from app.services.store import Store


def local_device(session: Session) -> LocalDevice:
    """The one LocalDevice row, made on first use with a fresh number prefix."""
    device = session.get(LocalDevice, 1)
    if device is None:
        device = LocalDevice(id=1, device_id=uuid7(), number_prefix=new_device_prefix())
        session.add(device)
        session.flush()
    return device


def number_prefix(store: Store) -> str:
    """This device's part of its work-order numbers (made and kept on first use)."""
    with store.session() as session:
        return local_device(session).number_prefix


def issue_work_order_number(session: Session, when: datetime) -> str:
    """The next number of this device for the year of `when` (call inside the insert's
    transaction, so the unique index on `work_order.number` guards it)."""
    return _issue(session, when, WorkOrder.number, WORK_ORDER)


def issue_certificate_number(session: Session, when: datetime) -> str:
    """The next training-certificate number of this device (`CERT-<year>-<prefix>-<seq>`),
    inside the trainee's insert transaction (unique index on the number)."""
    return _issue(session, when, Trainee.certificate_number, CERTIFICATE)


def issue_series_number(
    session: Session, when: datetime, column: InstrumentedAttribute[str], series: str
) -> str:
    """The next `<series>-<year>-<prefix>-<seq>` of this device in `column` (stock slips)."""
    return _issue(session, when, column, series)


def _issue(
    session: Session, when: datetime, column: InstrumentedAttribute[str], series: str
) -> str:
    # The year on the engineer's calendar, not UTC's.
    return issue_number_in_year(session, local_time.year_of(when), column, series)


def issue_number_in_year(
    session: Session, year: int, column: InstrumentedAttribute[str], series: str
) -> str:
    """The next `<series>-<year>-<prefix>-<seq>` of this device in `column` (purchase plans
    and orders count this way too, so two offline laptops never issue the same number)."""
    prefix = local_device(session).number_prefix
    pattern = format_number(year, prefix, 0, series)[:-5] + "%"
    # Longest first: past 99999 the sequence grows a digit and string order alone fails.
    highest = session.scalar(
        select(column)
        .where(column.like(pattern))
        .order_by(func.length(column).desc(), column.desc())
        .limit(1)
    )
    return next_number(year, prefix, highest, series)
