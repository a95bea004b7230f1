"""Attacks on supervision that travels (interchange /3), as an outsider tried them: each must fail."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import sqlite3
import uuid

import pytest

from desktop.storage.audit import seal_content
from tests.helpers.flows import PREPARER, ROUND, acting_as, ready_for_sign_off
from tests.helpers.people import person
from tests.integration.test_supervision_travels import signed_export, state

pytestmark = pytest.mark.usefixtures("db")
HEX = uuid.UUID(ROUND).hex


def forge_group(who, rid, entries):
    """Entries on round `rid`, sealed for real by `who`'s certified key."""
    actor = person(who)
    rows = [{"at": e.get("at", "2024-02-01T10:00:00.000000Z"), "actor": actor.name, "action": e["action"],
             "entity": e["entity"], "entity_id": e.get("entity_id"), "round_id": rid, "before": e.get("before"),
             "after": e.get("after"), "detail": e.get("detail")} for e in entries]
    content = seal_content(actor.key_id, rows)
    sid = hashlib.sha256(content.encode()).hexdigest()
    seal = {"id": sid, "key": actor.key_id, "content": content,
            "signature": base64.b64encode(actor.sign(content.encode())).decode()}
    cert = {"key": actor.key_id, "pem": actor.certificate.decode()}
    return [{"seal": sid, **{k: v for k, v in r.items() if k != "round_id" and v is not None}} for r in rows], seal, cert


def write(tmp_path, name, doc):
    (tmp_path / name).write_text(json.dumps(doc), encoding="utf-8")
    return str(tmp_path / name)


def the_round(doc, rid=ROUND):
    return next(r for r in doc["rounds"] if r["id"] == rid)


def status_of(path):
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT status FROM exchange_round WHERE id = ?", (HEX,)).fetchone()[0]


def mismatch_key(cli):
    return next(d["key"] for d in json.loads(cli("discrepancies", "--json").out)
                if d.get("round_id") == ROUND and d["rule"] == "source_mismatch")


def resolve_open_errors(cli):
    for d in json.loads(cli("discrepancies", "--json").out):
        if d["status"] == "open" and d["severity"] == "error" and d.get("round_id") == ROUND:
            assert cli("resolve", ROUND[:8], d["key"], "--value", "207", "--note", "lists agree").code == 0


def twin_of_round(cli):
    r = the_round(json.loads(cli("export", "-").out))
    args = ["round", "new", "--title", "Same exchange", "--date", r["date"]]
    for side in r["sides"]:
        args += ["--side", side]
    return cli(*args).out.strip()


def rechain(conn):
    from desktop.storage.audit import GENESIS, entry_hash

    fields = ("at", "actor", "action", "entity", "entity_id", "round_id", "before", "after", "detail")
    prev = GENESIS
    for seq, *values in conn.execute(f"SELECT seq, {', '.join(fields)} FROM audit_entry ORDER BY seq").fetchall():
        entry = dict(zip(fields, values))
        entry["round_id"] = uuid.UUID(entry["round_id"]) if entry["round_id"] else None
        entry["at"] = dt.datetime.fromisoformat(entry["at"])
        digest = entry_hash(prev, entry)
        conn.execute("UPDATE audit_entry SET prev_hash = ?, hash = ? WHERE seq = ?", (prev, digest, seq))
        prev = digest


def sam_changed_after_reopening(cli, db, tmp_path):
    """On A: signed off (Test Coordinator), reopened by Sam, Sam records a
    figure, Olena resolves, Sam submits; four eyes refuses Sam on A."""
    signed_export(cli, db, tmp_path)
    with acting_as("Supervisor Sam"):
        assert cli("reopen", ROUND[:8], "--reason", "one more count").code == 0
        assert cli("record", ROUND[:8], "--from", "Russia", "--to", "Ukraine", "--kind", "exchange",
                   "--source", "Sam's own count", "--count", "207").code == 0
    with acting_as(PREPARER):
        resolve_open_errors(cli)
    with acting_as("Supervisor Sam"):
        assert cli("submit", ROUND[:8]).code == 0
        assert "four eyes" in cli("sign-off", ROUND[:8], "-o", str(tmp_path / "sam-a.pdf")).err
    assert cli("export", str(tmp_path / "a3.json")).code == 0
    return json.loads((tmp_path / "a3.json").read_text())


