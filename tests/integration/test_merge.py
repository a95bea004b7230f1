"""Offline laptops that merge through interchange files (exchange-desk/2):
a change on one side is taken, changes on both are a merge conflict held
the same way on both, deletions travel, nothing is dropped, and the order
of imports does not matter."""

from __future__ import annotations

import json
import random
import uuid
from pathlib import Path

import pytest

from desktop.domain.content import Movement
from desktop.domain.types import MovementKind, Rule, Severity
from desktop.services import editing, review
from desktop.services.demo import add_demo
from desktop.services.interchange import export_document, import_files, write_export
from desktop.services.rounds import list_rounds
from desktop.storage import Database, resolve_url
from tests.helpers.flows import assert_summaries_fresh
from tests.helpers.people import person

ROUND = uuid.UUID("c31a0124-2024-4131-8000-000000000131")
RU_UA = Movement("Russia", "Ukraine", MovementKind.EXCHANGE)
UA_RU = Movement("Ukraine", "Russia", MovementKind.EXCHANGE)
HQ = "Coordination Headquarters for the Treatment of Prisoners of War"
MOD = "Russian Ministry of Defence"
SLOTS = [(RU_UA, HQ), (RU_UA, MOD), (UA_RU, MOD), (RU_UA, "ICRC")]


class Laptop:
    def __init__(self, folder: Path, name: str):
        self.name = name
        self.folder = folder
        path = folder / f"{name}.db"
        self.db = Database.open(resolve_url(path, path))
        self.files = 0

    def edit(self, slot, count: int | None) -> None:
        movement, source = slot
        if count is None:
            if any(f.slot == (movement, source, None, None) for f in self.doc().figures):
                editing.clear_figure(self.db, ROUND, slot=(movement, source, None, None), actor=person(self.name))
        else:
            editing.set_figure(self.db, ROUND, movement=movement, source=source, count=count, actor=person(self.name))

    def send(self) -> Path:
        self.files += 1
        text, _ = export_document(self.db)
        path = self.folder / f"{self.name}-{self.files}.json"
        write_export(text, str(path))
        return path

    def receive(self, path: Path):
        return import_files(self.db, [str(path)], actor=person(self.name))

    def doc(self):
        return editing.get_round_doc(self.db, ROUND)

    def state(self) -> dict:
        """What must agree between laptops: live figures (value and
        revision), deletions, and the open merge conflicts."""
        text, _ = export_document(self.db)
        (r,) = [r for r in json.loads(text)["rounds"] if r["id"] == str(ROUND)]
        figures = sorted(
            (f["from"], f["to"], f["source"], f.get("count"), f.get("rev"), "deleted_at" in f)
            for f in r["figures"]
        )
        conflicts = sorted(d.discrepancy.key for d in review.round_review(self.db, ROUND).items
                           if d.discrepancy.rule is Rule.MERGE_CONFLICT and d.is_open)
        return {"figures": figures, "conflicts": conflicts}

    def known_revisions(self) -> set[str]:
        text, _ = export_document(self.db)
        (r,) = [r for r in json.loads(text)["rounds"] if r["id"] == str(ROUND)]
        known = {f["rev"] for f in r["figures"]} | {h for f in r["figures"] for h in f.get("history", ())}
        return known | revs_in_conflicts(self.db)

    def current_rev(self, slot) -> str | None:
        text, _ = export_document(self.db)
        (r,) = [r for r in json.loads(text)["rounds"] if r["id"] == str(ROUND)]
        movement, source = slot
        for f in r["figures"]:
            if (f["from"], f["to"], f["source"]) == (movement.from_party, movement.to_party, source):
                return f["rev"]
        return None


def revs_in_conflicts(db: Database) -> set[str]:
    import sqlalchemy as sa

    from desktop.storage.tables import FIGURE_CONFLICTS as FC

    with db.reading() as session:
        rows = session.execute(sa.select(FC.c.winner_rev, FC.c.loser_rev, FC.c.loser)).all()
    return {str(x) for row in rows for x in row[:2]} | {h for row in rows for h in json.loads(row[2])["history"]}


