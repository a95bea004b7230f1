"""Each sign-off keeps its signed PDF, so that the files are written only
once the sign-off is committed, and can be written again from it

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-07 04:40:00
"""

import sqlalchemy as sa
from alembic import op

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Empty for sign-offs made before: their PDFs are the files kept then.
    with op.batch_alter_table('sign_off', schema=None) as batch_op:
        batch_op.add_column(sa.Column('pdf', sa.LargeBinary(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('sign_off', schema=None) as batch_op:
        batch_op.drop_column('pdf')
