"""admin actions recorded for auditors; device tokens expire unused and are rotated

Revision ID: 0008
Revises: 0006
Create Date: 2026-12-04 06:35:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import app.db.base

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "admin_action",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column("at", app.db.base.UTCDateTime(), nullable=False),
        sa.Column("actor", sa.String(length=64), nullable=False),
        sa.Column("source", sa.String(length=64), nullable=False),
        sa.Column("action", sa.String(length=32), nullable=False),
        sa.Column("subject", sa.String(length=200), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_admin_action")),
    )
    with op.batch_alter_table("admin_action", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_admin_action_at"), ["at"], unique=False)
    with op.batch_alter_table("device", schema=None) as batch_op:
        batch_op.add_column(sa.Column("token_used_at", app.db.base.UTCDateTime(), nullable=True))
        batch_op.add_column(sa.Column("token_issued_at", app.db.base.UTCDateTime(), nullable=True))
        batch_op.add_column(sa.Column("previous_token_sha256", sa.String(length=64), nullable=True))
        batch_op.create_index(
            batch_op.f("ix_device_previous_token_sha256"), ["previous_token_sha256"]
        )
    # Tokens issued before this revision count as issued and used at their login.
    op.execute(
        "UPDATE device SET token_used_at = last_login_at, token_issued_at = last_login_at "
        "WHERE token_sha256 IS NOT NULL"
    )


def downgrade() -> None:
    with op.batch_alter_table("device", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_device_previous_token_sha256"))
        batch_op.drop_column("previous_token_sha256")
        batch_op.drop_column("token_issued_at")
        batch_op.drop_column("token_used_at")
    with op.batch_alter_table("admin_action", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_admin_action_at"))
    op.drop_table("admin_action")
