"""What was agreed or announced, recorded beside what was handed over, and
operations carried out over several rounds: from the command line, through
interchange files, into the reports.

The operation is the "1,000 for 1,000" of May 2025: 390, 307 and 303 each
way on 23, 24 and 25 May."""

from __future__ import annotations

import json

import pytest

from tests.integration.test_cli_rounds import refused_as_bad_input, shown

OPERATION = "1,000 for 1,000 (May 2025)"
DAYS = ((23, 390), (24, 307), (25, 303))


def new_round(cli, day: int) -> str:
    result = cli("round", "new", "--title", f"Exchange of {day} May 2025", "--date", f"2025-05-{day}",
                 "--side", "Ukraine", "--side", "Russia")
    assert result.code == 0, result.err
    return result.out.strip()


def record(cli, rid: str, source: str, count: int, *, frm: str = "Russia", to: str = "Ukraine") -> None:
    result = cli("record", rid, "--from", frm, "--to", to, "--kind", "exchange", "--source", source,
                 "--count", str(count))
    assert result.code == 0, result.err


def three_days(cli, third: int = 303) -> list[str]:
    ids = []
    for day, n in DAYS:
        rid = new_round(cli, day)
        assert cli("round", "edit", rid, "--operation", OPERATION).code == 0
        assert cli("source", "add", rid, "--name", "Coordination HQ", "--affiliation", "Ukraine").code == 0
        record(cli, rid, "Coordination HQ", third if day == 25 else n)
        ids.append(rid)
    first = ids[0]
    assert cli("source", "add", first, "--name", "Istanbul talks", "--affiliation", "unknown",
               "--stage", "agreed_for_operation").code == 0
    record(cli, first, "Istanbul talks", 1000)
    return ids


def test_an_operation_in_three_stages_against_its_agreement(cli):
    three_days(cli)
    text = cli("operations").out
    assert f"{OPERATION}: 3 rounds, 2025-05-23 to 2025-05-25" in text
    assert "Russia → Ukraine, exchange  agreed 1000; handed over 1000 (390 + 307 + 303)" in text
    assert "differs" not in text
    (op,) = json.loads(cli("operations", "--json").out)
    assert op["differs"] is False and [r["date"] for r in op["rounds"]] == ["2025-05-23", "2025-05-24", "2025-05-25"]
    # The agreement is not a round's figure: the first round received 390, not 1,390.
    first = next(r for r in json.loads(cli("rounds", "--json").out) if r["date"] == "2025-05-23")
    assert first["received"]["Ukraine"]["min"] == 390


def test_an_operation_short_of_its_agreement_says_so(cli):
    three_days(cli, third=300)
    text = cli("operations").out
    assert "handed over 997 (390 + 307 + 300)  ← differs" in text


def test_agreed_for_the_operation_without_an_operation_is_refused(cli, db_url):
    rid = new_round(cli, 23)
    refused_as_bad_input(cli, db_url, "source", "add", rid, "--name", "Istanbul talks", "--affiliation",
                         "unknown", "--stage", "agreed_for_operation", says="--stage: the source Istanbul talks "
                         "gives what was agreed for the whole operation")


def test_an_announcement_differs_from_the_handover(cli):
    """23 wounded promised, 22 handed over: a warning, and 22 counted."""
    rid = new_round(cli, 23)
    assert cli("source", "add", rid, "--name", "Ombudsman", "--affiliation", "Ukraine",
               "--stage", "agreed").code == 0
    record(cli, rid, "Ombudsman", 23)
    record(cli, rid, "Coordination HQ", 22)
    text = cli("show", rid[:8]).out
    assert "Ombudsman        Ukraine; agreed or announced" in text
    assert ("what was agreed or announced differs by 1 from what was handed over (Ombudsman 23 (agreed or "
            "announced); Coordination HQ 22)") in text
    assert shown(cli, rid)["sources"][0] == {"name": "Ombudsman", "affiliation": "Ukraine", "stage": "agreed"}
    row = next(r for r in json.loads(cli("rounds", "--json").out) if r["id"] == rid)
    assert row["received"]["Ukraine"]["min"] == 22
    # Set back to a report of what was handed over, the two are sources that disagree.
    assert cli("source", "set", rid, "--name", "Ombudsman", "--stage", "delivered").code == 0
    assert "the sources disagree by 1" in cli("show", rid[:8]).out
    assert "reports agreed or announced → handed over" in cli("history", rid[:8]).out


