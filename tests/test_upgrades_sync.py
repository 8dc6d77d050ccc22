"""Training exams and upgrade campaigns sync end to end through a real server process:
the manager's laptop runs a campaign, an engineer's laptop records a unit's steps and
an exam, and each sees the other's; the server refuses an engineer's campaign."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import httpx
import pytest

from app.db.models import User
from app.domain.enums import UserRole
from app.domain.upgrades import NoticeChannel, UnitStep
from app.services.store import Store
from app.services.training import sessions, trainees
from app.services.upgrades import campaigns, unit_steps
from sync.client.round import SyncClient
from sync.protocol import PROTOCOL_VERSION
from tests import factories
from tests.instrument_helpers import as_role
from tests.sync_harness import PASSWORD, login_token, open_store, running_server
from tests.sync_helpers import insert, now_iso
from tests.test_trainees import training_order
from tests.test_upgrade_campaigns import campaign, fleet


def _laptop(folder: Path, login: str, url: str) -> tuple[Store, SyncClient]:
    store = open_store(folder, login)
    client = SyncClient(store, url, login, allow_http=True)
    client.login(PASSWORD)
    return store, client


def test_campaigns_and_exams_round_trip_between_laptops(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BEAMSIDE_TOKEN_STORE", "file")
    users = {"boss": "service_manager", "li.na": "engineer"}
    with running_server(tmp_path / "server", users) as server:
        boss, boss_sync = _laptop(tmp_path / "a", "boss", server.url)
        as_role(boss, UserRole.SERVICE_MANAGER, "boss")
        with boss.session() as session:  # the engineer as the office knows her
            session.add(User(display_name="李娜", login="li.na", role=UserRole.ENGINEER))
        model_id, (a, b) = fleet(boss, 2)
        cid = campaign(boss, model_id)
        rows = [campaigns.add_unit(boss, cid, u, "2.6") for u in (a, b)]
        order = training_order(boss)
        trainee = trainees.add_trainee(boss, order, trainees.TraineeDraft("陈静")).id
        boss_sync.sync()

        field, field_sync = _laptop(tmp_path / "b", "li.na", server.url)
        field_sync.sync()
        assert {u.id for u in unit_steps.units_of(field, cid)} == set(rows)
        unit_steps.record_notice(field, rows[0], date(2026, 5, 4), NoticeChannel.VISIT)
        unit_steps.record_answer(field, rows[0], True, "李主任", strokes=factories.SCRIBBLE)
        unit_steps.schedule(field, rows[0], date(2026, 6, 1))
        unit_steps.record_done(field, rows[0], "2.7.4")
        sessions.record_exam(field, trainee, 55)
        sessions.record_exam(field, trainee, 78)
        report = field_sync.sync()
        assert report.rejected == 0

        boss_sync.sync()
        [done] = [u for u in unit_steps.units_of(boss, cid) if u.id == rows[0]]
        assert (done.step, done.version_written, done.signed) == (UnitStep.DONE, "2.7.4", True)
        assert done.work_order_number.startswith("WO-")
        attempts = sessions.attempts_of(boss, trainee)
        assert [(x.number, x.score, x.passed) for x in attempts] == [(1, 55, False), (2, 78, True)]
        assert [t.certified for t in trainees.trainees_of(boss, order)] == [True]
        [row] = campaigns.list_campaigns(boss)
        assert row.counts == {UnitStep.DONE: 1, UnitStep.QUALIFIED: 1}

        # the server holds the same rule as the laptop: engineers run no campaigns
        headers = {"X-Beamside-Protocol": str(PROTOCOL_VERSION)}
        with httpx.Client(base_url=server.url, headers=headers) as http:
            token = login_token(http, "li.na")
            change = insert(
                "upgrade_campaign", {"title": "x", "model_id": model_id, "new_version": "3.0"}
            )
            answer = http.post(
                "/sync/push",
                json={"device_time": now_iso(), "cursor": 0, "changes": [change]},
                headers={"Authorization": f"Bearer {token}"},
            )
        [result] = answer.json()["results"]
        assert result["status"] == "rejected" and result["reason"] == (
            "permission: the role 'engineer' may not change 'upgrade_campaign' records"
        )
        for store in (boss, field):
            store.engine.dispose()
