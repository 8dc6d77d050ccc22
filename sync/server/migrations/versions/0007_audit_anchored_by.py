"""audit entries record the account that anchored them, beside the user they name

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-04 06:45:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    for table in ("audit_entry", "audit_set_aside"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(
                sa.Column("anchored_by", sa.String(length=64), server_default="", nullable=False)
            )


def downgrade() -> None:
    for table in ("audit_set_aside", "audit_entry"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("anchored_by")
