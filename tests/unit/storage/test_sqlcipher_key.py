"""The database key is derived once per process, exactly as SQLCipher
derives it: a file made by SQLCipher from a passphrase opens through the
derived key, and a file opened that way still opens with the passphrase in
SQLCipher's own tools."""

from __future__ import annotations

import pytest
import sqlcipher3

from desktop.storage import Database, resolve_url, sqlite

pytestmark = pytest.mark.sqlite_only


def test_a_file_made_by_sqlcipher_from_a_passphrase_opens_through_the_derived_key(tmp_path):
    path = tmp_path / "made-elsewhere.db"
    conn = sqlcipher3.connect(str(path))
    conn.execute("PRAGMA key = 'Kyiv, the 24th'")
    conn.execute(f"PRAGMA cipher_page_size = {sqlite.PAGE_SIZE}")
    conn.execute("CREATE TABLE t (x)")
    conn.execute("INSERT INTO t VALUES ('held')")
    conn.commit()
    conn.close()
    assert sqlite.key_pragma(path, "Kyiv, the 24th").startswith('"x\'')
    opened = sqlite.connect(path, "Kyiv, the 24th")
    assert opened.execute("SELECT x FROM t").fetchall() == [("held",)]
    opened.close()
    wrong = sqlite.connect(path, "Kyiv, the 25th")
    with pytest.raises(sqlcipher3.DatabaseError):
        wrong.execute("SELECT x FROM t").fetchall()
    wrong.close()


def test_the_slow_derivation_runs_once_per_process_and_sqlcipher_still_reads_the_file(tmp_path):
    path = tmp_path / "desk.db"
    sqlite.derived_key.cache_clear()
    Database.open(resolve_url(path, path), key="derived once").close()  # made: its salt drawn here
    for _ in range(3):
        db = Database.open(resolve_url(path, path), key="derived once")
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM exchange_round").scalar() == 0
        db.close()
    assert sqlite.first_rows(path, sqlite_head(), 10, "derived once") == []
    info = sqlite.derived_key.cache_info()
    assert (info.misses, info.hits > 3) == (1, True)
    # SQLCipher's own derivation from the passphrase reads it.
    conn = sqlcipher3.connect(str(path))
    conn.execute("PRAGMA key = 'derived once'")
    conn.execute(f"PRAGMA cipher_page_size = {sqlite.PAGE_SIZE}")
    assert conn.execute("SELECT count(*) FROM alembic_version").fetchone() == (1,)
    conn.close()


def sqlite_head() -> str:
    from desktop.storage import schema

    return schema.HEAD


def test_a_derivation_started_ahead_is_waited_for_and_not_repeated(tmp_path):
    path = tmp_path / "ahead.db"
    sqlite.derived_key.cache_clear()
    sqlite.derive_ahead(path, "started ahead")  # before the file exists, as the command line does
    db = Database.open(resolve_url(path, path), key="started ahead")
    db.close()
    assert sqlite.derived_key.cache_info().misses == 1
    assert not path.read_bytes().startswith(b"SQLite format 3")
