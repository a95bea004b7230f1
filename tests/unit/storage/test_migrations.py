"""Opening databases: fresh ones are migrated, foreign ones are refused
and left as they were."""

from __future__ import annotations

import hashlib
import sqlite3
import uuid
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlmodel import SQLModel

from desktop.storage import Database, DatabaseRefused, resolve_url, schema
from desktop.storage.migrate import alembic_config
from desktop.storage.sqlite import PAGE_SIZE


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def open_path(path: Path) -> Database:
    return Database.open(resolve_url(path, path))


def test_known_revisions_match_the_migration_scripts():
    """schema.REVISIONS lists every script, oldest first, ending at head."""
    script = ScriptDirectory.from_config(alembic_config())
    walked = [rev.revision for rev in script.walk_revisions()]
    assert tuple(reversed(walked)) == schema.REVISIONS
    assert script.get_current_head() == schema.HEAD


def test_an_empty_file_is_upgraded_to_head(tmp_path: Path):
    """A new database gets every table and the head revision."""
    path = tmp_path / "new.db"
    open_path(path).close()
    with sqlite3.connect(path) as conn:
        (version,) = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        (mode,) = conn.execute("PRAGMA journal_mode").fetchone()
        (page_size,) = conn.execute("PRAGMA page_size").fetchone()
    assert version == schema.HEAD
    assert {"exchange_round", "figure", "party", "source", "audit_entry"} <= tables
    assert mode == "wal"
    assert page_size == PAGE_SIZE == 16384



def test_migrations_match_the_models(db: Database):
    """What `alembic check` does: nothing left to autogenerate."""
    with db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        assert compare_metadata(context, SQLModel.metadata) == []


def test_opening_twice_changes_nothing(tmp_path: Path):
    """A database at head is not migrated again."""
    path = tmp_path / "twice.db"
    open_path(path).close()
    before = digest(path)
    open_path(path).close()
    assert digest(path) == before


def test_a_newer_schema_is_refused_and_not_downgraded(tmp_path: Path):
    """A database from a later version: one sentence, file untouched."""
    path = tmp_path / "newer.db"
    open_path(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    before = digest(path)
    with pytest.raises(DatabaseRefused, match="newer version of Exchange Desk"):
        open_path(path)
    assert digest(path) == before


@pytest.mark.parametrize("content", [b"hello, this is text", b"\x89PNG\r\n\x1a\n" + bytes(200)], ids=["text", "png"])
def test_a_file_that_is_not_sqlite_is_refused_untouched(tmp_path: Path, content: bytes):
    """Nothing is written into someone else's file, not even a journal."""
    path = tmp_path / "notes.db"
    path.write_bytes(content)
    with pytest.raises(DatabaseRefused, match="not an SQLite file"):
        open_path(path)
    assert path.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "home") == ["notes.db"]


def test_another_programs_sqlite_database_is_refused(tmp_path: Path):
    """An SQLite file with tables of its own is not ours to migrate."""
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE songs (id INTEGER PRIMARY KEY, title TEXT)")
    before = digest(path)
    with pytest.raises(DatabaseRefused, match="not an Exchange Desk one"):
        open_path(path)
    assert digest(path) == before


def test_a_folder_is_refused(tmp_path: Path):
    """--db pointing at a directory."""
    with pytest.raises(DatabaseRefused, match="is a folder"):
        open_path(tmp_path)


