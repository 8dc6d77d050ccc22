"""company profile: the service company's names, address, contact, logo and seal

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-04 07:51:35.888631
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import app.db.base

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "company_profile",
        sa.Column("name_zh", sa.String(length=200), nullable=False),
        sa.Column("name_en", sa.String(length=200), nullable=False),
        sa.Column("address_zh", sa.String(length=400), nullable=False),
        sa.Column("address_en", sa.String(length=400), nullable=False),
        sa.Column("phone", sa.String(length=60), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("website", sa.String(length=200), nullable=False),
        sa.Column("logo_png", sa.String(length=349528), nullable=False),
        sa.Column("seal_png", sa.String(length=349528), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", app.db.base.UTCDateTime(), nullable=False),
        sa.Column("updated_at", app.db.base.UTCDateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("deleted_at", app.db.base.UTCDateTime(), nullable=True),
        sa.Column("sync_clocks", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_company_profile")),
    )


def downgrade() -> None:
    op.drop_table("company_profile")
