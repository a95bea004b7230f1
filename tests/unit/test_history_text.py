"""A round's history in words: each kind of entry, made by the services
themselves on a fresh database, turned into the lines a person reads."""

from __future__ import annotations

import datetime as dt
import json
import re
import uuid
from types import SimpleNamespace

import pytest

from desktop.domain.content import CategorySetDoc, Movement, SourceDoc
from desktop.domain.types import MovementKind, Qualifier, RoundStatus, Rule
from desktop.history_text import change_lines, comment_text, history_lines
from desktop.labels import history_label
from desktop.services import duplicates, editing, review
from desktop.services.errors import Refused
from desktop.services.integrity import history
from desktop.services.interchange import export_document, import_files
from tests.helpers.factories import document, round_dict, write_json
from tests.helpers.people import person

ACTOR = person("Olena")
RU_UA = Movement("Russia", "Ukraine", MovementKind.EXCHANGE)
UA_RU = Movement("Ukraine", "Russia", MovementKind.EXCHANGE)
TITLE = "Exchange of 31 January 2024"
#: Words a line must never show: the stored keys and values of the history.
RAW = re.compile(r"\b(kind|from|to|source|count|qualifier|citation|note|status|title|category_set|category|"
                 r"accepted_value|affiliation|sides|mediators|before|after):|[{}\[\]_]")
TIME = re.compile(r"20[0-8]\d-\d\d-\d\d \d\d:\d\d UTC")


@pytest.fixture
def rid(db):
    """A round typed in the app: two sides, a mediator, two sources, one category set."""
    rid = editing.create_round(db, title=TITLE, date=dt.date(2024, 1, 31), sides=["Ukraine", "Russia"],
                               mediators=["United Arab Emirates"], actor=ACTOR)
    editing.set_sources(db, rid, sources=[SourceDoc("MoD", "Russia"), SourceDoc("HQ", "Ukraine")], actor=ACTOR)
    editing.set_category_sets(db, rid, category_sets=[CategorySetDoc("Status", False, ("Military", "Civilian"))],
                              actor=ACTOR)
    return rid


def record(db, rid, source, count, **kw):
    editing.set_figure(db, rid, movement=kw.pop("movement", RU_UA), source=source, count=count,
                       actor=kw.pop("actor", ACTOR), **kw)


def key_of(db, rid, rule: Rule) -> str:
    return next(i.discrepancy.key for i in review.round_review(db, rid).items if i.discrepancy.rule is rule)


# --- The steps of each case: they act on the round and return the round
# whose history is read (None: the same one).


def created_in_the_app(db, rid, tmp_path):
    return editing.create_round(db, title="Return from Türkiye", date=dt.date(2023, 7, 8), sides=["Ukraine", "Russia"],
                                third_parties=["Turkey"], mediators=["Qatar"], location="Istanbul", actor=ACTOR)


def created_by_import(db, rid, tmp_path):
    r = round_dict(status="in_review")
    import_files(db, [str(write_json(tmp_path / "a.json", document(r)))], actor=ACTOR)
    return uuid.UUID(r["id"])


def fields_changed(db, rid, tmp_path):
    editing.update_round(db, rid, actor=ACTOR, title="Exchange of 1 February 2024", date=dt.date(2024, 2, 1),
                         location="Border crossing", notes="Names   checked\nby HQ")


def location_cleared(db, rid, tmp_path):
    editing.update_round(db, rid, actor=ACTOR, location="Border crossing")
    editing.update_round(db, rid, actor=ACTOR, location="")


def parties_changed(db, rid, tmp_path):
    editing.set_parties(db, rid, actor=ACTOR, third_parties=["Turkey"], mediators=["United Arab Emirates", "Qatar"])


def sources_changed(db, rid, tmp_path):
    editing.set_sources(db, rid, actor=ACTOR, sources=[SourceDoc("HQ", "independent"), SourceDoc("ICRC", "independent")])


def sources_reordered(db, rid, tmp_path):
    editing.set_sources(db, rid, actor=ACTOR, sources=[SourceDoc("HQ", "Ukraine"), SourceDoc("MoD", "Russia")])


