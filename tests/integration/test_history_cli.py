"""`exchange-desk history ROUND`: a block of readable lines per entry, and
`--json` with the stored values and the same lines for scripts."""

from __future__ import annotations

import datetime as dt
import json
import re

from tests.helpers.factories import document, round_dict, write_json
from tests.helpers.flows import ROUND, ready_for_sign_off

KEYS = {"seq", "at", "actor", "action", "entity", "entity_id", "before", "after", "detail", "changes"}
RAW = re.compile(r"\b(kind|from|to|source|count|qualifier|status|before|after|accepted_value):|[{}\[\]]")
RECORD = ("record", ROUND[:8], "--from", "Russia", "--to", "Ukraine", "--kind", "exchange",
          "--source", "Russian Ministry of Defence")


def signed_and_reopened(cli, db, tmp_path, monkeypatch) -> None:
    """The 31 January round: a figure changed, resolved, submitted, signed off, reopened."""
    ready_for_sign_off(cli, db)
    monkeypatch.setenv("EXCHANGE_DESK_KEY", "Supervisor Sam")
    assert cli("sign-off", ROUND[:8], "-o", str(tmp_path / "signed.pdf")).code == 0
    assert cli("reopen", ROUND[:8], "--reason", "HQ corrected its list").code == 0
    monkeypatch.setenv("EXCHANGE_DESK_KEY", "Test Coordinator")
    assert cli(*RECORD, "--count", "1195", "--qualifier", "approximate", "--citation", "TASS").code == 0


def test_history_prints_a_readable_block_per_entry(cli, db, keys, tmp_path, monkeypatch):
    """Time, who and what on one line, then the change lines indented; no stored keys or JSON."""
    signed_and_reopened(cli, db, tmp_path, monkeypatch)
    result = cli("history", ROUND[:8])
    assert result.code == 0, result.err
    out = result.out
    assert out.startswith(f"History of round {ROUND}, oldest first\n")
    blocks = out.split("\n\n")[1:]
    heads = [b.splitlines()[0] for b in blocks]
    assert all(re.match(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC  \S", h) for h in heads)
    assert "Olena  round created  (imported from the demo data, loaded by Olena)" in heads[0]
    assert blocks[0].splitlines()[1] == "    created with 3 figures, sides Ukraine and Russia"
    assert "Supervisor Sam  round signed off" in "\n".join(heads)
    assert "Supervisor Sam  round reopened  (HQ corrected its list)" in "\n".join(heads)
    changed = next(b for b in blocks if "Test Coordinator  figure changed" in b)
    assert changed.splitlines()[1:] == [
        "    Russia → Ukraine, exchange — Russian Ministry of Defence — total",
        "    count 195 → 1,195",
        "    qualifier exact → approximate",
        "    citation “Russian Ministry of Defence statement, 31 January 2024: 195 for 195” → “TASS”",
    ]
    signed = next(b for b in blocks if "round signed off" in b).splitlines()
    assert signed[1:3] == ["    status in review → signed off", "    amendment 1, signed as Supervisor Sam"]
    resolved = next(b for b in blocks if "discrepancy resolved" in b).splitlines()
    assert resolved[1:] == ["    sources disagree: Russia → Ukraine, exchange — total", "    accepted value 207",
                            "    note “HQ's list of names”"]
    ended = blocks[-1].splitlines()
    # Ended by the rules, as a consequence of Test Coordinator's change: in their name.
    assert "Test Coordinator  resolution ended" in ended[0]
    assert ended[1:] == ["    sources disagree: Russia → Ukraine, exchange — total",
                         "    the resolution by Olena no longer holds", "    accepted value 207",
                         "    note “HQ's list of names”", "    the discrepancy is gone"]
    for line in out.splitlines()[1:]:
        assert not RAW.search(line), line


def test_history_json_keeps_the_stored_values_and_adds_the_lines(cli, db, keys, tmp_path, monkeypatch):
    """Every entry: the raw fields, `at` in UTC, and `changes` as readable lines."""
    signed_and_reopened(cli, db, tmp_path, monkeypatch)
    result = cli("history", ROUND[:8], "--json")
    assert result.code == 0, result.err
    entries = json.loads(result.out)
    assert all(set(e) == KEYS for e in entries)
    assert [e["seq"] for e in entries] == sorted(e["seq"] for e in entries)
    for e in entries:
        at = dt.datetime.fromisoformat(e["at"])
        assert at.utcoffset() == dt.timedelta(0)
        assert isinstance(e["changes"], list) and all(isinstance(line, str) for line in e["changes"])
        assert not any(RAW.search(line) for line in e["changes"]), e["changes"]
    signed = next(e for e in entries if e["action"] == "sign_off")
    assert signed["before"] == {"status": "in_review"} and signed["after"]["signer"] == "Supervisor Sam"
    assert signed["changes"][0] == "status in review → signed off"
    (changed,) = [e for e in entries if (e["action"], e["entity"]) == ("update", "figure")]
    assert changed["before"]["count"] == 195 and changed["after"]["qualifier"] == "approximate"
    assert changed["changes"][1:3] == ["count 195 → 1,195", "qualifier exact → approximate"]
    reopened = next(e for e in entries if e["action"] == "reopen" and e["entity"] == "round")
    assert reopened["detail"] == "HQ corrected its list" and reopened["changes"] == ["status signed off → draft"]


def test_history_of_a_round_merged_away_is_found_by_its_id(cli, tmp_path):
    """The duplicate is gone; its history says where it went."""
    cli("demo")
    duplicate = round_dict(id="11111111-2024-4131-8000-000000000131", title="31 January (typed twice)")
    assert cli("import", str(write_json(tmp_path / "d.json", document(duplicate)))).code == 0
    assert cli("merge-rounds", ROUND[:8], "11111111").code == 0
    text = cli("history", "11111111")
    assert text.code == 0, text.err
    assert f"    merged into round {ROUND} as a duplicate\n" in text.out
    assert "    its title was “31 January (typed twice)”\n" in text.out
    (merged,) = [e for e in json.loads(cli("history", "11111111", "--json").out) if e["action"] == "merge"]
    assert merged["before"] == {"title": "31 January (typed twice)", "into": ROUND}
    kept = json.loads(cli("history", ROUND[:8], "--json").out)[-1]
    assert kept["changes"] == [f"round {duplicate['id']} merged into this one as a duplicate"]


def test_history_in_ukrainian(cli, db, monkeypatch):
    """EXCHANGE_DESK_LANG=uk: the words of the lines are Ukrainian."""
    cli("demo")
    assert cli("submit", ROUND[:8]).code == 0
    monkeypatch.setenv("EXCHANGE_DESK_LANG", "uk")
    out = cli("history", ROUND[:8]).out
    assert "раунд змінено" in out and "чернетка → на перевірці" in out
