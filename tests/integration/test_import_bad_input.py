"""`exchange-desk import` refuses bad input cleanly.

Every bad file must give exit code 2, one sentence on stderr that starts with
the file's name and names the place in it, never a traceback, and leave the
database exactly as it was -- also when a good file comes first in the same
command (the import is all files or nothing).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.helpers.dump import table_dump
from tests.helpers.factories import document, round_dict, write_json

# --- building bad files ---------------------------------------------------------

Maker = Callable[[Path], Path]


def json_file(value: object) -> Maker:
    """The bad file holds this JSON value."""
    return lambda path: write_json(path, value)


def raw_file(data: bytes) -> Maker:
    """The bad file holds exactly these bytes."""

    def make(path: Path) -> Path:
        path.write_bytes(data)
        return path

    return make


def no_file() -> Maker:
    """The path named on the command line does not exist."""
    return lambda path: path


def folder() -> Maker:
    """The path named on the command line is a folder."""

    def make(path: Path) -> Path:
        path.mkdir()
        return path

    return make


def bad_round(**overrides) -> Maker:
    """A document of one round, with these fields overridden."""
    return json_file(document(round_dict(**overrides)))


def round_without(field: str) -> Maker:
    """A document of one round that lacks this field."""
    r = round_dict()
    del r[field]
    return json_file(document(r))


def bad_figure(index: int, *, drop: tuple[str, ...] = (), **changes) -> Maker:
    """A document of one round whose figures[index] is changed."""
    r = round_dict()
    r["figures"][index].update(changes)
    for key in drop:
        del r["figures"][index][key]
    return json_file(document(r))


def bad_source(index: int, **changes) -> Maker:
    """A document of one round whose sources[index] is changed."""
    r = round_dict()
    r["sources"][index].update(changes)
    return json_file(document(r))


def duplicate_figure() -> Maker:
    """figures[4] repeats figures[0]'s movement and source with another count."""
    r = round_dict()
    r["figures"].append(dict(r["figures"][0], count=196))
    return json_file(document(r))


def same_id_twice() -> Maker:
    """Two different rounds with one id in one file."""
    first = round_dict()
    second = round_dict(id=first["id"], title="Another exchange")
    return json_file(document(first, second))


def with_typo() -> Maker:
    """A round that spells `figures` as `figurs`."""
    r = round_dict()
    r["figurs"] = r.pop("figures")
    return json_file(document(r))


def latin1_file() -> tuple[Maker, int]:
    """A document written in Latin-1, and the offset of its first non-ASCII byte."""
    text = '{"format": "exchange-desk/1", "rounds": [{"title": "Échange de prisonniers"}]}'
    return raw_file(text.encode("latin-1")), text.index("É")


LATIN1, LATIN1_OFFSET = latin1_file()

DUPLICATE_KEY = (
    '{"format": "exchange-desk/1", "rounds": [{"id": "%s", "title": "First", "title": "Second", '
    '"date": "2024-01-31", "sides": ["Ukraine", "Russia"]}]}' % uuid.uuid4()
).encode()

NAN_COUNT = (
    '{"format": "exchange-desk/1", "rounds": [{"id": "%s", "title": "Exchange", "date": "2024-01-31", '
    '"sides": ["Ukraine", "Russia"], "figures": [{"from": "Russia", "to": "Ukraine", "kind": "exchange", '
    '"source": "Coordination Headquarters", "count": NaN}]}]}' % uuid.uuid4()
).encode()

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00"


# --- the table ----------------------------------------------------------------------


@dataclass(frozen=True)
class Case:
    id: str
    make: Maker
    #: Where the sentence must point, right after "FILE: ". A tuple lists the
    #: acceptable alternatives (a JSON path, or a line and column); None when
    #: the whole file is at fault.
    place: str | tuple[str, ...] | None
    #: A fragment of the reason; None where the wording is not fixed yet.
    reason: str | None


