"""Everything SQLite-specific, in one place: file checks, PRAGMAs, transactions.

Durability: the database runs in WAL mode with `synchronous=FULL`, so a
transaction that has returned from COMMIT survives a crash of the program
and a loss of power; a crash mid-transaction leaves the database as it was
before that transaction.
"""

from __future__ import annotations

import functools
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.i18n import translate

if TYPE_CHECKING:  # SQLAlchemy is loaded by the callers that need it
    import sqlalchemy as sa
    from sqlalchemy.engine import Engine

SQLITE_MAGIC = b"SQLite format 3\x00"

#: The database's passphrase, for scripts (SQLCipher; without it a command
#: asks in a terminal, the app in a dialog).
PASSPHRASE_VARIABLE = "EXCHANGE_DESK_DB_PASSPHRASE"
#: Set to 1 to make a new database unencrypted (a disk encrypted as a whole,
#: a machine for tests); a new database is encrypted otherwise.
PLAIN_VARIABLE = "EXCHANGE_DESK_DB_PLAIN"

#: Execution option that makes a transaction take the write lock up front
#: (BEGIN IMMEDIATE), so two writers queue on busy_timeout instead of one
#: failing halfway when it upgrades its read lock.
WRITE_OPTION = "exchange_desk_write"


def is_encrypted(path: Path) -> bool:
    """A file with content but without SQLite's header: an encrypted
    database (SQLCipher writes nothing in clear), or no database at all."""
    try:
        with path.open("rb") as f:
            head = f.read(len(SQLITE_MAGIC))
    except (FileNotFoundError, IsADirectoryError):
        return False
    return head != b"" and head != SQLITE_MAGIC


#: SQLCipher 4's own key derivation (its defaults): PBKDF2-HMAC-SHA512 over
#: the passphrase and the 16 random bytes that begin the file.
KDF_ITERATIONS = 256_000
SALT_BYTES = 16


@functools.lru_cache(maxsize=8)
def derived_key(passphrase: str, salt: bytes) -> bytes:
    import hashlib

    return hashlib.pbkdf2_hmac("sha512", passphrase.encode("utf-8"), salt, KDF_ITERATIONS, 32)


def _salt_of(path: Path | None) -> bytes | None:
    """The salt that begins an encrypted database file; None for a file not
    made yet, an unencrypted one, or one that cannot be read."""
    if path is None:
        return None
    try:
        with path.open("rb") as f:
            salt = f.read(SALT_BYTES)
    except OSError:
        return None
    return salt if len(salt) == SALT_BYTES and salt != SQLITE_MAGIC else None


#: Salts drawn for files not made yet, so that a new database's key is
#: derived once too (SQLCipher takes the salt given beside a raw key).
_drawn: dict[Path, bytes] = {}
#: Derivations started ahead (`derive_ahead`), by passphrase and salt.
_ahead: dict[tuple[str, bytes], threading.Thread] = {}


def _salt_for(path: Path) -> tuple[bytes, bool] | None:
    """The file's salt, or one drawn for a file not made yet (True)."""
    salt = _salt_of(path)
    where = path.resolve()
    if salt is not None:
        _drawn.pop(where, None)
        return salt, False
    if path.exists() and path.stat().st_size > 0:
        return None  # an unencrypted file
    import os

    return _drawn.setdefault(where, os.urandom(SALT_BYTES)), True


def derive_ahead(path: Path, key: str) -> None:
    """Start deriving the key of the encrypted database at `path` (or of
    the one about to be made there) on a thread of its own (hashlib lets go
    of the interpreter while it works), so that it is done while Qt or
    SQLAlchemy load; `key_pragma` waits for it."""
    found = _salt_for(path)
    if found is None or (key, found[0]) in _ahead:
        return
    worker = threading.Thread(target=derived_key, args=(key, found[0]), name="derive-database-key", daemon=True)
    _ahead[(key, found[0])] = worker
    worker.start()


