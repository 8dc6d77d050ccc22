"""the unit's configuration: treatment class, options, beams, software versions;
checklist baselines and per-beam values (issue 11 section 3)

Existing units get no class ("" — runs keep choosing one until it is set), no options
and no beams; existing runs no override reason.

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-04 11:06:08.179186
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import app.db.base

revision = "0020"
down_revision = "0019"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "unit_beam",
        sa.Column("equipment_id", sa.String(length=36), nullable=False),
        sa.Column(
            "particle",
            sa.Enum("photon", "electron", name="particle", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column("energy", sa.Float(), nullable=False),
        sa.Column("fff", sa.Boolean(), nullable=False),
        sa.Column("reference_output", sa.Float(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", app.db.base.UTCDateTime(), nullable=False),
        sa.Column("updated_at", app.db.base.UTCDateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("deleted_at", app.db.base.UTCDateTime(), nullable=True),
        sa.Column("sync_clocks", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["equipment_id"], ["equipment.id"], name=op.f("fk_unit_beam_equipment_id_equipment")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_unit_beam")),
    )
    with op.batch_alter_table("unit_beam", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_unit_beam_equipment_id"), ["equipment_id"], unique=False
        )

    op.create_table(
        "unit_software_version",
        sa.Column("equipment_id", sa.String(length=36), nullable=False),
        sa.Column("component", sa.String(length=100), nullable=False),
        sa.Column("version", sa.String(length=60), nullable=False),
        sa.Column("installed_on", sa.Date(), nullable=False),
        sa.Column("recorded_by", sa.String(length=100), nullable=False),
        sa.Column("work_order_id", sa.String(length=36), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", app.db.base.UTCDateTime(), nullable=False),
        sa.Column("updated_at", app.db.base.UTCDateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("deleted_at", app.db.base.UTCDateTime(), nullable=True),
        sa.Column("sync_clocks", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["equipment_id"],
            ["equipment.id"],
            name=op.f("fk_unit_software_version_equipment_id_equipment"),
        ),
        sa.ForeignKeyConstraint(
            ["work_order_id"],
            ["work_order.id"],
            name=op.f("fk_unit_software_version_work_order_id_work_order"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_unit_software_version")),
    )
    with op.batch_alter_table("unit_software_version", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_unit_software_version_equipment_id"), ["equipment_id"], unique=False
        )

    op.create_table(
        "checklist_baseline",
        sa.Column("equipment_id", sa.String(length=36), nullable=False),
        sa.Column("item_id", sa.String(length=80), nullable=False),
        sa.Column("beam_id", sa.String(length=36), nullable=False),
        sa.Column("value", sa.Float(), nullable=False),
        sa.Column("unit", sa.String(length=20), nullable=False),
        sa.Column(
            "occasion",
            sa.Enum(
                "acceptance", "recalibration", name="baselineoccasion", native_enum=False, length=32
            ),
            nullable=False,
        ),
        sa.Column("set_at", app.db.base.UTCDateTime(), nullable=False),
        sa.Column("set_by", sa.String(length=100), nullable=False),
        sa.Column("run_id", sa.String(length=36), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", app.db.base.UTCDateTime(), nullable=False),
        sa.Column("updated_at", app.db.base.UTCDateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("deleted_at", app.db.base.UTCDateTime(), nullable=True),
        sa.Column("sync_clocks", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["beam_id"], ["unit_beam.id"], name=op.f("fk_checklist_baseline_beam_id_unit_beam")
        ),
        sa.ForeignKeyConstraint(
            ["equipment_id"],
            ["equipment.id"],
            name=op.f("fk_checklist_baseline_equipment_id_equipment"),
        ),
        sa.ForeignKeyConstraint(
            ["run_id"],
            ["checklist_run.id"],
            name=op.f("fk_checklist_baseline_run_id_checklist_run"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_checklist_baseline")),
    )
    with op.batch_alter_table("checklist_baseline", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_checklist_baseline_beam_id"), ["beam_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_checklist_baseline_equipment_id"), ["equipment_id"], unique=False
        )

    op.create_table(
        "checklist_beam_value",
        sa.Column("run_id", sa.String(length=36), nullable=False),
        sa.Column("item_id", sa.String(length=80), nullable=False),
        sa.Column("beam_id", sa.String(length=36), nullable=False),
        sa.Column("beam_label", sa.String(length=40), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("number", sa.Float(), nullable=True),
        sa.Column("unit", sa.String(length=20), nullable=False),
        sa.Column("baseline", sa.Float(), nullable=True),
        sa.Column("baseline_id", sa.String(length=36), nullable=True),
        sa.Column("difference", sa.Float(), nullable=True),
        sa.Column(
            "verdict",
            sa.Enum(
                "pending",
                "pass",
                "warning",
                "fail",
                "not_applicable",
                name="verdict",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("entered_at", app.db.base.UTCDateTime(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", app.db.base.UTCDateTime(), nullable=False),
        sa.Column("updated_at", app.db.base.UTCDateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("deleted_at", app.db.base.UTCDateTime(), nullable=True),
        sa.Column("sync_clocks", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["baseline_id"],
            ["checklist_baseline.id"],
            name=op.f("fk_checklist_beam_value_baseline_id_checklist_baseline"),
        ),
        sa.ForeignKeyConstraint(
            ["beam_id"], ["unit_beam.id"], name=op.f("fk_checklist_beam_value_beam_id_unit_beam")
        ),
        sa.ForeignKeyConstraint(
            ["run_id"],
            ["checklist_run.id"],
            name=op.f("fk_checklist_beam_value_run_id_checklist_run"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_checklist_beam_value")),
        sa.UniqueConstraint(
            "run_id", "item_id", "beam_id", name=op.f("uq_checklist_beam_value_run_id")
        ),
    )
    with op.batch_alter_table("checklist_beam_value", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_checklist_beam_value_run_id"), ["run_id"], unique=False
        )

    with op.batch_alter_table("checklist_run", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("class_override_reason", sa.Text(), server_default="", nullable=False)
        )

    with op.batch_alter_table("equipment", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("treatment_class", sa.String(length=32), server_default="", nullable=False)
        )
        batch_op.add_column(
            sa.Column("installed_options", sa.JSON(), server_default="[]", nullable=False)
        )


def downgrade() -> None:
    with op.batch_alter_table("equipment", schema=None) as batch_op:
        batch_op.drop_column("installed_options")
        batch_op.drop_column("treatment_class")

    with op.batch_alter_table("checklist_run", schema=None) as batch_op:
        batch_op.drop_column("class_override_reason")

    with op.batch_alter_table("checklist_beam_value", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_checklist_beam_value_run_id"))

    op.drop_table("checklist_beam_value")
    with op.batch_alter_table("checklist_baseline", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_checklist_baseline_equipment_id"))
        batch_op.drop_index(batch_op.f("ix_checklist_baseline_beam_id"))

    op.drop_table("checklist_baseline")
    with op.batch_alter_table("unit_software_version", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_unit_software_version_equipment_id"))

    op.drop_table("unit_software_version")
    with op.batch_alter_table("unit_beam", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_unit_beam_equipment_id"))

    op.drop_table("unit_beam")
