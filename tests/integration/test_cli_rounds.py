"""A round made and changed from the command line: `round new`, `round edit`,
`source add`, `category-set add`, `return-to-draft`.

Bad input: exit 2, one sentence naming the option, nothing written.
A refusal (a signed-off round, a status move not allowed): exit 3."""

from __future__ import annotations

import json
import uuid

import pytest

from desktop.domain.types import RoundStatus
from desktop.services import editing
from tests.helpers.dump import table_dump
from tests.helpers.flows import ROUND, ready_for_sign_off
from tests.helpers.people import person

SEED = "6f1c2a3b-2024-4103-8000-000000000103"
NEW = ("round", "new", "--title", "Exchange of 5 February 2025", "--date", "2025-02-05",
       "--side", "Ukraine", "--side", "Russia")


def shown(cli, ref: str) -> dict:
    result = cli("show", ref, "--json")
    assert result.code == 0, result.err
    return json.loads(result.out)


def refused_as_bad_input(cli, db_url, *args, says: str) -> None:
    """Exit 2, one sentence naming what is wrong, every table as it was."""
    before = table_dump(db_url)
    result = cli(*args)
    assert result.code == 2, (result.out, result.err)
    lines = result.err.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.err, result.err
    assert says in lines[0], lines[0]
    assert lines[0].endswith(".")
    assert result.out == ""
    assert table_dump(db_url) == before


@pytest.fixture
def made(cli) -> str:
    """A new round, made on the command line: its id."""
    result = cli(*NEW)
    assert result.code == 0, result.err
    return result.out.strip()


@pytest.fixture
def signed_off(cli, db, keys, monkeypatch, tmp_path) -> str:
    """The demo round of 31 January 2024, signed off by a supervisor."""
    ready_for_sign_off(cli, db)
    monkeypatch.setenv("EXCHANGE_DESK_KEY", "Supervisor Sam")
    result = cli("sign-off", ROUND[:8], "-o", str(tmp_path / "signed.pdf"))
    assert result.code == 0, result.err
    monkeypatch.setenv("EXCHANGE_DESK_KEY", "Test Coordinator")
    return ROUND


# --- round new ---------------------------------------------------------------------


def test_round_new_prints_the_new_ids_alone_and_makes_a_draft(cli, db):
    """stdout is the full id and nothing else; the round holds every option."""
    result = cli("round", "new", "--title", "Обмін 5 лютого", "--date", "2025-02-05",
                 "--side", "Ukraine", "--side", "Russia", "--mediator", "United Arab Emirates",
                 "--third-party", "Turkey", "--location", "Abu Dhabi", "--notes", "Both sides' lists pending.")
    assert result.code == 0, result.err
    rid = uuid.UUID(result.out.strip())
    assert result.out == f"{rid}\n"
    doc = editing.get_round_doc(db, rid)
    assert (doc.title, doc.date.isoformat(), doc.location, doc.notes) == (
        "Обмін 5 лютого", "2025-02-05", "Abu Dhabi", "Both sides' lists pending.")
    assert (doc.sides, doc.mediators, doc.third_parties) == (("Ukraine", "Russia"), ("United Arab Emirates",),
                                                              ("Turkey",))
    assert doc.status is RoundStatus.DRAFT
    assert shown(cli, str(rid))["status"] == "draft"


def test_round_new_with_three_sides(cli, made):
    """Sides are given once each, two or more."""
    result = cli("round", "new", "--title", "Three-way", "--date", "2025-03-01",
                 "--side", "A", "--side", "B", "--side", "C")
    assert result.code == 0, result.err
    assert shown(cli, result.out.strip())["sides"] == ["A", "B", "C"]


