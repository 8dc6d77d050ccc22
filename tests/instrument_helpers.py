"""Test instruments for tests: a register keeper, a few instruments, a run to use them."""

from __future__ import annotations

from datetime import date

from app.db.models import User
from app.domain.enums import UserRole
from app.domain.instruments import InstrumentDraft, InstrumentKind
from app.services.checklists import checklist_runs as runs
from app.services.instruments import register
from app.services.store import Store
from tests import factories


def as_role(store: Store, role: UserRole, login: str) -> None:
    """Makes `login` a user of `role` and the store's acting user."""
    with store.session() as session:
        session.add(User(display_name=login, login=login, role=role))
    store.user_login = login


def draft(
    serial: str = "002345", due: date = date(2027, 3, 1), **fields: object
) -> InstrumentDraft:
    values: dict[str, object] = {
        "kind": InstrumentKind.ELECTROMETER,
        "maker": "PTW",
        "model": "UNIDOS webline T10021",
        "serial": serial,
        "certificate_no": "NIM-DL-2026-0412",
        "calibrated_on": date(2026, 3, 1),
        "due_date": due,
        "calibration_lab": "中国计量科学研究院",
        **fields,
    }
    return InstrumentDraft(**values)  # type: ignore[arg-type]


def add(
    store: Store, serial: str = "002345", due: date = date(2027, 3, 1), **fields: object
) -> str:
    return register.save_instrument(store, None, draft(serial, due, **fields))


def run_on_new_order(store: Store, template: str = "linac_qa_monthly_tg142") -> str:
    _, _, unit_id = factories.hospital_with_unit(store)
    order = factories.work_order(store, unit_id)
    return runs.start_run(store, order.id, template, "imrt")
