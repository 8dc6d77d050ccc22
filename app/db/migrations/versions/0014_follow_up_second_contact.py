"""follow-up: which contact of the quality tracking

The procedure reads both ways — quality tracking "一般为维修后的1–2周" and "12 周" — so a
follow-up is the first call (7–14 days after the work) or the second contact at the end
of a tracking period of up to 12 weeks (issue 11 §6). Follow-ups made before are first
calls. (The adverse-event answer of a repair record is revision 0019's.)

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-04 08:20:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("follow_up", schema=None) as batch_op:
        batch_op.add_column(sa.Column("contact", sa.Integer(), server_default="1", nullable=False))


def downgrade() -> None:
    with op.batch_alter_table("follow_up", schema=None) as batch_op:
        batch_op.drop_column("contact")
