"""Second review of supervision that travels: attacks and legitimate sequences that must hold."""

from __future__ import annotations

import json
import sqlite3
import uuid

import pytest

from tests.helpers.flows import PREPARER, ROUND, acting_as, ready_for_sign_off
from tests.integration.test_supervision_attacks import (
    HEX,
    forge_group,
    mismatch_key,
    resolve_open_errors,
    the_round,
    twin_of_round,
    write,
)
from tests.integration.test_supervision_travels import signed_export, state

pytestmark = pytest.mark.usefixtures("db")
RUSSIA_MOD = "Russian Ministry of Defence"


def supervision(path, rid=HEX):
    """What promise 7 compares: status, resolutions and sign-offs of a round."""
    with sqlite3.connect(path) as conn:
        status = conn.execute("SELECT status FROM exchange_round WHERE id = ?", (rid,)).fetchone()
        resolutions = sorted(conn.execute("SELECT key, accepted_value, note FROM resolution WHERE round_id = ?",
                                          (rid,)).fetchall())
        sign_offs = sorted(conn.execute(
            "SELECT amendment, fingerprint, certificate_sha256, superseded_at IS NOT NULL, superseded_by, "
            "reopen_reason FROM sign_off WHERE round_id = ?", (rid,)).fetchall())
    return status, resolutions, sign_offs


def rounds_held(path):
    with sqlite3.connect(path) as conn:
        return sorted(r for (r,) in conn.execute("SELECT id FROM exchange_round"))


def use(monkeypatch, path):
    monkeypatch.setenv("EXCHANGE_DESK_DB", str(path))


# --- promise 7: a resolution re-decided after a figure changed ---------------------------------------


def test_re_resolution_after_a_figure_change_converges_when_files_arrive_one_by_one(cli, db, tmp_path, laptop,
                                                                                     db_path, monkeypatch):
    """A resolves the mismatch. B changes a figure under it (the resolution
    ends on B), exports (b0), then resolves again (b1). A imports b0, then
    b1: on A the end it worked out itself at b0's import is dated after B's
    new resolution, so B's resolution is ignored on A for ever; B keeps it."""
    with acting_as(PREPARER):
        cli("demo")
        key = mismatch_key(cli)
        assert cli("resolve", ROUND[:8], key, "--value", "207", "--note", "HQ's list").code == 0
    assert cli("export", str(tmp_path / "a0.json")).code == 0
    b = laptop()
    assert cli("import", str(tmp_path / "a0.json")).code == 0
    with acting_as(PREPARER):
        assert cli("record", ROUND[:8], "--from", "Russia", "--to", "Ukraine", "--kind", "exchange",
                   "--source", RUSSIA_MOD, "--count", "200").code == 0
    assert cli("export", str(tmp_path / "b0.json")).code == 0
    with acting_as(PREPARER):
        assert cli("resolve", ROUND[:8], key, "--value", "207", "--note", "MoD corrected, HQ holds").code == 0
    assert cli("export", str(tmp_path / "b1.json")).code == 0
    use(monkeypatch, db_path)
    assert cli("import", str(tmp_path / "b0.json")).code == 0
    assert cli("import", str(tmp_path / "b1.json")).code == 0
    assert cli("export", str(tmp_path / "a1.json")).code == 0
    laptop()
    assert cli("import", str(tmp_path / "a1.json")).code == 0
    assert cli("check").code == 0
    use(monkeypatch, db_path)
    assert cli("check").code == 0
    # today: A holds no resolution (its own "a figure under it changed", dated at b0's import), B holds Olena's
    assert supervision(db_path) == supervision(b)


# --- promise 7: a duplicate merged away comes back ----------------------------------------------------