def category_sets_changed(db, rid, tmp_path):
    editing.set_category_sets(db, rid, actor=ACTOR, category_sets=[
        CategorySetDoc("Status", True, ("Military", "Medics")),
        CategorySetDoc("Place of capture", False, ("Azovstal",))])


def category_set_removed(db, rid, tmp_path):
    editing.set_category_sets(db, rid, actor=ACTOR, category_sets=[])


def figure_added(db, rid, tmp_path):
    record(db, rid, "MoD", 1200, category_set="Status", category="Military", qualifier=Qualifier.APPROXIMATE,
           citation="TASS, 31 January", note="rounded")


def figure_added_by_a_new_source(db, rid, tmp_path):
    record(db, rid, "ICRC", 75, movement=Movement("Ukraine", "Russia", MovementKind.WITHOUT_EXCHANGE))


def figure_changed(db, rid, tmp_path):
    record(db, rid, "MoD", 195, citation="MoD statement")
    record(db, rid, "MoD", 201, qualifier=Qualifier.AT_LEAST, citation="TASS", note="at least")


def figure_deleted(db, rid, tmp_path):
    record(db, rid, "HQ", 207, citation="HQ statement")
    editing.clear_figure(db, rid, slot=(RU_UA, "HQ", None, None), actor=ACTOR)


def submitted_and_returned(db, rid, tmp_path):
    editing.set_status(db, rid, status=RoundStatus.IN_REVIEW, actor=ACTOR)
    editing.set_status(db, rid, status=RoundStatus.DRAFT, comment="Figures to check", actor=person("Sam"))


def mismatch_resolved_twice(db, rid, tmp_path):
    record(db, rid, "MoD", 195)
    record(db, rid, "HQ", 207)
    key = key_of(db, rid, Rule.SOURCE_MISMATCH)
    review.resolve(db, rid, key, value=207, note="HQ's list of names", actor=person("Sam"))
    review.resolve(db, rid, key, value=200, note="Both lists", actor=person("Sam"))


def resolution_ended(db, rid, tmp_path):
    record(db, rid, "MoD", 195)
    record(db, rid, "HQ", 207)
    review.resolve(db, rid, key_of(db, rid, Rule.SOURCE_MISMATCH), value=207, note="HQ", actor=person("Sam"))
    record(db, rid, "HQ", 208)


def breakdown_and_unverified_resolved(db, rid, tmp_path):
    record(db, rid, "MoD", 100, movement=UA_RU)
    record(db, rid, "MoD", 150, movement=UA_RU, category_set="Status", category="Military")
    review.resolve(db, rid, key_of(db, rid, Rule.BREAKDOWN_EXCEEDS_TOTAL), value=150, note="Total is old",
                   actor=person("Sam"))
    review.resolve(db, rid, key_of(db, rid, Rule.UNVERIFIED), value=None, note="Seen on video", actor=person("Sam"))


def imbalance_resolved(db, rid, tmp_path):
    record(db, rid, "HQ", 230)
    record(db, rid, "MoD", 248, movement=UA_RU)
    review.resolve(db, rid, key_of(db, rid, Rule.IMBALANCE), value=None, note="As announced", actor=person("Sam"))


def round_edit_refused(db, rid, tmp_path):
    seen = editing.round_version(db, rid)
    editing.update_round(db, rid, actor=person("Taras"), expected_version=seen.version, title="Taras's title")
    with pytest.raises(Refused):
        editing.update_round(db, rid, actor=ACTOR, expected_version=seen.version, title="Olena's title")


def figure_edit_refused(db, rid, tmp_path):
    record(db, rid, "MoD", 195)
    seen = next(f for f in editing.get_round_doc(db, rid).figures)
    record(db, rid, "MoD", 196, actor=person("Taras"))
    with pytest.raises(Refused):
        record(db, rid, "MoD", 300, qualifier=Qualifier.AT_MOST, expected=seen)
    with pytest.raises(Refused):
        editing.clear_figure(db, rid, slot=(RU_UA, "MoD", None, None), actor=ACTOR, expected=seen)


