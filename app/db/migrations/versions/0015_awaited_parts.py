"""awaited part: which part a work order waits for, its order and expected date

Revision ID: 0015
Revises: 0010
Create Date: 2026-12-04 08:10:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import app.db.base

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "awaited_part",
        sa.Column("work_order_id", sa.String(length=36), nullable=False),
        sa.Column("part_id", sa.String(length=36), nullable=True),
        sa.Column("description", sa.String(length=200), nullable=False),
        sa.Column("quantity", sa.Float(), nullable=False),
        sa.Column("order_reference", sa.String(length=60), nullable=False),
        sa.Column("expected_on", sa.Date(), nullable=True),
        sa.Column("received_at", app.db.base.UTCDateTime(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", app.db.base.UTCDateTime(), nullable=False),
        sa.Column("updated_at", app.db.base.UTCDateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("deleted_at", app.db.base.UTCDateTime(), nullable=True),
        sa.Column("sync_clocks", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["part_id"], ["part.id"], name=op.f("fk_awaited_part_part_id_part")
        ),
        sa.ForeignKeyConstraint(
            ["work_order_id"],
            ["work_order.id"],
            name=op.f("fk_awaited_part_work_order_id_work_order"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_awaited_part")),
    )
    with op.batch_alter_table("awaited_part", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_awaited_part_work_order_id"), ["work_order_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("awaited_part", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_awaited_part_work_order_id"))
    op.drop_table("awaited_part")
