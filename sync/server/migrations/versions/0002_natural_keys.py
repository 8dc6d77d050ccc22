"""natural keys of rows, so a second record under one key is refused

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 20:30:00
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("sync_row", schema=None) as batch_op:
        batch_op.add_column(sa.Column("natural_key", sa.String(length=400), nullable=True))
        batch_op.create_index("ix_sync_row_natural_key", ["table_name", "natural_key"])
    # Rows stored before: fill their keys in (the tables with one are small or few).
    from app.db.codec import natural_key, natural_key_text

    connection = op.get_bind()
    row = sa.table(
        "sync_row",
        sa.column("table_name"),
        sa.column("row_id"),
        sa.column("data"),
        sa.column("natural_key"),
    )
    for table_name in (
        "user",
        "part",
        "work_order",
        "repair_record",
        "installation_record",
        "checklist_value",
    ):
        if natural_key(table_name) is None:
            continue
        found = connection.execute(
            sa.select(row.c.row_id, row.c.data).where(row.c.table_name == table_name)
        ).all()
        updates = [
            {
                "k_table": table_name,
                "k_id": row_id,
                "key": None
                if json.loads(data).get("deleted_at") is not None
                else natural_key_text(table_name, json.loads(data)),
            }
            for row_id, data in found
        ]
        if updates:
            connection.execute(
                row.update()
                .where(
                    row.c.table_name == sa.bindparam("k_table"),
                    row.c.row_id == sa.bindparam("k_id"),
                )
                .values(natural_key=sa.bindparam("key")),
                updates,
            )


def downgrade() -> None:
    with op.batch_alter_table("sync_row", schema=None) as batch_op:
        batch_op.drop_index("ix_sync_row_natural_key")
        batch_op.drop_column("natural_key")