def key_pragma(path: Path | None, key: str) -> str:
    """What `PRAGMA key` is given for the database at `path`: the key
    derived from the passphrase as SQLCipher would, once per process (the
    derivation is slow on purpose, a tenth of a second, to make guessing
    slow, and every connection would pay it again), with the salt drawn
    here for a file not made yet. The passphrase itself where there is no
    file (in memory)."""
    found = _salt_for(path) if path is not None else None
    if found is None:
        return "'" + key.replace("'", "''") + "'"
    salt, new = found
    started = _ahead.pop((key, salt), None)
    if started is not None:
        started.join()
    return "\"x'" + derived_key(key, salt).hex() + (salt.hex() if new else "") + "'\""


def unlock(dbapi_connection, key: str, path: Path | None = None) -> None:
    """Open an encrypted database on a new connection: its key first, and
    the page size it was made with (its header is encrypted too). SQLCipher
    says nothing on standard error."""
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA cipher_log_level = NONE")
    cursor.execute("PRAGMA key = " + key_pragma(path, key))
    cursor.execute(f"PRAGMA cipher_page_size = {PAGE_SIZE}")
    # Sorts, temporary tables and indices in memory: SQLite's temporary
    # files are not encrypted, and would hold the rounds in clear.
    cursor.execute("PRAGMA temp_store = MEMORY")
    cursor.close()


def connect(target: str | Path, key: str | None, *, uri: bool = False):
    """A DB-API connection to a plain database (the standard library's
    sqlite3) or, with `key`, to an encrypted one (sqlcipher3)."""
    if key is None:
        import sqlite3

        return sqlite3.connect(target, uri=uri)
    import sqlcipher3

    conn = sqlcipher3.connect(str(target), uri=uri)
    path = Path(str(target)[len("file:"):].split("?", 1)[0]) if uri else Path(target)
    unlock(conn, key, path)
    return conn


def driver_errors() -> tuple[type[Exception], ...]:
    """The DB-API errors of both drivers (sqlcipher3's are its own classes)."""
    import sqlite3

    try:
        import sqlcipher3
    except ImportError:
        return (sqlite3.Error,)
    return (sqlite3.Error, sqlcipher3.Error)


def looks_like_sqlite(path: Path) -> bool:
    """True for an empty or missing file (it will be created) or one that
    starts with SQLite's header. Reads 16 bytes; writes nothing."""
    try:
        with path.open("rb") as f:
            head = f.read(len(SQLITE_MAGIC))
    except FileNotFoundError:
        return True
    return head == b"" or head == SQLITE_MAGIC


def configure_engine(engine: Engine, key: str | None = None) -> None:
    """Per-connection settings and explicit transactions (with `key`, the
    encrypted database's key before anything else).

    pysqlite's own transaction handling would let DDL run outside a
    transaction; turning it off and emitting BEGIN ourselves makes every
    migration and every action atomic (SQLAlchemy's documented recipe).
    """
    import sqlalchemy as sa

    if key is not None:
        path = None if is_memory(engine.url) else file_of(engine.url)
        sa.event.listen(engine, "connect", lambda dbapi_connection, _record: unlock(dbapi_connection, key, path),
                        insert=True)

    @sa.event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA busy_timeout = 10000")
        cursor.execute("PRAGMA synchronous = FULL")
        # 64 MB of page cache (the default is 2 MB): imports touch many index
        # pages, and years of rounds should stay in memory while browsing.
        cursor.execute("PRAGMA cache_size = -65536")
        cursor.close()

    @sa.event.listens_for(engine, "begin")
    def _on_begin(conn):
        if conn.get_execution_options().get(WRITE_OPTION):
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            conn.exec_driver_sql("BEGIN")