@pytest.fixture
def laptops(tmp_path):
    """Two (or three) laptops that both loaded the same file to start with."""
    made = []

    def make(n: int = 2):
        first = Laptop(tmp_path, "A")
        add_demo(first.db, actor=person("A"))
        start = first.send()
        made.append(first)
        for name in "BC"[: n - 1]:
            other = Laptop(tmp_path, name)
            other.receive(start)
            made.append(other)
        return made

    yield make
    for laptop in made:
        laptop.db.close()


def test_a_change_on_one_side_only_is_taken(laptops):
    a, b = laptops()
    a.edit((RU_UA, HQ), 210)
    summary = b.receive(a.send())
    assert summary.figures_conflicting == 0 and summary.figures_changed == 1
    assert a.state() == b.state()
    assert next(f for f in b.doc().figures if f.source == HQ and f.movement == RU_UA).count == 210
    # Sending back changes nothing: B's revision is A's.
    assert a.receive(b.send()).figures_changed == 0


def test_the_same_figure_changed_on_both_sides_is_a_conflict_held_alike(laptops):
    a, b = laptops()
    a.edit((RU_UA, HQ), 210)
    b.edit((RU_UA, HQ), 199)  # later: it holds the value on both
    from_a, from_b = a.send(), b.send()
    assert b.receive(from_a).figures_conflicting == 1
    assert a.receive(from_b).figures_conflicting == 1
    assert a.state() == b.state()
    held = next(f for f in a.doc().figures if f.source == HQ and f.movement == RU_UA)
    assert held.count == 199
    (conflict,) = [i for i in review.round_review(a.db, ROUND).items if i.discrepancy.rule is Rule.MERGE_CONFLICT]
    d = conflict.discrepancy
    assert d.severity.value == "error" and conflict.is_open
    labels = " ".join(f"{v.source}={v.count}" for v in d.values)
    assert "· B, " in labels and "· A, " in labels and "=199" in labels and "=210" in labels
    # An open error: it is counted in the list and blocks sign-off until a
    # supervisor resolves it, like any other.
    summary = [r for r in list_rounds(a.db) if r.id == ROUND][0]
    assert summary.open_counts[Severity.ERROR] >= 2  # the sources' own disagreement, and this
    from desktop.domain.listing import RoundQuery
    from desktop.services.listing import (
        count_rounds,  # the list's summary row counts it too
    )

    assert count_rounds(a.db, RoundQuery(open_errors_only=True)) >= 1
    review.resolve(a.db, ROUND, d.key, value=207, note="Both lists checked against the names.", actor=person("Supervisor"))
    assert not [i for i in review.round_review(a.db, ROUND).items
                if i.discrepancy.rule is Rule.MERGE_CONFLICT and i.is_open]


def test_a_laptop_new_to_the_round_gets_its_open_conflicts(laptops, tmp_path):
    """A file bringing a round this laptop lacks brings the merge conflicts
    it holds open too, counted and listed like any other."""
    a, b = laptops()
    a.edit((RU_UA, HQ), 210)
    b.edit((RU_UA, HQ), 199)
    a.receive(b.send())
    newcomer = Laptop(tmp_path, "D")
    try:
        summary = newcomer.receive(a.send())
        assert summary.figures_conflicting == 1 and summary.conflicting == [ROUND]
        assert newcomer.state() == a.state() and newcomer.state()["conflicts"]
        assert_summaries_fresh(newcomer.db)
        listed = next(r for r in list_rounds(newcomer.db) if r.id == ROUND)
        assert listed.open_counts[Severity.ERROR] == next(
            r for r in list_rounds(a.db) if r.id == ROUND).open_counts[Severity.ERROR]
        # Sent on again, it is the same conflict, not a new one.
        assert a.receive(newcomer.send()).figures_conflicting == 0
        assert a.state() == newcomer.state()
    finally:
        newcomer.db.close()


