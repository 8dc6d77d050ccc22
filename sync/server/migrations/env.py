"""Alembic environment of the sync server: migrates the connection db.migrate() hands
over (or, for `alembic revision --autogenerate` by hand, the URL in the config)."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from sync.server.models import ServerBase

config = context.config
target_metadata = ServerBase.metadata


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        context.configure(
            connection=connection, target_metadata=target_metadata, render_as_batch=True
        )
        with context.begin_transaction():
            context.run_migrations()
        return
    engine = create_engine(config.get_main_option("sqlalchemy.url") or "sqlite://")
    with engine.begin() as conn:
        context.configure(connection=conn, target_metadata=target_metadata, render_as_batch=True)
        with context.begin_transaction():
            context.run_migrations()


run_migrations_online()
