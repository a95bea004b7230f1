"""On PostgreSQL the server enforces the roles: a person's login, even one
certified as coordinator, cannot disable the history's trigger, TRUNCATE
it, write it but through the owner's function, or write sign-offs,
resolutions or a round's sign-off status (attacks made with psql's SQL)."""

from __future__ import annotations

import itertools
import os

import pytest
import sqlalchemy as sa

from tests.helpers.flows import ROUND, acting_as, ready_for_sign_off

_LOGINS = itertools.count()


@pytest.fixture
def logins(backend, db_url, cli, monkeypatch):
    """`server init` by the owner, then a coordinator's and a supervisor's
    own logins: their URLs. On SQLite (a run without a server) the command
    is refused in one sentence, and that is all these tests can hold."""
    if backend != "postgresql":
        result = cli("server", "init")
        assert result.code == 2 and "SQLite" in result.err
        yield None
        return
    made = []
    monkeypatch.setenv("EXCHANGE_DESK_SERVER_PASSWORD", "a login's password")
    assert cli("server", "init").code == 0
    urls = {}
    for role in ("coordinator", "supervisor"):
        login = f"desk_{role[:5]}_{os.getpid()}_{next(_LOGINS)}"
        result = cli("server", "add-user", login, "--role", role)
        assert result.code == 0, result.err
        made.append(login)
        urls[role] = sa.make_url(db_url).set(username=login, password="a login's password").render_as_string(
            hide_password=False)
    yield urls
    admin = sa.create_engine(db_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        for login in made:
            conn.exec_driver_sql(f"DROP ROLE IF EXISTS {login}")
    admin.dispose()


def _refused(url: str, sql: str) -> str:
    engine = sa.create_engine(url)
    try:
        with engine.begin() as conn:
            conn.exec_driver_sql(sql)
    except sa.exc.DBAPIError as exc:
        return str(exc.orig)
    finally:
        engine.dispose()
    raise AssertionError(f"not refused: {sql}")


@pytest.mark.parametrize("sql", [
    "TRUNCATE audit_entry",
    "ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_append_only",
    "DELETE FROM audit_entry",
    "INSERT INTO audit_entry (at, actor, action, entity, prev_hash, hash) VALUES (now(), 'x', 'create', 'round', 'a', 'b')",
    "INSERT INTO history_seal (id, key_id, content, signature) VALUES ('a', 'b', 'c', 'd')",
    "UPDATE exchange_round SET status = 'signed_off'",
    "INSERT INTO sign_off (id, round_id, amendment, fingerprint, signer, certificate_sha256, signed_at, pdf_sha256) "
    "SELECT gen_random_uuid(), id, 9, 'f', 'x', 'c', now(), 'p' FROM exchange_round",
    "UPDATE resolution SET accepted_value = 1",
    "SELECT exchange_desk_append_history('{}'::jsonb, '{}'::jsonb, "
    "'[{\"action\": \"sign_off\", \"entity\": \"round\"}]'::jsonb)",
    "INSERT INTO received_entry (after_seq, seal_id, round_id, position, at, actor, action, entity) "
    "SELECT 0, 'a', id, 0, now(), 'x', 'sign_off', 'round' FROM exchange_round",
    "DELETE FROM received_entry",
], ids=["truncate", "disable-trigger", "delete-history", "insert-history", "insert-seal", "status", "sign-off",
        "resolution", "append-a-sign-off", "insert-received", "delete-received"])
def test_a_coordinators_login_cannot_touch_what_is_not_theirs(logins, cli, db, sql):
    if logins is None:
        return  # SQLite: the fixture held the refusal
    ready_for_sign_off(cli, db)
    said = _refused(logins["coordinator"], sql)
    assert "permission denied" in said or "must be owner" in said or "may not" in said, said


def test_each_login_does_its_own_work(logins, cli, db, monkeypatch, tmp_path):
    """As their own logins: the coordinator records, the supervisor signs off."""
    if logins is None:
        return  # SQLite: the fixture held the refusal
    with acting_as("Olena"):
        ready_for_sign_off(cli, db)
    monkeypatch.setenv("EXCHANGE_DESK_DB", logins["coordinator"])
    with acting_as("Taras"):
        assert cli("record", ROUND[:8], "--from", "Russia", "--to", "Ukraine", "--kind", "exchange", "--source",
                   "Russian Ministry of Defence", "--count", "195", "--citation", "again").code == 0
        refused = cli("sign-off", ROUND[:8], "-o", str(tmp_path / "no.pdf"))
        assert refused.code == 3
    monkeypatch.setenv("EXCHANGE_DESK_DB", logins["supervisor"])
    with acting_as("Test Coordinator"):
        result = cli("sign-off", ROUND[:8], "-o", str(tmp_path / "s.pdf"))
    assert result.code == 0, result.err
    assert cli("check").code == 0


def test_a_guard_replaced_by_the_owner_is_found_by_check(logins, cli, db, db_url):
    """Even the owner, who may replace a function, cannot do so unseen:
    `check` compares the server's role functions with the release's own."""
    if logins is None:
        return  # SQLite: the fixture held the refusal
    assert cli("check").code == 0
    engine = sa.create_engine(db_url)
    with engine.begin() as conn:
        conn.exec_driver_sql("CREATE OR REPLACE FUNCTION exchange_desk_guard() RETURNS trigger LANGUAGE plpgsql "
                             "AS $$ BEGIN RETURN COALESCE(NEW, OLD); END $$")
    engine.dispose()
    result = cli("check")
    assert result.code == 3 and "exchange_desk_guard was replaced" in result.err


def test_a_history_rewritten_by_the_owner_with_psql_is_found(logins, cli, db, db_url):
    """The owner may do anything on the server: disable the trigger, change
    an entry, recompute every hash, enable it again. The seals do not hold:
    `check` says so (exit 3)."""
    if logins is None:
        return  # SQLite: the fixture held the refusal (and test_trust.py rewrites the file)
    import datetime as dt

    from desktop.storage.audit import GENESIS, entry_hash

    ready_for_sign_off(cli, db)
    assert cli("check").code == 0
    fields = ("at", "actor", "action", "entity", "entity_id", "round_id", "before", "after", "detail")
    engine = sa.create_engine(db_url)
    with engine.begin() as conn:
        conn.exec_driver_sql("ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_append_only")
        conn.exec_driver_sql("UPDATE audit_entry SET actor = 'Supervisor Sam' WHERE action = 'resolve'")
        prev = GENESIS
        for seq, *values in conn.exec_driver_sql(f"SELECT seq, {', '.join(fields)} FROM audit_entry ORDER BY seq"):
            entry = dict(zip(fields, values))
            entry["at"] = entry["at"].replace(tzinfo=dt.UTC)
            digest = entry_hash(prev, entry)
            conn.exec_driver_sql("UPDATE audit_entry SET prev_hash = %(p)s, hash = %(h)s WHERE seq = %(s)s",
                                 {"p": prev, "h": digest, "s": seq})
            prev = digest
        conn.exec_driver_sql("ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_append_only")
    engine.dispose()
    result = cli("check")
    assert result.code == 3 and "rewritten" in result.err, result.err
    assert "chained" not in result.err  # the chain itself was made to hold: the seals found it


def test_a_supervisors_login_imports_a_laptops_signed_rounds(logins, cli, db, monkeypatch, tmp_path, template_db):
    """A field laptop (SQLite) signs a round off and exports it; on the
    server, a supervisor's own login imports it through the owner's
    function: the round is signed off there and everything holds."""
    if logins is None:
        return  # SQLite: the fixture held the refusal
    import shutil

    from desktop.storage import Database, resolve_url

    laptop = tmp_path / "laptop.db"
    shutil.copyfile(template_db, laptop)
    monkeypatch.setenv("EXCHANGE_DESK_DB", str(laptop))
    field = Database.open(resolve_url(laptop, laptop))
    try:
        ready_for_sign_off(cli, field)
    finally:
        field.close()
    assert cli("sign-off", ROUND[:8], "-o", str(tmp_path / "s.pdf")).code == 0
    assert cli("export", str(tmp_path / "laptop.json")).code == 0
    monkeypatch.setenv("EXCHANGE_DESK_DB", logins["supervisor"])
    with acting_as("Olena"):
        result = cli("import", str(tmp_path / "laptop.json"))
    assert result.code == 0, result.err
    assert cli("verify", str(tmp_path / "s.pdf")).code == 0
    assert cli("check").code == 0
