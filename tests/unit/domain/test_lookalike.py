"""Names that look the same are one name: invisible characters refused,
confusable skeletons (UTS #39, after NFKC and case folding) compared."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest

from desktop.domain import edits
from desktop.domain.content import CategorySetDoc, FigureDoc, Movement, RoundDoc, SourceDoc
from desktop.domain.lookalike import first_alike, invisible_at, looks, skeleton
from desktop.domain.types import MovementKind
from desktop.domain.validity import Invalid, round_content

CYRILLIC_A = "\u0430"
RU_UA = Movement("Russia", "Ukraine", MovementKind.EXCHANGE)


@pytest.mark.parametrize(("a", "b"), [
    ("Ukraine", f"Ukr{CYRILLIC_A}ine"),  # a Cyrillic а
    ("ICRC", "ＩＣＲＣ"),  # full width
    ("Russia", "RUSSIA"),  # case
    ("Türkiye", "Tu\u0308rkiye"),  # composed and decomposed ü
    ("Coordination HQ", "Coordination Н\u0051"),  # a Cyrillic Н
])
def test_these_look_the_same(a, b):
    assert a != b and set(looks(a)) & set(looks(b))
    assert first_alike([a, b]) == (a, b)


@pytest.mark.parametrize(("a", "b"), [("Ukraine", "Ukrainian officials"), ("Turkey", "Türkiye"), ("MoD", "MFA")])
def test_these_do_not(a, b):
    assert not set(looks(a)) & set(looks(b)) and skeleton(a) != skeleton(b)


@pytest.mark.parametrize(("text", "at"), [
    ("IC\u200bRC", 2), ("Ukraine\u2060", 7), ("\u202eUkraine", 0), ("Uk\u00adraine", 2), ("Ukr\ufe0faine", 3),
    ("Ukraine", None), ("Україна", None),
])
def test_invisible_and_direction_characters_are_found(text, at):
    assert invisible_at(text) == at


def a_round(**changes) -> RoundDoc:
    fields = {"sides": ("Ukraine", "Russia"), "sources": (SourceDoc("ICRC", "independent"),), **changes}
    return RoundDoc(id=uuid.UUID(int=39), title="Look-alikes", date=dt.date(2024, 1, 3), **fields)


@pytest.mark.parametrize(("changes", "where", "says"), [
    ({"mediators": (f"Ukr{CYRILLIC_A}ine",)}, "mediators[0]", "looks the same as 'Ukraine'"),
    ({"sides": ("Ukraine", "Russia", "RUSSIA")}, "sides[2]", "named twice (as 'Russia')"),
    ({"sources": (SourceDoc("ICRC", "independent"), SourceDoc("IC\u200bRC", "independent"))}, "sources[1].name",
     "invisible character U+200B ZERO WIDTH SPACE at position 3"),
    ({"sides": ("Ukraine\u2060", "Russia")}, "sides[0]", "invisible character U+2060 WORD JOINER at position 8"),
    ({"figures": (FigureDoc(RU_UA, "ІCRC", 5),)}, "figures[0].source",  # a Cyrillic І, named by a figure only
     "'ІCRC' looks the same as 'ICRC' but is another name (U+0406 CYRILLIC CAPITAL LETTER BYELORUSSIAN-UKRAINIAN I "
     "at position 1, where the other has U+0049 LATIN CAPITAL LETTER I)"),
    ({"category_sets": (CategorySetDoc("Role", False, ("Medics", "Mediсs")),)}, "category_sets[0].categories[1]",
     "looks the same as 'Medics'"),
])
def test_a_round_refuses_look_alikes_naming_both(changes, where, says):
    with pytest.raises(Invalid) as caught:
        round_content(a_round(**changes))
    assert caught.value.where == where and says in caught.value.message, caught.value


def test_an_edit_is_refused_as_a_file_would_be():
    doc = round_content(a_round())
    with pytest.raises(Invalid, match="looks the same as 'Ukraine'"):
        edits.SetParties(mediators=(f"Ukr{CYRILLIC_A}ine",)).apply(doc)


def test_first_alike_names_both_in_order():
    assert first_alike(["Ukraine", "Russia", f"Ukr{CYRILLIC_A}ine"]) == ("Ukraine", f"Ukr{CYRILLIC_A}ine")
    assert first_alike(["Ukraine", "Russia"]) is None
