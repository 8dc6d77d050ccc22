"""site action levels: a hospital site's own action level for site-settable items

Revision ID: 0021
Revises: 0019
Create Date: 2026-12-04 11:10:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import app.db.base

revision = "0021"
down_revision = "0020"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "site_action_level",
        sa.Column("site_id", sa.String(length=36), nullable=False),
        sa.Column("template_id", sa.String(length=80), nullable=False),
        sa.Column("item_id", sa.String(length=80), nullable=False),
        sa.Column("action", sa.String(length=20), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("set_by", sa.String(length=100), nullable=False),
        sa.Column("set_at", app.db.base.UTCDateTime(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", app.db.base.UTCDateTime(), nullable=False),
        sa.Column("updated_at", app.db.base.UTCDateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("deleted_at", app.db.base.UTCDateTime(), nullable=True),
        sa.Column("sync_clocks", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["site_id"], ["site.id"], name=op.f("fk_site_action_level_site_id_site")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_site_action_level")),
        sa.UniqueConstraint(
            "site_id", "template_id", "item_id", name=op.f("uq_site_action_level_site_id")
        ),
    )
    with op.batch_alter_table("site_action_level", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_site_action_level_site_id"), ["site_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("site_action_level", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_site_action_level_site_id"))
    op.drop_table("site_action_level")
