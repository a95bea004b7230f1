"""The demo's figures are credited to the public statements they come from;
the history, signed, names whoever loaded the demo, and four eyes counts
them among those who put the figures there."""

from __future__ import annotations

import json
import uuid

from desktop.services import editing
from desktop.services.demo import INVENTED
from tests.helpers.demo import DEMO_FIGURES
from tests.helpers.dump import table_dump
from tests.helpers.flows import PREPARER, ROUND, ready_for_sign_off

SEED = "6f1c2a3b-2024-4103-8000-000000000103"
LOADER = "Test Coordinator"  # EXCHANGE_DESK_KEY in every test (conftest)


def exported_rounds(cli) -> list[dict]:
    result = cli("export", "-")
    assert result.code == 0, result.err
    return json.loads(result.out)["rounds"]


def test_demo_figures_are_entered_by_their_statements(cli, db):
    """Each figure names its source's statement as who entered it, and was not changed since."""
    assert cli("demo").code == 0
    rounds = exported_rounds(cli)
    figures = [(r["id"], f) for r in rounds for f in r["figures"]]
    assert len(figures) == DEMO_FIGURES
    for rid, f in figures:
        made_up = uuid.UUID(rid) in INVENTED
        assert f["entered_by"] == f"{f['source']} ({'invented example' if made_up else 'public statement'})"
        assert "changed_by" not in f, f  # the last change is the entry itself
    # As the services read them too: nobody who acts here entered a figure.
    doc = editing.get_round_doc(db, uuid.UUID(SEED))
    assert {f.entered_by for f in doc.figures} == {
        "Ukrainian officials (public statement)", "Russian Ministry of Defence (public statement)",
        "Russian human rights commissioner (public statement)"}


def test_the_loader_is_named_in_the_signed_history(cli):
    assert cli("demo").code == 0
    for rid in (SEED, ROUND):
        entries = json.loads(cli("history", rid[:8], "--json").out)
        assert [(e["action"], e["entity"]) for e in entries] == [("create", "round")]
        (created,) = entries
        assert created["actor"] == LOADER
        assert created["detail"] == f"imported from the demo data, loaded by {LOADER}"
        assert created["after"]["figures"], "the creation entry holds the figures it brought"


def test_the_loader_cannot_sign_off_a_demo_round_another_supervisor_can(cli, db, keys, tmp_path, monkeypatch):
    """Loaded, resolved and submitted by one person: another signs it off."""
    ready_for_sign_off(cli, db)  # demo, resolve and submit, all by PREPARER
    monkeypatch.setenv("EXCHANGE_DESK_KEY", PREPARER)
    refused = cli("sign-off", ROUND[:8], "-o", str(tmp_path / "own.pdf"))
    assert refused.code == 3 and "four eyes" in refused.err
    monkeypatch.setenv("EXCHANGE_DESK_KEY", LOADER)
    signed = tmp_path / "signed.pdf"
    result = cli("sign-off", ROUND[:8], "-o", str(signed))
    assert result.code == 0, result.err
    assert f"as {LOADER}" in result.out
    listed = next(r for r in json.loads(cli("rounds", "--json").out) if r["id"] == ROUND)
    assert listed["status"] == "signed_off"
    assert cli("verify", str(signed)).code == 0


def test_four_eyes_holds_for_whoever_changes_a_figure(cli, db, keys, tmp_path):
    """A figure changed after the preparer's work bars its changer too."""
    cli("demo")
    assert cli("record", ROUND[:8], "--from", "Ukraine", "--to", "Russia", "--kind", "exchange",
               "--source", "Russian Ministry of Defence", "--count", "195", "--citation", "MoD, 31 Jan").code == 0
    ready_for_sign_off(cli, db)
    result = cli("sign-off", ROUND[:8], "-o", str(tmp_path / "s.pdf"))
    assert result.code == 3 and "four eyes" in result.err and LOADER in result.err


def test_loading_the_demo_twice_adds_nothing(cli, db_url, monkeypatch):
    """Again, by the same person or another: every table as it was."""
    assert cli("demo").code == 0
    before = table_dump(db_url)
    again = cli("demo")
    assert again.code == 0 and "nothing added" in again.out
    monkeypatch.setenv("EXCHANGE_DESK_KEY", "Carol")
    assert "nothing added" in cli("demo").out
    assert table_dump(db_url) == before


def test_two_laptops_that_loaded_the_demo_agree(cli, tmp_path, monkeypatch):
    """Loaded by two people on two laptops: one's export changes nothing on the other."""
    a, b, sent = tmp_path / "a.db", tmp_path / "b.db", tmp_path / "a.json"
    assert cli("--db", str(a), "demo").code == 0
    monkeypatch.setenv("EXCHANGE_DESK_KEY", "Taras")
    assert cli("--db", str(b), "demo").code == 0
    assert cli("--db", str(a), "export", str(sent)).code == 0
    result = cli("--db", str(b), "import", str(sent))
    assert result.code == 0, result.err
    assert "0 figures added, 0 changed" in result.out and "0 updated" in result.out
    assert "conflict" not in result.out