def move_sam_before_sign_off(doc, drop=False):
    r = the_round(doc)
    seals = {e["seal"] for e in r["history"] if e["actor"] == "Supervisor Sam" and e["entity"] == "figure"}
    sam = [e for e in r["history"] if e["seal"] in seals]
    so = [e for e in r["history"] if e["entity"] == "round" and e["action"] in ("sign_off", "reopen")]
    rest = [e for e in r["history"] if e not in sam and e not in so]
    r["history"] = rest + so if drop else rest + sam + so


# --- promise 3 ------------------------------------------------------------------------------


@pytest.mark.parametrize("when", ["2099-01-01T00:00:00.000000Z", "now"], ids=["dated-2099", "dated-now"])
def test_coordinator_cannot_end_a_supervisors_resolution(cli, db, tmp_path, laptop, when):
    """Taras (a coordinator) seals "the resolution ended: a figure under it
    changed" himself. Dated in the future it is refused; dated now it is
    kept, but a resolution ends only by the figures held here, so the
    supervisor's resolution stands and everything holds."""
    exported = signed_export(cli, db, tmp_path)
    key = mismatch_key(cli)
    path = laptop()
    assert cli("import", str(tmp_path / "a.json")).code == 0
    at = when if when != "now" else dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    entries, seal, cert = forge_group("Taras", ROUND, [{  # Taras is a coordinator
        "action": "reopen", "entity": "discrepancy", "entity_id": key, "at": at,
        "detail": "a figure under it changed"}])
    the_round(exported)["history"] += entries
    exported["seals"].append(seal)
    exported["certificates"].append(cert)
    before = state(path)
    result = cli("import", write(tmp_path, "f.json", exported))
    if when != "now":
        assert result.code == 3 and ROUND in result.err and "future" in result.err, result.err
        assert state(path) == before
        return
    assert result.code == 0, result.err
    resolved = [d for d in json.loads(cli("discrepancies", "--json").out) if d["key"] == key]
    assert resolved[0]["status"] == "resolved"
    assert cli("check").code == 0


# --- promises 1 / 2: group order --------------------------------------------------------------


def test_reopening_moved_before_its_sign_off_does_not_sign_off(cli, db, tmp_path, laptop):
    signed_export(cli, db, tmp_path)
    with acting_as("Supervisor Sam"):
        assert cli("reopen", ROUND[:8], "--reason", "HQ corrected its list").code == 0
    doc = json.loads(cli("export", "-").out)
    r = the_round(doc)
    so = [e for e in r["history"] if e["action"] == "sign_off"]
    ro = [e for e in r["history"] if e["action"] == "reopen" and e["entity"] == "round"]
    r["history"] = [e for e in r["history"] if e not in so and e not in ro] + ro + so
    r["status"] = "signed_off"
    path = laptop()
    before = state(path)
    result = cli("import", write(tmp_path, "f.json", doc))
    assert result.code in (2, 3), status_of(path)  # today: 0 and signed_off on B (draft on A); check 0
    assert state(path) == before


def test_stale_sign_off_does_not_re_sign_a_round_whose_reopening_is_held(cli, db, tmp_path, laptop):
    signed_export(cli, db, tmp_path)  # a.json: signed off
    with acting_as("Supervisor Sam"):
        assert cli("reopen", ROUND[:8], "--reason", "HQ corrected its list").code == 0
    assert cli("export", str(tmp_path / "a2.json")).code == 0
    doc = json.loads((tmp_path / "a2.json").read_text())
    the_round(doc)["history"] = [e for e in the_round(doc)["history"] if e["action"] != "sign_off"]
    the_round(doc)["sign_offs"] = []
    path = laptop()
    refused = cli("import", write(tmp_path, "f.json", doc))  # the reopening, its sign-off left out
    assert refused.code == 3 and "no sign-off made" in refused.err, refused.err
    cli("import", str(tmp_path / "a.json"))
    cli("import", str(tmp_path / "a2.json"))  # even the genuine file
    assert status_of(path) != "signed_off"  # today: signed_off on B, draft on A, check 0


def test_sign_off_for_other_figures_with_status_in_review_is_refused(cli, db, tmp_path, laptop):
    doc = signed_export(cli, db, tmp_path)
    r = the_round(doc)
    next(f for f in r["figures"] if f["count"] == 195)["count"] = 190
    r["status"] = "in_review"
    path = laptop()
    before = state(path)
    result = cli("import", write(tmp_path, "f.json", doc))
    # today: 0; sign_off row amendment 1 current for other figures; check 0; verify signed.pdf "genuine and current"
    assert result.code == 3 and ROUND in result.err
    assert state(path) == before


# --- promise 4 ------------------------------------------------------------------------------


