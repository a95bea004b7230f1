"""`check`, `backup`, `restore`, `history`, and files that must not be touched."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import uuid
from pathlib import Path

import pytest

from tests.helpers.demo import DEMO_ROUNDS
from tests.helpers.factories import document, round_dict, write_json
from tests.helpers.flows import ROUND, ready_for_sign_off


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def unprotected(db_path: Path) -> sqlite3.Connection:
    """A connection that has removed the append-only triggers, as an attacker would."""
    conn = sqlite3.connect(db_path)
    conn.execute("DROP TRIGGER audit_entry_no_update")
    conn.execute("DROP TRIGGER audit_entry_no_delete")
    return conn


def test_check_passes_on_a_healthy_database(cli):
    """Exit 0 and a sentence saying what was checked."""
    cli("demo")
    result = cli("check")
    assert result.code == 0 and "All holds" in result.out


@pytest.mark.parametrize("tamper", ["edit", "delete", "reorder"])
def test_check_finds_a_tampered_history(cli, db_path, tamper, tmp_path):
    """An edited, deleted or moved audit entry: exit 3, the entry named."""
    cli("demo")
    cli("import", str(write_json(tmp_path / "a.json", document(round_dict()))))
    with unprotected(db_path) as conn:
        if tamper == "edit":
            conn.execute("UPDATE audit_entry SET actor = 'someone else' WHERE seq = 2")
        elif tamper == "delete":
            conn.execute("DELETE FROM audit_entry WHERE seq = 3")
        else:
            conn.execute("UPDATE audit_entry SET seq = 100 WHERE seq = 2")
            conn.execute("UPDATE audit_entry SET seq = 2 WHERE seq = 3")
            conn.execute("UPDATE audit_entry SET seq = 3 WHERE seq = 100")
    result = cli("check")
    assert result.code == 3
    assert "audit entry" in result.err
    if tamper == "edit":
        assert "audit entry 2 was changed" in result.err


def test_check_finds_a_cut_off_tail(cli, db, db_path, keys, monkeypatch, tmp_path):
    """Removing the newest entries leaves a valid chain, but the sign-off's head is gone."""
    ready_for_sign_off(cli, db)
    monkeypatch.setenv("EXCHANGE_DESK_KEY", "Supervisor Sam")
    assert cli("sign-off", ROUND[:8], "-o", str(tmp_path / "s.pdf")).code == 0
    with sqlite3.connect(db_path) as conn:
        (last,) = conn.execute("SELECT max(seq) FROM audit_entry").fetchone()
    with unprotected(db_path) as conn:
        conn.execute("DELETE FROM audit_entry WHERE seq = ?", (last,))
    result = cli("check")
    assert result.code == 3 and "history was cut" in result.err


def test_check_finds_a_signed_round_changed_behind_the_lock(cli, db, db_path, keys, monkeypatch, tmp_path):
    """A figure edited in the file after sign-off no longer matches the fingerprint."""
    ready_for_sign_off(cli, db)
    rid = uuid.UUID(ROUND)
    monkeypatch.setenv("EXCHANGE_DESK_KEY", "Supervisor Sam")
    cli("sign-off", ROUND[:8], "-o", str(tmp_path / "s.pdf"))
    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE figure SET count = 208 WHERE count = 207 AND round_id = ?", (rid.hex,))
    result = cli("check")
    assert result.code == 3 and "changed after its sign-off" in result.err


