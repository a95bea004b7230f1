"""The attacks on "a sign-off means what it says", each as an attacker with
a laptop would try it (the command line, sqlite3), and each failing:
who acts is a key certified with a role, the history is sealed by its
authors, and `check` finds any row that disagrees with it."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import uuid

import pytest

from desktop.domain.people import Role
from tests.helpers.flows import PREPARER, ROUND, acting_as, ready_for_sign_off
from tests.helpers.people import AUTHORITY_PASSPHRASE, PASSPHRASE


def checked(cli):
    result = cli("check")
    return result.code, result.out + result.err


def signed_off(cli, db, tmp_path) -> None:
    ready_for_sign_off(cli, db)
    result = cli("sign-off", ROUND[:8], "-o", str(tmp_path / "signed.pdf"))
    assert result.code == 0, result.err


# --- who acts ----------------------------------------------------------------------------


def test_a_coordinator_cannot_resolve_and_a_liaison_cannot_record(cli, db, monkeypatch):
    cli("demo")
    key = json.loads(cli("discrepancies", "--json").out)[0]["key"]
    monkeypatch.setenv("EXCHANGE_DESK_KEY", "Taras")
    refused = cli("resolve", ROUND[:8], key, "--value", "207", "--note", "mine")
    assert refused.code == 3 and "Taras's key is certified as coordinator" in refused.err
    monkeypatch.setenv("EXCHANGE_DESK_KEY", "Liaison Lee")
    refused = cli("record", ROUND[:8], "--from", "Ukraine", "--to", "Russia", "--kind", "exchange",
                  "--source", "Russian Ministry of Defence", "--count", "1")
    assert refused.code == 3 and "liaison" in refused.err


def test_a_supervisor_cannot_mint_a_signer_on_a_field_laptop(cli, tmp_path, monkeypatch, keys):
    """The laptop holds the office's certificate only: no authority key to
    certify with, no `authority init` beside the office's, no solo setup,
    and a certificate from an authority of one's own is not installed."""
    monkeypatch.setenv("EXCHANGE_DESK_AUTHORITY_PASSPHRASE", PASSPHRASE)  # a person's passphrase
    assert cli("keys", "new", "--name", "Mallory", "--role", "supervisor").code == 0
    request = next((keys / "people").glob("mallory*.request.pem"))
    refused = cli("authority", "certify", str(request), "-o", str(tmp_path / "m.pem"))
    assert refused.code == 2 and "holds no authority" in refused.err
    assert not (tmp_path / "m.pem").exists()
    refused = cli("authority", "init", "--name", "Mallory's office")
    assert refused.code == 2 and "trusts Test office" in refused.err
    monkeypatch.setenv("EXCHANGE_DESK_AUTHORITY_PASSPHRASE", "mallory's own authority")
    refused = cli("keys", "solo", "--name", "Mallory Two")
    assert refused.code == 2 and "trusts Test office" in refused.err

    # An authority made elsewhere certifies Mallory: its certificate is refused here.
    from desktop.paths import AppPaths
    from desktop.services.keys import KeyStore

    elsewhere = KeyStore(AppPaths.under(tmp_path / "elsewhere"))
    elsewhere.init_authority("Mallory's own", "mallory's authority")
    cert = elsewhere.certify(request, lambda: "mallory's authority")
    (tmp_path / "mallory.pem").write_bytes(cert)
    refused = cli("keys", "install", str(tmp_path / "mallory.pem"))
    assert refused.code == 2 and "not issued by an authority trusted here" in refused.err