def round_updated_by_import(db, rid, tmp_path):
    r = round_dict()
    import_files(db, [str(write_json(tmp_path / "a.json", document(r)))], actor=ACTOR)
    r["figures"][0]["count"] = 196
    r["figures"][0]["citation"] = "MoD, 1 February"
    r["mediators"].append("Qatar")
    r["sources"].append({"name": "ICRC", "affiliation": "independent"})
    r["sources"][0]["affiliation"] = "independent"
    r["category_sets"][0]["categories"].append("Chernobyl NPP")
    r["category_sets"][0]["exhaustive"] = True
    r["category_sets"].append({"name": "Role", "categories": ["Medics"]})
    import_files(db, [str(write_json(tmp_path / "b.json", document(r)))], actor=person("Taras"))
    return uuid.UUID(r["id"])


def merge_conflict_found_and_resolved(db, rid, tmp_path):
    record(db, rid, "MoD", 195, actor=person("Taras"))
    theirs = json.loads(export_document(db, ids=[rid])[0])
    figure = theirs["rounds"][0]["figures"][0]
    figure.update(count=202, changed_by="Taras", changed_at="2099-01-01T00:00:00Z",
                  history=[figure["rev"], *figure.get("history", [])], rev=str(uuid.uuid4()))
    record(db, rid, "MoD", 196)
    import_files(db, [str(write_json(tmp_path / "theirs.json", theirs))], actor=ACTOR)
    review.resolve(db, rid, key_of(db, rid, Rule.MERGE_CONFLICT), value=202, note="Taras's is later", actor=person("Sam"))


def duplicate_merged_away(db, rid, tmp_path):
    other = editing.create_round(db, title="31 Jan (typed twice)", date=dt.date(2024, 1, 31),
                                 sides=["Russia", "Ukraine"], actor=person("Taras"))
    duplicates.merge_rounds(db, str(rid), str(other), actor=ACTOR)
    return other


REFUSED = "not saved: Taras had changed the round at <time> (version {}); nothing was overwritten"
MOD_TOTAL = "Russia → Ukraine, exchange — MoD — total"
MISMATCH = "sources disagree: Russia → Ukraine, exchange — total"

