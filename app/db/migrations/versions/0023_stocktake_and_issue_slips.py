"""stocktakes with their count lines, issue slips signed by the receiver, and covering
on-hand indexes of the ledger (a location's sums read from the index alone)

Revision ID: 0023
Revises: 0019
Create Date: 2026-12-04 11:10:00.000000
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

import app.db.base

revision = "0023"
down_revision = "0022"
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


ON_HAND = ("part_id", "deleted_at", "quantity")


def upgrade() -> None:
    with op.batch_alter_table("stock_movement", schema=None) as batch_op:
        batch_op.drop_index("ix_stock_movement_from_part")
        batch_op.drop_index("ix_stock_movement_to_part")
        batch_op.create_index("ix_stock_movement_from_on_hand", ["from_location_id", *ON_HAND])
        batch_op.create_index("ix_stock_movement_to_on_hand", ["to_location_id", *ON_HAND])
    op.create_table(
        "stocktake",
        sa.Column("number", sa.String(length=40), nullable=False),
        sa.Column("location_id", sa.String(length=36), nullable=False),
        sa.Column("state", sa.String(length=32), nullable=False),
        sa.Column("counted_by", sa.String(length=64), nullable=False),
        sa.Column("started_at", app.db.base.UTCDateTime(), nullable=False),
        sa.Column("submitted_at", app.db.base.UTCDateTime(), nullable=True),
        sa.Column("decided_by", sa.String(length=64), nullable=False),
        sa.Column("decided_at", app.db.base.UTCDateTime(), nullable=True),
        sa.Column("decision_note", sa.Text(), nullable=False),
        *_synced(),
        sa.ForeignKeyConstraint(
            ["location_id"], ["stock_location.id"], name=op.f("fk_stocktake_location_id_stock_location")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stocktake")),
    )
    with op.batch_alter_table("stocktake", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_stocktake_number"), ["number"])
        batch_op.create_index(batch_op.f("ix_stocktake_location_id"), ["location_id"])
    op.create_table(
        "stocktake_line",
        sa.Column("stocktake_id", sa.String(length=36), nullable=False),
        sa.Column("part_id", sa.String(length=36), nullable=False),
        sa.Column("book_quantity", sa.Float(), nullable=False),
        sa.Column("counted_quantity", sa.Float(), nullable=True),
        sa.Column("book_serials", sa.JSON(), nullable=False),
        sa.Column("counted_serials", sa.JSON(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        *_synced(),
        sa.ForeignKeyConstraint(["part_id"], ["part.id"], name=op.f("fk_stocktake_line_part_id_part")),
        sa.ForeignKeyConstraint(
            ["stocktake_id"], ["stocktake.id"], name=op.f("fk_stocktake_line_stocktake_id_stocktake")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stocktake_line")),
    )
    with op.batch_alter_table("stocktake_line", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_stocktake_line_stocktake_id"), ["stocktake_id"])
    op.create_table(
        "stock_issue",
        sa.Column("number", sa.String(length=40), nullable=False),
        sa.Column("work_order_id", sa.String(length=36), nullable=False),
        sa.Column("from_location_id", sa.String(length=36), nullable=False),
        sa.Column("issued_by", sa.String(length=64), nullable=False),
        sa.Column("receiver_name", sa.String(length=100), nullable=False),
        sa.Column("receiver_login", sa.String(length=64), nullable=False),
        sa.Column("signed_at", app.db.base.UTCDateTime(), nullable=False),
        sa.Column("strokes", sa.JSON(), nullable=False),
        *_synced(),
        sa.ForeignKeyConstraint(
            ["from_location_id"],
            ["stock_location.id"],
            name=op.f("fk_stock_issue_from_location_id_stock_location"),
        ),
        sa.ForeignKeyConstraint(
            ["work_order_id"], ["work_order.id"], name=op.f("fk_stock_issue_work_order_id_work_order")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stock_issue")),
    )
    with op.batch_alter_table("stock_issue", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_stock_issue_number"), ["number"])
        batch_op.create_index(batch_op.f("ix_stock_issue_work_order_id"), ["work_order_id"])


def downgrade() -> None:
    op.drop_table("stock_issue")
    op.drop_table("stocktake_line")
    op.drop_table("stocktake")
    with op.batch_alter_table("stock_movement", schema=None) as batch_op:
        batch_op.drop_index("ix_stock_movement_from_on_hand")
        batch_op.drop_index("ix_stock_movement_to_on_hand")
        batch_op.create_index("ix_stock_movement_from_part", ["from_location_id", "part_id"])
        batch_op.create_index("ix_stock_movement_to_part", ["to_location_id", "part_id"])