@pytest.mark.parametrize("drop", [False, True], ids=["reordered", "left out"])
def test_four_eyes_survives_groups_moved_or_left_out(cli, db, tmp_path, laptop, drop):
    doc = sam_changed_after_reopening(cli, db, tmp_path)
    move_sam_before_sign_off(doc, drop=drop)
    laptop()
    with acting_as(PREPARER):
        assert cli("import", write(tmp_path, "f.json", doc)).code == 0
    with acting_as("Supervisor Sam"):
        cli("submit", ROUND[:8])
        result = cli("sign-off", ROUND[:8], "-o", str(tmp_path / "sam-b.pdf"))
    assert result.code == 3 and "four eyes" in result.err  # today: 0, amendment 2 signed by Sam


def test_import_refuses_a_sign_off_that_breaks_four_eyes_here(cli, db, tmp_path, laptop, db_path, monkeypatch):
    """Sam leaves his own sealed entries out of the file and names Olena as
    the figure's author: laptop B cannot know, and lets him sign off. Back
    on laptop A, whose history holds Sam's change, that sign-off is
    refused."""
    doc = sam_changed_after_reopening(cli, db, tmp_path)
    r = the_round(doc)
    hidden = {e["seal"] for e in r["history"] if e["actor"] == "Supervisor Sam" and e["entity"] != "round"}
    r["history"] = [e for e in r["history"] if e["seal"] not in hidden]
    for f in r["figures"]:
        if f.get("changed_by") == "Supervisor Sam":
            f["changed_by"] = "Olena"
        if f.get("entered_by") == "Supervisor Sam":
            f["entered_by"] = "Olena"
    laptop()
    with acting_as(PREPARER):
        assert cli("import", write(tmp_path, "f.json", doc)).code == 0
    with acting_as("Supervisor Sam"):
        cli("submit", ROUND[:8])
        assert cli("sign-off", ROUND[:8], "-o", str(tmp_path / "sam-b.pdf")).code == 0
    assert cli("export", str(tmp_path / "b.json")).code == 0
    monkeypatch.setenv("EXCHANGE_DESK_DB", str(db_path))  # back on A, whose history shows Sam's change
    result = cli("import", str(tmp_path / "b.json"))
    assert result.code == 3 and "four eyes" in result.err, result.err
    assert status_of(db_path) != "signed_off"


# --- removed rounds ---------------------------------------------------------------------------


def test_forged_tombstone_naming_a_seal_the_receiver_holds(cli, db, tmp_path, laptop):
    with acting_as(PREPARER):
        cli("demo")
        twin = twin_of_round(cli)
    assert cli("export", str(tmp_path / "e0.json")).code == 0
    create_seal = next(e["seal"] for e in the_round(json.loads((tmp_path / "e0.json").read_text()))["history"]
                       if e["action"] == "create")
    path = laptop()
    assert cli("import", str(tmp_path / "e0.json")).code == 0
    before = state(path)
    forged = {"format": "exchange-desk/3", "rounds": [], "removed": [{
        "id": ROUND, "merged_into": twin, "history": [{
            "seal": create_seal, "at": "2024-02-01T10:00:00Z", "actor": "Olena", "action": "merge",
            "entity": "round", "entity_id": ROUND, "before": json.dumps({"into": twin})}]}]}
    result = cli("import", write(tmp_path, "forged.json", forged))
    assert result.code in (2, 3), result.out  # today: 0, "1 duplicate round merged"; ROUND gone; check 0
    assert state(path) == before


def test_two_files_one_resolves_the_round_the_other_removes(cli, db, tmp_path, laptop):
    with acting_as(PREPARER):
        cli("demo")
        twin = twin_of_round(cli)
        assert cli("export", str(tmp_path / "e0.json")).code == 0
        assert cli("resolve", ROUND[:8], mismatch_key(cli), "--value", "207", "--note", "HQ").code == 0
        assert cli("export", str(tmp_path / "e1.json")).code == 0
        assert cli("merge-rounds", twin, ROUND).code == 0
        assert cli("export", str(tmp_path / "e2.json")).code == 0
    laptop()
    assert cli("import", str(tmp_path / "e0.json")).code == 0
    result = cli("import", str(tmp_path / "e1.json"), str(tmp_path / "e2.json"))
    assert result.code == 0, result.err  # today: 1, Internal error (IntegrityError: FOREIGN KEY on resolution)
    assert cli("check").code == 0


# --- promise 2: malformed values ------------------------------------------------------------------