def test_a_preview_says_what_the_import_then_does_and_writes_nothing(laptops, tmp_path):
    """Changes on one side, on both, a new round with a new party: the
    preview's summary is the import's, and it leaves the database as it was."""
    import dataclasses
    import sqlite3

    from desktop.services.interchange.summary import ImportSummary
    from tests.helpers.factories import document, round_dict, write_json

    a, b = laptops()
    a.edit((RU_UA, HQ), 210)
    b.edit((RU_UA, HQ), 199)
    b.edit((UA_RU, MOD), 250)
    from_b = json.loads(b.send().read_text(encoding="utf-8"))
    extra = round_dict(title="Обмін за посередництва Молдови", mediators=["Moldova"])
    from_b["rounds"].append(document(extra)["rounds"][0])
    path = write_json(tmp_path / "b-and-more.json", from_b)

    def dump() -> list:
        with sqlite3.connect(a.folder / "A.db") as conn:
            return [conn.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall()
                    for t in ("party", "exchange_round", "figure", "figure_conflict", "round_summary", "audit_entry")]

    before = dump()
    preview = import_files(a.db, [str(path)], actor=person("A"), preview=True)
    assert dump() == before
    done = import_files(a.db, [str(path)], actor=person("A"))
    assert preview.figures_conflicting == 1 and preview.figures_changed >= 2 and preview.rounds_created == 1
    for f in dataclasses.fields(ImportSummary):
        if f.name != "likely_duplicates":  # found after an import only
            assert getattr(preview, f.name) == getattr(done, f.name), f.name


