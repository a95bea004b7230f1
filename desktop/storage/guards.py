"""The database's own protections, as this release made them: the
triggers that keep the audit history append-only. A file or server whose
protections were dropped, disabled or replaced by no-ops is damage that
`check` reports and `restore` refuses."""

from __future__ import annotations

import re

from desktop.i18n import translate

#: The append-only tables: the history (migration 0004), its seals and the
#: certificates of the keys that sealed it (0010), and the entries received
#: from other laptops (0012).
APPEND_ONLY = {"audit_entry": "0004", "history_seal": "0010", "person_certificate": "0010",
               "received_entry": "0012"}


def _append_only(version: str | None) -> list[str]:
    return [t for t, since in APPEND_ONLY.items() if version is None or version >= since]


#: The SQLite triggers, as SQLite keeps their text.
SQLITE_TRIGGERS = {
    f"{table}_no_{event.lower()}": (
        f"CREATE TRIGGER {table}_no_{event.lower()} BEFORE {event} ON {table} "
        "BEGIN SELECT RAISE(ABORT, 'the audit history is append-only'); END"
    )
    for table in APPEND_ONLY for event in ("UPDATE", "DELETE")
}
#: The PostgreSQL trigger (one per table, `{table}_append_only` but the
#: history's own) and their function's body.
PG_TRIGGER = "audit_entry_append_only"
PG_FUNCTION_BODY = " BEGIN RAISE EXCEPTION 'the audit history is append-only'; END "


def _normal(sql: str) -> str:
    return re.sub(r"\s+", " ", sql or "").strip().rstrip(";").lower()


#: The server's role guards (migration 0011, PostgreSQL only).
ROLE_GUARDED = ("exchange_round", "resolution", "sign_off")
ROLES_SINCE = "0011"

#: The security-definer functions through which logins write history.
DEFINERS = ("exchange_desk_append_history", "exchange_desk_receive_history")


def _role_functions(version: str | None) -> dict[str, str]:
    """The bodies of the server's role functions, as the migrations that
    made them (0011, 0012) left them."""
    import runpy
    from pathlib import Path

    folder = Path(__file__).parent / "migrations" / "versions"
    made = runpy.run_path(str(folder / "0011_server_roles.py"))
    sqls = [made["MAY"], made["CAPABILITY"], made["APPEND"], made["GUARD"]]
    if version is None or version >= "0012":
        sqls.append(runpy.run_path(str(folder / "0012_received_history.py"))["RECEIVE"])
    out = {}
    for sql in sqls:
        name = re.search(r"CREATE FUNCTION (\w+)", sql).group(1)
        out[name] = sql.split("$$")[1]
    return out


#: The schema revision that made them: older databases have none yet.
SINCE = "0004"


def protection_problems(conn, *, version: str | None = None) -> list[str]:
    """What is not as this release made it, one sentence each (none: intact).
    `version`: the database's schema revision, if it may be older than this
    release's (a backup to restore)."""
    if version is not None and version < SINCE:
        return []
    if conn.dialect.name == "sqlite":
        from desktop.storage import sqlite

        found = sqlite.triggers(conn)
        problems = []
        tables = _append_only(version)
        expected = {n: sql for n, sql in SQLITE_TRIGGERS.items() if n.rsplit("_no_", 1)[0] in tables}
        for name, sql in expected.items():
            if name not in found:
                problems.append(translate("integrity", "the history's protection {name} is missing").format(name=name))
            elif _normal(found[name]) != _normal(sql):
                problems.append(translate(
                    "integrity", "the history's protection {name} was replaced by another").format(name=name))
        for name in sorted(set(found) - set(SQLITE_TRIGGERS)):
            problems.append(translate("integrity", "a trigger this release does not make is in the database: {name}")
                            .format(name=name))
        return problems
    problems = []
    for table in _append_only(version):
        name = f"{table}_append_only"
        row = conn.exec_driver_sql(
            "SELECT t.tgenabled, p.prosrc FROM pg_trigger t JOIN pg_proc p ON p.oid = t.tgfoid "
            "WHERE t.tgrelid = %(table)s::regclass AND t.tgname = %(name)s", {"table": table, "name": name}
        ).first()
        if row is None:
            problems.append(translate("integrity", "the history's protection {name} is missing").format(name=name))
            continue
        if row[0] != "O":  # 'O': fires (D disabled, R/A only on replicas or always)
            problems.append(translate("integrity", "the history's protection {name} is disabled").format(name=name))
        if _normal(row[1]) != _normal(PG_FUNCTION_BODY):
            problems.append(translate(
                "integrity", "the history's protection {name} was replaced by another").format(name=name))
    if version is None or version >= ROLES_SINCE:
        for table in ROLE_GUARDED:
            name = f"{table}_role_guard"
            row = conn.exec_driver_sql(
                "SELECT t.tgenabled FROM pg_trigger t WHERE t.tgrelid = %(table)s::regclass AND t.tgname = %(name)s",
                {"table": table, "name": name}).first()
            if row is None:
                problems.append(translate("integrity", "the history's protection {name} is missing").format(name=name))
            elif row[0] != "O":
                problems.append(translate("integrity", "the history's protection {name} is disabled").format(
                    name=name))
        for name, body in _role_functions(version).items():
            row = conn.exec_driver_sql(
                "SELECT p.prosrc, p.prosecdef FROM pg_proc p WHERE p.proname = %(name)s", {"name": name}).first()
            if row is None:
                problems.append(translate("integrity", "the history's protection {name} is missing").format(name=name))
            elif _normal(row[0]) != _normal(body) or (name in DEFINERS and not row[1]):
                problems.append(translate("integrity", "the history's protection {name} was replaced by another")
                                .format(name=name))
    return problems
