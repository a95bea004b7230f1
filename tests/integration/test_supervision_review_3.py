"""Third review: false refusals, false alarms and laptops that do not converge, in legitimate work."""

from __future__ import annotations

import shutil
import uuid

import pytest

from tests.helpers.flows import PREPARER, ROUND, acting_as
from tests.integration.test_supervision_attacks import (
    mismatch_key,
    resolve_open_errors,
    twin_of_round,
)
from tests.integration.test_supervision_attacks_2 import rounds_held, supervision, use
from tests.integration.test_supervision_travels import signed_export

pytestmark = pytest.mark.usefixtures("db")
HQ = "Coordination Headquarters for the Treatment of Prisoners of War"
MOD = "Russian Ministry of Defence"


@pytest.fixture
def laptop_c(tmp_path, template_db):
    path = tmp_path / "laptop-c.db"
    shutil.copyfile(template_db, path)
    return str(path)


def ok(result):
    assert result.code == 0, (result.code, result.out, result.err)
    return result


def all_good(cli, monkeypatch, *paths, pdf=None):
    for p in paths:
        use(monkeypatch, p)
        checked = cli("check")
        assert checked.code == 0, (p, checked.out, checked.err)
        if pdf is not None:
            v = cli("verify", str(pdf))
            assert v.code == 0, (p, v.out, v.err)


def rec(cli, who, source, count, frm="Russia", to="Ukraine", rid=ROUND[:8]):
    with acting_as(who):
        ok(cli("record", rid, "--from", frm, "--to", to, "--kind", "exchange", "--source", source,
               "--count", str(count)))


# 1. three laptops feed figures, A signs, everyone converges
def test_three_laptops_feed_one_sign_off(cli, db, tmp_path, laptop, laptop_c, db_path, monkeypatch):
    with acting_as(PREPARER):
        ok(cli("demo"))
    ok(cli("export", str(tmp_path / "a0.json")))
    b = laptop()
    ok(cli("import", str(tmp_path / "a0.json")))
    rec(cli, "Taras", "B's count", 207)
    ok(cli("export", str(tmp_path / "b1.json")))
    use(monkeypatch, laptop_c)
    ok(cli("import", str(tmp_path / "a0.json")))
    rec(cli, "Carol", "C's count", 195, frm="Ukraine", to="Russia")
    ok(cli("export", str(tmp_path / "c1.json")))
    use(monkeypatch, db_path)
    ok(cli("import", str(tmp_path / "b1.json"), str(tmp_path / "c1.json")))
    with acting_as(PREPARER):
        resolve_open_errors(cli)
        ok(cli("submit", ROUND[:8]))
    ok(cli("sign-off", ROUND[:8], "-o", str(tmp_path / "s1.pdf")))
    ok(cli("export", str(tmp_path / "a2.json")))
    use(monkeypatch, b)
    ok(cli("import", str(tmp_path / "a2.json")))
    ok(cli("export", str(tmp_path / "b2.json")))
    use(monkeypatch, laptop_c)
    ok(cli("import", str(tmp_path / "c1.json"), str(tmp_path / "b2.json"), str(tmp_path / "a2.json")))
    ok(cli("export", str(tmp_path / "c2.json")))
    use(monkeypatch, db_path)
    ok(cli("import", str(tmp_path / "b2.json"), str(tmp_path / "c2.json")))
    all_good(cli, monkeypatch, db_path, b, laptop_c, pdf=tmp_path / "s1.pdf")
    assert supervision(db_path) == supervision(b) == supervision(laptop_c)
    assert supervision(b)[0] == ("signed_off",)


# 2. amendment made on B, C gets files in reverse order
def test_amendment_on_b_reaches_c_newest_first(cli, db, tmp_path, laptop, laptop_c, db_path, monkeypatch):
    signed_export(cli, db, tmp_path)
    b = laptop()
    ok(cli("import", str(tmp_path / "a.json")))
    with acting_as("Olena"):
        ok(cli("reopen", ROUND[:8], "--reason", "MoD list revised"))
    rec(cli, "Taras", MOD, 207)
    with acting_as("Taras"):
        ok(cli("submit", ROUND[:8]))
    with acting_as("Supervisor Sam"):
        ok(cli("sign-off", ROUND[:8], "-o", str(tmp_path / "s2.pdf")))
    ok(cli("export", str(tmp_path / "b2.json")))
    use(monkeypatch, laptop_c)
    ok(cli("import", str(tmp_path / "b2.json")))
    ok(cli("import", str(tmp_path / "a.json")))
    ok(cli("export", str(tmp_path / "c2.json")))
    use(monkeypatch, db_path)
    ok(cli("import", str(tmp_path / "c2.json")))
    ok(cli("export", str(tmp_path / "a2.json")))
    use(monkeypatch, b)
    ok(cli("import", str(tmp_path / "a2.json")))
    all_good(cli, monkeypatch, db_path, b, laptop_c, pdf=tmp_path / "s2.pdf")
    assert supervision(db_path) == supervision(b) == supervision(laptop_c)
    assert supervision(b)[0] == ("signed_off",)


