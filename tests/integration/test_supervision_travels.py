"""Supervision travels between laptops (interchange `exchange-desk/3`): a
signed-off round exported from one laptop arrives signed off on another,
with its resolutions and its signed summary, and verifies there; a
sign-off the receiving laptop cannot trust, or a history changed on the
way, is refused naming the round, with nothing written."""

from __future__ import annotations

import base64
import json
import sqlite3

import pytest

from desktop.domain.people import Role
from tests.helpers.flows import ROUND, acting_as, ready_for_sign_off

pytestmark = pytest.mark.usefixtures("db")


def signed_export(cli, db, tmp_path) -> dict:
    """Laptop A: the 31 January round resolved by Olena, signed off by the
    test's own supervisor; exported whole."""
    ready_for_sign_off(cli, db)
    assert cli("sign-off", ROUND[:8], "-o", str(tmp_path / "signed.pdf")).code == 0
    assert cli("export", str(tmp_path / "a.json")).code == 0
    return json.loads((tmp_path / "a.json").read_text(encoding="utf-8"))


def state(path: str) -> tuple:
    with sqlite3.connect(path) as conn:
        return (conn.execute("SELECT count(*) FROM exchange_round").fetchone()[0],
                conn.execute("SELECT count(*) FROM audit_entry").fetchone()[0],
                conn.execute("SELECT count(*) FROM received_entry").fetchone()[0],
                conn.execute("SELECT count(*) FROM sign_off").fetchone()[0])


def test_a_signed_round_arrives_signed_off_with_its_resolutions_and_verifies(cli, db, tmp_path, laptop):
    exported = signed_export(cli, db, tmp_path)
    assert exported["format"] == "exchange-desk/5"
    signed = next(r for r in exported["rounds"] if r["id"] == ROUND)
    assert signed["status"] == "signed_off" and len(signed["sign_offs"]) == 1
    assert {e["action"] for e in signed["history"]} >= {"create", "resolve", "sign_off"}
    laptop()
    imported = cli("import", str(tmp_path / "a.json"))
    assert imported.code == 0, imported.err
    assert "1 sign-off made on another laptop taken" in imported.out
    shown = cli("show", ROUND[:8])
    assert "signed_off" in shown.out or "Signed off" in shown.out or "signed off" in shown.out
    discrepancies = json.loads(cli("discrepancies", "--json").out)
    resolved = [d for d in discrepancies if d["rule"] == "source_mismatch" and d["round_id"] == ROUND]
    assert resolved and resolved[0]["resolution"]["accepted_value"] == 207
    verified = cli("verify", str(tmp_path / "signed.pdf"))
    assert verified.code == 0, verified.out + verified.err
    assert "current" in verified.out
    checked = cli("check")
    assert checked.code == 0, checked.out + checked.err
    # The copy kept here is the very file signed there.
    assert cli("report", ROUND[:8], "--signed", "-o", str(tmp_path / "again.pdf")).code == 0
    assert (tmp_path / "again.pdf").read_bytes() == (tmp_path / "signed.pdf").read_bytes()
    # And again: nothing new to bring.
    before = state(laptop())
    assert cli("import", str(tmp_path / "a.json")).code == 0
    assert state(laptop()) == before


def test_a_reopening_travels_and_supersedes_the_earlier_pdf(cli, db, tmp_path, laptop, db_path):
    signed_export(cli, db, tmp_path)
    laptop()
    assert cli("import", str(tmp_path / "a.json")).code == 0
    monkey_a = str(db_path)
    import os
    os.environ["EXCHANGE_DESK_DB"] = monkey_a
    with acting_as("Supervisor Sam"):
        assert cli("reopen", ROUND[:8], "--reason", "HQ corrected its list").code == 0
    assert cli("export", str(tmp_path / "a2.json")).code == 0
    laptop()
    assert cli("import", str(tmp_path / "a2.json")).code == 0
    verified = cli("verify", str(tmp_path / "signed.pdf"))
    assert verified.code == 3 and "superseded" in verified.out + verified.err
    assert cli("check").code == 0