def test_a_round_merged_away_is_not_brought_back_by_a_file_from_before_the_merge(cli, db, tmp_path, laptop,
                                                                                   db_path, monkeypatch):
    """A and B hold the round and its twin. A merges the twin into the
    round; meanwhile B records a figure in the twin. A imports B's file:
    the twin is back on A as a round of its own (and A's exports no longer
    carry its tombstone); B merges it away on a1.json, then a2.json brings
    it back there too: the merge is undone everywhere, and B's figure is now
    in both rounds."""
    with acting_as(PREPARER):
        cli("demo")
        twin = twin_of_round(cli)
    assert cli("export", str(tmp_path / "a0.json")).code == 0
    b = laptop()
    assert cli("import", str(tmp_path / "a0.json")).code == 0
    with acting_as(PREPARER):
        assert cli("record", twin, "--from", "Russia", "--to", "Ukraine", "--kind", "exchange",
                   "--source", "Laptop B's count", "--count", "207").code == 0
    assert cli("export", str(tmp_path / "b0.json")).code == 0
    use(monkeypatch, db_path)
    with acting_as(PREPARER):
        assert cli("merge-rounds", ROUND, twin).code == 0
    assert cli("export", str(tmp_path / "a1.json")).code == 0
    assert cli("import", str(tmp_path / "b0.json")).code == 0
    assert cli("export", str(tmp_path / "a2.json")).code == 0
    laptop()
    assert cli("import", str(tmp_path / "a1.json")).code == 0
    assert cli("import", str(tmp_path / "a2.json")).code == 0
    # today: both hold the twin again
    assert uuid.UUID(twin).hex not in rounds_held(db_path)
    assert uuid.UUID(twin).hex not in rounds_held(b)


# --- several files at once, in either order -----------------------------------------------------------


def amended_twice(cli, db, tmp_path, laptop, db_path, monkeypatch):
    """a.json: amendment 1; a2.json: reopened by Sam, a figure added by
    Olena, signed off again (amendment 2) by the test's supervisor."""
    signed_export(cli, db, tmp_path)
    with acting_as("Supervisor Sam"):
        assert cli("reopen", ROUND[:8], "--reason", "HQ corrected").code == 0
    with acting_as(PREPARER):
        assert cli("record", ROUND[:8], "--from", "Russia", "--to", "Ukraine", "--kind", "exchange",
                   "--source", "Another count", "--count", "207").code == 0
        resolve_open_errors(cli)
        assert cli("submit", ROUND[:8]).code == 0
    assert cli("sign-off", ROUND[:8], "-o", str(tmp_path / "s2.pdf")).code == 0
    assert cli("export", str(tmp_path / "a2.json")).code == 0


@pytest.mark.parametrize("order", [("a.json", "a2.json"), ("a2.json", "a.json")], ids=["old-first", "new-first"])
def test_an_old_and_a_new_file_imported_together_in_either_order(cli, db, tmp_path, laptop, db_path, monkeypatch,
                                                                 order):
    amended_twice(cli, db, tmp_path, laptop, db_path, monkeypatch)
    b = laptop()
    result = cli("import", *(str(tmp_path / name) for name in order))
    assert result.code == 0, result.err
    assert cli("check").code == 0
    assert supervision(b) == supervision(db_path)


# --- promise 5 / 6 / 7: a long legitimate ping-pong -------------------------------------------------------


def amend(cli, tmp_path, *, reopener, editor, source, signer, name):
    with acting_as(reopener):
        assert cli("reopen", ROUND[:8], "--reason", f"{source} arrived").code == 0
    with acting_as(editor):
        assert cli("record", ROUND[:8], "--from", "Russia", "--to", "Ukraine", "--kind", "exchange",
                   "--source", source, "--count", "207").code == 0
    with acting_as(reopener):
        resolve_open_errors(cli)
    with acting_as(editor):
        assert cli("submit", ROUND[:8]).code == 0
    with acting_as(signer):
        result = cli("sign-off", ROUND[:8], "-o", str(tmp_path / f"{name}.pdf"))
        assert result.code == 0, result.err
    assert cli("export", str(tmp_path / f"{name}.json")).code == 0


def test_amendments_made_in_turn_on_two_laptops(cli, db, tmp_path, laptop, db_path, monkeypatch):
    """Imports by Carol (a coordinator), so that the importer is nobody who signs."""
    monkeypatch.setenv("EXCHANGE_DESK_KEY", "Carol")
    with acting_as("Test Coordinator"):
        signed_export(cli, db, tmp_path)
    b = laptop()
    assert cli("import", str(tmp_path / "a.json")).code == 0
    amend(cli, tmp_path, reopener="Supervisor Sam", editor="Carol", source="B's count", signer="Test Coordinator",
          name="b2")
    use(monkeypatch, db_path)
    assert cli("import", str(tmp_path / "b2.json")).code == 0, "A takes amendment 2"
    assert cli("check").code == 0
    amend(cli, tmp_path, reopener="Olena", editor="Taras", source="A's count", signer="Supervisor Sam", name="a3")
    use(monkeypatch, b)
    result = cli("import", str(tmp_path / "a3.json"))
    assert result.code == 0, result.err
    checked = cli("check")
    assert checked.code == 0, checked.out + checked.err
    before = state(b)
    assert cli("import", str(tmp_path / "a3.json"), str(tmp_path / "b2.json"), str(tmp_path / "a.json")).code == 0
    assert state(b) == before
    assert cli("export", str(tmp_path / "b3.json")).code == 0
    use(monkeypatch, db_path)
    assert cli("import", str(tmp_path / "b3.json")).code == 0
    before = state(str(db_path))
    assert cli("import", str(tmp_path / "b3.json")).code == 0
    assert state(str(db_path)) == before
    assert cli("check").code == 0
    assert supervision(db_path) == supervision(b)  # today: A holds the resolution amendment 3 signed; B holds none
    assert supervision(b)[0] == ("signed_off",)
    assert cli("verify", str(tmp_path / "b2.pdf")).code == 3
    use(monkeypatch, b)
    assert cli("verify", str(tmp_path / "a3.pdf")).code == 0