# 3. duplicates: B enters the same exchange as its own round, A merges it, signs; C sees both orders
@pytest.mark.parametrize("order", ["old-first", "new-first"])
def test_duplicate_merged_then_signed_reaches_a_third_laptop(cli, db, tmp_path, laptop, laptop_c, db_path,
                                                              monkeypatch, order):
    with acting_as(PREPARER):
        ok(cli("demo"))
    ok(cli("export", str(tmp_path / "a0.json")))
    b = laptop()
    ok(cli("import", str(tmp_path / "a0.json")))
    with acting_as("Taras"):
        twin = twin_of_round(cli)
    rec(cli, "Taras", "Laptop B's count", 207, rid=twin)
    ok(cli("export", str(tmp_path / "b1.json")))
    use(monkeypatch, db_path)
    ok(cli("import", str(tmp_path / "b1.json")))
    with acting_as(PREPARER):
        ok(cli("merge-rounds", ROUND, twin))
        resolve_open_errors(cli)
        ok(cli("submit", ROUND[:8]))
    ok(cli("sign-off", ROUND[:8], "-o", str(tmp_path / "s1.pdf")))
    ok(cli("export", str(tmp_path / "a2.json")))
    use(monkeypatch, laptop_c)
    files = ["b1.json", "a2.json"] if order == "old-first" else ["a2.json", "b1.json"]
    for f in files:
        ok(cli("import", str(tmp_path / f)))
    use(monkeypatch, b)
    ok(cli("import", str(tmp_path / "a2.json")))
    all_good(cli, monkeypatch, db_path, b, laptop_c, pdf=tmp_path / "s1.pdf")
    assert supervision(db_path) == supervision(b) == supervision(laptop_c)
    assert uuid.UUID(twin).hex not in rounds_held(laptop_c)
    assert uuid.UUID(twin).hex not in rounds_held(b)


# 4. same figure changed on two laptops: merge conflict, resolved, signed
def test_merge_conflict_resolved_and_signed_converges(cli, db, tmp_path, laptop, db_path, monkeypatch):
    with acting_as(PREPARER):
        ok(cli("demo"))
    ok(cli("export", str(tmp_path / "a0.json")))
    b = laptop()
    ok(cli("import", str(tmp_path / "a0.json")))
    rec(cli, "Taras", MOD, 200)
    ok(cli("export", str(tmp_path / "b1.json")))
    use(monkeypatch, db_path)
    rec(cli, "Carol", MOD, 201)
    ok(cli("import", str(tmp_path / "b1.json")))
    with acting_as(PREPARER):
        resolve_open_errors(cli)
        ok(cli("submit", ROUND[:8]))
    ok(cli("sign-off", ROUND[:8], "-o", str(tmp_path / "s1.pdf")))
    ok(cli("export", str(tmp_path / "a1.json")))
    use(monkeypatch, b)
    ok(cli("import", str(tmp_path / "a1.json")))
    ok(cli("export", str(tmp_path / "b2.json")))
    use(monkeypatch, db_path)
    ok(cli("import", str(tmp_path / "b2.json")))
    all_good(cli, monkeypatch, db_path, b, pdf=tmp_path / "s1.pdf")
    assert supervision(db_path) == supervision(b)