#: Pages of a new database. SQLite's default of 4 KB holds one history
#: entry of an imported round per page (most are over 2 KB) and leaves the
#: rest empty; 16 KB pages hold seven. Measured on an import of 20,000
#: rounds: 280 MB written at 4 KB, 247 MB at 16 KB, and the whole import
#: 0.6 s faster (0.4 s at 8 KB). Set before the first table; an existing
#: file keeps its own.
PAGE_SIZE = 16384


def enable_wal(engine: Engine) -> None:
    """WAL lets the GUI read while a command writes. Persistent in the file."""
    raw = engine.raw_connection()
    try:
        cursor = raw.cursor()
        (pages,) = cursor.execute("PRAGMA page_count").fetchone()
        if pages == 0:
            cursor.execute(f"PRAGMA page_size = {PAGE_SIZE}")
        (mode,) = cursor.execute("PRAGMA journal_mode").fetchone()
        if str(mode).lower() != "wal":
            cursor.execute("PRAGMA journal_mode = WAL")
        cursor.close()
    finally:
        raw.close()


def identity(path: Path) -> tuple[int, int] | None:
    """Which file `path` names now (device and inode): a database replaced
    by another file under the same name (a restore, a copy moved over it)
    has another identity, though the connections opened before still read
    and write the old one."""
    import os

    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_dev, st.st_ino


def journals_held_here(path: Path) -> list[tuple[Path, tuple[int, int]]]:
    """The `-wal` and `-shm` files beside `path` that this process has open
    (found through /proc/self/fd, where there is one): when the database
    file was replaced under its name, these belong to the file that was
    there before, and SQLite, seeing its database moved, leaves them behind
    — to be read over the new file by the next connection."""
    import os

    fd_dir = Path("/proc/self/fd")
    if not fd_dir.is_dir():
        return []
    ours = set()
    for fd in os.listdir(fd_dir):
        try:
            st = os.stat(fd_dir / fd)
        except OSError:
            continue
        ours.add((st.st_dev, st.st_ino))
    held = []
    for suffix in ("-wal", "-shm"):
        journal = Path(f"{path}{suffix}")
        found = identity(journal)
        if found is not None and found in ours:
            held.append((journal, found))
    return held


def drop_journals(held: list[tuple[Path, tuple[int, int]]]) -> None:
    """Remove journal files found by `journals_held_here`, if they are still
    those very files."""
    for journal, found in held:
        if identity(journal) == found:
            journal.unlink(missing_ok=True)


#: In WAL mode every connection to a database holds a shared lock on one
#: byte of its `-shm` file (the "dead-man switch" of SQLite's WAL-index
#: format, byte 128) for as long as it is open.
_DMS_OFFSET = 128


def open_elsewhere(path: Path) -> bool:
    """True when another program has the database open. Call it only where
    this program has no connection of its own to the file: releasing the
    probe's lock releases every lock this process holds on the `-shm` file
    (POSIX record locks). False where the platform has no such locks."""
    import os

    try:
        import fcntl
    except ImportError:  # Windows: the app notices a replaced file instead
        return False
    try:
        fd = os.open(f"{path}-shm", os.O_RDWR)
    except OSError:
        return False  # no -shm: no connection has the database open
    try:
        try:
            fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB, 1, _DMS_OFFSET, os.SEEK_SET)
        except OSError:
            return True
        fcntl.lockf(fd, fcntl.LOCK_UN, 1, _DMS_OFFSET, os.SEEK_SET)
        return False
    finally:
        os.close(fd)


def is_memory(url: sa.URL) -> bool:
    return url.database in (None, "", ":memory:") or str(url.database).startswith("file::memory:")


def file_of(url: sa.URL) -> Path:
    """The database file of an SQLite URL, plain (`sqlite:////a/b.db`) or in
    URI form (`sqlite:///file:/a/b.db?mode=ro&uri=true`)."""
    name = str(url.database)
    if name.startswith("file:"):
        name = name[len("file:"):].split("?", 1)[0]
    return Path(name)


