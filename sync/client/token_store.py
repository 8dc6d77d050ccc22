"""Where the device token lives: the system keyring, or a private file where there is
none (a server without a desktop session, a minimal Linux install).

The token proves this laptop to the server for as long as the office does not revoke
it, so the user logs in once per device. `where()` tells the Sync page which store is
in use, so the fallback is never silent.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from app.durable import write_atomically

SERVICE = "Beamside sync"
FILE_NAME = "sync-token.json"
# Set to "file" to skip the keyring (tests, kiosk installs).
ENV = "BEAMSIDE_TOKEN_STORE"


def _account(server: str, user: str) -> str:
    return f"{server.rstrip('/')}|{user}"


def _keyring_usable() -> bool:
    if os.environ.get(ENV) == "file":
        return False
    try:
        import keyring
        from keyring.backends import fail

        backend = keyring.get_keyring()
    except Exception:  # noqa: BLE001  (any import or backend trouble: use the file)
        return False
    if isinstance(backend, fail.Keyring):
        return False
    return getattr(backend, "priority", 1) > 0


def where(data_dir: Path) -> str:
    """Where the token is kept: "keyring", or the path of the file."""
    return "keyring" if _keyring_usable() else str(data_dir / FILE_NAME)


def save_token(data_dir: Path, server: str, user: str, token: str) -> None:
    if _keyring_usable():
        import keyring

        try:
            keyring.set_password(SERVICE, _account(server, user), token)
            return
        except Exception:  # noqa: BLE001  (a locked or broken keyring: use the file)
            pass
    tokens = _read_file(data_dir)
    tokens[_account(server, user)] = token
    _write_file(data_dir, tokens)


def load_token(data_dir: Path, server: str, user: str) -> str | None:
    if _keyring_usable():
        import keyring

        try:
            token = keyring.get_password(SERVICE, _account(server, user))
            if token:
                return token
        except Exception:  # noqa: BLE001
            pass
    return _read_file(data_dir).get(_account(server, user))


def forget_token(data_dir: Path, server: str, user: str) -> None:
    if _keyring_usable():
        import keyring

        try:
            keyring.delete_password(SERVICE, _account(server, user))
        except Exception:  # noqa: BLE001  (nothing stored there)
            pass
    tokens = _read_file(data_dir)
    if tokens.pop(_account(server, user), None) is not None:
        _write_file(data_dir, tokens)


def _read_file(data_dir: Path) -> dict[str, str]:
    try:
        loaded = json.loads((data_dir / FILE_NAME).read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    return {str(k): str(v) for k, v in loaded.items()} if isinstance(loaded, dict) else {}


def _write_file(data_dir: Path, tokens: dict[str, str]) -> None:
    write_atomically(data_dir / FILE_NAME, json.dumps(tokens).encode(), mode=0o600)
