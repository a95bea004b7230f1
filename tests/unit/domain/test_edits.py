"""The app's edits as typed commands, checked by the domain without a
database; and the rules of content shared with the file's reader."""

from __future__ import annotations

import datetime as dt
import json
import uuid

import pytest

from desktop.domain import edits
from desktop.domain.content import (
    CategorySetDoc,
    FigureDoc,
    Movement,
    RoundDoc,
    SourceDoc,
)
from desktop.domain.types import MovementKind, Qualifier, RoundStatus
from desktop.domain.validity import Invalid
from desktop.services.errors import UserError
from desktop.services.interchange.parse import FORMAT, parse_bytes

RU_UA = Movement("Russia", "Ukraine", MovementKind.EXCHANGE)
UA_RU = Movement("Ukraine", "Russia", MovementKind.EXCHANGE)


def a_round() -> RoundDoc:
    return RoundDoc(
        id=uuid.UUID("6f1c2a3b-0000-4000-8000-000000000001"), title="Exchange of 31 January",
        date=dt.date(2024, 1, 31), sides=("Russia", "Ukraine"), mediators=("UAE",),
        sources=(SourceDoc("MoD", "Russia"), SourceDoc("Coordination HQ", "Ukraine")),
        category_sets=(CategorySetDoc("status", True, ("military", "civilian")),),
        figures=(FigureDoc(RU_UA, "MoD", 195), FigureDoc(UA_RU, "MoD", 195)),
        status=RoundStatus.DRAFT,
    )


def _replace(doc: RoundDoc, **changes) -> RoundDoc:
    import dataclasses

    return dataclasses.replace(doc, **changes)


# What each command does to a good round.
GOOD = [
    (edits.ChangeDetails({"title": "  Exchange of 31 January 2024 "}),
     lambda d: d.title == "Exchange of 31 January 2024"),
    (edits.ChangeDetails({"location": ""}), lambda d: d.location is None),
    (edits.ChangeDetails({"notes": "line one\nline two"}), lambda d: d.notes == "line one\nline two"),
    (edits.SetParties(third_parties=("Türkiye",)), lambda d: d.third_parties == ("Türkiye",)),
    (edits.SetParties(mediators=()), lambda d: d.mediators == ()),
    (edits.SetSources((SourceDoc("MoD", "Russia"), SourceDoc("ICRC", "independent"))),
     lambda d: [s.name for s in d.sources] == ["MoD", "ICRC"]),
    (edits.SetFigure(RU_UA, "MoD", 200), lambda d: next(f.count for f in d.figures if f.slot == (RU_UA, "MoD", None, None)) == 200),
    (edits.SetFigure(RU_UA, "Ombudsman", 195, Qualifier.APPROXIMATE),
     lambda d: ("Ombudsman", "unknown") in [(s.name, s.affiliation) for s in d.sources]),
    (edits.SetFigure(RU_UA, "MoD", 150, category_set="status", category="military"),
     lambda d: len(d.figures) == 3),
    (edits.ClearFigure((RU_UA, "MoD", None, None)), lambda d: len(d.figures) == 1),
    (edits.SetStatus(RoundStatus.IN_REVIEW), lambda d: d.status is RoundStatus.IN_REVIEW),
]


@pytest.mark.parametrize(("edit", "holds"), GOOD, ids=[f"{type(e).__name__}-{i}" for i, (e, _) in enumerate(GOOD)])
def test_a_good_edit_gives_the_round_it_says(edit, holds):
    before = a_round()
    after = edit.apply(before)
    assert holds(after)
    assert after.id == before.id


