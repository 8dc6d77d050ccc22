"""acceptance specifications per unit model (from the contract's ATP); the person a
service contract names to sign the clinical release

Revision ID: 0040
Revises: 0034 (was 0033; relinked after 0034, customer downtime: revisions run in
the order of their numbers)
Create Date: 2026-12-04 17:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import app.db.base

revision = "0040"
down_revision = "0034"  # relinked: 0034 (customer downtime) comes first
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "acceptance_spec",
        sa.Column("model_id", sa.String(length=36), nullable=False),
        sa.Column("template_id", sa.String(length=80), nullable=False),
        sa.Column("item_id", sa.String(length=80), nullable=False),
        sa.Column("tolerance", sa.String(length=20), nullable=False),
        sa.Column("document", sa.Text(), nullable=False),
        sa.Column("entered_by", sa.String(length=100), nullable=False),
        sa.Column("entered_at", app.db.base.UTCDateTime(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", app.db.base.UTCDateTime(), nullable=False),
        sa.Column("updated_at", app.db.base.UTCDateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("deleted_at", app.db.base.UTCDateTime(), nullable=True),
        sa.Column("sync_clocks", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["model_id"],
            ["equipment_model.id"],
            name=op.f("fk_acceptance_spec_model_id_equipment_model"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_acceptance_spec")),
        sa.UniqueConstraint(
            "model_id", "template_id", "item_id", name=op.f("uq_acceptance_spec_model_id")
        ),
    )
    with op.batch_alter_table("acceptance_spec", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_acceptance_spec_model_id"), ["model_id"], unique=False)
    with op.batch_alter_table("service_contract", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("release_signer_name", sa.String(length=100), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("release_signer_role", sa.String(length=100), nullable=False, server_default="")
        )


def downgrade() -> None:
    with op.batch_alter_table("service_contract", schema=None) as batch_op:
        batch_op.drop_column("release_signer_role")
        batch_op.drop_column("release_signer_name")
    with op.batch_alter_table("acceptance_spec", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_acceptance_spec_model_id"))
    op.drop_table("acceptance_spec")
