"""The audit trail: who changed what, hash-chained, and tampering found."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import event, select, update
from sqlalchemy.orm import Session

from app.db.fieldwork import AuditEntry
from app.db.models import Customer, LocalDevice
from app.domain import audit_chain
from app.domain.enums import HospitalGrade
from app.domain.records import CustomerDraft
from app.paths import database_path
from app.services import audit
from app.services.registry import customers
from app.services.store import Store
from app.services.work_orders import orders as work_orders
from app.ui.history_dialog import ACTION, FIELD, NEW, OLD, WHO, HistoryDialog
from app.ui.i18n import install_translators
from tests import factories
from tests.test_cli import beamside


def entries(store: Store) -> list[AuditEntry]:
    with store.reading() as session:
        return list(session.scalars(select(AuditEntry).order_by(AuditEntry.seq)))


def raw(store: Store, sql: str, *params: object) -> None:
    """Changes the file behind Beamside's back, as someone with a SQLite tool would."""
    store.engine.dispose()  # no pooled connection keeps an older snapshot
    con = sqlite3.connect(database_path(store.data_dir))
    try:
        con.execute(sql, params)
        con.commit()
    finally:
        con.close()


def edited_customer(store: Store) -> str:
    """A hospital created, renamed and given a region: three saves, one audit each."""
    customer_id = customers.save_customer(store, None, CustomerDraft(name_zh="江苏省肿瘤医院"))
    draft = customers.load_customer(store, customer_id)
    draft.name_zh = "江苏省肿瘤医院（南院）"
    draft.region = "江苏"
    customers.save_customer(store, customer_id, draft)
    return customer_id


def test_an_insert_logs_each_filled_in_field_with_who_and_when(store: Store) -> None:
    customer_id = customers.save_customer(store, None, CustomerDraft(name_zh="江苏省肿瘤医院"))
    rows = audit.history(store, "customer", customer_id)
    by_field = {r.field: r for r in rows}
    assert set(by_field) == {"name_zh", "grade"}  # empty fields and stamps are not noise
    assert by_field["name_zh"].new_value == "江苏省肿瘤医院"
    assert by_field["name_zh"].old_value is None
    assert by_field["grade"].new_value == "3A"  # the enum's stored value
    assert {(r.action, r.user_login) for r in rows} == {("insert", "tester")}
    assert rows[0].at.tzinfo is not None


def test_an_edit_logs_only_the_changed_fields_old_and_new(store: Store) -> None:
    customer_id = edited_customer(store)
    updates = [r for r in audit.history(store, "customer", customer_id) if r.action == "update"]
    assert {(r.field, r.old_value, r.new_value) for r in updates} == {
        ("name_zh", "江苏省肿瘤医院", "江苏省肿瘤医院（南院）"),
        ("region", "", "江苏"),
    }
    store.user_login = "wang.fang"  # the acting user is read per session
    draft = customers.load_customer(store, customer_id)
    draft.address = "南京市玄武区"
    customers.save_customer(store, customer_id, draft)
    newest = audit.history(store, "customer", customer_id)[0]
    assert (newest.user_login, newest.field, newest.new_value) == (
        "wang.fang",
        "address",
        "南京市玄武区",
    )


def test_a_soft_delete_is_logged_as_a_delete(store: Store) -> None:
    _, _, unit_id = factories.hospital_with_unit(store)
    order = factories.work_order(store, unit_id)
    work_orders.delete_work_order(store, order.id)
    newest = audit.history(store, "work_order", order.id)[0]
    assert (newest.action, newest.field, newest.old_value) == ("delete", "deleted_at", None)
    assert newest.new_value and newest.new_value.endswith("+00:00")


def test_values_are_canonical_text(store: Store) -> None:
    _, _, unit_id = factories.hospital_with_unit(store)
    order = factories.work_order(store, unit_id)
    unit = {r.field: r.new_value for r in audit.history(store, "equipment", unit_id)}
    assert unit["clinical_hours"] == "[10.0,10.0,10.0,10.0,10.0,0.0,0.0]"
    assert unit["contract_level"] == "warranty"
    wo = {r.field: r.new_value for r in audit.history(store, "work_order", order.id)}
    assert wo["reported_at"] == "2026-03-02T08:30:00+00:00"
    assert audit_chain.canonical(0.1) == "0.1" and audit_chain.canonical(True) == "true"
    assert audit_chain.canonical({"b": 1, "a": [1.5]}) == '{"a":[1.5],"b":1}'


def test_the_entries_form_a_hash_chain(store: Store) -> None:
    edited_customer(store)
    rows = entries(store)
    assert [e.seq for e in rows] == list(range(1, len(rows) + 1))
    prev = "0" * 64
    for e in rows:
        payload = [
            e.seq,
            e.at.isoformat(timespec="microseconds"),
            e.user_login,
            e.table_name,
            e.record_id,
            e.action,
            e.field,
            e.old_value,
            e.new_value,
        ]
        text = prev + json.dumps(payload, ensure_ascii=False, separators=(",", ":"))
        assert e.prev_hash == prev
        assert e.hash == hashlib.sha256(text.encode()).hexdigest()
        prev = e.hash
    assert audit.verify_chain(store) is None


