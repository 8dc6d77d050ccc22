"""A user's own password change (POST /auth/password) and a manager's reset (PUT
/admin/users/{name}/password), on SQLite and PostgreSQL (issue 15): the policy of
create-user with its codes, the throttle on a wrong current password, the admin trail,
and the devices' tokens kept."""

from __future__ import annotations

from typing import Any

from sync.server import admin_audit
from tests.sync_helpers import PASSWORD, Api, Session, state

pytest_plugins = ["tests.sync_fixtures"]

NEW = "Blue-kettle-orbit-59"


def _change(api: Api, token: str, current: str, new: str) -> Any:
    return api.client.post(
        "/auth/password",
        json={"current": current, "new": new},
        headers={"Authorization": f"Bearer {token}"},
    )


def test_a_user_changes_their_password_and_keeps_every_device(api: Api) -> None:
    laptop = api.session("wu.gang", "engineer")
    second = api.login("wu.gang").json()["token"]  # the engineer's other laptop
    answer = _change(api, laptop.token, PASSWORD, NEW)
    assert answer.status_code == 200, answer.text
    assert answer.json() == {"devices_kept": 2}
    assert api.login("wu.gang", password=PASSWORD).status_code == 401
    assert api.login("wu.gang", password=NEW).status_code == 200
    # Both devices go on syncing with the tokens they had.
    assert laptop.get("/sync/pull").status_code == 200
    assert (
        api.client.get("/sync/pull", headers={"Authorization": f"Bearer {second}"}).status_code
        == 200
    )
    actions = admin_audit.list_actions(state(api.app).db)
    change = [a for a in actions if a.action == admin_audit.PASSWORD_CHANGED]
    assert len(change) == 1
    assert (change[0].actor, change[0].source, change[0].subject) == (
        "wu.gang", "testclient", "wu.gang",
    )  # fmt: skip
    assert change[0].detail == f"from device {laptop.device_id}; 2 device(s) keep their tokens"


def test_a_wrong_current_password_is_refused_and_throttled_like_a_login(api: Api) -> None:
    laptop = api.session("wu.gang", "engineer")
    for _attempt in range(3):  # the account's free attempts
        wrong = _change(api, laptop.token, "not my password", NEW)
        assert wrong.status_code == 403
        assert wrong.json()["code"] == "wrong_password"
    refused = _change(api, laptop.token, PASSWORD, NEW)  # right, but it must wait now
    assert refused.status_code == 429
    assert refused.json()["reason"] == "login_wait" and int(refused.headers["Retry-After"]) >= 1
    # The token was not given up (403 and 429, never 401), and nothing changed.
    assert laptop.get("/sync/pull").status_code == 200
    assert not any(
        a.action == admin_audit.PASSWORD_CHANGED
        for a in admin_audit.list_actions(state(api.app).db)
    )


def test_the_new_password_meets_the_policy_of_create_user(api: Api) -> None:
    laptop = api.session("wu.gang", "engineer")
    for new, code in (
        ("short1!", "password_too_short"),
        ("wu.gang-is-my-name", "password_has_name"),
        ("password123456", "password_guessable"),
        (PASSWORD, "password_unchanged"),
    ):
        answer = _change(api, laptop.token, PASSWORD, new)
        assert answer.status_code == 422, new
        assert answer.json()["code"] == code
    assert api.login("wu.gang", password=PASSWORD).status_code == 200  # unchanged


def test_without_a_token_nothing_is_changed(api: Api) -> None:
    api.user("wu.gang", "engineer")
    answer = api.client.post("/auth/password", json={"current": PASSWORD, "new": NEW})
    assert answer.status_code == 401
    assert api.login("wu.gang", password=PASSWORD).status_code == 200


def test_a_manager_resets_a_password_with_the_same_policy_and_a_record(api: Api) -> None:
    manager = api.session("zhou.min", "service_manager")
    engineer = api.session("wu.gang", "engineer")

    def reset(by: Session, name: str, password: str) -> Any:
        return api.client.put(
            f"/admin/users/{name}/password",
            json={"password": password},
            headers=by.headers,
        )

    assert reset(engineer, "zhou.min", NEW).status_code == 403
    weak = reset(manager, "wu.gang", "wu.gang2026")
    assert weak.status_code == 422 and weak.json()["code"] == "password_has_name"
    assert reset(manager, "nobody", NEW).status_code == 404
    assert reset(manager, "wu.gang", NEW).status_code == 204
    assert api.login("wu.gang", password=NEW).status_code == 200
    assert engineer.get("/sync/pull").status_code == 200  # the engineer's laptop syncs on
    done = [
        a
        for a in admin_audit.list_actions(state(api.app).db)
        if a.action == admin_audit.PASSWORD_RESET
    ]
    assert [(a.actor, a.source, a.subject) for a in done] == [("zhou.min", "testclient", "wu.gang")]
