"""PostgreSQL: the server enforces the roles (the statements only a server
has, as `sqlite.py` holds SQLite's).

- `init_server` (run once by the database's owner): the group roles
  `exchange_desk_coordinator`, `_supervisor` and `_liaison`, and what each
  may touch. Only the owner owns tables, so no login can disable a
  trigger; none is granted TRUNCATE; the history, its seals and the
  certificates are read-only to every login and are appended only through
  `exchange_desk_append_history`, which runs as the owner and checks the
  login's group role (migration 0011); triggers refuse sign-offs,
  resolutions and a round's sign-off status to logins whose role does not
  allow them.
- `add_user`: a person's own login in one of the groups.
"""

from __future__ import annotations

import datetime as dt
import json
import re

from sqlalchemy.engine import Connection

from desktop.domain.people import Role

GROUPS = {role: f"exchange_desk_{role.value}" for role in Role}
#: What recorders may change (the round's sign-off status is guarded by a trigger).
CONTENT = ("party", "exchange_round", "round_party", "source", "category_set", "category", "movement", "figure",
           "figure_conflict", "round_summary")
LOGIN = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")


def _json_value(value):
    if isinstance(value, dt.datetime):
        if value.tzinfo is not None:
            value = value.astimezone(dt.UTC).replace(tzinfo=None)
        return value.isoformat()
    return None if value is None else str(value)


def append_history(conn: Connection, cert: dict, seal: dict, rows: list[dict]) -> None:
    entries = [{k: _json_value(v) for k, v in row.items()} for row in rows]
    conn.exec_driver_sql(
        "SELECT exchange_desk_append_history(%(cert)s::jsonb, %(seal)s::jsonb, %(entries)s::jsonb)",
        {"cert": json.dumps(cert), "seal": json.dumps(seal), "entries": json.dumps(entries, ensure_ascii=False)})


def receive_history(conn: Connection, certs: list[dict], seals: list[dict], rows: list[dict]) -> None:
    """Entries from other laptops, through the owner's function (migration 0012)."""
    def encode(items):
        return json.dumps([{k: _json_value(v) for k, v in item.items()} for item in items], ensure_ascii=False)

    conn.exec_driver_sql(
        "SELECT exchange_desk_receive_history(%(certs)s::jsonb, %(seals)s::jsonb, %(entries)s::jsonb)",
        {"certs": encode(certs), "seals": encode(seals), "entries": encode(rows)})


def init_server(conn: Connection) -> list[str]:
    """Make the groups and grants (again: it changes nothing). Returns the
    groups' names."""
    for group in GROUPS.values():
        conn.exec_driver_sql(
            f"DO $$BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{group}') "
            f"THEN CREATE ROLE {group} NOLOGIN; END IF; END$$")
    everyone = ", ".join(GROUPS.values())
    recorders = f"{GROUPS[Role.COORDINATOR]}, {GROUPS[Role.SUPERVISOR]}"
    statements = [
        "REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC",
        f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {everyone}",
        f"GRANT USAGE ON SCHEMA public TO {everyone}",
        f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {everyone}",
        f"GRANT INSERT, UPDATE, DELETE ON {', '.join(CONTENT)} TO {recorders}",
        f"GRANT DELETE ON resolution TO {recorders}",
        f"GRANT INSERT, UPDATE ON resolution, sign_off TO {GROUPS[Role.SUPERVISOR]}",
        f"GRANT EXECUTE ON FUNCTION exchange_desk_append_history(jsonb, jsonb, jsonb) TO {recorders}",
        f"GRANT EXECUTE ON FUNCTION exchange_desk_receive_history(jsonb, jsonb, jsonb) TO {recorders}",
    ]
    for sql in statements:
        conn.exec_driver_sql(sql)
    return list(GROUPS.values())


def add_user(conn: Connection, login: str, role: Role, password: str) -> None:
    """A person's login (made, or its password and group changed)."""
    if not LOGIN.match(login):
        raise ValueError(login)
    exists = conn.exec_driver_sql("SELECT 1 FROM pg_roles WHERE rolname = %(login)s", {"login": login}).first()
    quoted = "'" + password.replace("'", "''") + "'"
    verb = "ALTER" if exists else "CREATE"
    conn.exec_driver_sql(f"{verb} ROLE {login} LOGIN PASSWORD {quoted}")
    for other in GROUPS.values():
        conn.exec_driver_sql(f"REVOKE {other} FROM {login}")
    conn.exec_driver_sql(f"GRANT {GROUPS[role]} TO {login}")