def test_no_persons_passphrase_unlocks_the_authority(cli, tmp_path, monkeypatch, app_home):
    """On the authority's machine, a person's passphrase does not certify."""
    from tests.helpers.people import install_people

    install_people(app_home.config_dir, authority=True)
    assert cli("keys", "new", "--name", "Newcomer", "--role", "coordinator").code == 0
    request = next((app_home.config_dir / "keys" / "people").glob("newcomer*.request.pem"))
    monkeypatch.setenv("EXCHANGE_DESK_AUTHORITY_PASSPHRASE", PASSPHRASE)
    refused = cli("authority", "certify", str(request), "-o", str(tmp_path / "n.pem"))
    assert refused.code == 2 and "passphrase is wrong" in refused.err
    monkeypatch.setenv("EXCHANGE_DESK_AUTHORITY_PASSPHRASE", AUTHORITY_PASSPHRASE)
    assert cli("authority", "certify", str(request), "-o", str(tmp_path / "n.pem")).code == 0
    installed = cli("keys", "install", str(tmp_path / "n.pem"))
    assert installed.code == 0 and "Newcomer (coordinator)" in installed.out


def test_a_revoked_key_cannot_act(cli, tmp_path, monkeypatch, app_home):
    from tests.helpers.people import install_people

    install_people(app_home.config_dir, authority=True)
    monkeypatch.setenv("EXCHANGE_DESK_AUTHORITY_PASSPHRASE", AUTHORITY_PASSPHRASE)
    carol = next((app_home.config_dir / "keys" / "people").glob("carol.cert.pem"))
    assert cli("authority", "revoke", str(carol), "-o", str(tmp_path / "revoked.pem")).code == 0
    assert cli("trust", "--revoked", str(tmp_path / "revoked.pem")).code == 0
    monkeypatch.setenv("EXCHANGE_DESK_KEY", "Carol")
    refused = cli("round", "new", "--title", "x", "--date", "2024-01-01", "--side", "A", "--side", "B")
    assert refused.code == 2 and "revoked" in refused.err


# --- four eyes ------------------------------------------------------------------------------


def test_four_eyes_reads_history_order_not_the_clock(cli, db, monkeypatch, tmp_path):
    """The attack: after a sign-off, a supervisor's laptop clock is set back
    a day, they change a figure (its entry dated before the sign-off), and
    sign the round off themselves. Refused: the change comes after the
    sign-off in the history."""
    signed_off(cli, db, tmp_path)
    monkeypatch.setenv("EXCHANGE_DESK_KEY", "Supervisor Sam")
    assert cli("reopen", ROUND[:8], "--reason", "HQ corrected its list").code == 0
    yesterday = dt.datetime.now(dt.UTC) - dt.timedelta(days=1)
    monkeypatch.setattr("desktop.services.editing.utc_now", lambda: yesterday)
    assert cli("record", ROUND[:8], "--from", "Ukraine", "--to", "Russia", "--kind", "exchange",
               "--source", "Russian Ministry of Defence", "--count", "207", "--citation", "MoD").code == 0
    assert cli("submit", ROUND[:8]).code == 0
    refused = cli("sign-off", ROUND[:8], "-o", str(tmp_path / "again.pdf"))
    assert refused.code == 3 and "four eyes" in refused.err


def test_four_eyes_follows_a_duplicate_merge(cli, db, monkeypatch, tmp_path):
    """Olena enters a figure in a duplicate round; Taras made the kept one
    and merges the duplicate into it. Olena may not sign the kept round
    off: her figure came with the merge (the merger's entries do not hide
    hers)."""
    with acting_as("Taras"):
        keep = cli("round", "new", "--title", "Exchange", "--date", "2024-05-01", "--side", "Ukraine",
                   "--side", "Russia").out.strip()
    with acting_as("Olena"):
        other = cli("round", "new", "--title", "Exchange (laptop 2)", "--date", "2024-05-01", "--side", "Ukraine",
                    "--side", "Russia").out.strip()
        assert cli("record", other, "--from", "Russia", "--to", "Ukraine", "--kind", "exchange",
                   "--source", "HQ", "--count", "75").code == 0
    with acting_as("Taras"):
        assert cli("merge-rounds", keep, other).code == 0
        assert cli("submit", keep).code == 0
    with acting_as("Olena"):
        refused = cli("sign-off", keep, "-o", str(tmp_path / "k.pdf"))
    assert refused.code == 3 and "four eyes" in refused.err
    with acting_as("Supervisor Sam"):
        assert cli("sign-off", keep, "-o", str(tmp_path / "k.pdf")).code == 0


