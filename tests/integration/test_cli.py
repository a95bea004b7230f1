"""The command line end to end: exit codes, output, and the database."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.helpers.demo import DEMO_ROUNDS
from tests.helpers.factories import SEED_ID, document, round_dict, write_json


def test_demo_is_idempotent_and_holds_the_seed_round(cli):
    """Twice `demo`: five rounds once; the seed round's figures as reported."""
    first = cli("demo")
    assert first.code == 0 and f"Added {DEMO_ROUNDS} demo rounds" in first.out
    second = cli("demo")
    assert second.code == 0 and "nothing added" in second.out
    rounds = json.loads(cli("rounds", "--json").out)
    assert len(rounds) == DEMO_ROUNDS
    seed = next(r for r in rounds if r["id"] == SEED_ID)
    assert seed["received"] == {"Ukraine": {"min": 230, "max": 230}, "Russia": {"min": 248, "max": 248}}  # 323 counted the 75 twice
    assert seed["discrepancies"] == {"error": 0, "warning": 3, "info": 1}


def test_demo_figures_all_carry_a_citation(cli):
    """Every demo figure says where it comes from."""
    cli("demo")
    exported = json.loads(cli("export", "-").out)
    figures = [f for r in exported["rounds"] for f in r["figures"]]
    assert figures and all(f.get("citation") for f in figures)


def test_rounds_table_lists_each_round(cli):
    """The plain table has a header and one line per round."""
    cli("demo")
    out = cli("rounds").out.splitlines()
    assert out[0].split()[:3] == ["ID", "DATE", "TITLE"]
    assert len(out) == 2 + DEMO_ROUNDS
    assert any("6f1c2a3b" in line and "Ukraine 230, Russia 248" in line for line in out)


def test_empty_database_says_how_to_start(cli):
    """No rounds: a hint instead of an empty table."""
    result = cli("rounds")
    assert result.code == 0 and "exchange-desk demo" in result.out


def test_show_by_prefix(cli):
    """`show 6f1c` finds the seed round and prints its figures and warnings."""
    cli("demo")
    result = cli("show", "6f1c")
    assert result.code == 0
    assert "Exchange of 3 January 2024" in result.out
    assert "230" in result.out and "248" in result.out and "75" in result.out
    assert "unverified" in result.out and "imbalance" in result.out


def test_show_with_a_full_uuid_in_capitals(cli):
    """Case and dashes do not matter."""
    cli("demo")
    assert cli("show", SEED_ID.upper()).code == 0


def test_ambiguous_prefix_lists_the_candidates(cli, tmp_path):
    """Two rounds sharing a prefix: exit 2 with both ids named."""
    a = round_dict(id="abcd0000-0000-4000-8000-000000000001")
    b = round_dict(id="abcd0000-0000-4000-8000-000000000002")
    cli("import", str(write_json(tmp_path / "a.json", document(a, b))))
    result = cli("show", "abcd")
    assert result.code == 2
    assert a["id"] in result.err and b["id"] in result.err
    assert len(result.err.strip().splitlines()) == 1


def test_unknown_prefix_and_non_hex_are_usage_errors(cli):
    """No such round, or not an id at all: exit 2, one sentence."""
    cli("demo")
    for ref in ("ffff", "Ukraine"):
        result = cli("show", ref)
        assert result.code == 2
        assert "Traceback" not in result.err and result.err.strip().endswith(".")


def test_discrepancies_json_fields(cli):
    """--json gives the documented fields for every discrepancy."""
    cli("demo")
    found = json.loads(cli("discrepancies", "--json").out)
    assert {d["rule"] for d in found} == {
        "source_mismatch", "breakdown_exceeds_total", "breakdown_mismatch", "unverified", "imbalance",
        "agreed_not_delivered",
    }
    for d in found:
        assert {"key", "rule", "severity", "round_id", "movement", "category_set", "category", "values"} <= set(d)
        assert set(d["movement"]) == {"from", "to", "kind"}
        assert all({"source", "count", "qualifier"} <= set(v) for v in d["values"])
    mismatch = next(d for d in found if d["rule"] == "source_mismatch" and d["round_id"].startswith("c31a"))
    assert mismatch["spread"] == 12 and mismatch["severity"] == "error"
    # Pushilin announced 80 sailors on 17 October 2022; the ministry reported 72.
    announced = next(d for d in found if d["rule"] == "agreed_not_delivered")
    assert announced["spread"] == 8 and announced["severity"] == "warning"
    assert [(v["count"], v.get("agreed", False)) for v in announced["values"]] == [(80, True), (72, False)]


def test_discrepancies_of_one_round(cli):
    """--round limits the list to that round."""
    cli("demo")
    found = json.loads(cli("discrepancies", "--round", "c31a", "--json").out)
    assert {d["round_id"] for d in found} == {"c31a0124-2024-4131-8000-000000000131"}
    assert [d["rule"] for d in found] == ["source_mismatch", "unverified"]


def test_export_filters_by_round_and_date(cli, tmp_path):
    """--round, --from and --to choose what is written."""
    cli("demo")
    one = json.loads(cli("export", "-", "--round", "6f1c").out)
    assert [r["id"] for r in one["rounds"]] == [SEED_ID]
    year = json.loads(cli("export", "-", "--from", "2024-01-01", "--to", "2024-12-31").out)
    assert [r["date"] for r in year["rounds"]] == ["2024-01-03", "2024-01-31", "2024-12-30"]
    out = tmp_path / "out.json"
    result = cli("export", str(out))
    assert result.code == 0 and f"Exported {DEMO_ROUNDS} rounds" in result.err
    assert json.loads(out.read_text(encoding="utf-8"))["format"] == "exchange-desk/5"


