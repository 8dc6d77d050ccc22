"""fault codes namespaced by modality, the adverse-event answer, part-line traceability

Stored fault codes keep their meaning: a bare code was picked from the list of the
work order's unit, so it is prefixed with that modality's namespace (CT/TUB-01,
HDR/TUB-01). The namespaces are copied here, not imported, so this revision stays
what it was when the app's list changes.

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-04 08:45:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None

NAMESPACES = {
    "linac": "LINAC",
    "ct_simulator": "CT",
    "afterloader": "HDR",
    "tps": "TPS",
    "qa_instrument": "QA",
}


def upgrade() -> None:
    with op.batch_alter_table("repair_record", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "adverse_event",
                sa.Enum(
                    "not_answered",
                    "no_harm",
                    "could_have_harmed",
                    "harmed",
                    name="adverseeventanswer",
                    native_enum=False,
                    length=32,
                ),
                server_default="not_answered",
                nullable=False,
            )
        )
        batch_op.add_column(
            sa.Column(
                "adverse_event_reported_to", sa.String(200), server_default="", nullable=False
            )
        )
        batch_op.add_column(sa.Column("adverse_event_reported_on", sa.Date(), nullable=True))
    with op.batch_alter_table("part_usage", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("manufacturer", sa.String(100), server_default="", nullable=False)
        )
        batch_op.add_column(
            sa.Column("model_spec", sa.String(100), server_default="", nullable=False)
        )
        batch_op.add_column(
            sa.Column("lot_number", sa.String(60), server_default="", nullable=False)
        )
        batch_op.add_column(sa.Column("production_date", sa.Date(), nullable=True))
        batch_op.add_column(
            sa.Column(
                "removed_part_fate",
                sa.Enum(
                    "not_recorded",
                    "none",
                    "returned",
                    "rma",
                    "scrapped",
                    name="removedpartfate",
                    native_enum=False,
                    length=32,
                ),
                server_default="not_recorded",
                nullable=False,
            )
        )
    _namespace_fault_codes()


def _namespace_fault_codes() -> None:
    """Prefixes each bare stored code with the namespace of its work order's unit."""
    bind = op.get_bind()
    rows = bind.execute(
        sa.text(
            "SELECT r.id, r.fault_code, m.modality FROM repair_record r "
            "JOIN work_order w ON w.id = r.work_order_id "
            "JOIN equipment e ON e.id = w.equipment_id "
            "JOIN equipment_model m ON m.id = e.model_id "
            "WHERE r.fault_code != ''"
        )
    ).all()
    prefixes = set(NAMESPACES.values())
    for row_id, code, modality in rows:
        head, sep, _ = code.partition("/")
        if (sep and head.strip().upper() in prefixes) or modality not in NAMESPACES:
            continue
        bind.execute(
            sa.text("UPDATE repair_record SET fault_code = :code WHERE id = :id"),
            {"code": f"{NAMESPACES[modality]}/{code.strip()}"[:40], "id": row_id},
        )


def downgrade() -> None:
    bind = op.get_bind()
    for prefix in NAMESPACES.values():
        bind.execute(
            sa.text(
                "UPDATE repair_record SET fault_code = substr(fault_code, :start) "
                "WHERE fault_code LIKE :pattern"
            ),
            {"start": len(prefix) + 2, "pattern": f"{prefix}/%"},
        )
    with op.batch_alter_table("part_usage", schema=None) as batch_op:
        for name in (
            "removed_part_fate",
            "production_date",
            "lot_number",
            "model_spec",
            "manufacturer",
        ):
            batch_op.drop_column(name)
    with op.batch_alter_table("repair_record", schema=None) as batch_op:
        for name in ("adverse_event_reported_on", "adverse_event_reported_to", "adverse_event"):
            batch_op.drop_column(name)
