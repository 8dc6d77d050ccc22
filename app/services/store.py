"""The handle services work through: the engine, a session per unit of work, the user.

Services open a session, do one unit of work and commit once; the UI never holds a
Session or a live ORM object, only the plain data services return. Every session
made here records its changes to synced rows in the audit trail (services/audit.py)
and in the sync outbox (services/outbox.py), and refuses changes to signed records.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from app.db.engine import make_session_factory
from app.services import audit
from app.services.signing import record_lock
from app.services.sync import outbox


@dataclass
class Store:
    engine: Engine
    data_dir: Path
    user_login: str = "local"
    _factory: sessionmaker[Session] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._factory = make_session_factory(self.engine)
        audit.install(self._factory)
        record_lock.install(self._factory)
        outbox.install(self._factory)

    def _open(self) -> Session:
        """A session that knows who acts in it, for the audit trail it writes."""
        return self._factory(info={audit.USER_LOGIN: self.user_login})

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session committed when the block ends normally, rolled back otherwise."""
        with self._open() as session, session.begin():
            yield session

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for reads only: nothing is committed."""
        with self._open() as session:
            yield session
