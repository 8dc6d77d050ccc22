"""A password per login on this laptop, to confirm an engineer's own signature.

21 CFR Part 11 §11.200 asks a signer to identify themselves again when signing; on
an offline laptop that means a local secret. It is stored as scrypt(password, salt)
with a fresh 16-byte salt each time it is set (n=2**14, r=8, p=1: about 16 MiB and
a few tens of milliseconds, cheap for one check, costly for guessing a stolen
database), compared in constant time. The table never syncs, and neither the
password nor its hash is logged or written to the audit trail.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from datetime import UTC, datetime

from app.db.signing import LocalCredential
from app.domain.i18n import QT_TRANSLATE_NOOP
from app.domain.records import FieldError, ValidationError
from app.services.store import Store

MIN_LENGTH = 6
SALT_BYTES = 16
_N, _R, _P, _KEY_BYTES = 2**14, 8, 1, 64  # 64-byte key → 128 hex digits, the column size
TOO_SHORT = QT_TRANSLATE_NOOP("Validation", "A password needs at least 6 characters.")


def _derive(password: str, salt: bytes) -> str:
    key = hashlib.scrypt(
        password.encode("utf-8", "surrogatepass"), salt=salt, n=_N, r=_R, p=_P, dklen=_KEY_BYTES
    )
    return key.hex()


def set_password(store: Store, login: str, password: str) -> None:
    """Sets (or replaces) the password of `login`; refuses one shorter than MIN_LENGTH."""
    if not login:
        raise ValueError("a password belongs to a login")
    if len(password) < MIN_LENGTH:
        raise ValidationError([FieldError("password", TOO_SHORT)])
    salt = secrets.token_bytes(SALT_BYTES)
    digest = _derive(password, salt)
    now = datetime.now(UTC)
    with store.session() as session:
        row = session.get(LocalCredential, login)
        if row is None:
            session.add(
                LocalCredential(login=login, salt=salt.hex(), password_hash=digest, updated_at=now)
            )
        else:
            row.salt, row.password_hash, row.updated_at = salt.hex(), digest, now


def has_password(store: Store, login: str) -> bool:
    with store.reading() as session:
        return session.get(LocalCredential, login) is not None


def check_password(store: Store, login: str, password: str) -> bool:
    """True only when `login` has a password and this is it; never raises on bad input."""
    with store.reading() as session:
        row = session.get(LocalCredential, login)
        if row is None:
            return False
        salt_hex, expected = row.salt, row.password_hash
    try:
        salt = bytes.fromhex(salt_hex)
    except ValueError:
        return False
    return hmac.compare_digest(_derive(password, salt).encode(), expected.encode())