CASES = [
    # Not an interchange document at all.
    Case("not-json", raw_file(b"{format: exchange-desk/1}"), "line 1, column 2", "not valid JSON"),
    Case("empty-file", raw_file(b""), None, "the file is empty"),
    Case("whitespace-only", raw_file(b"  \n\t\r\n   "), None, "the file is empty"),
    Case("binary-png", raw_file(PNG), None, "binary file"),
    Case("not-utf8-latin1", LATIN1, None, f"not UTF-8 text (byte 0xc9 at offset {LATIN1_OFFSET})"),
    Case("top-level-list", json_file([document(round_dict())]), None, 'must be a JSON object with "format"'),
    Case("top-level-string", json_file("exchange-desk/1"), None, 'not the text "exchange-desk/1"'),
    Case("top-level-number", json_file(1), None, "must be a JSON object"),
    Case("duplicate-json-key", raw_file(DUPLICATE_KEY), ("rounds[0]", "line 1, column "), "'title' appears twice"),
    Case("nan-count", raw_file(NAN_COUNT), ("rounds[0].figures[0].count", "line 1, column "), "NaN"),
    # The envelope.
    Case("format-missing", json_file({"rounds": []}), "format", "missing"),
    Case("format-version-9", json_file({"format": "exchange-desk/9", "rounds": []}), "format",
         "not a version this program reads"),
    Case("format-wrong", json_file({"format": "exchange-desk", "rounds": []}), "format",
         "must be 'exchange-desk/5'"),
    Case("rounds-missing", json_file({"format": "exchange-desk/1"}), "rounds", "missing"),
    Case("rounds-not-list", json_file({"format": "exchange-desk/1", "rounds": {"id": "x"}}), "rounds",
         "must be a list of rounds, not an object"),
    Case("round-not-object", json_file(document(round_dict(), "Exchange of 31 January")), "rounds[1]",
         "must be an object"),
    Case("unknown-field-typo", with_typo(), "rounds[0]", "unknown field 'figurs'"),
    Case("round-id-twice-in-file", same_id_twice(), "rounds[1].id", "also the id of rounds[0]"),
    # Required round fields.
    Case("id-missing", round_without("id"), "rounds[0].id", "missing"),
    Case("title-missing", round_without("title"), "rounds[0].title", "missing"),
    Case("date-missing", round_without("date"), "rounds[0].date", "missing"),
    Case("sides-missing", round_without("sides"), "rounds[0].sides", "missing"),
    Case("title-a-number", bad_round(title=42), "rounds[0].title", "must be text, not 42"),
    Case("sides-a-string", bad_round(sides="Ukraine, Russia"), "rounds[0].sides", "must be a list of names"),
    Case("id-not-uuid", bad_round(id="round-1"), "rounds[0].id", "must be a UUID"),
    Case("id-uuid-too-short", bad_round(id="6f1c2a3b-2024-4103-8000-00000000010"), "rounds[0].id", "must be a UUID"),
    Case("date-feb-30", bad_round(date="2024-02-30"), "rounds[0].date", "not a day of the calendar"),
    Case("date-with-slashes", bad_round(date="03/01/2024"), "rounds[0].date", "YYYY-MM-DD"),
    Case("date-without-dashes", bad_round(date="20240103"), "rounds[0].date", "YYYY-MM-DD"),
    # Text fields.
    Case("title-nul", bad_round(title="Exchange\x00of prisoners"), "rounds[0].title", "control character U+0000"),
    Case("title-bell", bad_round(title="Exchange\x07of prisoners"), "rounds[0].title", "control character U+0007"),
    Case("title-rtl-override", bad_round(title="Exchange \u202eof prisoners"), "rounds[0].title",
         "control character U+202E"),
    Case("title-line-separator", bad_round(title="Exchange\u2028of prisoners"), "rounds[0].title", None),
    Case("title-too-long", bad_round(title="x" * 1000), "rounds[0].title", "1,000 characters long; at most 300"),
    Case("source-name-nul", bad_source(0, name="Russian\x00Ministry of Defence"), "rounds[0].sources[0].name",
         "control character U+0000"),
    Case("source-name-bell", bad_source(0, name="Russian\x07Ministry of Defence"), "rounds[0].sources[0].name",
         "control character U+0007"),
    Case("source-name-rtl-override", bad_source(0, name="Russian \u202eMinistry of Defence"),
         "rounds[0].sources[0].name", "control character U+202E"),
    # Parties and sources.
    Case("one-side", bad_round(sides=["Ukraine"]), "rounds[0].sides", "needs at least 2 names, not 1"),
    Case("side-twice", bad_round(sides=["Ukraine", "Ukraine"]), "rounds[0].sides[1]", "'Ukraine' is named twice"),
    Case("affiliation-not-a-party", bad_source(0, affiliation="Belarus"), "rounds[0].sources[0].affiliation",
         "'Belarus' is not a side, third party or mediator"),
    # Figures.
    Case("from-not-a-party", bad_figure(0, **{"from": "Belarus"}), "rounds[0].figures[0].from",
         "'Belarus' is not a side or third party"),
    Case("to-a-mediator", bad_figure(0, to="United Arab Emirates"), "rounds[0].figures[0].to",
         "'United Arab Emirates' is not a side or third party"),
    Case("from-equals-to", bad_figure(0, to="Russia"), "rounds[0].figures[0].to", "from 'Russia' to itself"),
    Case("duplicate-figure", duplicate_figure(), "rounds[0].figures[4]", "repeats figures[0]"),
    Case("unknown-kind", bad_figure(0, kind="swap"), "rounds[0].figures[0].kind", "must be one of exchange"),
    Case("unknown-qualifier", bad_figure(0, qualifier="roughly"), "rounds[0].figures[0].qualifier",
         "must be one of exact"),
    Case("undeclared-category-set", bad_figure(3, category_set="Place of birth"), "rounds[0].figures[3].category_set",
         "'Place of birth' is not a category set declared"),
    Case("undeclared-category", bad_figure(3, category="Mariupol"), "rounds[0].figures[3].category",
         "'Mariupol' is not a category of the set"),
    Case("category-without-set", bad_figure(3, drop=("category_set",)), "rounds[0].figures[3].category_set",
         "category_set and category go together"),
    Case("entered-at-out-of-range", bad_figure(0, entered_at="0001-01-01T00:00:00+01:00"),
         "rounds[0].figures[0].entered_at", None),
    # Counts.
    Case("count-negative", bad_figure(1, count=-5), "rounds[0].figures[1].count", "whole number ≥ 0, not -5"),
    Case("count-fractional", bad_figure(1, count=2.5), "rounds[0].figures[1].count", "whole number ≥ 0, not 2.5"),
    Case("count-float-whole", bad_figure(1, count=5.0), "rounds[0].figures[1].count", "whole number ≥ 0, not 5.0"),
    Case("count-boolean", bad_figure(1, count=True), "rounds[0].figures[1].count", "whole number ≥ 0, not true"),
    Case("count-string", bad_figure(1, count="230"), "rounds[0].figures[1].count", 'not the text "230"'),
    Case("count-null", bad_figure(1, count=None), "rounds[0].figures[1].count", "whole number ≥ 0, not null"),
    Case("count-absurd", bad_figure(1, count=5_000_000), "rounds[0].figures[1].count",
         "at most 1,000,000, not 5,000,000"),
    # The path itself.
    Case("nonexistent-file", no_file(), None, "no such file"),
    Case("folder-not-file", folder(), None, "is a folder"),
]