def test_the_resolver_cannot_sign_off_what_they_resolved(cli, db, monkeypatch, tmp_path):
    ready_for_sign_off(cli, db)  # resolved by PREPARER
    monkeypatch.setenv("EXCHANGE_DESK_KEY", PREPARER)
    refused = cli("sign-off", ROUND[:8], "-o", str(tmp_path / "s.pdf"))
    assert refused.code == 3 and "resolutions" in refused.err


# --- the history, rewritten with sqlite3 ----------------------------------------------------


@pytest.mark.sqlite_only
@pytest.mark.parametrize("rewrite", [
    "UPDATE figure SET count = count + 100 WHERE deleted_at IS NULL AND round_id = :rid",
    "UPDATE resolution SET accepted_value = 195 WHERE round_id = :rid",
    "UPDATE exchange_round SET status = 'draft' WHERE id = :rid",
    "UPDATE sign_off SET fingerprint = '" + "0" * 64 + "' WHERE round_id = :rid",
], ids=["figure", "resolution", "status", "sign-off"])
def test_a_row_rewritten_outside_the_program_is_found(cli, db, db_path, tmp_path, rewrite):
    signed_off(cli, db, tmp_path)
    assert checked(cli)[0] == 0
    db.close()
    with sqlite3.connect(db_path) as conn:
        conn.execute(rewrite, {"rid": uuid.UUID(ROUND).hex})
        conn.execute(rewrite, {"rid": ROUND})
    code, said = checked(cli)
    assert code == 3 and ROUND in said, said


@pytest.mark.sqlite_only
def test_a_history_rewritten_with_its_chain_recomputed_is_found(cli, db, db_path, tmp_path):
    """The attack of the old release: drop the triggers, change an entry,
    recompute every hash, recreate the triggers. The seal does not hold."""
    from desktop.storage.audit import GENESIS, entry_hash
    from desktop.storage.guards import SQLITE_TRIGGERS

    signed_off(cli, db, tmp_path)
    db.close()
    with sqlite3.connect(db_path) as conn:
        for name in SQLITE_TRIGGERS:
            conn.execute(f"DROP TRIGGER IF EXISTS {name}")
        conn.execute("UPDATE audit_entry SET actor = 'Supervisor Sam' WHERE action = 'resolve'")
        fields = ("at", "actor", "action", "entity", "entity_id", "round_id", "before", "after", "detail")
        prev = GENESIS
        rows = conn.execute(f"SELECT seq, {', '.join(fields)} FROM audit_entry ORDER BY seq").fetchall()
        for seq, *values in rows:
            entry = dict(zip(fields, values))
            if entry["round_id"]:
                entry["round_id"] = uuid.UUID(entry["round_id"])
            entry["at"] = dt.datetime.fromisoformat(entry["at"])
            digest = entry_hash(prev, entry)
            conn.execute("UPDATE audit_entry SET prev_hash = ?, hash = ? WHERE seq = ?", (prev, digest, seq))
            prev = digest
        for sql in SQLITE_TRIGGERS.values():
            conn.execute(sql)
    code, said = checked(cli)
    assert code == 3 and "rewritten" in said, said


