"""Local signing passwords: set, check, refuse; only a salted scrypt hash is stored."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.db.signing import LocalCredential
from app.domain.records import ValidationError
from app.services.signing.credentials import TOO_SHORT, check_password, has_password, set_password
from app.services.store import Store


def test_set_and_check(store: Store) -> None:
    assert not has_password(store, "li.wei")
    assert not check_password(store, "li.wei", "anything")  # no password: nothing matches
    set_password(store, "li.wei", "直线加速器2026")
    assert has_password(store, "li.wei")
    assert check_password(store, "li.wei", "直线加速器2026")
    assert not check_password(store, "li.wei", "直线加速器2025")
    assert not check_password(store, "li.wei", "")
    assert not check_password(store, "zhang.min", "直线加速器2026")  # per login


def test_short_password_is_refused(store: Store) -> None:
    with pytest.raises(ValidationError) as refused:
        set_password(store, "li.wei", "12345")
    assert [(e.field, e.message) for e in refused.value.errors] == [("password", TOO_SHORT)]
    assert not has_password(store, "li.wei")
    set_password(store, "li.wei", "123456")  # six is enough
    assert check_password(store, "li.wei", "123456")


def test_changing_the_password_replaces_hash_and_salt(store: Store) -> None:
    set_password(store, "li.wei", "first-secret")
    with store.reading() as session:
        before = session.scalars(select(LocalCredential)).one()
        old = (before.salt, before.password_hash)
    set_password(store, "li.wei", "second-secret")
    assert not check_password(store, "li.wei", "first-secret")
    assert check_password(store, "li.wei", "second-secret")
    with store.reading() as session:
        row = session.scalars(select(LocalCredential)).one()
        assert (row.salt, row.password_hash) != old
        assert len(row.salt) == 32 and len(row.password_hash) == 128
        assert "second-secret" not in row.password_hash


def test_same_password_different_salts(store: Store) -> None:
    set_password(store, "a", "same-secret")
    set_password(store, "b", "same-secret")
    with store.reading() as session:
        hashes = {row.password_hash for row in session.scalars(select(LocalCredential))}
    assert len(hashes) == 2


def test_a_damaged_row_checks_false(store: Store) -> None:
    set_password(store, "li.wei", "first-secret")
    with store.session() as session:
        session.scalars(select(LocalCredential)).one().salt = "not hex"
    assert not check_password(store, "li.wei", "first-secret")
