"""The database's own protections, as this release made them: the
triggers that keep the audit history append-only. A file or server whose
protections were dropped, disabled or replaced by no-ops is damage that
`check` reports and `restore` refuses."""

from __future__ import annotations

import re

from desktop.i18n import translate

#: The SQLite triggers of migration 0004, as SQLite keeps their text.
SQLITE_TRIGGERS = {
    f"audit_entry_no_{event.lower()}": (
        f"CREATE TRIGGER audit_entry_no_{event.lower()} BEFORE {event} ON audit_entry "
        "BEGIN SELECT RAISE(ABORT, 'the audit history is append-only'); END"
    )
    for event in ("UPDATE", "DELETE")
}
#: The PostgreSQL trigger and its function's body.
PG_TRIGGER = "audit_entry_append_only"
PG_FUNCTION_BODY = " BEGIN RAISE EXCEPTION 'the audit history is append-only'; END "


def _normal(sql: str) -> str:
    return re.sub(r"\s+", " ", sql or "").strip().rstrip(";").lower()


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
        for name, sql in SQLITE_TRIGGERS.items():
            if name not in found:
                problems.append(translate("integrity", "the history's protection {name} is missing").format(name=name))
            elif _normal(found[name]) != _normal(sql):
                problems.append(translate(
                    "integrity", "the history's protection {name} was replaced by another").format(name=name))
        for name in sorted(set(found) - set(SQLITE_TRIGGERS)):
            problems.append(translate("integrity", "a trigger this release does not make is in the database: {name}")
                            .format(name=name))
        return problems
    row = conn.exec_driver_sql(
        "SELECT t.tgenabled, p.prosrc FROM pg_trigger t JOIN pg_proc p ON p.oid = t.tgfoid "
        "WHERE t.tgrelid = 'audit_entry'::regclass AND t.tgname = %(name)s", {"name": PG_TRIGGER}
    ).first()
    if row is None:
        return [translate("integrity", "the history's protection {name} is missing").format(name=PG_TRIGGER)]
    problems = []
    if row[0] != "O":  # 'O': fires (D disabled, R/A only on replicas or always)
        problems.append(translate("integrity", "the history's protection {name} is disabled").format(name=PG_TRIGGER))
    if _normal(row[1]) != _normal(PG_FUNCTION_BODY):
        problems.append(translate(
            "integrity", "the history's protection {name} was replaced by another").format(name=PG_TRIGGER))
    return problems
