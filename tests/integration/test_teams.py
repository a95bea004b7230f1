"""Teams: the same actions on SQLite and on a PostgreSQL server, several
writers at once without a lost edit, and `record` for scripts.

Runs on both backends when EXCHANGE_DESK_TEST_POSTGRES names a server."""

from __future__ import annotations

import json
import random
import threading
import uuid

import pytest
import sqlalchemy as sa

from desktop.domain.content import Movement
from desktop.domain.types import MovementKind
from desktop.services import editing
from desktop.services.errors import Refused
from desktop.services.integrity import history
from desktop.storage import Database, resolve_url
from tests.helpers.dump import table_dump
from tests.helpers.people import person

ROUND = "c31a0124-2024-4131-8000-000000000131"
RU_UA = Movement("Russia", "Ukraine", MovementKind.EXCHANGE)
RECORD = ("record", "c31a", "--from", "Russia", "--to", "Ukraine", "--kind", "exchange")


@pytest.fixture
def demo(cli):
    assert cli("demo").code == 0


def figures(db: Database, source: str) -> list:
    return [f for f in editing.get_round_doc(db, uuid.UUID(ROUND)).figures if f.source == source]


def test_record_adds_changes_and_deletes_one_figure(cli, demo, db):
    result = cli(*RECORD, "--source", "ICRC", "--count", "200", "--qualifier", "approximate",
                 "--citation", "ICRC statement")
    assert result.code == 0, result.err
    (added,) = figures(db, "ICRC")
    assert (added.count, added.qualifier.value, added.citation) == (200, "approximate", "ICRC statement")
    doc = editing.get_round_doc(db, uuid.UUID(ROUND))
    assert ("ICRC", "unknown") in {(s.name, s.affiliation) for s in doc.sources}, "a new source: affiliation unknown"
    assert cli(*RECORD, "--source", "ICRC", "--count", "201").code == 0
    assert figures(db, "ICRC")[0].count == 201
    assert cli(*RECORD, "--source", "ICRC", "--delete").code == 0
    assert figures(db, "ICRC") == []
    actions = [(e.action, e.entity) for e in history(db, uuid.UUID(ROUND))[1]][-3:]
    assert actions == [("create", "figure"), ("update", "figure"), ("delete", "figure")]


@pytest.mark.parametrize(("args", "says"), [
    (("--source", "X", "--count", "1", "--category", "Nope"), "--category: 'Nope' is not SET/NAME"),
    (("--source", "X", "--count", "1", "--category", "Status/Military"), "has no category 'Military'"),
    (("--source", "X", "--delete"), "--delete: round c31a0124-2024-4131-8000-000000000131 has no such figure"),
    (("--source", "X", "--count", "1", "--from", "Mars"), "'Mars' is not a side or third party"),
])
def test_record_refuses_bad_input_with_one_sentence(cli, demo, db_url, args, says):
    base = list(RECORD)
    if "--from" in args:
        base[base.index("--from") + 1] = args[args.index("--from") + 1]
        args = args[:args.index("--from")]
    before = table_dump(db_url)
    result = cli(*base, *args)
    assert result.code == 2
    assert len(result.err.strip().splitlines()) == 1 and says in result.err
    assert table_dump(db_url) == before


def test_record_refuses_a_count_out_of_range_through_argparse(cli, demo):
    result = cli(*RECORD, "--source", "X", "--count", "-5")
    assert result.code == 2 and "-5 is not between 0 and 1,000,000" in result.err


def test_the_history_is_append_only_on_this_backend(cli, demo, db):
    with pytest.raises(sa.exc.DBAPIError), db.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE audit_entry SET actor = 'someone else'")
    with pytest.raises(sa.exc.DBAPIError), db.engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM audit_entry")


def test_a_round_edit_on_an_old_version_is_refused_and_kept(demo, db):
    rid = uuid.UUID(ROUND)
    seen = editing.round_version(db, rid)
    editing.update_round(db, rid, actor=person("Taras"), expected_version=seen.version, title="Taras's title")
    with pytest.raises(Refused, match=r"changed by Taras at .* nothing was overwritten"):
        editing.update_round(db, rid, actor=person("Olena"), expected_version=seen.version, title="Olena's title")
    assert editing.get_round_doc(db, rid).title == "Taras's title"
    refused = [e for e in history(db, rid)[1] if e.action == "refused"]
    assert refused[-1].actor == "Olena" and refused[-1].after == {"title": "Olena's title"}
    assert editing.round_version(db, rid).version == seen.version + 1


