"""The workspace's tables and columns of the project file (schema step 1 -> 2): per-persona
scores, card images, the project's target and drop threshold, channel colours.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

from app.library.grants import grant


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('lib_card_image',
    sa.Column('lib_project_key', sa.String(length=36), nullable=False),
    sa.Column('lib_revision', sa.Integer(), nullable=False),
    sa.Column('id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('card_id', sa.Integer(), autoincrement=False, nullable=True),
    sa.Column('position', sa.Integer(), autoincrement=False, nullable=True),
    sa.Column('image', sa.LargeBinary(), autoincrement=False, nullable=True),
    sa.Column('image_type', sa.Text(), autoincrement=False, nullable=True),
    sa.Column('caption', sa.Text(), autoincrement=False, nullable=True),
    sa.ForeignKeyConstraint(['lib_project_key', 'lib_revision'], ['library_revision.project_key', 'library_revision.revision'], name=op.f('fk_lib_card_image_lib_project_key_library_revision'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('lib_project_key', 'lib_revision', 'id', name=op.f('pk_lib_card_image'))
    )
    op.create_table('lib_card_persona',
    sa.Column('lib_project_key', sa.String(length=36), nullable=False),
    sa.Column('lib_revision', sa.Integer(), nullable=False),
    sa.Column('id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('card_id', sa.Integer(), autoincrement=False, nullable=True),
    sa.Column('persona_id', sa.Integer(), autoincrement=False, nullable=True),
    sa.Column('score', sa.Float(), autoincrement=False, nullable=True),
    sa.ForeignKeyConstraint(['lib_project_key', 'lib_revision'], ['library_revision.project_key', 'library_revision.revision'], name=op.f('fk_lib_card_persona_lib_project_key_library_revision'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('lib_project_key', 'lib_revision', 'id', name=op.f('pk_lib_card_persona'))
    )
    op.add_column('lib_channel', sa.Column('colour', sa.Text(), autoincrement=False, nullable=True))
    op.add_column('lib_project', sa.Column('target_score', sa.Float(), autoincrement=False, nullable=True))
    op.add_column('lib_project', sa.Column('drop_threshold', sa.Float(), autoincrement=False, nullable=True))
    grant(op.execute, ["lib_card_image", "lib_card_persona"])


def downgrade() -> None:
    op.drop_column('lib_project', 'drop_threshold')
    op.drop_column('lib_project', 'target_score')
    op.drop_column('lib_channel', 'colour')
    op.drop_table('lib_card_persona')
    op.drop_table('lib_card_image')
