"""baselines of a unit as a whole, and values compared with them

TG-142 Table VI judges image quality and imaging dose against the unit's baseline, with
no number: a baseline may now belong to the unit rather than one beam (beam_id NULL),
and an item's value row keeps the baseline it was compared with and the difference.
Existing baselines and values are kept as they are (every existing baseline has a beam;
existing values have no baseline).

Revision ID: 0033
Revises: 0028 (was 0026; relinked after the staff migration 0028)
Create Date: 2026-12-04 14:10:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0033"
down_revision = "0028"  # relinked: 0028 (staff) comes first
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("checklist_baseline", schema=None) as batch_op:
        batch_op.alter_column("beam_id", existing_type=sa.String(length=36), nullable=True)
    with op.batch_alter_table("checklist_value", schema=None) as batch_op:
        batch_op.add_column(sa.Column("baseline", sa.Float(), nullable=True))
        batch_op.add_column(sa.Column("baseline_id", sa.String(length=36), nullable=True))
        batch_op.add_column(sa.Column("difference", sa.Float(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_checklist_value_baseline_id_checklist_baseline"),
            "checklist_baseline",
            ["baseline_id"],
            ["id"],
        )


def downgrade() -> None:
    with op.batch_alter_table("checklist_value", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_checklist_value_baseline_id_checklist_baseline"), type_="foreignkey"
        )
        batch_op.drop_column("difference")
        batch_op.drop_column("baseline_id")
        batch_op.drop_column("baseline")
    op.execute("DELETE FROM checklist_baseline WHERE beam_id IS NULL")
    with op.batch_alter_table("checklist_baseline", schema=None) as batch_op:
        batch_op.alter_column("beam_id", existing_type=sa.String(length=36), nullable=False)