# --- promise 4 / 7: the importer counted as an editor elsewhere -------------------------------------------


def test_who_imported_a_round_may_sign_off_an_amendment_others_made(cli, db, tmp_path, laptop, db_path,
                                                                    monkeypatch):
    """On B, the test's supervisor imports a.json, Sam reopens, Olena adds a
    figure, and the test's supervisor signs amendment 2 off (B allows it: its
    own import entry only carried others' work). A refuses that sign-off,
    reading B's import entry, received, as the supervisor's own change."""
    signed_export(cli, db, tmp_path)
    laptop()
    assert cli("import", str(tmp_path / "a.json")).code == 0  # by the test's supervisor
    with acting_as("Supervisor Sam"):
        assert cli("reopen", ROUND[:8], "--reason", "HQ corrected").code == 0
    with acting_as(PREPARER):
        assert cli("record", ROUND[:8], "--from", "Russia", "--to", "Ukraine", "--kind", "exchange",
                   "--source", "Another count", "--count", "207").code == 0
        resolve_open_errors(cli)
        assert cli("submit", ROUND[:8]).code == 0
    assert cli("sign-off", ROUND[:8], "-o", str(tmp_path / "s2.pdf")).code == 0  # four eyes holds on B
    assert cli("export", str(tmp_path / "b2.json")).code == 0
    use(monkeypatch, db_path)
    result = cli("import", str(tmp_path / "b2.json"))
    assert result.code == 0, result.err  # today: 3, "Test Coordinator signed off amendment 2 of figures ... (four eyes)"
    assert cli("check").code == 0 and cli("verify", str(tmp_path / "s2.pdf")).code == 0


# --- promise 6 / 7: laptops that only exchange files never settle -------------------------------------------


def test_exchanging_files_with_nothing_new_settles(cli, db, tmp_path, laptop, db_path, monkeypatch):
    """Each import that brings entries writes its own sealed `receive` entry,
    which the next file carries back, whose import writes another: two
    laptops that do nothing but exchange files grow their histories for
    ever (each file imported is new to the other)."""
    signed_export(cli, db, tmp_path)
    b = laptop()
    assert cli("import", str(tmp_path / "a.json")).code == 0
    sizes = []
    for turn in range(4):
        assert cli("export", str(tmp_path / f"b{turn}.json")).code == 0
        use(monkeypatch, db_path)
        assert cli("import", str(tmp_path / f"b{turn}.json")).code == 0
        assert cli("export", str(tmp_path / f"a{turn}.json")).code == 0
        use(monkeypatch, b)
        assert cli("import", str(tmp_path / f"a{turn}.json")).code == 0
        sizes.append((state(str(db_path)), state(b)))
    assert sizes[-1] == sizes[-2], sizes  # today: +5 history and +5 received entries on each laptop per exchange, for ever


# --- promise 1 / 7: the resolution an amendment signed is lost on arrival -----------------------------------


def test_an_amendment_arrives_with_the_resolution_it_signed(cli, db, tmp_path, laptop, db_path, monkeypatch):
    """The fixed travel of an amendment (first review's last test), looked at
    closer: B held amendment 1 and its resolution. Amendment 2 added a
    figure under the mismatch, so A ended the old resolution and resolved
    again before signing. On B the import's own figure merge ends the old
    resolution *after* A's new one arrived, and that local end wins: B holds
    amendment 2 signed off, its signed PDF "current", with the mismatch open."""
    signed_export(cli, db, tmp_path)
    b = laptop()
    assert cli("import", str(tmp_path / "a.json")).code == 0
    use(monkeypatch, db_path)
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
    assert cli("import", str(tmp_path / "a2.json")).code == 0
    assert cli("check").code == 0 and cli("verify", str(tmp_path / "s2.pdf")).code == 0
    open_errors = [d for d in json.loads(cli("discrepancies", "--json").out)
                   if d.get("round_id") == ROUND and d["severity"] == "error" and d["status"] == "open"]
    assert open_errors == []  # today: the mismatch is open on B, in a round signed off (amendment 2)
    assert supervision(b) == supervision(db_path)


