"""The company profile (issue 20): edited by the service manager only, synced, and the
organisation every report prints instead of the software's name."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from alembic import command
from PIL import Image
from pypdf import PdfReader
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.db import schema
from app.db.company import MAX_IMAGE_BYTES, MAX_IMAGE_SIDE, CompanyProfile
from app.db.engine import make_engine
from app.db.models import User
from app.db.schema import open_database
from app.domain.enums import ReportKind, UserRole
from app.domain.records import ValidationError
from app.paths import backups_dir, database_path
from app.reports.builder import build_report
from app.services.company import profile as company
from app.services.reports.report_content import gather
from app.services.store import Store
from app.ui.company.company_profile_dialog import CompanyProfileDialog
from sync.client.round import SyncClient
from tests.sync_helpers import PASSWORD, Api
from tests.test_reports import make_order, squeeze
from tests.test_schema import FIRST_VERSION_ROWS, alembic_config

pytest_plugins = ["tests.sync_fixtures"]

ACME = company.Profile(
    name_zh="南京澄光医疗技术服务有限公司",
    name_en="Nanjing Chengguang Medical Technology Services Co., Ltd.",
    address_zh="江苏省南京市建邺区江东中路 100 号 8 楼",
    address_en="8F, 100 Jiangdong Middle Road, Nanjing",
    phone="+86 25 8000 0000",
    email="service@chengguang.example",
)


def png(size: tuple[int, int], colour: tuple[int, int, int, int] = (200, 30, 30, 255)) -> bytes:
    out = io.BytesIO()
    Image.new("RGBA", size, colour).save(out, format="PNG")
    return out.getvalue()


def be(store: Store, role: UserRole) -> None:
    with store.session() as session:
        session.add(User(display_name="测试", login=store.user_login, role=role))


def test_an_engineer_may_not_change_the_profile(store: Store) -> None:
    be(store, UserRole.ENGINEER)
    with pytest.raises(ValidationError) as refused:
        company.save_profile(store, ACME)
    assert refused.value.errors[0].message == company.NOT_ALLOWED
    assert not company.load_profile(store).is_set


def test_the_manager_edits_the_profile_with_its_images(store: Store) -> None:
    be(store, UserRole.SERVICE_MANAGER)
    assert company.load_profile(store) == company.EMPTY
    with pytest.raises(ValidationError) as refused:
        company.save_profile(store, company.Profile(phone="123"))
    assert refused.value.errors[0].field == "name_zh"
    logo, seal = png((40, 20)), png((60, 60))
    company.save_profile(store, company.Profile(**{**ACME.__dict__, "logo": logo, "seal": seal}))
    shown = company.load_profile(store)
    assert shown.name("en") == ACME.name_en and shown.name("zh_CN") == ACME.name_zh
    assert (shown.logo, shown.seal, shown.updated_by) == (logo, seal, "tester")
    company.save_profile(store, company.Profile(**{**shown.__dict__, "name_en": ""}))
    assert company.load_profile(store).name("en") == ACME.name_zh  # the other name, not ""
    with store.reading() as session:
        assert len(session.scalars(select(CompanyProfile)).all()) == 1


def test_a_picked_image_is_checked_and_scaled(tmp_path: Path) -> None:
    text = tmp_path / "seal.png"
    text.write_text("not a picture")
    with pytest.raises(ValidationError) as refused:
        company.prepare_image(text)
    assert refused.value.errors[0].message == company.NOT_AN_IMAGE
    big = tmp_path / "big.png"
    big.write_bytes(png((3000, 1500)))
    stored = company.prepare_image(big)
    with Image.open(io.BytesIO(stored)) as image:
        assert image.format == "PNG" and image.size == (MAX_IMAGE_SIDE, MAX_IMAGE_SIDE // 2)
    assert len(stored) <= MAX_IMAGE_BYTES
    huge = tmp_path / "huge.bmp"
    huge.write_bytes(b"BM" + bytes(company.MAX_SOURCE_BYTES))
    with pytest.raises(ValidationError) as too_large:
        company.prepare_image(huge)
    assert too_large.value.errors[0].message == company.IMAGE_TOO_LARGE


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_reports_name_the_company_never_the_software(
    store: Store, tmp_path: Path, language: str
) -> None:
    made = make_order(store, ReportKind.SERVICE)
    bare = gather(store, made.id, ReportKind.SERVICE, language)
    build_report(bare, tmp_path / "bare.pdf")
    bare_text = "\n".join(p.extract_text() for p in PdfReader(tmp_path / "bare.pdf").pages)
    assert "Beamside" not in bare_text  # no profile yet: no organisation, not ours
    be(store, UserRole.SERVICE_MANAGER)
    company.save_profile(store, company.Profile(**{**ACME.__dict__, "logo": png((80, 40))}))
    content = gather(store, made.id, ReportKind.SERVICE, language)
    build_report(content, tmp_path / "report.pdf")
    reader = PdfReader(tmp_path / "report.pdf")
    flat = squeeze("\n".join(page.extract_text() for page in reader.pages))
    first = ACME.name_zh if language == "zh_CN" else ACME.name_en
    assert squeeze(first) in flat and squeeze(ACME.phone) in flat
    assert squeeze(ACME.address_zh if language == "zh_CN" else ACME.address_en) in flat
    assert "Beamside" not in flat
    assert flat.count(squeeze(first)) >= 2  # letterhead and the engineer's signature
    logo = b"/Subtype /Image"  # the letterhead's logo; the bare report has no image
    assert logo in (tmp_path / "report.pdf").read_bytes()
    assert logo not in (tmp_path / "bare.pdf").read_bytes()


def test_the_profile_syncs_and_an_engineers_push_is_refused(
    api: Api, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The manager's laptop enters the profile; the engineer's laptop receives it, and
    its own edit of it is refused by the server (kept as a conflict with the reason)."""
    monkeypatch.setenv("BEAMSIDE_TOKEN_STORE", "file")
    api.user("boss", "service_manager")
    api.user("wang", "engineer")
    laptops: dict[str, tuple[Store, SyncClient]] = {}
    for login, role in (("boss", UserRole.SERVICE_MANAGER), ("wang", UserRole.ENGINEER)):
        folder = tmp_path / login
        folder.mkdir()
        opened = open_database(database_path(folder), backups_dir(folder))
        store = Store(opened.engine, folder, login)
        be(store, role)
        client = SyncClient(store, "http://testserver", login, http=api.client, allow_http=True)
        client.login(PASSWORD)
        laptops[login] = (store, client)
    boss, wang = laptops["boss"], laptops["wang"]
    seal = png((50, 50))
    company.save_profile(boss[0], company.Profile(**{**ACME.__dict__, "seal": seal}))
    boss[1].sync()
    wang[1].sync()
    received = company.load_profile(wang[0])
    assert received.name_zh == ACME.name_zh and received.seal == seal

    with wang[0].session() as session:  # past the laptop's own check, as a bulk tool would
        row = session.get(CompanyProfile, "00000000-0000-7000-8000-000000000001")
        assert row is not None
        row.name_zh = "冒名公司"
    report = wang[1].sync()
    assert report.rejected == 1
    with wang[0].reading() as session:
        reasons = (
            session.connection()
            .exec_driver_sql("SELECT reason FROM sync_conflict WHERE table_name='company_profile'")
            .scalars()
            .all()
        )
    assert reasons == ["permission: the role 'engineer' may not change 'company_profile' records"]
    boss[1].sync()
    assert company.load_profile(boss[0]).name_zh == ACME.name_zh
    for store, _client in laptops.values():
        store.engine.dispose()


