"""clinical release and acceptance testing; replaced components on the repair record

The engineer's "back in clinical use" checkbox gives way to a signed clinical release
(issue 11 §1). A repair record that had the box ticked becomes a legacy release: the
engineer's own statement, by the engineer who last saved the record, at the time the
box was ticked, marked `legacy` and without a signature. Its id is derived from the
repair record's id, so every laptop that upgrades writes the same row.

Revision ID: 0013
Revises: 0010
Create Date: 2026-12-04 08:10:00.000000
"""

from __future__ import annotations

import uuid

import sqlalchemy as sa
from alembic import op

import app.db.base

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

LEGACY_NAMESPACE = uuid.UUID("6f1c2a52-6d0e-4b7e-9a53-0c3a4d1b7e11")


def _stamps() -> list[sa.Column]:
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
        "clinical_release",
        sa.Column("work_order_id", sa.String(length=36), nullable=False),
        sa.Column("equipment_id", sa.String(length=36), nullable=False),
        sa.Column("signature_id", sa.String(length=36), nullable=True),
        sa.Column("released_by", sa.String(length=100), nullable=False),
        sa.Column("released_by_role", sa.String(length=100), nullable=False),
        sa.Column("organisation", sa.String(length=200), nullable=False),
        sa.Column("released_at", app.db.base.UTCDateTime(), nullable=False),
        sa.Column("legacy", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("warnings_shown", sa.Text(), server_default="", nullable=False),
        *_stamps(),
        sa.ForeignKeyConstraint(
            ["equipment_id"],
            ["equipment.id"],
            name=op.f("fk_clinical_release_equipment_id_equipment"),
        ),
        sa.ForeignKeyConstraint(
            ["signature_id"],
            ["signature.id"],
            name=op.f("fk_clinical_release_signature_id_signature"),
        ),
        sa.ForeignKeyConstraint(
            ["work_order_id"],
            ["work_order.id"],
            name=op.f("fk_clinical_release_work_order_id_work_order"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_clinical_release")),
    )
    with op.batch_alter_table("clinical_release", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_clinical_release_equipment_id"), ["equipment_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_clinical_release_work_order_id"), ["work_order_id"], unique=False
        )
    op.create_table(
        "acceptance_testing",
        sa.Column("equipment_id", sa.String(length=36), nullable=False),
        sa.Column("work_order_id", sa.String(length=36), nullable=False),
        sa.Column("component", sa.String(length=40), nullable=False),
        sa.Column("raised_at", app.db.base.UTCDateTime(), nullable=False),
        sa.Column("tested_at", app.db.base.UTCDateTime(), nullable=True),
        sa.Column("tested_by", sa.String(length=100), server_default="", nullable=False),
        sa.Column("test_record", sa.Text(), server_default="", nullable=False),
        *_stamps(),
        sa.ForeignKeyConstraint(
            ["equipment_id"],
            ["equipment.id"],
            name=op.f("fk_acceptance_testing_equipment_id_equipment"),
        ),
        sa.ForeignKeyConstraint(
            ["work_order_id"],
            ["work_order.id"],
            name=op.f("fk_acceptance_testing_work_order_id_work_order"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_acceptance_testing")),
    )
    with op.batch_alter_table("acceptance_testing", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_acceptance_testing_equipment_id"), ["equipment_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_acceptance_testing_work_order_id"), ["work_order_id"], unique=False
        )
    _carry_over_legacy_releases()
    with op.batch_alter_table("repair_record", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("replaced_components", sa.Text(), server_default="", nullable=False)
        )
        batch_op.drop_column("back_in_clinical_use")
        batch_op.drop_column("back_in_use_at")


def _carry_over_legacy_releases() -> None:
    connection = op.get_bind()
    ticked = connection.execute(
        sa.text(
            "SELECT r.id, r.work_order_id, w.equipment_id, "
            "COALESCE(r.back_in_use_at, r.updated_at), r.updated_by, r.created_at "
            "FROM repair_record r JOIN work_order w ON w.id = r.work_order_id "
            "WHERE r.back_in_clinical_use AND r.deleted_at IS NULL"
        )
    ).all()
    for record_id, order_id, equipment_id, released_at, login, created_at in ticked:
        name = connection.execute(
            sa.text("SELECT display_name FROM user WHERE login = :login"), {"login": login}
        ).scalar()
        connection.execute(
            sa.text(
                "INSERT INTO clinical_release (id, work_order_id, equipment_id, "
                "signature_id, released_by, released_by_role, organisation, released_at, "
                "legacy, warnings_shown, created_at, updated_at, updated_by, deleted_at) "
                "VALUES (:id, :order, :unit, NULL, :by, '', '', :at, 1, '', :created, "
                ":created, 'migration-0013', NULL)"
            ),
            {
                "id": str(uuid.uuid5(LEGACY_NAMESPACE, record_id)),
                "order": order_id,
                "unit": equipment_id,
                "by": name or login or "",
                "at": released_at,
                "created": created_at,
            },
        )


def downgrade() -> None:
    with op.batch_alter_table("repair_record", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("back_in_use_at", app.db.base.UTCDateTime(), nullable=True)
        )
        batch_op.add_column(
            sa.Column("back_in_clinical_use", sa.Boolean(), server_default="0", nullable=False)
        )
        batch_op.drop_column("replaced_components")
    op.execute(
        "UPDATE repair_record SET back_in_clinical_use = 1, back_in_use_at = ("
        "SELECT min(released_at) FROM clinical_release c WHERE c.work_order_id = "
        "repair_record.work_order_id AND c.deleted_at IS NULL) WHERE work_order_id IN ("
        "SELECT work_order_id FROM clinical_release WHERE deleted_at IS NULL)"
    )
    with op.batch_alter_table("acceptance_testing", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_acceptance_testing_work_order_id"))
        batch_op.drop_index(batch_op.f("ix_acceptance_testing_equipment_id"))
    op.drop_table("acceptance_testing")
    with op.batch_alter_table("clinical_release", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_clinical_release_work_order_id"))
        batch_op.drop_index(batch_op.f("ix_clinical_release_equipment_id"))
    op.drop_table("clinical_release")