def test_several_flushes_in_one_transaction_and_later_sessions_extend_one_chain(
    store: Store,
) -> None:
    with store.session() as session:
        for i in range(3):
            session.add(Customer(name_zh=f"医院 {i}", grade=HospitalGrade.GRADE_3A))
            session.flush()
    edited_customer(store)
    report = audit.check_chain(store)
    assert report.problem is None
    assert report.entries == len(entries(store)) == 3 * 2 + 2 + 2


def test_a_large_flush_reads_the_head_once_and_inserts_in_one_statement(store: Store) -> None:
    statements: list[str] = []

    def seen(_conn: object, _cursor: object, statement: str, *_rest: object) -> None:
        statements.append(statement)

    event.listen(store.engine, "before_cursor_execute", seen)
    try:
        with store.session() as session:
            session.add_all(
                Customer(name_zh=f"医院 {i}", grade=HospitalGrade.GRADE_3A) for i in range(1000)
            )
    finally:
        event.remove(store.engine, "before_cursor_execute", seen)
    assert len([s for s in statements if "audit_entry" in s]) == 2  # head read + executemany
    assert audit.check_chain(store).entries == 2000


def test_a_rolled_back_save_leaves_no_entry(store: Store) -> None:
    customer_id = edited_customer(store)
    before = len(entries(store))
    with pytest.raises(RuntimeError), store.session() as session:
        record = session.get(Customer, customer_id)
        assert record is not None
        record.address = "不会保存"
        session.flush()
        raise RuntimeError("cancelled")
    assert len(entries(store)) == before
    assert audit.verify_chain(store) is None  # the recorded head rolled back too


def test_records_that_do_not_sync_are_not_audited(store: Store) -> None:
    with store.session() as session:
        session.add(LocalDevice(id=1, device_id="x", number_prefix="K7M3"))
    assert entries(store) == []


def test_sessions_that_are_not_beamsides_are_untouched(store: Store) -> None:
    with Session(store.engine) as session, session.begin():
        session.add(Customer(name_zh="外部写入", grade=HospitalGrade.GRADE_3A))
    assert entries(store) == []


def test_bulk_statements_on_synced_rows_are_refused(store: Store) -> None:
    with pytest.raises(audit.AuditBypassError), store.session() as session:
        session.execute(update(Customer).values(region="江苏"))


def test_an_altered_value_is_found_at_its_entry(store: Store) -> None:
    edited_customer(store)
    raw(store, "UPDATE audit_entry SET new_value = '别的医院' WHERE seq = 2")
    problem = audit.verify_chain(store)
    assert problem is not None and problem.seq == 2
    assert "hash mismatch" in problem.reason


def test_a_recomputed_hash_still_breaks_the_next_link(store: Store) -> None:
    edited_customer(store)
    entry = entries(store)[1]
    forged = audit_chain.entry_hash(
        entry.prev_hash,
        entry.seq,
        audit_chain.format_at(entry.at),
        entry.user_login,
        entry.table_name,
        entry.record_id,
        entry.action,
        entry.field,
        entry.old_value,
        "别的医院",
    )
    raw(store, "UPDATE audit_entry SET new_value = '别的医院', hash = ? WHERE seq = 2", forged)
    problem = audit.verify_chain(store)
    assert problem is not None and problem.seq == 3
    assert "does not link to entry #2" in problem.reason


def test_a_removed_middle_entry_is_a_gap(store: Store) -> None:
    edited_customer(store)
    raw(store, "DELETE FROM audit_entry WHERE seq = 2")
    problem = audit.verify_chain(store)
    assert problem is not None and problem.seq == 2
    assert "missing" in problem.reason


def test_a_removed_last_entry_is_found_through_the_recorded_head(store: Store) -> None:
    edited_customer(store)
    last = len(entries(store))
    raw(store, "DELETE FROM audit_entry WHERE seq = ?", last)
    problem = audit.verify_chain(store)
    assert problem is not None and problem.seq == last
    assert "newest entries were removed" in problem.reason


def test_an_emptied_trail_is_found(store: Store) -> None:
    edited_customer(store)
    raw(store, "DELETE FROM audit_entry")
    problem = audit.verify_chain(store)
    assert problem is not None and problem.seq == 1


def test_the_trail_continues_after_the_app_reopens_the_file(store: Store) -> None:
    edited_customer(store)
    store.engine.dispose()
    reopened = Store(store.engine, store.data_dir, "wang.fang")
    customers.save_customer(reopened, None, CustomerDraft(name_zh="河南省肿瘤医院"))
    assert audit.verify_chain(reopened) is None