def test_stages_and_operations_travel_in_interchange_files(cli, tmp_path, laptop, monkeypatch):
    ids = three_days(cli)
    out = tmp_path / "may.json"
    assert cli("export", str(out)).code == 0
    data = json.loads(out.read_text())
    assert data["format"] == "exchange-desk/5"
    first = next(r for r in data["rounds"] if r["id"] == ids[0])
    assert first["operation"] == OPERATION
    assert {"name": "Istanbul talks", "affiliation": "unknown", "stage": "agreed_for_operation"} in first["sources"]
    monkeypatch.setenv("EXCHANGE_DESK_DB", laptop)
    assert cli("import", str(out)).code == 0, "import"
    assert "agreed 1000; handed over 1000 (390 + 307 + 303)" in cli("operations").out
    # A file of version 4 cannot say either.
    data["format"] = "exchange-desk/4"
    old = tmp_path / "old.json"
    old.write_text(json.dumps(data))
    result = cli("import", str(old))
    assert result.code == 2 and "operation" in result.err


OCTOBER_17 = "8b43d4b1-5b18-55c0-ac77-c6c5992cb867"


def test_the_app_shows_and_changes_what_a_source_reports_and_the_operation(window, qtbot, ctx):
    """The demo's 17 October 2022: Pushilin's figures are an announcement
    (Reports: agreed or announced). Made a report, the round's warning turns
    into the sources' disagreement; the operation field is saved on leaving it."""
    import uuid

    from desktop.domain.types import Rule, Stage
    from desktop.services import editing, review

    rid = uuid.UUID(OCTOBER_17)
    window.jobs.load_demo()
    assert window.rounds.select_round(rid)
    editor = window.panel.editor
    table = editor.sources_table
    names = [table.item(r, 0).text() for r in range(table.rowCount())]
    row = next(i for i, n in enumerate(names) if n.startswith("Denis Pushilin"))
    combo = table.cellWidget(row, 2)
    assert combo.currentText() == "agreed or announced"
    rules = {i.discrepancy.rule for i in review.round_review(ctx.db, rid).items}
    assert Rule.AGREED_NOT_DELIVERED in rules and Rule.SOURCE_MISMATCH not in rules

    combo.setCurrentIndex(combo.findData(Stage.DELIVERED))
    qtbot.waitUntil(lambda: editing.get_round_doc(ctx.db, rid).stage_of(names[row]) is Stage.DELIVERED, timeout=3000)
    rules = {i.discrepancy.rule for i in review.round_review(ctx.db, rid).items}
    assert Rule.SOURCE_MISMATCH in rules and Rule.AGREED_NOT_DELIVERED not in rules

    editor.operation_edit.setFocus()
    qtbot.keyClicks(editor.operation_edit, "Autumn 2022 exchanges")
    editor.title_edit.setFocus()
    qtbot.waitUntil(lambda: editing.get_round_doc(ctx.db, rid).operation == "Autumn 2022 exchanges", timeout=3000)