CASES = [
    # The app writes a new round's fields after its creation, as changes from nothing.
    (created_in_the_app, [
        ("round created", ["created with 0 figures, sides Ukraine and Russia", "third parties Turkey",
                           "mediators Qatar"]),
        ("round changed", ["location (none) → “Istanbul”"]),
        ("round changed", ["sides (none) → Ukraine, Russia"]),
        ("round changed", ["third parties (none) → Turkey"]),
        ("round changed", ["mediators (none) → Qatar"])]),
    (created_by_import, [("round created", [
        "created with 4 figures, sides Ukraine and Russia", "mediators United Arab Emirates", "status in review"])]),
    (fields_changed, [("round changed", [
        "title “Exchange of 31 January 2024” → “Exchange of 1 February 2024”",
        "date 31 January 2024 → 1 February 2024",
        "location (none) → “Border crossing”",
        "notes (none) → “Names checked by HQ”"])]),
    (location_cleared, [("round changed", ["location (none) → “Border crossing”"]),
                        ("round changed", ["location “Border crossing” → (none)"])]),
    (parties_changed, [("round changed", ["third parties (none) → Turkey"]),
                       ("round changed", ["mediators United Arab Emirates → United Arab Emirates, Qatar"])]),
    (sources_changed, [("round changed", [
        "source added: ICRC (independent)", "source removed: MoD (Russia)",
        "source HQ: affiliation Ukraine → independent"])]),
    (sources_reordered, [("round changed", ["sources put in another order"])]),
    (category_sets_changed, [("round changed", [
        "categories added to Status: Medics", "categories removed from Status: Civilian",
        "category set Status is now exhaustive", "category set added: Place of capture (Azovstal)"])]),
    (category_set_removed, [("round changed", ["category set removed: Status (Military, Civilian)"])]),
    (figure_added, [("figure added", [
        "Russia → Ukraine, exchange — MoD — Status · Military", "count ~1,200 (approximate)",
        "citation “TASS, 31 January”", "note “rounded”"])]),
    (figure_added_by_a_new_source, [
        ("round changed", ["source added: ICRC (unknown)"]),
        ("figure added", ["Ukraine → Russia, without exchange — ICRC — total", "count 75"])]),
    (figure_changed, [
        ("figure added", [MOD_TOTAL, "count 195", "citation “MoD statement”"]),
        ("figure changed", [MOD_TOTAL, "count 195 → 201", "qualifier exact → at least",
                            "citation “MoD statement” → “TASS”", "note (none) → “at least”"])]),
    (figure_deleted, [
        ("figure added", ["Russia → Ukraine, exchange — HQ — total", "count 207", "citation “HQ statement”"]),
        ("figure deleted", ["Russia → Ukraine, exchange — HQ — total", "count 207", "citation “HQ statement”"])]),
    (submitted_and_returned, [("round changed", ["status draft → in review"]),
                              ("round changed", ["status in review → draft"])]),
    (mismatch_resolved_twice, [
        ("figure added", [MOD_TOTAL, "count 195"]),
        ("figure added", ["Russia → Ukraine, exchange — HQ — total", "count 207"]),
        ("discrepancy resolved", [MISMATCH, "accepted value 207", "note “HQ's list of names”"]),
        ("discrepancy resolved", [MISMATCH, "replaces the resolution by Sam", "accepted value 207 → 200",
                                  "note “HQ's list of names” → “Both lists”"])]),
    (resolution_ended, [
        ("figure added", [MOD_TOTAL, "count 195"]),
        ("figure added", ["Russia → Ukraine, exchange — HQ — total", "count 207"]),
        ("discrepancy resolved", [MISMATCH, "accepted value 207", "note “HQ”"]),
        ("figure changed", ["Russia → Ukraine, exchange — HQ — total", "count 207 → 208"]),
        ("resolution ended", [MISMATCH, "the resolution by Sam no longer holds", "accepted value 207", "note “HQ”",
                              "a figure it was decided on changed"])]),
    (breakdown_and_unverified_resolved, [
        ("figure added", ["Ukraine → Russia, exchange — MoD — total", "count 100"]),
        ("figure added", ["Ukraine → Russia, exchange — MoD — Status · Military", "count 150"]),
        ("discrepancy resolved", ["categories exceed the total: Ukraine → Russia, exchange — MoD — Status",
                                  "accepted value 150", "note “Total is old”"]),
        ("discrepancy resolved", ["unverified: Ukraine → Russia, exchange", "no value accepted",
                                  "note “Seen on video”"])]),
    (imbalance_resolved, [
        ("figure added", ["Russia → Ukraine, exchange — HQ — total", "count 230"]),
        ("figure added", ["Ukraine → Russia, exchange — MoD — total", "count 248"]),
        ("discrepancy resolved", ["directions differ: exchange between Russia and Ukraine", "no value accepted",
                                  "note “As announced”"])]),
    (round_edit_refused, [
        ("round changed", ["title “Exchange of 31 January 2024” → “Taras's title”"]),
        ("edit refused (changed meanwhile)", ["tried to set title “Olena's title”", REFUSED.format(5)])]),
    (figure_edit_refused, [
        ("figure added", [MOD_TOTAL, "count 195"]),
        ("figure changed", [MOD_TOTAL, "count 195 → 196"]),
        ("edit refused (changed meanwhile)", [MOD_TOTAL, "tried to record ≤300 (at most)", REFUSED.format(6)]),
        ("edit refused (changed meanwhile)", [MOD_TOTAL, "tried to delete this figure", REFUSED.format(6)])]),
    (round_updated_by_import, [
        ("round created", ["created with 4 figures, sides Ukraine and Russia", "mediators United Arab Emirates"]),
        ("figure changed", ["Russia → Ukraine, exchange — Russian Ministry of Defence — total", "count 195 → 196",
                            "citation (none) → “MoD, 1 February”"]),
        ("round changed", [
            "mediators added: Qatar", "source added: ICRC (independent)",
            "source Russian Ministry of Defence: affiliation Russia → independent",
            "category set added: Role", "categories added to Place of capture: Chernobyl NPP",
            "categories added to Role: Medics", "category set Place of capture is now exhaustive"])]),
    (merge_conflict_found_and_resolved, [
        ("figure added", [MOD_TOTAL, "count 195"]),
        ("figure changed", [MOD_TOTAL, "count 195 → 196"]),
        ("merge conflict found", [MOD_TOTAL, "value held 202, changed by Taras at 2099-01-01 00:00 UTC",
                                  "other value 196, changed by Olena at <time>",
                                  "the later change holds until a supervisor resolves the conflict"]),
        ("discrepancy resolved", ["conflicting import: Russia → Ukraine, exchange — MoD — total",
                                  "accepted value 202", "note “Taras's is later”"])]),
    (duplicate_merged_away, [
        ("round created", ["created with 0 figures, sides Russia and Ukraine"]),
        ("round changed", ["sides (none) → Russia, Ukraine"]),
        ("duplicate rounds merged", ["merged into round {rid} as a duplicate", "its title was “31 Jan (typed twice)”"])]),
]


