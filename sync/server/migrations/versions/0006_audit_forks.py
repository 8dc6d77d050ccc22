"""audit forks: a device's trail restarted from an older entry, the old branch kept

Revision ID: 0006
Revises: 0002
Create Date: 2026-12-04 05:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import app.db.base

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "audit_fork",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column("device_id", sa.String(length=64), nullable=False),
        sa.Column("fork_seq", sa.BigInteger(), nullable=False),
        sa.Column("fork_hash", sa.String(length=64), nullable=False),
        sa.Column("old_seq", sa.BigInteger(), nullable=False),
        sa.Column("old_hash", sa.String(length=64), nullable=False),
        sa.Column("user_name", sa.String(length=64), nullable=False),
        sa.Column("created_at", app.db.base.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_fork")),
    )
    with op.batch_alter_table("audit_fork", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_fork_device_id"), ["device_id"], unique=False)
    op.create_table(
        "audit_set_aside",
        sa.Column("fork_id", sa.BigInteger(), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("device_id", sa.String(length=64), nullable=False),
        sa.Column("at", sa.Text(), nullable=False),
        sa.Column("user_login", sa.Text(), nullable=False),
        sa.Column("table_name", sa.Text(), nullable=False),
        sa.Column("record_id", sa.Text(), nullable=False),
        sa.Column("action", sa.Text(), nullable=False),
        sa.Column("field", sa.Text(), nullable=False),
        sa.Column("old_value", sa.Text(), nullable=True),
        sa.Column("new_value", sa.Text(), nullable=True),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.Column("received_at", app.db.base.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["fork_id"], ["audit_fork.id"], name=op.f("fk_audit_set_aside_fork_id_audit_fork")
        ),
        sa.PrimaryKeyConstraint("fork_id", "seq", name=op.f("pk_audit_set_aside")),
    )


def downgrade() -> None:
    op.drop_table("audit_set_aside")
    with op.batch_alter_table("audit_fork", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_fork_device_id"))
    op.drop_table("audit_fork")