@pytest.mark.sqlite_only
def test_an_entry_added_without_a_seal_is_found(cli, db, db_path, tmp_path):
    signed_off(cli, db, tmp_path)
    db.close()
    with sqlite3.connect(db_path) as conn:
        last = conn.execute("SELECT hash FROM audit_entry ORDER BY seq DESC LIMIT 1").fetchone()[0]
        conn.execute(
            "INSERT INTO audit_entry (at, actor, action, entity, entity_id, round_id, prev_hash, hash) "
            "VALUES ('2024-01-01 00:00:00.000000', 'Supervisor Sam', 'reopen', 'round', ?, ?, ?, ?)",
            (ROUND, uuid.UUID(ROUND).hex, last, "f" * 64))
    code, said = checked(cli)
    assert code == 3 and "not sealed" in said, said


@pytest.mark.sqlite_only
def test_a_history_sealed_by_a_key_of_ones_own_is_found(cli, db, db_path, tmp_path):
    """Seals made with a key certified by an authority this laptop does not
    trust (one made by the attacker) are not relied on."""
    from desktop.paths import AppPaths
    from desktop.services import editing
    from desktop.services.keys import KeyStore
    from desktop.storage import Database, resolve_url

    own = KeyStore(AppPaths.under(tmp_path / "mallory"))
    own.solo("Mallory", Role.SUPERVISOR, "mallory passphrase", "mallory authority")
    mallory = own.unlock("Mallory", lambda _who: "mallory passphrase")
    cli("demo")
    db.close()
    other = Database.open(resolve_url(db_path, db_path))
    try:
        editing.update_round(other, uuid.UUID(ROUND), location="Somewhere", actor=mallory)
    finally:
        other.close()
    code, said = checked(cli)
    assert code == 3 and "not issued by an authority trusted here" in said, said


@pytest.mark.sqlite_only
def test_restore_refuses_a_backup_whose_history_was_rewritten(cli, db, db_path, tmp_path):
    """A backup doctored with sqlite3 (a resolution changed) is not restored;
    the database in use stays as it was."""
    signed_off(cli, db, tmp_path)
    backup = tmp_path / "backup.db"
    assert cli("backup", str(backup)).code == 0
    with sqlite3.connect(backup) as conn:
        conn.execute("UPDATE resolution SET accepted_value = 195")
    db.close()
    before = db_path.read_bytes()
    refused = cli("restore", str(backup))
    assert refused.code == 2 and "resolution" in refused.err and "not restored" in refused.err
    assert db_path.read_bytes() == before


@pytest.mark.sqlite_only
@pytest.mark.parametrize("rewrite", [
    "UPDATE figure SET count = count + 1 WHERE round_id = :rid AND deleted_at IS NULL AND rowid = "
    "(SELECT min(rowid) FROM figure WHERE round_id = :rid AND deleted_at IS NULL)",
    "UPDATE figure SET qualifier = 'at_least' WHERE round_id = :rid AND deleted_at IS NULL",
    "DELETE FROM figure WHERE round_id = :rid AND rowid = (SELECT min(rowid) FROM figure WHERE round_id = :rid)",
], ids=["count", "qualifier", "deleted"])
def test_a_figure_of_a_round_not_signed_off_rewritten_is_found(cli, db, db_path, rewrite):
    """Before any sign-off (a draft, edited in the app and on the command
    line): a figure changed with sqlite3 disagrees with the signed history."""
    cli("demo")
    assert cli("record", ROUND[:8], "--from", "Ukraine", "--to", "Russia", "--kind", "exchange",
               "--source", "Russian Ministry of Defence", "--count", "196", "--citation", "MoD").code == 0
    assert checked(cli)[0] == 0
    db.close()
    with sqlite3.connect(db_path) as conn:
        conn.execute(rewrite, {"rid": uuid.UUID(ROUND).hex})
        assert conn.total_changes
    code, said = checked(cli)
    assert code == 3 and ROUND in said and "figure" in said, said


def test_a_key_for_no_one_is_refused_before_any_passphrase(cli, monkeypatch):
    monkeypatch.delenv("EXCHANGE_DESK_PASSPHRASE")
    result = cli("keys", "new", "--name", "  ", "--role", "coordinator")
    assert result.code == 2 and "--name: say whose key it is." in result.err