@pytest.mark.parametrize(("steps", "expected"), CASES, ids=[c[0].__name__ for c in CASES])
def test_each_kind_of_entry_reads_as_words(db, rid, tmp_path, steps, expected):
    """The entries the steps add, each as its label and its lines."""
    seen = history(db, rid)[1][-1].seq
    read = steps(db, rid, tmp_path) or rid
    read_id, entries = history(db, read)
    if read == rid:
        entries = [e for e in entries if e.seq > seen]
    if steps is round_updated_by_import:
        entries = entries[:2] + [e for e in entries[2:] if e.entity == "round"]
    lines = history_lines(entries, read_id)
    got = [(history_label(e.action, e.entity), [TIME.sub("<time>", line) for line in ls])
           for e, ls in zip(entries, lines, strict=True)]
    assert got == [(what, [line.format(rid=rid) for line in ls]) for what, ls in expected]
    for line in (line for _, ls in got for line in ls):
        assert not RAW.search(line), line


def test_a_duplicate_merged_in_is_named_in_the_round_that_keeps_it(db, rid, tmp_path):
    """The kept round says which round joined it; the comment is left to the lines."""
    other = editing.create_round(db, title="31 Jan (typed twice)", date=dt.date(2024, 1, 31),
                                 sides=["Russia", "Ukraine"], actor=person("Taras"))
    duplicates.merge_rounds(db, str(rid), str(other), actor=ACTOR)
    entry = history(db, rid)[1][-1]
    assert change_lines(entry) == [f"round {other} merged into this one as a duplicate"]
    assert comment_text(entry) == ""


def entry(action, entity, before=None, after=None, detail=None, entity_id=None):
    return SimpleNamespace(action=action, entity=entity, entity_id=entity_id, before=before, after=after,
                           detail=detail)


# The sign-off and its reopening, as `services.signoff` stores them (signing
# needs keys: tests/integration/test_history_cli.py signs through the CLI).
DUPLICATE = "11111111-2024-4131-8000-000000000131"
SIGNED = entry("sign_off", "round", {"status": "in_review"},
               {"status": "signed_off", "amendment": 2, "fingerprint": "ab" * 32, "signer": "Supervisor Sam"},
               "signed with Supervisor Sam's key")
REOPENED = entry("reopen", "round", {"status": "signed_off"}, {"status": "draft"}, "A name was misspelt")


@pytest.mark.parametrize(("stored", "lines", "comment"), [
    (SIGNED, ["status in review → signed off", "amendment 2, signed as Supervisor Sam", f"fingerprint {'ab' * 32}"],
     ""),
    (REOPENED, ["status signed off → draft"], "A name was misspelt"),
    (entry("update", "round", None, None, "created in the app"), [], "created in the app"),
    (entry("reopen", "discrepancy", {"accepted_value": 207, "note": "HQ", "resolved_by": "Sam"}, None, "undone",
           "source_mismatch-0123456789abcdef"),
     ["sources disagree", "the resolution by Sam no longer holds", "accepted value 207", "note “HQ”"], "undone"),
    (entry("create", "round", after={"figures": [], "sides": ["A", "B"]}, detail="imported from the demo data, "
           "loaded by Olena"), ["created with 0 figures, sides A and B"], "imported from the demo data, loaded by Olena"),
    (entry("create", "figure", after={"from": "A", "to": "B", "kind": "exchange", "source": "S", "count": 5,
                                      "qualifier": "exact"}, detail=f"imported from round {DUPLICATE}"),
     ["A → B, exchange — S — total", "count 5"], f"taken from round {DUPLICATE}, a duplicate merged into this one"),
    (entry("update", "figure", {"count": 5, "slot": "A → B (exchange), S, Status/Military"},
           {"count": 6, "slot": "A → B (exchange), S, Status/Military"}, "imported from a.json, b.json"),
     ["A → B, exchange — S — Status · Military", "count 5 → 6"], "imported from a.json, b.json"),
    (entry("frobnicate", "widget", {"x": 1}, {"x": 2}), [], ""),
], ids=["sign_off", "reopen", "nothing-stored", "resolution-undone", "demo", "duplicate", "files", "unknown-action"])
def test_entries_made_elsewhere(stored, lines, comment):
    """Sign-off, reopening, comments in words; an action unknown here shows no raw keys."""
    assert change_lines(stored) == lines
    assert comment_text(stored) == comment


