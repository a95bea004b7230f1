"""Import and export of interchange files through the services."""

from __future__ import annotations

import json
import sqlite3
import uuid
from pathlib import Path

import pytest

from desktop.services.errors import Refused, UserError
from desktop.services.interchange import export_document, import_files
from desktop.services.rounds import get_round
from desktop.storage import Database, resolve_url
from tests.helpers.factories import document, round_dict, write_json
from tests.helpers.people import person

ACTOR = person("Olena")


def without_time(text: str) -> dict:
    value = json.loads(text)
    value.pop("exported_at")
    return value


def rounds_only(text: str) -> list[dict]:
    """The rounds, without the history that travels with them."""
    return [{k: v for k, v in r.items() if k not in ("history", "sign_offs")} for r in json.loads(text)["rounds"]]


def audit_rows(db_path: Path) -> list[tuple]:
    with sqlite3.connect(db_path) as conn:
        return conn.execute("SELECT action, entity, before, after, actor FROM audit_entry ORDER BY seq").fetchall()


def test_export_import_export_gives_the_same_rounds(db: Database, tmp_path: Path, template_db: Path):
    """A round trip through an empty database changes nothing."""
    rounds = [round_dict(), round_dict(date="2023-07-08", title="Раунд обміну", notes="Рядок 1\nрядок 2")]
    import_files(db, [str(write_json(tmp_path / "a.json", document(*rounds)))], actor=ACTOR)
    first, n = export_document(db)
    assert n == 2
    (tmp_path / "first.json").write_text(first, encoding="utf-8")

    other_path = tmp_path / "other.db"
    other_path.write_bytes(template_db.read_bytes())
    other = Database.open(resolve_url(other_path, other_path))
    import_files(other, [str(tmp_path / "first.json")], actor=person("Someone else"))
    second, _ = export_document(other)
    other.close()
    assert rounds_only(second) == rounds_only(first)
    # The history travels whole; the second laptop's adds its own import
    # (its note of what it received stays there).
    before, after = json.loads(first)["rounds"], json.loads(second)["rounds"]
    for a, b in zip(before, after, strict=True):
        assert a["history"] and b["history"][:len(a["history"])] == a["history"]
        assert [e["action"] for e in b["history"][len(a["history"]):]] == ["create"]


def test_exporting_twice_gives_the_same_bytes_apart_from_the_time(db: Database, tmp_path: Path):
    """Deterministic order: rounds by date then id, figures by movement, source, category."""
    import_files(db, [str(write_json(tmp_path / "a.json", document(round_dict(), round_dict())))], actor=ACTOR)
    first, _ = export_document(db)
    second, _ = export_document(db)
    strip = lambda t: "\n".join(line for line in t.splitlines() if "exported_at" not in line)
    assert strip(first) == strip(second)
    dates = [r["date"] for r in json.loads(first)["rounds"]]
    assert dates == sorted(dates)


def test_reimporting_the_same_file_changes_nothing(db: Database, db_path: Path, tmp_path: Path):
    """Second import: every round unchanged, no audit entry added."""
    path = str(write_json(tmp_path / "a.json", document(round_dict(), round_dict())))
    import_files(db, [path], actor=ACTOR)
    entries = len(audit_rows(db_path))
    summary = import_files(db, [path], actor=ACTOR)
    assert (summary.rounds_created, summary.rounds_updated, summary.rounds_unchanged) == (0, 0, 2)
    assert len(audit_rows(db_path)) == entries


