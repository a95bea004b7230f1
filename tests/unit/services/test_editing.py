"""Editing, reviewing and listing rounds through the services the app uses."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from desktop.domain.content import CategorySetDoc, Movement, SourceDoc
from desktop.domain.types import MovementKind, Qualifier, RoundStatus, Rule
from desktop.services import editing, listing, review
from desktop.services.errors import Refused, UserError
from desktop.storage import Database
from tests.helpers.people import person

RU_UA = Movement("Russia", "Ukraine", MovementKind.EXCHANGE)
ACTOR = person("Olena")


@pytest.fixture
def round_id(db: Database):
    rid = editing.create_round(
        db, title="Exchange of 31 January 2024", date=dt.date(2024, 1, 31), sides=["Ukraine", "Russia"],
        mediators=["United Arab Emirates"], actor=ACTOR,
    )
    editing.set_sources(db, rid, sources=[SourceDoc("MoD", "Russia"), SourceDoc("HQ", "Ukraine")], actor=ACTOR)
    return rid


def audit(db_path: Path) -> list[tuple]:
    with sqlite3.connect(db_path) as conn:
        return conn.execute("SELECT action, entity, actor FROM audit_entry ORDER BY seq").fetchall()


def test_create_round_validates_like_a_file(db: Database):
    """One side only: refused with the field named."""
    with pytest.raises(UserError, match=r"^sides: needs at least 2 names"):
        editing.create_round(db, title="T", date=dt.date(2024, 1, 1), sides=["Ukraine"], actor=ACTOR)
    with pytest.raises(UserError, match=r"^title: must not be empty"):
        editing.create_round(db, title="  ", date=dt.date(2024, 1, 1), sides=["A", "B"], actor=ACTOR)


def test_typed_figures_raise_a_mismatch_with_its_spread(db, round_id):
    """195 and 207 typed for the same movement: source_mismatch, spread 12."""
    editing.set_figure(db, round_id, movement=RU_UA, source="MoD", count=195, actor=ACTOR)
    editing.set_figure(db, round_id, movement=RU_UA, source="HQ", count=207, actor=ACTOR)
    items = review.round_review(db, round_id).items
    (mismatch,) = [i for i in items if i.discrepancy.rule is Rule.SOURCE_MISMATCH]
    assert mismatch.discrepancy.spread == 12 and mismatch.is_open


def test_changing_and_clearing_a_figure_is_kept_in_history(db, db_path, round_id):
    """Create, update, delete: three audit entries by the actor."""
    editing.set_figure(db, round_id, movement=RU_UA, source="MoD", count=195, actor=ACTOR)
    editing.set_figure(db, round_id, movement=RU_UA, source="MoD", count=196, qualifier=Qualifier.AT_LEAST,
                       actor=person("Taras"))
    editing.clear_figure(db, round_id, slot=(RU_UA, "MoD", None, None), actor=person("Taras"))
    figure_entries = [row for row in audit(db_path) if row[1] == "figure"]
    assert figure_entries == [("create", "figure", ACTOR.name), ("update", "figure", "Taras"),
                              ("delete", "figure", "Taras")]
    assert editing.get_round_doc(db, round_id).figures == ()


def test_a_bad_count_is_refused_and_nothing_written(db, db_path, round_id):
    """Above the limit: one sentence naming the field; the audit unchanged."""
    before = audit(db_path)
    with pytest.raises(UserError, match="count: must be at most 1,000,000"):
        editing.set_figure(db, round_id, movement=RU_UA, source="MoD", count=5_000_000, actor=ACTOR)
    assert audit(db_path) == before


def test_resolution_holds_until_a_figure_under_it_changes(db, round_id):
    """Resolve, then change a figure: the discrepancy is open again."""
    editing.set_figure(db, round_id, movement=RU_UA, source="MoD", count=195, actor=ACTOR)
    editing.set_figure(db, round_id, movement=RU_UA, source="HQ", count=207, actor=ACTOR)
    key = next(i.discrepancy.key for i in review.round_review(db, round_id).items
               if i.discrepancy.rule is Rule.SOURCE_MISMATCH)
    review.resolve(db, round_id, key, value=207, note="Names list from HQ", actor=person("Supervisor"))
    item = next(i for i in review.round_review(db, round_id).items if i.discrepancy.key == key)
    assert not item.is_open and item.resolution.accepted_value == 207
    editing.set_figure(db, round_id, movement=RU_UA, source="HQ", count=208, actor=ACTOR)
    item = next(i for i in review.round_review(db, round_id).items if i.discrepancy.key == key)
    assert item.is_open


def test_resolve_needs_a_note(db, round_id):
    """An empty note is refused."""
    editing.set_figure(db, round_id, movement=RU_UA, source="MoD", count=195, actor=ACTOR)
    key = review.round_review(db, round_id).items[0].discrepancy.key
    with pytest.raises(UserError, match="note"):
        review.resolve(db, round_id, key, value=1, note=" ", actor=ACTOR)


def test_status_moves_and_back_to_draft_needs_a_comment(db, round_id):
    """draft → in review → draft (with a comment); in review cannot go to in review."""
    editing.set_status(db, round_id, status=RoundStatus.IN_REVIEW, actor=ACTOR)
    with pytest.raises(Refused):
        editing.set_status(db, round_id, status=RoundStatus.IN_REVIEW, actor=ACTOR)
    with pytest.raises(UserError, match="comment"):
        editing.set_status(db, round_id, status=RoundStatus.DRAFT, actor=ACTOR)
    editing.set_status(db, round_id, status=RoundStatus.DRAFT, comment="Check HQ's list", actor=ACTOR)
    assert editing.get_round_doc(db, round_id).status is RoundStatus.DRAFT


def test_a_source_with_figures_cannot_be_removed(db, round_id):
    """Clear its figures first."""
    editing.set_figure(db, round_id, movement=RU_UA, source="MoD", count=195, actor=ACTOR)
    with pytest.raises(UserError, match="MoD has figures"):
        editing.set_sources(db, round_id, sources=[SourceDoc("HQ", "Ukraine")], actor=ACTOR)


def test_category_sets_and_breakdowns(db, round_id):
    """A category set added, a breakdown typed above the total: an error."""
    editing.set_category_sets(db, round_id, category_sets=[
        CategorySetDoc("Place of capture", False, ("Azovstal", "Snake Island"))], actor=ACTOR)
    editing.set_figure(db, round_id, movement=RU_UA, source="HQ", count=100, actor=ACTOR)
    editing.set_figure(db, round_id, movement=RU_UA, source="HQ", count=120,
                       category_set="Place of capture", category="Azovstal", actor=ACTOR)
    rules = {i.discrepancy.rule for i in review.round_review(db, round_id).items}
    assert Rule.BREAKDOWN_EXCEEDS_TOTAL in rules


def test_list_filters_sorts_and_pages(db, round_id):
    """Words match parties and sources; open-errors filter; pages do not overlap."""
    editing.set_figure(db, round_id, movement=RU_UA, source="MoD", count=195, actor=ACTOR)
    editing.set_figure(db, round_id, movement=RU_UA, source="HQ", count=207, actor=ACTOR)
    for day in range(1, 6):
        editing.create_round(db, title=f"Обмін {day}", date=dt.date(2023, 5, day), sides=["Україна", "Росія"],
                             actor=ACTOR)
    assert listing.count_rounds(db, listing.RoundQuery()) == 6
    assert listing.count_rounds(db, listing.RoundQuery(text="УКРАЇНА")) == 5
    assert listing.count_rounds(db, listing.RoundQuery(text="emirates")) == 1
    assert listing.count_rounds(db, listing.RoundQuery(open_errors_only=True)) == 1
    first = listing.fetch_rounds(db, listing.RoundQuery(sort=listing.SortKey.DATE, descending=False), limit=4)
    rest = listing.fetch_rounds(db, listing.RoundQuery(sort=listing.SortKey.DATE, descending=False), offset=4)
    assert [r.date.day for r in first] == [1, 2, 3, 4, 5][:4]
    assert {r.id for r in first}.isdisjoint({r.id for r in rest}) and len(first) + len(rest) == 6
    top = listing.fetch_rounds(db, listing.RoundQuery(sort=listing.SortKey.OPEN), limit=1)[0]
    assert top.id == round_id and top.open_errors == 1
    assert str(top.received["Ukraine"]) == "195–207"


def test_the_rounds_command_lists_what_the_rounds_say(db, round_id):
    """`rounds` and `discrepancies` read the summary rows; they agree with the
    rounds' content (received ranges, open discrepancies after a resolution,
    sides in order)."""
    from desktop.domain.review import review as domain_review
    from desktop.services import rounds
    from desktop.services.demo import add_demo
    from desktop.services.loading import load_docs
    from desktop.services.rounds import list_rounds, summarize
    from desktop.services.summaries import load_resolutions

    add_demo(db, actor=ACTOR)
    editing.set_figure(db, round_id, movement=RU_UA, source="MoD", count=195, actor=ACTOR)
    editing.set_figure(db, round_id, movement=RU_UA, source="HQ", count=207, actor=ACTOR)
    mismatch = next(i.discrepancy for i in review.round_review(db, round_id).items
                    if i.discrepancy.rule is Rule.SOURCE_MISMATCH)
    review.resolve(db, round_id, mismatch.key, value=200, note="Both ministries confirmed 200.", actor=ACTOR)
    with db.reading() as session:
        docs = load_docs(session)
        resolutions = load_resolutions(session, [d.id for d in docs])
    expected = [summarize(d, resolutions.get(d.id)) for d in docs]
    listed = list_rounds(db)
    assert len(listed) == 22 and listed == expected
    mine = next(r for r in listed if r.id == round_id)
    assert str(mine.received["Ukraine"]) == "200" and mine.sides == ("Ukraine", "Russia")
    first = expected[0].date
    assert list_rounds(db, date_from=first, date_to=first) == [r for r in expected if r.date == first]
    # The discrepancies too: as the rules find them now, resolutions included.
    reviewed = [item for d in docs for item in domain_review(d, resolutions.get(d.id, {}))]
    assert any(not item.is_open for item in reviewed)
    assert rounds.discrepancies(db) == reviewed
    assert rounds.discrepancies(db, ref=str(round_id)) == [i for i in reviewed if i.discrepancy.round_id == round_id]
    # And the app's list of open ones across rounds, with each round's date and title.
    titles = {d.id: (d.date, d.title) for d in docs}
    across = review.open_across_rounds(db)
    assert [item for _, item in across] == [item for item in reviewed if item.is_open]
    assert all((r.date, r.title) == titles[r.id] == titles[item.discrepancy.round_id] for r, item in across)
    newest = review.open_across_rounds(db, limit_rounds=1)
    assert {r.id for r, _ in newest} == {max(docs, key=lambda d: (d.date, str(d.id))).id}


def test_signed_off_round_refuses_edits(db, db_path, round_id):
    """No figure, field or status change on a locked round."""
    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE exchange_round SET status='signed_off' WHERE id=?", (round_id.hex,))
    with pytest.raises(Refused, match="signed off"):
        editing.set_figure(db, round_id, movement=RU_UA, source="MoD", count=1, actor=ACTOR)
    with pytest.raises(Refused, match="signed off"):
        editing.update_round(db, round_id, title="New", actor=ACTOR)


def test_older_databases_get_their_summary_rows(db, db_path, round_id):
    """Rounds without a summary row are given one."""
    with sqlite3.connect(db_path) as conn:
        conn.execute("DELETE FROM round_summary")
    assert listing.count_rounds(db, listing.RoundQuery()) == 0
    assert listing.ensure_summaries(db) == 1
    assert listing.count_rounds(db, listing.RoundQuery()) == 1


def test_data_version_grows_with_every_change(db, round_id):
    """The app compares it to know when to reload."""
    before = review.data_version(db)
    editing.update_round(db, round_id, location="Border crossing", actor=ACTOR)
    assert review.data_version(db) != before


def test_a_reopened_resolution_does_not_come_back_with_the_old_values(db, round_id, db_path):
    """195 → 196 reopens it; back to 195 it stays open, and the history says why."""
    editing.set_figure(db, round_id, movement=RU_UA, source="MoD", count=195, actor=ACTOR)
    editing.set_figure(db, round_id, movement=RU_UA, source="HQ", count=207, actor=ACTOR)
    key = next(i.discrepancy.key for i in review.round_review(db, round_id).items
               if i.discrepancy.rule is Rule.SOURCE_MISMATCH)
    review.resolve(db, round_id, key, value=207, note="HQ list", actor=person("Supervisor"))
    editing.set_figure(db, round_id, movement=RU_UA, source="MoD", count=196, actor=ACTOR)
    editing.set_figure(db, round_id, movement=RU_UA, source="MoD", count=195, actor=ACTOR)
    item = next(i for i in review.round_review(db, round_id).items if i.discrepancy.key == key)
    assert item.is_open
    # Ended as a consequence of Olena's change: in her name, saying why.
    assert ("reopen", "discrepancy", ACTOR.name) in audit(db_path)
