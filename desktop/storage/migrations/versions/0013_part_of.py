""""Of which": a figure's total may be part of another movement of its
round (the movement as JSON of names, as the interchange file writes it).

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-07 11:30:00
"""

import sqlalchemy as sa
from alembic import op

revision = '0013'
down_revision = '0012'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ADD COLUMN (nullable, no default): SQLite keeps the table, its
    # triggers and its indexes as they are.
    op.add_column('figure', sa.Column('part_of', sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('figure', schema=None) as batch_op:
        batch_op.drop_column('part_of')
