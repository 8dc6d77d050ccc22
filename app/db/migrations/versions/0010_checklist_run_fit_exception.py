"""checklist run: the reason a template not made for the unit was used

Revision ID: 0010
Revises: 0004
Create Date: 2026-12-04 05:55:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("checklist_run", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("fit_exception", sa.Text(), server_default="", nullable=False)
        )


def downgrade() -> None:
    with op.batch_alter_table("checklist_run", schema=None) as batch_op:
        batch_op.drop_column("fit_exception")