def test_a_preview_does_not_wait_for_another_writer(laptops, tmp_path):
    """It only reads: someone else's long write does not hold it up (nor
    does it hold anyone up)."""
    import sqlite3

    a, b = laptops()
    b.edit((RU_UA, HQ), 199)
    path = b.send()
    other = sqlite3.connect(a.folder / "A.db", isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")  # another program writing, holding the write lock
        preview = import_files(a.db, [str(path)], actor=person("A"), preview=True)
        assert preview.figures_changed == 1
    finally:
        other.execute("ROLLBACK")
        other.close()


def test_importing_again_or_in_the_other_order_ends_the_same(laptops):
    a, b = laptops()
    a.edit((RU_UA, HQ), 210)
    b.edit((RU_UA, HQ), 199)
    b.edit((UA_RU, MOD), 190)
    from_a, from_b = a.send(), b.send()
    a.receive(from_b)
    b.receive(from_a)
    first = a.state()
    assert first == b.state()
    for laptop, path in ((a, from_b), (b, from_a), (a, from_a), (b, from_b)):
        summary = laptop.receive(path)
        assert (summary.figures_added, summary.figures_changed, summary.figures_conflicting) == (0, 0, 0)
    assert a.state() == b.state() == first


def test_a_deletion_travels_as_a_tombstone(laptops):
    a, b = laptops()
    a.edit((RU_UA, MOD), None)
    path = a.send()
    tombstones = [f for r in json.loads(path.read_text())["rounds"] for f in r["figures"] if "deleted_at" in f]
    assert len(tombstones) == 1 and tombstones[0]["changed_by"] == "A"
    b.receive(path)
    assert not any(f.source == MOD and f.movement == RU_UA for f in b.doc().figures)
    assert a.state() == b.state()
    # Entered again on B: the new figure comes after the deletion on A too.
    b.edit((RU_UA, MOD), 196)
    assert a.receive(b.send()).figures_conflicting == 0
    assert next(f for f in a.doc().figures if f.source == MOD and f.movement == RU_UA).count == 196


def test_a_new_value_settles_a_conflict_everywhere(laptops):
    a, b = laptops()
    a.edit((RU_UA, HQ), 210)
    b.edit((RU_UA, HQ), 199)
    from_a, from_b = a.send(), b.send()
    a.receive(from_b)
    b.receive(from_a)
    assert a.state()["conflicts"]
    a.edit((RU_UA, HQ), 207)  # a supervisor's checked value, typed on A
    b.receive(a.send())
    assert a.state() == b.state() and a.state()["conflicts"] == []


def test_a_version_1_file_still_reads(laptops, tmp_path):
    a, _ = laptops()
    from tests.helpers.factories import document, round_dict, write_json

    path = write_json(tmp_path / "old.json", document(round_dict()))
    assert json.loads(path.read_text())["format"] == "exchange-desk/1"
    assert a.receive(path).rounds_created == 1


@pytest.mark.parametrize("seed", range(24))
def test_random_edits_on_laptops_converge_and_drop_nothing(laptops, seed):
    """Random edits and deletions on two or three laptops, files exchanged
    at random, then everyone sends to everyone: all agree, and every
    revision anyone made is still known everywhere (held, before the one
    held, or kept in a merge conflict)."""
    rng = random.Random(seed)
    fleet = laptops(2 + seed % 2)
    made: set[str] = set()
    for _ in range(rng.randint(4, 10)):
        laptop = rng.choice(fleet)
        if rng.random() < 0.65:
            slot = rng.choice(SLOTS)
            laptop.edit(slot, None if rng.random() < 0.2 else rng.randint(150, 260))
            rev = laptop.current_rev(slot)
            if rev is not None:
                made.add(rev)
        else:
            other = rng.choice([x for x in fleet if x is not laptop])
            other.receive(laptop.send())
    for _ in range(2):
        for sender in fleet:
            path = sender.send()
            for receiver in fleet:
                if receiver is not sender:
                    receiver.receive(path)
    states = [laptop.state() for laptop in fleet]
    assert all(s == states[0] for s in states), states
    from desktop.services.integrity import check

    for laptop in fleet:
        assert made <= laptop.known_revisions(), made - laptop.known_revisions()
        assert_summaries_fresh(laptop.db)
        # What each laptop holds is what its signed history says, merges and conflicts included.
        report = check(laptop.db)
        assert report.ok, report.problems


def _hostile(kind: str, doc: dict) -> None:
    rnd = next(r for r in doc["rounds"] if r["id"] == str(ROUND))
    first, second = [f for f in rnd["figures"] if "rev" in f][:2]
    other = str(uuid.uuid4())
    match kind:
        case "shared-rev":
            second["rev"] = first["rev"]
        case "history-twice":
            first["history"] = [other, other]
        case "history-names-itself":
            first["history"] = [first["rev"]]
        case "changed-by-alone":
            first["changed_by"] = "Mallory"
            first.pop("changed_at", None)
        case "conflict-names-itself":
            first["conflicts"] = [{"rev": first["rev"], "count": 1, "changed_by": "M", "changed_at": "2026-01-01T00:00:00Z"}]
        case "conflicts-without-rev":
            first.pop("rev")
            first.pop("history", None)
            first["conflicts"] = [{"rev": other, "count": 1, "changed_by": "M", "changed_at": "2026-01-01T00:00:00Z"}]
        case "bad-rev":
            first["rev"] = "not-a-uuid"


@pytest.mark.parametrize("kind", ["shared-rev", "history-twice", "history-names-itself", "changed-by-alone",
                                  "conflict-names-itself", "conflicts-without-rev", "bad-rev"])
def test_a_hostile_version_2_file_is_refused_and_changes_nothing(laptops, kind):
    from desktop.services.errors import UserError

    a, b = laptops()
    b.edit((RU_UA, HQ), 201)
    path = b.send()
    doc = json.loads(path.read_text(encoding="utf-8"))
    _hostile(kind, doc)
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    before = export_document(a.db)[0].split("\n", 1)[1]
    with pytest.raises(UserError) as refused:
        a.receive(path)
    assert str(refused.value).startswith(f"{path}: rounds[") and "\n" not in str(refused.value)
    assert export_document(a.db)[0].split("\n", 1)[1] == before


def test_conflicts_a_file_brings_count_as_changes(laptops):
    """A file naming an open conflict this laptop has not seen adds it — and
    says so (and a signed-off round refuses it)."""
    a, b = laptops()
    path = a.send()
    doc = json.loads(path.read_text(encoding="utf-8"))
    rnd = next(r for r in doc["rounds"] if r["id"] == str(ROUND))
    figure = next(f for f in rnd["figures"] if "rev" in f)
    figure["conflicts"] = [{"rev": str(uuid.uuid4()), "count": 999, "changed_by": "Mallory",
                            "changed_at": "2026-01-01T00:00:00Z"}]
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    assert b.receive(path).figures_conflicting == 1
