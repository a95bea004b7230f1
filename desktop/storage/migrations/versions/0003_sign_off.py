"""Add sign-offs of rounds, kept through amendments

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25 13:08:52.331603
"""

import sqlalchemy as sa
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table('sign_off',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('round_id', sa.Uuid(), nullable=False),
    sa.Column('amendment', sa.Integer(), nullable=False),
    sa.Column('fingerprint', sa.String(length=64), nullable=False),
    sa.Column('signer', sa.String(length=200), nullable=False),
    sa.Column('certificate_sha256', sa.String(length=64), nullable=False),
    sa.Column('signed_at', sa.DateTime(), nullable=False),
    sa.Column('pdf_sha256', sa.String(length=64), nullable=False),
    sa.Column('superseded_at', sa.DateTime(), nullable=True),
    sa.Column('superseded_by', sa.String(length=200), nullable=True),
    sa.Column('reopen_reason', sa.String(length=5000), nullable=True),
    sa.ForeignKeyConstraint(['round_id'], ['exchange_round.id'], name=op.f('fk_sign_off_round_id_exchange_round'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sign_off')),
    sa.UniqueConstraint('round_id', 'amendment', name=op.f('uq_sign_off_round_id_amendment'))
    )
    with op.batch_alter_table('sign_off', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sign_off_fingerprint'), ['fingerprint'], unique=False)




def downgrade() -> None:

    with op.batch_alter_table('sign_off', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sign_off_fingerprint'))

    op.drop_table('sign_off')