@pytest.mark.parametrize("change", [
    ("source", "set", "{rid}", "--name", "ICRC", "--stage", "agreed"),
    ("combined", "add", "{rid}", "--source", "UAE", "--movement", "Russia:Ukraine:exchange", "--movement",
     "Ukraine:Russia:exchange", "--count", "390"),
    ("round", "edit", "{rid}", "--operation", "Spring 2024"),
])
def test_four_eyes_counts_whoever_changes_what_the_figures_count_for(cli, change, tmp_path):
    """Olena records the round (with 195 and 207, an open error, for the
    first case). Sam, a supervisor, makes ICRC's 207 an announcement (the
    error goes), or adds a combined figure, or names an operation: he may not
    then sign off alone."""
    from tests.helpers.flows import acting_as

    with acting_as("Olena"):
        rid = new_round(cli, 23)
        record(cli, rid, "HQ", 195)
        if change[0] == "source":  # an open error, which the change clears
            record(cli, rid, "ICRC", 207)
        record(cli, rid, "MoD", 195, frm="Ukraine", to="Russia")
        assert cli("submit", rid).code == 0
    with acting_as("Supervisor Sam"):
        if change[0] == "source":
            assert "source_mismatch" in cli("show", rid).out or "sources disagree" in cli("show", rid).out
        done = cli(*[a.format(rid=rid) for a in change])
        assert done.code == 0, done.err
        if change[0] == "source":
            assert "sources disagree" not in cli("show", rid).out
        refused = cli("sign-off", rid, "-o", str(tmp_path / "signed.pdf"))
        assert refused.code == 3 and "four eyes" in refused.err, refused.out + refused.err


def test_a_change_back_travels(cli, db_url, tmp_path, laptop, monkeypatch):
    """On laptop A an announcement is made a report again and the operation
    removed; laptop B, which had the round, takes both from A's file."""
    rid = new_round(cli, 23)
    assert cli("round", "edit", rid, "--operation", OPERATION).code == 0
    assert cli("source", "add", rid, "--name", "Om", "--affiliation", "Ukraine", "--stage", "agreed").code == 0
    record(cli, rid, "Om", 23)
    first = tmp_path / "first.json"
    assert cli("export", str(first)).code == 0
    a = db_url
    b = laptop()
    assert cli("import", str(first)).code == 0
    monkeypatch.setenv("EXCHANGE_DESK_DB", a)
    assert cli("source", "set", rid, "--name", "Om", "--stage", "delivered").code == 0
    assert cli("round", "edit", rid, "--operation", "").code == 0
    second = tmp_path / "second.json"
    assert cli("export", str(second)).code == 0
    monkeypatch.setenv("EXCHANGE_DESK_DB", b)
    assert cli("import", str(second)).code == 0
    held = shown(cli, rid)
    assert held["operation"] is None
    assert held["sources"] == [{"name": "Om", "affiliation": "Ukraine", "stage": "delivered"}]


@pytest.mark.sqlite_only
@pytest.mark.parametrize("rewrite", [
    "UPDATE source SET stage = 'agreed' WHERE name = 'MoD'",
    "UPDATE exchange_round SET operation = 'another operation'",
])
def test_check_finds_a_stage_or_operation_changed_behind_the_historys_back(cli, db_path, rewrite):
    """An attacker makes the ministry's figures an announcement with sqlite3
    (so that they count nowhere), or moves the round to another operation:
    `check` finds the round unlike its signed history (exit 3)."""
    import sqlite3

    rid = new_round(cli, 23)
    assert cli("round", "edit", rid, "--operation", OPERATION).code == 0
    record(cli, rid, "MoD", 390, frm="Ukraine", to="Russia")
    assert cli("check").code == 0
    with sqlite3.connect(db_path) as conn:
        conn.execute(rewrite)
    checked = cli("check")
    assert checked.code == 3 and "is not what its signed history says" in checked.err, checked.out + checked.err


def test_merging_duplicates_that_disagree_on_a_source_stage_is_refused(cli, db_url):
    """The kept round's HQ reports what was handed over; the duplicate's HQ
    an announcement: a person says which, before the merge."""
    from tests.integration.test_cli_rounds import refused_as_bad_input

    keep, dup = new_round(cli, 23), new_round(cli, 23)
    record(cli, keep, "HQ", 10)
    assert cli("source", "add", dup, "--name", "HQ", "--affiliation", "Ukraine", "--stage", "agreed").code == 0
    record(cli, dup, "HQ", 12)
    refused_as_bad_input(cli, db_url, "merge-rounds", keep, dup, says="The source HQ reports handed over in round")
