"""test instruments: the register and each run's use of them per section

Revision ID: 0017
Revises: 0010
Create Date: 2026-12-04 08:30:00.000000
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

import app.db.base

revision = "0017"
down_revision = "0015"
branch_labels = None
depends_on = None


def _synced_columns() -> list[sa.Column[Any]]:
    return [
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", app.db.base.UTCDateTime(), nullable=False),
        sa.Column("updated_at", app.db.base.UTCDateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("deleted_at", app.db.base.UTCDateTime(), nullable=True),
        sa.Column("sync_clocks", sa.Text(), nullable=True),
    ]


def upgrade() -> None:
    op.create_table(
        "test_instrument",
        sa.Column(
            "kind",
            sa.Enum(
                "dosimeter",
                "electrometer",
                "ion_chamber",
                "water_phantom",
                "safety_analyser",
                "survey_meter",
                name="instrumentkind",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("maker", sa.String(length=100), nullable=False),
        sa.Column("model", sa.String(length=100), nullable=False),
        sa.Column("serial", sa.String(length=40), nullable=False),
        sa.Column("certificate_no", sa.String(length=60), nullable=False),
        sa.Column("calibrated_on", sa.Date(), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=False),
        sa.Column("calibration_lab", sa.String(length=200), nullable=False),
        sa.Column("holder_login", sa.String(length=64), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("retired", sa.Boolean(), nullable=False),
        *_synced_columns(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_test_instrument")),
        sa.UniqueConstraint("maker", "model", "serial", name=op.f("uq_test_instrument_maker")),
    )
    op.create_table(
        "instrument_use",
        sa.Column("run_id", sa.String(length=36), nullable=False),
        sa.Column("section_id", sa.String(length=80), nullable=False),
        sa.Column("instrument_id", sa.String(length=36), nullable=False),
        *_synced_columns(),
        sa.ForeignKeyConstraint(
            ["run_id"], ["checklist_run.id"], name=op.f("fk_instrument_use_run_id_checklist_run")
        ),
        sa.ForeignKeyConstraint(
            ["instrument_id"],
            ["test_instrument.id"],
            name=op.f("fk_instrument_use_instrument_id_test_instrument"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_instrument_use")),
        sa.UniqueConstraint(
            "run_id", "section_id", "instrument_id", name=op.f("uq_instrument_use_run_id")
        ),
    )
    with op.batch_alter_table("instrument_use", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_instrument_use_run_id"), ["run_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_instrument_use_instrument_id"), ["instrument_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("instrument_use", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_instrument_use_instrument_id"))
        batch_op.drop_index(batch_op.f("ix_instrument_use_run_id"))
    op.drop_table("instrument_use")
    op.drop_table("test_instrument")
