"""Campaign packs: every published version kept, checklist ticks, each person's last sync.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 18:40:00
"""
import sqlalchemy as sa
from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('pack_versions',
    sa.Column('library_id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('meta', sa.Text(), nullable=False),
    sa.Column('scripts', sa.Text(), nullable=False),
    sa.Column('script_count', sa.Integer(), nullable=False),
    sa.Column('published_at', sa.String(length=40), nullable=False),
    sa.Column('published_by', sa.String(length=36), nullable=False),
    sa.Column('note', sa.String(length=200), nullable=False),
    sa.ForeignKeyConstraint(['library_id'], ['libraries.id'], ),
    sa.PrimaryKeyConstraint('library_id', 'version')
    )
    op.create_table('pack_ticks',
    sa.Column('library_id', sa.String(length=36), nullable=False),
    sa.Column('user_id', sa.String(length=36), nullable=False),
    sa.Column('item', sa.String(length=400), nullable=False),
    sa.Column('ticked_at', sa.String(length=40), nullable=False),
    sa.ForeignKeyConstraint(['library_id'], ['libraries.id'], ),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], ),
    sa.PrimaryKeyConstraint('library_id', 'user_id', 'item')
    )
    op.create_table('user_seen',
    sa.Column('user_id', sa.String(length=36), nullable=False),
    sa.Column('seen_at', sa.String(length=40), nullable=False),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], ),
    sa.PrimaryKeyConstraint('user_id')
    )


def downgrade() -> None:
    op.drop_table('user_seen')
    op.drop_table('pack_ticks')
    op.drop_table('pack_versions')