def test_url_and_path_resolution(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """--db wins, then EXCHANGE_DESK_DB, then the default; URLs pass through."""
    default = tmp_path / "default.db"
    assert resolve_url(None, default).database == str(default)
    monkeypatch.setenv("EXCHANGE_DESK_DB", str(tmp_path / "env.db"))
    assert resolve_url(None, default).database == str(tmp_path / "env.db")
    assert resolve_url(str(tmp_path / "opt.db"), default).database == str(tmp_path / "opt.db")
    url = resolve_url("postgresql+psycopg://desk@localhost/exchange", default)
    assert url.get_backend_name() == "postgresql"


def test_the_constraints_refuse_impossible_rows(db: Database):
    """The database itself refuses a negative count, whatever the caller."""
    import sqlalchemy as sa

    ids = ", ".join(f"'{uuid.uuid4().hex}'" for _ in range(4))
    with pytest.raises(sa.exc.IntegrityError, match="(?i)check constraint"), db.engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO figure (id, round_id, movement_id, source_id, count, qualifier, "
            f"entered_by, entered_at, updated_by, updated_at) VALUES ({ids}, -1, 'exact', 'x', "
            "'2024-01-01', 'x', '2024-01-01')"
        )


def test_a_database_of_the_first_release_upgrades_with_a_backup(tmp_path: Path):
    """0.1.0's database opens at head, keeps its rounds, and a copy of it as it was is kept."""
    source = Path(__file__).parents[2] / "data" / "release-0.1.0.db"
    path = tmp_path / "old.db"
    path.write_bytes(source.read_bytes())
    open_path(path).close()
    with sqlite3.connect(path) as conn:
        (version,) = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        (rounds,) = conn.execute("SELECT count(*) FROM exchange_round").fetchone()
    assert version == schema.HEAD
    assert rounds == 5
    (backup,) = tmp_path.glob("old.db.before-*.bak")
    with sqlite3.connect(backup) as conn:
        (old_version,) = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    assert old_version == "0001"


def test_the_audit_history_is_chained_and_append_only(tmp_path: Path):
    """After upgrading 0.1.0's database the chain holds; UPDATE and DELETE are refused."""
    import sqlalchemy as sa

    from desktop.storage.audit import verify_chain
    from desktop.storage.tables import HISTORY as AUDIT

    source = Path(__file__).parents[2] / "data" / "release-0.1.0.db"
    path = tmp_path / "old.db"
    path.write_bytes(source.read_bytes())
    db = open_path(path)
    with db.engine.connect() as conn:
        breaks, head, count = verify_chain(conn.execute(sa.select(AUDIT).order_by(AUDIT.c.seq)))
    db.close()
    assert breaks == [] and count == 5 and head != "0" * 64
    with sqlite3.connect(path) as conn:
        for statement in ("UPDATE audit_entry SET actor = 'someone else'", "DELETE FROM audit_entry"):
            with pytest.raises(sqlite3.IntegrityError, match="append-only"):
                conn.execute(statement)


def test_remains_widen_the_kind_constraint_and_keep_every_figure(tmp_path: Path):
    """0014 loosens movement.kind's CHECK in place: the first release's
    figures all stay (a rebuilt table would have cascade-deleted them),
    `remains` is accepted, a kind that does not exist is still refused."""
    source = Path(__file__).parents[2] / "data" / "release-0.1.0.db"
    path = tmp_path / "old.db"
    path.write_bytes(source.read_bytes())
    with sqlite3.connect(path) as conn:
        (figures_before,) = conn.execute("SELECT count(*) FROM figure").fetchone()
    open_path(path).close()
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("SELECT count(*) FROM figure").fetchone() == (figures_before,)
        rid, a, b = conn.execute("SELECT round_id, from_party_id, to_party_id FROM movement LIMIT 1").fetchone()
        conn.execute("INSERT INTO movement (id, round_id, from_party_id, to_party_id, kind) VALUES (?, ?, ?, ?, ?)",
                     (uuid.uuid4().hex, rid, a, b, "remains"))
        with pytest.raises(sqlite3.IntegrityError, match="CHECK constraint"):
            conn.execute("INSERT INTO movement (id, round_id, from_party_id, to_party_id, kind) VALUES (?, ?, ?, ?, ?)",
                         (uuid.uuid4().hex, rid, b, a, "bodies"))
    assert figures_before > 0