#: A sample of every kind of fault, also tried after a good file in one command.
AFTER_GOOD = {
    "not-json", "binary-png", "not-utf8-latin1", "duplicate-json-key", "nan-count", "format-version-9",
    "round-not-object", "id-not-uuid", "title-nul", "count-negative", "duplicate-figure",
    "undeclared-category", "unknown-field-typo", "nonexistent-file", "folder-not-file",
}


def params(cases: list[Case]) -> list:
    return [pytest.param(c, id=c.id) for c in cases]


# --- helpers ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Snapshot:
    exported: dict
    audit_rows: int
    dump: tuple[str, ...]


def snapshot(cli, db_url: str) -> Snapshot:
    """What the database holds: its export (without the time of export), the
    number of audit entries, and every row of every table."""
    result = cli("export", "-")
    assert result.code == 0, result.err
    exported = json.loads(result.out)
    exported.pop("exported_at")
    dump = table_dump(db_url)
    audit_rows = next(len(rows) for name, rows in dump if name == "audit_entry")
    return Snapshot(exported, audit_rows, dump)


def good_file(path: Path) -> Path:
    return write_json(path, document(round_dict()))


def assert_refused(result, bad: Path, place: str | tuple[str, ...] | None, reason: str | None) -> None:
    """Exit 2 and one sentence that starts with the bad file and the place."""
    assert "Traceback" not in result.err
    assert result.code == 2, f"exit {result.code}: {result.err!r}"
    lines = result.err.splitlines()
    assert len(lines) == 1, f"not one line: {result.err!r}"
    sentence = lines[0]
    assert sentence.endswith("."), sentence
    assert sentence.startswith(f"{bad}: "), sentence
    if place is not None:
        places = place if isinstance(place, tuple) else (place,)
        assert any(sentence.startswith(f"{bad}: {p}") for p in places), f"no place {places}: {sentence}"
    if reason is not None:
        assert reason in sentence, sentence


