"""The merge decision, rule by rule, without a database: a figure held
here and the same figure arriving from another laptop."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.domain.merge import Outcome, Side, decide

T0 = dt.datetime(2024, 1, 31, 10, 0, tzinfo=dt.UTC)


def side(rev: str, history: str = "", *, at: int = 0, by: str = "Olena", count: int = 195,
         deleted: bool = False, qualifier: str = "exact", note: str | None = None) -> Side:
    return Side(rev, tuple(history.split()), T0 + dt.timedelta(minutes=at), by, count, qualifier, None, note, deleted)


#: (what happened, held here, arriving, also known here, outcome, incoming wins, visible)
TABLE = [
    ("nothing held: added", None, side("a"), (), Outcome.ADDED, False, True),
    ("the very same revision", side("a"), side("a"), (), Outcome.KNOWN, False, True),
    ("an older revision of ours", side("b", "a"), side("a"), (), Outcome.KNOWN, False, True),
    ("a revision met in a conflict", side("b", "a"), side("x"), ("x",), Outcome.KNOWN, False, True),
    ("changed there only", side("a"), side("b", "a", at=5, count=200), (), Outcome.TAKEN, False, True),
    ("changed there only, deleted", side("a"), side("b", "a", at=5, deleted=True), (), Outcome.TAKEN, False, True),
    ("changed there only, same values", side("a"), side("b", "a", at=5), (), Outcome.TAKEN, False, False),
    ("changed there twice", side("a"), side("c", "b a", at=9, count=7), (), Outcome.TAKEN, False, True),
    ("both changed, theirs later", side("b", "a", at=1, count=200), side("c", "a", at=2, count=207), (),
     Outcome.CONFLICT, True, True),
    ("both changed, ours later", side("b", "a", at=3, count=200), side("c", "a", at=2, count=207), (),
     Outcome.CONFLICT, False, True),
    ("both changed at once: the larger rev holds", side("b", "a", at=2, count=200),
     side("c", "a", at=2, count=207), (), Outcome.CONFLICT, True, True),
    ("both reached the same value", side("b", "a", at=1, count=200), side("c", "a", at=2, count=200), (),
     Outcome.SAME_VALUE, True, True),
    ("both deleted it, whatever they held", side("b", "a", at=4, deleted=True, count=1),
     side("c", "a", at=2, deleted=True, count=2), (), Outcome.SAME_VALUE, False, True),
    ("a qualifier is a different value", side("b", "a", at=1), side("c", "a", at=2, qualifier="approximate"), (),
     Outcome.CONFLICT, True, True),
    ("a note is a different value", side("b", "a", at=1), side("c", "a", at=2, note="per HQ"), (),
     Outcome.CONFLICT, True, True),
]


@pytest.mark.parametrize(("case", "held", "arriving", "also", "outcome", "wins", "visible"), TABLE,
                         ids=[row[0] for row in TABLE])
def test_the_merge_rules(case, held, arriving, also, outcome, wins, visible):
    decision = decide(held, arriving, also_known=also)
    assert decision.outcome is outcome
    assert decision.incoming_wins is wins
    assert decision.visible is visible


def test_a_known_revision_brings_the_revisions_it_knows_of():
    decision = decide(side("c", "b a"), side("b", "a z"))
    assert decision.outcome is Outcome.KNOWN and decision.news == ("z",)


def test_the_same_revision_keeps_the_earliest_author_on_both_laptops():
    assert decide(side("a", at=5, by="Taras"), side("a", at=1, by="Olena")).earlier_author
    assert not decide(side("a", at=1, by="Olena"), side("a", at=5, by="Taras")).earlier_author


def test_two_laptops_decide_alike():
    """Whichever laptop reads the other's file, the same revision holds."""
    ours, theirs = side("b", "a", at=1, count=200), side("c", "a", at=2, count=207)
    here, there = decide(ours, theirs), decide(theirs, ours)
    assert here.outcome is there.outcome is Outcome.CONFLICT
    assert here.incoming_wins and not there.incoming_wins
