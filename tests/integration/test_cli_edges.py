"""Edges found by trying the command line as a new user would."""

from __future__ import annotations

import json
import os
import stat

import pytest

from tests.helpers.factories import document, round_dict, write_json
from tests.helpers.people import person

EXAMPLE = "e8a30001-0000-4000-8000-00000000e8a3"


def test_export_through_a_symlink_writes_the_target(cli, tmp_path):
    """The link stays a link; the file it points to gets the export."""
    cli("demo")
    target = tmp_path / "target.json"
    target.write_text("old")
    link = tmp_path / "link.json"
    link.symlink_to(target)
    assert cli("export", str(link)).code == 0
    assert link.is_symlink()
    assert json.loads(target.read_text(encoding="utf-8"))["format"] == "exchange-desk/5"


def test_export_refuses_a_pipe_or_device(cli, tmp_path):
    """Anything but a regular file is refused, and left alone."""
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    result = cli("export", str(fifo))
    assert result.code == 2 and "not a regular file" in result.err
    assert stat.S_ISFIFO(fifo.stat().st_mode)


def test_export_keeps_the_permissions_of_the_file_it_replaces(cli, tmp_path):
    """A 0644 file stays 0644."""
    out = tmp_path / "out.json"
    out.write_text("old")
    out.chmod(0o644)
    assert cli("export", str(out)).code == 0
    assert stat.S_IMODE(out.stat().st_mode) == 0o644


def test_import_refuses_a_device(cli):
    """/dev/zero is not read forever."""
    result = cli("import", "/dev/zero")
    assert result.code == 2 and "is a device" in result.err


def test_a_partial_file_does_not_downgrade_what_it_does_not_state(cli, tmp_path):
    """No affiliation and no `exhaustive` in the file: the database keeps its own."""
    cli("demo")
    before = {d["key"] for d in json.loads(cli("discrepancies", "--round", "e8a3", "--json").out)}
    partial = {
        "id": EXAMPLE, "title": "Example: a training round (invented figures)", "date": "2025-03-01",
        "sides": ["Ukraine", "Russia"],
        "sources": [{"name": "Example source A"}],
        "category_sets": [{"name": "Branch of service", "categories": ["Armed Forces"]}],
    }
    result = cli("import", str(write_json(tmp_path / "p.json", document(partial))))
    assert result.code == 0
    after = {d["key"] for d in json.loads(cli("discrepancies", "--round", "e8a3", "--json").out)}
    assert after == before
    shown = json.loads(cli("show", "e8a3", "--json").out)
    assert {"name": "Example source A", "affiliation": "Ukraine", "stage": "delivered"} in shown["sources"]
    assert shown["category_sets"][0]["exhaustive"] is True


def test_an_import_never_moves_an_existing_rounds_status(cli, tmp_path, db):
    """An older export saying draft does not pull a round back from review."""
    from desktop.domain.types import RoundStatus
    from desktop.services import editing

    r = round_dict()
    cli("import", str(write_json(tmp_path / "a.json", document(r))))
    import uuid

    editing.set_status(db, uuid.UUID(r["id"]), status=RoundStatus.IN_REVIEW, actor=person("Olena"))
    cli("import", str(write_json(tmp_path / "b.json", document(dict(r, status="draft")))))
    assert json.loads(cli("show", r["id"], "--json").out)["status"] == "in_review"


@pytest.mark.parametrize("name", ["Ann\x07Smith", "x" * 250, "Ann\u202eSmith", "Nobody Here"],
                         ids=["bell", "long", "bidi", "no-key"])
def test_acting_as_someone_without_a_key_here_is_refused(cli, tmp_path, monkeypatch, name):
    """EXCHANGE_DESK_KEY must name a key installed here."""
    monkeypatch.setenv("EXCHANGE_DESK_KEY", name)
    result = cli("import", str(write_json(tmp_path / "a.json", document(round_dict()))))
    assert result.code == 2 and "EXCHANGE_DESK_KEY" in result.err
    assert json.loads(cli("rounds", "--json").out) == []


def test_db_in_a_missing_folder_is_refused_and_nothing_created(cli, tmp_path):
    """A typo in --db must not create folders."""
    missing = tmp_path / "no" / "such" / "x.db"
    result = cli("--db", str(missing), "rounds")
    assert result.code == 2 and "does not exist" in result.err
    assert not (tmp_path / "no").exists()


def test_a_database_driver_that_is_not_installed(cli):
    """A URL for a server whose driver is missing: exit 2, one sentence."""
    result = cli("--db", "mysql+pymysql://desk@localhost/exchange", "rounds")
    assert result.code == 2 and "driver is not installed" in result.err


@pytest.mark.parametrize(("field", "value", "reason"), [
    ("title", "\u200b", "no visible characters"),
    ("sides", ["Ukraine", "ukraine"], "named twice (as 'Ukraine')"),
])
def test_invisible_and_case_twin_names_are_refused(cli, tmp_path, field, value, reason):
    """A name must show, and one party is not listed twice in other case."""
    result = cli("import", str(write_json(tmp_path / "a.json", document(round_dict(**{field: value})))))
    assert result.code == 2 and reason in result.err


def test_the_same_file_twice_on_the_command_line(cli, tmp_path):
    """Naming a file twice is a usage error, said as such."""
    path = str(write_json(tmp_path / "a.json", document(round_dict())))
    result = cli("import", path, path)
    assert result.code == 2 and "named twice" in result.err


def test_rounds_refuses_a_reversed_range(cli):
    """As export does."""
    assert cli("rounds", "--from", "2025-01-01", "--to", "2024-01-01").code == 2


def test_export_takes_several_rounds_after_one_option(cli):
    """`--round A B` as the README writes it."""
    cli("demo")
    out = json.loads(cli("export", "-", "--round", "c31a", "d30c").out)
    assert len(out["rounds"]) == 2


def test_ids_in_the_table_can_be_typed_back(cli, tmp_path):
    """Rounds sharing 8 hex digits are shown with enough digits to tell them apart."""
    a = round_dict(id="cccc0000-0000-4000-8000-000000000001")
    b = round_dict(id="cccc0000-0000-4000-8000-000000000002")
    cli("import", str(write_json(tmp_path / "a.json", document(a, b))))
    lines = cli("rounds").out.splitlines()[2:]
    shown = [line.split()[0] for line in lines]
    assert len(set(shown)) == 2
    assert all(cli("show", s).code == 0 for s in shown)


def test_discrepancies_say_whether_they_are_resolved(cli, db):
    """--json carries status and the resolution."""
    import uuid

    from desktop.services import review

    cli("demo")
    rid = uuid.UUID("c31a0124-2024-4131-8000-000000000131")
    key = next(i.discrepancy.key for i in review.round_review(db, rid).items
               if i.discrepancy.rule.value == "source_mismatch")
    review.resolve(db, rid, key, value=207, note="Names list", actor=person("Supervisor"))
    found = json.loads(cli("discrepancies", "--round", "c31a", "--json").out)
    resolved = next(d for d in found if d["key"] == key)
    assert resolved["status"] == "resolved"
    assert resolved["resolution"] == {"accepted_value": 207, "note": "Names list", "resolved_by": "Supervisor"}
    assert "resolved 207 by Supervisor" in cli("show", "c31a").out


def test_show_indents_multi_line_notes(cli, tmp_path):
    """Every line of the notes stays under its label."""
    r = round_dict(notes="First line\r\nsecond line")
    cli("import", str(write_json(tmp_path / "a.json", document(r))))
    out = cli("show", r["id"]).out
    assert "  notes          First line\n                 second line" in out
    assert "\r" not in out
