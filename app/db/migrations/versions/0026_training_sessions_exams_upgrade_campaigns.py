"""training sessions with exams per attempt; upgrade campaigns and their units

Trainees recorded before exams existed keep their `passed` flag: it was the trainer's
word then, and their certificates stay valid. New trainees pass only by an exam.

Revision ID: 0026
Revises: 0019
Create Date: 2026-12-04 11:08:41.224158
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


import app.db.base

revision = '0026'
down_revision = "0025"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('upgrade_campaign',
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('changes', sa.Text(), nullable=False),
    sa.Column('release_note', sa.Text(), nullable=False),
    sa.Column('model_id', sa.String(length=36), nullable=False),
    sa.Column('version_min', sa.String(length=40), nullable=False),
    sa.Column('version_max', sa.String(length=40), nullable=False),
    sa.Column('new_version', sa.String(length=40), nullable=False),
    sa.Column('component', sa.String(length=100), nullable=False),
    sa.Column('checklist_template', sa.String(length=80), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', app.db.base.UTCDateTime(), nullable=False),
    sa.Column('updated_at', app.db.base.UTCDateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('deleted_at', app.db.base.UTCDateTime(), nullable=True),
    sa.Column('sync_clocks', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['model_id'], ['equipment_model.id'], name=op.f('fk_upgrade_campaign_model_id_equipment_model')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_upgrade_campaign'))
    )
    with op.batch_alter_table('upgrade_campaign', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_upgrade_campaign_model_id'), ['model_id'], unique=False)

    op.create_table('campaign_unit',
    sa.Column('campaign_id', sa.String(length=36), nullable=False),
    sa.Column('equipment_id', sa.String(length=36), nullable=False),
    sa.Column('step', sa.Enum('qualified', 'notified', 'consented', 'refused', 'scheduled', 'done', 'verified', name='unitstep', native_enum=False, length=32), nullable=False),
    sa.Column('version_before', sa.String(length=40), nullable=False),
    sa.Column('notified_on', sa.Date(), nullable=True),
    sa.Column('notice_channel', sa.Enum('letter', 'email', 'phone', 'visit', name='noticechannel', native_enum=False, length=32), nullable=True),
    sa.Column('answer_by', sa.String(length=100), nullable=False),
    sa.Column('answered_at', app.db.base.UTCDateTime(), nullable=True),
    sa.Column('answer_recorded_by', sa.String(length=64), nullable=False),
    sa.Column('answer_strokes', sa.JSON(), nullable=False),
    sa.Column('refusal_reason', sa.Text(), nullable=False),
    sa.Column('scheduled_for', sa.Date(), nullable=True),
    sa.Column('work_order_id', sa.String(length=36), nullable=True),
    sa.Column('done_at', app.db.base.UTCDateTime(), nullable=True),
    sa.Column('version_written', sa.String(length=40), nullable=False),
    sa.Column('verified_at', app.db.base.UTCDateTime(), nullable=True),
    sa.Column('verified_run_id', sa.String(length=36), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', app.db.base.UTCDateTime(), nullable=False),
    sa.Column('updated_at', app.db.base.UTCDateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('deleted_at', app.db.base.UTCDateTime(), nullable=True),
    sa.Column('sync_clocks', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['campaign_id'], ['upgrade_campaign.id'], name=op.f('fk_campaign_unit_campaign_id_upgrade_campaign')),
    sa.ForeignKeyConstraint(['equipment_id'], ['equipment.id'], name=op.f('fk_campaign_unit_equipment_id_equipment')),
    sa.ForeignKeyConstraint(['work_order_id'], ['work_order.id'], name=op.f('fk_campaign_unit_work_order_id_work_order')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_campaign_unit'))
    )
    with op.batch_alter_table('campaign_unit', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_campaign_unit_campaign_id'), ['campaign_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_campaign_unit_equipment_id'), ['equipment_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_campaign_unit_work_order_id'), ['work_order_id'], unique=False)

    op.create_table('training_session',
    sa.Column('work_order_id', sa.String(length=36), nullable=False),
    sa.Column('form', sa.Enum('on_site', 'central', name='trainingform', native_enum=False, length=32), nullable=False),
    sa.Column('topics', sa.String(length=200), nullable=False),
    sa.Column('trainer', sa.String(length=100), nullable=False),
    sa.Column('pass_mark', sa.Integer(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', app.db.base.UTCDateTime(), nullable=False),
    sa.Column('updated_at', app.db.base.UTCDateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('deleted_at', app.db.base.UTCDateTime(), nullable=True),
    sa.Column('sync_clocks', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['work_order_id'], ['work_order.id'], name=op.f('fk_training_session_work_order_id_work_order')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_training_session'))
    )
    with op.batch_alter_table('training_session', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_training_session_work_order_id'), ['work_order_id'], unique=False)

    op.create_table('exam_attempt',
    sa.Column('trainee_id', sa.String(length=36), nullable=False),
    sa.Column('attempt', sa.Integer(), nullable=False),
    sa.Column('score', sa.Integer(), nullable=False),
    sa.Column('pass_mark', sa.Integer(), nullable=False),
    sa.Column('passed', sa.Boolean(), nullable=False),
    sa.Column('examined_at', app.db.base.UTCDateTime(), nullable=False),
    sa.Column('examiner', sa.String(length=64), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', app.db.base.UTCDateTime(), nullable=False),
    sa.Column('updated_at', app.db.base.UTCDateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('deleted_at', app.db.base.UTCDateTime(), nullable=True),
    sa.Column('sync_clocks', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['trainee_id'], ['trainee.id'], name=op.f('fk_exam_attempt_trainee_id_trainee')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_exam_attempt'))
    )
    with op.batch_alter_table('exam_attempt', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_exam_attempt_trainee_id'), ['trainee_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('exam_attempt', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_exam_attempt_trainee_id'))

    op.drop_table('exam_attempt')
    with op.batch_alter_table('training_session', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_training_session_work_order_id'))

    op.drop_table('training_session')
    with op.batch_alter_table('campaign_unit', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_campaign_unit_work_order_id'))
        batch_op.drop_index(batch_op.f('ix_campaign_unit_equipment_id'))
        batch_op.drop_index(batch_op.f('ix_campaign_unit_campaign_id'))

    op.drop_table('campaign_unit')
    with op.batch_alter_table('upgrade_campaign', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_upgrade_campaign_model_id'))

    op.drop_table('upgrade_campaign')