def test_export_refuses_a_reversed_range(cli):
    """--from after --to is a usage error."""
    result = cli("export", "-", "--from", "2024-12-31", "--to", "2024-01-01")
    assert result.code == 2 and "--from" in result.err


def test_bad_date_option_is_a_usage_error(cli):
    """argparse's own errors also exit 2."""
    assert cli("export", "-", "--from", "2024-02-30").code == 2


def test_import_reports_what_it_did(cli, tmp_path):
    """The summary sentence counts rounds and figures."""
    path = write_json(tmp_path / "a.json", document(round_dict(), round_dict(date="2024-02-01")))
    result = cli("import", str(path))
    assert result.code == 0
    assert result.out.strip() == "Imported: 2 rounds added, 0 updated, 0 unchanged; 8 figures added, 0 changed."
    # The same date and sides again: said to be a likely duplicate.
    result = cli("import", str(write_json(tmp_path / "b.json", document(round_dict()))))
    assert result.out.strip().endswith(
        "1 new round shares a date and sides with another round (a likely duplicate: see exchange-desk duplicates).")


def test_signed_off_round_refuses_import_with_exit_3(cli, tmp_path, db_path):
    """A locked round that the file would change: exit 3, round named."""
    import sqlite3
    import uuid

    r = round_dict()
    cli("import", str(write_json(tmp_path / "a.json", document(r))))
    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE exchange_round SET status='signed_off' WHERE id=?", (uuid.UUID(r["id"]).hex,))
    r["title"] = "Changed"
    result = cli("import", str(write_json(tmp_path / "b.json", document(r))))
    assert result.code == 3
    assert r["id"] in result.err and "signed off" in result.err


def test_db_option_and_environment_variable(cli, tmp_path, monkeypatch):
    """--db and EXCHANGE_DESK_DB choose another database file."""
    other = tmp_path / "other.db"
    assert cli("--db", str(other), "demo").code == 0
    assert len(json.loads(cli("rounds", "--db", str(other), "--json").out)) == DEMO_ROUNDS
    assert json.loads(cli("rounds", "--json").out) == []
    monkeypatch.setenv("EXCHANGE_DESK_DB", f"sqlite:///{other}")
    assert len(json.loads(cli("rounds", "--json").out)) == DEMO_ROUNDS


def test_a_foreign_file_as_database_is_refused(cli, tmp_path):
    """--db on a text file: exit 2, file unchanged."""
    notes = tmp_path / "notes.txt"
    notes.write_text("not a database")
    result = cli("--db", str(notes), "rounds")
    assert result.code == 2 and "not an SQLite file" in result.err
    assert notes.read_text() == "not a database"


def test_who_acts_is_the_key_unlocked_not_a_typed_name(cli, tmp_path, monkeypatch, db_path, app_home):
    """The attack: `EXCHANGE_DESK_USER=Carol` (or a name in the settings)
    changes nothing: the history names the holder of the key unlocked."""
    import sqlite3

    from desktop.settings import Settings

    Settings(user_name="Olena Kovalenko").save(app_home.settings_file)
    monkeypatch.setenv("EXCHANGE_DESK_USER", "Carol")
    cli("import", str(write_json(tmp_path / "a.json", document(round_dict()))))
    monkeypatch.setenv("EXCHANGE_DESK_KEY", "Taras")
    cli("import", str(write_json(tmp_path / "b.json", document(round_dict()))))
    with sqlite3.connect(db_path) as conn:
        actors = [r[0] for r in conn.execute("SELECT actor FROM audit_entry ORDER BY seq")]
        sealed = conn.execute("SELECT count(*) FROM audit_entry WHERE seal_id IS NULL").fetchone()[0]
    assert actors == ["Test Coordinator", "Taras"]
    assert sealed == 0


def test_help_lists_every_command(cli):
    """`--help` names the subcommands and says a bare call opens the app."""
    result = cli("--help")
    assert result.code == 0
    for command in ("demo", "rounds", "show", "discrepancies", "import", "export"):
        assert command in result.out
    assert "desktop application opens" in result.out


def test_the_program_as_a_process(tmp_path: Path):
    """`python -m desktop`: real exit codes, stdout and stderr."""
    env = dict(os.environ, EXCHANGE_DESK_HOME=str(tmp_path / "home"), EXCHANGE_DESK_KEY="Test Coordinator")
    env.pop("EXCHANGE_DESK_DB", None)

    def run(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "desktop", *args], env=env, capture_output=True,
                              text=True, timeout=120)

    version = run("--version")
    assert version.returncode == 0 and version.stdout.startswith("exchange-desk ")
    assert run("demo").returncode == 0
    assert (tmp_path / "home" / "data" / "exchange-desk.db").exists()
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "exchange-desk/1", "rounds": [{"id": 1, "title": "T", "date": "2024-01-03", '
                   '"sides": ["Ukraine", "Russia"]}]}')
    result = run("import", str(bad))
    assert result.returncode == 2
    assert result.stderr.strip() == (
        f"{bad}: rounds[0].id: must be a UUID like 6f1c2a3b-0000-4000-8000-000000000000, not 1."
    )
    assert run("nonsense").returncode == 2