# 5. deleting a figure in an amendment
def test_amendment_that_deletes_a_figure(cli, db, tmp_path, laptop, db_path, monkeypatch):
    signed_export(cli, db, tmp_path)
    b = laptop()
    ok(cli("import", str(tmp_path / "a.json")))
    with acting_as("Supervisor Sam"):
        ok(cli("reopen", ROUND[:8], "--reason", "MoD withdrew its statement"))
    with acting_as("Taras"):
        ok(cli("record", ROUND[:8], "--from", "Russia", "--to", "Ukraine", "--kind", "exchange",
               "--source", MOD, "--delete"))
    with acting_as("Olena"):
        resolve_open_errors(cli)
    with acting_as("Taras"):
        ok(cli("submit", ROUND[:8]))
    with acting_as("Supervisor Sam"):
        ok(cli("sign-off", ROUND[:8], "-o", str(tmp_path / "s2.pdf")))
    ok(cli("export", str(tmp_path / "b2.json")))
    use(monkeypatch, db_path)
    ok(cli("import", str(tmp_path / "b2.json")))
    ok(cli("import", str(tmp_path / "a.json"), str(tmp_path / "b2.json")))
    ok(cli("export", str(tmp_path / "a2.json")))
    use(monkeypatch, b)
    ok(cli("import", str(tmp_path / "a2.json")))
    all_good(cli, monkeypatch, db_path, b, pdf=tmp_path / "s2.pdf")
    assert supervision(db_path) == supervision(b)



# --- findings, minimal -----------------------------------------------------------------------------------


def test_finding_sources_added_on_two_laptops_refuse_the_sign_off(cli, db, tmp_path, laptop, db_path, monkeypatch):
    """A and B each add a figure from a source new to the round. A imports
    B's file, the round is resolved and signed off on A. B refuses A's file:
    the fingerprint lists sources in the order they were added here (A: A's,
    then B's; B: B's, then A's), so B's round never matches what A signed."""
    with acting_as(PREPARER):
        ok(cli("demo"))
    ok(cli("export", str(tmp_path / "a0.json")))
    b = laptop()
    ok(cli("import", str(tmp_path / "a0.json")))
    rec(cli, "Taras", "B's count", 195, frm="Ukraine", to="Russia")
    ok(cli("export", str(tmp_path / "b1.json")))
    use(monkeypatch, db_path)
    rec(cli, "Carol", "A's count", 207)
    ok(cli("import", str(tmp_path / "b1.json")))
    with acting_as(PREPARER):
        resolve_open_errors(cli)
        ok(cli("submit", ROUND[:8]))
    ok(cli("sign-off", ROUND[:8], "-o", str(tmp_path / "s1.pdf")))
    ok(cli("export", str(tmp_path / "a1.json")))
    use(monkeypatch, b)
    ok(cli("import", str(tmp_path / "a1.json")))  # today: 3, "signed off ... for figures other than those it holds here"
    all_good(cli, monkeypatch, db_path, b, pdf=tmp_path / "s1.pdf")
    assert supervision(db_path) == supervision(b)


def test_finding_the_laptop_that_entered_a_duplicate_cannot_take_the_merged_sign_off(cli, db, tmp_path, laptop,
                                                                                      db_path, monkeypatch):
    """B enters the exchange a second time (a twin) with a figure; A imports
    it, merges the twin into the round, resolves and signs off. B refuses
    A's file: the tombstone is merged "after the supervision is applied",
    into a round now signed off ("reopen it before merging"). B can never
    take A's sign-off (and a third laptop holding B's older file cannot
    either, in either order)."""
    with acting_as(PREPARER):
        ok(cli("demo"))
    ok(cli("export", str(tmp_path / "a0.json")))
    b = laptop()
    ok(cli("import", str(tmp_path / "a0.json")))
    with acting_as("Taras"):
        twin = twin_of_round(cli)
    rec(cli, "Taras", "Laptop B's count", 207, rid=twin)
    ok(cli("export", str(tmp_path / "b1.json")))
    use(monkeypatch, db_path)
    ok(cli("import", str(tmp_path / "b1.json")))
    with acting_as(PREPARER):
        ok(cli("merge-rounds", ROUND, twin))
        resolve_open_errors(cli)
        ok(cli("submit", ROUND[:8]))
    ok(cli("sign-off", ROUND[:8], "-o", str(tmp_path / "s1.pdf")))
    ok(cli("export", str(tmp_path / "a2.json")))
    use(monkeypatch, b)
    ok(cli("import", str(tmp_path / "a2.json")))  # today: 3, "... is signed off; reopen it before merging."
    all_good(cli, monkeypatch, db_path, b, pdf=tmp_path / "s1.pdf")
    assert supervision(db_path) == supervision(b)
    assert uuid.UUID(twin).hex not in rounds_held(b)


