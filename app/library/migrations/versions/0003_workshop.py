"""The workshop's tables of the project file (schema step 3 -> 4): dot-vote rounds,
participants, votes and comments.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

from app.library.grants import grant


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('lib_comment',
    sa.Column('lib_project_key', sa.String(length=36), nullable=False),
    sa.Column('lib_revision', sa.Integer(), nullable=False),
    sa.Column('id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('journey_id', sa.Integer(), autoincrement=False, nullable=True),
    sa.Column('stage_id', sa.Integer(), autoincrement=False, nullable=True),
    sa.Column('card_id', sa.Integer(), autoincrement=False, nullable=True),
    sa.Column('parent_id', sa.Integer(), autoincrement=False, nullable=True),
    sa.Column('author', sa.Text(), autoincrement=False, nullable=True),
    sa.Column('text', sa.Text(), autoincrement=False, nullable=True),
    sa.Column('created_at', sa.Text(), autoincrement=False, nullable=True),
    sa.Column('resolved', sa.Integer(), autoincrement=False, nullable=True),
    sa.ForeignKeyConstraint(['lib_project_key', 'lib_revision'], ['library_revision.project_key', 'library_revision.revision'], name=op.f('fk_lib_comment_lib_project_key_library_revision'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('lib_project_key', 'lib_revision', 'id', name=op.f('pk_lib_comment'))
    )
    op.create_table('lib_vote',
    sa.Column('lib_project_key', sa.String(length=36), nullable=False),
    sa.Column('lib_revision', sa.Integer(), nullable=False),
    sa.Column('id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('round_id', sa.Integer(), autoincrement=False, nullable=True),
    sa.Column('participant_id', sa.Integer(), autoincrement=False, nullable=True),
    sa.Column('card_id', sa.Integer(), autoincrement=False, nullable=True),
    sa.ForeignKeyConstraint(['lib_project_key', 'lib_revision'], ['library_revision.project_key', 'library_revision.revision'], name=op.f('fk_lib_vote_lib_project_key_library_revision'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('lib_project_key', 'lib_revision', 'id', name=op.f('pk_lib_vote'))
    )
    op.create_table('lib_vote_participant',
    sa.Column('lib_project_key', sa.String(length=36), nullable=False),
    sa.Column('lib_revision', sa.Integer(), nullable=False),
    sa.Column('id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('round_id', sa.Integer(), autoincrement=False, nullable=True),
    sa.Column('name', sa.Text(), autoincrement=False, nullable=True),
    sa.ForeignKeyConstraint(['lib_project_key', 'lib_revision'], ['library_revision.project_key', 'library_revision.revision'], name=op.f('fk_lib_vote_participant_lib_project_key_library_revision'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('lib_project_key', 'lib_revision', 'id', name=op.f('pk_lib_vote_participant'))
    )
    op.create_table('lib_vote_round',
    sa.Column('lib_project_key', sa.String(length=36), nullable=False),
    sa.Column('lib_revision', sa.Integer(), nullable=False),
    sa.Column('id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('journey_id', sa.Integer(), autoincrement=False, nullable=True),
    sa.Column('title', sa.Text(), autoincrement=False, nullable=True),
    sa.Column('dots', sa.Integer(), autoincrement=False, nullable=True),
    sa.Column('held_at', sa.Text(), autoincrement=False, nullable=True),
    sa.ForeignKeyConstraint(['lib_project_key', 'lib_revision'], ['library_revision.project_key', 'library_revision.revision'], name=op.f('fk_lib_vote_round_lib_project_key_library_revision'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('lib_project_key', 'lib_revision', 'id', name=op.f('pk_lib_vote_round'))
    )
    grant(op.execute, ['lib_comment', 'lib_vote', 'lib_vote_participant', 'lib_vote_round'])


def downgrade() -> None:
    op.drop_table('lib_vote_round')
    op.drop_table('lib_vote_participant')
    op.drop_table('lib_vote')
    op.drop_table('lib_comment')