def test_writers_at_once_lose_no_edit(demo, db, db_url, app_home):
    """Three writers, each with its own connection, edit the same figures
    as a user does (saving over what they last saw). Every edit either
    lands on exactly what its writer saw, or is refused and kept in the
    history: none is lost, none overwrites another unseen."""
    rid = uuid.UUID(ROUND)
    source = "Coordination Headquarters for the Treatment of Prisoners of War"
    slot = (RU_UA, source, None, None)
    outcomes: list[tuple[str, int, bool, int]] = []
    lock = threading.Lock()

    def writer(name: str, seed: int) -> None:
        rng = random.Random(seed)
        own = Database.open(resolve_url(db_url, app_home.database))
        try:
            for i in range(12):
                seen = next(f for f in editing.get_round_doc(own, rid).figures if f.slot == slot)
                value = 1000 * seed + i
                try:
                    editing.set_figure(own, rid, movement=RU_UA, source=source, count=value, actor=person(name),
                                       expected=seen)
                    ok = True
                except Refused:
                    ok = False
                with lock:
                    outcomes.append((name, value, ok, seen.count))
                if rng.random() < 0.3:
                    threading.Event().wait(rng.random() / 100)
        finally:
            own.close()

    threads = [threading.Thread(target=writer, args=(f"writer {n}", n)) for n in (1, 2, 3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(outcomes) == 36
    saved = [(name, value) for name, value, ok, _ in outcomes if ok]
    refused = [(name, value) for name, value, ok, _ in outcomes if not ok]
    saw = {(name, value): seen for name, value, ok, seen in outcomes if ok}
    entries = history(db, rid)[1]
    updates = [e for e in entries if e.action == "update" and e.entity == "figure"
               and (e.after or {}).get("source") == source]
    kept_refusals = [(e.actor, e.after["count"]) for e in entries if e.action == "refused"]
    # Every saved edit is in the history once; every refused one is kept too.
    assert sorted((e.actor, e.after["count"]) for e in updates) == sorted(saved)
    assert sorted(kept_refusals) == sorted(refused)
    # Each saved edit replaced exactly the value its writer saw: nothing was
    # overwritten unseen (without the check, a writer saving over a value it
    # never saw would show here).
    for e in updates:
        assert e.before["count"] == saw[(e.actor, e.after["count"])]
    for earlier, later in zip(updates, updates[1:], strict=False):
        assert later.before["count"] == earlier.after["count"]
    final = next(f for f in editing.get_round_doc(db, rid).figures if f.slot == slot)
    assert final.count == updates[-1].after["count"]
    lost = len(saved) - len(updates)
    assert lost == 0 and len(saved) >= 1
    print(json.dumps({"writers": 3, "attempts": 36, "saved": len(saved), "refused": len(refused), "lost": lost}))


def test_import_dry_run_says_what_would_change_and_changes_nothing(cli, demo, db_url, tmp_path):
    from tests.helpers.factories import document, round_dict, write_json

    path = write_json(tmp_path / "new.json", document(round_dict(title="A round from the field")))
    before = table_dump(db_url)
    result = cli("import", "--dry-run", str(path))
    assert result.code == 0, result.err
    assert "Nothing was imported (--dry-run)" in result.out and "1 round added" in result.out
    assert "new: " in result.out and "A round from the field" in result.out
    assert table_dump(db_url) == before


DUPLICATE = {
    "format": "exchange-desk/1",
    "rounds": [{
        "id": "11111111-2222-4333-8444-555555555555", "title": "Обмін 31 січня (ноутбук Б)", "date": "2024-01-31",
        "sides": ["Russia", "Ukraine"],
        "sources": [{"name": "Coordination Headquarters for the Treatment of Prisoners of War",
                     "affiliation": "Ukraine"}, {"name": "ICRC", "affiliation": "independent"}],
        "figures": [
            {"from": "Russia", "to": "Ukraine", "kind": "exchange",
             "source": "Coordination Headquarters for the Treatment of Prisoners of War", "count": 205},
            {"from": "Russia", "to": "Ukraine", "kind": "exchange", "source": "ICRC", "count": 207},
        ],
    }],
}


def test_a_round_entered_on_two_laptops_is_found_and_merged(cli, demo, db, tmp_path):
    path = tmp_path / "b.json"
    path.write_text(json.dumps(DUPLICATE, ensure_ascii=False), encoding="utf-8")
    result = cli("import", str(path))
    assert result.code == 0 and "a likely duplicate" in result.out
    listed = json.loads(cli("duplicates", "--json").out)
    assert [sorted(r["id"][:8] for r in g["rounds"]) for g in listed] == [["11111111", "c31a0124"]]
    result = cli("merge-rounds", "c31a", "1111")
    assert result.code == 0, result.err
    assert json.loads(cli("duplicates", "--json").out) == []
    rid = uuid.UUID(ROUND)
    doc = editing.get_round_doc(db, rid)
    assert doc.title == "Exchange of 31 January 2024", "the kept round keeps its own fields"
    assert any(f.source == "ICRC" and f.count == 207 for f in doc.figures), "the duplicate's new figure joined"
    # Both rounds' values of the same figure are kept: one holds, the other is a merge conflict.
    from desktop.domain.types import Rule
    from desktop.services import review

    (conflict,) = [i for i in review.round_review(db, rid).items if i.discrepancy.rule is Rule.MERGE_CONFLICT]
    assert sorted(v.count for v in conflict.discrepancy.values) == [205, 207]
    # The duplicate is gone, its history is not.
    assert cli("show", "1111").code == 2
    history = cli("history", "1111")
    assert history.code == 0 and "merged into round c31a0124" in history.out
    # What is listed from the summary rows is what the rounds now say.
    from tests.helpers.flows import assert_summaries_fresh

    assert_summaries_fresh(db)


def test_merging_refuses_rounds_that_are_not_duplicates_or_signed_off(cli, demo):
    result = cli("merge-rounds", "c31a", "6f1c")
    assert result.code == 2 and "not of the same date and sides" in result.err
    result = cli("merge-rounds", "c31a", "c31a")
    assert result.code == 2 and "cannot be merged into itself" in result.err