def test_four_eyes_holds_across_laptops(cli, db, tmp_path, laptop):
    """Sam adds a figure on laptop A; Olena imports it on laptop B and
    resolves. Sam may not sign his own figure off on B: his entries came
    with the file (the importer's do not hide them)."""
    ready_for_sign_off(cli, db)
    with acting_as("Supervisor Sam"):
        assert cli("return-to-draft", ROUND[:8], "--comment", "one more count").code == 0
        assert cli("record", ROUND[:8], "--from", "Russia", "--to", "Ukraine", "--kind", "exchange",
                   "--source", "Sam's own count", "--count", "207").code == 0
    assert cli("export", str(tmp_path / "a.json")).code == 0
    laptop()
    with acting_as("Olena"):
        assert cli("import", str(tmp_path / "a.json")).code == 0
        for d in json.loads(cli("discrepancies", "--json").out):
            if d["status"] == "open" and d["severity"] == "error" and d.get("round_id") == ROUND:
                assert cli("resolve", ROUND[:8], d["key"], "--value", "207", "--note", "lists agree").code == 0
        assert cli("submit", ROUND[:8]).code == 0
    with acting_as("Supervisor Sam"):
        refused = cli("sign-off", ROUND[:8], "-o", str(tmp_path / "s.pdf"))
    assert refused.code == 3 and "four eyes" in refused.err, refused.err
    assert not (tmp_path / "s.pdf").exists()
    assert cli("sign-off", ROUND[:8], "-o", str(tmp_path / "s.pdf")).code == 0  # another supervisor may


def test_a_sign_off_by_a_revoked_key_is_refused_and_nothing_is_written(cli, db, tmp_path, laptop, app_home,
                                                                        monkeypatch):
    from tests.helpers.people import AUTHORITY_PASSPHRASE, install_people

    ready_for_sign_off(cli, db)
    with acting_as("Supervisor Sam"):
        assert cli("sign-off", ROUND[:8], "-o", str(tmp_path / "signed.pdf")).code == 0
    assert cli("export", str(tmp_path / "a.json")).code == 0
    path = laptop()
    before = state(path)
    install_people(app_home.config_dir, authority=True)
    monkeypatch.setenv("EXCHANGE_DESK_AUTHORITY_PASSPHRASE", AUTHORITY_PASSPHRASE)
    sam = next((app_home.config_dir / "keys" / "people").glob("supervisor-sam.cert.pem"))
    assert cli("authority", "revoke", str(sam), "-o", str(tmp_path / "revoked.pem")).code == 0
    assert cli("trust", "--revoked", str(tmp_path / "revoked.pem")).code == 0
    refused = cli("import", str(tmp_path / "a.json"))
    assert refused.code == 3, refused.err
    assert ROUND in refused.err and "Supervisor Sam" in refused.err and "revoked" in refused.err
    assert len(refused.err.strip().splitlines()) == 1
    assert state(path) == before


def test_a_sign_off_by_a_key_of_another_authority_is_refused(cli, db, db_path, tmp_path, laptop):
    """Mallory certifies herself a supervisor with an authority of her own
    and signs the round off on her laptop: another laptop refuses it."""
    import uuid

    from desktop.paths import AppPaths
    from desktop.services import signoff
    from desktop.services.keys import KeyStore
    from desktop.storage import Database, resolve_url

    own = KeyStore(AppPaths.under(tmp_path / "mallory"))
    own.solo("Mallory", Role.SUPERVISOR, "mallory passphrase", "mallory authority")
    mallory = own.unlock("Mallory", lambda _who: "mallory passphrase")
    ready_for_sign_off(cli, db)
    db.close()
    a = Database.open(resolve_url(db_path, db_path))
    try:
        signoff.sign_off(a, own, str(uuid.UUID(ROUND)), actor=mallory, output=str(tmp_path / "m.pdf"),
                         copies_dir=tmp_path / "copies")
    finally:
        a.close()
    assert cli("export", str(tmp_path / "a.json")).code == 0
    path = laptop()
    before = state(path)
    refused = cli("import", str(tmp_path / "a.json"))
    assert refused.code == 3 and ROUND in refused.err and "Mallory" in refused.err, refused.err
    assert "not relied on here" in refused.err
    assert state(path) == before