def test_a_changed_figure_takes_the_files_value_and_keeps_the_old_in_history(db, db_path, tmp_path):
    """195 → 196: updated in place, the audit holds before and after."""
    r = round_dict()
    import_files(db, [str(write_json(tmp_path / "a.json", document(r)))], actor=ACTOR)
    r2 = json.loads(json.dumps(r))
    r2["figures"][0]["count"] = 196
    r2["figures"].append({"from": "Ukraine", "to": "Russia", "kind": "without_exchange",
                          "source": "Russian Ministry of Defence", "count": 75})
    summary = import_files(db, [str(write_json(tmp_path / "b.json", document(r2)))], actor=person("Taras"))
    assert (summary.rounds_updated, summary.figures_changed, summary.figures_added) == (1, 1, 1)
    doc = get_round(db, r["id"])
    counts = {(f.movement.to_party, f.movement.kind.value, f.source, f.category): f.count for f in doc.figures}
    assert counts[("Ukraine", "exchange", "Russian Ministry of Defence", None)] == 196
    assert counts[("Russia", "without_exchange", "Russian Ministry of Defence", None)] == 75
    updates = [row for row in audit_rows(db_path) if row[0] == "update" and row[1] == "figure"]
    assert len(updates) == 1
    assert json.loads(updates[0][2])["count"] == 195
    assert json.loads(updates[0][3])["count"] == 196
    assert updates[0][4] == "Taras"


def test_figures_missing_from_a_file_are_never_deleted(db, tmp_path):
    """A file with fewer figures adds or changes, never removes."""
    r = round_dict()
    import_files(db, [str(write_json(tmp_path / "a.json", document(r)))], actor=ACTOR)
    r["figures"] = r["figures"][:1]
    import_files(db, [str(write_json(tmp_path / "b.json", document(r)))], actor=ACTOR)
    assert len(get_round(db, r["id"]).figures) == 4


def test_undeclared_source_is_created_with_unknown_affiliation(db, tmp_path):
    """A figure may name a source the file does not declare."""
    r = round_dict()
    r["figures"].append({"from": "Russia", "to": "Ukraine", "kind": "exchange", "source": "A blogger", "count": 200})
    import_files(db, [str(write_json(tmp_path / "a.json", document(r)))], actor=ACTOR)
    doc = get_round(db, r["id"])
    assert doc.affiliation_of("A blogger") == "unknown"


def test_all_files_or_nothing(db, tmp_path):
    """A bad second file leaves the first unimported."""
    good = write_json(tmp_path / "good.json", document(round_dict()))
    bad = write_json(tmp_path / "bad.json", document(round_dict(date="2024-02-30")))
    with pytest.raises(UserError, match=r"bad.json: rounds\[0\].date"):
        import_files(db, [str(good), str(bad)], actor=ACTOR)
    text, n = export_document(db)
    assert n == 0


def test_a_signed_off_round_refuses_an_import_that_would_change_it(db, db_path, tmp_path):
    """Exit 3 territory: the whole import is refused, naming the round."""
    r = round_dict()
    other = round_dict()
    import_files(db, [str(write_json(tmp_path / "a.json", document(r)))], actor=ACTOR)
    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE exchange_round SET status = 'signed_off' WHERE id = ?", (uuid.UUID(r["id"]).hex,))
    r["figures"][0]["count"] = 1
    with pytest.raises(Refused, match=r["id"]):
        import_files(db, [str(write_json(tmp_path / "b.json", document(other, r)))], actor=ACTOR)
    assert export_document(db)[1] == 1


def test_a_signed_off_round_accepts_an_identical_reimport(db, db_path, tmp_path):
    """Re-importing what it already says does not change it, so it is allowed."""
    r = round_dict()
    path = str(write_json(tmp_path / "a.json", document(r)))
    import_files(db, [path], actor=ACTOR)
    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE exchange_round SET status = 'signed_off' WHERE id = ?", (uuid.UUID(r["id"]).hex,))
    summary = import_files(db, [str(write_json(tmp_path / "b.json", document(dict(r, status="signed_off"))))],
                           actor=ACTOR)
    assert summary.rounds_unchanged == 1


def test_a_file_cannot_bring_in_a_round_already_signed_off(db, tmp_path):
    """No sign-off on record here: the round is refused, not locked unsigned."""
    path = str(write_json(tmp_path / "a.json", document(round_dict(status="signed_off"))))
    with pytest.raises(UserError, match=r"rounds\[0\].status: round \S+ is marked signed off, but the file carries no sign-off"):
        import_files(db, [path], actor=ACTOR)