@pytest.mark.parametrize("damage", ["truncated", "header", "text"])
def test_unusable_files_are_refused_and_left_byte_for_byte(cli, tmp_path, damage):
    """Exit 2 with one sentence; no journal, no WAL, no change to the file."""
    good = tmp_path / "good.db"
    assert cli("--db", str(good), "demo").code == 0
    assert cli("--db", str(good), "check").code == 0  # closes cleanly: WAL checkpointed
    data = good.read_bytes()
    bad = tmp_path / "bad.db"
    if damage == "truncated":
        bad.write_bytes(data[: len(data) // 2])
    elif damage == "header":
        bad.write_bytes(data[:16] + b"\xff" * 84 + data[100:])
    else:
        bad.write_text("SQLite format 3 is what this text pretends to be")
    before = digest(bad)
    for command in (["check"], ["rounds"], ["import", str(write_json(tmp_path / "a.json", document(round_dict())))]):
        result = cli("--db", str(bad), *command)
        assert result.code == 2, (command, result.err)
        assert len(result.err.strip().splitlines()) == 1 and "Traceback" not in result.err
    assert digest(bad) == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("bad")) == ["bad.db"]


def test_backup_and_restore(cli, tmp_path, app_home):
    """A backup holds the rounds; restore brings them back and keeps the current database."""
    cli("demo")
    saved = tmp_path / "saved.db"
    assert cli("backup", str(saved)).code == 0
    assert saved.stat().st_mode & 0o777 == 0o600
    cli("import", str(write_json(tmp_path / "a.json", document(round_dict()))))
    assert len(json.loads(cli("rounds", "--json").out)) == DEMO_ROUNDS + 1
    result = cli("restore", str(saved))
    assert result.code == 0, result.err
    assert len(json.loads(cli("rounds", "--json").out)) == DEMO_ROUNDS
    kept = list((app_home.data_dir / "backups").glob("before-restore-*.db"))
    assert len(kept) == 1
    with sqlite3.connect(kept[0]) as conn:
        assert conn.execute("SELECT count(*) FROM exchange_round").fetchone()[0] == DEMO_ROUNDS + 1


def test_restore_refuses_a_bad_backup(cli, tmp_path):
    """A damaged or foreign file is refused; the database stays."""
    cli("demo")
    junk = tmp_path / "junk.db"
    junk.write_text("not a database")
    result = cli("restore", str(junk))
    assert result.code == 2 and "cannot be restored" in result.err
    assert len(json.loads(cli("rounds", "--json").out)) == DEMO_ROUNDS


def test_history_shows_who_changed_what(cli, tmp_path):
    """Creation, then a changed figure from and to."""
    r = round_dict()
    cli("import", str(write_json(tmp_path / "a.json", document(r))))
    r["figures"][0]["count"] = 196
    cli("import", str(write_json(tmp_path / "b.json", document(r))))
    entries = json.loads(cli("history", r["id"][:8], "--json").out)
    assert [e["action"] for e in entries] == ["create", "update"]
    assert entries[1]["before"]["count"] == 195 and entries[1]["after"]["count"] == 196
    assert entries[1]["actor"] == "Test Coordinator"
    assert "from" in cli("history", r["id"][:8]).out


def test_a_read_only_database_is_one_sentence(cli, tmp_path, db_path):
    """Opened read-only (as from a write-protected medium): refused writes say so."""
    cli("demo")
    cli("check")
    url = f"sqlite:///file:{db_path}?mode=ro&uri=true"
    result = cli("--db", url, "import", str(write_json(tmp_path / "a.json", document(round_dict()))))
    assert result.code in (1, 2)
    assert "read-only" in result.err and "Traceback" not in result.err
    assert len(result.err.strip().splitlines()) == 1


def test_a_full_disk_is_one_sentence_and_loses_nothing(cli, tmp_path, db, monkeypatch):
    """The database cannot grow: the import fails whole, with a sentence."""
    import sqlalchemy as sa

    from desktop.storage import database

    cli("demo")
    original = database.sqlite.configure_engine

    def tiny(engine, key=None):
        original(engine, key)

        @sa.event.listens_for(engine, "connect")
        def _limit(dbapi_connection, _record):
            pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
            dbapi_connection.execute(f"PRAGMA max_page_count = {pages + 2}")

    monkeypatch.setattr(database.sqlite, "configure_engine", tiny)
    big = document(*[round_dict() for _ in range(50)])
    result = cli("import", str(write_json(tmp_path / "big.json", big)))
    assert result.code == 1
    assert "disk is full" in result.err and "Traceback" not in result.err
    monkeypatch.setattr(database.sqlite, "configure_engine", original)
    assert len(json.loads(cli("rounds", "--json").out)) == DEMO_ROUNDS


def test_backup_never_overwrites(cli, tmp_path, db_path):
    """An existing file, or the database itself, is refused."""
    cli("demo")
    existing = tmp_path / "exists.db"
    existing.write_text("keep me")
    result = cli("backup", str(existing))
    assert result.code == 2 and "already exists" in result.err
    assert existing.read_text() == "keep me"
    assert cli("backup", str(db_path)).code == 2


def test_check_finds_a_round_whose_history_was_cut_off(cli, db_path, tmp_path):
    """The newest entry (a round's creation) removed: the chain holds, the round's history does not."""
    cli("demo")
    cli("import", str(write_json(tmp_path / "a.json", document(round_dict()))))
    with unprotected(db_path) as conn:
        conn.execute("DELETE FROM audit_entry WHERE seq = (SELECT max(seq) FROM audit_entry)")
    result = cli("check")
    assert result.code == 3 and "no history of its creation" in result.err
