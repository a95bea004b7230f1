"""Chain the audit history with hashes and make it append-only

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25 13:30:00
"""

import datetime as dt
import hashlib
import json

import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None

GENESIS = "0" * 64
FIELDS = ("at", "actor", "action", "entity", "entity_id", "round_id", "before", "after", "detail")


def _text(value):
    # Frozen copy of desktop.storage.audit's canonical form, as of this revision.
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=dt.UTC)
        return value.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    return str(value)


def _hash(prev, entry):
    content = json.dumps({f: _text(entry.get(f)) for f in FIELDS}, ensure_ascii=False, sort_keys=True,
                         separators=(",", ":"))
    return hashlib.sha256(f"{prev}\n{content}".encode()).hexdigest()


def upgrade() -> None:
    with op.batch_alter_table('audit_entry', schema=None) as batch_op:
        batch_op.add_column(sa.Column('prev_hash', sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column('hash', sa.String(length=64), nullable=True))

    audit = sa.table(
        'audit_entry', sa.column('seq', sa.Integer), sa.column('at', sa.DateTime), sa.column('actor', sa.String),
        sa.column('action', sa.String), sa.column('entity', sa.String), sa.column('entity_id', sa.String),
        sa.column('round_id', sa.Uuid), sa.column('before', sa.String), sa.column('after', sa.String),
        sa.column('detail', sa.String), sa.column('prev_hash', sa.String), sa.column('hash', sa.String),
    )
    conn = op.get_bind()
    prev = GENESIS
    rows = conn.execute(sa.select(audit).order_by(audit.c.seq)).all()
    for row in rows:
        entry = {f: getattr(row, f) for f in FIELDS}
        digest = _hash(prev, entry)
        conn.execute(sa.update(audit).where(audit.c.seq == row.seq).values(prev_hash=prev, hash=digest))
        prev = digest

    with op.batch_alter_table('audit_entry', schema=None) as batch_op:
        batch_op.alter_column('prev_hash', existing_type=sa.String(length=64), nullable=False)
        batch_op.alter_column('hash', existing_type=sa.String(length=64), nullable=False)
    with op.batch_alter_table('sign_off', schema=None) as batch_op:
        batch_op.add_column(sa.Column('audit_head', sa.String(length=64), nullable=True))

    if conn.dialect.name == 'sqlite':
        for event in ('UPDATE', 'DELETE'):
            op.execute(
                f"CREATE TRIGGER audit_entry_no_{event.lower()} BEFORE {event} ON audit_entry "
                "BEGIN SELECT RAISE(ABORT, 'the audit history is append-only'); END"
            )
    else:
        op.execute(
            "CREATE FUNCTION audit_entry_append_only() RETURNS trigger LANGUAGE plpgsql AS "
            "$$ BEGIN RAISE EXCEPTION 'the audit history is append-only'; END $$"
        )
        op.execute(
            "CREATE TRIGGER audit_entry_append_only BEFORE UPDATE OR DELETE ON audit_entry "
            "FOR EACH ROW EXECUTE FUNCTION audit_entry_append_only()"
        )


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == 'sqlite':
        op.execute("DROP TRIGGER audit_entry_no_update")
        op.execute("DROP TRIGGER audit_entry_no_delete")
    else:
        op.execute("DROP TRIGGER audit_entry_append_only ON audit_entry")
        op.execute("DROP FUNCTION audit_entry_append_only()")
    with op.batch_alter_table('sign_off', schema=None) as batch_op:
        batch_op.drop_column('audit_head')
    with op.batch_alter_table('audit_entry', schema=None) as batch_op:
        batch_op.drop_column('hash')
        batch_op.drop_column('prev_hash')