def test_cli_says_intact_then_names_the_altered_entry(store: Store, data_dir: Path) -> None:
    edited_customer(store)
    count = len(entries(store))
    store.engine.dispose()
    intact = beamside("--data-dir", str(data_dir), "verify-audit")
    assert intact.returncode == 0, intact.stderr
    assert intact.stdout.strip() == f"audit trail intact: {count} entries"

    raw(store, "UPDATE audit_entry SET user_login = 'mallory' WHERE seq = 3")
    broken = beamside("--data-dir", str(data_dir), "verify-audit")
    assert broken.returncode == 1
    assert broken.stdout.startswith("audit trail broken at entry #3: hash mismatch")
    assert "Traceback" not in broken.stderr


def test_a_fork_is_an_entry_of_the_chain_and_read_back(store: Store) -> None:
    """The sync client records a fork (a restored laptop going on from entry #2 while
    the server had anchored up to #5) as one more linked, hashed entry."""
    edited_customer(store)
    head = entries(store)[-1]
    fork_point = entries(store)[1]
    event = audit.record_fork(store, 2, fork_point.hash, 5, "f" * 64)
    written = entries(store)[-1]
    assert (written.seq, written.prev_hash) == (head.seq + 1, head.hash)
    assert (written.table_name, written.action, written.record_id) == ("audit_entry", "fork", "2")
    assert json.loads(written.new_value or "") == {"seq": 2, "hash": fork_point.hash}
    assert json.loads(written.old_value or "") == {"seq": 5, "hash": "f" * 64}
    assert written.user_login == "tester"
    assert audit.verify_chain(store) is None
    assert audit.fork_events(store) == [event]
    assert (event.seq, event.fork_seq, event.set_aside_seq) == (head.seq + 1, 2, 5)
    # The trail goes on after it as before.
    customers.save_customer(store, None, CustomerDraft(name_zh="河南省肿瘤医院"))
    assert audit.verify_chain(store) is None and entries(store)[-1].seq > event.seq

    raw(store, "UPDATE audit_entry SET new_value = ? WHERE seq = ?", "{}", event.seq)
    problem = audit.verify_chain(store)
    assert problem is not None and problem.seq == event.seq  # a fork cannot be rewritten


def test_cli_names_the_fork_of_an_intact_trail(store: Store, data_dir: Path) -> None:
    edited_customer(store)
    fork_point = entries(store)[1]
    event = audit.record_fork(store, 2, fork_point.hash, 7, "a" * 64)
    store.engine.dispose()
    result = beamside("--data-dir", str(data_dir), "verify-audit")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == f"audit trail intact: {event.seq} entries"
    assert lines[1].startswith(f"fork after entry #2, recorded as entry #{event.seq} (")
    assert lines[1].endswith(
        "UTC): this laptop was restored and went on from there; "
        "the server keeps its anchored entries #3-#7 set aside"
    )


def test_cli_without_a_database_fails_clearly(data_dir: Path) -> None:
    result = beamside("--data-dir", str(data_dir), "verify-audit")
    assert result.returncode == 3
    assert "no database" in result.stderr
    assert not database_path(data_dir).exists()  # checking never creates one


def test_cli_with_a_damaged_database_exits_3(data_dir: Path) -> None:
    database_path(data_dir).write_bytes(b"\0garbage" * 4096)
    result = beamside("--data-dir", str(data_dir), "verify-audit")
    assert result.returncode == 3
    assert "is damaged" in result.stderr


def test_history_dialog_lists_the_records_changes(
    qtbot: QtBot, qapp: QApplication, store: Store
) -> None:
    install_translators(qapp, "en")
    customer_id = edited_customer(store)
    dialog = HistoryDialog(store, "customer", customer_id)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.model.loaded, timeout=5000) as loaded:
        dialog.show()
    assert loaded.args == [4]
    view = dialog.table.model()

    def cell(row: int, column: int) -> str:
        return str(view.index(row, column).data())

    assert [cell(r, FIELD) for r in range(4)][:2] in (["name_zh", "region"], ["region", "name_zh"])
    assert cell(0, ACTION) == "Changed" and cell(3, ACTION) == "Created"
    assert {cell(r, WHO) for r in range(4)} == {"tester"}
    renamed = next(r for r in range(4) if cell(r, FIELD) == "name_zh" and cell(r, OLD) != "—")
    assert (cell(renamed, OLD), cell(renamed, NEW)) == ("江苏省肿瘤医院", "江苏省肿瘤医院（南院）")
    # Until the catalogues list the new plural, the English source form shows.
    assert dialog.status.text().startswith("4 change")
    assert not view.flags(view.index(0, NEW)) & Qt.ItemFlag.ItemIsEditable

    dialog.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # oldest first
    assert cell(0, ACTION) == "Created"
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