def test_finding_importing_a_conflict_makes_the_importer_an_editor(cli, db, tmp_path, laptop, db_path, monkeypatch):
    """Taras (B) and Carol (A) both correct the MoD figure. The test's
    supervisor imports B's file on A: the import finds the merge conflict
    (an entry in his name). Olena resolves everything; the test's
    supervisor, who typed nothing, is refused the sign-off (four eyes)."""
    with acting_as(PREPARER):
        ok(cli("demo"))
    ok(cli("export", str(tmp_path / "a0.json")))
    laptop()
    ok(cli("import", str(tmp_path / "a0.json")))
    rec(cli, "Taras", MOD, 200)
    ok(cli("export", str(tmp_path / "b1.json")))
    use(monkeypatch, db_path)
    rec(cli, "Carol", MOD, 201)
    ok(cli("import", str(tmp_path / "b1.json")))
    with acting_as(PREPARER):
        resolve_open_errors(cli)
        ok(cli("submit", ROUND[:8]))
    ok(cli("sign-off", ROUND[:8], "-o", str(tmp_path / "s1.pdf")))  # today: 3, "Test Coordinator ... (four eyes)"
    ok(cli("check"))
    ok(cli("verify", str(tmp_path / "s1.pdf")))


def test_extra_conflict_signed_by_another_supervisor_converges(cli, db, tmp_path, laptop, db_path, monkeypatch):
    with acting_as(PREPARER):
        ok(cli("demo"))
    ok(cli("export", str(tmp_path / "a0.json")))
    b = laptop()
    ok(cli("import", str(tmp_path / "a0.json")))
    rec(cli, "Taras", MOD, 200)
    ok(cli("export", str(tmp_path / "b1.json")))
    use(monkeypatch, db_path)
    rec(cli, "Carol", MOD, 201)
    ok(cli("import", str(tmp_path / "b1.json")))
    with acting_as(PREPARER):
        resolve_open_errors(cli)
        ok(cli("submit", ROUND[:8]))
    with acting_as("Supervisor Sam"):
        ok(cli("sign-off", ROUND[:8], "-o", str(tmp_path / "s1.pdf")))
    ok(cli("export", str(tmp_path / "a1.json")))
    use(monkeypatch, b)
    ok(cli("import", str(tmp_path / "a1.json")))
    ok(cli("export", str(tmp_path / "b2.json")))
    use(monkeypatch, db_path)
    ok(cli("import", str(tmp_path / "b2.json")))
    all_good(cli, monkeypatch, db_path, b, pdf=tmp_path / "s1.pdf")
    assert supervision(db_path) == supervision(b)


def test_extra_both_laptops_resolve_then_b_returns_to_draft(cli, db, tmp_path, laptop, db_path, monkeypatch):
    """Olena resolves on A, Sam resolves the same mismatch on B with another
    note; B's coordinator returns to draft; A signs off; files cross both ways."""
    with acting_as(PREPARER):
        ok(cli("demo"))
        key = mismatch_key(cli)
    ok(cli("export", str(tmp_path / "a0.json")))
    b = laptop()
    ok(cli("import", str(tmp_path / "a0.json")))
    with acting_as("Supervisor Sam"):
        ok(cli("resolve", ROUND[:8], key, "--value", "207", "--note", "B: HQ names"))
    with acting_as("Taras"):
        ok(cli("submit", ROUND[:8]))
        ok(cli("return-to-draft", ROUND[:8], "--comment", "wait for UAE"))
    ok(cli("export", str(tmp_path / "b1.json")))
    use(monkeypatch, db_path)
    with acting_as(PREPARER):
        ok(cli("resolve", ROUND[:8], key, "--value", "207", "--note", "A: HQ names"))
        ok(cli("submit", ROUND[:8]))
    ok(cli("import", str(tmp_path / "b1.json")))
    ok(cli("sign-off", ROUND[:8], "-o", str(tmp_path / "s1.pdf")))
    ok(cli("export", str(tmp_path / "a1.json")))
    use(monkeypatch, b)
    ok(cli("import", str(tmp_path / "a1.json"), str(tmp_path / "a0.json")))
    ok(cli("export", str(tmp_path / "b2.json")))
    use(monkeypatch, db_path)
    ok(cli("import", str(tmp_path / "b2.json"), str(tmp_path / "b1.json")))
    all_good(cli, monkeypatch, db_path, b, pdf=tmp_path / "s1.pdf")
    assert supervision(db_path) == supervision(b)
