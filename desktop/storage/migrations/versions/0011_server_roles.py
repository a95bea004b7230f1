"""On PostgreSQL, the server enforces roles: history appended only through
a function that runs as the owner and checks the login's group role; sign-
offs, resolutions and a round's sign-off status guarded by the same roles
(`exchange-desk server init` makes the groups and grants). Nothing on SQLite.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-07 07:00:00
"""

from alembic import op

revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None

# Frozen copy of desktop.storage.server's SQL as of this revision.
MAY = """
CREATE FUNCTION exchange_desk_may(capability text) RETURNS boolean
LANGUAGE sql STABLE SET search_path = pg_catalog, public AS $$
  SELECT CASE
    WHEN NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'exchange_desk_supervisor') THEN true
    WHEN pg_has_role(session_user, 'exchange_desk_supervisor', 'MEMBER') THEN true
    WHEN pg_has_role(session_user, 'exchange_desk_coordinator', 'MEMBER') THEN capability IN ('record', 'none')
    WHEN pg_has_role(session_user, 'exchange_desk_liaison', 'MEMBER') THEN capability = 'none'
    ELSE true
  END
$$
"""

CAPABILITY = """
CREATE FUNCTION exchange_desk_capability(action text, entity text, detail text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE
    WHEN action = 'refused' THEN 'none'
    WHEN entity = 'discrepancy' AND action = 'reopen'
         AND detail IN ('a figure under it changed', 'the discrepancy is gone') THEN 'record'
    WHEN entity = 'discrepancy' THEN 'supervise'
    WHEN entity = 'round' AND action IN ('sign_off', 'reopen') THEN 'supervise'
    ELSE 'record'
  END
$$
"""

APPEND = """
CREATE FUNCTION exchange_desk_append_history(cert jsonb, seal jsonb, entries jsonb) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE e jsonb;
BEGIN
  FOR e IN SELECT * FROM jsonb_array_elements(entries) LOOP
    IF NOT exchange_desk_may(exchange_desk_capability(e->>'action', e->>'entity', e->>'detail')) THEN
      RAISE EXCEPTION 'exchange desk: the login % may not write this (% %)', session_user, e->>'action', e->>'entity'
        USING ERRCODE = '42501';
    END IF;
  END LOOP;
  INSERT INTO person_certificate SELECT * FROM jsonb_populate_record(NULL::person_certificate, cert)
    ON CONFLICT DO NOTHING;
  INSERT INTO history_seal SELECT * FROM jsonb_populate_record(NULL::history_seal, seal);
  INSERT INTO audit_entry (at, actor, action, entity, entity_id, round_id, before, after, detail, prev_hash, hash,
                           seal_id)
    SELECT at, actor, action, entity, entity_id, round_id, before, after, detail, prev_hash, hash, seal_id
    FROM jsonb_populate_recordset(NULL::audit_entry, entries);
END
$$
"""

GUARD = """
CREATE FUNCTION exchange_desk_guard() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, public AS $$
BEGIN
  IF TG_TABLE_NAME = 'exchange_round' THEN
    IF (TG_OP = 'INSERT' AND NEW.status = 'signed_off')
       OR (TG_OP = 'UPDATE' AND NEW.status IS DISTINCT FROM OLD.status
           AND 'signed_off' IN (NEW.status, OLD.status)) THEN
      IF NOT exchange_desk_may('supervise') THEN
        RAISE EXCEPTION 'exchange desk: the login % may not sign a round off or reopen it', session_user
          USING ERRCODE = '42501';
      END IF;
    END IF;
  ELSIF TG_TABLE_NAME = 'resolution' AND TG_OP = 'DELETE' THEN
    IF NOT exchange_desk_may('record') THEN
      RAISE EXCEPTION 'exchange desk: the login % may not end a resolution', session_user USING ERRCODE = '42501';
    END IF;
  ELSIF NOT exchange_desk_may('supervise') THEN
    RAISE EXCEPTION 'exchange desk: the login % may not write %', session_user, TG_TABLE_NAME
      USING ERRCODE = '42501';
  END IF;
  RETURN COALESCE(NEW, OLD);
END
$$
"""

GUARDED = {
    "exchange_round": "INSERT OR UPDATE",
    "resolution": "INSERT OR UPDATE OR DELETE",
    "sign_off": "INSERT OR UPDATE OR DELETE",
}


def upgrade() -> None:
    if op.get_bind().dialect.name != 'postgresql':
        return
    for sql in (MAY, CAPABILITY, APPEND, GUARD):
        op.execute(sql)
    for table, events in GUARDED.items():
        op.execute(f"CREATE TRIGGER {table}_role_guard BEFORE {events} ON {table} "
                   "FOR EACH ROW EXECUTE FUNCTION exchange_desk_guard()")
    op.execute("REVOKE ALL ON FUNCTION exchange_desk_append_history(jsonb, jsonb, jsonb) FROM PUBLIC")


def downgrade() -> None:
    if op.get_bind().dialect.name != 'postgresql':
        return
    for table in GUARDED:
        op.execute(f"DROP TRIGGER {table}_role_guard ON {table}")
    op.execute("DROP FUNCTION exchange_desk_guard()")
    op.execute("DROP FUNCTION exchange_desk_append_history(jsonb, jsonb, jsonb)")
    op.execute("DROP FUNCTION exchange_desk_capability(text, text, text)")
    op.execute("DROP FUNCTION exchange_desk_may(text)")