@pytest.mark.parametrize(("change", "says"), [
    (("--date", "2025-02-30"), "--date: '2025-02-30' is not a date written YYYY-MM-DD."),
    (("--date", "5 Feb 2025"), "--date: '5 Feb 2025' is not a date"),
    (("--date", "1850-01-01"), "--date: "),
    (("--title", "   "), "--title: must not be empty"),
    (("--side", "Ukraine", "--side", "ukraine"), "--side: 'ukraine' is named twice"),
    (("--mediator", "Russia"), "--mediator: 'Russia' is a side of this round"),
    (("--third-party", "Ukraine"), "--third-party: 'Ukraine' is already a side"),
])
def test_round_new_refuses_bad_input(cli, db_url, change, says):
    args = list(NEW)
    if change[0] in ("--date", "--title"):
        args[args.index(change[0]) + 1] = change[1]
    elif change[0] == "--side":
        args = args[:args.index("--side")] + list(change)
    else:
        args += list(change)
    refused_as_bad_input(cli, db_url, *args, says=says)


def test_round_new_with_one_side_only_is_refused(cli, db_url):
    refused_as_bad_input(cli, db_url, "round", "new", "--title", "T", "--date", "2025-02-05", "--side", "Ukraine",
                         says="--side: a round has two sides or more")


def test_round_new_without_a_title_is_a_usage_error(cli, db_url):
    """A required option left out: argparse's usage error, exit 2, nothing written."""
    before = table_dump(db_url)
    result = cli("round", "new", "--date", "2025-02-05", "--side", "A", "--side", "B")
    assert result.code == 2 and "--title" in result.err and "Traceback" not in result.err
    assert table_dump(db_url) == before


# --- round edit --------------------------------------------------------------------


def test_round_edit_changes_the_fields_given_and_no_other(cli, db, made):
    result = cli("round", "edit", made[:8], "--title", "Exchange of 6 February 2025", "--date", "2025-02-06",
                 "--location", "Abu Dhabi", "--notes", "Corrected date.")
    assert result.code == 0, result.err
    assert made in result.out
    doc = editing.get_round_doc(db, uuid.UUID(made))
    assert (doc.title, doc.date.isoformat(), doc.location, doc.notes, doc.sides) == (
        "Exchange of 6 February 2025", "2025-02-06", "Abu Dhabi", "Corrected date.", ("Ukraine", "Russia"))
    # One option alone; an empty location removes it.
    assert cli("round", "edit", made, "--location", "").code == 0
    round_ = shown(cli, made)
    assert round_.get("location") is None and round_["title"] == "Exchange of 6 February 2025"
    assert editing.get_round_doc(db, uuid.UUID(made)).location is None


@pytest.mark.parametrize(("args", "says"), [
    ((), "Nothing to change: give --title, --date, --location, --notes or --operation."),
    (("--date", "2025-13-01"), "--date: '2025-13-01' is not a date"),
    (("--title", ""), "--title: must not be empty"),
])
def test_round_edit_refuses_bad_input(cli, db_url, made, args, says):
    refused_as_bad_input(cli, db_url, "round", "edit", made[:8], *args, says=says)


def test_round_edit_of_an_unknown_round(cli, db_url, made):
    refused_as_bad_input(cli, db_url, "round", "edit", "ffffffff", "--title", "X",
                         says="no round has an id starting with ffffffff")
    refused_as_bad_input(cli, db_url, "round", "edit", "Ukraine", "--title", "X", says="not a round id")


def test_round_edit_of_a_signed_off_round_is_refused_with_3(cli, db_url, signed_off):
    before = table_dump(db_url)
    result = cli("round", "edit", signed_off[:8], "--title", "Changed")
    assert result.code == 3 and "signed off" in result.err and len(result.err.strip().splitlines()) == 1
    assert table_dump(db_url) == before


# --- source add ----------------------------------------------------------------------


