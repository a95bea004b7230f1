"""Opening a database: resolve where it is, refuse what is not ours or too
new, upgrade what is older, and hand out one transaction per action."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import Engine
from sqlmodel import Session

from desktop.i18n import translate
from desktop.storage import schema, sqlite

DB_VARIABLE = schema.DB_VARIABLE
#: The shortest passphrase a new encrypted database is made with (as for keys).
NEW_PASSPHRASE_MIN = 8

#: The advisory lock writers to a PostgreSQL database take turns on.
WRITE_LOCK_KEY = 0x45_78_44_65_73_6B  # "ExDesk"


class DatabaseRefused(Exception):
    """The database named cannot be used (not ours, too new, unreachable).
    The message is one sentence for the user; nothing was written."""


class DatabaseLocked(DatabaseRefused):
    """An encrypted database opened without its passphrase: the caller asks
    for it (a terminal, a dialog, the system keychain) or says how to give it."""

    def __init__(self, path: Path, message: str | None = None):
        super().__init__(message or translate(
            "storage", "{path} is encrypted, or it is not an SQLite file at all: give its passphrase in "
            "{variable} (a command run in a terminal asks for it)."
        ).format(path=path, variable=sqlite.PASSPHRASE_VARIABLE))
        self.path = path


class DatabaseWrongKey(DatabaseRefused):
    """The passphrase given does not open the encrypted database."""


class DatabaseNew(DatabaseLocked):
    """No database at the path yet, and none given a passphrase: a new
    database is encrypted, so the caller has its passphrase chosen first
    (twice) and opens again with it. Nothing was written."""

    def __init__(self, path: Path):
        super().__init__(path, translate(
            "storage", "There is no database at {path} yet, and a new one is encrypted: choose its passphrase "
            "in {variable} (a command run in a terminal asks for it twice), or set {plain}=1 to make it "
            "unencrypted."
        ).format(path=path, variable=sqlite.PASSPHRASE_VARIABLE, plain=sqlite.PLAIN_VARIABLE))


def resolve_url(value: str | os.PathLike | None, default: Path) -> sa.URL:
    """`--db` or `EXCHANGE_DESK_DB`: an SQLAlchemy URL, or a file path. The
    default file's folder is made on first use; a folder named explicitly
    must exist (a typo must not create folders)."""
    if value is None or str(value) == "":
        value = os.environ.get(DB_VARIABLE)
        if not value:
            try:
                if not default.parent.exists():
                    default.parent.mkdir(parents=True, exist_ok=True)
                    os.chmod(default.parent, 0o700)  # records are sensitive: owner only
            except OSError as exc:
                raise DatabaseRefused(translate("storage", "Cannot make the data folder {folder}: {reason}.").format(
                    folder=default.parent, reason=exc.strerror or exc)) from None
            return sa.URL.create("sqlite", database=str(Path(default).expanduser().resolve()))
    text = str(value)
    if "://" in text:
        try:
            return sa.make_url(text)
        except sa.exc.ArgumentError:
            raise DatabaseRefused(translate(
                "storage", "{value!r} is neither a file path nor a database URL.").format(value=text)) from None
    path = Path(text).expanduser().resolve()
    if not path.parent.is_dir():
        raise DatabaseRefused(translate("storage", "{value}: the folder {folder} does not exist.").format(
            value=text, folder=path.parent))
    return sa.URL.create("sqlite", database=str(path))


class DatabaseReplaced(Exception):
    """The database file was replaced by another file under its name (a
    restore by another program, a copy moved over it) since this program
    opened it. The file now there has been opened instead; nothing was read
    from or written to the old one in the action that found it."""

    def __init__(self, path: Path, *, writing: bool):
        if writing:
            text = translate(
                "storage", "The database {path} was replaced by another program (a restore?) while it was open "
                "here; it has been opened again and the views reloaded. Nothing was saved from the last action: "
                "check it and do it again.")
        else:
            text = translate(
                "storage", "The database {path} was replaced by another program (a restore?) while it was open "
                "here; it has been opened again, and what it holds now is shown.")
        super().__init__(text.format(path=path))
        self.path = path


class Database:
    """An open, migrated database."""

    def __init__(self, engine: Engine, key: str | None = None):
        self.engine = engine
        #: An encrypted database's passphrase (SQLCipher), for the copies
        #: made outside SQLAlchemy (backups); None for a plain one.
        self.key = key
        self._write_engine = engine.execution_options(**{sqlite.WRITE_OPTION: True})
        self._file = (sqlite.file_of(engine.url)
                      if engine.dialect.name == "sqlite" and not sqlite.is_memory(engine.url) else None)
        self._identity = sqlite.identity(self._file) if self._file is not None else None

    @property
    def url(self) -> sa.URL:
        return self.engine.url

    @property
    def is_encrypted(self) -> bool:
        """An SQLite file encrypted at rest (SQLCipher)."""
        return self.key is not None

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    def describe(self) -> str:
        if self.is_sqlite:
            return str(sqlite.file_of(self.engine.url)) if not sqlite.is_memory(self.engine.url) else ":memory:"
        return self.engine.url.render_as_string(hide_password=True)

    @classmethod
    def open(cls, url: sa.URL, *, migrate: bool = True, key: str | None = None, plain: bool = False) -> Database:
        """`key`: the passphrase of an encrypted database (else
        EXCHANGE_DESK_DB_PASSPHRASE). A new database file is encrypted with
        it; without one, `DatabaseNew` asks for it to be chosen, unless
        `plain` (or EXCHANGE_DESK_DB_PLAIN=1) says to make it unencrypted.
        A plain database stays plain (`encrypt` converts it)."""
        where = str(sqlite.file_of(url)) if url.get_backend_name() == "sqlite" else url.render_as_string(hide_password=True)
        if url.get_backend_name() != "sqlite" or sqlite.is_memory(url):
            key = None
        if url.get_backend_name() == "sqlite" and not sqlite.is_memory(url):
            path = sqlite.file_of(url)
            if path.is_dir():
                raise DatabaseRefused(translate("storage", "{path} is a folder, not a database file.").format(path=path))
            key = key or os.environ.get(sqlite.PASSPHRASE_VARIABLE) or None
            if sqlite.is_encrypted(path):
                if key is None:
                    raise DatabaseLocked(path)
            elif path.exists() and path.stat().st_size > 0:
                key = None  # a plain database stays plain until `encrypt`
            elif key is None and not (plain or os.environ.get(sqlite.PLAIN_VARIABLE) == "1"):
                raise DatabaseNew(path)
            elif key is not None and len(key) < NEW_PASSPHRASE_MIN:
                raise DatabaseRefused(translate(
                    "storage", "The passphrase for the new database {path} must have at least {n} characters; "
                    "nothing was made.").format(path=path, n=NEW_PASSPHRASE_MIN))
            try:
                if not path.exists():
                    # Created readable by its owner only; SQLite gives its
                    # -wal and -shm files the same permissions.
                    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
                elif path.stat().st_size == 0:
                    os.chmod(path, 0o600)  # an empty file about to become a database
            except FileExistsError:
                pass
            except OSError as exc:
                raise DatabaseRefused(translate("storage", "Cannot use the database {database}: {reason}.").format(
                    database=path, reason=exc.strerror or exc)) from None
        try:
            if key is not None:
                import sqlcipher3

                engine = sa.create_engine(url, module=sqlcipher3)
            else:
                engine = sa.create_engine(url)
        except (sa.exc.ArgumentError, sa.exc.NoSuchModuleError) as exc:
            raise DatabaseRefused(translate("storage", "Cannot use the database {database}: {reason}.").format(
                database=where, reason=exc)) from None
        except ImportError as exc:
            raise DatabaseRefused(translate(
                "storage", "Cannot use the database {database}: its driver is not installed ({driver})."
            ).format(database=where, driver=exc.name or exc)) from None
        if engine.dialect.name == "sqlite":
            sqlite.configure_engine(engine, key)
        db = cls(engine, key)
        try:
            db._check_and_upgrade(where, migrate=migrate)
        except DatabaseRefused:
            engine.dispose()
            raise
        except sa.exc.DatabaseError as exc:
            engine.dispose()
            if _certificate_refused(url, exc):
                raise DatabaseRefused(translate(
                    "storage", "The database server {database} answers, but its certificate is not vouched for by "
                    "the certificate authority given ({authority}): it may not be the office's server, so nothing "
                    "was sent to it."
                ).format(database=where, authority=url.query.get("sslrootcert", "~/.postgresql/root.crt"))) from None
            raise DatabaseRefused(translate("storage", "Cannot open the database {database}: {reason}.").format(
                database=where, reason=_reason(exc))) from None
        return db

    def _check_and_upgrade(self, where: str, *, migrate: bool) -> None:
        if self.is_sqlite and not sqlite.is_memory(self.engine.url):
            # Judge the file before anything can write to it.
            try:
                sqlite.precheck(sqlite.file_of(self.engine.url), self.key)
            except sqlite.WrongKey:
                raise DatabaseWrongKey(translate(
                    "storage", "The passphrase does not open the encrypted database {database} (or the file is "
                    "not an Exchange Desk database); nothing was changed."
                ).format(database=where)) from None
            except sqlite.Unusable as exc:
                raise DatabaseRefused(translate("storage", "{database} cannot be used: {reason}; restore a backup.").format(
                    database=where, reason=exc)) from None
        # Then read through a normal connection, which sees what other
        # programs have committed (a WAL not yet checkpointed included).
        with self.engine.connect() as conn:
            tables = set(sa.inspect(conn).get_table_names())
            version = None
            if "alembic_version" in tables:
                version = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
        not_ours = translate("storage", "{database} is a database, but not an Exchange Desk one.")
        if version is None and tables - {"alembic_version"}:
            raise DatabaseRefused(not_ours.format(database=where))
        if version is not None and not schema.looks_like_ours(version):
            raise DatabaseRefused(not_ours.format(database=where))
        if version is not None and version not in schema.REVISIONS:
            raise DatabaseRefused(translate(
                "storage", "{database} was made by a newer version of Exchange Desk (schema {version}); "
                "update Exchange Desk to open it."
            ).format(database=where, version=version))
        if self.is_sqlite and not sqlite.is_memory(self.engine.url) and migrate:
            sqlite.enable_wal(self.engine)  # not when only looked at (a backup checked before a restore)
        if version != schema.HEAD and migrate:
            from desktop.storage.migrate import upgrade

            if version is not None and self.is_sqlite and not sqlite.is_memory(self.engine.url):
                # Keep the database as it was before changing its schema.
                path = sqlite.file_of(self.engine.url)
                stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
                sqlite.backup_to(path, path.with_name(f"{path.name}.before-{schema.HEAD}-{stamp}.bak"), self.key)

            with self._write_engine.begin() as conn:
                upgrade(conn)

    def _check_same_file(self, *, writing: bool) -> None:
        """Refuse to go on with a file that is no longer the database: open
        the one now under its name (upgrading it if it is older) and say so."""
        if self._file is None or sqlite.identity(self._file) == self._identity:
            return
        # The old file's journals stay beside the new one (SQLite does not
        # touch them once its file has moved): left there, they would be
        # read over the new file. Ours are dropped once we let go of them.
        stale = sqlite.journals_held_here(self._file)
        self.engine.dispose()
        sqlite.drop_journals(stale)
        where = str(self._file)
        try:
            self._check_and_upgrade(where, migrate=True)
        except sa.exc.DatabaseError as exc:
            raise DatabaseRefused(translate("storage", "Cannot open the database {database}: {reason}.").format(
                database=where, reason=_reason(exc))) from None
        self._identity = sqlite.identity(self._file)
        raise DatabaseReplaced(self._file, writing=writing)

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: everything inside commits together or not at all.

        Writers take turns, on every backend: SQLite's BEGIN IMMEDIATE, and on
        a server a transaction-scoped advisory lock, so each action reads and
        writes as if alone (the history's hash chain needs exactly one writer
        at a time; a version checked at the start still holds at the end)."""
        with Session(self._write_engine, expire_on_commit=False) as session:
            with session.begin():
                if self.engine.dialect.name == "postgresql":
                    session.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": WRITE_LOCK_KEY})
                elif self._file is not None:
                    # With the write lock held, so no writer of ours can
                    # commit into a file that has just been replaced.
                    session.connection()
                    self._check_same_file(writing=True)
                from desktop.storage import audit

                audit.forget_written(session.connection())
                yield session

    @contextlib.contextmanager
    def reading(self) -> Iterator[Session]:
        """A consistent snapshot to read from; never writes."""
        self._check_same_file(writing=False)
        with Session(self.engine) as session, session.begin():
            yield session

    def close(self) -> None:
        self.engine.dispose()


