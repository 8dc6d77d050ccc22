"""Who signs the clinical release (issue 11 §1): the hospital's physicist, or the
person the service contract names. The contract stores the name and the capacity, the
release dialog is offered them, and the release records and prints who signed in what
capacity."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.db.clinical import ClinicalRelease
from app.db.models import User
from app.domain.enums import ContractLevel, ReportKind, SignatureMeaning, UserRole
from app.domain.records import ValidationError
from app.domain.service_plan import SIGNER_NAME_REQUIRED, ContractDraft
from app.reports import build_report
from app.services.clinical import release
from app.services.reports.report_content import gather
from app.services.service_plan import contracts
from app.services.store import Store
from app.ui.service_plan.contract_dialog import ContractDialog
from tests.test_clinical_release import given, job
from tests.test_per_beam_report import text_of

NAMED, CAPACITY = "王建国", "科室主任（合同指定）"


def contract(store: Store, unit_id: str, name: str = NAMED, role: str = CAPACITY) -> str:
    engineer = store.user_login
    with store.session() as session:
        session.add(User(display_name="经理", login="boss", role=UserRole.SERVICE_MANAGER))
    store.user_login = "boss"
    draft = ContractDraft(
        equipment_id=unit_id,
        number="SC-2026-07",
        level=ContractLevel.FULL_SERVICE,
        starts_on=date(2026, 1, 1),
        ends_on=date(2030, 12, 31),
        release_signer_name=f" {name} ",
        release_signer_role=role,
    )
    contract_id = contracts.save_contract(store, None, draft)
    store.user_login = engineer
    return contract_id


def test_without_a_named_person_the_physicist_contact_is_asked(store: Store) -> None:
    order_id, _ = job(store)
    party = release.release_party(store, order_id)
    assert party.name != NAMED and party.organisation == "江苏省肿瘤医院"


def test_the_contract_names_who_signs_and_the_release_prints_the_capacity(
    store: Store, tmp_path: Path
) -> None:
    order_id, unit_id = job(store)
    contract_id = contract(store, unit_id)
    loaded = contracts.load_contract(store, contract_id)
    assert (loaded.release_signer_name, loaded.release_signer_role) == (NAMED, CAPACITY)
    party = release.release_party(store, order_id)
    assert (party.name, party.role) == (NAMED, CAPACITY)

    signer = replace(
        given(SignatureMeaning.RELEASED_FOR_CLINICAL_USE, party.name), signer_role=party.role
    )
    release.release(store, order_id, signer)
    with store.reading() as session:
        row = session.scalars(select(ClinicalRelease)).one()
        assert (row.released_by, row.released_by_role) == (NAMED, CAPACITY)
    for language, words in (
        ("en", f"Released for clinical use: {NAMED} ({CAPACITY})"),
        ("zh_CN", f"已放行临床使用：{NAMED}({CAPACITY})"),
    ):
        build_report(gather(store, order_id, ReportKind.SERVICE, language), tmp_path / "r.pdf")
        text = text_of(tmp_path / "r.pdf")
        assert words.replace(" ", "") in text.replace(" ", ""), language


def test_a_capacity_without_a_name_is_refused(store: Store) -> None:
    _, unit_id = job(store)
    with pytest.raises(ValidationError) as refused:
        contract(store, unit_id, name="", role=CAPACITY)
    assert [e.message for e in refused.value.errors] == [SIGNER_NAME_REQUIRED]


def test_the_contract_dialog_edits_the_release_signer(qtbot: QtBot, store: Store) -> None:
    _, unit_id = job(store)
    contract_id = contract(store, unit_id)
    dialog = ContractDialog(store, contract_id)
    qtbot.addWidget(dialog)
    assert (dialog.release_signer.text(), dialog.release_role.text()) == (NAMED, CAPACITY)
    dialog.release_signer.setText("李主任")
    draft = dialog.draft()
    assert (draft.release_signer_name, draft.release_signer_role) == ("李主任", CAPACITY)