def test_a_deletion_that_names_only_the_figure_is_named_by_its_earlier_entries():
    """An import deleting a figure stores its values alone: the figure's
    creation entry names it."""
    fid = str(uuid.uuid4())
    made = entry("create", "figure", after={"from": "A", "to": "B", "kind": "without_exchange", "source": "S",
                                            "count": 75, "qualifier": "at_least"}, entity_id=fid)
    gone = entry("delete", "figure", before={"count": 75, "qualifier": "at_least", "citation": None, "note": None},
                 entity_id=fid)
    assert history_lines([made, gone]) == [["A → B, without exchange — S — total", "count ≥75 (at least)"]] * 2


def test_ukrainian(db, rid):
    """In Ukrainian: the movement, qualifier and status words are Ukrainian."""
    from desktop import i18n

    record(db, rid, "MoD", 195)
    record(db, rid, "MoD", 201, qualifier=Qualifier.APPROXIMATE)
    editing.set_status(db, rid, status=RoundStatus.IN_REVIEW, actor=ACTOR)
    read_id, entries = history(db, rid)
    i18n.set_language("uk")
    changed, submitted = history_lines(entries, read_id)[-2:]
    assert changed[0].startswith("Russia → Ukraine, обмін — MoD — ")
    assert "точно → приблизно" in changed[2]
    assert "чернетка → на перевірці" in submitted[0]
    assert history_label(entries[-1].action, entries[-1].entity) == "раунд змінено"


@pytest.mark.parametrize("stored", [
    entry("update", "round", [1, 2], "x"),
    entry("update", "round", {"sources": None, "category_sets": "x"}, {"sources": [1], "category_sets": [{"x": 1}]}),
    entry("create", "round", after={"figures": [{"from": 1}], "sides": "AB"}, entity_id="not an id"),
    entry("resolve", "discrepancy", after={"rule": "no such rule"}, entity_id="no_such_rule-0123456789abcdef"),
    entry("conflict", "figure", {}, {}),
], ids=["lists", "names-missing", "bad-round", "unknown-rule", "empty-conflict"])
def test_entries_of_a_shape_not_known_here_do_not_fail(stored):
    """Whatever an entry holds, its lines come without raising and without raw values."""
    for line in history_lines([stored])[0]:
        assert not RAW.search(line), line


def test_a_refused_replacement_of_sources_and_category_sets_says_what_was_entered():
    """As `set_sources` and `set_category_sets` keep what was tried."""
    sources = entry("refused", "sources", after={"sources": [{"name": "ICRC", "affiliation": "independent"}]},
                    detail="changed by Taras at 2026-11-25T14:02:00.5Z (version 7)")
    sets = entry("refused", "category_sets", after={"category_sets": [
        {"name": "Status", "exhaustive": False, "categories": ["Military"]}]}, detail="changed elsewhere")
    assert change_lines(sources) == [
        "tried to set sources ICRC (independent)",
        "not saved: Taras had changed the round at 2026-11-25 14:02 UTC (version 7); nothing was overwritten"]
    assert change_lines(sets) == ["tried to set category sets Status (Military)",
                                  "not saved: the round had been changed in the meantime"]
    assert comment_text(sources) == "" and comment_text(sets) == "changed elsewhere"
