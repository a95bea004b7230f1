"""Setting up a shared PostgreSQL server's roles (`exchange-desk server`)."""

from __future__ import annotations

import sqlalchemy as sa

from desktop.domain.people import Role
from desktop.i18n import translate
from desktop.services.errors import UserError
from desktop.storage import Database, server


def _postgres(db: Database) -> None:
    if db.is_sqlite:
        raise UserError(translate(
            "server", "{database} is an SQLite file: roles are a server's (name one with --db or EXCHANGE_DESK_DB)."
        ).format(database=db.describe()))


def _as_owner(db: Database) -> None:
    with db.engine.connect() as conn:
        owner = conn.exec_driver_sql(
            "SELECT pg_get_userbyid(relowner) = session_user FROM pg_class WHERE relname = 'audit_entry'").scalar()
    if not owner:
        raise UserError(translate("server", "Only the database's owner may set up its roles; connect as the owner."))


def init_server(db: Database) -> list[str]:
    _postgres(db)
    _as_owner(db)
    try:
        with db.engine.begin() as conn:
            return server.init_server(conn)
    except sa.exc.ProgrammingError as exc:
        raise _no_createrole(exc) from None


def add_user(db: Database, login: str, role: Role, password: str) -> None:
    _postgres(db)
    _as_owner(db)
    if not server.LOGIN.match(login):
        raise UserError(translate(
            "server", "{login}: a login is lower-case letters, digits and _ (at most 63), starting with a letter."
        ).format(login=login))
    if len(password) < 12:
        raise UserError(translate("server", "The login's password must have at least 12 characters."))
    try:
        with db.engine.begin() as conn:
            server.add_user(conn, login, role, password)
    except sa.exc.ProgrammingError as exc:
        raise _no_createrole(exc) from None


def _no_createrole(exc: Exception) -> Exception:
    if getattr(getattr(exc, "orig", None), "sqlstate", None) == "42501":
        return UserError(translate(
            "server", "The owner's login may not create roles; give it CREATEROLE (or run this as a superuser)."))
    return exc