def test_source_add_keeps_the_sources_already_there(cli, db):
    cli("demo")
    before = shown(cli, ROUND[:8])["sources"]
    result = cli("source", "add", ROUND[:8], "--name", "ICRC", "--affiliation", "Independent")
    assert result.code == 0, result.err
    assert shown(cli, ROUND[:8])["sources"] == [*before, {"name": "ICRC", "affiliation": "independent", "stage": "delivered"}]
    # A mediator, or unknown, speaks as well.
    assert cli("source", "add", SEED[:8], "--name", "UAE Foreign Ministry",
               "--affiliation", "United Arab Emirates").code == 0
    assert cli("source", "add", SEED[:8], "--name", "A Telegram channel", "--affiliation", "unknown").code == 0
    sources = {s.name: s.affiliation for s in editing.get_round_doc(db, uuid.UUID(SEED)).sources}
    assert sources["UAE Foreign Ministry"] == "United Arab Emirates" and sources["A Telegram channel"] == "unknown"
    assert "Ukrainian officials" in sources


@pytest.mark.parametrize(("args", "says"), [
    (("--name", "ICRC", "--affiliation", "Mars"),
     "--affiliation: 'Mars' is not a side, third party or mediator of round " + ROUND),
    (("--name", "Russian Ministry of Defence", "--affiliation", "Russia"),
     "--name: round " + ROUND + " already has a source 'Russian Ministry of Defence'."),
    (("--name", " ", "--affiliation", "independent"), "--name: must not be empty"),
])
def test_source_add_refuses_bad_input(cli, db_url, args, says):
    cli("demo")
    refused_as_bad_input(cli, db_url, "source", "add", ROUND[:8], *args, says=says)


def test_source_add_to_an_unknown_round(cli, db_url):
    cli("demo")
    refused_as_bad_input(cli, db_url, "source", "add", "abcdef12", "--name", "ICRC", "--affiliation", "independent",
                         says="no round has an id starting with abcdef12")


def test_source_add_to_a_signed_off_round_is_refused_with_3(cli, db_url, signed_off):
    before = table_dump(db_url)
    result = cli("source", "add", signed_off[:8], "--name", "ICRC", "--affiliation", "independent")
    assert result.code == 3 and "signed off" in result.err
    assert table_dump(db_url) == before


@pytest.mark.parametrize("command", [
    ("source", "add", ROUND[:8], "--name", "UN monitors", "--affiliation", "independent"),
    ("category-set", "add", ROUND[:8], "--name", "Status", "--category", "Military"),
])
def test_an_addition_never_drops_one_made_meanwhile(cli, db, monkeypatch, command):
    """Someone else adds a source and a set between the command's reading the
    round and its writing: refused (exit 3), theirs kept, nothing overwritten."""
    from desktop.domain.content import CategorySetDoc, SourceDoc

    cli("demo")
    read = editing.get_round_doc

    def read_then_someone_else_adds(db_, rid):
        doc = read(db_, rid)
        editing.set_sources(db_, rid, sources=(*doc.sources, SourceDoc("ICRC", "independent")), actor=person("Taras"))
        editing.set_category_sets(db_, rid, category_sets=(*doc.category_sets, CategorySetDoc("Age", False, ("Adults",))),
                                  actor=person("Taras"))
        return doc

    monkeypatch.setattr(editing, "get_round_doc", read_then_someone_else_adds)
    result = cli(*command)
    assert result.code == 3 and "Taras" in result.err, result.err
    doc = read(db, uuid.UUID(ROUND))
    assert "ICRC" in {s.name for s in doc.sources} and "UN monitors" not in {s.name for s in doc.sources}
    assert {cs.name for cs in doc.category_sets} == {"Age"}


# --- category-set add ----------------------------------------------------------------


def test_category_set_add_keeps_the_sets_already_there(cli, db):
    cli("demo")
    before = shown(cli, SEED[:8])["category_sets"]
    result = cli("category-set", "add", SEED[:8], "--name", "Status", "--category", "Military",
                 "--category", "Civilians", "--exhaustive")
    assert result.code == 0, result.err
    after = shown(cli, SEED[:8])["category_sets"]
    assert after == [*before, {"name": "Status", "exhaustive": True, "categories": ["Military", "Civilians"]}]
    assert cli("category-set", "add", SEED[:8], "--name", "Age", "--category", "Under 25").code == 0
    sets = {cs.name: cs for cs in editing.get_round_doc(db, uuid.UUID(SEED)).category_sets}
    assert sets["Age"].exhaustive is False and sets["Age"].categories == ("Under 25",)


