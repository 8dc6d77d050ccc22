"""login throttling counts; account names in their canonical form

Revision ID: 0004
Revises: 0002
Create Date: 2026-12-04 05:20:00
"""

from __future__ import annotations

import unicodedata

import sqlalchemy as sa
from alembic import op

from app.db.base import UTCDateTime

revision = "0004"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "login_failures",
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("last_failure_at", UTCDateTime(), nullable=False),
        sa.Column("locked_until", UTCDateTime(), nullable=True),
        sa.PrimaryKeyConstraint("kind", "key", name=op.f("pk_login_failures")),
    )
    # Names are now looked up in canonical form (sync/server/names.py): store existing
    # ones so, unless two would become one — those stay as they are for the office to
    # rename, and log in under their exact old spelling no longer.
    connection = op.get_bind()
    user = sa.table("server_user", sa.column("id"), sa.column("name"))
    rows = connection.execute(sa.select(user.c.id, user.c.name)).all()
    taken = {name for _, name in rows}
    for user_id, name in rows:
        canonical = unicodedata.normalize("NFKC", name).strip().casefold()
        if canonical != name and canonical not in taken:
            connection.execute(sa.update(user).where(user.c.id == user_id).values(name=canonical))
            taken.discard(name)
            taken.add(canonical)


def downgrade() -> None:
    op.drop_table("login_failures")
