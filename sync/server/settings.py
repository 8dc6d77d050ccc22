"""One typed settings object for the server, made by the command line or by tests."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path

DATABASE_URL_ENV = "DATABASE_URL"
SQLITE_FILE = "server.sqlite3"
BLOB_STORAGE_ENV = "BEAMSIDE_BLOB_STORAGE"
FOLDER_BLOBS, DATABASE_BLOBS = "folder", "database"
BLOB_STORAGES = (FOLDER_BLOBS, DATABASE_BLOBS)


@dataclass(frozen=True)
class PasswordCost:
    """argon2id parameters. The defaults are argon2-cffi's (RFC 9106 "second choice",
    64 MiB, 3 passes) and are what production uses; tests pass `PasswordCost.cheap()`
    so a suite with dozens of logins stays fast."""

    time_cost: int = 3
    memory_kib: int = 65536
    parallelism: int = 4

    @classmethod
    def cheap(cls) -> PasswordCost:
        return cls(time_cost=1, memory_kib=1024, parallelism=1)


@dataclass(frozen=True)
class ThrottleRule:
    """After `free` failed logins, each further attempt must wait `base_delay` seconds,
    doubling per failure up to `max_delay`; at `lock_after` failures the key is locked
    for `lock_seconds`. Failures are counted when the attempt starts (and forgiven on
    success), so concurrent attempts cannot all slip under the threshold."""

    free: int
    lock_after: int
    base_delay: float
    max_delay: float
    lock_seconds: int

    def delay(self, failures: int) -> float:
        if failures < self.free:
            return 0.0
        return float(min(self.base_delay * 2 ** (failures - self.free), self.max_delay))


@dataclass(frozen=True)
class LoginThrottle:
    """Per account: a person mistyping gets a couple of free tries; ten failures lock it
    for 15 minutes. Per source address: an office behind one NAT mistypes more often,
    so the allowance is larger, but a sweep over many accounts is stopped too."""

    account: ThrottleRule = field(
        default_factory=lambda: ThrottleRule(
            free=3, lock_after=10, base_delay=1.0, max_delay=60.0, lock_seconds=15 * 60
        )
    )
    address: ThrottleRule = field(
        default_factory=lambda: ThrottleRule(
            free=10, lock_after=50, base_delay=1.0, max_delay=30.0, lock_seconds=15 * 60
        )
    )


@dataclass(frozen=True)
class Settings:
    data_dir: Path
    database_url: str | None = None  # None: SQLite in data_dir
    host: str = "127.0.0.1"
    port: int = 8765
    # Request size limits (413 beyond them): JSON bodies, and one blob chunk.
    max_json_bytes: int = 32 * 1024 * 1024
    max_chunk_bytes: int = 8 * 1024 * 1024
    max_blob_bytes: int = 2 * 1024 * 1024 * 1024
    password_cost: PasswordCost = field(default_factory=PasswordCost)
    # Pull page size: the default and the most a client may ask for.
    pull_default_limit: int = 1000
    pull_max_limit: int = 10_000
    # Device tokens: refused after this long unused; replaced by a new one (sent in the
    # X-Beamside-Token header) on the first use after `token_rotation`, the old one
    # still accepted for as long again (requests already under way).
    token_inactivity: timedelta = timedelta(days=90)
    token_rotation: timedelta = timedelta(hours=1)
    # Run the migrations when the app is created (tests of migrations turn it off).
    migrate_on_start: bool = True
    # Password hashing runs in a small pool (each argon2 call takes 64 MiB and a core);
    # logins past the pool wait in a queue this long, and past that get 503.
    hash_workers: int = 2
    hash_queue: int = 8
    login_throttle: LoginThrottle = field(default_factory=lambda: LoginThrottle())
    # An upload with no new bytes for this long is removed (its file and its record).
    stale_upload_seconds: int = 24 * 3600
    # Where blob bytes live: "folder" (data_dir/blobs, the default) or "database" (the
    # blob_chunk table: several server processes on one PostgreSQL need no shared
    # folder). Switching does not move blobs already stored.
    blob_storage: str = FOLDER_BLOBS
    # /docs, /redoc and /openapi.json: off unless asked for (they map the attack surface).
    api_docs: bool = False

    def __post_init__(self) -> None:
        if self.blob_storage not in BLOB_STORAGES:
            raise ValueError(
                f"blob storage {self.blob_storage!r}: choose one of {', '.join(BLOB_STORAGES)}"
            )

    @property
    def url(self) -> str:
        """The SQLAlchemy URL: the given one (psycopg 3 for PostgreSQL) or SQLite."""
        if self.database_url:
            return normalise_url(self.database_url)
        return f"sqlite:///{self.data_dir / SQLITE_FILE}"

    @property
    def is_sqlite(self) -> bool:
        return self.url.startswith("sqlite")

    @property
    def blobs_dir(self) -> Path:
        return self.data_dir / "blobs"

    @property
    def ca_dir(self) -> Path:
        return self.data_dir / "ca"


def normalise_url(url: str) -> str:
    """`postgres://…` and `postgresql://…` (as libpq and hosting panels write them) mean
    psycopg 3 here; psycopg2 is not installed."""
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url


def database_url_from_env(given: str | None) -> str | None:
    return given or os.environ.get(DATABASE_URL_ENV) or None
