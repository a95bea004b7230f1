"""The review's look-alike names, as an attacker would bring them: in an
interchange file, on the command line and in the app. Each is refused in
one sentence naming both names, exit 2, every table as it was."""

from __future__ import annotations

import json
import uuid

import pytest

from tests.integration.test_cli_rounds import NEW, refused_as_bad_input

CYRILLIC_A = "\u0430"


def a_file(tmp_path, name: str, **round_fields) -> str:
    r = {"id": str(uuid.uuid4()), "title": "Exchange of 5 February 2025", "date": "2025-02-05",
         "sides": ["Ukraine", "Russia"], **round_fields}
    path = tmp_path / name
    path.write_text(json.dumps({"format": "exchange-desk/5", "rounds": [r]}, ensure_ascii=False), encoding="utf-8")
    return str(path)


def figure(source: str, n: int = 230) -> dict:
    return {"from": "Russia", "to": "Ukraine", "kind": "exchange", "source": source, "count": n}


@pytest.mark.parametrize(("fields", "says"), [
    # ICRC beside IC\u200bRC (a zero-width space)
    ({"sources": [{"name": "ICRC", "affiliation": "independent"}], "figures": [figure("IC\u200bRC")]},
     "figures[0].source: 'IC\\u200bRC' holds the invisible character U+200B ZERO WIDTH SPACE at position 3"),
    # Ukraine beside Ukraine\u2060 (a word joiner)
    ({"sides": ["Ukraine", "Russia"], "mediators": ["Ukraine\u2060"]},
     "mediators[0]: 'Ukraine\\u2060' holds the invisible character U+2060 WORD JOINER"),
    # Ukrаine (a Cyrillic а) mediating a round whose side is Ukraine: it
    # would have silenced the unverified warning.
    ({"mediators": [f"Ukr{CYRILLIC_A}ine"],
      "sources": [{"name": "Ombudsman", "affiliation": f"Ukr{CYRILLIC_A}ine"}], "figures": [figure("Ombudsman")]},
     f"mediators[0]: 'Ukr{CYRILLIC_A}ine' looks the same as 'Ukraine' but is another name (U+0430 CYRILLIC SMALL "
     "LETTER A at position 4, where the other has U+0061 LATIN SMALL LETTER A); use one name for both."),
    # A right-to-left override that shows "ICRC" backwards.
    ({"sources": [{"name": "\u202eCRCI", "affiliation": "independent"}]}, "the control character U+202E at position 1"),
])
def test_a_file_with_look_alikes_is_refused(cli, db_url, tmp_path, fields, says):
    path = a_file(tmp_path, "bad.json", **fields)
    refused_as_bad_input(cli, db_url, "import", path, says=says)


def test_a_party_like_one_known_here_is_refused_across_rounds(cli, db_url, tmp_path):
    """Another round's file names Ukrаine as a side: a second Ukraine in
    every total. Refused, naming the party already known."""
    assert cli("import", a_file(tmp_path, "good.json")).code == 0
    bad = a_file(tmp_path, "bad.json", sides=[f"Ukr{CYRILLIC_A}ine", "Russia"])
    refused_as_bad_input(cli, db_url, "import", bad, says=f"The party 'Ukr{CYRILLIC_A}ine' looks the same as the "
                         "party 'Ukraine' already known here")
    refused_as_bad_input(cli, db_url, "round", "new", "--title", "T", "--date", "2025-02-06", "--side", "UKRAINE",
                         "--side", "Russia", says="looks the same as the party 'Ukraine' already known here")


def test_a_source_like_one_the_round_has_is_refused(cli, db_url, tmp_path):
    rid = cli(*NEW).out.strip()
    assert cli("source", "add", rid, "--name", "ICRC", "--affiliation", "independent").code == 0
    refused_as_bad_input(cli, db_url, "source", "add", rid, "--name", "ІCRC", "--affiliation", "independent",
                         says="'ІCRC' looks the same as 'ICRC'")
    refused_as_bad_input(cli, db_url, "record", rid, "--from", "Russia", "--to", "Ukraine", "--kind", "exchange",
                         "--source", "ІCRC", "--count", "5", says="'ІCRC' looks the same as 'ICRC'")
    # The same round again from a file that adds the look-alike: refused in the merge.
    exported = tmp_path / "r.json"
    assert cli("export", str(exported), "--round", rid).code == 0
    data = json.loads(exported.read_text(encoding="utf-8"))
    data["rounds"][0]["sources"].append({"name": "ІCRC", "affiliation": "independent"})
    exported.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    refused_as_bad_input(cli, db_url, "import", str(exported), says="'ІCRC' looks the same as 'ICRC'")


def test_the_app_refuses_a_look_alike_source_in_one_sentence(window, ctx, errors, monkeypatch):
    import datetime as dt

    from desktop.domain.content import SourceDoc
    from desktop.services import editing
    from desktop.ui.dialogs import Ask
    from tests.helpers.people import person

    rid = editing.create_round(ctx.db, title="T", date=dt.date(2025, 2, 5), sides=["Ukraine", "Russia"],
                               actor=person("Olena"))
    editing.set_sources(ctx.db, rid, sources=[SourceDoc("ICRC", "independent")], actor=person("Olena"))
    window.refresh()
    assert window.rounds.select_round(rid)
    monkeypatch.setattr(Ask, "text", staticmethod(lambda *a, **k: "ІCRC"))  # a Cyrillic І
    window.panel.editor.add_source_button.click()
    assert len(errors) == 1 and "'ІCRC' looks the same as 'ICRC'" in errors[0], errors
    assert [s.name for s in editing.get_round_doc(ctx.db, rid).sources] == ["ICRC"]