def _certificate_refused(url: sa.URL, exc: sa.exc.DatabaseError) -> bool:
    """Whether a connection that checks the server's certificate failed
    because of the certificate. Told apart by a second look, not by the
    wording of the driver's message: a TLS handshake alone (PostgreSQL's
    SSLRequest, then TLS checked against the same authority), which sends
    no name and no password."""
    if url.get_backend_name() != "postgresql" or url.query.get("sslmode") not in ("verify-ca", "verify-full"):
        return False
    if getattr(getattr(exc, "orig", None), "sqlstate", None):
        return False  # the server answered: not a connection failure
    import socket
    import ssl
    import struct

    host, port = url.host or "localhost", url.port or 5432
    authority = url.query.get("sslrootcert") or str(Path.home() / ".postgresql" / "root.crt")
    try:
        context = ssl.create_default_context(cafile=authority)
        context.check_hostname = url.query.get("sslmode") == "verify-full"
        with socket.create_connection((host, port), timeout=5) as sock:
            sock.sendall(struct.pack("!ii", 8, 80877103))  # SSLRequest
            if sock.recv(1) != b"S":
                return False
            with context.wrap_socket(sock, server_hostname=host):
                return False  # the certificate holds: something else failed
    except ssl.SSLCertVerificationError:
        return True
    except (OSError, ssl.SSLError, ValueError):
        return False


def _reason(exc: sa.exc.DatabaseError) -> str:
    text = str(getattr(exc, "orig", exc)) or exc.__class__.__name__
    return " ".join(text.split()).rstrip(".")  # one line, whatever the driver wrote
