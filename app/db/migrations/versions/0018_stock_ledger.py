"""stock ledger: locations, append-only movements, and the catalogue fields they need

Revision ID: 0018
Revises: 0012
Create Date: 2026-12-04 08:55:00.000000
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

import app.db.base

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None


def _synced() -> list[sa.Column[Any]]:
    return [
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", app.db.base.UTCDateTime(), nullable=False),
        sa.Column("updated_at", app.db.base.UTCDateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("deleted_at", app.db.base.UTCDateTime(), nullable=True),
        sa.Column("sync_clocks", sa.Text(), nullable=True),
    ]


def upgrade() -> None:
    with op.batch_alter_table("part", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("serialised", sa.Boolean(), server_default=sa.false(), nullable=False)
        )
        batch_op.add_column(
            sa.Column("reorder_level", sa.Float(), server_default="0", nullable=False)
        )
    op.create_table(
        "stock_location",
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("name_zh", sa.String(length=120), nullable=False),
        sa.Column("name_en", sa.String(length=120), nullable=False),
        sa.Column("holder_login", sa.String(length=64), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        *_synced(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stock_location")),
    )
    op.create_table(
        "stock_movement",
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("part_id", sa.String(length=36), nullable=False),
        sa.Column("quantity", sa.Float(), nullable=False),
        sa.Column("from_location_id", sa.String(length=36), nullable=True),
        sa.Column("to_location_id", sa.String(length=36), nullable=True),
        sa.Column("work_order_id", sa.String(length=36), nullable=True),
        sa.Column("serial", sa.String(length=60), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("reference", sa.String(length=120), nullable=False),
        sa.Column("by_login", sa.String(length=64), nullable=False),
        sa.Column("at", app.db.base.UTCDateTime(), nullable=False),
        *_synced(),
        sa.ForeignKeyConstraint(
            ["from_location_id"],
            ["stock_location.id"],
            name=op.f("fk_stock_movement_from_location_id_stock_location"),
        ),
        sa.ForeignKeyConstraint(
            ["part_id"], ["part.id"], name=op.f("fk_stock_movement_part_id_part")
        ),
        sa.ForeignKeyConstraint(
            ["to_location_id"],
            ["stock_location.id"],
            name=op.f("fk_stock_movement_to_location_id_stock_location"),
        ),
        sa.ForeignKeyConstraint(
            ["work_order_id"],
            ["work_order.id"],
            name=op.f("fk_stock_movement_work_order_id_work_order"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stock_movement")),
    )
    with op.batch_alter_table("stock_movement", schema=None) as batch_op:
        batch_op.create_index("ix_stock_movement_from_part", ["from_location_id", "part_id"])
        batch_op.create_index("ix_stock_movement_to_part", ["to_location_id", "part_id"])
        batch_op.create_index(batch_op.f("ix_stock_movement_part_id"), ["part_id"])
        batch_op.create_index(batch_op.f("ix_stock_movement_work_order_id"), ["work_order_id"])


def downgrade() -> None:
    op.drop_table("stock_movement")
    op.drop_table("stock_location")
    with op.batch_alter_table("part", schema=None) as batch_op:
        batch_op.drop_column("reorder_level")
        batch_op.drop_column("serialised")
