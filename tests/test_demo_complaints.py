"""The demo's hotline calls and complaints: enough of each, in every state, on demo
units and work orders, and added once."""

from __future__ import annotations

from collections import Counter
from datetime import date

from sqlalchemy import select

from app.db.complaints import Complaint, ComplaintEntry, ComplaintWorkOrder, HotlineCall
from app.demo.complaints import seed_complaints
from app.domain.complaints import (
    Closing,
    ComplaintSource,
    ComplaintState,
    closing_errors,
    is_overdue,
)
from app.services.store import Store
from tests.db_templates import DemoSeed

TODAY = date(2026, 12, 4)


def test_the_demo_has_calls_and_complaints_in_every_state(
    store: Store, demo_seed: DemoSeed
) -> None:
    demo_seed(store, TODAY)
    assert not seed_complaints(store, TODAY)  # once only
    with store.reading() as session:
        calls = session.scalars(select(HotlineCall)).all()
        complaints = session.scalars(select(Complaint)).all()
        entries = session.scalars(select(ComplaintEntry)).all()
        links = session.scalars(select(ComplaintWorkOrder)).all()
    assert len(calls) >= 30
    open_questions = [c for c in calls if c.answered_at is None]
    assert 1 <= len(open_questions) < len(calls)
    assert all(c.owner_login and c.due_date for c in open_questions)
    assert any(c.work_order_id for c in calls)
    assert len(complaints) >= 12
    assert set(Counter(c.state for c in complaints)) == set(ComplaintState)
    assert ComplaintSource.FOLLOW_UP in {c.source for c in complaints}
    assert any(is_overdue(c.state, c.deadline, TODAY) for c in complaints)
    for c in complaints:
        mine = [e for e in entries if e.complaint_id == c.id and e.state is not None]
        assert mine[-1].state is c.state  # the record of handling ends in its state
        if c.state is ComplaintState.CLOSED:
            closing = Closing(
                c.root_cause, c.corrective_action, c.satisfaction, c.customer_feedback
            )
            assert closing_errors(c.owner_login, closing) == []
        if c.state is not ComplaintState.NEW:
            assert c.owner_login and c.deadline
    assert len(links) >= 6