def test_a_party_keeps_its_part_in_the_round(db, tmp_path):
    """A file making a side into a third party is refused, naming the place."""
    r = round_dict()
    import_files(db, [str(write_json(tmp_path / "a.json", document(r)))], actor=ACTOR)
    r2 = round_dict(id=r["id"], sides=["Ukraine", "Belarus"], third_parties=["Russia"],
                    figures=[], sources=[])
    with pytest.raises(UserError, match=r"b.json: rounds\[0\].third_parties\[0\]: 'Russia' is a side"):
        import_files(db, [str(write_json(tmp_path / "b.json", document(r2)))], actor=ACTOR)


def test_new_round_history_records_who_imported_it(db, db_path, tmp_path):
    """One entry per new round, holding its content and the file's name."""
    import_files(db, [str(write_json(tmp_path / "a.json", document(round_dict())))], actor=ACTOR)
    ((action, entity, before, after, actor),) = audit_rows(db_path)
    assert (action, entity, before, actor) == ("create", "round", None, ACTOR.name)
    assert len(json.loads(after)["figures"]) == 4


def test_cyrillic_names_survive_the_round_trip(db, tmp_path):
    """Україна, Росія and Cyrillic sources and categories, unchanged."""
    r = round_dict(
        sides=["Україна", "Росія"], mediators=["Об'єднані Арабські Емірати"],
        sources=[{"name": "Координаційний штаб", "affiliation": "Україна"}],
        category_sets=[{"name": "Місце полону", "categories": ["Азовсталь"]}],
        figures=[{"from": "Росія", "to": "Україна", "kind": "exchange", "source": "Координаційний штаб",
                  "category_set": "Місце полону", "category": "Азовсталь", "count": 12}],
    )
    import_files(db, [str(write_json(tmp_path / "a.json", document(r)))], actor=ACTOR)
    doc = get_round(db, r["id"][:8])
    assert doc.sides == ("Україна", "Росія")
    assert doc.figures[0].category == "Азовсталь"


def test_fingerprint_is_the_same_after_export_and_import(db, tmp_path, template_db):
    """The sign-off fingerprint depends on content only, not on the database."""
    r = round_dict(title="Обмін 31 січня")
    import_files(db, [str(write_json(tmp_path / "a.json", document(r)))], actor=person("Olena"))
    first = get_round(db, r["id"]).fingerprint()
    text, _ = export_document(db)
    (tmp_path / "x.json").write_text(text, encoding="utf-8")
    other_path = tmp_path / "other.db"
    other_path.write_bytes(template_db.read_bytes())
    other = Database.open(resolve_url(other_path, other_path))
    import_files(other, [str(tmp_path / "x.json")], actor=person("Taras"))
    assert get_round(other, r["id"]).fingerprint() == first
    other.close()


def test_the_export_path_writes_exactly_what_the_round_documents_say(db, tmp_path):
    """The export builds its dicts straight from the rows; they are the very
    dicts of the round documents, deleted figures, revisions and all."""
    from desktop.domain.content import Movement
    from desktop.domain.types import MovementKind
    from desktop.services import editing
    from desktop.services.demo import add_demo
    from desktop.services.loading import export_rounds, load_docs

    add_demo(db, actor=person("Olena"))
    rid = uuid.UUID("c31a0124-2024-4131-8000-000000000131")
    ru_ua = Movement("Russia", "Ukraine", MovementKind.EXCHANGE)
    editing.set_figure(db, rid, movement=ru_ua, source="ICRC", count=200, citation="x", actor=person("Taras"))
    editing.set_figure(db, rid, movement=ru_ua, source="ICRC", count=201, actor=person("Olena"))
    editing.clear_figure(db, rid, slot=(ru_ua, "Russian Ministry of Defence", None, None), actor=person("Olena"))
    with db.reading() as session:
        by_docs = [d.to_dict() for d in load_docs(session, revisions=True)]
        direct = export_rounds(session)
    assert json.dumps(direct, ensure_ascii=False) == json.dumps(by_docs, ensure_ascii=False)
    figures = next(r for r in direct if r["id"] == str(rid))["figures"]
    assert any("deleted_at" in f for f in figures) and any(f.get("history") for f in figures)
