"""A storage error from the user's situation gets one sentence, told by
SQLite's result code (or PostgreSQL's SQLSTATE), not by its wording: the
same sentence whatever language the library speaks."""

from __future__ import annotations

import sqlite3

import pytest
import sqlalchemy as sa

from desktop.storage.errors import environment_error


def wrapped(orig: Exception) -> sa.exc.OperationalError:
    return sa.exc.OperationalError("statement", {}, orig)


def sqlite_error(code: int, message: str) -> sqlite3.OperationalError:
    exc = sqlite3.OperationalError(message)
    exc.sqlite_errorcode = code
    return exc


def test_a_real_read_only_database_is_said_so(tmp_path):
    path = tmp_path / "x.db"
    sqlite3.connect(path).execute("CREATE TABLE t (a)").connection.commit()
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    with pytest.raises(sqlite3.OperationalError) as caught:
        conn.execute("INSERT INTO t VALUES (1)")
    assert "read-only" in environment_error(wrapped(caught.value))


def test_a_real_file_that_is_not_a_database_is_said_so(tmp_path):
    path = tmp_path / "x.db"
    path.write_bytes(b"not a database at all, just text" * 100)
    with pytest.raises(sqlite3.DatabaseError) as caught:
        sqlite3.connect(path).execute("SELECT * FROM sqlite_master").fetchall()
    assert "not a database" in environment_error(sa.exc.DatabaseError("s", {}, caught.value))


@pytest.mark.parametrize(("code", "said"), [
    (5, "busy"), (517, "busy"), (8, "read-only"), (13, "disk is full"), (10, "I/O"), (3338, "I/O"),
    (11, "damaged"), (14, "cannot be opened"),
])
def test_each_result_code_whatever_the_wording(code, said):
    assert said in environment_error(wrapped(sqlite_error(code, "Datenbank ist gesperrt")))


def test_a_bug_keeps_its_traceback():
    assert environment_error(wrapped(sqlite_error(1, "database is locked"))) is None  # SQLITE_ERROR: a bug
    assert environment_error(ValueError("database is locked")) is None


@pytest.mark.parametrize(("state", "said"), [
    ("08006", "cannot be reached"), ("57P03", "cannot be reached"), ("53100", "disk is full"),
    ("42501", "may not do this"),
])
def test_postgresql_by_sqlstate(state, said):
    class Error(Exception):
        sqlstate = state

    assert said in environment_error(wrapped(Error("irrelevant wording")))
    Error.sqlstate = "42P01"  # undefined table: a bug
    assert environment_error(wrapped(Error("x"))) is None
