"""The library: projects, revisions, a copy of each project-file table, and the two roles.

Generated from app/library/tables.py by Alembic's autogenerate, then frozen: later
changes of the tables are new migrations, never edits of this one.

Revision ID: 0001
Revises: 
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

from app.library.grants import grant


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('library_project',
    sa.Column('key', sa.String(length=36), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('title', sa.Text(), server_default='', nullable=False),
    sa.Column('organisation', sa.Text(), server_default='', nullable=False),
    sa.Column('author', sa.Text(), server_default='', nullable=False),
    sa.Column('head_revision', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_library_project')),
    sa.UniqueConstraint('name', name=op.f('uq_library_project_name'))
    )
    op.create_table('library_revision',
    sa.Column('project_key', sa.String(length=36), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('base_revision', sa.Integer(), nullable=True),
    sa.Column('schema_version', sa.Integer(), nullable=False),
    sa.Column('published_by', sa.Text(), nullable=False),
    sa.Column('published_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('search_text', sa.Text(), server_default='', nullable=False),
    sa.Column('summary', sa.Text(), server_default='{}', nullable=False),
    sa.Column('thumbnail', sa.LargeBinary(), nullable=True),
    sa.ForeignKeyConstraint(['project_key'], ['library_project.key'], name=op.f('fk_library_revision_project_key_library_project'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('project_key', 'revision', name=op.f('pk_library_revision'))
    )
    op.create_table('lib_action',
    sa.Column('lib_project_key', sa.String(length=36), nullable=False),
    sa.Column('lib_revision', sa.Integer(), nullable=False),
    sa.Column('id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('position', sa.Integer(), autoincrement=False, nullable=True),
    sa.Column('title', sa.Text(), autoincrement=False, nullable=True),
    sa.Column('description', sa.Text(), autoincrement=False, nullable=True),
    sa.Column('journey_id', sa.Integer(), autoincrement=False, nullable=True),
    sa.Column('department_id', sa.Integer(), autoincrement=False, nullable=True),
    sa.Column('impact', sa.Integer(), autoincrement=False, nullable=True),
    sa.Column('effort', sa.Integer(), autoincrement=False, nullable=True),
    sa.Column('affected_share', sa.Float(), autoincrement=False, nullable=True),
    sa.Column('risk', sa.Integer(), autoincrement=False, nullable=True),
    sa.Column('status', sa.Text(), autoincrement=False, nullable=True),
    sa.Column('horizon', sa.Text(), autoincrement=False, nullable=True),
    sa.Column('due_date', sa.Text(), autoincrement=False, nullable=True),
    sa.Column('notes', sa.Text(), autoincrement=False, nullable=True),
    sa.ForeignKeyConstraint(['lib_project_key', 'lib_revision'], ['library_revision.project_key', 'library_revision.revision'], name=op.f('fk_lib_action_lib_project_key_library_revision'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('lib_project_key', 'lib_revision', 'id', name=op.f('pk_lib_action'))
    )
    op.create_table('lib_action_card',
    sa.Column('lib_project_key', sa.String(length=36), nullable=False),
    sa.Column('lib_revision', sa.Integer(), nullable=False),
    sa.Column('action_id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('card_id', sa.Integer(), autoincrement=False, nullable=False),
    sa.ForeignKeyConstraint(['lib_project_key', 'lib_revision'], ['library_revision.project_key', 'library_revision.revision'], name=op.f('fk_lib_action_card_lib_project_key_library_revision'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('lib_project_key', 'lib_revision', 'action_id', 'card_id', name=op.f('pk_lib_action_card'))
    )
    op.create_table('lib_card',
    sa.Column('lib_project_key', sa.String(length=36), nullable=False),
    sa.Column('lib_revision', sa.Integer(), nullable=False),
    sa.Column('id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('lane_id', sa.Integer(), autoincrement=False, nullable=True),
    sa.Column('stage_id', sa.Integer(), autoincrement=False, nullable=True),
    sa.Column('position', sa.Integer(), autoincrement=False, nullable=True),
    sa.Column('title', sa.Text(), autoincrement=False, nullable=True),
    sa.Column('body', sa.Text(), autoincrement=False, nullable=True),
    sa.Column('colour', sa.Text(), autoincrement=False, nullable=True),
    sa.Column('tags', sa.Text(), autoincrement=False, nullable=True),
    sa.Column('note', sa.Text(), autoincrement=False, nullable=True),
    sa.Column('channel_id', sa.Integer(), autoincrement=False, nullable=True),
    sa.Column('department_id', sa.Integer(), autoincrement=False, nullable=True),
    sa.Column('score', sa.Float(), autoincrement=False, nullable=True),
    sa.Column('emotion', sa.Text(), autoincrement=False, nullable=True),
    sa.Column('interaction', sa.Text(), autoincrement=False, nullable=True),
    sa.Column('duration', sa.Text(), autoincrement=False, nullable=True),
    sa.Column('is_first', sa.Integer(), autoincrement=False, nullable=True),
    sa.Column('is_last', sa.Integer(), autoincrement=False, nullable=True),
    sa.Column('moment_of_truth', sa.Integer(), autoincrement=False, nullable=True),
    sa.Column('severity', sa.Integer(), autoincrement=False, nullable=True),
    sa.Column('affected_share', sa.Float(), autoincrement=False, nullable=True),
    sa.Column('evidence', sa.Text(), autoincrement=False, nullable=True),
    sa.Column('evidence_status', sa.Text(), autoincrement=False, nullable=True),
    sa.ForeignKeyConstraint(['lib_project_key', 'lib_revision'], ['library_revision.project_key', 'library_revision.revision'], name=op.f('fk_lib_card_lib_project_key_library_revision'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('lib_project_key', 'lib_revision', 'id', name=op.f('pk_lib_card'))
    )
    op.create_table('lib_channel',
    sa.Column('lib_project_key', sa.String(length=36), nullable=False),
    sa.Column('lib_revision', sa.Integer(), nullable=False),
    sa.Column('id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('position', sa.Integer(), autoincrement=False, nullable=True),
    sa.Column('key', sa.Text(), autoincrement=False, nullable=True),
    sa.Column('name', sa.Text(), autoincrement=False, nullable=True),
    sa.Column('icon', sa.Text(), autoincrement=False, nullable=True),
    sa.Column('nature', sa.Text(), autoincrement=False, nullable=True),
    sa.Column('builtin', sa.Integer(), autoincrement=False, nullable=True),
    sa.ForeignKeyConstraint(['lib_project_key', 'lib_revision'], ['library_revision.project_key', 'library_revision.revision'], name=op.f('fk_lib_channel_lib_project_key_library_revision'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('lib_project_key', 'lib_revision', 'id', name=op.f('pk_lib_channel'))
    )
    op.create_table('lib_department',
    sa.Column('lib_project_key', sa.String(length=36), nullable=False),
    sa.Column('lib_revision', sa.Integer(), nullable=False),
    sa.Column('id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('position', sa.Integer(), autoincrement=False, nullable=True),
    sa.Column('name', sa.Text(), autoincrement=False, nullable=True),
    sa.Column('colour', sa.Text(), autoincrement=False, nullable=True),
    sa.Column('side', sa.Text(), autoincrement=False, nullable=True),
    sa.Column('origin', sa.Text(), autoincrement=False, nullable=True),
    sa.Column('description', sa.Text(), autoincrement=False, nullable=True),
    sa.ForeignKeyConstraint(['lib_project_key', 'lib_revision'], ['library_revision.project_key', 'library_revision.revision'], name=op.f('fk_lib_department_lib_project_key_library_revision'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('lib_project_key', 'lib_revision', 'id', name=op.f('pk_lib_department'))
    )
    op.create_table('lib_journey',
    sa.Column('lib_project_key', sa.String(length=36), nullable=False),
    sa.Column('lib_revision', sa.Integer(), nullable=False),
    sa.Column('id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('position', sa.Integer(), autoincrement=False, nullable=True),
    sa.Column('title', sa.Text(), autoincrement=False, nullable=True),
    sa.Column('customer_goal', sa.Text(), autoincrement=False, nullable=True),
    sa.Column('expectations', sa.Text(), autoincrement=False, nullable=True),
    sa.Column('scope', sa.Text(), autoincrement=False, nullable=True),
    sa.Column('state', sa.Text(), autoincrement=False, nullable=True),
    sa.Column('derived_from_id', sa.Integer(), autoincrement=False, nullable=True),
    sa.Column('target_score', sa.Float(), autoincrement=False, nullable=True),
    sa.Column('drop_threshold', sa.Float(), autoincrement=False, nullable=True),
    sa.Column('notes', sa.Text(), autoincrement=False, nullable=True),
    sa.Column('created_at', sa.Text(), autoincrement=False, nullable=True),
    sa.Column('modified_at', sa.Text(), autoincrement=False, nullable=True),
    sa.ForeignKeyConstraint(['lib_project_key', 'lib_revision'], ['library_revision.project_key', 'library_revision.revision'], name=op.f('fk_lib_journey_lib_project_key_library_revision'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('lib_project_key', 'lib_revision', 'id', name=op.f('pk_lib_journey'))
    )
    op.create_table('lib_journey_objective',
    sa.Column('lib_project_key', sa.String(length=36), nullable=False),
    sa.Column('lib_revision', sa.Integer(), nullable=False),
    sa.Column('journey_id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('objective_id', sa.Integer(), autoincrement=False, nullable=False),
    sa.ForeignKeyConstraint(['lib_project_key', 'lib_revision'], ['library_revision.project_key', 'library_revision.revision'], name=op.f('fk_lib_journey_objective_lib_project_key_library_revision'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('lib_project_key', 'lib_revision', 'journey_id', 'objective_id', name=op.f('pk_lib_journey_objective'))
    )
    op.create_table('lib_journey_persona',
    sa.Column('lib_project_key', sa.String(length=36), nullable=False),
    sa.Column('lib_revision', sa.Integer(), nullable=False),
    sa.Column('journey_id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('persona_id', sa.Integer(), autoincrement=False, nullable=False),
    sa.ForeignKeyConstraint(['lib_project_key', 'lib_revision'], ['library_revision.project_key', 'library_revision.revision'], name=op.f('fk_lib_journey_persona_lib_project_key_library_revision'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('lib_project_key', 'lib_revision', 'journey_id', 'persona_id', name=op.f('pk_lib_journey_persona'))
    )
    op.create_table('lib_kpi',
    sa.Column('lib_project_key', sa.String(length=36), nullable=False),
    sa.Column('lib_revision', sa.Integer(), nullable=False),
    sa.Column('id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('position', sa.Integer(), autoincrement=False, nullable=True),
    sa.Column('name', sa.Text(), autoincrement=False, nullable=True),
    sa.Column('unit', sa.Text(), autoincrement=False, nullable=True),
    sa.Column('direction', sa.Text(), autoincrement=False, nullable=True),
    sa.Column('baseline', sa.Float(), autoincrement=False, nullable=True),
    sa.Column('target', sa.Float(), autoincrement=False, nullable=True),
    sa.Column('actual', sa.Float(), autoincrement=False, nullable=True),
    sa.Column('description', sa.Text(), autoincrement=False, nullable=True),
    sa.Column('journey_id', sa.Integer(), autoincrement=False, nullable=True),
    sa.Column('stage_id', sa.Integer(), autoincrement=False, nullable=True),
    sa.Column('card_id', sa.Integer(), autoincrement=False, nullable=True),
    sa.ForeignKeyConstraint(['lib_project_key', 'lib_revision'], ['library_revision.project_key', 'library_revision.revision'], name=op.f('fk_lib_kpi_lib_project_key_library_revision'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('lib_project_key', 'lib_revision', 'id', name=op.f('pk_lib_kpi'))
    )
    op.create_table('lib_lane',
    sa.Column('lib_project_key', sa.String(length=36), nullable=False),
    sa.Column('lib_revision', sa.Integer(), nullable=False),
    sa.Column('id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('journey_id', sa.Integer(), autoincrement=False, nullable=True),
    sa.Column('position', sa.Integer(), autoincrement=False, nullable=True),
    sa.Column('kind', sa.Text(), autoincrement=False, nullable=True),
    sa.Column('name', sa.Text(), autoincrement=False, nullable=True),
    sa.Column('colour', sa.Text(), autoincrement=False, nullable=True),
    sa.Column('department_id', sa.Integer(), autoincrement=False, nullable=True),
    sa.Column('collapsed', sa.Integer(), autoincrement=False, nullable=True),
    sa.ForeignKeyConstraint(['lib_project_key', 'lib_revision'], ['library_revision.project_key', 'library_revision.revision'], name=op.f('fk_lib_lane_lib_project_key_library_revision'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('lib_project_key', 'lib_revision', 'id', name=op.f('pk_lib_lane'))
    )
    op.create_table('lib_link',
    sa.Column('lib_project_key', sa.String(length=36), nullable=False),
    sa.Column('lib_revision', sa.Integer(), nullable=False),
    sa.Column('id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('source_id', sa.Integer(), autoincrement=False, nullable=True),
    sa.Column('target_id', sa.Integer(), autoincrement=False, nullable=True),
    sa.Column('kind', sa.Text(), autoincrement=False, nullable=True),
    sa.Column('label', sa.Text(), autoincrement=False, nullable=True),
    sa.ForeignKeyConstraint(['lib_project_key', 'lib_revision'], ['library_revision.project_key', 'library_revision.revision'], name=op.f('fk_lib_link_lib_project_key_library_revision'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('lib_project_key', 'lib_revision', 'id', name=op.f('pk_lib_link'))
    )
    op.create_table('lib_measurement_point',
    sa.Column('lib_project_key', sa.String(length=36), nullable=False),
    sa.Column('lib_revision', sa.Integer(), nullable=False),
    sa.Column('id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('journey_id', sa.Integer(), autoincrement=False, nullable=True),
    sa.Column('position', sa.Integer(), autoincrement=False, nullable=True),
    sa.Column('name', sa.Text(), autoincrement=False, nullable=True),
    sa.Column('stage_id', sa.Integer(), autoincrement=False, nullable=True),
    sa.Column('card_id', sa.Integer(), autoincrement=False, nullable=True),
    sa.Column('channel_id', sa.Integer(), autoincrement=False, nullable=True),
    sa.Column('method', sa.Text(), autoincrement=False, nullable=True),
    sa.Column('timing', sa.Text(), autoincrement=False, nullable=True),
    sa.Column('description', sa.Text(), autoincrement=False, nullable=True),
    sa.ForeignKeyConstraint(['lib_project_key', 'lib_revision'], ['library_revision.project_key', 'library_revision.revision'], name=op.f('fk_lib_measurement_point_lib_project_key_library_revision'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('lib_project_key', 'lib_revision', 'id', name=op.f('pk_lib_measurement_point'))
    )
    op.create_table('lib_objective',
    sa.Column('lib_project_key', sa.String(length=36), nullable=False),
    sa.Column('lib_revision', sa.Integer(), nullable=False),
    sa.Column('id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('position', sa.Integer(), autoincrement=False, nullable=True),
    sa.Column('kind', sa.Text(), autoincrement=False, nullable=True),
    sa.Column('title', sa.Text(), autoincrement=False, nullable=True),
    sa.Column('description', sa.Text(), autoincrement=False, nullable=True),
    sa.ForeignKeyConstraint(['lib_project_key', 'lib_revision'], ['library_revision.project_key', 'library_revision.revision'], name=op.f('fk_lib_objective_lib_project_key_library_revision'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('lib_project_key', 'lib_revision', 'id', name=op.f('pk_lib_objective'))
    )
    op.create_table('lib_persona',
    sa.Column('lib_project_key', sa.String(length=36), nullable=False),
    sa.Column('lib_revision', sa.Integer(), nullable=False),
    sa.Column('id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('position', sa.Integer(), autoincrement=False, nullable=True),
    sa.Column('name', sa.Text(), autoincrement=False, nullable=True),
    sa.Column('photo', sa.LargeBinary(), autoincrement=False, nullable=True),
    sa.Column('photo_type', sa.Text(), autoincrement=False, nullable=True),
    sa.Column('role', sa.Text(), autoincrement=False, nullable=True),
    sa.Column('segment', sa.Text(), autoincrement=False, nullable=True),
    sa.Column('age_band', sa.Text(), autoincrement=False, nullable=True),
    sa.Column('quote', sa.Text(), autoincrement=False, nullable=True),
    sa.Column('biography', sa.Text(), autoincrement=False, nullable=True),
    sa.Column('goals', sa.Text(), autoincrement=False, nullable=True),
    sa.Column('frustrations', sa.Text(), autoincrement=False, nullable=True),
    sa.Column('hobbies', sa.Text(), autoincrement=False, nullable=True),
    sa.Column('service_preference', sa.Text(), autoincrement=False, nullable=True),
    sa.Column('digital_ease', sa.Integer(), autoincrement=False, nullable=True),
    sa.Column('colour', sa.Text(), autoincrement=False, nullable=True),
    sa.Column('notes', sa.Text(), autoincrement=False, nullable=True),
    sa.ForeignKeyConstraint(['lib_project_key', 'lib_revision'], ['library_revision.project_key', 'library_revision.revision'], name=op.f('fk_lib_persona_lib_project_key_library_revision'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('lib_project_key', 'lib_revision', 'id', name=op.f('pk_lib_persona'))
    )
    op.create_table('lib_persona_channel',
    sa.Column('lib_project_key', sa.String(length=36), nullable=False),
    sa.Column('lib_revision', sa.Integer(), nullable=False),
    sa.Column('persona_id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('channel_id', sa.Integer(), autoincrement=False, nullable=False),
    sa.ForeignKeyConstraint(['lib_project_key', 'lib_revision'], ['library_revision.project_key', 'library_revision.revision'], name=op.f('fk_lib_persona_channel_lib_project_key_library_revision'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('lib_project_key', 'lib_revision', 'persona_id', 'channel_id', name=op.f('pk_lib_persona_channel'))
    )
    op.create_table('lib_project',
    sa.Column('lib_project_key', sa.String(length=36), nullable=False),
    sa.Column('lib_revision', sa.Integer(), nullable=False),
    sa.Column('id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('title', sa.Text(), autoincrement=False, nullable=True),
    sa.Column('organisation', sa.Text(), autoincrement=False, nullable=True),
    sa.Column('author', sa.Text(), autoincrement=False, nullable=True),
    sa.Column('language', sa.Text(), autoincrement=False, nullable=True),
    sa.Column('scale', sa.Text(), autoincrement=False, nullable=True),
    sa.Column('notes', sa.Text(), autoincrement=False, nullable=True),
    sa.Column('revision', sa.Integer(), autoincrement=False, nullable=True),
    sa.Column('created_at', sa.Text(), autoincrement=False, nullable=True),
    sa.Column('modified_at', sa.Text(), autoincrement=False, nullable=True),
    sa.ForeignKeyConstraint(['lib_project_key', 'lib_revision'], ['library_revision.project_key', 'library_revision.revision'], name=op.f('fk_lib_project_lib_project_key_library_revision'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('lib_project_key', 'lib_revision', 'id', name=op.f('pk_lib_project'))
    )
    op.create_table('lib_stage',
    sa.Column('lib_project_key', sa.String(length=36), nullable=False),
    sa.Column('lib_revision', sa.Integer(), nullable=False),
    sa.Column('id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('journey_id', sa.Integer(), autoincrement=False, nullable=True),
    sa.Column('position', sa.Integer(), autoincrement=False, nullable=True),
    sa.Column('name', sa.Text(), autoincrement=False, nullable=True),
    sa.Column('description', sa.Text(), autoincrement=False, nullable=True),
    sa.Column('duration', sa.Text(), autoincrement=False, nullable=True),
    sa.Column('waiting_time', sa.Text(), autoincrement=False, nullable=True),
    sa.Column('colour', sa.Text(), autoincrement=False, nullable=True),
    sa.ForeignKeyConstraint(['lib_project_key', 'lib_revision'], ['library_revision.project_key', 'library_revision.revision'], name=op.f('fk_lib_stage_lib_project_key_library_revision'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('lib_project_key', 'lib_revision', 'id', name=op.f('pk_lib_stage'))
    )
    grant(op.execute, ['library_project', 'library_revision', 'lib_action', 'lib_action_card', 'lib_card', 'lib_channel', 'lib_department', 'lib_journey', 'lib_journey_objective', 'lib_journey_persona', 'lib_kpi', 'lib_lane', 'lib_link', 'lib_measurement_point', 'lib_objective', 'lib_persona', 'lib_persona_channel', 'lib_project', 'lib_stage'] + ["library_alembic_version"])
    op.execute("GRANT UPDATE (head_revision, title, organisation, author, updated_at) "
               "ON library_project TO parcours_editor")


def downgrade() -> None:
    op.drop_table('lib_stage')
    op.drop_table('lib_project')
    op.drop_table('lib_persona_channel')
    op.drop_table('lib_persona')
    op.drop_table('lib_objective')
    op.drop_table('lib_measurement_point')
    op.drop_table('lib_link')
    op.drop_table('lib_lane')
    op.drop_table('lib_kpi')
    op.drop_table('lib_journey_persona')
    op.drop_table('lib_journey_objective')
    op.drop_table('lib_journey')
    op.drop_table('lib_department')
    op.drop_table('lib_channel')
    op.drop_table('lib_card')
    op.drop_table('lib_action_card')
    op.drop_table('lib_action')
    op.drop_table('library_revision')
    op.drop_table('library_project')
