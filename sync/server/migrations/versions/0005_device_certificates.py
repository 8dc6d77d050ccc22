"""device certificates: one live per device, the rest revoked on the CRL

Revision ID: 0005
Revises: 0002
Create Date: 2026-12-04 05:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from app.db.base import UTCDateTime

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "device_certificate",
        sa.Column("serial", sa.String(length=40), nullable=False),
        sa.Column("device_id", sa.String(length=64), nullable=False),
        sa.Column("user_name", sa.String(length=64), nullable=False),
        sa.Column("key_sha256", sa.String(length=64), nullable=False),
        sa.Column("certificate_pem", sa.Text(), nullable=False),
        sa.Column("issued_at", UTCDateTime(), nullable=False),
        sa.Column("not_after", UTCDateTime(), nullable=False),
        sa.Column("revoked_at", UTCDateTime(), nullable=True),
        sa.Column("revocation_reason", sa.String(length=32), nullable=True),
        sa.ForeignKeyConstraint(
            ["device_id"],
            ["device.device_id"],
            name=op.f("fk_device_certificate_device_id_device"),
        ),
        sa.PrimaryKeyConstraint("serial", name=op.f("pk_device_certificate")),
    )
    with op.batch_alter_table("device_certificate", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_device_certificate_device_id"), ["device_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_device_certificate_key_sha256"), ["key_sha256"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("device_certificate", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_device_certificate_key_sha256"))
        batch_op.drop_index(batch_op.f("ix_device_certificate_device_id"))
    op.drop_table("device_certificate")