def test_a_re_resolution_that_travels_with_the_figure_change_holds(cli, db, tmp_path, laptop, db_path,
                                                                   monkeypatch):
    """No sign-off at all: A resolves; B changes a figure under it (the
    resolution ends there) and resolves again; A imports B's one file."""
    with acting_as(PREPARER):
        cli("demo")
        key = mismatch_key(cli)
        assert cli("resolve", ROUND[:8], key, "--value", "207", "--note", "HQ's list").code == 0
    assert cli("export", str(tmp_path / "a0.json")).code == 0
    b = laptop()
    assert cli("import", str(tmp_path / "a0.json")).code == 0
    with acting_as(PREPARER):
        assert cli("record", ROUND[:8], "--from", "Russia", "--to", "Ukraine", "--kind", "exchange",
                   "--source", RUSSIA_MOD, "--count", "200").code == 0
        assert cli("resolve", ROUND[:8], key, "--value", "207", "--note", "MoD corrected, HQ holds").code == 0
    assert cli("export", str(tmp_path / "b1.json")).code == 0
    use(monkeypatch, db_path)
    assert cli("import", str(tmp_path / "b1.json")).code == 0
    assert supervision(db_path) == supervision(b)  # today: A holds no resolution; B holds Olena's


# --- promise 7: one amendment reopened on two laptops --------------------------------------------------------


def test_one_sign_off_reopened_on_both_laptops_converges(cli, db, tmp_path, laptop, db_path, monkeypatch):
    signed_export(cli, db, tmp_path)
    b = laptop()
    assert cli("import", str(tmp_path / "a.json")).code == 0
    with acting_as("Olena"):
        assert cli("reopen", ROUND[:8], "--reason", "B: the MoD list").code == 0
    assert cli("export", str(tmp_path / "b1.json")).code == 0
    use(monkeypatch, db_path)
    with acting_as("Supervisor Sam"):
        assert cli("reopen", ROUND[:8], "--reason", "A: HQ corrected").code == 0
    assert cli("export", str(tmp_path / "a1.json")).code == 0
    assert cli("import", str(tmp_path / "b1.json")).code == 0
    use(monkeypatch, b)
    assert cli("import", str(tmp_path / "a1.json")).code == 0
    # today: amendment 1 is "superseded by Supervisor Sam, A: HQ corrected" on A, "by Olena, B: ..." on B
    assert supervision(b) == supervision(db_path)


# --- promise 2 / 7: a tombstone meets a signed-off round -------------------------------------------------------


def test_a_merge_into_a_round_signed_off_here_is_refused_in_one_sentence(cli, db, tmp_path, laptop, db_path,
                                                                         monkeypatch):
    ready_for_sign_off(cli, db)
    with acting_as(PREPARER):
        twin = twin_of_round(cli)
    assert cli("export", str(tmp_path / "a0.json")).code == 0
    b = laptop()
    assert cli("import", str(tmp_path / "a0.json")).code == 0
    assert cli("sign-off", ROUND[:8], "-o", str(tmp_path / "b.pdf")).code == 0  # signed off on B
    use(monkeypatch, db_path)
    with acting_as(PREPARER):
        assert cli("merge-rounds", ROUND, twin).code == 0  # on A, before B's sign-off arrived
    assert cli("export", str(tmp_path / "a1.json")).code == 0
    use(monkeypatch, b)
    # The duplicate brings the round signed off here nothing new: merged,
    # and the round stays signed off (B's sign-off holds what A merged).
    result = cli("import", str(tmp_path / "a1.json"))
    assert result.code == 0 and "1 duplicate round merged" in result.out, result.err
    assert uuid.UUID(twin).hex not in rounds_held(b)
    assert supervision(b)[0] == ("signed_off",)
    assert cli("check").code == 0


