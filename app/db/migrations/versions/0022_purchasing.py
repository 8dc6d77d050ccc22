"""purchasing (issue 12): the rest of the part catalogue, suppliers and their parts,
purchase plans with approval, purchase orders and the goods received against them

Revision ID: 0022
Revises: 0019
Create Date: 2026-12-04 11:01:12.364559
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


import app.db.base

revision = '0022'
down_revision = '0021'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('purchase_plan',
    sa.Column('number', sa.String(length=40), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('drafted_by', sa.String(length=64), nullable=False),
    sa.Column('drafted_on', sa.Date(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', app.db.base.UTCDateTime(), nullable=False),
    sa.Column('updated_at', app.db.base.UTCDateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('deleted_at', app.db.base.UTCDateTime(), nullable=True),
    sa.Column('sync_clocks', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_purchase_plan'))
    )
    op.create_table('supplier',
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('contact_person', sa.String(length=100), nullable=False),
    sa.Column('phone', sa.String(length=60), nullable=False),
    sa.Column('email', sa.String(length=120), nullable=False),
    sa.Column('address', sa.String(length=300), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', app.db.base.UTCDateTime(), nullable=False),
    sa.Column('updated_at', app.db.base.UTCDateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('deleted_at', app.db.base.UTCDateTime(), nullable=True),
    sa.Column('sync_clocks', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_supplier'))
    )
    op.create_table('purchase_order',
    sa.Column('number', sa.String(length=40), nullable=False),
    sa.Column('supplier_id', sa.String(length=36), nullable=False),
    sa.Column('plan_id', sa.String(length=36), nullable=True),
    sa.Column('ordered_on', sa.Date(), nullable=False),
    sa.Column('delivery_date', sa.Date(), nullable=True),
    sa.Column('terms', sa.Text(), nullable=False),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('ordered_by', sa.String(length=64), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', app.db.base.UTCDateTime(), nullable=False),
    sa.Column('updated_at', app.db.base.UTCDateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('deleted_at', app.db.base.UTCDateTime(), nullable=True),
    sa.Column('sync_clocks', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['plan_id'], ['purchase_plan.id'], name=op.f('fk_purchase_order_plan_id_purchase_plan')),
    sa.ForeignKeyConstraint(['supplier_id'], ['supplier.id'], name=op.f('fk_purchase_order_supplier_id_supplier')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_purchase_order'))
    )
    with op.batch_alter_table('purchase_order', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_purchase_order_supplier_id'), ['supplier_id'], unique=False)

    op.create_table('supplier_part',
    sa.Column('supplier_id', sa.String(length=36), nullable=False),
    sa.Column('part_id', sa.String(length=36), nullable=False),
    sa.Column('supplier_part_number', sa.String(length=60), nullable=False),
    sa.Column('unit_price', sa.Float(), nullable=False),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('lead_time_days', sa.Integer(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', app.db.base.UTCDateTime(), nullable=False),
    sa.Column('updated_at', app.db.base.UTCDateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('deleted_at', app.db.base.UTCDateTime(), nullable=True),
    sa.Column('sync_clocks', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['part_id'], ['part.id'], name=op.f('fk_supplier_part_part_id_part')),
    sa.ForeignKeyConstraint(['supplier_id'], ['supplier.id'], name=op.f('fk_supplier_part_supplier_id_supplier')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_supplier_part'))
    )
    with op.batch_alter_table('supplier_part', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_supplier_part_part_id'), ['part_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_supplier_part_supplier_id'), ['supplier_id'], unique=False)

    op.create_table('purchase_plan_line',
    sa.Column('plan_id', sa.String(length=36), nullable=False),
    sa.Column('part_id', sa.String(length=36), nullable=False),
    sa.Column('quantity', sa.Float(), nullable=False),
    sa.Column('source', sa.Enum('repair', 'maintenance', 'reorder', 'manual', name='demandsource', native_enum=False, length=32), nullable=False),
    sa.Column('work_order_id', sa.String(length=36), nullable=True),
    sa.Column('urgent', sa.Boolean(), nullable=False),
    sa.Column('supplier_id', sa.String(length=36), nullable=True),
    sa.Column('unit_price', sa.Float(), nullable=False),
    sa.Column('need_by', sa.Date(), nullable=True),
    sa.Column('note', sa.String(length=300), nullable=False),
    sa.Column('decision', sa.Enum('pending', 'approved', 'rejected', name='plandecision', native_enum=False, length=32), nullable=False),
    sa.Column('decision_reason', sa.Text(), nullable=False),
    sa.Column('decided_by', sa.String(length=64), nullable=False),
    sa.Column('decided_at', app.db.base.UTCDateTime(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', app.db.base.UTCDateTime(), nullable=False),
    sa.Column('updated_at', app.db.base.UTCDateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('deleted_at', app.db.base.UTCDateTime(), nullable=True),
    sa.Column('sync_clocks', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['part_id'], ['part.id'], name=op.f('fk_purchase_plan_line_part_id_part')),
    sa.ForeignKeyConstraint(['plan_id'], ['purchase_plan.id'], name=op.f('fk_purchase_plan_line_plan_id_purchase_plan')),
    sa.ForeignKeyConstraint(['supplier_id'], ['supplier.id'], name=op.f('fk_purchase_plan_line_supplier_id_supplier')),
    sa.ForeignKeyConstraint(['work_order_id'], ['work_order.id'], name=op.f('fk_purchase_plan_line_work_order_id_work_order')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_purchase_plan_line'))
    )
    with op.batch_alter_table('purchase_plan_line', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_purchase_plan_line_part_id'), ['part_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_purchase_plan_line_plan_id'), ['plan_id'], unique=False)

    op.create_table('purchase_order_line',
    sa.Column('order_id', sa.String(length=36), nullable=False),
    sa.Column('plan_line_id', sa.String(length=36), nullable=True),
    sa.Column('part_id', sa.String(length=36), nullable=False),
    sa.Column('specification', sa.String(length=200), nullable=False),
    sa.Column('model', sa.String(length=100), nullable=False),
    sa.Column('quantity', sa.Float(), nullable=False),
    sa.Column('unit_price', sa.Float(), nullable=False),
    sa.Column('urgent', sa.Boolean(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', app.db.base.UTCDateTime(), nullable=False),
    sa.Column('updated_at', app.db.base.UTCDateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('deleted_at', app.db.base.UTCDateTime(), nullable=True),
    sa.Column('sync_clocks', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['order_id'], ['purchase_order.id'], name=op.f('fk_purchase_order_line_order_id_purchase_order')),
    sa.ForeignKeyConstraint(['part_id'], ['part.id'], name=op.f('fk_purchase_order_line_part_id_part')),
    sa.ForeignKeyConstraint(['plan_line_id'], ['purchase_plan_line.id'], name=op.f('fk_purchase_order_line_plan_line_id_purchase_plan_line')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_purchase_order_line'))
    )
    with op.batch_alter_table('purchase_order_line', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_purchase_order_line_order_id'), ['order_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_purchase_order_line_part_id'), ['part_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_purchase_order_line_plan_line_id'), ['plan_line_id'], unique=False)

    op.create_table('purchase_receipt',
    sa.Column('order_line_id', sa.String(length=36), nullable=False),
    sa.Column('location_id', sa.String(length=36), nullable=True),
    sa.Column('accepted_quantity', sa.Float(), nullable=False),
    sa.Column('rejected_quantity', sa.Float(), nullable=False),
    sa.Column('reject_reason', sa.Text(), nullable=False),
    sa.Column('serials', sa.Text(), nullable=False),
    sa.Column('by_login', sa.String(length=64), nullable=False),
    sa.Column('at', app.db.base.UTCDateTime(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', app.db.base.UTCDateTime(), nullable=False),
    sa.Column('updated_at', app.db.base.UTCDateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('deleted_at', app.db.base.UTCDateTime(), nullable=True),
    sa.Column('sync_clocks', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['location_id'], ['stock_location.id'], name=op.f('fk_purchase_receipt_location_id_stock_location')),
    sa.ForeignKeyConstraint(['order_line_id'], ['purchase_order_line.id'], name=op.f('fk_purchase_receipt_order_line_id_purchase_order_line')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_purchase_receipt'))
    )
    with op.batch_alter_table('purchase_receipt', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_purchase_receipt_order_line_id'), ['order_line_id'], unique=False)

    with op.batch_alter_table('part', schema=None) as batch_op:
        batch_op.add_column(sa.Column('name_en', sa.String(length=200), server_default='', nullable=False))
        batch_op.add_column(sa.Column('alternate_numbers', sa.String(length=200), server_default='', nullable=False))
        batch_op.add_column(sa.Column('category', sa.String(length=60), server_default='', nullable=False))
        batch_op.add_column(sa.Column('maker', sa.String(length=100), server_default='', nullable=False))
        batch_op.add_column(sa.Column('model_spec', sa.String(length=100), server_default='', nullable=False))
        batch_op.add_column(sa.Column('fits_models', sa.String(length=300), server_default='', nullable=False))
        batch_op.add_column(sa.Column('standard_cost', sa.Float(), server_default='0', nullable=False))
        batch_op.add_column(sa.Column('reorder_quantity', sa.Float(), server_default='0', nullable=False))
        batch_op.add_column(sa.Column('obsolete', sa.Boolean(), server_default=sa.false(), nullable=False))



def downgrade() -> None:
    with op.batch_alter_table('part', schema=None) as batch_op:
        batch_op.drop_column('obsolete')
        batch_op.drop_column('reorder_quantity')
        batch_op.drop_column('standard_cost')
        batch_op.drop_column('fits_models')
        batch_op.drop_column('model_spec')
        batch_op.drop_column('maker')
        batch_op.drop_column('category')
        batch_op.drop_column('alternate_numbers')
        batch_op.drop_column('name_en')

    with op.batch_alter_table('purchase_receipt', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_purchase_receipt_order_line_id'))

    op.drop_table('purchase_receipt')
    with op.batch_alter_table('purchase_order_line', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_purchase_order_line_plan_line_id'))
        batch_op.drop_index(batch_op.f('ix_purchase_order_line_part_id'))
        batch_op.drop_index(batch_op.f('ix_purchase_order_line_order_id'))

    op.drop_table('purchase_order_line')
    with op.batch_alter_table('purchase_plan_line', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_purchase_plan_line_plan_id'))
        batch_op.drop_index(batch_op.f('ix_purchase_plan_line_part_id'))

    op.drop_table('purchase_plan_line')
    with op.batch_alter_table('supplier_part', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_supplier_part_supplier_id'))
        batch_op.drop_index(batch_op.f('ix_supplier_part_part_id'))

    op.drop_table('supplier_part')
    with op.batch_alter_table('purchase_order', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_purchase_order_supplier_id'))

    op.drop_table('purchase_order')
    op.drop_table('supplier')
    op.drop_table('purchase_plan')
