"""The history's protections are the release's own: a trigger dropped,
disabled or replaced by a no-op (what anyone holding the file or the
office login can do) is damage that `check` names and `restore` refuses."""

from __future__ import annotations

import sqlite3

import pytest

from desktop.services import integrity
from desktop.storage.guards import protection_problems


def test_a_fresh_database_holds_its_protections(db, backend):
    with db.engine.connect() as conn:
        assert protection_problems(conn) == []
    assert integrity.check(db).ok


@pytest.mark.sqlite_only
def test_a_no_op_trigger_put_in_with_sqlite3_is_found(cli, db_path):
    """The attack: drop the append-only trigger and put a no-op of the same
    name, so that the history can be rewritten and its chain recomputed."""
    assert cli("demo").code == 0
    with sqlite3.connect(db_path) as conn:
        conn.execute("DROP TRIGGER audit_entry_no_update")
        conn.execute("CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry BEGIN SELECT 1; END")
        conn.execute("CREATE TRIGGER helper AFTER INSERT ON audit_entry BEGIN SELECT 1; END")
    result = cli("check")
    assert result.code == 3
    assert "audit_entry_no_update was replaced by another" in result.out + result.err
    assert "does not make is in the database: helper" in result.out + result.err


@pytest.mark.sqlite_only
def test_restore_refuses_a_backup_whose_protections_were_changed(cli, db_path, tmp_path):
    assert cli("demo").code == 0
    forged = tmp_path / "forged.db"
    assert cli("backup", str(forged)).code == 0
    with sqlite3.connect(forged) as conn:
        conn.execute("DROP TRIGGER audit_entry_no_delete")
    before = db_path.read_bytes()
    result = cli("restore", str(forged))
    assert result.code == 2
    assert "audit_entry_no_delete is missing" in result.err and "it was not restored" in result.err
    assert len(result.err.strip().splitlines()) == 1 and db_path.read_bytes() == before


def test_a_disabled_or_replaced_trigger_is_found_on_either_backend(db, db_url, backend, cli):
    """Whoever can write the database can take the history's protection
    away: on PostgreSQL the office login owns the tables and can disable
    the trigger or rewrite its function (psql); an SQLite file's trigger
    can be dropped. `check` says so, naming it."""
    if backend == "postgresql":
        with db.engine.begin() as conn:
            conn.exec_driver_sql("ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_append_only")
        result = cli("check")
        assert result.code == 3 and "audit_entry_append_only is disabled" in result.out + result.err
        with db.engine.begin() as conn:
            conn.exec_driver_sql("ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_append_only")
            conn.exec_driver_sql("CREATE OR REPLACE FUNCTION audit_entry_append_only() RETURNS trigger "
                                 "LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$")
        expected = "audit_entry_append_only was replaced by another"
    else:
        with db.engine.begin() as conn:
            conn.exec_driver_sql("DROP TRIGGER audit_entry_no_delete")
        expected = "audit_entry_no_delete is missing"
    result = cli("check")
    assert result.code == 3 and expected in result.out + result.err