@pytest.mark.parametrize("tamper", ["figure in the history", "sign-off entry", "summary", "seal"])
def test_a_history_changed_on_the_way_is_refused(cli, db, tmp_path, laptop, tamper):
    exported = signed_export(cli, db, tmp_path)
    signed = next(r for r in exported["rounds"] if r["id"] == ROUND)
    if tamper == "figure in the history":
        entry = next(e for e in signed["history"] if e["action"] == "create")
        entry["after"] = entry["after"].replace("207", "208", 1)
    elif tamper == "sign-off entry":
        entry = next(e for e in signed["history"] if e["action"] == "sign_off")
        entry["actor"] = "Olena"
    elif tamper == "summary":
        pdf = base64.b64decode(signed["sign_offs"][0]["pdf"])
        signed["sign_offs"][0]["pdf"] = base64.b64encode(pdf.replace(b"207", b"208")).decode()
    else:
        seal = exported["seals"][0]
        seal["signature"] = base64.b64encode(b"\0" * 256).decode()
    (tmp_path / "forged.json").write_text(json.dumps(exported), encoding="utf-8")
    path = laptop()
    before = state(path)
    refused = cli("import", str(tmp_path / "forged.json"))
    assert refused.code in (2, 3), refused.err
    assert "nothing was imported" in refused.err or "forged.json" in refused.err
    assert len(refused.err.strip().splitlines()) == 1
    assert state(path) == before


def test_a_coordinator_cannot_make_a_round_signed_off_by_a_file(cli, db, tmp_path, laptop):
    """Marking the round signed off in the file, with no supervisor's sealed
    sign-off behind it, is refused."""
    exported = signed_export(cli, db, tmp_path)
    signed = next(r for r in exported["rounds"] if r["id"] == ROUND)
    signed["history"] = [e for e in signed["history"] if e["action"] != "sign_off"]
    (tmp_path / "forged.json").write_text(json.dumps(exported), encoding="utf-8")
    path = laptop()
    before = state(path)
    refused = cli("import", str(tmp_path / "forged.json"))
    assert refused.code in (2, 3) and "signed off" in refused.err, refused.err
    assert state(path) == before


def test_a_duplicate_merged_on_one_laptop_is_merged_on_the_other(cli, db, tmp_path, laptop, db_path):
    """Both laptops hold two entries of the same exchange; laptop A merges
    them. Its file removes the duplicate on laptop B too (a tombstone with
    the sealed merge), and B's own figure in the duplicate is kept."""
    import os

    keep = cli("round", "new", "--title", "Exchange", "--date", "2024-05-01", "--side", "Ukraine",
               "--side", "Russia").out.strip()
    other = cli("round", "new", "--title", "Exchange (laptop 2)", "--date", "2024-05-01", "--side", "Ukraine",
                "--side", "Russia").out.strip()
    assert cli("export", str(tmp_path / "both.json")).code == 0
    laptop()
    assert cli("import", str(tmp_path / "both.json")).code == 0
    assert cli("record", other, "--from", "Russia", "--to", "Ukraine", "--kind", "exchange",
               "--source", "HQ", "--count", "75").code == 0
    os.environ["EXCHANGE_DESK_DB"] = str(db_path)
    assert cli("merge-rounds", keep, other).code == 0
    assert cli("export", str(tmp_path / "merged.json")).code == 0
    removed = json.loads((tmp_path / "merged.json").read_text(encoding="utf-8"))["removed"]
    assert [r["id"] for r in removed] == [other]
    laptop()
    result = cli("import", str(tmp_path / "merged.json"))
    assert result.code == 0 and "1 duplicate round merged" in result.out, result.out + result.err
    assert cli("show", other).code == 2  # no such round here any more
    assert "75" in cli("show", keep).out
    assert cli("check").code == 0