def backup_to(source: Path, target: Path, key: str | None = None) -> None:
    """A consistent copy through SQLite's online backup API (safe while
    other connections use the database); an encrypted database's copy is
    encrypted with the same key, and nothing of it is ever written in clear."""
    import os

    target.parent.mkdir(parents=True, exist_ok=True)
    if not target.exists():
        os.close(os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))  # a copy of records: owner only
    src = connect(f"file:{source}?mode=ro", key, uri=True)
    try:
        dst = connect(target, key)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()


def integrity_problems(connection) -> list[str]:
    """SQLite's own checks of the file: page structure and foreign keys."""
    problems = []
    for (line,) in connection.exec_driver_sql("PRAGMA integrity_check").fetchall():
        if line != "ok":
            problems.append(translate("integrity", "integrity: {problem}").format(problem=line))
    for row in connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall():
        problems.append(translate(
            "integrity", "foreign key: a row of {table} (rowid {rowid}) refers to a missing {referenced_table}"
        ).format(table=row[0], rowid=row[1], referenced_table=row[2]))
    return problems


def triggers(connection) -> dict[str, str]:
    """The database's triggers and the SQL that made them."""
    return dict(connection.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").fetchall())


class Unusable(Exception):
    """The file is not a usable SQLite database; the message says why."""


class WrongKey(Unusable):
    """An encrypted database that this key does not open."""


#: SQLite's SQLITE_NOTADB: what SQLCipher answers a wrong key.
NOT_A_DATABASE = 26


def precheck(path: Path, key: str | None = None) -> tuple[set[str], str | None]:
    """Look at an existing database without writing a byte to it (read-only,
    immutable: no journal, no WAL, no lock file): its tables and schema
    version. Refuses a truncated file (shorter than its own page count says)
    and anything SQLite cannot read; `WrongKey` for an encrypted one this
    key does not open."""
    errors = driver_errors()
    if not path.exists() or path.stat().st_size == 0:
        return set(), None
    uri = f"file:{path}?mode=ro&immutable=1"
    try:
        conn = connect(uri, key, uri=True)
    except errors as exc:
        raise Unusable(str(exc)) from None
    try:
        page_size = int(conn.execute("PRAGMA page_size").fetchone()[0])
        page_count = int(conn.execute("PRAGMA page_count").fetchone()[0])
        if path.stat().st_size < page_size * page_count:
            raise Unusable(translate("storage", "it is truncated (shorter than its own header says)"))
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        version = None
        if "alembic_version" in tables:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            version = row[0] if row else None
        return tables, version
    except errors as exc:
        if key is not None and getattr(exc, "sqlite_errorcode", None) == NOT_A_DATABASE:
            raise WrongKey(str(exc)) from None
        raise Unusable(str(exc).rstrip(".")) from None
    finally:
        conn.close()


def first_rows(path: Path, head_revision: str, limit: int, key: str | None = None) -> list[tuple] | None:
    """The newest rounds of the list, read without SQLAlchemy, so the app
    can show them before the rest of it has loaded. None unless the file is
    a usable database at this program's schema (an encrypted one with its
    key). Only reads, and only the pages of those rows (no count: that
    would read every round's index entry)."""
    errors = driver_errors()
    if not is_encrypted(path):
        key = None
    elif key is None:
        return None
    try:
        _, version = precheck(path, key)
    except Unusable:
        return None
    if version != head_revision:
        return None
    try:
        conn = connect(path, key)
    except errors:
        return None
    try:
        conn.execute("PRAGMA query_only = ON")
        return conn.execute(
            "SELECT r.id, r.date, r.title, r.status, s.sides, s.received, s.open_errors, s.open_warnings, "
            "s.open_infos FROM exchange_round r JOIN round_summary s ON s.round_id = r.id "
            "ORDER BY r.date DESC, r.id DESC LIMIT ?", (limit,)
        ).fetchall()
    except errors:
        return None
    finally:
        conn.close()