@pytest.fixture
def seeded(cli, tmp_path: Path) -> None:
    """The database already holds one imported round."""
    result = cli("import", str(good_file(tmp_path / "seed.json")))
    assert result.code == 0, result.err


# --- tests ------------------------------------------------------------------------------


@pytest.mark.parametrize("case", params(CASES))
def test_bad_file_is_refused_and_changes_nothing(case: Case, seeded, cli, db_url: str, tmp_path: Path):
    """A bad file alone: exit 2, one sentence naming file and place, database untouched."""
    bad = case.make(tmp_path / "bad.json")
    before = snapshot(cli, db_url)

    result = cli("import", str(bad))

    assert_refused(result, bad, case.place, case.reason)
    assert snapshot(cli, db_url) == before


@pytest.mark.parametrize("case", params([c for c in CASES if c.id in AFTER_GOOD]))
def test_good_then_bad_file_in_one_command_changes_nothing(
    case: Case, seeded, cli, db_url: str, tmp_path: Path,
):
    """A good file before a bad one in one command: the bad one is named, nothing is written."""
    good = good_file(tmp_path / "good.json")
    bad = case.make(tmp_path / "bad.json")
    before = snapshot(cli, db_url)

    result = cli("import", str(good), str(bad))

    assert_refused(result, bad, case.place, case.reason)
    assert snapshot(cli, db_url) == before


def test_the_same_round_in_two_files_is_merged_in_order(seeded, cli, db_url: str, tmp_path: Path):
    """Laptops' files hold the same rounds: one command takes both, the
    second file's values merged over the first's, all in one transaction."""
    first = round_dict()
    a = write_json(tmp_path / "a.json", document(first))
    b = write_json(tmp_path / "b.json", document(round_dict(id=first["id"], title="Another exchange")))
    result = cli("import", str(a), str(b))
    assert result.code == 0, result.err
    assert result.out.startswith("Imported: 1 round added, 0 updated, 0 unchanged")
    shown = cli("show", first["id"][:8])
    assert "Another exchange" in shown.out


def test_a_bad_second_file_leaves_the_first_unimported(seeded, cli, db_url: str, tmp_path: Path):
    good = write_json(tmp_path / "a.json", document(round_dict()))
    bad = write_json(tmp_path / "b.json", document(round_dict(date="2024-13-01")))
    before = snapshot(cli, db_url)
    result = cli("import", str(good), str(bad))
    assert_refused(result, bad, "rounds[0].date", None)
    assert snapshot(cli, db_url) == before


def test_good_then_bad_file_leaves_an_empty_database_empty(cli, tmp_path: Path):
    """Starting empty, a good file followed by a bad one leaves no round at all."""
    good = good_file(tmp_path / "good.json")
    bad = bad_figure(1, count=-5)(tmp_path / "bad.json")

    result = cli("import", str(good), str(bad))

    assert result.code == 2, result.err
    listed = cli("rounds", "--json")
    assert listed.code == 0, listed.err
    assert json.loads(listed.out) == []