# Each bad edit, and the start of the sentence that refuses it.
BAD = [
    (edits.ChangeDetails({"title": " \u200b "}), "title: must not be empty"),
    (edits.ChangeDetails({"title": "a\nb"}), "title: contains the control character U+000A at position 2."),
    (edits.ChangeDetails({"date": dt.date(1899, 12, 31)}), "date: 1899-12-31 is outside the years 1900 to 2100."),
    (edits.ChangeDetails({"location": "x" * 201}), "location: is 201 characters long"),
    (edits.SetParties(sides=("Russia",)), "sides: needs at least 2 names, not 1."),
    (edits.SetParties(sides=("Russia", "russia")), "sides[1]: 'russia' is named twice (as 'Russia')."),
    (edits.SetParties(sides=("Russia", "Belarus")), "Ukraine has figures in this round"),
    (edits.SetParties(mediators=("Russia",)), "mediators[0]: 'Russia' is a side of this round and cannot mediate it."),
    (edits.SetParties(third_parties=("unknown",)), "third_parties[0]: 'unknown' is a reserved word"),
    (edits.SetParties(third_parties=("Ukraine",)), "third_parties[0]: 'Ukraine' is already a side"),
    (edits.SetSources((SourceDoc("Coordination HQ", "Ukraine"),)), "the source MoD has figures in this round"),
    (edits.SetSources((SourceDoc("MoD", "Russia"), SourceDoc("MoD", "Ukraine"))),
     "sources[1].name: the source 'MoD' is declared twice."),
    (edits.SetSources((SourceDoc("MoD", "Belarus"),)), "sources[0].affiliation: 'Belarus' is not a side"),
    (edits.SetFigure(RU_UA, "MoD", 1_000_001), "count: must be at most 1,000,000, not 1,000,001."),
    (edits.SetFigure(RU_UA, "MoD", -1), "count: must be a whole number ≥ 0, not -1."),
    (edits.SetFigure(Movement("Russia", "Belarus", MovementKind.EXCHANGE), "MoD", 5),
     "to: 'Belarus' is not a side or third party of this round."),
    (edits.SetFigure(Movement("Russia", "Russia", MovementKind.EXCHANGE), "MoD", 5),
     "to: people cannot move from 'Russia' to itself."),
    (edits.SetFigure(RU_UA, "MoD", 5, category_set="age", category="adult"),
     "category_set: 'age' is not a category set declared in this round."),
    (edits.SetFigure(RU_UA, "MoD", 5, category_set="status", category="wounded"),
     "category: 'wounded' is not a category of the set 'status'."),
    (edits.SetFigure(RU_UA, "MoD", 5, category_set="status"), "category: missing; category_set and category go together."),
    (edits.SetFigure(RU_UA, "MoD", 5, citation="see\u202ehere"), "citation: contains the control character U+202E"),
    (edits.SetFigure(RU_UA, "", 5), "source: must not be empty"),
    (edits.SetCategorySets(()), "status: military has figures in this round"),
    (edits.SetStatus(RoundStatus.DRAFT, "  "), "comment: say why the round goes back to draft."),
]


@pytest.mark.parametrize(("edit", "message"), BAD, ids=[f"{type(e).__name__}-{i}" for i, (e, _) in enumerate(BAD)])
def test_a_bad_edit_is_refused_in_one_sentence_naming_the_field(edit, message):
    doc = _replace(a_round(), figures=(
        *a_round().figures, FigureDoc(RU_UA, "MoD", 150, category_set="status", category="military")))
    with pytest.raises(Invalid) as caught:
        edit.apply(doc)
    assert str(caught.value).startswith(message), str(caught.value)
    assert str(caught.value).count("\n") == 0


def test_a_changed_figure_keeps_who_first_entered_it():
    first = dt.datetime(2024, 2, 1, 12, tzinfo=dt.UTC)
    doc = _replace(a_round(), figures=(FigureDoc(RU_UA, "MoD", 195, entered_by="Taras", entered_at=first),))
    after = edits.SetFigure(RU_UA, "MoD", 196, entered_by="Carol", entered_at=dt.datetime.now(dt.UTC)).apply(doc)
    (figure,) = after.figures
    assert (figure.count, figure.entered_by, figure.entered_at) == (196, "Taras", first)


def test_a_new_round_is_a_checked_draft():
    doc = edits.new_round(uuid.uuid4(), title=" Exchange ", date=dt.date(2024, 1, 3), sides=("Russia", "Ukraine"))
    assert (doc.title, doc.status) == ("Exchange", RoundStatus.DRAFT)
    with pytest.raises(UserError, match=r"^sides: needs at least 2 names"):
        edits.new_round(uuid.uuid4(), title="Exchange", date=dt.date(2024, 1, 3), sides=("Russia",))


#: The rules a file's round obeys too (not those of an edit alone: a file
#: may name a source it does not declare, and has no figures to keep).
SHARED = [(e, m) for e, m in BAD if isinstance(e, (edits.SetFigure, edits.SetSources, edits.ChangeDetails))
          and "has figures" not in m]


@pytest.mark.parametrize(("edit", "message"), SHARED)
def test_a_file_and_an_edit_meet_the_same_rule_with_the_same_words(edit, message):
    """The file's reader and the app's edit share each rule: the round the
    bad edit would make, written to a file, is refused with the same words."""
    doc = a_round()
    try:
        edit.apply(doc)
    except Invalid as exc:
        rule_words = exc.message
    made = _forced(doc, edit)
    data = json.dumps({"format": FORMAT, "rounds": [made]}).encode()
    with pytest.raises(UserError) as caught:
        parse_bytes(data, "f.json")
    assert str(caught.value).endswith(rule_words), (str(caught.value), rule_words)


def _forced(doc: RoundDoc, edit) -> dict:
    """The round as the edit would leave it, unchecked, as a file holds it."""
    raw = doc.to_dict()
    if isinstance(edit, edits.ChangeDetails):
        raw.update({k: (v.isoformat() if isinstance(v, dt.date) else v) for k, v in edit.fields.items()})
    elif isinstance(edit, edits.SetSources):
        raw["sources"] = [{"name": s.name, "affiliation": s.affiliation} for s in edit.sources]
    else:
        figure = edit.figure().value_dict()
        figure.update({k: v for k, v in (("category_set", edit.category_set), ("category", edit.category))
                       if v is not None})
        raw["figures"].append(figure)
    return raw
