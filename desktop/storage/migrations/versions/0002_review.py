"""Add resolutions of discrepancies and the rounds list summary

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 12:46:37.241600
"""

import sqlalchemy as sa
from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table('resolution',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('round_id', sa.Uuid(), nullable=False),
    sa.Column('key', sa.String(length=80), nullable=False),
    sa.Column('accepted_value', sa.Integer(), nullable=True),
    sa.Column('note', sa.String(length=5000), nullable=False),
    sa.Column('basis', sa.String(length=64), nullable=False),
    sa.Column('resolved_by', sa.String(length=200), nullable=False),
    sa.Column('resolved_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['round_id'], ['exchange_round.id'], name=op.f('fk_resolution_round_id_exchange_round'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_resolution')),
    sa.UniqueConstraint('round_id', 'key', name=op.f('uq_resolution_round_id_key'))
    )
    op.create_table('round_summary',
    sa.Column('round_id', sa.Uuid(), nullable=False),
    sa.Column('sides', sa.String(length=2000), nullable=False),
    sa.Column('received', sa.String(length=4000), nullable=False),
    sa.Column('received_total', sa.Integer(), nullable=False),
    sa.Column('open_errors', sa.Integer(), nullable=False),
    sa.Column('open_warnings', sa.Integer(), nullable=False),
    sa.Column('open_infos', sa.Integer(), nullable=False),
    sa.Column('figure_count', sa.Integer(), nullable=False),
    sa.Column('search', sa.String(length=20000), nullable=False),
    sa.ForeignKeyConstraint(['round_id'], ['exchange_round.id'], name=op.f('fk_round_summary_round_id_exchange_round'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('round_id', name=op.f('pk_round_summary'))
    )
    with op.batch_alter_table('round_summary', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_round_summary_open_errors'), ['open_errors'], unique=False)
        batch_op.create_index(batch_op.f('ix_round_summary_received_total'), ['received_total'], unique=False)




def downgrade() -> None:

    with op.batch_alter_table('round_summary', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_round_summary_received_total'))
        batch_op.drop_index(batch_op.f('ix_round_summary_open_errors'))

    op.drop_table('round_summary')
    op.drop_table('resolution')

