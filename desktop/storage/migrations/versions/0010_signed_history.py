"""Signed history: each action's entries sealed by the key of the person
who acted, and the certificates of those keys

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-07 06:30:00
"""

import sqlalchemy as sa
from alembic import op

revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None

APPEND_ONLY = ('history_seal', 'person_certificate')


def upgrade() -> None:
    # Entries written before stay unsealed (`check` counts them apart); a
    # plain ADD COLUMN keeps the history's triggers in place.
    op.add_column('audit_entry', sa.Column('seal_id', sa.String(length=64), nullable=True))
    op.create_index(op.f('ix_audit_entry_seal_id'), 'audit_entry', ['seal_id'], unique=False)
    op.create_table(
        'history_seal',
        sa.Column('id', sa.String(length=64), nullable=False),
        sa.Column('key_id', sa.String(length=64), nullable=False),
        sa.Column('content', sa.String(), nullable=False),
        sa.Column('signature', sa.String(), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_history_seal')),
    )
    op.create_index(op.f('ix_history_seal_key_id'), 'history_seal', ['key_id'], unique=False)
    op.create_table(
        'person_certificate',
        sa.Column('key_id', sa.String(length=64), nullable=False),
        sa.Column('name', sa.String(length=200), nullable=False),
        sa.Column('role', sa.String(length=20), nullable=False),
        sa.Column('pem', sa.String(), nullable=False),
        sa.PrimaryKeyConstraint('key_id', name=op.f('pk_person_certificate')),
    )
    conn = op.get_bind()
    for table in APPEND_ONLY:
        if conn.dialect.name == 'sqlite':
            for event in ('UPDATE', 'DELETE'):
                op.execute(
                    f"CREATE TRIGGER {table}_no_{event.lower()} BEFORE {event} ON {table} "
                    "BEGIN SELECT RAISE(ABORT, 'the audit history is append-only'); END"
                )
        else:
            op.execute(
                f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table} "
                "FOR EACH ROW EXECUTE FUNCTION audit_entry_append_only()"
            )


def downgrade() -> None:
    conn = op.get_bind()
    for table in APPEND_ONLY:
        if conn.dialect.name == 'sqlite':
            op.execute(f"DROP TRIGGER {table}_no_update")
            op.execute(f"DROP TRIGGER {table}_no_delete")
        else:
            op.execute(f"DROP TRIGGER {table}_append_only ON {table}")
    op.drop_table('person_certificate')
    op.drop_index(op.f('ix_history_seal_key_id'), table_name='history_seal')
    op.drop_table('history_seal')
    op.drop_index(op.f('ix_audit_entry_seal_id'), table_name='audit_entry')
    op.drop_column('audit_entry', 'seal_id')
