"""The demo's training sessions (passed and failed trainees, a re-exam passed) and its
upgrade campaign (a unit at each step), and that their signed records still verify."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from app.db.training import ExamAttempt, Trainee, TrainingSession
from app.demo.seed import seed_demo
from app.domain.upgrades import UnitStep
from app.services.store import Store
from app.services.training import sessions
from app.services.upgrades import campaigns, unit_steps
from tests.db_templates import DemoSeed

TODAY = date(2026, 12, 4)


def test_the_demo_sessions_and_the_campaign(store: Store, demo_seed: DemoSeed) -> None:
    demo_seed(store, TODAY)
    with store.reading() as session:
        described = session.scalars(select(TrainingSession.work_order_id)).all()
        trainees = session.scalars(select(Trainee)).all()
        resat = session.scalars(select(ExamAttempt.trainee_id).where(ExamAttempt.attempt == 2))
        resat_ids = set(resat)
    assert len(described) >= 3
    failed = [t for t in trainees if not t.passed]
    assert failed and any(t.passed for t in trainees)
    assert all(sessions.certificate_refusal(store, t.id) is not None for t in failed)
    [again, *_] = sorted(resat_ids)
    attempts = sessions.attempts_of(store, again)
    assert [a.passed for a in attempts] == [False, True]
    assert sessions.certificate_refusal(store, again) is None

    [campaign] = campaigns.list_campaigns(store)
    assert campaign.total >= 5
    units = unit_steps.units_of(store, campaign.id)
    steps = {u.step for u in units}
    wanted = {UnitStep.REFUSED, UnitStep.CONSENTED, UnitStep.SCHEDULED, UnitStep.DONE}
    assert wanted | {UnitStep.VERIFIED} <= steps
    verified = next(u for u in units if u.step is UnitStep.VERIFIED)
    assert verified.version_written == "2.7.4" and verified.work_order_number
    assert all(u.work_order_id for u in units if u.step is UnitStep.SCHEDULED)
    assert seed_demo(store, TODAY) == 0  # seeded once