def test_a_database_of_revision_0010_upgrades_with_its_records(data_dir: Path) -> None:
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
    with opened.engine.connect() as con:
        assert con.exec_driver_sql("SELECT number FROM work_order").scalar() == "WO-2026-K7-00001"
        assert con.exec_driver_sql("SELECT count(*) FROM company_profile").scalar() == 0
        assert con.exec_driver_sql("SELECT count(*) FROM trainee").scalar() == 0
    store = Store(opened.engine, data_dir, "tester")
    be(store, UserRole.SERVICE_MANAGER)
    company.save_profile(store, ACME)
    assert company.load_profile(store).name_en == ACME.name_en


def test_the_settings_dialog_is_read_only_for_an_engineer(store: Store, qtbot: QtBot) -> None:
    be(store, UserRole.ENGINEER)
    dialog = CompanyProfileDialog(store)
    qtbot.addWidget(dialog)
    assert all(edit.isReadOnly() for edit in dialog.edits.values())
    assert not dialog.logo.choose.isEnabled() and not dialog.seal.choose.isEnabled()
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Save) is None
    assert "No company profile yet" in dialog.hint.text()
    assert "Only the service manager" in dialog.hint.text()


def test_the_manager_enters_the_profile_and_a_wrong_image_is_refused(
    store: Store, qtbot: QtBot, tmp_path: Path
) -> None:
    be(store, UserRole.SERVICE_MANAGER)
    dialog = CompanyProfileDialog(store)
    qtbot.addWidget(dialog)
    dialog.save()  # no name: said under it, nothing stored
    assert dialog.errors["name_zh"].isVisibleTo(dialog)
    assert not company.load_profile(store).is_set
    not_image = tmp_path / "seal.png"
    not_image.write_text("a text file named like a picture")
    dialog.load_image(dialog.seal, not_image)
    qtbot.waitUntil(lambda: dialog.seal.error.isVisibleTo(dialog))
    assert "not an image" in dialog.seal.error.text() and dialog.seal.data == b""
    picture = tmp_path / "logo.png"
    picture.write_bytes(png((1600, 400)))
    dialog.load_image(dialog.logo, picture)
    qtbot.waitUntil(lambda: bool(dialog.logo.data))
    assert dialog.logo.preview.pixmap() is not None and not dialog.logo.preview.pixmap().isNull()
    dialog.edits["name_en"].setText(ACME.name_en)
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    stored = company.load_profile(store)
    assert stored.name_en == ACME.name_en and stored.logo == dialog.logo.data
    with Image.open(io.BytesIO(stored.logo)) as image:
        assert image.size == (MAX_IMAGE_SIDE, MAX_IMAGE_SIDE // 4)