def test_a_duplicate_with_new_figures_is_not_merged_into_a_round_signed_off_here(cli, db, tmp_path, laptop,
                                                                                 db_path, monkeypatch):
    """Had the duplicate figures of its own, merging it would change the
    signed round: refused in one sentence naming the round, nothing written."""
    ready_for_sign_off(cli, db)
    with acting_as(PREPARER):
        twin = twin_of_round(cli)
        assert cli("record", twin, "--from", "Russia", "--to", "Ukraine", "--kind", "exchange",
                   "--source", "A twin's own count", "--count", "3").code == 0
    assert cli("export", str(tmp_path / "a0.json")).code == 0
    b = laptop()
    assert cli("import", str(tmp_path / "a0.json")).code == 0
    assert cli("sign-off", ROUND[:8], "-o", str(tmp_path / "b.pdf")).code == 0  # signed off on B
    use(monkeypatch, db_path)
    with acting_as(PREPARER):
        assert cli("merge-rounds", ROUND, twin).code == 0  # on A, before B's sign-off arrived
    assert cli("export", str(tmp_path / "a1.json")).code == 0
    use(monkeypatch, b)
    before = state(b)
    result = cli("import", str(tmp_path / "a1.json"))
    assert result.code == 3 and ROUND in result.err and len(result.err.strip().splitlines()) == 1, result.err
    assert state(b) == before


# --- promise 4: a supervisor types his change into a file and imports it himself ----------------------------------


def test_a_change_typed_into_a_file_and_imported_by_its_author_counts_as_his(cli, db, tmp_path, laptop):
    """Sam, on his own laptop, writes a new count into an export (a new
    revision, `changed_by: Olena`) and imports it himself. The import's
    entry is his, but marked as carrying others' sealed work, and the file's
    unsigned `changed_by` names Olena: four eyes lets Sam sign off his own
    figure, on the laptop where the change was made (no other laptop is
    needed: nothing was left out of any file)."""
    ready_for_sign_off(cli, db)
    assert cli("export", str(tmp_path / "a.json")).code == 0
    doc = json.loads((tmp_path / "a.json").read_text())
    r = the_round(doc)
    figure = next(f for f in r["figures"] if f["to"] == "Russia")  # under no resolution
    figure["history"] = [figure["rev"], *figure.get("history", [])]
    figure["rev"] = str(uuid.uuid4())
    figure["count"] = 150
    figure["changed_by"] = "Olena"
    figure["changed_at"] = "2024-02-02T10:00:00Z"
    with acting_as("Supervisor Sam"):
        assert cli("import", write(tmp_path, "sam.json", doc)).code == 0
        assert cli("history", ROUND[:8]).code == 0
        result = cli("sign-off", ROUND[:8], "-o", str(tmp_path / "sam.pdf"))
    # today: 0 — Sam signs off the count he typed in himself
    assert result.code == 3 and "four eyes" in result.err, result.err


# --- a reopening of an amendment not signed yet ------------------------------------------------------------------


def test_a_reopening_of_an_amendment_not_yet_signed_does_not_undo_it_later(cli, db, tmp_path, laptop):
    """Sam seals "reopen amendment 2" while only amendment 1 exists, and
    the file is imported. Later amendment 2 is signed off for real, by
    someone else: replay would find it reopened before it existed. So the
    file is refused, and the real amendment 2 later holds."""
    doc = signed_export(cli, db, tmp_path)
    now = __import__("datetime").datetime.now(__import__("datetime").UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    entries, seal, cert = forge_group("Supervisor Sam", ROUND, [{
        "action": "reopen", "entity": "round", "entity_id": ROUND, "at": now,
        "before": json.dumps({"status": "signed_off"}), "detail": "in advance",
        "after": json.dumps({"status": "draft", "amendment": 2})}])
    the_round(doc)["history"] += entries
    doc["seals"].append(seal)
    doc["certificates"].append(cert)
    refused = cli("import", write(tmp_path, "f.json", doc))  # on A itself: a reopening of what no one signed
    assert refused.code == 3 and "no sign-off made" in refused.err, refused.err
    assert cli("check").code == 0
    with acting_as("Olena"):
        assert cli("reopen", ROUND[:8], "--reason", "HQ corrected").code == 0
        assert cli("record", ROUND[:8], "--from", "Russia", "--to", "Ukraine", "--kind", "exchange",
                   "--source", "Another count", "--count", "207").code == 0
        resolve_open_errors(cli)
        assert cli("submit", ROUND[:8]).code == 0
    assert cli("sign-off", ROUND[:8], "-o", str(tmp_path / "s2.pdf")).code == 0
    checked = cli("check")
    assert checked.code == 0, checked.out + checked.err
    assert cli("verify", str(tmp_path / "s2.pdf")).code == 0