@pytest.mark.parametrize("where", ["entry", "seal content"])
def test_lone_surrogate_in_supervision_is_bad_input(cli, db, tmp_path, laptop, where):
    doc = signed_export(cli, db, tmp_path)
    if where == "entry":
        the_round(doc)["history"][0]["detail"] = "a\ud800b"
    else:
        doc["seals"][0]["content"] = "a\ud800"
    path = laptop()
    before = state(path)
    result = cli("import", write(tmp_path, "f.json", doc))
    assert result.code == 2 and len(result.err.strip().splitlines()) == 1, result.err  # today: 1, UnicodeEncodeError
    assert state(path) == before


# --- promise 5: tampering with sqlite3 ---------------------------------------------------------


@pytest.mark.sqlite_only
@pytest.mark.parametrize("sql", ["DELETE FROM resolution WHERE round_id = :rid",
                                 "DELETE FROM sign_off WHERE round_id = :rid"], ids=["resolution", "sign-off"])
def test_a_row_deleted_on_the_receiver_is_found(cli, db, tmp_path, laptop, sql):
    signed_export(cli, db, tmp_path)
    path = laptop()
    assert cli("import", str(tmp_path / "a.json")).code == 0
    with sqlite3.connect(path) as conn:
        assert conn.execute(sql, {"rid": HEX}).rowcount
    checked = cli("check")
    assert checked.code == 3 and ROUND in checked.out + checked.err  # today: 0


@pytest.mark.sqlite_only
def test_a_received_sign_off_undone_with_sqlite_is_found(cli, db, tmp_path, laptop, db_path, monkeypatch):
    from desktop.storage.guards import SQLITE_TRIGGERS

    ready_for_sign_off(cli, db)
    assert cli("export", str(tmp_path / "a0.json")).code == 0
    path = laptop()
    assert cli("import", str(tmp_path / "a0.json")).code == 0
    monkeypatch.setenv("EXCHANGE_DESK_DB", str(db_path))
    assert cli("sign-off", ROUND[:8], "-o", str(tmp_path / "s.pdf")).code == 0
    assert cli("export", str(tmp_path / "a1.json")).code == 0
    laptop()
    assert cli("import", str(tmp_path / "a1.json")).code == 0
    with sqlite3.connect(path) as conn:
        for name in SQLITE_TRIGGERS:
            conn.execute(f"DROP TRIGGER IF EXISTS {name}")
        conn.execute("DELETE FROM received_entry WHERE round_id = ? AND action = 'sign_off'", (HEX,))
        conn.execute("DELETE FROM audit_entry WHERE round_id = ? AND action = 'receive' AND seq = "
                     "(SELECT max(seq) FROM audit_entry WHERE round_id = ? AND action = 'receive')", (HEX, HEX))
        conn.execute("DELETE FROM sign_off WHERE round_id = ?", (HEX,))
        conn.execute("UPDATE exchange_round SET status = 'in_review' WHERE id = ?", (HEX,))
        rechain(conn)
        for sql in SQLITE_TRIGGERS.values():
            conn.execute(sql)
    checked = cli("check")
    assert checked.code == 3 and ROUND in checked.out + checked.err  # today: 0 "All holds"


# --- a legitimate amendment does not travel -------------------------------------------------------


def test_an_amended_and_re_signed_round_reaches_a_laptop_holding_the_first_sign_off(cli, db, tmp_path, laptop,
                                                                                     db_path, monkeypatch):
    signed_export(cli, db, tmp_path)
    laptop()
    assert cli("import", str(tmp_path / "a.json")).code == 0
    monkeypatch.setenv("EXCHANGE_DESK_DB", str(db_path))
    with acting_as("Supervisor Sam"):
        assert cli("reopen", ROUND[:8], "--reason", "HQ corrected").code == 0
    with acting_as("Olena"):
        assert cli("record", ROUND[:8], "--from", "Russia", "--to", "Ukraine", "--kind", "exchange",
                   "--source", "Another count", "--count", "207").code == 0
        resolve_open_errors(cli)
        assert cli("submit", ROUND[:8]).code == 0
    with acting_as("Supervisor Sam"):
        assert cli("sign-off", ROUND[:8], "-o", str(tmp_path / "s2.pdf")).code == 0
    assert cli("export", str(tmp_path / "a2.json")).code == 0
    laptop()
    result = cli("import", str(tmp_path / "a2.json"))
    assert result.code == 0, result.err  # today: 3 "is signed off, and this import would change it"
    assert cli("check").code == 0 and cli("verify", str(tmp_path / "s2.pdf")).code == 0
