"""A source's figures may be what was agreed or announced rather than what
was handed over (source.stage); a round may be a stage of an operation
(exchange_round.operation).

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-07 13:20:00
"""

import sqlalchemy as sa
from alembic import op

revision = '0015'
down_revision = '0014'
branch_labels = None
depends_on = None

STAGES = ('delivered', 'agreed', 'agreed_for_operation')


def upgrade() -> None:
    # Plain ADD COLUMNs: SQLite keeps each table, its triggers and its
    # indexes as they are (a rebuilt table would cascade-delete the rows
    # under it). The CHECK travels with the column's definition.
    op.add_column('source', sa.Column(
        'stage', sa.String(length=20), sa.CheckConstraint(f"stage IN {STAGES!r}", name='source_stage'),
        server_default='delivered', nullable=False))
    op.add_column('exchange_round', sa.Column('operation', sa.String(length=200), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('exchange_round', schema=None) as batch_op:
        batch_op.drop_column('operation')
    with op.batch_alter_table('source', schema=None) as batch_op:
        batch_op.drop_column('stage')
