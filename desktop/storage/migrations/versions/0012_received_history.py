"""Received history: sealed entries made on other laptops, brought by
interchange files (a colleague's figures, a supervisor's resolutions,
sign-offs and reopenings), kept apart from this database's own chain and
append-only. On PostgreSQL they are added only through a function that runs
as the owner.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-07 08:30:00
"""

import sqlalchemy as sa
from alembic import op

revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None

# Frozen copy of the server's function as of this revision. Every seal it
# adds is checked against its signer's certificate wherever it is used, so
# the function need not judge them; it only keeps logins off the tables.
RECEIVE = """
CREATE FUNCTION exchange_desk_receive_history(certs jsonb, seals jsonb, entries jsonb) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
  IF NOT exchange_desk_may('record') THEN
    RAISE EXCEPTION 'exchange desk: the login % may not import', session_user USING ERRCODE = '42501';
  END IF;
  INSERT INTO person_certificate SELECT * FROM jsonb_populate_recordset(NULL::person_certificate, certs)
    ON CONFLICT DO NOTHING;
  INSERT INTO history_seal SELECT * FROM jsonb_populate_recordset(NULL::history_seal, seals)
    ON CONFLICT DO NOTHING;
  INSERT INTO received_entry (after_seq, seal_id, round_id, position, at, actor, action, entity, entity_id, before,
                              after, detail)
    SELECT after_seq, seal_id, round_id, position, at, actor, action, entity, entity_id, before, after, detail
    FROM jsonb_populate_recordset(NULL::received_entry, entries);
END
$$
"""


def upgrade() -> None:
    op.create_table(
        'received_entry',
        sa.Column('rseq', sa.Integer(), nullable=False),
        sa.Column('after_seq', sa.Integer(), nullable=False),
        sa.Column('seal_id', sa.String(length=64), nullable=False),
        sa.Column('round_id', sa.Uuid(), nullable=False),
        sa.Column('position', sa.Integer(), nullable=False),
        sa.Column('at', sa.DateTime(), nullable=False),
        sa.Column('actor', sa.String(length=200), nullable=False),
        sa.Column('action', sa.String(length=40), nullable=False),
        sa.Column('entity', sa.String(length=40), nullable=False),
        sa.Column('entity_id', sa.String(length=80), nullable=True),
        sa.Column('before', sa.String(), nullable=True),
        sa.Column('after', sa.String(), nullable=True),
        sa.Column('detail', sa.String(length=5000), nullable=True),
        sa.PrimaryKeyConstraint('rseq', name=op.f('pk_received_entry')),
        sa.UniqueConstraint('seal_id', 'round_id', 'position', name='uq_received_entry_seal_id_round_id_position'),
    )
    op.create_index(op.f('ix_received_entry_seal_id'), 'received_entry', ['seal_id'], unique=False)
    op.create_index(op.f('ix_received_entry_round_id'), 'received_entry', ['round_id'], unique=False)
    conn = op.get_bind()
    if conn.dialect.name == 'sqlite':
        for event in ('UPDATE', 'DELETE'):
            op.execute(
                f"CREATE TRIGGER received_entry_no_{event.lower()} BEFORE {event} ON received_entry "
                "BEGIN SELECT RAISE(ABORT, 'the audit history is append-only'); END"
            )
        return
    op.execute(
        "CREATE TRIGGER received_entry_append_only BEFORE UPDATE OR DELETE ON received_entry "
        "FOR EACH ROW EXECUTE FUNCTION audit_entry_append_only()"
    )
    op.execute(RECEIVE)
    op.execute("REVOKE ALL ON FUNCTION exchange_desk_receive_history(jsonb, jsonb, jsonb) FROM PUBLIC")
    # A server set up before this revision: its groups may read the new
    # table and import through the function (`server init` grants the same).
    op.execute(
        "DO $$BEGIN IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'exchange_desk_coordinator') THEN "
        "GRANT SELECT ON received_entry TO exchange_desk_coordinator, exchange_desk_supervisor, "
        "exchange_desk_liaison; "
        "GRANT EXECUTE ON FUNCTION exchange_desk_receive_history(jsonb, jsonb, jsonb) TO "
        "exchange_desk_coordinator, exchange_desk_supervisor; END IF; END$$"
    )


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == 'sqlite':
        op.execute("DROP TRIGGER received_entry_no_update")
        op.execute("DROP TRIGGER received_entry_no_delete")
    else:
        op.execute("DROP FUNCTION exchange_desk_receive_history(jsonb, jsonb, jsonb)")
        op.execute("DROP TRIGGER received_entry_append_only ON received_entry")
    op.drop_index(op.f('ix_received_entry_round_id'), table_name='received_entry')
    op.drop_index(op.f('ix_received_entry_seal_id'), table_name='received_entry')
    op.drop_table('received_entry')
