"""Figure revisions and tombstones for merging laptops' files, and merge conflicts

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-25 16:30:00
"""

import sqlalchemy as sa
from alembic import op

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('figure', schema=None) as batch_op:
        batch_op.add_column(sa.Column('rev', sa.Uuid(), nullable=True))
        batch_op.add_column(sa.Column('ancestors', sa.String(), nullable=True))
        batch_op.add_column(sa.Column('deleted_at', sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column('deleted_by', sa.String(length=200), nullable=True))
    op.create_table(
        'figure_conflict',
        sa.Column('id', sa.Uuid(), nullable=False),
        sa.Column('round_id', sa.Uuid(), nullable=False),
        sa.Column('figure_id', sa.Uuid(), nullable=False),
        sa.Column('winner_rev', sa.Uuid(), nullable=False),
        sa.Column('loser_rev', sa.Uuid(), nullable=False),
        sa.Column('winner', sa.String(), nullable=False),
        sa.Column('loser', sa.String(), nullable=False),
        sa.Column('found_at', sa.DateTime(), nullable=False),
        sa.Column('closed_at', sa.DateTime(), nullable=True),
        sa.Column('closed_by', sa.String(length=200), nullable=True),
        sa.ForeignKeyConstraint(['figure_id'], ['figure.id'], name=op.f('fk_figure_conflict_figure_id_figure'),
                                ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['round_id'], ['exchange_round.id'],
                                name=op.f('fk_figure_conflict_round_id_exchange_round'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_figure_conflict')),
        sa.UniqueConstraint('figure_id', 'loser_rev', name=op.f('uq_figure_conflict_figure_id_loser_rev')),
    )
    op.create_index(op.f('ix_figure_conflict_round_id'), 'figure_conflict', ['round_id'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_figure_conflict_round_id'), table_name='figure_conflict')
    op.drop_table('figure_conflict')
    with op.batch_alter_table('figure', schema=None) as batch_op:
        batch_op.drop_column('deleted_by')
        batch_op.drop_column('deleted_at')
        batch_op.drop_column('ancestors')
        batch_op.drop_column('rev')