@pytest.mark.parametrize(("args", "says"), [
    (("--name", "Place of capture", "--category", "Mariupol"),
     "--name: round " + SEED + " already has a category set 'Place of capture'."),
    (("--name", "Status", "--category", "Military", "--category", "military"), "--category: 'military' is named twice"),
    (("--name", "", "--category", "Military"), "--name: must not be empty"),
    (("--name", "Status", "--category", " "), "--category: must not be empty"),
])
def test_category_set_add_refuses_bad_input(cli, db_url, args, says):
    cli("demo")
    refused_as_bad_input(cli, db_url, "category-set", "add", SEED[:8], *args, says=says)


def test_category_set_add_without_a_category_is_a_usage_error(cli, db_url):
    cli("demo")
    before = table_dump(db_url)
    result = cli("category-set", "add", SEED[:8], "--name", "Status")
    assert result.code == 2 and "--category" in result.err
    assert table_dump(db_url) == before


def test_category_set_add_to_a_signed_off_round_is_refused_with_3(cli, db_url, signed_off):
    before = table_dump(db_url)
    result = cli("category-set", "add", signed_off[:8], "--name", "Status", "--category", "Military")
    assert result.code == 3 and "signed off" in result.err
    assert table_dump(db_url) == before


# --- return-to-draft -----------------------------------------------------------------


def test_return_to_draft_with_a_comment_kept_in_the_history(cli, made):
    assert cli("submit", made[:8]).code == 0
    assert shown(cli, made)["status"] == "in_review"
    result = cli("return-to-draft", made[:8], "--comment", "The HQ list is not final.")
    assert result.code == 0, result.err
    assert shown(cli, made)["status"] == "draft"
    last = json.loads(cli("history", made[:8], "--json").out)[-1]
    assert last["after"] == {"status": "draft"} and last["detail"] == "The HQ list is not final."
    assert last["actor"] == "Test Coordinator"


@pytest.mark.parametrize(("comment", "says"), [
    ("", "--comment: say why the round goes back to draft."),
    ("   ", "--comment: say why the round goes back to draft."),
    ("x" * 5001, "--comment: is 5,001 characters long; at most 5,000 are allowed."),
    ("bell\x07", "--comment: contains U+0007 at position 5"),
])
def test_return_to_draft_refuses_bad_input(cli, db_url, made, comment, says):
    assert cli("submit", made[:8]).code == 0
    refused_as_bad_input(cli, db_url, "return-to-draft", made[:8], "--comment", comment, says=says)


def test_return_to_draft_of_an_unknown_round(cli, db_url):
    refused_as_bad_input(cli, db_url, "return-to-draft", "0000abcd", "--comment", "why",
                         says="no round has an id starting with 0000abcd")


def test_return_to_draft_of_a_draft_or_signed_off_round_is_refused_with_3(cli, db_url, made, signed_off):
    for ref, says in ((made, "is draft; it cannot move to draft"), (signed_off, "signed off")):
        before = table_dump(db_url)
        result = cli("return-to-draft", ref[:8], "--comment", "Not final.")
        assert result.code == 3 and says in result.err, result.err
        assert len(result.err.strip().splitlines()) == 1
        assert table_dump(db_url) == before


# --- help ------------------------------------------------------------------------------


def test_help_names_the_new_commands(cli):
    listed = cli("--help").out
    for command in ("round", "source", "category-set", "return-to-draft"):
        assert command in listed
    round_help = cli("round", "--help").out
    assert "new" in round_help and "edit" in round_help
    assert "--side" in cli("round", "new", "--help").out
