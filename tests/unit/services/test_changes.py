"""A write returns the round as it left it: the same as a fresh read, so
the window can show a change without reading the round again."""

from __future__ import annotations

import datetime as dt

from desktop.domain.content import Movement, SourceDoc
from desktop.domain.types import MovementKind, Rule
from desktop.services import editing, listing, review
from tests.helpers.people import person


def fresh(db, rid):
    opened = editing.open_round(db, rid)
    (row,) = [r for r in listing.fetch_rounds(db, listing.RoundQuery()) if r.id == rid]
    return opened, row


def test_each_write_carries_what_a_fresh_read_shows(db, backend):
    rid = editing.create_round(db, title="Exchange of 31 January 2024", date=dt.date(2024, 1, 31),
                               sides=["Ukraine", "Russia"], actor=person("Olena"))
    editing.set_sources(db, rid, sources=[SourceDoc("MoD", "Russia"), SourceDoc("HQ", "Ukraine")], actor=person("Olena"))
    movement = Movement("Russia", "Ukraine", MovementKind.EXCHANGE)

    def check(change):
        opened, row = fresh(db, rid)
        assert change.state == opened.state
        assert change.state.row == row
        assert change.data_version == review.data_version(db)
        if change.round_version is not None:
            assert change.round_version == opened.version
        return change

    check(editing.set_figure(db, rid, movement=movement, source="MoD", count=195, actor=person("Olena")))
    check(editing.set_figure(db, rid, movement=movement, source="HQ", count=207, actor=person("Olena")))
    key = next(i.discrepancy.key for i in review.round_review(db, rid).items
               if i.discrepancy.rule is Rule.SOURCE_MISMATCH)
    resolved = check(review.resolve(db, rid, key, value=207, note="HQ's list", actor=person("Sam")))
    assert not next(i for i in resolved.state.items if i.discrepancy.key == key).is_open
    assert check(editing.update_round(db, rid, title="Exchange of 31 Jan", actor=person("Olena"))).round_version is not None
    check(review.end_resolution(db, rid, key, actor=person("Sam")))
    check(editing.set_figure(db, rid, movement=movement, source="HQ", count=208, actor=person("Olena")))
    check(editing.clear_figure(db, rid, slot=(movement, "HQ", None, None), actor=person("Olena")))
